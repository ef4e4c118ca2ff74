/// <reference types="office-js" />
/**
 * The Excel host (Office.js): the only place in the code that says `Excel`. Kept thin: it turns
 * Excel's ranges into plain grids and plain results into ranges; everything else is the engine's.
 * Read: one load, one sync. Write: two syncs (columns + board lookup, then the board), whatever
 * the row count — values go in whole column ranges, the board's fills are three conditional formats.
 * The scheme lives in the 考核方案 sheet (as the CLI writes it) and in the document settings.
 */
import { isAllocationSheetName } from "../engine/rules/allocation";
import { format } from "../messages";
import { lightWord, type BoardRow, type OutputColumn } from "../engine/check/outputs";
import type { CellValue, Lang } from "../engine/types";
import { WorkbookError } from "./errors";
import { plainGrid, type SheetGrid } from "./grid";
import { interpretGrid } from "./layout/interpret";
import { isDateFormat, isPercentFormat, percentText, serialToDate } from "./package/styles";
import { BOARD_MARKER, type CellChange, type HostSheet, type HostTable, type SaveOutcome, type SaveRoute, type SheetHost, type TableSource, type WriteOptions } from "./host";
import { readingStop } from "./find-table";
import type { LayoutOptions } from "./layout/types";
import { saveFile, workbookPdf } from "./office-files";
import { spillFormulas } from "./formulas";
import { placeColumns } from "./placement";
import { recordSheetName, type Override } from "../engine/record/overrides";
import { OVERRIDE_MARK } from "../engine/record/decided";
import { RECORD_SHEET_NAMES, placeRecord, readRecordGrid, type RecordRead } from "./record-layout";
import { LAYOUT_LABEL, SCHEME_CHUNK, SCHEME_SHEET, chunkText, joinChunks, layoutEntryCells, layoutOfColumn, parseLayoutOptions } from "./scheme-sheet";


/** Whether Excel can give merged ranges (getMergedAreasOrNullObject, ExcelApi 1.13). */
function mergesSupported(): boolean {
  const req = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return typeof req?.isSetSupported === "function" && req.isSetSupported("ExcelApi", "1.13");
}

/**
 * Hidden rows and columns (0-based sheet indexes) from the addresses of a range's visible cells
 * (`getVisibleView().cellAddresses`): a row or column of the range with no visible cell is hidden.
 * @example hiddenOf([["A1", "C1"], ["A3", "C3"]], 0, 3, 0, 3) // { hiddenRows: Set {1}, hiddenCols: Set {1} }
 */
export function hiddenOf(addresses: readonly string[][], rowIndex: number, rowCount: number, columnIndex: number, columnCount: number): Pick<SheetGrid, "hiddenRows" | "hiddenCols"> {
  const rows = new Set<number>();
  const cols = new Set<number>();
  for (const line of addresses)
    for (const a of line) {
      const m = /([A-Z]+)\$?(\d+)$/i.exec(a.replace(/\$/g, ""));
      if (!m) continue;
      rows.add(Number(m[2]) - 1);
      cols.add([...(m[1] as string).toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1);
    }
  const hiddenRows = new Set<number>();
  const hiddenCols = new Set<number>();
  for (let r = rowIndex; r < rowIndex + rowCount; r++) if (!rows.has(r)) hiddenRows.add(r);
  for (let c = columnIndex; c < columnIndex + columnCount; c++) if (!cols.has(c)) hiddenCols.add(c);
  return { hiddenRows, hiddenCols };
}

/** The fills of the board's lights (Excel's Good / Neutral / Bad styles), dark text on each. */
const LIGHT_FORMAT = {
  green: { fill: "#C6EFCE", font: "#006100" },
  yellow: { fill: "#FFEB9C", font: "#9C5700" },
  red: { fill: "#FFC7CE", font: "#9C0006" },
} as const;

/**
 * A number as its number format shows it, as the package reader reads a file: a date is the Date
 * it shows (Excel gives the serial, 46025), a percentage the text it shows (0.91 → "91%", read as a
 * typed 91% is); anything else as it is.
 * @example shown(0.91, "0%") // "91%"
 */
function shown(v: unknown, format: unknown): unknown {
  if (typeof v !== "number" || typeof format !== "string") return v;
  if (isDateFormat(format)) return serialToDate(v, false);
  return isPercentFormat(format) ? percentText(v) : v;
}

/**
 * Excel's values, value types and number formats → plain cells in sheet coordinates
 * (`grid[row - 1][col]`), read as the package reader reads the same cells from the file.
 * @example toGrid([["#N/A"]], [["Error"]], 1, 2) // [[], [null, null, { error: "#N/A" }]]
 * @example toGrid([[0.91]], [["Double"]], 0, 0, [["0%"]]) // [["91%"]]
 */
export function toGrid(values: unknown[][], types: string[][] | undefined, rowIndex: number, columnIndex: number, formats?: unknown[][]): CellValue[][] {
  const grid: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  values.forEach((row, r) => {
    const out: CellValue[] = new Array(columnIndex).fill(null);
    row.forEach((v, c) => {
      const t = types?.[r]?.[c];
      if (t === "Empty" || v === "" || v === null || v === undefined) out.push(null);
      else if (t === "Error") out.push({ error: String(v) });
      else out.push(shown(v, formats?.[r]?.[c]) as CellValue);
    });
    grid.push(out);
  });
  return grid;
}

/**
 * A selected range's values as cells: "" is blank, a number shown as a date is the Date it shows
 * (Excel's serial days from 1899-12-30).
 * @example selectedCells([[1, "", 46025]], [["General", "General", "m/d/yyyy"]]) // [[1, null, 2026-01-03]]
 */
export function selectedCells(values: unknown[][], formats: unknown[][] | undefined): CellValue[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      if (v === "" || v === null || v === undefined) return null;
      return shown(v, formats?.[r]?.[c]) as CellValue;
    }),
  );
}

/** Document setting the scheme is kept under (the custom functions read it at start-up). */
export const SCHEME_SETTING = "assess.scheme";

/** Document setting the reading options (版式: header row, columns, group rows) are kept under. */
export const LAYOUT_SETTING = "assess.layout";

/** Rows of the 考核方案 sheet's column A read for the scheme JSON and its 版式 entry. */
const SCHEME_COLUMN = "A1:A200";

/** The document settings, when Office has them (not outside Office). */
function documentSettings(): Office.Settings | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.document?.settings;
}

/** The reading options in the document settings, or null. */
function settingLayout(): LayoutOptions | null {
  const v: unknown = documentSettings()?.get(LAYOUT_SETTING) ?? null;
  return typeof v === "string" ? parseLayoutOptions(v) : v !== null && typeof v === "object" ? parseLayoutOptions(JSON.stringify(v)) : null;
}

/** Save the document settings (Office keeps them in the file when the workbook is saved). */
async function saveSettings(settings: Office.Settings): Promise<void> {
  await new Promise<void>((done) => settings.saveAsync(() => done()));
}

function parseJson(text: string): unknown {
  try {
    return text.trim() === "" ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** `Sheet1!E7` / `'My Sheet'!E7` → the sheet name and the local address. */
function splitAddress(address: string): { sheet: string; local: string } {
  const i = address.lastIndexOf("!");
  const sheet = address.slice(0, i).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, local: address.slice(i + 1) };
}

/**
 * Whether Office supports a requirement set. Outside Office (a plain browser with office.js, the
 * tests' fakes) Office cannot say: taken as supported, the code's own baseline.
 */
function supports(set: string, version: string): boolean {
  const req = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?(n: string, v?: string): boolean } } } }).Office?.context?.requirements;
  return req?.isSetSupported ? req.isSetSupported(set, version) : true;
}

export class OfficeHost implements SheetHost {
  readonly sources = ["usedRange", "selection"] as const;

  /**
   * The table of the active sheet (or the selection) in one load and one sync, with its merged
   * ranges (ExcelApi 1.13) and hidden rows and columns. Reading options: `options` from the pane,
   * else the 考核方案 sheet's 版式 entry (read in the same sync), else the document setting.
   */
  async readTable(source: TableSource = { kind: "usedRange" }, options?: LayoutOptions): Promise<HostTable> {
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const range = source.kind === "selection" ? context.workbook.getSelectedRange() : ws.getUsedRange(true);
      ws.load("name");
      range.load("values, valueTypes, numberFormat, rowIndex, columnIndex");
      // Merged ranges (ExcelApi 1.13) and the visible cells (hidden rows and columns) in the same sync.
      const merged = mergesSupported() ? range.getMergedAreasOrNullObject() : null;
      merged?.load("isNullObject, areas/items/rowIndex, areas/items/columnIndex, areas/items/rowCount, areas/items/columnCount");
      const view = typeof range.getVisibleView === "function" ? range.getVisibleView() : null;
      view?.load("cellAddresses");
      // The reading options remembered in the 考核方案 sheet, in the same sync (unless the pane gave some).
      const schemeSheet = options ? null : context.workbook.worksheets.getItemOrNullObject(SCHEME_SHEET);
      const schemeColumn = schemeSheet?.getRange(SCHEME_COLUMN) ?? null;
      schemeSheet?.load("isNullObject");
      schemeColumn?.load("values");
      await context.sync();
      const used: LayoutOptions =
        options ?? (schemeSheet && schemeColumn && !schemeSheet.isNullObject ? layoutOfColumn((schemeColumn.values as unknown[][]).map((r) => r[0])) : null) ?? settingLayout() ?? {};
      const cells = toGrid(range.values, range.valueTypes as string[][], range.rowIndex, range.columnIndex, range.numberFormat);
      const grid: SheetGrid = {
        ...plainGrid(ws.name, cells),
        merges: merged && !merged.isNullObject ? merged.areas.items.map((a) => ({ top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 })) : [],
        ...(view ? hiddenOf(view.cellAddresses as string[][], range.rowIndex, range.values.length, range.columnIndex, range.values[0]?.length ?? 0) : {}),
      };
      const found = interpretGrid(grid, merged ? used : { ...used, mergesUnavailable: true });
      if (!found.ok) throw new WorkbookError(found.error, "zh-CN", { sheet: ws.name, row: found.headerRow ?? "", sheets: ws.name, ...(found.params ?? {}) }, readingStop(grid, found));
      return { sheet: ws.name, table: found.table, map: found.map, ownColumns: found.ownColumns, grid: cells, layout: found.layout, options: used };
    });
  }

  async writeResults(read: HostTable, columns: readonly OutputColumn[], board: readonly BoardRow[], opts: WriteOptions): Promise<void> {
    const { table } = read;
    const placed = placeColumns(table, read.ownColumns, columns, (row, col) => {
      const v = read.grid[row - 1]?.[col];
      return v === null || v === undefined || v === "";
    });
    const first = table.headerRow;
    const last = table.rows.length > 0 ? (table.rows[table.rows.length - 1] as number) : first;
    const byRow = new Map(table.rows.map((row, i) => [row, i]));
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(read.sheet);
      for (const column of columns) {
        const col = placed[column.key] as number;
        // One range per column, header to last row; rows between data rows keep what they hold.
        const values: (string | number)[][] = [];
        for (let r = first; r <= last; r++) {
          const i = byRow.get(r);
          const v = r === first ? column.header : i !== undefined ? column.values[i] : read.grid[r - 1]?.[col];
          values.push([v === null || v === undefined || typeof v === "object" || typeof v === "boolean" ? "" : (v as string | number)]);
        }
        ws.getRangeByIndexes(first - 1, col, values.length, 1).values = values;
      }
      const name = format("board.sheet", opts.lang);
      const existing = context.workbook.worksheets.getItemOrNullObject(name);
      // A proxy navigation, not a read: loaded below and synced before use.
      // eslint-disable-next-line office-addins/call-sync-before-read
      const footer = existing.pageLayout.headersFooters.defaultForAllPages;
      existing.load("isNullObject");
      footer.load("leftFooter");
      await context.sync();

      // Assess marks its board in the page footer (as the .xlsx host does). A board sheet
      // without the mark is the user's: write beside it, never over it.
      const ours = !existing.isNullObject && String(footer.leftFooter ?? "").includes(BOARD_MARKER);
      if (ours) existing.delete();
      const sheetName = existing.isNullObject || ours ? name : `${name}(Assess)`;
      const sheet = context.workbook.worksheets.add(sheetName);
      const head = [
        format("board.group", opts.lang),
        format("board.rank", opts.lang),
        format("board.name", opts.lang),
        format("board.score", opts.lang),
        format("board.tier", opts.lang),
        format("board.light", opts.lang),
      ];
      const rows = board.map((b) => [b.group, b.rank ?? "", b.name, b.score ?? "", b.tier, lightWord(b.light, opts.lang) + (b.overridden?.light ? OVERRIDE_MARK : "")]);
      sheet.pageLayout.headersFooters.defaultForAllPages.leftFooter = BOARD_MARKER;
      sheet.pageLayout.headersFooters.defaultForAllPages.rightFooter = format("board.footer", opts.lang);
      sheet.getRange("A1").values = [[opts.title ?? format("board.title", opts.lang)]];
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRangeByIndexes(1, 0, 1, head.length).values = [head];
      sheet.getRangeByIndexes(1, 0, 1, head.length).format.font.bold = true;
      if (rows.length > 0) sheet.getRangeByIndexes(2, 0, rows.length, head.length).values = rows;
      if (board.some((b) => b.overridden)) sheet.getRangeByIndexes(rows.length + 3, 0, 1, 1).values = [[format("record.board.note", opts.lang)]];
      const lights = sheet.getRange(`F3:F${Math.max(3, rows.length + 2)}`);
      for (const light of ["green", "yellow", "red"] as const) {
        const cf = lights.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
        cf.textComparison.rule = { operator: Excel.ConditionalTextOperator.contains, text: lightWord(light, opts.lang) };
        cf.textComparison.format.fill.color = LIGHT_FORMAT[light].fill;
        cf.textComparison.format.font.color = LIGHT_FORMAT[light].font;
      }
      sheet.freezePanes.freezeRows(2);
      sheet.getRange("A:F").format.autofitColumns();
      await context.sync();
    });
  }

  /**
   * 写回结果 as formulas, after writeResults: the tier and light columns become one spilling
   * ASSESS.TIERS / ASSESS.LIGHTS call each (formulas.ts), the cells below cleared for the spill.
   * One sync. Resolves with the columns written as formulas — none when the table cannot spill
   * (rows between its data rows), so the values stay.
   */
  async writeFormulas(read: HostTable, columns: readonly OutputColumn[]): Promise<string[]> {
    const placed = placeColumns(read.table, read.ownColumns, columns, (row, col) => {
      const v = read.grid[row - 1]?.[col];
      return v === null || v === undefined || v === "";
    });
    const spills = spillFormulas(read, placed, columns);
    if (!spills || spills.length === 0) return [];
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(read.sheet);
      for (const f of spills) ws.getRangeByIndexes(f.row - 1, f.col, f.rows, 1).formulas = [[f.formula], ...Array.from({ length: f.rows - 1 }, () => [""])];
      await context.sync();
    });
    return spills.map((f) => f.key);
  }

  /** The scheme: the document setting the pane writes, else the 考核方案 sheet. At most two syncs. */
  async readScheme(): Promise<unknown | null> {
    const setting: unknown = Office.context?.document?.settings?.get(SCHEME_SETTING) ?? null;
    const fromSetting = typeof setting === "string" ? parseJson(setting) : setting;
    if (fromSetting !== null) return fromSetting;
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(SCHEME_SHEET);
      const column = ws.getRange("A2:A200");
      ws.load("isNullObject");
      column.load("values");
      await context.sync();
      return ws.isNullObject ? null : parseJson(joinChunks((column.values as unknown[][]).map((r) => r[0])));
    });
  }

  /**
   * Store the scheme in the 考核方案 sheet (column A only, Assess's own sheet; the 版式 entry there
   * is kept) and the document settings. Two syncs.
   */
  async saveScheme(input: unknown, lang: Lang): Promise<void> {
    const chunks = chunkText(JSON.stringify(input), SCHEME_CHUNK);
    await Excel.run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(SCHEME_SHEET);
      const column = existing.getRange(SCHEME_COLUMN);
      existing.load("isNullObject");
      column.load("values");
      await context.sync();
      const layout = existing.isNullObject ? null : layoutOfColumn((column.values as unknown[][]).map((r) => r[0]));
      const ws = existing.isNullObject ? context.workbook.worksheets.add(SCHEME_SHEET) : existing;
      ws.getRange("A:A").clear("Contents");
      ws.getRange("A1").values = [[format("schemeSheet.jsonLabel", lang)]];
      ws.getRangeByIndexes(1, 0, chunks.length, 1).values = chunks.map((c) => [c]);
      if (layout && Object.keys(layout).length > 0) ws.getRangeByIndexes(chunks.length + 2, 0, 2, 1).values = [[LAYOUT_LABEL], [JSON.stringify(layout)]];
      await context.sync();
    });
    const settings = documentSettings();
    if (settings) {
      settings.set(SCHEME_SETTING, JSON.stringify(input));
      await saveSettings(settings);
    }
  }

  /**
   * Remember reading options: the document setting (saved with the workbook), and the 考核方案
   * sheet's 版式 entry when the workbook has that sheet (the CLI reads it there). The sheet is not
   * created for this: `_scheme` is not written. Two syncs when the sheet is there, one otherwise.
   */
  async saveLayout(options: LayoutOptions, _lang: Lang, _scheme: unknown): Promise<void> {
    const settings = documentSettings();
    if (settings) {
      settings.set(LAYOUT_SETTING, JSON.stringify(options));
      await saveSettings(settings);
    }
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(SCHEME_SHEET);
      const column = ws.getRange(SCHEME_COLUMN);
      ws.load("isNullObject");
      column.load("values");
      await context.sync();
      if (ws.isNullObject) return;
      const cells = layoutEntryCells((column.values as unknown[][]).map((r) => r[0]), options);
      if (cells.length === 0) return;
      for (const c of cells) ws.getRangeByIndexes(c.row - 1, 0, 1, 1).values = [[c.value]];
      await context.sync();
    });
  }

  /** Write a violation's fix: each cell its new text, one sync. */
  async writeCells(changes: readonly CellChange[]): Promise<void> {
    if (changes.length === 0) return;
    await Excel.run(async (context) => {
      for (const c of changes) {
        const { sheet, local } = splitAddress(c.cell);
        context.workbook.worksheets.getItem(sheet).getRange(local).values = [[c.value]];
      }
      await context.sync();
    });
  }

  /** Every sheet's used range as a grid: one load per sheet, two syncs in all (the list, then the cells). */
  async readAllocation(): Promise<{ name: string; grid: CellValue[][] } | null> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const ws = sheets.items.find((w) => isAllocationSheetName(w.name));
      if (!ws) return null;
      const r = ws.getUsedRangeOrNullObject(true);
      r.load(["values", "valueTypes", "numberFormat", "rowIndex", "columnIndex"]);
      await context.sync();
      return { name: ws.name, grid: r.isNullObject ? [] : toGrid(r.values as unknown[][], r.valueTypes as string[][], r.rowIndex, r.columnIndex, r.numberFormat) };
    });
  }

  /**
   * Every sheet's used range as a grid, with its merged ranges where Excel can give them (ExcelApi
   * 1.13): two syncs in all (the list, then the cells), whatever the number of sheets.
   */
  async readSheets(): Promise<HostSheet[]> {
    const merges = mergesSupported();
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const used = sheets.items.map((ws) => {
        const r = ws.getUsedRangeOrNullObject(true);
        r.load(["values", "valueTypes", "numberFormat", "rowIndex", "columnIndex"]);
        // The whole sheet's merges (never a call on a used range that may be a null object).
        const m = merges ? ws.getRange().getMergedAreasOrNullObject() : null;
        m?.load("isNullObject, areas/items/rowIndex, areas/items/columnIndex, areas/items/rowCount, areas/items/columnCount");
        return { name: ws.name, r, m };
      });
      await context.sync();
      return used.map(({ name, r, m }) => ({
        name,
        grid: r.isNullObject ? [] : toGrid(r.values as unknown[][], r.valueTypes as string[][], r.rowIndex, r.columnIndex, r.numberFormat),
        ...(m && !m.isNullObject ? { merges: m.areas.items.map((a) => ({ top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 })) } : {}),
      }));
    });
  }

  /** The record sheet under either name, with its used range (queued: the caller syncs). */
  private recordSheets(context: Excel.RequestContext) {
    return RECORD_SHEET_NAMES.map((name) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      const used = ws.getUsedRangeOrNullObject(true);
      ws.load("isNullObject");
      used.load(["values", "valueTypes", "rowIndex", "columnIndex"]);
      return { name, ws, used };
    });
  }

  /** The 变更记录 sheet (named in Chinese or English) read in one sync; empty without it. */
  async readRecord(lang: Lang): Promise<RecordRead> {
    return Excel.run(async (context) => {
      const sheets = this.recordSheets(context);
      await context.sync();
      const hit = sheets.find((s) => !s.ws.isNullObject);
      if (!hit || hit.used.isNullObject) return { overrides: [], problems: [] };
      return readRecordGrid(toGrid(hit.used.values as unknown[][], hit.used.valueTypes as string[][], hit.used.rowIndex, hit.used.columnIndex), hit.name, lang);
    });
  }

  /**
   * Append to the 变更记录 sheet (added, with its header, when missing): two syncs — read where the
   * rows go, then one block of rows (as text, so times keep their offset). Nothing is overwritten.
   * Excel gives add-ins no user name: `by` is what the reviewer typed.
   */
  async appendRecord(overrides: readonly Override[], lang: Lang): Promise<void> {
    if (overrides.length === 0) return;
    await Excel.run(async (context) => {
      const sheets = this.recordSheets(context);
      await context.sync();
      const hit = sheets.find((s) => !s.ws.isNullObject);
      const grid = hit && !hit.used.isNullObject ? toGrid(hit.used.values as unknown[][], hit.used.valueTypes as string[][], hit.used.rowIndex, hit.used.columnIndex) : [];
      const ws = hit ? hit.ws : context.workbook.worksheets.add(recordSheetName(lang));
      const place = placeRecord(grid, overrides, lang);
      for (const h of place.headers) {
        const cell = ws.getRangeByIndexes(place.headerRow - 1, h.col, 1, 1);
        cell.values = [[h.value]];
        cell.format.font.bold = true;
      }
      const width = place.rows[0]!.length;
      const block = ws.getRangeByIndexes(place.startRow - 1, 0, place.rows.length, width);
      block.numberFormat = place.rows.map((r) => r.map(() => "@"));
      block.values = place.rows;
      if (!hit) ws.freezePanes.freezeRows(1);
      await context.sync();
    });
  }

  /**
   * The selected range as it is (权重设计: a judgement matrix or a data table): one load, one sync.
   * Its number formats come in the same load, so a cell Excel turned into a date (a typed 1/3
   * becomes 3 January) reads as a date — named as such — rather than as its serial number.
   */
  async readSelectedGrid(): Promise<{ address: string; values: CellValue[][] }> {
    return Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address, values, numberFormat");
      await context.sync();
      return { address: range.address, values: selectedCells(range.values as unknown[][], range.numberFormat as unknown[][] | undefined) };
    });
  }

  /** Hand a file to the user (office-files.ts: a download, or the save page in the system browser). */
  saveFile(file: Blob, name: string, route?: SaveRoute): Promise<SaveOutcome> {
    return saveFile(file, name, route);
  }

  /** Excel's own PDF of the whole workbook (office-files.ts). */
  workbookPdf(): Promise<Blob> {
    return workbookPdf();
  }

  /** Listen to edits of the active sheet (ExcelApi 1.7 worksheet onChanged). */
  async onChanged(listener: () => void): Promise<() => Promise<void>> {
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    await Excel.run(async (context) => {
      handler = context.workbook.worksheets.getActiveWorksheet().onChanged.add(async () => listener());
      await context.sync();
    });
    return async () => {
      const h = handler;
      if (!h) return;
      handler = undefined;
      await Excel.run(h.context, async (context) => {
        h.remove();
        await context.sync();
      });
    };
  }

  /**
   * Select a violation's cells on their sheet. Selecting several areas at once (RangeAreas.select)
   * needs ExcelApi 1.18, which Excel 2021/2024 and older Microsoft 365 builds lack: there the
   * first cell is selected. One sync either way.
   */
  async select(cells: readonly string[]): Promise<void> {
    if (cells.length === 0) return;
    const { sheet } = splitAddress(cells[0] as string);
    const local = cells.filter((c) => splitAddress(c).sheet === sheet).map((c) => splitAddress(c).local);
    const areas = supports("ExcelApi", "1.18");
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      if (areas) ws.getRanges(local.join(",")).select();
      else ws.getRange(local[0]).select();
      await context.sync();
    });
  }

  /**
   * Recalculate the workbook (after the pane saved a scheme the ASSESS functions use): a full
   * calculation, since the functions' cells are not dirty — their arguments did not change. One sync.
   */
  async recalculate(): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
  }
}
