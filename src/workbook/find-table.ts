/**
 * The assessment table among a workbook's grids: the named sheet, or the best sheet (other than
 * Assess's own: 考核方案, its 晾晒表, 变更记录) with a recognisable table — a visible one before a
 * hidden one; in a workbook kept one sheet per period, the latest period — with a layout note on
 * the tables passed over. An Excel table (ListObject) on the sheet gives the header row and range
 * directly. Pure: grids in, as any host reads them.
 *
 * The reading is the layout interpretation's (src/workbook/layout/): the sheet whose table scores
 * best (never an instructions sheet), merges, multi-row headers, label rows, rows left out.
 */
import { format } from "../messages";
import { normalizeText } from "../engine/input/labels";
import type { ColumnMap, Lang, Table } from "../engine/types";
import { WorkbookError, type ReadingStop } from "./errors";
import type { SheetGrid } from "./grid";
import { interpretGrid, readSheets, type SheetReading } from "./layout";
import type { Interpretation, Layout, LayoutOptions } from "./layout/types";
import { comparePeriods, parsePeriod, type Period } from "../engine/periods/periods";
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
  /** What was read, and every assumption (the layout report). */
  layout: Layout;
  /** Other visible sheets that hold an assessment table too (not periods), best first. */
  otherSheets: string[];
}

/** Options of {@link findTable}. */
export interface FindTableOptions extends LayoutOptions {
  /** Sheet to read; when absent, the best sheet with a recognisable table (see {@link findTable}). */
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
  const layoutOpts: LayoutOptions = {
    ...(opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {}),
    ...(opts.columns ? { columns: opts.columns } : {}),
    ...(opts.groupRows !== undefined ? { groupRows: opts.groupRows } : {}),
  };
  const done = (grid: SheetGrid, r: Interpretation, otherSheets: string[]): FoundTable => {
    if (!r.ok) throw new WorkbookError(r.error, lang, { sheet: grid.name, row: r.headerRow ?? "", sheets: names, ...(r.params ?? {}) }, readingStop(grid, r));
    return { table: r.table, map: r.map, ownColumns: r.ownColumns, sheet: grid.name, grid, layout: r.layout, otherSheets };
  };
  /** The reading of a sheet chosen among others, with notes on the tables it was chosen over. */
  const chosen = (best: SheetReading, others: readonly SheetReading[], periods: readonly string[]): FoundTable => {
    const found = done(best.grid, best.result, periods.length > 0 ? [] : others.filter((x) => !x.grid.hidden).map((x) => x.grid.name));
    const notes = found.layout.notes;
    if (periods.length > 0) notes.push({ code: "LAYOUT_ASSUMPTION", key: "layout.assume.latestPeriod", params: { sheet: best.grid.name, count: periods.length, periods: periods.join("、") } });
    const hidden = others.filter((x) => x.grid.hidden).map((x) => x.grid.name);
    if (hidden.length > 0) notes.push({ code: "LAYOUT_ASSUMPTION", key: "layout.assume.hiddenSheets", params: { sheets: hidden.join("、") } });
    if (best.grid.hidden) notes.push({ code: "LAYOUT_ASSUMPTION", key: "layout.assume.hiddenChosen", params: { sheet: best.grid.name } });
    return found;
  };
  if (opts.sheet !== undefined) {
    const found = findGrid(list, opts.sheet);
    if (!found) throw new WorkbookError("SHEET_NOT_FOUND", lang, { sheet: opts.sheet, sheets: names });
    const grid = found.grid();
    return done(grid, interpretGrid(grid, layoutOpts), []);
  }
  // The sheet whose table scores best, visible before hidden; period sheets (2026年1月) only when no
  // other sheet holds a table.
  const candidates = list.filter((e) => !isAssessGrid({ name: e.name })).map((e) => e.grid()).filter((g) => !isAssessGrid(g));
  const readings = readSheets(candidates, layoutOpts, (g) => parsePeriod(g.name) !== null);
  const tabled = readings.filter((x) => x.weight > 0);
  if (tabled.length > 0) return chosen(tabled[0]!, tabled.slice(1), []);
  // No other sheet holds a table: the latest period whose sheet does (a visible sheet before a
  // hidden one) — a pivot or a note sheet beside 2026年第一季度 must never be taken for the
  // assessment, and January must not stand for a workbook that has reached March.
  const periodOf = (r: SheetReading) => parsePeriod(r.grid.name) as Period;
  const periodReadings = readSheets(
    candidates.filter((g) => parsePeriod(g.name) !== null),
    layoutOpts,
  ).filter((x) => x.weight > 0);
  if (periodReadings.length > 0) {
    const inOrder = [...periodReadings].sort((a, b) => comparePeriods(periodOf(a), periodOf(b)));
    const latest = [...inOrder].reverse().sort((a, b) => Number(a.grid.hidden === true) - Number(b.grid.hidden === true))[0]!;
    const others = inOrder.filter((x) => x !== latest);
    return chosen(latest, others.filter((x) => x.grid.hidden), others.length > 0 ? inOrder.map((x) => x.grid.name) : []);
  }
  // A sheet with a header but no rows explains more than "no table anywhere".
  const failure = readings.find((x) => !x.result.ok && x.result.error !== "NO_TABLE") ?? readings.find((x) => x.result.ok);
  if (failure) return done(failure.grid, failure.result, []);
  let periodFailure: { grid: SheetGrid; r: Interpretation } | undefined;
  for (const grid of candidates) {
    const r = interpretGrid(grid, layoutOpts);
    if (r.ok) return done(grid, r, []);
    if (!periodFailure && r.error !== "NO_TABLE") periodFailure = { grid, r };
  }
  if (periodFailure) return done(periodFailure.grid, periodFailure.r, []);
  // No header anywhere: a person may still name the header row of the first sheet.
  const first = candidates[0];
  throw new WorkbookError("NO_TABLE", lang, { sheets: names }, first ? readingStop(first, { ok: false, error: "NO_TABLE" }) : undefined);
}

/**
 * Where a reading of a sheet stopped: its header (or, without one, the sheet's width in blank
 * headers), so a person can choose the header row and the columns.
 * @example readingStop(grid, { ok: false, error: "LAYOUT_AMBIGUOUS", headerRow: 2, headers: ["单位", "初评得分", "复核得分"] })
 * // { sheet: "考核结果", headerRow: 2, headers: ["单位", "初评得分", "复核得分"] }
 */
export function readingStop(grid: Pick<SheetGrid, "name" | "cells">, r: Extract<Interpretation, { ok: false }>): ReadingStop {
  let width = 0;
  if (!r.headers) for (const row of grid.cells) if (row && row.length > width) width = row.length;
  return { sheet: grid.name, ...(r.headerRow !== undefined ? { headerRow: r.headerRow } : {}), headers: r.headers ?? new Array<string>(width).fill("") };
}

/** Sheets whose grids are parsed only when asked for (the package reader's `grid(name)`). */
export type LazyGrids = readonly { name: string; grid: () => SheetGrid }[];
