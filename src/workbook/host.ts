/**
 * The host interface: what the task pane needs from a spreadsheet, whether it is Excel (Office.js)
 * or an .xlsx file opened in the standalone page. Components talk to this, never to Office.
 * Data flows one way: read the table (one load, one sync) → engine → write the results.
 */
import type { GridTable, CellBox } from "./grid";
import type { Layout, LayoutOptions } from "./layout/types";
import type { BoardRow, OutputColumn } from "../engine/check/outputs";
import type { Override } from "../engine/record/overrides";
import type { RecordRead } from "./record-layout";
import type { CellValue, ColumnMap, Lang, Table } from "../engine/types";

/** Text in the 晾晒表's page footer by which Assess knows the sheet is its own (every host). */
export const BOARD_MARKER = "Assess 考核助手";

/** Where the table is read from. */
export type TableSource = { kind: "usedRange" } | { kind: "selection" };

/** A table as read from the host, with the cells around it needed to place results safely. */
export interface HostTable {
  sheet: string;
  table: Table;
  map: ColumnMap;
  ownColumns: Record<string, number>;
  /** The sheet's cells as read, `grid[row - 1][col]` (1-based rows, 0-based columns). */
  grid: CellValue[][];
  /** What was read from the sheet and every assumption (the layout report); absent from older hosts. */
  layout?: Layout;
  /**
   * The reading options this reading used: those the pane gave, else those remembered in the
   * workbook (the 考核方案 sheet's 版式 entry; in Excel also the document settings). Absent from older hosts.
   */
  options?: LayoutOptions;
}

/**
 * One sheet's cells (as `HostTable.grid`) and, where the host can give them, its merged ranges,
 * hidden rows and columns and Excel tables (0-based, as in SheetGrid), so a period sheet is read
 * like the assessment table.
 */
export interface HostSheet {
  name: string;
  grid: CellValue[][];
  merges?: readonly CellBox[];
  hiddenRows?: ReadonlySet<number>;
  hiddenCols?: ReadonlySet<number>;
  tables?: readonly GridTable[];
}

export interface WriteOptions {
  lang: Lang;
  /** Title of the 晾晒表 board. */
  title?: string;
}

export interface SheetHost {
  /** Where this host can read a table from (the used range when absent). */
  readonly sources?: readonly TableSource["kind"][];
  /**
   * Read the assessment table: one load and one sync in Excel. `options` (header row, columns,
   * group rows) replace the reading options remembered in the workbook; without them the
   * remembered ones are used.
   * @throws WorkbookError, with `stop` (the sheet's header) when the reading needs a person's choice.
   */
  readTable(source?: TableSource, options?: LayoutOptions): Promise<HostTable>;
  /**
   * Remember reading options in the workbook, so the next run reads it the same way: the
   * 考核方案 sheet's 版式 entry (created with `scheme` when the workbook has no 考核方案 sheet
   * yet; the standalone page), or the document settings (Excel, and the sheet's entry when the
   * sheet is there). Empty options forget. Optional.
   */
  saveLayout?(options: LayoutOptions, lang: Lang, scheme: unknown): Promise<void>;
  /**
   * Write result columns and the 晾晒表 board: at most two syncs in Excel, whatever the row count.
   * Columns go where `placeColumns` says: Assess's own columns or columns empty on every row of
   * the table, so no cell of the user's is overwritten.
   */
  writeResults(read: HostTable, columns: readonly OutputColumn[], board: readonly BoardRow[], opts: WriteOptions): Promise<void>;
  /**
   * After writeResults: the tier and light columns as spilling ASSESS.TIERS / ASSESS.LIGHTS
   * formulas (live results). Resolves with the keys written so. Optional: Excel only.
   */
  writeFormulas?(read: HostTable, columns: readonly OutputColumn[]): Promise<string[]>;
  /** Select the cells of a violation (addresses like `Sheet1!E7`). */
  select(cells: readonly string[]): Promise<void>;
  /** The scheme stored in the workbook's 考核方案 sheet (not yet validated), or null. Optional. */
  readScheme?(): Promise<unknown | null>;
  /** Write a scheme (as the user wrote it) into the workbook's 考核方案 sheet. Optional. */
  saveScheme?(input: unknown, lang: Lang): Promise<void>;
  /** Write single cells (a violation's fix: addresses like `Sheet1!I27`, the new text). Optional. */
  writeCells?(changes: readonly CellChange[]): Promise<void>;
  /**
   * Call `listener` whenever the table's sheet changes (the pane rechecks, debounced). Resolves
   * with the function that stops listening. Optional: hosts whose data only the pane changes skip it.
   */
  onChanged?(listener: () => void): Promise<() => Promise<void>>;
  /**
   * Hand a file (an exported PDF) to the user; `route` forces one. Optional: without it the page
   * downloads the file (a browser, the standalone page).
   */
  saveFile?(file: Blob, name: string, route?: SaveRoute): Promise<SaveOutcome>;
  /**
   * Every sheet's cells (name and grid, as `HostTable.grid`), for the periods of a workbook kept one
   * sheet per period. Optional: hosts without it show one period only. One sync in Excel.
   */
  readSheets?(): Promise<HostSheet[]>;
  /**
   * The workbook's 名额分配 sheet (places per group), its name and cells, or null when it has none.
   * Optional: without it the pane uses the scheme's own allocation only. Two syncs in Excel.
   */
  readAllocation?(): Promise<{ name: string; grid: CellValue[][] } | null>;
  /** Excel's own PDF of the whole workbook. Optional (Excel only); rejects with EMPTY_PDF on an empty result. */
  workbookPdf?(): Promise<Blob>;
  /**
   * The selected range's cells as they are (no table detection), with its address (`Sheet1!B2:E5`),
   * for the 权重设计 section's judgement matrix or data table. Optional (Excel: one load, one sync);
   * the standalone page has the paste box instead.
   */
  readSelectedGrid?(): Promise<{ address: string; values: CellValue[][] }>;
  /**
   * The decision record: every entry of the 变更记录 sheet in sheet order, and the rows that could
   * not be read (empty without the sheet). Optional: without it (and `appendRecord`) the pane offers
   * no overrides. One sync in Excel.
   */
  readRecord?(lang: Lang): Promise<RecordRead>;
  /**
   * Append entries to the 变更记录 sheet (created when missing); rows already there are kept.
   * Clearing an override is an entry too (rule CLEARED): nothing is ever deleted. Two syncs in Excel.
   */
  appendRecord?(overrides: readonly Override[], lang: Lang): Promise<void>;
}

/** How a file reaches the user: a download in the page, or our save page in the system browser. */
export type SaveRoute = "download" | "browser";

/** How a file was handed over. */
export interface SaveOutcome {
  route: SaveRoute;
  /**
   * The download may have been dropped without an error (Office desktop webviews): the pane then
   * offers the browser route as well.
   */
  unsure: boolean;
}

/** One cell to write: an address like `Sheet1!I27` (or `'My Sheet'!I27`) and its new text. */
export interface CellChange {
  cell: string;
  value: string;
}
