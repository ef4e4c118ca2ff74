/**
 * Assess's own sheets read from grids (any host's): the 考核方案 scheme, the 变更记录 record. The
 * grid-based counterparts of xlsx.ts readSchemeSheet and record-sheet.ts readRecordSheet.
 */
import type { Lang } from "../engine/types";
import { findGrid, type LazyGrids } from "./find-table";
import type { SheetGrid } from "./grid";
import { isRecordSheetName, readRecordGrid, type RecordRead } from "./record-layout";
import { SCHEME_SHEET, layoutOfColumn, schemeFromGrid } from "./scheme-sheet";
import type { LayoutOptions } from "./layout/types";

/**
 * The sheets of an opened package, each parsed only when its grid is asked for.
 * @example findTable(lazyGrids(pkg), { lang })
 */
export function lazyGrids(pkg: { sheets: readonly { name: string }[]; grid(name: string): SheetGrid }): LazyGrids {
  return pkg.sheets.map((s) => ({ name: s.name, grid: () => pkg.grid(s.name) }));
}

/**
 * The scheme stored in the workbook's 考核方案 (or Scheme) sheet, as parsed JSON, or null when there
 * is no such sheet.
 * @throws WorkbookError SCHEME_SHEET_INVALID when column A holds no readable JSON.
 * @example schemeOfGrids(lazyGrids(pkg), "zh-CN") // { schemaVersion: 1, … } or null
 */
export function schemeOfGrids(sheets: LazyGrids, lang: Lang = "zh-CN"): unknown | null {
  const s = findGrid(sheets, SCHEME_SHEET) ?? findGrid(sheets, "Scheme");
  return s ? schemeFromGrid(s.grid(), lang) : null;
}

/**
 * The decision record of the workbook's 变更记录 sheet (empty without one).
 * @example recordOfGrids(lazyGrids(pkg), "zh-CN").overrides.length // 2
 */
export function recordOfGrids(sheets: LazyGrids, lang: Lang = "zh-CN"): RecordRead {
  const s = sheets.find((x) => isRecordSheetName(x.name));
  return s ? readRecordGrid(s.grid().cells, s.name, lang) : { overrides: [], problems: [] };
}

/**
 * The reading options remembered in the 考核方案 sheet (its 版式 entry, written by apply), or null
 * when there are none or they cannot be read (then the sheet is read afresh).
 * @example layoutOfGrids(lazyGrids(pkg)) // { columns: { name: "C" }, groupRows: true }
 */
export function layoutOfGrids(sheets: LazyGrids): LayoutOptions | null {
  const s = findGrid(sheets, SCHEME_SHEET) ?? findGrid(sheets, "Scheme");
  return s ? layoutOfColumn(s.grid().cells.map((row) => row[0])) : null;
}
