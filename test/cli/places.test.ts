/**
 * 名额分配 on the command line, on real .xlsx: the bundled 新城区 sample (民主测评 votes, a 名额分配
 * sheet with 农村 5 and 社区 13), `--places` overriding the sheet, a scheme file that allocates.
 */
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { join } from "node:path";
import { assess, root, sha, tempDirForSuite } from "../helpers/cli";

const sample = join(root, "samples/xincheng-2025-secretaries.xlsx");
const dir = tempDirForSuite("assess-places-");

type Report = {
  groups: { group: string; n: number; counts: Record<string, number>; limits: Record<string, number> }[];
  violations: { code: string; group: string; message: string; subjects: string[] }[];
  allocation?: { tier: string; group: string; places?: number; share?: number; source: string }[];
};
const json = (out: string) => JSON.parse(out) as Report;

test("the 名额分配 sheet: 农村 5 and 社区 13; 社区's 14 优秀 are over its own allocation", () => {
  const before = sha(sample);
  const r = assess("check", sample);
  expect(r.code).toBe(1);
  expect(r.out).toContain("名额分配（名额分配表）：优秀 — 农村 5 名、社区 13 名");
  expect(r.out).toContain("[QUOTA_EXCEEDED] 【社区】“优秀”等次 14 人（个），超过名额 13（名额分配表：社区 13 名）");
  const j = json(assess("check", sample, "--json").out);
  expect(j.groups.map((g) => [g.group, g.n, g.counts["优秀"], g.limits["优秀"]])).toEqual([
    ["农村", 18, 5, 5],
    ["社区", 40, 14, 13],
  ]);
  expect(j.allocation).toEqual([
    { tier: "优秀", group: "农村", places: 5, source: "sheet" },
    { tier: "优秀", group: "社区", places: 13, source: "sheet" },
  ]);
  expect(j.violations.map((v) => [v.code, v.group])).toEqual([["QUOTA_EXCEEDED", "社区"]]);
  expect(sha(sample)).toBe(before);
});

test("--places overrides the sheet: 农村 over 4, 社区 clean at 14", () => {
  const j = json(assess("check", sample, "--places", "农村=4,社区=14", "--json").out);
  expect(j.groups.map((g) => [g.group, g.limits["优秀"]])).toEqual([["农村", 4], ["社区", 14]]);
  expect(j.violations.map((v) => [v.code, v.group])).toEqual([["QUOTA_EXCEEDED", "农村"]]);
  expect(j.violations[0]!.message).toContain("（--places：农村 4 名）");
  expect(j.allocation!.every((a) => a.source === "cli")).toBe(true);
});

test("--places naming a group the table lacks: a warning naming it; a bad item: exit 2", () => {
  const j = json(assess("check", sample, "--places", "农村=5,社区=14,牧区=2", "--json").out);
  const w = j.violations.filter((v) => v.code === "ALLOCATION_UNKNOWN_GROUP");
  expect(w.map((v) => v.group)).toEqual(["牧区"]);
  const bad = assess("check", sample, "--places", "农村五名");
  expect(bad.code).toBe(2);
  expect(bad.err).toContain("名额分配无法使用");
  expect(bad.err).toContain("“农村五名”");
});

test("a scheme file that allocates (the workbook's sheet then replaces it tier by tier)", () => {
  const scheme = {
    id: "secretaries",
    name: { zh: "书记评选", en: "Secretaries" },
    tiers: [
      { id: "excellent", label: { zh: "优秀", en: "Excellent" }, quota: { share: 0.3, groups: { 社区: { places: 14 } } } },
      { id: "competent", label: { zh: "称职", en: "Competent" } },
      { id: "basic", label: { zh: "基本称职", en: "Basic" } },
      { id: "incompetent", label: { zh: "不称职", en: "Incompetent" } },
    ],
  };
  const file = join(dir(), "scheme.json");
  writeFileSync(file, JSON.stringify(scheme));
  // The sample's 名额分配 sheet allocates the first tier too: the sheet wins for that tier.
  const withSheet = json(assess("check", sample, "--scheme", file, "--json").out);
  expect(withSheet.groups.map((g) => g.limits["优秀"])).toEqual([5, 13]);
  // With --places naming only 农村, 社区 falls back to the tier's default share: floor(40 × 30%) = 12.
  const cli = json(assess("check", sample, "--scheme", file, "--places", "农村=5", "--json").out);
  expect(cli.groups.map((g) => [g.group, g.limits["优秀"]])).toEqual([["农村", 5], ["社区", 12]]);
});

test("apply writes tiers within each group's allocation: 5 农村 and 13 社区 【计算】等次 优秀", async () => {
  const out = join(dir(), "out.xlsx");
  expect(assess("apply", sample, "-o", out).code).not.toBe(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("民主测评")!;
  const header = ws.getRow(2).values as unknown[];
  const tierCol = header.indexOf("【计算】等次");
  expect(tierCol).toBeGreaterThan(0);
  const excellent: Record<string, number> = {};
  ws.eachRow((row, r) => {
    if (r <= 2) return;
    if (row.getCell(tierCol).value === "优秀") excellent[String(row.getCell(2).value)] = (excellent[String(row.getCell(2).value)] ?? 0) + 1;
  });
  expect(excellent).toEqual({ 农村: 5, 社区: 13 });
});

/** The sample kept by year: 2024年度 (a copy of its table) and 2025年度 (its own), with its 名额分配 and 考核方案 sheets. */
async function byYear(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  const ws = wb.getWorksheet("民主测评")!;
  const copy = wb.addWorksheet("2024年度");
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      copy.getRow(r).getCell(c).value = cell.value;
    }),
  );
  ws.name = "2025年度";
  const file = join(dir(), "by-year.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

type PeriodsReport = {
  periods: { label: string; violations: { code: string; group: string; message: string }[] }[];
  skipped: { sheet: string }[];
};

test("assess periods checks each period against the 名额分配 sheet and --places, as check does", async () => {
  const file = await byYear();
  const j = JSON.parse(assess("periods", file, "--json").out) as PeriodsReport;
  expect(j.periods.map((p) => p.label)).toEqual(["2024年度", "2025年度"]);
  // The allocation sheet is the allocation, not a period that could not be read.
  expect(j.skipped.map((s) => s.sheet)).toEqual([]);
  for (const p of j.periods) {
    const quota = p.violations.filter((v) => v.code === "QUOTA_EXCEEDED");
    expect(quota.map((v) => v.group)).toEqual(["社区"]);
    expect(quota[0]!.message).toContain("名额分配表：社区 13 名");
  }
  const cli = JSON.parse(assess("periods", file, "--places", "农村=4,社区=14", "--json").out) as PeriodsReport;
  const quota = cli.periods[1]!.violations.filter((v) => v.code === "QUOTA_EXCEEDED");
  expect(quota.map((v) => [v.group, v.message.includes("--places：农村 4 名")])).toEqual([["农村", true]]);
});
