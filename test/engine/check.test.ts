/**
 * 配额校验 of a hand-typed tier column, as tables: each case is a small sheet and the violations a
 * reviewer should see, with their cells and proposed fixes.
 */
import { evaluate } from "../../src/engine/check/evaluate";
import { presets } from "../../src/engine/scheme/presets";
import type { CellValue, ColumnMap, Table, Violation } from "../../src/engine/types";
import { scheme } from "./helpers";
import { tableFromRows } from "../../src/engine/input/table";

/** A sheet 表1 with the header in row 1: 类别, 单位, 总分, 等次 (+ extra columns). */
function sheet(rows: CellValue[][], extra: string[] = []): { table: Table; map: ColumnMap } {
  const headers = ["类别", "单位", "总分", "等次", ...extra];
  const map: ColumnMap = { group: 0, name: 1, score: 2, tier: 3 };
  extra.forEach((h, k) => {
    if (h === "一票否决") map.veto = 4 + k;
    if (h === "连带责任") map.linked = 4 + k;
  });
  return { table: tableFromRows({ sheet: "表1", headerRow: 1, headers, rows }), map };
}

const codes = (vs: Violation[]) => vs.map((v) => v.code).sort();
const jiuyuan = presets.jiuyuan!;

/** Ten units in one group, scores 99 … 90, typed tiers given. */
function ten(tiers: string[], extra: Record<number, CellValue[]> = {}, extraHeaders: string[] = []) {
  return sheet(
    tiers.map((t, i) => ["区直单位", `单位${i + 1}`, 99 - i, t, ...(extra[i] ?? extraHeaders.map(() => null))]),
    extraHeaders,
  );
}

describe("a clean table has no violations", () => {
  test("3 优秀 of 10 under 30%", () => {
    const { table, map } = ten(["优秀", "优秀", "优秀", "良好", "良好", "良好", "一般", "一般", "较差", "较差"]);
    const ev = evaluate(table, map, jiuyuan, "zh-CN");
    expect(ev.check.violations).toEqual([]);
    expect(ev.check.groups).toEqual([{ group: "区直单位", n: 10, counts: [3, 3, 2, 2], limits: [3, null, null, null] }]);
  });
});

describe("QUOTA_EXCEEDED", () => {
  test("5 优秀 of 10 under 30%: error naming the group, the count and the limit; fix moves the two lowest", () => {
    const { table, map } = ten(["优秀", "优秀", "优秀", "优秀", "优秀", "良好", "良好", "一般", "一般", "较差"]);
    const v = evaluate(table, map, jiuyuan, "zh-CN").check.violations;
    expect(codes(v)).toEqual(["QUOTA_EXCEEDED"]);
    expect(v[0]).toMatchObject({
      severity: "error",
      group: "区直单位",
      subjects: ["单位1", "单位2", "单位3", "单位4", "单位5"],
      cells: ["表1!D2", "表1!D3", "表1!D4", "表1!D5", "表1!D6"],
      message: "【区直单位】“优秀”等次 5 人（个），超过名额 3（10 个的 30%，向下取整）",
      fix: {
        message: "将 单位4、单位5 调为“良好”",
        changes: [
          { subject: "单位4", cell: "表1!D5", from: "优秀", to: "良好" },
          { subject: "单位5", cell: "表1!D6", from: "优秀", to: "良好" },
        ],
      },
    });
  });
  test("the same in English", () => {
    const { table, map } = ten(["优秀", "优秀", "优秀", "优秀", "良好", "良好", "良好", "一般", "一般", "较差"]);
    const v = evaluate(table, map, jiuyuan, "en-US").check.violations;
    expect(v[0]!.message).toBe("[区直单位]: 4 subjects rated “Excellent”, above the limit of 3 (30% of 10, rounded down)");
    expect(v[0]!.fix!.message).toBe("move 单位4 to “Good”");
  });
});

describe("TIER_ABOVE_CAP", () => {
  test("a vetoed unit typed 优秀 (一票否决 caps at 一般 in the 九原区 preset)", () => {
    const { table, map } = ten(["优秀", "优秀", "良好", "良好", "良好", "良好", "一般", "一般", "较差", "较差"], { 0: ["是"] }, ["一票否决"]);
    const v = evaluate(table, map, jiuyuan, "zh-CN").check.violations;
    const cap = v.find((x) => x.code === "TIER_ABOVE_CAP");
    expect(cap).toMatchObject({
      subjects: ["单位1"],
      cells: ["表1!D2"],
      message: "单位1 因一票否决/负面清单最高只能评“一般”，现为“优秀”",
      fix: { changes: [{ subject: "单位1", from: "优秀", to: "一般" }] },
    });
  });
  test("a veto cell naming a tier caps at that tier", () => {
    const { table, map } = ten(["良好", "优秀", "良好", "良好", "良好", "良好", "一般", "一般", "较差", "较差"], { 0: ["较差"] }, ["一票否决"]);
    const v = evaluate(table, map, jiuyuan, "zh-CN").check.violations;
    expect(v.find((x) => x.code === "TIER_ABOVE_CAP")?.message).toContain("最高只能评“较差”");
  });
  test("否 / 无 / blank mean no veto", () => {
    const { table, map } = ten(["优秀", "优秀", "优秀", "良好", "良好", "良好", "一般", "一般", "较差", "较差"], { 0: ["否"], 1: ["无"] }, ["一票否决"]);
    expect(evaluate(table, map, jiuyuan, "zh-CN").check.violations).toEqual([]);
  });
});

describe("FORCED_BOTTOM_MISSING", () => {
  test("浙江: the bottom 10% of 20 must be 第三等次 (the 浙江 article)", () => {
    const rows = Array.from({ length: 20 }, (_, i) => ["非山区县", `县${i + 1}`, 100 - i, i < 18 ? "第二等次" : i === 18 ? "第三等次" : "第二等次"]);
    const { table, map } = sheet(rows);
    const v = evaluate(table, map, presets.zhejiang!, "zh-CN").check.violations;
    // 县20 (81) typed 第二等次 also sits above 县19 (82, 第三等次): an inversion as well
    expect(codes(v)).toEqual(["FORCED_BOTTOM_MISSING", "ORDER_INVERSION"]);
    const fb = v.find((x) => x.code === "FORCED_BOTTOM_MISSING")!;
    expect(fb).toMatchObject({ subjects: ["县20"], cells: ["表1!D21"], fix: { changes: [{ subject: "县20", to: "第三等次" }] } });
    expect(fb.message).toBe("【非山区县】排名后 10%（2 个）应评“第三等次”，县20 未评");
  });
});

describe("ORDER_INVERSION: lower score, higher tier, same group", () => {
  test("单位6 (94) typed 优秀 above 单位3 (97) typed 良好", () => {
    const { table, map } = ten(["优秀", "优秀", "良好", "良好", "良好", "优秀", "一般", "一般", "较差", "较差"]);
    const v = evaluate(table, map, jiuyuan, "zh-CN").check.violations;
    expect(codes(v)).toEqual(["ORDER_INVERSION"]);
    expect(v[0]).toMatchObject({ subjects: ["单位6", "单位3"], cells: ["表1!D7", "表1!D4"] });
  });
  test("a capped subject below its place is not an inversion", () => {
    const { table, map } = ten(["一般", "优秀", "优秀", "优秀", "良好", "良好", "一般", "一般", "较差", "较差"], { 0: ["是"] }, ["一票否决"]);
    expect(evaluate(table, map, jiuyuan, "zh-CN").check.violations).toEqual([]);
  });
});

describe("TIE_AT_BOUNDARY (warning)", () => {
  test("two units tied at 97 across the 3-place 优秀 line: a person decides", () => {
    const { table, map } = sheet(
      [99, 98, 97, 97, 95, 94, 93, 92, 91, 90].map((s, i) => ["区直单位", `单位${i + 1}`, s, i < 2 ? "优秀" : "良好"]),
    );
    const v = evaluate(table, map, jiuyuan, "zh-CN").check.violations;
    expect(v).toEqual([
      expect.objectContaining({
        code: "TIE_AT_BOUNDARY",
        severity: "warning",
        subjects: ["单位3", "单位4"],
        cells: ["表1!C4", "表1!C5"],
        message: "【区直单位】单位3、单位4 同为 97 分，跨越“优秀”名额线（名额 3，已用 2），需人工确定",
      }),
    ]);
  });
});

describe("cells and labels", () => {
  test("UNKNOWN_TIER, MISSING_VALUE, BAD_CELL with addresses; Traditional labels are recognised", () => {
    const { table, map } = sheet([
      ["区直单位", "甲", 95, "優秀"],
      ["区直单位", "乙", 90, "特优"],
      ["区直单位", "丙", "#N/A", "良好"],
      ["区直单位", "丁", "", "一般"],
      ["区直单位", "戊", "80分", ""],
      ["区直单位", "己", "７０", "較差"],
    ]);
    const v = evaluate(table, map, jiuyuan, "zh-CN").check.violations;
    expect(v.map((x) => [x.code, x.cells[0], x.message])).toEqual([
      ["BAD_CELL", "表1!C4", "表1!C4 的值“#N/A”错误值，无法作为得分使用"],
      ["MISSING_VALUE", "表1!C5", "表1!C5 缺少得分"],
      ["UNKNOWN_TIER", "表1!D3", "乙 的等次“特优”无法识别；本方案等次为：优秀、良好、一般、较差"],
      ["MISSING_VALUE", "表1!D6", "表1!D6 缺少等次"],
    ]);
  });
  test("DUPLICATE_SUBJECT lists every cell of the name", () => {
    const { table, map } = sheet([
      ["区直单位", "区财政局", 95, "良好"],
      ["区直单位", "区教育局", 90, "良好"],
      ["区直单位", "区财政局", 85, "良好"],
    ]);
    const v = evaluate(table, map, jiuyuan, "zh-CN").check.violations;
    expect(v).toEqual([expect.objectContaining({ code: "DUPLICATE_SUBJECT", subjects: ["区财政局"], cells: ["表1!B2", "表1!B4"] })]);
  });
  test("不确定等次 is a status, not an unknown tier, and takes no place", () => {
    const { table, map } = ten(["不确定等次", "优秀", "优秀", "优秀", "良好", "良好", "一般", "一般", "较差", "较差"]);
    const ev = evaluate(table, map, jiuyuan, "zh-CN");
    // 9 subjects take part: floor(9 × 30%) = 2 places, and three are typed 优秀
    expect(ev.check.groups[0]).toMatchObject({ n: 9, limits: [2, null, null, null] });
    expect(codes(ev.check.violations)).toEqual(["QUOTA_EXCEEDED"]);
  });
});

describe("thresholds", () => {
  test("BELOW_THRESHOLD: typed 优秀 under the 90-point line", () => {
    const s = scheme({ thresholds: [90] });
    const { table, map } = sheet([
      ["", "甲", 95, "优秀"],
      ["", "乙", 89.5, "优秀"],
    ]);
    const v = evaluate(table, map, s, "zh-CN").check.violations;
    expect(v).toEqual([expect.objectContaining({ code: "BELOW_THRESHOLD", subjects: ["乙"], message: "乙（89.5 分）未达“优秀”分数线 90" })]);
  });
});

describe("a capped subject's place passes to the next subject (依次递补)", () => {
  test("the vetoed 单位1's 优秀 place left empty: a warning and a fix to what apply writes", () => {
    const { table, map } = ten(["一般", "优秀", "优秀", "良好", "良好", "良好", "一般", "一般", "较差", "较差"], { 0: ["是"] }, ["一票否决"]);
    const ev = evaluate(table, map, jiuyuan, "zh-CN");
    expect(ev.check.violations).toEqual([
      {
        code: "PLACE_PASSED_ON",
        severity: "warning",
        group: "区直单位",
        subjects: ["单位4"],
        cells: ["表1!D5"],
        message: "【区直单位】单位1 受等次上限限制不能占用的名额依次递补：将 单位4 调为“优秀”（“应用”将按此写入）",
        fix: { message: "将 单位4 调为“优秀”", changes: [{ subject: "单位4", cell: "表1!D5", from: "良好", to: "优秀" }] },
      },
    ]);
    expect(ev.assessment.results[3]!.tier).toBe(0);
  });
  test("keepCappedPlaces: the place stays empty, so the quota open to the others is one less", () => {
    const keep = { ...jiuyuan, keepCappedPlaces: true };
    const clean = ten(["一般", "优秀", "优秀", "良好", "良好", "良好", "一般", "一般", "较差", "较差"], { 0: ["是"] }, ["一票否决"]);
    const ev = evaluate(clean.table, clean.map, keep, "zh-CN");
    expect(ev.check.violations).toEqual([]);
    expect(ev.check.groups[0]!.limits[0]).toBe(2);
    const over = ten(["一般", "优秀", "优秀", "优秀", "良好", "良好", "一般", "一般", "较差", "较差"], { 0: ["是"] }, ["一票否决"]);
    const v = evaluate(over.table, over.map, keep, "zh-CN").check.violations;
    expect(v).toEqual([
      expect.objectContaining({
        code: "QUOTA_EXCEEDED",
        message: "【区直单位】“优秀”等次 3 人（个），超过名额 2（10 个的 30%，向下取整；名额 3 个中 1 个为受等次上限限制的对象保留空缺）",
        fix: { message: "将 单位4 调为“良好”", changes: [{ subject: "单位4", cell: "表1!D5", from: "优秀", to: "良好" }] },
      }),
    ]);
  });
});

describe("proposed fixes", () => {
  test("a fix moves a subject to the tier apply writes, not only one tier down", () => {
    // 优秀 ≥ 95 within 30%, 良好 ≥ 92: 单位8 (92) … typed 优秀 by mistake is computed 良好; 单位9 (91) 一般
    const s = scheme({ top: { share: 0.3 }, thresholds: [95, 92] });
    const { table, map } = ten(["优秀", "优秀", "优秀", "良好", "良好", "良好", "良好", "良好", "优秀", "一般"]);
    const v = evaluate(table, map, s, "zh-CN").check.violations;
    const q = v.find((x) => x.code === "QUOTA_EXCEEDED")!;
    expect(q.fix!.changes).toEqual([{ subject: "单位9", cell: "表1!D10", from: "优秀", to: "一般" }]);
  });
  test("a quota fix moves a vetoed holder to its cap first, then the lowest ranked", () => {
    // 4 优秀 typed for 3 places; 单位2 is vetoed (cap 一般): moving it alone fits the quota
    const { table, map } = ten(["优秀", "优秀", "优秀", "优秀", "良好", "良好", "一般", "一般", "较差", "较差"], { 1: ["是"] }, ["一票否决"]);
    const v = evaluate(table, map, jiuyuan, "zh-CN").check.violations;
    const q = v.find((x) => x.code === "QUOTA_EXCEEDED")!;
    expect(q.fix).toEqual({ message: "将 单位2 调为“一般”", changes: [{ subject: "单位2", cell: "表1!D3", from: "优秀", to: "一般" }] });
  });
  test("a cut inside a tie moves the whole tie", () => {
    const { table, map } = sheet([99, 98, 97, 96, 96, 94, 93, 92, 91, 90].map((s, i) => ["", `单位${i + 1}`, s, i < 5 ? "优秀" : "良好"]));
    const q = evaluate(table, map, jiuyuan, "zh-CN").check.violations.find((x) => x.code === "QUOTA_EXCEEDED")!;
    expect(q.fix!.changes.map((c) => c.subject)).toEqual(["单位4", "单位5"]);
  });
});

describe("SCORE_SCALE: a score of at most 1 among points (0.91 among 86–95)", () => {
  const tiers = ["优秀", "优秀", "良好", "良好", "良好", "一般", "一般", "一般", "较差", "较差"];
  const scores = [95, 93, 92, 90, 0.91, 89, 88, 87, 86, 85];
  const rows = (xs: number[]) => sheet(xs.map((s, i) => ["区直单位", `单位${i + 1}`, s, tiers[i]!]));

  test("warned with its cell and what it may have meant; nothing else changes", () => {
    const { table, map } = rows(scores);
    const ev = evaluate(table, map, jiuyuan, "zh-CN");
    const w = ev.check.violations.filter((v) => v.code === "SCORE_SCALE");
    expect(w.map((v) => [v.severity, v.cells, v.subjects, v.message])).toEqual([
      ["warning", ["表1!C6"], ["单位5"], "表1!C6 的得分为 0.91，远低于同列其他得分（中位数 88.5）：是否把 91 分按百分比写成了小数？请核对；核对无误可忽略本提醒"],
    ]);
    // The score is kept as it is: the warning asks, it does not decide.
    expect(ev.read.subjects[4]!.score).toBe(0.91);
  });

  test("not where every score is a fraction, where few scores are read, or where the column is not points", () => {
    const fractions = rows(scores.map((s) => (s > 1 ? s / 100 : s)));
    expect(codes(evaluate(fractions.table, fractions.map, jiuyuan, "zh-CN").check.violations)).not.toContain("SCORE_SCALE");
    const few = sheet([["区直单位", "甲", 95, "优秀"], ["区直单位", "乙", 0.9, "较差"], ["区直单位", "丙", 88, "良好"]]);
    expect(codes(evaluate(few.table, few.map, jiuyuan, "zh-CN").check.violations)).not.toContain("SCORE_SCALE");
    const low = rows(scores.map((s) => (s > 1 ? s / 20 : s))); // a 5-point scale: median 4.4
    expect(codes(evaluate(low.table, low.map, jiuyuan, "zh-CN").check.violations)).not.toContain("SCORE_SCALE");
  });

  test("in English", () => {
    const { table, map } = rows(scores);
    const w = evaluate(table, map, jiuyuan, "en-US").check.violations.find((v) => v.code === "SCORE_SCALE")!;
    expect(w.message).toContain("is 0.91, far below the column's other scores (median 88.5): 91 points written as a fraction?");
  });
});
