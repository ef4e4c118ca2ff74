/**
 * The standalone page's host: an .xlsx/.xlsm file picked in the browser, held in memory as its
 * package. Reads go through the package reader (grids, `findTable`, the 考核方案 and 变更记录 sheets —
 * the same code as the CLI); every write patches the original package (package/patch.ts, the same
 * patcher as `assess apply`) and the reader then sees the patched package, so a fix is read back.
 * Nothing leaves the page — `download()` hands back the patched package: the user's charts, pivot
 * tables, images and macros are in it byte for byte. There is no grid to select in: `select` records
 * the cells and tells listeners, so the page can highlight the row in its preview.
 */
import { isAllocationSheetName } from "../engine/rules/allocation";
import type { BoardRow, OutputColumn } from "../engine/check/outputs";
import type { CellValue, Lang } from "../engine/types";
import type { Override } from "../engine/record/overrides";
import type { CellChange, HostSheet, HostTable, SheetHost, TableSource, WriteOptions } from "./host";
import type { LayoutOptions } from "./layout/types";
import type { RecordRead } from "./record-layout";
import { findTable } from "./find-table";
import { refusal } from "./file-kind";
import { openPackage, toWorkbookError, type WorkbookPackage } from "./package";
import { WorkbookPatch } from "./package/patch";
import { parseRef } from "./package/xml-text";
import { lazyGrids, layoutOfGrids, recordOfGrids, schemeOfGrids } from "./workbook-grids";

/** The MIME type of an .xlsx file. */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The MIME type of an .xlsm file (macros kept). */
export const XLSM_MIME = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** `Sheet1!E7` / `'My Sheet'!E7` → the sheet name and the local address. */
export function splitCellAddress(address: string): { sheet: string; local: string } {
  const i = address.lastIndexOf("!");
  if (i < 0) return { sheet: "", local: address };
  return { sheet: address.slice(0, i).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), local: address.slice(i + 1) };
}

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
    /** The package as it is now (read from the patched bytes after every write). */
    private pkg: WorkbookPackage,
    readonly fileName: string,
    /** The original package, patched by every write: what `download()` returns. */
    readonly patch: WorkbookPatch,
    private readonly lang: Lang,
  ) {}

  /**
   * Open a picked file.
   * @throws WorkbookError NOT_XLSX when the bytes are not a workbook, saying what they are (.xls,
   *   encrypted, .ods, .xlsb, CSV) where that is known; TOO_LARGE past the reader's limits.
   */
  static async open(bytes: ArrayBuffer | Uint8Array, fileName: string, lang: Lang = "zh-CN"): Promise<StandaloneHost> {
    const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    try {
      return new StandaloneHost(openPackage(view), fileName, WorkbookPatch.open(view, fileName, lang), lang);
    } catch (e) {
      // An .xls, an encrypted workbook, an .ods, an .xlsb or a CSV is named as such, as on the command line.
      throw refusal(toWorkbookError(e, fileName, lang), view, fileName, lang);
    }
  }

  /** The sheets of the package as it is now, each parsed when asked for. */
  private grids() {
    return lazyGrids(this.pkg);
  }

  /** Read the patched package again, so what was written is what is read. */
  private refresh(): void {
    this.pkg = openPackage(this.patch.toBytes());
  }

  /**
   * The table as the CLI reads it: `options` given by the pane, else those remembered in the
   * 考核方案 sheet's 版式 entry; the layout report with it.
   */
  async readTable(_source?: TableSource, options?: LayoutOptions): Promise<HostTable> {
    const grids = this.grids();
    let r: ReturnType<typeof findTable>;
    let used: LayoutOptions = {};
    try {
      used = options ?? layoutOfGrids(grids) ?? {};
      r = findTable(grids, { ...used, lang: this.lang });
    } catch (e) {
      throw toWorkbookError(e, this.fileName, this.lang);
    }
    return { sheet: r.sheet, table: r.table, map: r.map, ownColumns: r.ownColumns, grid: r.grid.cells, layout: r.layout, options: used };
  }

  /**
   * Remember reading options in the 考核方案 sheet's 版式 entry (the scheme stored there is kept;
   * without the sheet it is written with `scheme`): the downloaded workbook reads the same way in
   * the CLI and the page.
   */
  async saveLayout(options: LayoutOptions, lang: Lang, scheme: unknown): Promise<void> {
    const stored = schemeOfGrids(this.grids(), lang);
    this.patch.writeSchemeSheet(stored ?? scheme, lang, options);
    this.refresh();
  }

  async writeResults(read: HostTable, columns: readonly OutputColumn[], board: readonly BoardRow[], opts: WriteOptions): Promise<void> {
    this.patch.writeColumns(read.sheet, read.table, read.ownColumns, columns, read.grid);
    this.patch.writeBoard(board, opts.title === undefined ? { lang: opts.lang } : { lang: opts.lang, title: opts.title });
    this.refresh();
  }

  async readAllocation(): Promise<{ name: string; grid: CellValue[][] } | null> {
    const s = this.pkg.sheets.find((x) => x.kind === "worksheet" && isAllocationSheetName(x.name));
    return s ? { name: s.name, grid: this.pkg.grid(s.name).cells } : null;
  }

  /** Every worksheet's cells with its merges, hidden rows and columns and Excel tables. */
  async readSheets(): Promise<HostSheet[]> {
    return this.pkg.sheets
      .filter((s) => s.kind === "worksheet")
      .map((s) => {
        const g = this.pkg.grid(s.name);
        return { name: s.name, grid: g.cells, merges: g.merges, hiddenRows: g.hiddenRows, hiddenCols: g.hiddenCols, tables: g.tables };
      });
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
    return schemeOfGrids(this.grids(), this.lang);
  }

  /** Write the scheme into the 考核方案 sheet, keeping the reading options remembered there. */
  async saveScheme(input: unknown, lang: Lang): Promise<void> {
    this.patch.writeSchemeSheet(input, lang, layoutOfGrids(this.grids()) ?? undefined);
    this.refresh();
  }

  /** The 变更记录 sheet of the workbook in memory. */
  async readRecord(lang: Lang): Promise<RecordRead> {
    return recordOfGrids(this.grids(), lang);
  }

  /** Append to the 变更记录 sheet in memory: the downloaded workbook holds it. */
  async appendRecord(overrides: readonly Override[], lang: Lang): Promise<void> {
    const grids = this.grids();
    this.patch.appendRecord(overrides, lang, (name) => grids.find((g) => g.name === name)?.grid().cells);
    this.refresh();
  }

  async writeCells(changes: readonly CellChange[]): Promise<void> {
    this.patch.writeCells(
      changes.map(({ cell, value }) => {
        const { sheet, local } = splitCellAddress(cell);
        const at = parseRef(local);
        if (!at) throw new Error(`not a cell address: ${cell}`);
        return { sheet, row: at.row, col: at.col, value };
      }),
    );
    this.refresh();
  }

  /** The original package with every write patched in, as a file (.xlsm stays macro-enabled). */
  async download(): Promise<Blob> {
    const bytes = this.patch.toBytes();
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: /\.xlsm$/i.test(this.fileName) ? XLSM_MIME : XLSX_MIME });
  }
}
