/**
 * 名额分配 — places per group (the 武川·新城区 article: 新城区 5 优秀 for rural villages, 13 for communities):
 * the scheme's per-group quotas, the 名额分配 sheet, `--places`, and the check's messages and fixes.
 */
import { allocationFromGrid, allocationSummary, parsePlaces, withAllocation } from "../../src/engine/rules/allocation";
import { evaluate } from "../../src/engine/check/evaluate";
import { groupLimits } from "../../src/engine/rules/quota";
import { parseScheme } from "../../src/engine/scheme/scheme";
import type { CellValue, ColumnMap, Table, Violation } from "../../src/engine/types";
import { scheme } from "./helpers";
import { tableFromRows } from "../../src/engine/input/table";

/** A sheet 表1: 类别, 姓名, 总分, 等次; `groups` gives each group's typed tiers, scores 99 down. */
function sheet(groups: Record<string, string[]>, scores?: Record<string, number[]>): { table: Table; map: ColumnMap } {
  const rows: CellValue[][] = [];
  for (const [group, tiers] of Object.entries(groups))
    tiers.forEach((t, i) => rows.push([group, `${group}${i + 1}`, scores?.[group]?.[i] ?? 99 - i, t]));
  return {
    table: tableFromRows({ sheet: "表1", headerRow: 1, headers: ["类别", "姓名", "总分", "等次"], rows }),
    map: { group: 0, name: 1, score: 2, tier: 3 },
  };
}

const byCode = (vs: Violation[], code: string) => vs.filter((v) => v.code === code);
const rep = (t: string, n: number) => Array.from({ length: n }, () => t);

describe("per-group quotas in the scheme", () => {
  const s = scheme({ top: { share: 0.3, groups: { 农村: { places: 2 }, 社区: { share: 0.5, rounding: "ceil" } } } });

  test("a named group takes its own places or share; others the tier's default", () => {
    expect(groupLimits(s, 10, "normal", false, "农村").limits[0]).toBe(2);
    expect(groupLimits(s, 5, "normal", false, "社区").limits[0]).toBe(3); // ceil(5 × 50%)
    expect(groupLimits(s, 10, "normal", false, "机关").limits[0]).toBe(3); // floor(10 × 30%)
    expect(groupLimits(s, 10, "normal", false, "农村").allocations[0]).toEqual({ group: "农村", places: 2, source: "scheme" });
    expect(groupLimits(s, 10, "normal", false, "机关").allocations[0]).toBeNull();
  });

  test("a tier with groups only has no quota for the groups not named", () => {
    const only = scheme({ top: { groups: { 农村: { places: 1 } } } });
    expect(groupLimits(only, 10, "normal", false, "社区").limits[0]).toBeNull();
    expect(groupLimits(only, 10, "normal", false, "农村").limits[0]).toBe(1);
  });

  test("a group entry needs exactly one of places and share", () => {
    const r = parseScheme({ id: "x", name: { zh: "x", en: "x" }, tiers: [{ id: "a", label: { zh: "优秀", en: "A" }, quota: { groups: { 农村: {} } } }, { id: "b", label: { zh: "良好", en: "B" } }] }, "zh-CN");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.field).toBe("tiers[0].quota.groups.农村");
  });

  test("a group over its allocation: QUOTA_EXCEEDED names the group's own places; the other group is clean", () => {
    const { table, map } = sheet({ 农村: ["优秀", "优秀", "优秀", "良好"], 社区: ["优秀", "优秀", "良好", "良好"] });
    const ev = evaluate(table, map, s, "zh-CN");
    const q = byCode(ev.check.violations, "QUOTA_EXCEEDED");
    expect(q).toHaveLength(1);
    expect(q[0]!.group).toBe("农村");
    expect(q[0]!.message).toBe("【农村】“优秀”等次 3 人（个），超过名额 2（考核方案名额分配：农村 2 名）");
    expect(q[0]!.fix!.changes).toEqual([{ subject: "农村3", cell: "表1!D4", from: "优秀", to: "良好" }]);
    expect(ev.check.groups.map((g) => [g.group, g.limits[0]])).toEqual([["农村", 2], ["社区", 2]]); // ceil(4 × 50%)
  });
});

describe("the 名额分配 sheet", () => {
  const base = scheme();

  test("one row per group, places or shares; the allocation replaces the tier's quota by group", () => {
    const grid: CellValue[][] = [["2025年名额分配"], [], ["类别", "优秀", "良好"], ["农村", 5, "40%"], ["社区", "13名", 0.5], ["合计", 18, null]];
    const read = allocationFromGrid(grid, "名额分配", base, "zh-CN");
    expect(read.problems).toEqual([]);
    expect(read.allocation.get(0)).toEqual(new Map([["农村", { places: 5 }], ["社区", { places: 13 }]]));
    expect(read.allocation.get(1)).toEqual(new Map([["农村", { share: 0.4 }], ["社区", { share: 0.5 }]]));
    const s = withAllocation(base, read.allocation, "sheet");
    expect(s.tiers[0]!.quota!.groups).toEqual({ 农村: { places: 5, source: "sheet" }, 社区: { places: 13, source: "sheet" } });
    expect(allocationSummary(s, "zh-CN")).toEqual([
      "名额分配（名额分配表）：优秀 — 农村 5 名、社区 13 名",
      "名额分配（名额分配表）：良好 — 农村 40%、社区 50%",
    ]);
  });

  test("a cell that is neither places nor a share is reported with its address", () => {
    const read = allocationFromGrid([["类别", "优秀"], ["农村", "五名"], ["社区", 2.5]], "名额分配", base, "zh-CN");
    expect(read.problems.map((p) => p.cell)).toEqual(["名额分配!B2", "名额分配!B3"]);
    expect(read.problems[0]!.message).toContain("“五名”");
  });

  test("a sheet without a 类别 header and tier columns says what it needs", () => {
    const read = allocationFromGrid([["单位", "名额"], ["农村", 5]], "名额分配", base, "en-US");
    expect(read.allocation.size).toBe(0);
    expect(read.problems[0]!.message).toMatch(/needs a 类别 \(group\) column and at least one tier column \(Excellent, Good, Fair, Poor\)/);
  });

  test("messages name the sheet as the source", () => {
    const { table, map } = sheet({ 社区: ["优秀", "优秀", "良好"] });
    const s = withAllocation(base, allocationFromGrid([["类别", "优秀"], ["社区", 1]], "名额分配", base, "zh-CN").allocation, "sheet");
    const q = byCode(evaluate(table, map, s, "zh-CN").check.violations, "QUOTA_EXCEEDED");
    expect(q[0]!.message).toContain("（名额分配表：社区 1 名）");
  });
});

describe("--places", () => {
  const base = scheme({ top: { share: 0.3, groups: { 农村: { places: 9 } } } });

  test("the first tier by default, another tier by its label, several tiers with ;", () => {
    const read = parsePlaces("农村=5,社区=13;良好:农村=40%", base, "zh-CN");
    expect(read.problems).toEqual([]);
    expect(read.allocation.get(0)).toEqual(new Map([["农村", { places: 5 }], ["社区", { places: 13 }]]));
    expect(read.allocation.get(1)).toEqual(new Map([["农村", { share: 0.4 }]]));
  });

  test("replaces the scheme's allocation of the tier as a whole", () => {
    const s = withAllocation(base, parsePlaces("社区=13", base, "zh-CN").allocation, "cli");
    expect(s.tiers[0]!.quota!.groups).toEqual({ 社区: { places: 13, source: "cli" } });
    expect(s.tiers[0]!.quota!.share).toBe(0.3); // the default for groups not named stays
  });

  test("bad items and unknown tiers are reported", () => {
    expect(parsePlaces("农村5", base, "zh-CN").problems[0]!.message).toBe("--places 中的“农村5”无法识别：应写作 类别=名额，如 农村=5,社区=13");
    expect(parsePlaces("卓越:农村=5", base, "en-US").problems[0]!.message).toBe("--places: there is no tier “卓越” (tiers: Excellent, Good, Fair, Poor)");
  });
});

describe("the allocation against the table", () => {
  test("a group named in the allocation but absent from the table is a warning naming it", () => {
    const s = scheme({ top: { groups: { 农村: { places: 1 }, 牧区: { places: 2 } } } });
    const { table, map } = sheet({ 农村: ["优秀", "良好"] });
    const v = byCode(evaluate(table, map, s, "zh-CN").check.violations, "ALLOCATION_UNKNOWN_GROUP");
    expect(v).toHaveLength(1);
    expect(v[0]!.severity).toBe("warning");
    expect(v[0]!.message).toBe("考核方案为“牧区”分配了“优秀”名额，但表中没有这一类别（表中类别：农村）");
  });

  test("places above the group's size are an error", () => {
    const s = scheme({ top: { groups: { 农村: { places: 3 } } } });
    const { table, map } = sheet({ 农村: ["优秀", "良好"] });
    const v = byCode(evaluate(table, map, s, "en-US").check.violations, "ALLOCATION_ABOVE_SIZE");
    expect(v.map((x) => [x.severity, x.message])).toEqual([["error", "the scheme allocates 3 “Excellent” places to “农村”, more than its 2 subjects"]]);
  });

  test("a table group missing from the allocation keeps the tier's default share", () => {
    const s = scheme({ top: { share: 0.3, groups: { 农村: { places: 1 } } } });
    const { table, map } = sheet({ 农村: ["优秀", "良好"], 社区: [...rep("优秀", 3), ...rep("良好", 7)] });
    const ev = evaluate(table, map, s, "zh-CN");
    expect(ev.check.violations).toEqual([]);
    expect(ev.check.groups.map((g) => [g.group, g.limits[0]])).toEqual([["农村", 1], ["社区", 3]]);
  });

  test("ties at a group's own line are left out of the higher tier and reported", () => {
    const s = scheme({ top: { groups: { 社区: { places: 2 } } } });
    // 社区 scores 99, 95, 95, 90: the 2nd and 3rd tie across the 2 places.
    const { table, map } = sheet({ 社区: ["优秀", "良好", "良好", "良好"] }, { 社区: [99, 95, 95, 90] });
    const ev = evaluate(table, map, s, "zh-CN");
    expect(Array.from(ev.assessment.tiers)).toEqual([0, 1, 1, 1]);
    const ties = byCode(ev.check.violations, "TIE_AT_BOUNDARY");
    expect(ties.map((v) => v.subjects)).toEqual([["社区2", "社区3"]]);
  });
});
