/**
 * The standalone page's host: an .xlsx/.xlsm file picked in the browser, held in memory twice — as
 * an exceljs workbook it reads from (xlsx.ts, the same code as the CLI), and as the original package
 * every write patches (package/patch.ts, the same patcher as `assess apply`). Nothing leaves the page —
 * `download()` hands back the patched package: the user's charts, pivot tables, images and macros
 * are in it byte for byte. There is no grid to select in:
 * `select` records the cells and tells listeners, so the page can highlight the row in its preview.
 */
import type ExcelJS from "exceljs";
import type { BoardRow, OutputColumn } from "../engine/outputs";
import type { CellValue, Lang } from "../engine/types";
import type { Override } from "../engine/overrides";
import type { CellChange, HostTable, SheetHost, TableSource, WriteOptions } from "./host";
import type { RecordRead } from "./record-layout";
import { appendRecordSheet, readRecordSheet } from "./record-sheet";
import { loadWorkbookBytes, readSchemeSheet, readTable, sheetGrid, writeBoard, writeColumns, writeSchemeSheet } from "./xlsx";
import { WorkbookPatch } from "./package/patch";
import { parseRef } from "./package/xml-text";

/** The MIME type of an .xlsx file. */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `Sheet1!E7` / `'My Sheet'!E7` → the sheet name and the local address. */
export function splitCellAddress(address: string): { sheet: string; local: string } {
  const i = address.lastIndexOf("!");
  if (i < 0) return { sheet: "", local: address };
  return { sheet: address.slice(0, i).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), local: address.slice(i + 1) };
}

/** The MIME type of an .xlsm file (macros kept). */
export const XLSM_MIME = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** `report.xlsx` → `report-assess.xlsx`; a macro workbook keeps .xlsm (its VBA is kept). */
export function downloadName(original: string): string {
  const base = original.replace(/\.(xlsx|xlsm|xls)$/i, "");
  return `${base || "workbook"}-assess.${/\.xlsm$/i.test(original) ? "xlsm" : "xlsx"}`;
}

export class StandaloneHost implements SheetHost {
  /** The cells last selected (a violation clicked), for the page's preview. */
  selection: readonly string[] = [];
  private listeners = new Set<(cells: readonly string[]) => void>();

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
    /** The original package, patched by every write: what `download()` returns. */
    readonly patch: WorkbookPatch,
  ) {}

  /**
   * Open a picked file.
   * @throws WorkbookError NOT_XLSX when the bytes are not a workbook.
   */
  static async open(bytes: ArrayBuffer | Uint8Array, fileName: string, lang: Lang = "zh-CN"): Promise<StandaloneHost> {
    const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const patch = WorkbookPatch.open(view, fileName, lang);
    return new StandaloneHost(await loadWorkbookBytes(view, fileName, lang), fileName, patch);
  }

  async readTable(_source?: TableSource): Promise<HostTable> {
    const r = readTable(this.workbook);
    return { sheet: r.worksheetName, table: r.table, map: r.map, ownColumns: r.ownColumns, grid: sheetGrid(r.worksheet) };
  }

  async writeResults(read: HostTable, columns: readonly OutputColumn[], board: readonly BoardRow[], opts: WriteOptions): Promise<void> {
    const ws = this.sheet(read.sheet);
    const title = opts.title === undefined ? { lang: opts.lang } : { lang: opts.lang, title: opts.title };
    this.patch.writeColumns(read.sheet, read.table, read.ownColumns, columns, read.grid);
    this.patch.writeBoard(board, title);
    writeColumns(ws, read.table, read.ownColumns, [...columns]);
    writeBoard(this.workbook, [...board], title);
  }

  async readSheets(): Promise<{ name: string; grid: CellValue[][] }[]> {
    return this.workbook.worksheets.map((ws) => ({ name: ws.name, grid: sheetGrid(ws) }));
  }

  async select(cells: readonly string[]): Promise<void> {
    this.selection = [...cells];
    for (const l of this.listeners) l(this.selection);
  }

  /** Be told when cells are selected; returns the function that stops it. */
  onSelect(listener: (cells: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async readScheme(): Promise<unknown | null> {
    return readSchemeSheet(this.workbook);
  }

  async saveScheme(input: unknown, lang: Lang): Promise<void> {
    this.patch.writeSchemeSheet(input, lang);
    writeSchemeSheet(this.workbook, input, lang);
  }

  /** The 变更记录 sheet of the workbook in memory. */
  async readRecord(lang: Lang): Promise<RecordRead> {
    return readRecordSheet(this.workbook, lang);
  }

  /** Append to the 变更记录 sheet in memory: the downloaded workbook holds it. */
  async appendRecord(overrides: readonly Override[], lang: Lang): Promise<void> {
    this.patch.appendRecord(overrides, lang, (name) => {
      const ws = this.workbook.getWorksheet(name);
      return ws ? sheetGrid(ws) : undefined;
    });
    appendRecordSheet(this.workbook, overrides, lang);
  }

  async writeCells(changes: readonly CellChange[]): Promise<void> {
    const puts = changes.map(({ cell, value }) => {
      const { sheet, local } = splitCellAddress(cell);
      const ws = this.sheet(sheet);
      const at = parseRef(local);
      if (!at) throw new Error(`not a cell address: ${cell}`);
      return { ws, put: { sheet: ws.name, row: at.row, col: at.col, value } };
    });
    this.patch.writeCells(puts.map((p) => p.put));
    for (const { ws, put } of puts) ws.getCell(put.row, put.col + 1).value = put.value;
  }

  /** The original package with every write patched in, as a file (.xlsm stays macro-enabled). */
  async download(): Promise<Blob> {
    const bytes = this.patch.toBytes();
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: /\.xlsm$/i.test(this.fileName) ? XLSM_MIME : XLSX_MIME });
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name) ?? (name === "" ? this.workbook.worksheets[0] : undefined);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  }
}
