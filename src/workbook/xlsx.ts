/**
 * The .xlsx host: reads the assessment table out of a workbook file and writes results, the
 * 晾晒表 board and the 考核方案 sheet back, with exceljs — in Node (the CLI, through xlsx-file.ts)
 * and in the standalone page; inside Excel the Office host does the same through Office.js.
 *
 * Sheets Assess writes and how it recognises them:
 * - 考核方案: the scheme as JSON in column A (A1 a label, A2 down the JSON in chunks of at most
 *   30,000 characters), a readable summary from column C. Always named 考核方案 (the contract with
 *   the add-in); "Scheme" is read too.
 * - 晾晒表 / Board: marked by its page footer, which holds {@link BOARD_MARKER}. A sheet of that
 *   name without the marker is the user's and is never replaced: the board goes to 晾晒表(Assess).
 */
import ExcelJS from "exceljs";
import { z } from "zod";
import { format } from "../messages";
import type { CellValue, ColumnMap, Lang, Light, Table } from "../engine/types";
import { normalizeText } from "../engine/input/labels";
import { WorkbookError } from "./errors";
import type { CellBox, GridTable, SheetGrid } from "./grid";
import { findTable } from "./find-table";
import { interpretGrid } from "./layout";
import type { Interpretation, Layout, LayoutOptions } from "./layout/types";
import { placeColumns } from "./placement";
import { SCHEME_CHUNK, SCHEME_SHEET, chunkText, layoutEntry } from "./scheme-sheet";
import { schemeSheetLayout } from "./scheme-summary";
import { BOARD_MARKER } from "./host";
import type { BoardRow } from "../engine/check/outputs";
import { OVERRIDE_MARK } from "../engine/record/decided";

// ── reading ───────────────────────────────────────────────────────────────────────────────

/**
 * Open a workbook from its bytes (the standalone page's file picker; the Node host reads files).
 * @throws WorkbookError NOT_XLSX when the bytes are not a readable workbook or hold no sheets.
 */
export async function loadWorkbookBytes(bytes: ArrayBuffer | Uint8Array, name: string, lang: Lang = "zh-CN"): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as ArrayBuffer);
  } catch {
    throw new WorkbookError("NOT_XLSX", lang, { path: name, hint: format("workbook.hint.corrupt", lang) });
  }
  if (wb.worksheets.length === 0) throw new WorkbookError("NOT_XLSX", lang, { path: name, hint: format("workbook.hint.noSheets", lang) });
  return wb;
}

/** An exceljs value reduced to plain data. */
function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof Date) return v;
  if ("error" in v) return { error: v.error };
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("formula" in v || "sharedFormula" in v) {
    const r = v.result;
    if (r === undefined || r === null) return null;
    return plain(r as ExcelJS.CellValue);
  }
  if ("hyperlink" in v) {
    const t: unknown = v.text;
    return typeof t === "string" ? t : plain(t as ExcelJS.CellValue);
  }
  return null;
}

/**
 * A worksheet's cells as plain values: `grid[r][c]` is the cell at row r+1, column c (A = 0).
 * Formulas give their cached result (null when there is none), errors `{ error: "#N/A" }`, rich
 * text and hyperlinks their text; a merged range holds its value in the master cell only.
 * @example sheetGrid(wb.getWorksheet("Q1")!)[3]?.[1] // "区财政局"
 */
export function sheetGrid(ws: ExcelJS.Worksheet): CellValue[][] {
  const grid: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = plain(cell.value);
      if (v !== null) cells[c - 1] = v;
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    grid[r - 1] = cells;
  });
  for (let r = 0; r < grid.length; r++) if (grid[r] === undefined) grid[r] = [];
  return grid;
}

/** The Excel tables (ListObjects) of a sheet, as exceljs keeps them after loading or adding. */
interface SheetTable {
  name?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
}

function excelTables(ws: ExcelJS.Worksheet): SheetTable[] {
  const tables = (ws as unknown as { tables?: Record<string, { table?: SheetTable; model?: SheetTable }> }).tables ?? {};
  return Object.values(tables)
    .map((t) => t.table ?? t.model)
    .filter((t): t is SheetTable => !!t && typeof (t.tableRef ?? t.ref) === "string");
}

/** Decode "B3:F20" (or a single "B3") to 1-based bounds. */
function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const left = col(m[1] as string);
  const top = Number(m[2]);
  const right = m[3] ? col(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return { top, left, bottom, right };
}

/**
 * A worksheet as a {@link SheetGrid}: values, merged ranges (`ws.model.merges`), hidden rows and
 * columns, Excel tables and whether the tab is hidden. The adapter until the package reader
 * (src/workbook/package/) gives grids directly.
 * @example worksheetGrid(ws).merges[0] // { top: 3, left: 0, bottom: 10, right: 0 }
 */
export function worksheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const merges: CellBox[] = [];
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const b = decodeRange(ref);
    if (b) merges.push({ top: b.top - 1, left: b.left - 1, bottom: b.bottom - 1, right: b.right - 1 });
  }
  const hiddenRows = new Set<number>();
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.add(r - 1);
  });
  const hiddenCols = new Set<number>();
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenCols.add(c - 1);
  const tables: GridTable[] = [];
  for (const t of excelTables(ws)) {
    const b = decodeRange((t.tableRef ?? t.ref) as string);
    if (b) tables.push({ name: t.name ?? "", box: { top: b.top - 1, left: b.left - 1, bottom: b.bottom - 1, right: b.right - 1 }, headerRow: t.headerRow !== false, totalsRow: t.totalsRow === true });
  }
  const state = (ws as unknown as { state?: string }).state;
  const hf = ws.headerFooter ?? {};
  const footer = [hf.oddFooter, hf.evenFooter, hf.firstFooter].filter((f): f is string => typeof f === "string").join("\n");
  return {
    name: ws.name,
    cells: sheetGrid(ws),
    merges,
    hiddenRows,
    hiddenCols,
    tables,
    ...(state === "hidden" || state === "veryHidden" ? { hidden: true } : {}),
    ...(footer ? { footer } : {}),
  };
}

/** Sheet names in the order the workbook shows them, for messages. */
function sheetNames(wb: ExcelJS.Workbook): string {
  return wb.worksheets.map((w) => w.name).join(", ");
}

/** Find a sheet by exact name, else by normalised name (全角/繁体/case). */
function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const exact = wb.worksheets.find((w) => w.name === name);
  if (exact) return exact;
  const key = normalizeText(name);
  return wb.worksheets.find((w) => normalizeText(w.name) === key);
}

/** What {@link readTable} returns. */
export interface ReadTableResult {
  table: Table;
  map: ColumnMap;
  ownColumns: Record<string, number>;
  worksheetName: string;
  worksheet: ExcelJS.Worksheet;
  /** What was read, and every assumption (the layout report). */
  layout: Layout;
  /** Other sheets that hold an assessment table too (not periods), best first. */
  otherSheets: string[];
}

/** Options of {@link readTable}. */
export interface ReadTableOptions extends LayoutOptions {
  /** Sheet to read; the sheet whose table scores best when absent. */
  sheet?: string;
  lang?: Lang;
}

/** The error of a reading that gave no table, in the language asked for. */
export function layoutError(r: Extract<Interpretation, { ok: false }>, sheet: string, sheets: string, lang: Lang): WorkbookError {
  return new WorkbookError(r.error, lang, { sheet, row: r.headerRow ?? "", sheets, ...(r.params ?? {}) }, { sheet, ...(r.headerRow !== undefined ? { headerRow: r.headerRow } : {}), headers: r.headers ?? [] });
}

/**
 * Read the assessment table of a workbook: the named sheet, or the sheet whose table scores best
 * (most subjects with a score or tier; never 考核方案, Assess's 晾晒表, or an instructions sheet
 * such as 填报说明). The layout interpretation (src/workbook/layout/) reads merges, multi-row
 * headers, group label rows, rows left out and pending; `layout` reports it.
 * @throws WorkbookError SHEET_NOT_FOUND, NO_TABLE, NO_NAME_COLUMN, EMPTY_TABLE, LAYOUT_AMBIGUOUS, LAYOUT_COLUMN_NOT_FOUND, LAYOUT_SIDE_BY_SIDE
 * @example const { table, map, layout } = readTable(wb, { lang: "zh-CN" }); layout.groups.from // "column"
 */
export function readTable(wb: ExcelJS.Workbook, opts: ReadTableOptions = {}): ReadTableResult {
  const lang = opts.lang ?? "zh-CN";
  const layoutOpts: LayoutOptions = {
    ...(opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {}),
    ...(opts.columns ? { columns: opts.columns } : {}),
    ...(opts.groupRows !== undefined ? { groupRows: opts.groupRows } : {}),
  };
  const done = (ws: ExcelJS.Worksheet, r: Interpretation, others: string[]): ReadTableResult => {
    if (!r.ok) throw layoutError(r, ws.name, sheetNames(wb), lang);
    return { table: r.table, map: r.map, ownColumns: r.ownColumns, worksheetName: ws.name, worksheet: ws, layout: r.layout, otherSheets: others };
  };
  if (opts.sheet !== undefined) {
    const ws = findSheet(wb, opts.sheet);
    if (!ws) throw new WorkbookError("SHEET_NOT_FOUND", lang, { sheet: opts.sheet, sheets: sheetNames(wb) });
    return done(ws, interpretGrid(worksheetGrid(ws), layoutOpts), []);
  }
  // The same choice of sheet as every other host: findTable over the sheets' grids.
  const found = findTable(
    wb.worksheets.map((ws) => ({ name: ws.name, grid: () => worksheetGrid(ws) })),
    { ...layoutOpts, lang },
  );
  const ws = wb.worksheets.find((w) => w.name === found.sheet) as ExcelJS.Worksheet;
  return { table: found.table, map: found.map, ownColumns: found.ownColumns, worksheetName: ws.name, worksheet: ws, layout: found.layout, otherSheets: found.otherSheets };
}


// ── the 考核方案 sheet ──────────────────────────────────────────────────────────────────

export { SCHEME_SHEET, SCHEME_CHUNK };

function schemeSheetOf(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return findSheet(wb, SCHEME_SHEET) ?? findSheet(wb, "Scheme");
}

/**
 * The scheme stored in the workbook's 考核方案 sheet, as parsed JSON (not yet validated: give it to
 * `parseScheme`), or null when there is no such sheet.
 * @throws WorkbookError SCHEME_SHEET_INVALID when column A holds no readable JSON.
 * @example const input = readSchemeSheet(wb); if (input) parseScheme(input, "zh-CN");
 */
export function readSchemeSheet(wb: ExcelJS.Workbook, lang: Lang = "zh-CN"): unknown | null {
  const ws = schemeSheetOf(wb);
  if (!ws) return null;
  let json = "";
  for (let r = 2; r <= ws.rowCount; r++) {
    const v = plain(ws.getCell(r, 1).value);
    if (v === null || v === "") break;
    json += typeof v === "string" ? v : String(v);
  }
  try {
    if (json.trim() === "") throw new Error(format("schemeSheet.none", lang));
    return JSON.parse(json) as unknown;
  } catch (e) {
    throw new WorkbookError("SCHEME_SHEET_INVALID", lang, { sheet: ws.name, detail: (e as Error).message });
  }
}

export { chunkText };

/** What the layout entry may hold (the reading options a person chose). */
const LayoutEntry = z.object({
  headerRow: z.number().int().positive().optional(),
  columns: z.record(z.string(), z.string()).optional(),
  groupRows: z.boolean().optional(),
});

/**
 * The reading options remembered in the 考核方案 sheet (the 版式 entry after the scheme JSON), or
 * null when none were remembered or the entry cannot be read (then the sheet is read afresh).
 * @example readLayoutEntry(wb) // { columns: { name: "C" }, groupRows: true }
 */
export function readLayoutEntry(wb: ExcelJS.Workbook): LayoutOptions | null {
  const ws = schemeSheetOf(wb);
  if (!ws) return null;
  const column: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) column.push(plain(ws.getCell(r, 1).value));
  const text = layoutEntry(column);
  if (text === null) return null;
  try {
    const parsed = LayoutEntry.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as LayoutOptions) : null;
  } catch {
    return null;
  }
}

/** Replace (or add) a sheet, keeping the replaced sheet's place in the tab order. */
function freshSheet(wb: ExcelJS.Workbook, name: string, old: ExcelJS.Worksheet | undefined): ExcelJS.Worksheet {
  // exceljs orders tabs by `orderNo`, which its typings do not declare.
  type Ordered = { orderNo?: number };
  const orderNo = old ? (old as unknown as Ordered).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name);
  if (orderNo !== undefined) (ws as unknown as Ordered).orderNo = orderNo;
  return ws;
}

/**
 * Write the scheme into the workbook's 考核方案 sheet (replacing it): A1 a label, column A from
 * row 2 the JSON in chunks of at most 30,000 characters, and from column C a summary for reading
 * (tiers with labels, quota and threshold; forced bottom; caps; lights; indicators).
 * The input is stored as given; validate it with `parseScheme` first.
 * @example writeSchemeSheet(wb, presetInput("jiuyuan"), "zh-CN")
 */
export function writeSchemeSheet(wb: ExcelJS.Workbook, schemeInput: unknown, lang: Lang = "zh-CN", layout?: LayoutOptions): ExcelJS.Worksheet {
  const ws = freshSheet(wb, SCHEME_SHEET, schemeSheetOf(wb));
  const sheet = schemeSheetLayout(schemeInput, lang, layout);
  sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row, c.col + 1);
    cell.value = c.value;
    if (c.bold) cell.font = { bold: true };
  }
  return ws;
}

// ── writing results ───────────────────────────────────────────────────────────────────

/** One column of results to write: its header (【计算】…) and a value per table row. */
export interface ResultColumn {
  key: string;
  header: string;
  /** Index-aligned with `table.rows`. */
  values: (string | number | null)[];
}

/** Options of {@link writeColumns}. */
export interface WriteColumnsOptions {
  /** Copy the header row's style to new header cells (default true). */
  keepHeaderStyle?: boolean;
}

function isEmptyCell(ws: ExcelJS.Worksheet, row: number, col: number): boolean {
  const v = ws.findCell(row, col)?.value;
  return v === null || v === undefined || v === "";
}

/**
 * Write result columns into the table's sheet. A column whose header is already one of the
 * table's own (【计算】) columns is overwritten in place, so applying twice changes nothing; the
 * others go to the right of the table, in the first columns that are empty on the header row and
 * every data row. No other cell is touched. Returns the 0-based column each key was written to.
 * @example writeColumns(ws, table, ownColumns, [{ key: "tier", header: "【计算】等次", values: ["优秀", "良好"] }])
 */
export function writeColumns(
  ws: ExcelJS.Worksheet,
  table: Table,
  ownColumns: Record<string, number>,
  columns: ResultColumn[],
  opts: WriteColumnsOptions = {},
): Record<string, number> {
  const placed = placeColumns(table, ownColumns, columns, (row, col) => isEmptyCell(ws, row, col + 1));
  const own = new Set(Object.values(ownColumns));
  const styleFrom = table.headers.length > 0 ? ws.getCell(table.headerRow, table.headers.length) : undefined;
  for (const column of columns) {
    const col = placed[column.key] as number;
    const head = ws.getCell(table.headerRow, col + 1);
    if (!own.has(col) && opts.keepHeaderStyle !== false && styleFrom && Object.keys(styleFrom.style ?? {}).length > 0)
      head.style = structuredClone(styleFrom.style);
    head.value = column.header;
    table.rows.forEach((row, i) => {
      ws.getCell(row, col + 1).value = column.values[i] ?? null;
    });
  }
  return placed;
}

// ── the 晾晒表 board ─────────────────────────────────────────────────────────────────────

/** One line of the 晾晒表 (from the engine's `boardRows`), already sorted by the caller. */
export type { BoardRow };

/** Options of {@link writeBoard}. */
export interface BoardOptions {
  lang: Lang;
  /** Title above the table; 晾晒表 / "Assessment board" when absent. */
  title?: string;
}

export { BOARD_MARKER };

/** Fill and font of each light: the colours of Excel's "Good / Neutral / Bad" cell styles. */
export const LIGHT_STYLE: Record<Light, { fill: string; font: string }> = {
  green: { fill: "FFC6EFCE", font: "FF006100" },
  yellow: { fill: "FFFFEB9C", font: "FF9C5700" },
  red: { fill: "FFFFC7CE", font: "FF9C0006" },
};

/** Whether a sheet is a board Assess wrote (its footer holds the marker). */
export function isBoardSheet(ws: ExcelJS.Worksheet): boolean {
  const hf = ws.headerFooter ?? {};
  return [hf.oddFooter, hf.evenFooter, hf.firstFooter].some((f) => typeof f === "string" && f.includes(BOARD_MARKER));
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFBFBFBF" } },
  left: { style: "thin", color: { argb: "FFBFBFBF" } },
  bottom: { style: "thin", color: { argb: "FFBFBFBF" } },
  right: { style: "thin", color: { argb: "FFBFBFBF" } },
};

/**
 * Write the 晾晒表 board sheet (Board in en-US): a title row, then 类别, 排名, 单位, 得分, 等次,
 * 亮灯 in the order given; each light cell holds the word (绿/黄/红) and its fill. An existing
 * board written by Assess is replaced in place; a user's sheet of that name is left alone and the
 * board goes to 晾晒表(Assess). Printable: header repeated on each page, fitted to the page width.
 * @example writeBoard(wb, [{ group: "区直单位", rank: 1, name: "区财政局", score: 95.2, tier: "优秀", light: "green" }], { lang: "zh-CN" })
 */
export function writeBoard(wb: ExcelJS.Workbook, rows: BoardRow[], opts: BoardOptions): ExcelJS.Worksheet {
  const { lang } = opts;
  const base = format("board.sheet", lang);
  let name = base;
  for (let n = 1; ; n++) {
    const existing = findSheet(wb, name);
    if (!existing || isBoardSheet(existing)) break;
    name = n === 1 ? `${base}(Assess)` : `${base}(Assess ${n})`;
  }
  const ws = freshSheet(wb, name, findSheet(wb, name));

  const headers = (["board.group", "board.rank", "board.name", "board.score", "board.tier", "board.light"] as const).map((k) => format(k, lang));
  const widths = [16, 8, 30, 10, 12, 8];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  ws.mergeCells(1, 1, 1, headers.length);
  const title = ws.getCell(1, 1);
  title.value = opts.title ?? format("board.title", lang);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(1).height = 28;

  const head = ws.getRow(2);
  headers.forEach((h, i) => {
    const cell = head.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    cell.border = THIN;
  });

  rows.forEach((b, i) => {
    const row = ws.getRow(i + 3);
    const light = b.light ? format(`light.${b.light}`, lang) + (b.overridden?.light ? OVERRIDE_MARK : "") : "";
    const values: (string | number | null)[] = [b.group, b.rank, b.name, b.score, b.tier, light];
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      cell.border = THIN;
      cell.alignment = { vertical: "middle", horizontal: c === 0 || c === 2 ? "left" : "center" };
    });
    if (b.light) {
      const cell = row.getCell(6);
      const style = LIGHT_STYLE[b.light];
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: style.fill } };
      cell.font = { color: { argb: style.font }, bold: true };
    }
  });

  // Tiers and lights a reviewer set carry ※: say so under the board (the 变更记录 sheet has the reasons).
  if (rows.some((b) => b.overridden)) ws.getCell(rows.length + 4, 1).value = format("record.board.note", lang);

  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 2 }];
  ws.pageSetup = { orientation: "portrait", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "2:2" };
  ws.headerFooter = { oddFooter: `&L${BOARD_MARKER}&R${format("board.footer", lang)}` };
  return ws;
}

// ── saving ────────────────────────────────────────────────────────────────────────────
