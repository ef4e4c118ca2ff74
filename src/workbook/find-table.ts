/**
 * The assessment table among a workbook's grids: the named sheet, or the first sheet (other than
 * Assess's own: 考核方案, its 晾晒表, 变更记录) with a recognisable table. An Excel table (ListObject)
 * on the sheet gives the header row and range directly. Pure: grids in, as any host reads them.
 *
 * For now this is the exceljs host's logic (readTable) on SheetGrid; the layout interpretation
 * (issue 12) replaces its body with the same signature.
 */
import { format } from "../engine/messages";
import { normalizeText } from "../engine/labels";
import type { CellValue, ColumnMap, Lang, Table } from "../engine/types";
import { WorkbookError } from "./errors";
import type { GridTable, SheetGrid } from "./grid";
import { detectTable, type DetectResult } from "./headers";
import { BOARD_MARKER } from "./host";
import { isRecordSheetName } from "./record-layout";
import { SCHEME_SHEET } from "./scheme-sheet";

/** What {@link findTable} returns. */
export interface FoundTable {
  table: Table;
  map: ColumnMap;
  ownColumns: Record<string, number>;
  /** The sheet's name. */
  sheet: string;
  grid: SheetGrid;
}

/** Options of {@link findTable}. */
export interface FindTableOptions {
  /** Sheet to read; the first sheet with a recognisable table when absent. */
  sheet?: string;
  /** 1-based header row, when header detection should not guess. */
  headerRow?: number;
  lang?: Lang;
}

/**
 * A grid by exact name, else by normalised name (全角/繁体/case).
 * @example findGrid(grids, "考核結果")?.name // "考核结果"
 */
export function findGrid<G extends { name: string }>(grids: readonly G[], name: string): G | undefined {
  const exact = grids.find((g) => g.name === name);
  if (exact) return exact;
  const key = normalizeText(name);
  return grids.find((g) => normalizeText(g.name) === key);
}

/** Whether a grid is a 晾晒表 Assess wrote (its footer holds the marker). */
export function isBoardGrid(grid: Pick<SheetGrid, "footer">): boolean {
  return grid.footer !== undefined && grid.footer.includes(BOARD_MARKER);
}

/** The sheets Assess writes (考核方案, its 晾晒表, 变更记录): never read as the assessment table. */
export function isAssessGrid(grid: Pick<SheetGrid, "name" | "footer">): boolean {
  const key = normalizeText(grid.name);
  const names = [SCHEME_SHEET, "Scheme", format("board.sheet", "zh-CN"), format("board.sheet", "en-US")].map(normalizeText);
  return names.includes(key) || isBoardGrid(grid) || isRecordSheetName(grid.name);
}

/** Detect the table inside an Excel table's range: its header row, its columns, its totals row left out. */
function detectInExcelTable(cells: CellValue[][], sheet: string, t: GridTable): DetectResult | null {
  if (!t.headerRow) return null;
  const { box } = t;
  const bottom = box.bottom + 1 - (t.totalsRow ? 1 : 0);
  const clipped: CellValue[][] = [];
  for (let r = 0; r < bottom; r++) {
    const src = cells[r] ?? [];
    clipped.push(r < box.top ? [] : src.slice(0, box.right + 1).map((v, c) => (c < box.left ? null : v)));
  }
  return detectTable(clipped, sheet, { headerRow: box.top + 1 });
}

function detectGrid(grid: SheetGrid, headerRow: number | undefined): DetectResult {
  if (headerRow === undefined) {
    for (const t of grid.tables) {
      const r = detectInExcelTable(grid.cells, grid.name, t);
      if (r?.ok) return r;
    }
  }
  return detectTable(grid.cells, grid.name, headerRow === undefined ? {} : { headerRow });
}

/**
 * Find the assessment table among a workbook's grids (in tab order). `grids` may be lazy: only
 * the sheets looked at are asked for, so pass a getter list when parsing is costly.
 * @throws WorkbookError SHEET_NOT_FOUND, NO_TABLE, NO_NAME_COLUMN, EMPTY_TABLE
 * @example const { table, map, sheet } = findTable(pkg.grids(), { lang: "zh-CN" }); map.score // 6
 */
export function findTable(grids: readonly SheetGrid[] | LazyGrids, opts: FindTableOptions = {}): FoundTable {
  const lang = opts.lang ?? "zh-CN";
  const list: LazyGrids = grids.map((g) => ("cells" in g ? { name: g.name, grid: () => g } : g));
  const names = list.map((g) => g.name).join(", ");
  const done = (grid: SheetGrid, r: DetectResult): FoundTable => {
    if (!r.ok) throw new WorkbookError(r.error, lang, { sheet: grid.name, row: r.headerRow ?? "", sheets: names });
    return { table: r.table, map: r.map, ownColumns: r.ownColumns, sheet: grid.name, grid };
  };
  if (opts.sheet !== undefined) {
    const found = findGrid(list, opts.sheet);
    if (!found) throw new WorkbookError("SHEET_NOT_FOUND", lang, { sheet: opts.sheet, sheets: names });
    const grid = found.grid();
    return done(grid, detectGrid(grid, opts.headerRow));
  }
  // A sheet with a header but no rows explains more than "no table anywhere".
  let failure: { grid: SheetGrid; r: DetectResult } | undefined;
  for (const entry of list) {
    if (isAssessGrid({ name: entry.name })) continue;
    const grid = entry.grid();
    if (isAssessGrid(grid)) continue;
    const r = detectGrid(grid, opts.headerRow);
    if (r.ok) return done(grid, r);
    if (!failure && r.error !== "NO_TABLE") failure = { grid, r };
  }
  if (failure) return done(failure.grid, failure.r);
  throw new WorkbookError("NO_TABLE", lang, { sheets: names });
}

/** Sheets whose grids are parsed only when asked for (the package reader's `grid(name)`). */
export type LazyGrids = readonly { name: string; grid: () => SheetGrid }[];
