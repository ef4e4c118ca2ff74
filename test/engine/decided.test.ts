/**
 * An evaluation with its decision record applied (decided.ts): the committee's decision on a tie
 * at the quota line is in force, the tie no longer warns, the written columns and the board show
 * the decided tier with the computed one still visible — and an override never hides a rule.
 * The case (as overrides.test.ts): 九原区 区直单位, 优秀 ≤ 30% of 10 = 3 places; 单位3 and 单位4
 * are tied at 93 on the line, so both are computed 良好.
 */
import { decide, effectiveTier, OVERRIDE_MARK, recordStatus } from "../../src/engine/record/decided";
import { evaluate } from "../../src/engine/check/evaluate";
import { boardRows, outputColumns } from "../../src/engine/check/outputs";
import type { Override } from "../../src/engine/record/overrides";
import { presets } from "../../src/engine/scheme/presets";
import type { Table } from "../../src/engine/types";
import { tableFromRows } from "../../src/engine/input/table";

const jiuyuan = presets.jiuyuan!;
const SCORES = [98, 96, 93, 93, 90, 88, 85, 80, 75, 70];

/** 10 units in one group; 单位6 vetoed; a typed tier column when `typed` is given. */
function table(typed?: string[]): Table {
  return tableFromRows({
    sheet: "Q1",
    headerRow: 1,
    headers: ["类别", "单位", "总分", "一票否决", ...(typed ? ["等次"] : [])],
    rows: SCORES.map((score, i) => ({ row: i + 2, cells: ["区直单位", `单位${i + 1}`, score, i === 5 ? "是" : "否", ...(typed ? [typed[i]!] : [])] })),
  });
}
const map = (typed: boolean) => ({ group: 0, name: 1, score: 2, veto: 3, ...(typed ? { tier: 4 } : {}) });
const computed = evaluate(table(), map(false), jiuyuan, "zh-CN");

const tie: Override = {
  at: "2026-04-10T09:30:00+08:00",
  subject: "单位3",
  group: "区直单位",
  field: "tier",
  from: "良好",
  to: "优秀",
  rule: "TIE_AT_BOUNDARY",
  reason: "并列第3名，经考核委员会研究确定",
  by: "王五",
};
const codes = (ev: typeof computed) => ev.check.violations.map((v) => v.code);

test("the case: 单位3 and 单位4 are computed 良好 and the tie warns", () => {
  expect([2, 3].map((i) => effectiveTier(computed, i))).toEqual([1, 1]);
  expect(codes(computed)).toEqual(["TIE_AT_BOUNDARY"]);
});

test("no record: the evaluation is returned as it is", () => {
  expect(decide(computed, [])).toBe(computed);
});

describe("the committee gives the one place left to 单位3", () => {
  const ev = decide(computed, [tie], "zh-CN");

  test("单位3 is 优秀, 单位4 stays 良好; the tie is decided and no longer warns", () => {
    expect([2, 3].map((i) => effectiveTier(ev, i))).toEqual([0, 1]);
    expect(codes(ev)).toEqual([]);
    expect(ev.decisions!.decidedTies.map((v) => v.subjects)).toEqual([["单位3", "单位4"]]);
    expect(recordStatus(ev.decisions!, tie)).toBe("applied");
    // the counts of an untyped table are those decided: 3 of 3 places
    expect(ev.check.groups[0]!.counts).toEqual([3, 6, 1, 0]);
    expect(ev.decisions!.groups[0]!.counts).toEqual([3, 6, 1, 0]);
    // the computed result is still there
    expect(ev.assessment.results[2]!.tier).toBe(1);
  });

  test("the 【计算】等次 column holds 优秀; a 【计算】人工调整 column keeps the computed tier visible", () => {
    const cols = outputColumns(ev, "zh-CN");
    expect(cols.map((c) => c.header)).toEqual(["【计算】得分", "【计算】组内排名", "【计算】等次", "【计算】亮灯", "【计算】人工调整"]);
    expect(cols[2]!.values.slice(0, 4)).toEqual(["优秀", "优秀", "优秀", "良好"]);
    expect(cols[4]!.values.slice(0, 4)).toEqual([null, null, "等次由“良好”调整为“优秀”", null]);
    expect(outputColumns(ev, "en-US")[4]!.values[2]).toBe("Tier: computed “Good”, set to “Excellent”");
  });

  test("the board marks the decided tier", () => {
    const rows = boardRows(ev, "zh-CN");
    expect(rows.slice(0, 4).map((r) => r.tier)).toEqual(["优秀", "优秀", `优秀${OVERRIDE_MARK}`, "良好"]);
    expect(rows[2]!.overridden).toEqual({ tier: true, light: false });
    expect(rows[3]!.overridden).toBeUndefined();
  });

  test("deciding again from a decided evaluation gives the same result", () => {
    expect(decide(ev, [tie], "zh-CN").check).toEqual(ev.check);
    expect(decide(ev, []).check).toEqual(computed.check);
  });
});

test("deciding that 单位3 stays 良好 leaves the tie open: 单位4 may still take the place", () => {
  const ev = decide(computed, [{ ...tie, to: "良好" }]);
  expect(codes(ev)).toEqual(["TIE_AT_BOUNDARY"]);
  // …and deciding both closes it
  expect(codes(decide(computed, [{ ...tie, to: "良好" }, { ...tie, subject: "单位4", to: "良好" }]))).toEqual([]);
});

test("an override never hides the quota: both tied units made 优秀 is 4 for 3 places", () => {
  const ev = decide(computed, [tie, { ...tie, subject: "单位4" }], "zh-CN");
  const quota = ev.check.violations.filter((v) => v.code === "QUOTA_EXCEEDED");
  expect(quota).toHaveLength(1);
  expect(quota[0]).toMatchObject({ severity: "error", subjects: ["单位3", "单位4"], cells: ["Q1!B4", "Q1!B5"] });
  expect(quota[0]!.message).toBe("【区直单位】经人工调整后“优秀”等次 4 个，超过名额 3（调整了：单位3、单位4）");
  expect(ev.check.groups[0]!.counts[0]).toBe(4);
});

test("an override above a veto cap is an error; one down to the veto's tier is not", () => {
  const up: Override = { ...tie, subject: "单位6", from: "一般", to: "良好", rule: "OTHER", reason: "复核" };
  const ev = decide(computed, [up], "zh-CN");
  expect(ev.check.violations.find((v) => v.code === "TIER_ABOVE_CAP")!.message).toBe("单位6 因一票否决/负面清单最高只能评“一般”，人工调整为“良好”");
  const down: Override = { ...tie, subject: "单位5", from: "良好", to: "一般", rule: "VETO", reason: "负面清单事项" };
  expect(codes(decide(computed, [down]))).toEqual(["TIE_AT_BOUNDARY"]);
});

test("a typed tier column is still checked as typed; only the decided tie leaves", () => {
  const typed = ["优秀", "优秀", "优秀", "良好", "良好", "一般", "良好", "良好", "一般", "较差"];
  const ev0 = evaluate(table(typed), map(true), jiuyuan, "zh-CN");
  expect(codes(ev0)).toEqual(["TIE_AT_BOUNDARY"]);
  const ev = decide(ev0, [tie]);
  expect(codes(ev)).toEqual([]);
  expect(ev.check.groups).toEqual(ev0.check.groups); // typed counts
});

test("a clearing row ends the override: the computed tier is back, the record keeps both", () => {
  const clear: Override = { ...tie, at: "2026-04-11T08:00:00+08:00", from: "优秀", to: "良好", rule: "CLEARED", reason: "误操作" };
  const ev = decide(computed, [tie, clear], "zh-CN");
  expect(effectiveTier(ev, 2)).toBe(1);
  expect(codes(ev)).toEqual(["TIE_AT_BOUNDARY"]);
  expect(ev.decisions!.record).toEqual([tie, clear]);
  expect([recordStatus(ev.decisions!, tie), recordStatus(ev.decisions!, clear)]).toEqual(["superseded", "cleared"]);
  // the 人工调整 column is still written (blank), so an earlier one is not left behind
  expect(outputColumns(ev, "zh-CN").at(-1)).toMatchObject({ key: "override", values: Array(10).fill(null) });
});

test("a light is overridden the same way and marked on the board", () => {
  const light: Override = { ...tie, subject: "单位5", field: "light", from: "黄", to: "绿", rule: "OTHER", reason: "数据更正" };
  const ev = decide(computed, [light], "zh-CN");
  expect(outputColumns(ev, "zh-CN")[3]!.values[4]).toBe("绿");
  expect(boardRows(ev, "zh-CN")[4]).toMatchObject({ name: "单位5", light: "green", overridden: { tier: false, light: true } });
});

test("problems of reading the record and stale overrides are kept with the decisions", () => {
  const gone: Override = { ...tie, subject: "区统计局" };
  const ev = decide(computed, [gone], "zh-CN", [{ code: "MISSING_VALUE", severity: "error", cell: "变更记录!H3", message: "变更记录!H3 缺少理由" }]);
  expect(ev.decisions!.problems.map((p) => p.code)).toEqual(["MISSING_VALUE", "STALE_OVERRIDE"]);
  expect(recordStatus(ev.decisions!, gone)).toBe("stale");
});

test("a typed quota fix keeps the subject the committee decided in the tier and moves the other", () => {
  const typed = ["优秀", "优秀", "优秀", "优秀", "良好", "一般", "良好", "良好", "一般", "较差"];
  const ev0 = evaluate(table(typed), map(true), jiuyuan, "zh-CN");
  const before = ev0.check.violations.find((v) => v.code === "QUOTA_EXCEEDED")!;
  expect(before.fix!.message).toBe("将 单位3、单位4 调为“良好”");
  const after = decide(ev0, [tie], "zh-CN").check.violations.find((v) => v.code === "QUOTA_EXCEEDED")!;
  expect(after.message).toBe(before.message); // still 4 typed for 3 places: never hidden
  expect(after.fix).toEqual({ message: "将 单位4 调为“良好”", changes: [before.fix!.changes[1]] });
});
