/**
 * Header detection (表头识别), kept for its callers: the work is done by the layout interpretation
 * (src/workbook/layout/), which reads merged cells, multi-row headers, group label rows and rows
 * that are not subjects. `detectTable` reads plain cells (no merges) through it.
 */
import type { CellValue, ColumnMap, Table } from "../engine/types";
import type { WorkbookErrorCode } from "./errors";
import { plainGrid } from "./grid";
import { interpretGrid } from "./layout/interpret";
import type { Layout } from "./layout/types";

export { HEADER_SYNONYMS, OWN_PREFIX, findColumn, isOwnHeader } from "./layout/vocabulary";
export { HEADER_SEARCH_ROWS } from "./layout/interpret";

/** What {@link detectTable} found, or why it found nothing. */
export type DetectResult =
  | { ok: true; table: Table; map: ColumnMap; ownColumns: Record<string, number>; layout: Layout }
  | { ok: false; error: WorkbookErrorCode; /** 1-based row of the header, when one was found. */ headerRow?: number; params?: Record<string, string | number> };

/** Options of {@link detectTable}. */
export interface DetectOptions {
  /** 1-based sheet row of the header; found automatically when absent. */
  headerRow?: number;
}

/**
 * Find the assessment table in a sheet's plain cells and map its columns to roles.
 * `grid[r][c]` is the cell at sheet row r+1, column c (0-based; A is 0).
 * @example
 * detectTable([["2026年一季度考核结果"], [], ["单位", "总分"], ["甲", 90]], "Q1")
 * // { ok: true, table: { sheet: "Q1", headerRow: 3, headers: ["单位", "总分"], rows: [4], columns: [["甲"], [90]] }, map: { name: 0, score: 1 }, … }
 */
export function detectTable(grid: CellValue[][], sheet: string, opts: DetectOptions = {}): DetectResult {
  return interpretGrid(plainGrid(sheet, grid), opts.headerRow === undefined ? {} : { headerRow: opts.headerRow });
}
