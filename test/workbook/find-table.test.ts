/**
 * findTable over the package reader's grids finds the same table as the exceljs host's readTable
 * (which it replaces for reading) on every fixture and sample workbook: same sheet, header row,
 * headers, rows, column roles and own columns — or the same error. Then which sheet is read when
 * several hold a table: visible before hidden, the latest period, each choice said.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findTable } from "../../src/workbook/find-table";
import { openPackage } from "../../src/workbook/package";
import { lazyGrids, schemeOfGrids } from "../../src/workbook/workbook-grids";
import { loadWorkbookBytes, readSchemeSheet, readTable } from "../../src/workbook/xlsx";
import { plainGrid, type SheetGrid } from "../../src/workbook/grid";
import type { CellValue } from "../../src/engine/types";

const root = join(__dirname, "../..");
const files = [
  ...readdirSync(join(root, "test/fixtures")).filter((f) => f.endsWith(".xlsx") && f !== "bad-corrupt.xlsx").map((f) => join(root, "test/fixtures", f)),
  ...readdirSync(join(root, "samples")).filter((f) => f.endsWith(".xlsx")).map((f) => join(root, "samples", f)),
];

const outcome = (fn: () => unknown) => {
  try {
    return { ok: fn() };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

test.each(files.map((f) => [f.slice(root.length + 1), f]))("%s: the same table and scheme as readTable", async (_name, file) => {
  const bytes = readFileSync(file);
  const wb = await loadWorkbookBytes(bytes, file);
  const sheets = lazyGrids(openPackage(bytes));
  const old = outcome(() => {
    const r = readTable(wb, { lang: "zh-CN" });
    return { table: r.table, map: r.map, ownColumns: r.ownColumns, sheet: r.worksheetName };
  });
  const now = outcome(() => {
    const r = findTable(sheets, { lang: "zh-CN" });
    return { table: r.table, map: r.map, ownColumns: r.ownColumns, sheet: r.sheet };
  });
  expect(now).toEqual(old);
  expect(outcome(() => schemeOfGrids(sheets, "zh-CN"))).toEqual(outcome(() => readSchemeSheet(wb, "zh-CN")));
});

describe("which sheet, when several hold a table", () => {
  const table = (n: number, first: number): CellValue[][] => [["类别", "单位", "总分", "等次"], ...Array.from({ length: n }, (_, i) => ["区直", `单位${i + 1}`, first - i, i < 3 ? "优秀" : "良好"])];
  const sheet = (name: string, cells: CellValue[][], hidden = false): SheetGrid => ({ ...plainGrid(name, cells), ...(hidden ? { hidden } : {}) });
  const keys = (r: ReturnType<typeof findTable>) => r.layout.notes.map((n) => n.key);

  test("a visible sheet before a hidden one with more rows (last year's copy, hidden); the hidden one is named", () => {
    const r = findTable([sheet("旧表", table(60, 95), true), sheet("考核结果", table(58, 90))], { lang: "zh-CN" });
    expect(r.sheet).toBe("考核结果");
    expect(r.otherSheets).toEqual([]);
    expect(r.layout.notes).toContainEqual(expect.objectContaining({ key: "layout.assume.hiddenSheets", params: { sheets: "旧表" } }));
  });

  test("a hidden sheet is read when no visible one holds a table, and said to be hidden", () => {
    const r = findTable([sheet("说明", [["本表由系统导出"]]), sheet("考核结果", table(10, 90), true)], { lang: "zh-CN" });
    expect(r.sheet).toBe("考核结果");
    expect(keys(r)).toContain("layout.assume.hiddenChosen");
  });

  test("sheets by period: the latest period, whatever the tab order, with every period named", () => {
    const r = findTable([sheet("2026年3月", table(12, 90)), sheet("2026年1月", table(11, 92)), sheet("2026年2月", table(12, 91))], { lang: "zh-CN" });
    expect(r.sheet).toBe("2026年3月");
    expect(r.otherSheets).toEqual([]);
    expect(r.layout.notes).toContainEqual(expect.objectContaining({ key: "layout.assume.latestPeriod", params: { sheet: "2026年3月", count: 3, periods: "2026年1月、2026年2月、2026年3月" } }));
  });

  test("a hidden latest period gives way to the latest visible one", () => {
    const r = findTable([sheet("2025年度", table(20, 90)), sheet("2026年度", table(20, 90), true)], { lang: "zh-CN" });
    expect(r.sheet).toBe("2025年度");
    expect(keys(r)).toEqual(expect.arrayContaining(["layout.assume.latestPeriod", "layout.assume.hiddenSheets"]));
  });

  test("a summary sheet is no second assessment table: dashes in its 等次, counts in its 考核对象数, units repeated per tier", () => {
    const dashes = sheet("汇总", [["类别", "考核对象数", "优秀个数", "优秀比例", "等次"], ["区直", 20, 6, "30%", "—"], ["乡镇", 10, 3, "30%", "—"], ["合计", 30, 9, "30%", "—"]]);
    const counts = sheet("等次统计", [["类别", "考核对象数", "等次", "个数"], ["区直", 20, "优秀", 6], ["区直", 20, "良好", 14], ["乡镇", 10, "优秀", 3]]);
    const perUnit = sheet("各单位等次", [["单位", "等次", "人数"], ["区财政局", "优秀", 2], ["区财政局", "良好", 5], ["区教育局", "优秀", 3], ["区教育局", "良好", 9]]);
    const r = findTable([sheet("考核结果", table(30, 95)), dashes, counts, perUnit], { lang: "zh-CN" });
    expect(r.sheet).toBe("考核结果");
    // Before, both were "other assessment tables", each checked — and each failed for want of a score column.
    expect(r.otherSheets).toEqual([]);
  });

  test("a table with a 期间 column keeps its weight although each unit repeats once a month", () => {
    const months = ["2026年1月", "2026年2月", "2026年3月"];
    const long = sheet("月度考核", [["期间", "类别", "单位", "总分", "等次"], ...months.flatMap((m) => Array.from({ length: 10 }, (_, i) => [m, "区直", `单位${i + 1}`, 90 - i, i < 3 ? "优秀" : "良好"]))]);
    const r = findTable([sheet("附表", table(5, 90)), long], { lang: "zh-CN" });
    expect(r.sheet).toBe("月度考核");
    expect(r.otherSheets).toEqual(["附表"]);
  });

  test("one sheet with a table: nothing to say", () => {
    const r = findTable([sheet("2026年3月", table(12, 90)), sheet("Sheet2", [])], { lang: "zh-CN" });
    expect(keys(r).filter((k) => /latestPeriod|hidden/.test(k))).toEqual([]);
  });
});
