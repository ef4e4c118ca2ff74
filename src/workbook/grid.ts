/**
 * The grid (表格原样): one sheet as a host reads it, before any interpretation — the contract
 * between the readers (the .xlsx package reader, Office.js, the standalone page) and the layout
 * interpretation that turns a grid into a table of subjects. Pure data: no exceljs, Office or Node.
 *
 * Coordinates are 0-based here (row 0 is sheet row 1, column 0 is A); cell addresses shown to a
 * person are 1-based (`Sheet1!B7`).
 */
import type { CellValue } from "../engine/types";

/** A rectangle of cells, 0-based and inclusive on every side. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel table (ListObject, 表格) defined on a sheet. */
export interface GridTable {
  name: string;
  box: CellBox;
  /** Whether the table's first row is its header (Excel's default). */
  headerRow: boolean;
  /** Whether the table's last row is a totals row (left out of the data). */
  totalsRow: boolean;
}

/**
 * One sheet's cells and the structure around them.
 * - `cells[r][c]`: the value at row r, column c; rows may be ragged or missing (blank). Formulas
 *   give their cached result; a merged range holds its value in its top-left cell only.
 * - `merges`, `hiddenRows`, `hiddenCols`, `tables`: as the file (or Excel) defines them.
 */
export interface SheetGrid {
  name: string;
  cells: CellValue[][];
  merges: readonly CellBox[];
  hiddenRows: ReadonlySet<number>;
  hiddenCols: ReadonlySet<number>;
  tables: readonly GridTable[];
  /** The sheet tab is hidden (hidden or veryHidden). */
  hidden?: boolean;
  /**
   * A1 addresses (`C7`) of formulas that have no cached result in the file (their cells are null):
   * the workbook was written by a program that does not calculate. Absent when every formula has one.
   */
  uncached?: string[];
  /** The page footers' text (odd, even, first; joined by newlines), when the file has any: Assess marks its 晾晒表 there. */
  footer?: string;
}

/**
 * A grid of plain cells with no structure (no merges, nothing hidden, no tables).
 * @example plainGrid("Q1", [["单位", "总分"], ["甲", 90]]).merges // []
 */
export function plainGrid(name: string, cells: CellValue[][]): SheetGrid {
  return { name, cells, merges: [], hiddenRows: new Set(), hiddenCols: new Set(), tables: [] };
}
