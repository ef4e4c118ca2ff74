/**
 * Reading a block of cells for the weight methods (src/engine/mcdm/grid.ts): Excel's clipboard text
 * and hand-typed rows as cells; labels in the first row and/or column found; fractions, full-width
 * digits and decimals read; every body cell traced back to its place in the block, so the engine's
 * problems name the right cell.
 */
import { ahp, entropyWeights, mcdmMessage, type McdmResult } from "../../src/engine/mcdm";
import { pastedGrid, rangeOrigin, readGrid, withCellTexts } from "../../src/engine/mcdm/grid";

function problemsOf<T>(r: McdmResult<T>) {
  if (r.ok) throw new Error("expected problems");
  return r.problems;
}

describe("pastedGrid", () => {
  test("Excel's clipboard: tabs and line breaks, a blank top-left cell, the final line break", () => {
    expect(pastedGrid("\t招商引资\t项目建设\r\n招商引资\t1\t3\r\n项目建设\t1/3\t1\r\n")).toEqual([
      [null, "招商引资", "项目建设"],
      ["招商引资", "1", "3"],
      ["项目建设", "1/3", "1"],
    ]);
  });

  test("a quoted cell keeps its tab, line break and doubled quotes", () => {
    expect(pastedGrid('"a\tb"\t"say ""hi""\nthere"\n1\t2')).toEqual([
      ["a\tb", 'say "hi"\nthere'],
      ["1", "2"],
    ]);
  });

  test("blank cells (also only spaces) are null; a trailing empty cell is kept so the row keeps its width", () => {
    expect(pastedGrid("1\t \t3\n4\t5\t\n")).toEqual([
      ["1", null, "3"],
      ["4", "5", null],
    ]);
  });

  test("hand-typed rows split at spaces, commas (also ，) and semicolons", () => {
    expect(pastedGrid("1 3  5\n1/3,1，3\n0.2;1/3; 1")).toEqual([
      ["1", "3", "5"],
      ["1/3", "1", "3"],
      ["0.2", "1/3", "1"],
    ]);
  });

  test("hand-typed labels over a labelled matrix move one cell right (the blank top-left cannot be typed)", () => {
    expect(pastedGrid("A B\nA 1 2\nB 0.5 1")).toEqual([
      [null, "A", "B"],
      ["A", "1", "2"],
      ["B", "0.5", "1"],
    ]);
  });

  test("empty text is no rows", () => {
    expect(pastedGrid("")).toEqual([]);
    expect(pastedGrid("\n\n")).toEqual([]);
  });
});

describe("readGrid: a judgement matrix", () => {
  test("labels in the first row and column, a blank top-left: labels and numbers apart, fractions read", () => {
    const r = readGrid(pastedGrid("\tA\tB\tC\nA\t1\t3\t5\nB\t1/3\t1\t3\nC\t１／５\t0.333\t１"), "matrix");
    expect(r.labels).toEqual(["A", "B", "C"]);
    expect(r.columnLabels).toEqual(["A", "B", "C"]);
    expect(r.rowLabels).toEqual(["A", "B", "C"]);
    expect(r.values).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 3],
      [0.2, 0.333, 1],
    ]);
    expect([r.top, r.left]).toEqual([1, 1]);
    expect(r.labelMismatch).toBeNull();
  });

  test("numbers only: no labels, the body is the whole block", () => {
    const r = readGrid([[1, 2], ["0.5", 1]], "matrix");
    expect(r.labels).toBeNull();
    expect(r.values).toEqual([
      [1, 2],
      [0.5, 1],
    ]);
    expect([r.top, r.left]).toEqual([0, 0]);
  });

  test("labels in the first row only, or the first column only", () => {
    const header = readGrid([["甲", "乙"], [1, 2], [0.5, 1]], "matrix");
    expect([header.labels, header.top, header.left]).toEqual([["甲", "乙"], 1, 0]);
    const side = readGrid([["甲", 1, 2], ["乙", 0.5, 1]], "matrix");
    expect([side.labels, side.top, side.left]).toEqual([["甲", "乙"], 0, 1]);
  });

  test("one bad cell in a numeric row does not make the row a label row", () => {
    const r = readGrid([[1, "abc", 3], [1, 1, 1], [1 / 3, 1, 1]], "matrix");
    expect(r.labels).toBeNull();
    expect(r.values[0]).toEqual([1, null, 3]);
    expect(r.texts[0]![1]).toBe("abc");
  });

  test("rows and columns named differently are flagged (full-width and case do not count)", () => {
    expect(readGrid([[null, "Ａ", "b"], ["a", 1, 2], ["B", 0.5, 1]], "matrix").labelMismatch).toBeNull();
    const r = readGrid([[null, "A", "B"], ["B", 1, 2], ["A", 0.5, 1]], "matrix");
    expect(r.labelMismatch).toBe(0);
    expect(r.labels).toEqual(["B", "A"]); // the rows name the criteria
  });

  test("blank rows and columns around the block are dropped; positions still count from the block's corner", () => {
    const r = readGrid([[], [null, null, null], [null, 1, 3], [null, 1 / 3, 1], [null, null, null]], "matrix");
    expect(r.values).toEqual([
      [1, 3],
      [1 / 3, 1],
    ]);
    expect([r.top, r.left]).toEqual([2, 1]);
  });

  test("a date (Excel's 1/3 typed into a cell) and an error are not numbers; dates are marked", () => {
    const r = readGrid([[1, new Date(Date.UTC(2026, 0, 3))], [{ error: "#N/A" }, 1]], "matrix");
    expect(r.values).toEqual([
      [1, null],
      [null, 1],
    ]);
    expect(r.dates).toEqual([
      [false, true],
      [false, false],
    ]);
    expect(r.texts[1]![0]).toBe("#N/A");
  });

  test("the engine's problems, their cell texts filled in, name the cell of the pasted block", () => {
    const r = readGrid(pastedGrid("\tA\tB\tC\nA\t1\t3\tx\nB\t1/3\t1\t3\nC\t\t1/3\t1"), "matrix");
    const problems = withCellTexts(problemsOf(ahp(r.values)), r);
    const where = (i: number, j: number) => `第 ${r.top + i + 1} 行第 ${r.left + j + 1} 列`;
    expect(problems.map((p) => mcdmMessage(p, "zh-CN", where))).toEqual(["第 2 行第 4 列 的值“x”不是数字", "第 4 行第 2 列 为空白，应填写数字"]);
  });

  test("an empty block reads as no values", () => {
    expect(readGrid([], "matrix").values).toEqual([]);
    expect(readGrid([[null, " "]], "matrix").values).toEqual([]);
  });
});

describe("readGrid: a data table", () => {
  test("criteria across, subjects down: the header's names are the labels; 85分 and ８５ are numbers", () => {
    const r = readGrid(
      [
        ["单位", "招商引资", "项目建设"],
        ["区委办", "85分", 90],
        ["区财政局", "８５", "1,234"],
      ],
      "data",
    );
    expect(r.labels).toEqual(["招商引资", "项目建设"]);
    expect(r.rowLabels).toEqual(["区委办", "区财政局"]);
    expect(r.values).toEqual([
      [85, 90],
      [85, 1234],
    ]);
    const w = entropyWeights(r.values, { variant: "sum" }); // 招商引资 is the same for both: weight 0
    expect(w.ok).toBe(true);
  });

  test("fractions are judgements, not data", () => {
    expect(readGrid([["x"], ["1/3"], ["2"]], "data").values).toEqual([[null], [2]]);
  });
});

describe("rangeOrigin", () => {
  test("sheet and top-left cell of Excel's addresses", () => {
    expect(rangeOrigin("Sheet1!B2:E5")).toEqual({ sheet: "Sheet1", row: 1, col: 1 });
    expect(rangeOrigin("'考核 2026'!C4")).toEqual({ sheet: "考核 2026", row: 3, col: 2 });
    expect(rangeOrigin("'It''s'!$AA$10:$AB$11")).toEqual({ sheet: "It's", row: 9, col: 26 });
    expect(rangeOrigin("nonsense")).toBeNull();
  });
});
