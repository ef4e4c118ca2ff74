/**
 * Scores: weights, completion rates, normalisation, 平时 + 年度, deductions, rounding, and the
 * table-wide computeScores — each case an input and the expected result, naming its seed rule.
 */
import fc from "fast-check";
import { excelRound } from "../../src/engine/rules/round";
import { parseSchemeOrThrow, type Scheme, type SchemeInput } from "../../src/engine/scheme/scheme";
import { combine, completion, computeScores, deduct, findColumn, normalize, ScoringError } from "../../src/engine/scoring/score";
import type { CellValue, ColumnMap, Table } from "../../src/engine/types";
import { weighted, weightScale } from "../../src/engine/scoring/weights";
import { tableFromRows } from "../../src/engine/input/table";

/** A two-tier scheme with the given scoring rules. */
function schemeWith(scoring: NonNullable<SchemeInput["scoring"]> = {}): Scheme {
  const tiers = [
    { id: "excellent", label: { zh: "优秀", en: "Excellent" } },
    { id: "other", label: { zh: "其他", en: "Other" } },
  ];
  return parseSchemeOrThrow({ id: "t", name: { zh: "测试", en: "Test" }, tiers, scoring });
}

/** A sheet "Sheet1" with headers in row 1 and the given rows from row 2. */
function sheet(headers: string[], rows: CellValue[][]): Table {
  return tableFromRows({ sheet: "Sheet1", headerRow: 1, headers, rows });
}

const NA = { error: "#N/A" };

// ── weighted ─────────────────────────────────────────────────────────────────────────

describe("weighted — the 浙江 article: 考卷 weights add up to 1 or 100 per level", () => {
  test.each([
    // values          weights               expected
    [[80, 90, 70], [0.4, 0.35, 0.25], 81],
    [[80, 90, 70], [40, 35, 25], 81], // the same weights written as percentages
    [[100], [1], 100],
    [[60, 100], [50, 50], 80],
  ])("%p × %p → %p", (values, weights, expected) => {
    const r = weighted(values, weights);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(expected, 10);
  });

  test("0.4/0.35/0.25 and 40/35/25 give the same score", () => {
    const a = weighted([83.5, 91, 77.25], [0.4, 0.35, 0.25]);
    const b = weighted([83.5, 91, 77.25], [40, 35, 25]);
    expect(a.ok && b.ok && excelRound(a.value, 10) === excelRound(b.value, 10)).toBe(true);
  });

  test.each([
    // values        weights       expected error
    [[80, 90], [0.5, 0.4], { ok: false, reason: "weightsSum", sum: 0.9 }],
    [[80, 90], [60, 50], { ok: false, reason: "weightsSum", sum: 110 }],
    [[80, 90], [1], { ok: false, reason: "length" }],
    [[], [], { ok: false, reason: "length" }],
    [[80, null, 70], [0.4, 0.35, 0.25], { ok: false, reason: "blank", index: 1 }], // a blank is not 0
  ])("%p × %p → %p", (values, weights, expected) => {
    expect(weighted(values, weights)).toEqual(expected);
  });

  test("renormalize: blanks drop out and the other weights are scaled up to the full sum", () => {
    // (80 × 0.4 + 70 × 0.25) / 0.65
    const r = weighted([80, null, 70], [0.4, 0.35, 0.25], { renormalize: true });
    expect(r.ok && r.value).toBeCloseTo(49.5 / 0.65, 10);
    const p = weighted([80, null, 70], [40, 35, 25], { renormalize: true });
    expect(p.ok && p.value).toBeCloseTo(49.5 / 0.65, 10);
    expect(weighted([null, null], [0.5, 0.5], { renormalize: true })).toEqual({ ok: false, reason: "blank", index: 0 });
  });

  test.each([
    [1 + 1e-10, 1],
    [1 - 1e-10, 1],
    [100 + 1e-8, 100],
    [1 + 1e-8, null],
    [100 + 1e-6, null],
    [0.9, null],
  ])("weightScale(%p) → %p (tolerance 1e-9 for 1, 1e-7 for 100)", (sum, expected) => {
    expect(weightScale(sum)).toBe(expected);
  });

  test("property: weighted of a constant vector is that constant", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(1, 100),
        (c, raw, scale) => {
          const total = raw.reduce((a, b) => a + b, 0);
          const weights = raw.map((w) => (w / total) * scale);
          const r = weighted(weights.map(() => c), weights);
          return r.ok && Math.abs(r.value - c) <= 1e-9 * Math.max(1, Math.abs(c));
        },
      ),
    );
  });
});

// ── completion, normalize, combine, deduct ───────────────────────────────────────────────

describe("completion — the 我市 article: 开工率/完工率 as 实绩参数", () => {
  test.each([
    // actual target direction cap  → score
    [90, 100, "higher", 1, 90],
    [130, 100, "higher", 1, 100], // capped at 100%
    [130, 100, "higher", 1.2, 120], // cap 1.2: over-completion counts up to 120%
    [150, 100, "higher", 1.2, 120],
    [-10, 100, "higher", 1, 0], // never below 0
    [80, 100, "lower", 1, 100], // lower is better (e.g. 能耗): under target is full marks
    [125, 100, "lower", 1, 80], // 100 / 125
    [0, 100, "lower", 1, 100], // actual 0 is the best possible
    [0, 100, "lower", 1.2, 120],
    [5, 0, "higher", 1, null], // target 0 → the caller reports divideByZero
    [5, -5, "higher", 1, null],
  ] as const)("%p of %p (%s, cap %p) → %p", (actual, target, direction, cap, expected) => {
    const r = completion(actual, target, direction, cap);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(expected, 10);
  });

  test("defaults: higher is better, cap 1", () => {
    expect(completion(0.85, 1)).toBeCloseTo(85, 10);
    expect(completion(2, 1)).toBe(100);
  });
});

describe("normalize — min–max to 0–100 (同类型比较 within a group)", () => {
  test.each([
    // value min max direction → score
    [15, 10, 20, "higher", 50],
    [10, 10, 20, "higher", 0],
    [20, 10, 20, "higher", 100],
    [12, 10, 20, "lower", 80],
    [7, 7, 7, "higher", 100], // everyone equal: full marks
    [7, 7, 7, "lower", 100],
    [25, 10, 20, "higher", 100], // outside the range: clamped
  ] as const)("%p in [%p, %p] (%s) → %p", (value, min, max, direction, expected) => {
    expect(normalize(value, min, max, direction)).toBeCloseTo(expected, 10);
  });

  test("property: normalize stays in [0, 100]", () => {
    const num = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(num, num, num, fc.constantFrom("higher" as const, "lower" as const), (v, a, b, d) => {
        const s = normalize(v, Math.min(a, b), Math.max(a, b), d);
        return s >= 0 && s <= 100;
      }),
    );
  });
});

describe("combine — the 我市 article: 将平时考核权重提升至年度考核的30%", () => {
  test.each([
    // regular annual weight → result
    [80, 90, undefined, 87], // default 0.3: 80 × 0.3 + 90 × 0.7
    [80, 90, 0.5, 85],
    [100, 0, undefined, 30],
    [80, 90, 0, 90],
  ])("combine(%p, %p, %p) → %p", (regular, annual, w, expected) => {
    expect(combine(regular, annual, w)).toBeCloseTo(expected, 10);
  });
});

describe("deduct — the 我市 article: 负面清单, 刚性扣分项", () => {
  test.each([
    // score deduction max → result
    [90, 3, undefined, 87],
    [90, -3, undefined, 87], // "-3" typed in the 扣分 column is 3 points off
    [90, 12, 10, 80], // capped at deductionMax 10
    [90, 0, 10, 90],
  ])("deduct(%p, %p, %p) → %p", (score, d, max, expected) => {
    expect(deduct(score, d, max)).toBe(expected);
  });
});

// ── computeScores ───────────────────────────────────────────────────────────────────────

describe("computeScores — a score column (taken as final)", () => {
  const headers = ["单位", "类别", "得分", "扣分"];
  const map: ColumnMap = { name: 0, group: 1, score: 2, deduction: 3 };

  test("cells as clerks type them; DESIGN: bad cells are reported with their address, never read as 0", () => {
    const t = sheet(headers, [
      ["甲", "", 85, 5], //           row 2: 85 — no deduction on a final score
      ["乙", "", "85分", null], //     row 3
      ["丙", "", "８５", null], //     row 4: full-width digits
      ["丁", "", "85%", null], //      row 5: 85 points on a 100-point scale
      ["戊", "", NA, null], //         row 6: #N/A → BAD_CELL
      ["己", "", null, null], //       row 7: blank → MISSING_VALUE
      ["庚", "", "缺考", null], //     row 8: text → BAD_CELL
    ]);
    const r = computeScores(t, map, schemeWith(), ["", "", "", "", "", "", ""]);
    expect(r.source).toBe("column");
    expect(r.scores).toEqual([85, 85, 85, 85, null, null, null]);
    expect(r.problems).toEqual([
      { code: "BAD_CELL", cell: "Sheet1!C6", value: "#N/A", reason: "errorValue", field: "score", subject: "戊" },
      { code: "MISSING_VALUE", cell: "Sheet1!C7", value: "", reason: "blank", field: "score", subject: "己" },
      { code: "BAD_CELL", cell: "Sheet1!C8", value: "缺考", reason: "notANumber", field: "score", subject: "庚" },
    ]);
    expect(r.missingColumns).toEqual([]);
  });

  test("DESIGN: 保留两位小数 rounds like Excel — 77.975 → 77.98, also for a score column", () => {
    const t = sheet(headers, [["甲", "", 77.975, null]]);
    expect(computeScores(t, map, schemeWith({ decimals: 2 }), [""]).scores).toEqual([77.98]);
  });

  test("no score, no 平时/年度 and no indicators: source none, every score null", () => {
    const t = sheet(headers, [["甲", "", 90, null]]);
    expect(computeScores(t, { name: 0 }, schemeWith(), [""])).toEqual({ scores: [null], problems: [], missingColumns: [], source: "none" });
  });
});

describe("computeScores — 平时考核 + 年度考核 (the 我市 article), with deductions", () => {
  const headers = ["单位", "平时考核", "年度考核", "扣分"];
  const map: ColumnMap = { name: 0, regular: 1, annual: 2, deduction: 3 };

  test.each([
    // regular annual  扣分        deductionMax → score         rule
    [80, 90, null, undefined, 87], //                   the 我市 article: 平时 30%; a blank 扣分 cell is no deduction
    [80, 90, 3, undefined, 84], //                      the 我市 article: 刚性扣分项
    [80, 90, "-3", undefined, 84], //                   "-3" typed in 扣分 counts as 3 off
    [80, 90, "3分", undefined, 84],
    [80, 90, 12, 10, 77], //                            capped at deductionMax (扣分上限)
    [80, 90, 0, 10, 87],
  ])("%p / %p, 扣分 %p (max %p) → %p", (regular, annual, d, max, expected) => {
    const t = sheet(headers, [["甲", regular, annual, d]]);
    const s = schemeWith(max === undefined ? {} : { deductionMax: max });
    const r = computeScores(t, map, s, [""]);
    expect(r.source).toBe("combined");
    expect(r.scores[0]).toBeCloseTo(expected, 10);
    expect(r.problems).toEqual([]);
  });

  test("regularWeight from the scheme", () => {
    const t = sheet(headers, [["甲", 80, 90, null]]);
    expect(computeScores(t, map, schemeWith({ regularWeight: 0.5 }), [""]).scores[0]).toBeCloseTo(85, 10);
  });

  test("every problem of a row is reported, not just the first; the score is null", () => {
    const t = sheet(headers, [
      ["甲", 80, 90, null], //         row 2
      ["乙", NA, null, "扣三分"], //   row 3: three unusable cells
    ]);
    const r = computeScores(t, map, schemeWith(), ["", ""]);
    expect(r.scores[0]).toBeCloseTo(87, 10);
    expect(r.scores[1]).toBeNull();
    expect(r.problems.map((p) => [p.code, p.cell, p.field])).toEqual([
      ["BAD_CELL", "Sheet1!B3", "regular"],
      ["MISSING_VALUE", "Sheet1!C3", "annual"],
      ["BAD_CELL", "Sheet1!D3", "deduction"],
    ]);
  });

  test("an unusable 扣分 cell makes the score null (a bad cell is never read as 0)", () => {
    const t = sheet(headers, [["甲", 80, 90, true]]);
    const r = computeScores(t, map, schemeWith(), [""]);
    expect(r.scores).toEqual([null]);
    expect(r.problems).toEqual([{ code: "BAD_CELL", cell: "Sheet1!D2", value: "true", reason: "boolean", field: "deduction", subject: "甲" }]);
  });

  test("decimals 2: 77.975 → 77.98 after combining", () => {
    // 77.975 = 77.975 × 0.3 + 77.975 × 0.7 (up to floating point); rounded like Excel.
    const t = sheet(headers, [["甲", 77.975, 77.975, null]]);
    expect(computeScores(t, map, schemeWith({ decimals: 2 }), [""]).scores).toEqual([77.98]);
  });

  test("components on request: the deduction taken off", () => {
    const t = sheet(headers, [["甲", 80, 90, 12], ["乙", 80, 90, "x"]]);
    const r = computeScores(t, map, schemeWith({ deductionMax: 10 }), ["", ""], { components: true });
    expect(r.components).toEqual({ indicators: [], sections: [], deductions: [10, null] });
    expect(computeScores(t, map, schemeWith(), ["", ""]).components).toBeUndefined();
  });
});

describe("computeScores — indicators in sections (the 浙江 article: 党的建设, 高质量发展绩效, 满意度评价)", () => {
  // Two levels: section weight × indicator weight; each level adds up to 1 or 100.
  const scheme = schemeWith({
    sections: [
      { id: "party", label: "党的建设", weight: 0.3 },
      { id: "growth", label: "高质量发展绩效", weight: 0.5 },
      { id: "satisfaction", label: "满意度评价", weight: 0.2 },
    ],
    indicators: [
      { id: "党建", column: "党建工作", section: "party", weight: 1 },
      { id: "项目", column: "项目推进", section: "growth", weight: 60 }, // indicator weights in percent…
      { id: "招商", column: "招商引资", section: "growth", weight: 40 },
      { id: "上评下", column: "上评下", section: "satisfaction", weight: 0.5 }, // …or as fractions
      { id: "下评上", column: "下评上", section: "satisfaction", weight: 0.5 },
    ],
  });
  const headers = ["单位", "党建工作", "项目推进", "招商引资", "上评下", "下评上"];

  test.each([
    // 党建 项目 招商 上评下 下评上 → party, growth, satisfaction → total
    [[90, 80, 70, 100, 90], [90, 76, 95], 0.3 * 90 + 0.5 * 76 + 0.2 * 95], // 27 + 38 + 19 = 84
    [[100, 100, 100, 100, 100], [100, 100, 100], 100],
    [[60, 90, 60, 80, 70], [60, 78, 75], 0.3 * 60 + 0.5 * 78 + 0.2 * 75], // 18 + 39 + 15 = 72
  ])("%p → sections %p → %p", (values, sections, total) => {
    const t = sheet(headers, [["甲", ...values]]);
    const r = computeScores(t, { name: 0 }, scheme, [""], { components: true });
    expect(r.source).toBe("indicators");
    expect(r.scores[0]).toBeCloseTo(total, 10);
    expect(r.components!.sections.map((s) => s.scores[0])).toEqual(sections.map((x) => expect.closeTo(x, 10)));
    expect(r.components!.indicators.map((s) => s.id)).toEqual(["党建", "项目", "招商", "上评下", "下评上"]);
  });

  test("sections weighted 30/50/20 give the same totals as 0.3/0.5/0.2", () => {
    const pct = schemeWith({ ...scheme.scoring, sections: scheme.scoring.sections.map((s) => ({ ...s, weight: s.weight * 100 })) });
    const t = sheet(headers, [["甲", 90, 80, 70, 100, 90]]);
    expect(computeScores(t, { name: 0 }, pct, [""]).scores[0]).toBeCloseTo(84, 10);
  });

  test('"#N/A" and a blank indicator cell: BAD_CELL and MISSING_VALUE at their addresses, score null', () => {
    const t = sheet(headers, [
      ["甲", 90, 80, 70, 100, 90], // row 2
      ["乙", 90, 80, NA, null, 90], // row 3: D3 is #N/A, E3 is blank
    ]);
    const r = computeScores(t, { name: 0 }, scheme, ["", ""]);
    expect(r.scores[0]).toBeCloseTo(84, 10);
    expect(r.scores[1]).toBeNull();
    expect(r.problems).toEqual([
      { code: "BAD_CELL", cell: "Sheet1!D3", value: "#N/A", reason: "errorValue", field: "indicator:招商", subject: "乙" },
      { code: "MISSING_VALUE", cell: "Sheet1!E3", value: "", reason: "blank", field: "indicator:上评下", subject: "乙" },
    ]);
  });

  test('"85分" and full-width "８５" in indicator cells are read as 85', () => {
    const t = sheet(headers, [["甲", "85分", "８５", 85, "85", "８５分"]]);
    expect(computeScores(t, { name: 0 }, scheme, [""]).scores[0]).toBeCloseTo(85, 10);
  });

  test("a missing indicator column: named in missingColumns, every score null", () => {
    const t = sheet(["单位", "党建工作", "项目推进", "上评下", "下评上"], [["甲", 90, 80, 100, 90]]);
    const r = computeScores(t, { name: 0, score: 1 }, scheme, [""]);
    expect(r).toEqual({ scores: [null], problems: [], missingColumns: ["招商引资"], source: "indicators" });
  });

  test("headers match in Traditional characters and with spaces (normalizeText)", () => {
    expect(findColumn(["單位", " 黨建 工作 ", "項目推进"], "党建工作")).toBe(1);
    expect(findColumn(["單位"], "招商引资")).toBe(-1);
    const t = sheet(["單位", "黨建工作：", "項目推进", "招商引資", "上評下", "（下評上）"], [["甲", 90, 80, 70, 100, 90]]);
    expect(computeScores(t, { name: 0 }, scheme, [""]).scores[0]).toBeCloseTo(84, 10);
  });

  test("indicators take precedence over a score column", () => {
    const t = sheet([...headers, "得分"], [["甲", 90, 80, 70, 100, 90, 12]]);
    expect(computeScores(t, { name: 0, score: 6 }, scheme, [""]).scores[0]).toBeCloseTo(84, 10);
  });

  test("deduction after the weighted total, capped; decimals round the result (77.975 → 77.98)", () => {
    const t = sheet([...headers, "扣分"], [
      ["甲", 90, 80, 70, 100, 90, 6.025], // 84 − 6.025 = 77.975 → 77.98
      ["乙", 90, 80, 70, 100, 90, 30], //    84 − min(30, 10) = 74
    ]);
    const s = schemeWith({ ...scheme.scoring, deductionMax: 10, decimals: 2 });
    expect(computeScores(t, { name: 0, deduction: 6 }, s, ["", ""]).scores).toEqual([77.98, 74]);
  });

  test("a weight sum that is neither 1 nor 100 is refused when the scheme is parsed", () => {
    expect(() => schemeWith({ indicators: [{ id: "a", column: "A", weight: 0.5 }, { id: "b", column: "B", weight: 0.4 }] })).toThrow(/0\.9/);
  });

  test("a scheme that bypassed validation throws a ScoringError naming the bad sum", () => {
    const bad = { ...scheme, scoring: { ...scheme.scoring, sections: scheme.scoring.sections.map((s) => ({ ...s, weight: 0.3 })) } };
    expect(() => computeScores(sheet(headers, []), {}, bad, [])).toThrow(ScoringError);
    expect(() => computeScores(sheet(headers, []), {}, bad, [])).toThrow(/0\.9/);
  });
});

describe("computeScores — completion indicators (the 我市 article: 开工率, 完工率)", () => {
  const scheme = schemeWith({
    indicators: [
      { id: "开工率", column: "开工率", weight: 0.5, kind: "completion", target: 1, cap: 1.2 },
      { id: "能耗", column: "能耗", weight: 0.5, kind: "completion", targetColumn: "能耗目标", direction: "lower" },
    ],
  });
  const headers = ["单位", "开工率", "能耗", "能耗目标"];

  test.each([
    // 开工率      能耗 目标   → 开工率 score, 能耗 score       rule
    [0.9, 80, 100, 90, 100], //          under the energy target: full marks
    ["85%", 125, 100, 85, 80], //        "85%" against target 1 is 85% complete; 100/125 = 80%
    [1.3, 100, 100, 120, 100], //        over-completion capped at 1.2
    ["130%", 50, 100, 120, 100],
    [0, 0, 100, 0, 100], //              0 开工: 0; 0 energy: the best possible
  ])("开工率 %p, 能耗 %p / %p → %p and %p", (start, energy, target, s1, s2) => {
    const t = sheet(headers, [["甲", start, energy, target]]);
    const r = computeScores(t, { name: 0 }, scheme, [""], { components: true });
    expect(r.problems).toEqual([]);
    expect(r.components!.indicators.map((c) => c.scores[0])).toEqual([expect.closeTo(s1, 10), expect.closeTo(s2, 10)]);
    expect(r.scores[0]).toBeCloseTo((s1 + s2) / 2, 10);
  });

  test("a target of 0 is reported at the target cell (divideByZero), score null", () => {
    const t = sheet(headers, [["甲", 0.9, 80, 0]]);
    const r = computeScores(t, { name: 0 }, scheme, [""]);
    expect(r.scores).toEqual([null]);
    expect(r.problems).toEqual([{ code: "BAD_CELL", cell: "Sheet1!D2", value: "0", reason: "divideByZero", field: "indicator:能耗", subject: "甲" }]);
  });

  test("a missing target column is a missing column", () => {
    const t = sheet(["单位", "开工率", "能耗"], [["甲", 0.9, 80]]);
    expect(computeScores(t, { name: 0 }, scheme, [""]).missingColumns).toEqual(["能耗目标"]);
  });
});

describe("computeScores — normalize within groups (the 浙江 article, 004: 山区县 vs 非山区县, 同类型比较)", () => {
  const scheme = schemeWith({
    indicators: [
      { id: "增速", column: "增速", weight: 0.5, kind: "normalize" },
      { id: "能耗", column: "能耗", weight: 0.5, kind: "normalize", direction: "lower" },
    ],
  });
  const headers = ["县", "类别", "增速", "能耗"];

  test("min–max within each group: the two tracks have different ranges", () => {
    const t = sheet(headers, [
      //  name   group       增速    能耗         增速 score  能耗 score
      ["A县", "山区县", 2, 10], //                 0         100
      ["B县", "非山区县", 20, 1], //               100       100
      ["C县", "山区县", 6, 20], //                 100       0
      ["D县", "山区县", 4, 15], //                 50        50
      ["E县", "非山区县", 10, 3], //               0         0
      ["F县", "山区县", "#N/A", 12], //            row 7: unusable; left out of the min/max
    ]);
    const groups = t.columns[1]!.map((v) => v as string);
    const r = computeScores(t, { name: 0, group: 1 }, scheme, groups, { components: true });
    expect(r.components!.indicators[0]!.scores).toEqual([0, 100, 100, 50, 0, null]);
    expect(r.components!.indicators[1]!.scores).toEqual([100, 100, 0, 50, 0, 80]);
    expect(r.scores).toEqual([50, 100, 50, 50, 0, null]);
    expect(r.problems).toEqual([{ code: "BAD_CELL", cell: "Sheet1!C7", value: "#N/A", reason: "errorValue", field: "indicator:增速", subject: "F县" }]);
  });

  test("a group of one (max = min) gets 100", () => {
    const t = sheet(headers, [["A县", "山区县", 5, 5]]);
    expect(computeScores(t, { name: 0 }, scheme, ["山区县"]).scores).toEqual([100]);
  });

  test("without groups, every row is one group", () => {
    const t = sheet(headers, [["A县", "", 0, 0], ["B县", "", 10, 10]]);
    expect(computeScores(t, { name: 0 }, scheme, []).scores).toEqual([50, 50]);
  });
});

describe("computeScores — 民主测评 votes (the 浙江 article, 004: 上评下/下评上)", () => {
  const scheme = schemeWith({
    indicators: [
      {
        id: "测评",
        column: "优秀票",
        weight: 1,
        kind: "votes",
        grades: [
          { column: "优秀票", value: 100 },
          { column: "称职票", value: 80 },
          { column: "基本称职票", value: 60 },
          { column: "不称职票", value: 0 },
        ],
      },
    ],
  });
  const headers = ["姓名", "优秀票", "称职票", "基本称职票", "不称职票"];

  test.each([
    // 优秀 称职 基本称职 不称职 → score, problems
    [[10, 5, 1, 0], 91.25, []],
    [[0, 0, 0, 4], 0, []],
    [["10票", 5, 1, 0], null, [["BAD_CELL", "Sheet1!B2"]]], // "10票" is not certain
    [[10, 2.5, 1, 0], null, [["BAD_CELL", "Sheet1!C2"]]], // not a whole number of votes
    [[10, 5, -1, 0], null, [["BAD_CELL", "Sheet1!D2"]]], // negative count
    [[10, 5, 1, null], null, [["MISSING_VALUE", "Sheet1!E2"]]], // a blank count is not 0
    [[0, 0, 0, 0], null, [["MISSING_VALUE", "Sheet1!B2"]]], // nobody voted
    [["50%", NA, 1, 0], null, [["BAD_CELL", "Sheet1!B2"], ["BAD_CELL", "Sheet1!C2"]]],
  ])("%p → %p", (counts, expected, problems) => {
    const t = sheet(headers, [["张三", ...(counts as CellValue[])]]);
    const r = computeScores(t, { name: 0 }, scheme, [""]);
    if (expected === null) expect(r.scores).toEqual([null]);
    else expect(r.scores[0]).toBeCloseTo(expected, 10);
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual(problems);
  });

  test("a missing grade column is a missing column", () => {
    const t = sheet(["姓名", "优秀票", "称职票", "不称职票"], [["张三", 1, 2, 3]]);
    expect(computeScores(t, { name: 0 }, scheme, [""]).missingColumns).toEqual(["基本称职票"]);
  });
});

describe("computeScores — properties", () => {
  const scheme = schemeWith({
    sections: [
      { id: "a", label: "甲", weight: 60 },
      { id: "b", label: "乙", weight: 40 },
    ],
    indicators: [
      { id: "x", column: "X", section: "a", weight: 1 },
      { id: "y", column: "Y", section: "b", weight: 0.5, kind: "normalize" },
      { id: "z", column: "Z", section: "b", weight: 0.5, kind: "completion", target: 100, cap: 1.2 },
    ],
    deductionMax: 5,
    decimals: 2,
  });
  const cell = fc.oneof(
    fc.double({ min: -50, max: 150, noNaN: true }),
    fc.constantFrom<CellValue>(null, "", "85分", "８５", "#N/A", { error: "#DIV/0!" }, "缺考", true, "-3"),
  );
  const rows = fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.constantFrom("山区县", "非山区县"), cell, cell, cell, cell), { maxLength: 30 });

  test("computeScores does not mutate its inputs", () => {
    fc.assert(
      fc.property(rows, (data) => {
        const t = sheet(["单位", "类别", "X", "Y", "Z", "扣分"], data);
        const groups = data.map((d) => d[1]);
        const map: ColumnMap = { name: 0, group: 1, deduction: 5 };
        const before = structuredClone({ t, groups, map, scheme });
        const r = computeScores(t, map, scheme, groups, { components: true });
        expect({ t, groups, map, scheme }).toEqual(before);
        return r.scores.length === data.length;
      }),
    );
  });

  test("a score is null exactly when its row has a problem, and scores stay in range", () => {
    fc.assert(
      fc.property(rows, (data) => {
        const t = sheet(["单位", "类别", "X", "Y", "Z", "扣分"], data);
        const r = computeScores(t, { name: 0, group: 1, deduction: 5 }, scheme, data.map((d) => d[1]));
        const bad = new Set(r.problems.map((p) => Number(/\d+$/.exec(p.cell)![0])));
        return r.scores.every((s, i) => (s === null) === bad.has(i + 2) && (s === null || (Number.isFinite(s) && s <= 150 && s >= -55)));
      }),
    );
  });
});
