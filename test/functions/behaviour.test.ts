/**
 * ASSESS.* with the argument shapes Excel hands over: ranges as arrays of rows, blanks as null or
 * "", numbers typed as text ("85分", "８５"), error values in ranges, single cells as values or
 * 1×1 ranges. Bad input is #VALUE! / #N/A with the catalogue's text, never a silent 0.
 */
import { presets } from "../../src/engine/scheme/presets";
import * as F from "../../src/functions/functions";
import { rangeCache } from "../../src/functions/calls";
import { setWorkbookScheme } from "../../src/functions/scheme-store";

const col = (...v: unknown[]) => v.map((x) => [x]);
const row = (...v: unknown[]) => [v];
/** The Excel error a call throws: its code and message. */
function excelError(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    const x = e as { code: string; message: string };
    return { code: x.code, message: x.message };
  }
  throw new Error("no error");
}

/** The same for a function that answers with a promise (those that wait for the workbook's scheme). */
async function excelFailure(f: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await f();
  } catch (e) {
    const x = e as { code: string; message: string };
    return { code: x.code, message: x.message };
  }
  throw new Error("no error");
}

afterEach(() => setWorkbookScheme(null));

describe("WEIGHTED", () => {
  test.each([
    [row(80, 90, 70), row(0.4, 0.35, 0.25), 81],
    [row(80, 90, 70), row(40, 35, 25), 81],
    [col("80分", "９０", 70), col("40%", "35%", "25%"), 81],
  ])("%j × %j = %d", (v, w, expected) => expect(F.weighted(v, w)).toBeCloseTo(expected, 10));

  test("weights that do not add up give #VALUE! with the sum", () => {
    expect(excelError(() => F.weighted(row(80, 90), row(0.5, 0.4)))).toEqual({ code: "#VALUE!", message: "同一层级的权重之和为 0.9，应为 1 或 100" });
  });
  test("a blank is an error unless renormalise is TRUE", () => {
    expect(excelError(() => F.weighted(row(80, ""), row(0.5, 0.5)))).toEqual({ code: "#VALUE!", message: "第 2 个数值为空白" });
    expect(F.weighted(row(80, null), row(0.5, 0.5), true)).toBe(80);
  });
  test("text and error values are reported with their position, never read as 0", () => {
    expect(excelError(() => F.weighted(row(80, "良"), row(0.5, 0.5))).message).toBe("区域第 1 行第 2 列 的值“良”不是数字，无法作为数值使用");
    expect(excelError(() => F.weighted(row(80, { code: "#N/A" }), row(0.5, 0.5))).message).toBe("区域第 1 行第 2 列 的值“#N/A”错误值，无法作为数值使用");
  });
});

describe("COMPLETION, NORMALIZE, COMBINE, DEDUCT, VOTES", () => {
  test("开工率 90 of 100 → 90; over target capped; lower is better inverts", () => {
    expect(F.completion(90, 100)).toBe(90);
    expect(F.completion(130, 100)).toBe(100);
    expect(F.completion(130, 100, "higher", "120%")).toBeCloseTo(120, 10);
    expect(F.completion(125, 100, "逆向")).toBe(80);
    expect(F.completion("85%", 1)).toBeCloseTo(85, 10);
  });
  test("a target of 0 or a bad direction is #VALUE! with a message", () => {
    expect(excelError(() => F.completion(5, 0))).toEqual({ code: "#VALUE!", message: "参数 target 的值“0”目标值不大于 0，无法计算完成率，无法作为目标值使用" });
    expect(excelError(() => F.completion(5, 10, "up-ish")).message).toMatch(/^方向“up-ish”无效，可选：higher\/正向/);
    expect(excelError(() => F.completion(5, 10, "higher", -1)).code).toBe("#NUM!");
  });
  test("NORMALIZE within a range, skipping blanks", () => {
    expect(F.normalize(15, col(10, null, 20, ""))).toBe(50);
    expect(F.normalize(12, col(10, 20), "lower")).toBe(80);
  });
  test("COMBINE: 平时考核 30% by default", () => {
    expect(F.combine(80, 90)).toBe(87);
    expect(F.combine("80", "９０分", "50%")).toBe(85);
    expect(excelError(() => F.combine(80, 90, 1.5)).code).toBe("#NUM!");
    expect(excelError(() => F.combine(null, 90))).toEqual({ code: "#VALUE!", message: "参数 regular 缺少平时考核" });
  });
  test("DEDUCT: blanks are no deduction, a maximum and a floor", () => {
    expect(F.deduct(90, row(3, null, "-2"))).toBe(85);
    expect(F.deduct(90, row(8, 7), 10)).toBe(80);
    expect(F.deduct(5, row(8), undefined, 0)).toBe(0);
  });
  test("VOTES: 民主测评 counts of 优秀/称职/基本称职/不称职", () => {
    expect(F.votes(row(10, 5, 1, 0))).toBe(91.25);
    expect(F.votes(row(30, 10), row(100, 60))).toBe(90);
    expect(excelError(() => F.votes(row(0, 0, 0, 0)))).toEqual({ code: "#VALUE!", message: "没有投票（各档票数均为 0）" });
    expect(excelError(() => F.votes(row(10, 2.5, 0, 0))).message).toBe("区域第 1 行第 2 列 的值“2.5”不是非负整数票数，无法作为票数使用");
    expect(excelError(() => F.votes(row(10, 5))).code).toBe("#VALUE!");
  });
});

describe("RANK", () => {
  const scores = col(90, 85, "85分", 70, null, "");
  test.each([
    [90, 1],
    [85, 2],
    ["８５", 2],
    [70, 4],
  ])("RANK(%j) = %d, like RANK.EQ; blanks are not subjects", (s, r) => expect(F.rank(s, scores)).toBe(r));
  test("within a group", () => {
    const groups = col("A", "B", "A", "B", "A", "B");
    expect(F.rank(85, scores, groups, "A")).toBe(2);
    expect(F.rank(70, scores, groups, "B")).toBe(2);
    expect(excelError(() => F.rank(70, scores, groups)).message).toBe("给出了类别区域时，也须给出本行的类别");
  });
  test("a score not in the range is #N/A; an error value in the range names its cell", () => {
    expect(excelError(() => F.rank(60, scores))).toEqual({ code: "#N/A", message: "60 不在排名区域中；请确认本单元格的分数在区域之内" });
    const bad = col(90, { code: "#DIV/0!" }, 70);
    expect(excelError(() => F.rank(90, bad))).toEqual({
      code: "#VALUE!",
      message: "分数区域第 2 行第 1 列 的值“#DIV/0!”错误值，无法作为得分使用",
    });
    expect(excelError(() => F.rank(90, col(90, "n/a"))).message).toBe("分数区域第 2 行第 1 列 的值“n/a”不是数字，无法作为得分使用");
  });
});

describe("TIER and TIERS", () => {
  // 九原区: 优秀 ≤ 30% (floor). Ten units → 3 places.
  const ten = col(98, 95, 92, 90, 88, 80, 78, 70, 65, 60);
  test("by quota within the range under a preset", async () => {
    expect(await Promise.all(ten.map(([s]) => F.tier(s, ten, [["jiuyuan"]])))).toEqual(["优秀", "优秀", "优秀", "良好", "良好", "良好", "良好", "良好", "良好", "良好"]);
  });
  test("a tie across the 优秀 line: both are left out, the quota is never exceeded", async () => {
    const tie = col(98, 95, 92, 92, 88, 80, 78, 70, 65, 60);
    expect(await F.tier(92, tie, [["jiuyuan"]])).toBe("良好");
    expect((await F.tiers(tie, [["jiuyuan"]])).flat().filter((t) => t === "优秀")).toHaveLength(2);
  });
  test("by the workbook's scheme, in its language; without one, #N/A says what to do", async () => {
    expect(await excelFailure(() => F.tier(98, ten))).toEqual({
      code: "#N/A",
      message: "未设置考核方案：请在任务窗格中设置方案，或在参数中填写预设方案名称（如 \"jiuyuan\"），或给出等次表；可选预设：jiuyuan, zhejiang, civil-servant, public-institution, leadership-team",
    });
    setWorkbookScheme({ ...presets.jiuyuan!, lang: "en-US" });
    expect(await F.tier(98, ten)).toBe("Excellent");
    expect((await excelFailure(() => F.tier(98, ten, [["nope"]]))).code).toBe("#N/A");
  });
  test("by thresholds from a tier table, with or without a range", async () => {
    const table = [["优秀", 90, null], ["良好", 80, null], ["一般", 60, null], ["较差", null, null]];
    expect(await F.tier(85, undefined, table)).toBe("良好");
    expect(await F.tier("59.5分", undefined, table)).toBe("较差");
    const quota = [["优秀", 90, "20%"], ["良好", 80, null], ["一般", null, null]];
    expect((await F.tiers(ten, quota)).flat()).toEqual(["优秀", "优秀", "良好", "良好", "良好", "良好", "一般", "一般", "一般", "一般"]);
    expect((await excelFailure(() => F.tier(85, undefined, quota))).code).toBe("#N/A");
    expect((await excelFailure(() => F.tier(85, undefined, [["优秀", "高", null], ["良好", null, null]]))).message).toMatch(/^等次表第 1 行第 2 列的值“高”无效/);
  });
  test("浙江 后10%: the bottom of each group is third tier", async () => {
    const scores = col(91, 88, 86, 84, 83, 82, 80, 79, 77, 75, 95, 90, 85, 80, 75, 70, 65, 60, 55, 50);
    const groups = col(...Array(10).fill("山区县"), ...Array(10).fill("非山区县"));
    const t = (await F.tiers(scores, [["zhejiang"]], groups)).flat();
    expect(t.filter((x) => x === "第三等次")).toHaveLength(2);
    expect(await F.tier(75, scores, [["zhejiang"]], groups, "山区县")).toBe("第三等次");
    // No quota on the first tier in this preset: above the bottom 10% everyone is first tier.
    expect(await F.tier(75, scores, [["zhejiang"]], groups, "非山区县")).toBe("第一等次");
  });
  test("a vetoed subject is capped at 一般 and its place passes to the next subject (依次递补)", async () => {
    const vetoes = col("是", null, null, null, null, null, null, null, null, null);
    expect(await F.tier(98, ten, [["jiuyuan"]], undefined, undefined, vetoes, "是")).toBe("一般");
    expect((await F.tiers(ten, [["jiuyuan"]], undefined, vetoes)).flat().slice(0, 5)).toEqual(["一般", "优秀", "优秀", "优秀", "良好"]);
  });
  test("blank rows spill blank; a bad cell stops the column with its position", async () => {
    // Two subjects: 30% of 2 rounds down to no 优秀 place.
    expect((await F.tiers(col(98, null, 90, ""), [["jiuyuan"]])).flat()).toEqual(["良好", "", "良好", ""]);
    expect((await F.tiers(col(98, null, 90, "", 80, 70), [["jiuyuan"]])).flat()).toEqual(["优秀", "", "良好", "", "良好", "良好"]);
    expect((await excelFailure(() => F.tiers(col(98, "缺考", 90), [["jiuyuan"]]))).message).toBe("区域第 2 行第 1 列 的值“缺考”不是数字，无法作为得分使用");
  });
});

describe("LIGHT and LIGHTS", () => {
  const ten = col(98, 95, 90, 88, 85, 80, 78, 70, 65, 60);
  test("九原区 top 4 green, 5th–7th yellow, bottom 3 red", async () => {
    expect((await F.lights(ten, 4, 3)).flat()).toEqual(["绿", "绿", "绿", "绿", "黄", "黄", "黄", "红", "红", "红"]);
    expect(await F.light(70, ten, 4, 3, undefined, undefined, "symbol")).toBe("🔴");
    expect(await F.light(98, ten, "30%", "30%", undefined, undefined, "english")).toBe("green");
  });
  test("the workbook scheme's lights when counts are left out; none → #N/A", async () => {
    expect((await excelFailure(() => F.light(98, ten))).code).toBe("#N/A");
    setWorkbookScheme(presets.jiuyuan!);
    expect(await F.light(85, ten)).toBe("黄");
    expect((await excelFailure(() => F.light(98, ten, 4, 3, undefined, undefined, "neon"))).code).toBe("#VALUE!");
  });
});

describe("QUOTA", () => {
  const typed = col("优秀", "優秀", "良好", null, "一般", "较差", "良好", "良好", "良好", "良好");
  test("used/places as the clerk types (10 rows, 30% → 3)", async () => {
    expect(await F.quota(typed, "优秀", [["jiuyuan"]])).toBe("2/3");
    expect(await F.quotaLeft(typed, "优秀", [["jiuyuan"]])).toBe(1);
    expect(await F.quota(typed, "良好", [["jiuyuan"]])).toBe("5");
    expect(await excelFailure(() => F.quotaLeft(typed, "良好", [["jiuyuan"]]))).toEqual({ code: "#N/A", message: "“良好”等次没有名额限制" });
  });
  /** The jiuyuan preset with 社区 allocated 1 place of 优秀 (名额分配), as the workbook's scheme. */
  const allocated = () => {
    const base = presets.jiuyuan!;
    setWorkbookScheme({
      ...base,
      tiers: base.tiers.map((t, i) => (i === 0 ? { ...t, quota: { ...t.quota!, groups: { 社区: { places: 1, source: "sheet" as const } } } } : t)),
    });
  };
  test("with the group: the workbook scheme's allocation for that group (名额分配), else the tier's default", async () => {
    allocated();
    const groups = col("社区", "社区", "社区", "社区", "社区", "农村", "农村", "农村", "农村", "农村");
    const tiers = col("优秀", "优秀", "良好", "良好", "良好", "优秀", "良好", "良好", "良好", "良好");
    expect(await F.quota(tiers, "优秀", undefined, groups, "社区")).toBe("2/1");
    expect(await F.quotaLeft(tiers, "优秀", undefined, groups, "社区")).toBe(-1);
    expect(await F.quota(tiers, "优秀", undefined, groups, "农村")).toBe("1/1"); // floor(5 × 30%)
  });
  test("TIERS follows the group's allocation as QUOTA does", async () => {
    allocated();
    const groups = col("社区", "社区", "社区", "社区", "农村", "农村", "农村", "农村", "农村", "农村", "农村");
    const scores = col(99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89);
    const t = (await F.tiers(scores, undefined, groups)).flat();
    expect(t.slice(0, 4).filter((x) => x === "优秀")).toHaveLength(1); // 社区: its own 1 place
    expect(t.slice(4).filter((x) => x === "优秀")).toHaveLength(2); // 农村: floor(7 × 30%)
  });
  test("an unknown label in the range is #VALUE! with its cell", async () => {
    expect((await excelFailure(() => F.quota(col("优", "良好"), "优秀", [["jiuyuan"]]))).message).toBe(
      "等次区域第 1 行第 1 列 的等次“优”无法识别；本方案等次为：优秀、良好、一般、较差",
    );
  });
});

test("10,000 calls over the same column assess it once (the cache keys on content)", async () => {
  const n = 2000;
  const scores = Array.from({ length: n }, (_, i) => [60 + ((i * 7919) % 4000) / 100]);
  const before = rangeCache.misses;
  for (let i = 0; i < n; i++) await F.tier(scores[i]![0], scores.map((r) => [...r]), [["jiuyuan"]]);
  expect(rangeCache.misses - before).toBe(1);
  // A changed value is a new range.
  const changed = scores.map((r) => [...r]);
  changed[5]![0] = 61.234;
  await F.tier(61.234, changed, [["jiuyuan"]]);
  expect(rangeCache.misses - before).toBe(2);
});

describe("data types and error cells (allowCustomDataForDataTypeAny, allowErrorForDataTypeAny)", () => {
  test("a formatted number, a string value and an entity count by the value the cell shows", async () => {
    const formatted = (n: number) => ({ type: "FormattedNumber", basicType: "Double", basicValue: n, numberFormat: "0.0" });
    expect(F.combine(formatted(90), { type: "Double", basicValue: 80 }, 0.5)).toBe(85);
    expect(await F.tier(formatted(98), col(98, 95, 92, 90, 88, 80, 78, 70, 65, 60).map(([n]) => [formatted(n as number)]), [["jiuyuan"]])).toBe("优秀");
    // A linked entity (Geography) as the group: its basicValue is #VALUE!, its text is the county.
    const county = (t: string) => ({ type: "LinkedEntity", text: t, basicType: "Error", basicValue: "#VALUE!", id: { entityId: t } });
    expect(F.rank(80, col(90, 80, 70), [[county("山区县")], [county("非山区县")], [county("非山区县")]], county("非山区县"))).toBe(1);
  });
  test("an error cell reaches the function and its message names where it is", () => {
    const err = { type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
    expect(excelError(() => F.rank(90, col(90, err, 70)))).toEqual({ code: "#VALUE!", message: "分数区域第 2 行第 1 列 的值“#DIV/0!”错误值，无法作为得分使用" });
    expect(excelError(() => F.combine(err, 80)).message).toBe("参数 regular 的值“#DIV/0!”错误值，无法作为平时考核使用");
  });
});
