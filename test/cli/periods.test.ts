/**
 * `assess periods` on the three monthly sheets of samples/jiuyuan-2026-monthly.xlsx, spawned as a
 * user runs it: the periods in order, March against February (▲ ▼ —, tier and light changes), the
 * new unit of February, March's quota violation with exit code 1, the input untouched; a workbook
 * without periods is a clear error with exit code 2.
 */
import { join } from "node:path";
import type { PeriodsJson } from "../../src/cli/periods-command";
import ExcelJS from "exceljs";
import { assess, root, sha, tempDirForSuite } from "../helpers/cli";

const monthly = join(root, "samples/jiuyuan-2026-monthly.xlsx");
const dir = tempDirForSuite("assess-periods-");

test("--json: the periods, March against February, March's violation; exit 1; the input untouched", () => {
  const before = sha(monthly);
  const r = assess("periods", monthly, "--json");
  expect(r.code).toBe(1);
  const j = JSON.parse(r.out) as PeriodsJson;
  expect(j.periods.map((p) => [p.label, p.subjects, p.violations.map((v) => v.code)])).toEqual([
    ["2026年1月", 19, []],
    ["2026年2月", 20, []],
    ["2026年3月", 20, ["QUOTA_EXCEEDED"]],
  ]);
  expect(j.latest).toMatchObject({ period: "2026年3月", previous: "2026年2月", left: [] });
  const byName = Object.fromEntries(j.latest!.changes.map((c) => [c.name, c]));
  // Every change is the difference of the two ranks it shows.
  for (const c of j.latest!.changes) {
    const d = (c.previousRank ?? 0) - (c.rank ?? 0);
    expect(c.change).toBe(d > 0 ? `▲${d}` : d < 0 ? `▼${-d}` : "—");
  }
  expect(byName["区政协办公室"]).toMatchObject({ previousRank: 9, rank: 12, change: "▼3", previousLight: "黄", light: "红" });
  expect(byName["麻池镇"]).toMatchObject({ previousTier: "良好", tier: "优秀", change: "▲1" });
  expect(j.flags).toEqual([]);
  expect(j.rollup).toBeNull();
  expect(sha(monthly)).toBe(before);
});

test("the readable report: periods, the latest changes as a table, the violation", () => {
  const r = assess("periods", monthly);
  expect(r.code).toBe(1);
  expect(r.out).toContain("samples/jiuyuan-2026-monthly.xlsx：3 期");
  expect(r.out).toContain("2026年3月与2026年2月相比：");
  expect(r.out).toMatch(/区政协办公室\s+12\s+▼3\s+良好\s+黄 → 红/);
  expect(r.out).toContain("✗ 【区直单位】“优秀”等次 4 人（个），超过名额 3");
});

test("English output", () => {
  const r = assess("periods", monthly, "--lang", "en");
  expect(r.out).toContain("3 periods");
  expect(r.out).toContain("against");
});

test("one period (the sheet 2025年度综合考核): listed, nothing to compare", () => {
  const r = assess("periods", join(root, "samples/zhejiang-2025.xlsx"), "--json");
  const j = JSON.parse(r.out) as PeriodsJson;
  expect(j.periods.map((p) => p.label)).toEqual(["2025年度"]);
  expect(j.latest).toBeNull();
});

test("a workbook without periods: a clear message and exit 2", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").addRows([["单位", "总分"], ["甲", 90], ["乙", 80]]);
  const file = join(dir(), "no-periods.xlsx");
  await wb.xlsx.writeFile(file);
  const r = assess("periods", file, "--preset", "jiuyuan");
  expect(r.code).toBe(2);
  expect(r.err).toContain("没有找到考核期");
});
