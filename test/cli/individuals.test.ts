/**
 * Individuals (issue 12): where a table has both 姓名 and 单位 the person is the subject and the
 * messages name the 单位 beside the name — 杨帆（区财政局） — in every face (the engine writes the
 * message once). Subjects and fixes keep the bare name: it is what a decision or a fix refers to.
 * A table of units (no 姓名) reads as before.
 */
import { join } from "node:path";
import { run } from "../../src/cli/run";
import { evaluate } from "../../src/engine/check/evaluate";
import { presets } from "../../src/engine/scheme/presets";
import type { Table } from "../../src/engine/types";
import { root } from "../helpers/cli";
import { tableFromRows } from "../../src/engine/input/table";

const dir = join(root, "test/fixtures/layouts");

async function check(file: string, ...args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await run(["check", join(dir, file), ...args], { out: (t) => (out += t + "\n"), err: () => undefined, progress: false });
  return { code, out };
}

test("02-individuals-name-and-unit: the fix names 杨帆（区财政局）; the JSON keeps the bare name as the subject", async () => {
  const zh = await check("02-individuals-name-and-unit.xlsx", "--preset", "civil-servant");
  expect(zh.code).toBe(1);
  expect(zh.out).toContain("建议：将 杨帆（区财政局） 调为“称职”");
  const en = await check("02-individuals-name-and-unit.xlsx", "--preset", "civil-servant", "--lang", "en");
  expect(en.out).toContain("杨帆 (区财政局)");
  const json = JSON.parse((await check("02-individuals-name-and-unit.xlsx", "--preset", "civil-servant", "--json")).out) as {
    violations: { code: string; subjects: string[]; fix?: { message: string; changes: { subject: string }[] } }[];
  };
  const quota = json.violations.find((v) => v.code === "QUOTA_EXCEEDED")!;
  expect(quota.subjects).toContain("杨帆");
  expect(quota.subjects.every((s) => !s.includes("（"))).toBe(true);
  expect(quota.fix!.changes.map((c) => c.subject)).toEqual(["杨帆"]);
  expect(quota.fix!.message).toBe("将 杨帆（区财政局） 调为“称职”");
});

test("05-group-label-rows (units, no 姓名): the message names the unit alone", async () => {
  const r = await check("05-group-label-rows.xlsx", "--preset", "jiuyuan");
  expect(r.out).toContain("✗ [TIER_ABOVE_CAP] 区科学技术局 因一票否决/负面清单最高只能评“一般”，现为“优秀”");
});

test("a veto cap, an inversion and a quota among individuals name the unit beside each person", () => {
  const table: Table = tableFromRows({
    sheet: "干部",
    headerRow: 1,
    headers: ["单位", "姓名", "得分", "等次", "一票否决"],
    rows: [
      { row: 2, cells: ["区财政局", "张三", 95, "优秀", "是"], unit: "区财政局" },
      { row: 3, cells: ["区教育局", "李四", 90, "称职", ""], unit: "区教育局" },
      { row: 4, cells: ["区教育局", "王五", 80, "优秀", ""], unit: "区教育局" },
      { row: 5, cells: ["区审计局", "赵六", 70, "称职", ""] },
    ],
  });
  const ev = evaluate(table, { name: 1, score: 2, tier: 3, veto: 4 }, presets["civil-servant"]!, "zh-CN");
  const messages = ev.check.violations.map((v) => v.message).join("\n");
  expect(messages).toContain("张三（区财政局） 因一票否决");
  expect(messages).toMatch(/王五（区教育局）.*李四（区教育局）/);
  expect(ev.check.violations.map((v) => v.code).sort()).toEqual(["ORDER_INVERSION", "QUOTA_EXCEEDED", "TIER_ABOVE_CAP"]);
  // 优秀 has no place among 4 (20%, rounded down): the fix moves both, each named with the unit
  expect(ev.check.violations.find((v) => v.code === "QUOTA_EXCEEDED")!.fix!.message).toMatch(/张三（区财政局）.*王五（区教育局）|王五（区教育局）.*张三（区财政局）/);
  // a row without its unit keeps the bare name
  expect(ev.read.subjects[3]!.unit).toBeUndefined();
  expect(ev.check.violations.flatMap((v) => v.subjects).every((s) => !s.includes("（"))).toBe(true);
});
