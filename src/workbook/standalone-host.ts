/**
 * The standalone page's host: an .xlsx file picked in the browser, held in memory as an exceljs
 * workbook. Reads and writes go through xlsx.ts (the same code as the CLI); nothing leaves the
 * page — `download()` hands the changed workbook back as a Blob. There is no grid to select in:
 * `select` records the cells and tells listeners, so the page can highlight the row in its preview.
 */
import type ExcelJS from "exceljs";
import { isAllocationSheetName } from "../engine/allocation";
import type { BoardRow, OutputColumn } from "../engine/outputs";
import type { CellValue, Lang } from "../engine/types";
import type { Override } from "../engine/overrides";
import type { CellChange, HostTable, SheetHost, TableSource, WriteOptions } from "./host";
import type { RecordRead } from "./record-layout";
import { appendRecordSheet, readRecordSheet } from "./record-sheet";
import { loadWorkbookBytes, readSchemeSheet, readTable, sheetGrid, writeBoard, writeColumns, writeSchemeSheet } from "./xlsx";

/** The MIME type of an .xlsx file. */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `Sheet1!E7` / `'My Sheet'!E7` → the sheet name and the local address. */
export function splitCellAddress(address: string): { sheet: string; local: string } {
  const i = address.lastIndexOf("!");
  if (i < 0) return { sheet: "", local: address };
  return { sheet: address.slice(0, i).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), local: address.slice(i + 1) };
}

/** `report.xlsx` → `report-assess.xlsx`. */
export function downloadName(original: string): string {
  const base = original.replace(/\.(xlsx|xlsm|xls)$/i, "");
  return `${base || "workbook"}-assess.xlsx`;
}

export class StandaloneHost implements SheetHost {
  /** The cells last selected (a violation clicked), for the page's preview. */
  selection: readonly string[] = [];
  private listeners = new Set<(cells: readonly string[]) => void>();

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
  ) {}

  /**
   * Open a picked file.
   * @throws WorkbookError NOT_XLSX when the bytes are not a workbook.
   */
  static async open(bytes: ArrayBuffer | Uint8Array, fileName: string, lang: Lang = "zh-CN"): Promise<StandaloneHost> {
    return new StandaloneHost(await loadWorkbookBytes(bytes, fileName, lang), fileName);
  }

  async readTable(_source?: TableSource): Promise<HostTable> {
    const r = readTable(this.workbook);
    return { sheet: r.worksheetName, table: r.table, map: r.map, ownColumns: r.ownColumns, grid: sheetGrid(r.worksheet) };
  }

  async writeResults(read: HostTable, columns: readonly OutputColumn[], board: readonly BoardRow[], opts: WriteOptions): Promise<void> {
    const ws = this.sheet(read.sheet);
    writeColumns(ws, read.table, read.ownColumns, [...columns]);
    writeBoard(this.workbook, [...board], opts.title === undefined ? { lang: opts.lang } : { lang: opts.lang, title: opts.title });
  }

  async readAllocation(): Promise<{ name: string; grid: CellValue[][] } | null> {
    const ws = this.workbook.worksheets.find((w) => isAllocationSheetName(w.name));
    return ws ? { name: ws.name, grid: sheetGrid(ws) } : null;
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
    writeSchemeSheet(this.workbook, input, lang);
  }

  /** The 变更记录 sheet of the workbook in memory. */
  async readRecord(lang: Lang): Promise<RecordRead> {
    return readRecordSheet(this.workbook, lang);
  }

  /** Append to the 变更记录 sheet in memory: the downloaded workbook holds it. */
  async appendRecord(overrides: readonly Override[], lang: Lang): Promise<void> {
    appendRecordSheet(this.workbook, overrides, lang);
  }

  async writeCells(changes: readonly CellChange[]): Promise<void> {
    for (const { cell, value } of changes) {
      const { sheet, local } = splitCellAddress(cell);
      this.sheet(sheet).getCell(local).value = value;
    }
  }

  /** The workbook as it is now, as an .xlsx file. */
  async download(): Promise<Blob> {
    const buf = await this.workbook.xlsx.writeBuffer();
    return new Blob([buf as ArrayBuffer], { type: XLSX_MIME });
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name) ?? (name === "" ? this.workbook.worksheets[0] : undefined);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  }
}
