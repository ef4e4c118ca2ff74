/** Cells as clerks type them → a number, or a problem carrying the cell's address. Never a silent 0. */
import { cellAddress, columnLetter, parseCell } from "../../src/engine/input/cells";
import { excelRound, placesOf } from "../../src/engine/rules/round";

describe("parseCell", () => {
  test.each([
    [85, 85],
    ["85", 85],
    ["85分", 85],
    ["85.5 分", 85.5],
    ["８５", 85],
    ["８５．５分", 85.5],
    ["85%", 85],
    ["1,234.5", 1234.5],
    ["−3", -3],
    [" 90 ", 90],
    [".5", 0.5],
  ])("%p → %p", (value, expected) => {
    expect(parseCell(value, "表1!E7", "score")).toEqual({ ok: true, value: expected });
  });

  test('"85%" reads as 0.85 where the cell is a rate', () => {
    expect(parseCell("85%", "表1!E7", "indicator:开工率", { percent: "fraction" })).toEqual({ ok: true, value: 0.85 });
  });

  test.each([
    [null, "MISSING_VALUE", "blank"],
    ["", "MISSING_VALUE", "blank"],
    ["　", "MISSING_VALUE", "blank"],
    [{ error: "#N/A" }, "BAD_CELL", "errorValue"],
    ["#DIV/0!", "BAD_CELL", "errorValue"],
    ["缺考", "BAD_CELL", "notANumber"],
    ["八十五", "BAD_CELL", "notANumber"],
    ["85-90", "BAD_CELL", "notANumber"],
    ["约85", "BAD_CELL", "notANumber"],
    [true, "BAD_CELL", "boolean"],
    [new Date(Date.UTC(2026, 0, 1)), "BAD_CELL", "date"],
    [Number.NaN, "BAD_CELL", "notFinite"],
  ])("%p is a %s (%s) with its address", (value, code, reason) => {
    const r = parseCell(value as never, "表1!E7", "score", { subject: "区财政局" });
    expect(r).toMatchObject({ ok: false, problem: { code, reason, cell: "表1!E7", field: "score", subject: "区财政局" } });
  });
});

describe("cell addresses", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (c, l) => expect(columnLetter(c)).toBe(l));
  test("sheet names are quoted where Excel quotes them", () => {
    expect(cellAddress("表1", 4, 7)).toBe("表1!E7");
    expect(cellAddress("2026年第一季度", 4, 7)).toBe("'2026年第一季度'!E7");
    expect(cellAddress("My Sheet", 0, 1)).toBe("'My Sheet'!A1");
    expect(cellAddress("O'Brien (1)", 0, 1)).toBe("'O''Brien (1)'!A1");
  });
});

describe("rounding like Excel's ROUND: 15 significant digits, then half away from zero", () => {
  test.each([
    [77.975, 2, 77.98], // Math.round(77.975 * 100) / 100 gives 77.97
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [123.456, -1, 120],
    [0.1 + 0.2, 15, 0.3],
    [89.99999999999999, 2, 90],
  ])("ROUND(%p, %i) = %p", (v, d, r) => expect(excelRound(v, d)).toBe(r));
  test("10 × 30% is 3 places, not 2 (floating point 2.9999999999999996)", () => {
    expect(placesOf(0.3, 10, "floor")).toBe(3);
    expect(placesOf(0.1, 30, "floor")).toBe(3);
    expect(placesOf(0.7, 10, "floor")).toBe(7);
  });
});
