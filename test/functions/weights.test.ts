/**
 * ASSESS.AHP, ASSESS.ENTROPY and ASSESS.TOPSIS with the shapes Excel hands over (ranges as rows,
 * fractions typed as text, blanks, addresses from @requiresParameterAddresses). The numbers are the
 * engine's (test/engine/mcdm.test.ts checks them against published examples); here: that each
 * function passes Excel's cells through faithfully, spills the right shape and names bad cells.
 */
import * as F from "../../src/functions/functions";
import { ahp, entropyWeights, topsis } from "../../src/engine/mcdm";

function excelError(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    const x = e as { code: string; message: string };
    return { code: x.code, message: x.message };
  }
  throw new Error("no error");
}
const inv = (...parameterAddresses: string[]) => ({ parameterAddresses }) as unknown as CustomFunctions.Invocation;

// Saaty's 1–9 scale, a 3 × 3 matrix as a clerk types it: reciprocals as text "1/3".
const typed = [
  [1, 3, 5],
  ["1/3", 1, 3],
  ["1/5", "1/3", 1],
];
const exact = [
  [1, 3, 5],
  [1 / 3, 1, 3],
  [1 / 5, 1 / 3, 1],
];

describe("AHP", () => {
  const engine = ahp(exact);
  if (!engine.ok) throw new Error("fixture");

  test("weights spill down as a column, the same as the engine's on the exact matrix", () => {
    const w = F.ahp(typed) as number[][];
    expect(w).toHaveLength(3);
    w.forEach((row, i) => {
      expect(row).toHaveLength(1);
      expect(row[0]).toBeCloseTo(engine.value.weights[i]!, 12);
    });
    expect(w.reduce((s, r) => s + (r[0] as number), 0)).toBeCloseTo(1, 12);
  });

  test.each([
    ["CR", engine.value.cr],
    ["ci", engine.value.ci],
    ["lambda", engine.value.lambdaMax],
    ["RI", 0.58],
    ["consistent", true],
  ])("output %s", (output, expected) => {
    const v = (F.ahp(typed, output) as unknown[][])[0]![0];
    if (typeof expected === "number") expect(v).toBeCloseTo(expected, 12);
    else expect(v).toBe(expected);
  });

  test("method and RI table are passed on; a 2 × 2 matrix has CR 0", () => {
    const geo = ahp(exact, { method: "geometric" });
    if (!geo.ok) throw new Error("fixture");
    expect((F.ahp(typed, "weights", "几何平均") as number[][])[0]![0]).toBeCloseTo(geo.value.weights[0]!, 12);
    expect((F.ahp([[1, 2], ["1/2", 1]], "CR") as number[][])[0]![0]).toBe(0);
    expect(excelError(() => F.ahp(typed, "weights", "guess")).message).toMatch(/^方法“guess”无效/);
  });

  test("a matrix that is not reciprocal names the cell by its address", () => {
    const bad = [
      [1, 3, 5],
      [3, 1, 3],
      ["1/5", "1/3", 1],
    ];
    const e = excelError(() => F.ahp(bad, undefined, undefined, undefined, inv("判断矩阵!B2:D4")));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("判断矩阵!B3");
    expect(e.message).toContain("判断矩阵!C2");
  });

  test("a blank and a word are both reported, the first by address, the count of the rest given", () => {
    const bad = [
      [1, 3, null],
      ["1/3", 1, "很重要"],
      ["1/5", "1/3", 1],
    ];
    const e = excelError(() => F.ahp(bad, undefined, undefined, undefined, inv("Sheet1!A1:C3")));
    expect(e.message).toMatch(/^Sheet1!C1 为空白/);
    expect(e.message).toMatch(/另有 \d+ 处问题/);
  });
});

// Subjects × criteria (three indicators), made up for the shapes; the numbers are the engine's.
const data = [
  [80, 20, 3],
  [90, 35, 5],
  [70, 30, 4],
  [85, 25, 6],
];

describe("ENTROPY", () => {
  test("one weight per column, spilling right, equal to the engine's", () => {
    const r = entropyWeights(data, { variant: "minmax", directions: ["benefit", "cost", "benefit"] });
    if (!r.ok) throw new Error("fixture");
    const w = F.entropy(data, "极差", [["+", "-", "+"]]);
    expect(w).toHaveLength(1);
    w[0]!.forEach((x, j) => expect(x).toBeCloseTo(r.value.weights[j]!, 12));
  });

  test("the variant is required (no silent default); numbers typed as text are read", () => {
    expect(excelError(() => F.entropy(data, null)).message).toMatch(/^须填写熵权法类型/);
    const r = entropyWeights(data, { variant: "sum" });
    if (!r.ok) throw new Error("fixture");
    const text = data.map((row) => row.map((x) => `${x}分`));
    F.entropy(text, "sum")[0]!.forEach((x, j) => expect(x).toBeCloseTo(r.value.weights[j]!, 12));
  });

  test("a constant column is named; a text cell is named by address", () => {
    expect(excelError(() => F.entropy([[1, 5], [2, 5]], "minmax")).message).toContain("第 2 列");
    expect(excelError(() => F.entropy([[1, 5], [2, "高"]], "sum", undefined, inv("数据!B2:C3"))).message).toContain("数据!C3");
  });
});

describe("TOPSIS", () => {
  const weights = [[0.5, 0.3, 0.2]];
  const dirs = [["+", "-", "+"]];
  const r = topsis(data, [0.5, 0.3, 0.2], ["benefit", "cost", "benefit"], { normalization: "vector" });
  if (!r.ok) throw new Error("fixture");

  test("closeness per subject (a column) and ranks, equal to the engine's", () => {
    const s = F.topsis(data, weights, dirs, "vector");
    expect(s).toHaveLength(4);
    s.forEach((row, i) => expect(row[0]).toBeCloseTo(r.value.scores[i]!, 12));
    expect(F.topsis(data, weights, dirs, "向量", "排名")).toEqual(r.value.ranks.map((x) => [x]));
  });

  test("weights as percentages are read; the normalization is required; a blank direction is an error", () => {
    const s = F.topsis(data, [["50%", "30%", "20%"]], dirs, "vector");
    s.forEach((row, i) => expect(row[0]).toBeCloseTo(r.value.scores[i]!, 12));
    expect(excelError(() => F.topsis(data, weights, dirs, "")).message).toMatch(/^须填写标准化方法/);
    expect(excelError(() => F.topsis(data, weights, [["+", null, "+"]], "vector", undefined, inv("A1:C4", "E1:G1", "E2:G2"))).message).toMatch(/^F2 的方向为空白/);
  });

  test("weights that do not add up, or one too few, are #VALUE! with the engine's message", () => {
    expect(excelError(() => F.topsis(data, [[0.5, 0.3, 0.3]], dirs, "vector")).message).toBe("权重之和为 1.1，应为 1 或 100");
    expect(excelError(() => F.topsis(data, [[0.5, 0.5]], dirs, "vector")).message).toContain("给出了 2 个权重");
  });
});
