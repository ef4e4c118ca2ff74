/**
 * Errors of the workbook hosts: a file that cannot be read, a sheet without a table, an output
 * that would overwrite something. Pure (no exceljs, no Node APIs), so the Office host can use it too.
 */
import { format, type MessageKey } from "../messages";
import type { Lang } from "../engine/types";

/**
 * Why a workbook could not be read or written. Each code has a message `workbook.<CODE>` in the
 * catalogue (src/messages/host.ts).
 */
export type WorkbookErrorCode =
  /** The input file does not exist. */
  | "FILE_NOT_FOUND"
  /** Not an .xlsx workbook: not a zip, a corrupt zip, an old .xls, a CSV text… */
  | "NOT_XLSX"
  /** No sheet has a header row with a name column and a score/tier column. */
  | "NO_TABLE"
  /** The header row was given, but it has no name (单位/姓名) column. */
  | "NO_NAME_COLUMN"
  /** The sheet asked for does not exist. */
  | "SHEET_NOT_FOUND"
  /** A header row was found but there are no data rows below it. */
  | "EMPTY_TABLE"
  /** The output file exists and overwriting was not asked for. */
  | "OUTPUT_EXISTS"
  /** The output path is the input file itself. */
  | "SAME_AS_INPUT"
  /** The 考核方案 sheet holds no readable JSON. */
  | "SCHEME_SHEET_INVALID"
  /** The output could not be written (folder missing, no permission, disk full…). */
  | "WRITE_FAILED"
  /** Excel's own PDF of the workbook came back empty (Excel on the web). */
  | "EMPTY_PDF"
  /** Excel cannot make a PDF of the workbook here (no PdfFile requirement set). */
  | "PDF_UNSUPPORTED"
  /** An Office.js call failed; `detail` is Office's message. */
  | "OFFICE_FAILED"
  /** A file too large to carry to the system browser in a URL. */
  | "FILE_TOO_LARGE"
  /** Office cannot open the system browser (no OpenBrowserWindowApi). */
  | "NO_BROWSER_WINDOW"
  /** Several columns could play a role and no rule chooses: the user names one (--columns). */
  | "LAYOUT_AMBIGUOUS"
  /** A column the user named (--columns) is not in the header. */
  | "LAYOUT_COLUMN_NOT_FOUND"
  /** The table is printed in panels side by side (左右分栏): one panel would be read, the others lost. */
  | "LAYOUT_SIDE_BY_SIDE"
  /** A part of the workbook inflates past the byte limit, or a sheet has more rows than the row limit. */
  | "TOO_LARGE";

/**
 * Where a reading of a sheet stopped (no name column, two score columns …): the sheet, the header
 * row found and its texts by column, so a person can choose the reading (the pane's 更正读取方式).
 */
export interface ReadingStop {
  sheet: string;
  /** 1-based header row, when one was found. */
  headerRow?: number;
  /** Header text by column (0-based; "" where a column has none). */
  headers: string[];
}

/**
 * A workbook could not be read or written. `code` says why; the message is rendered from the
 * catalogue in the language asked for, and `params` keeps the values it names (path, sheet…).
 * @example new WorkbookError("SHEET_NOT_FOUND", "en-US", { sheet: "Q1", sheets: "Sheet1, Sheet2" }).message
 * // "there is no sheet named “Q1”; the workbook has: Sheet1, Sheet2"
 */
export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly lang: Lang = "zh-CN",
    readonly params: Record<string, unknown> = {},
    /** Where the reading of a sheet stopped, when it did (layout errors). */
    readonly stop?: ReadingStop,
  ) {
    super(format(messageKey(code), lang, params));
    this.name = "WorkbookError";
  }
}

/** The catalogue key of a code; fails to compile when a code has no message. */
function messageKey(code: WorkbookErrorCode): MessageKey {
  return `workbook.${code}` as const;
}

/** Whether a value is a {@link WorkbookError}, optionally with a given code. */
export function isWorkbookError(e: unknown, code?: WorkbookErrorCode): e is WorkbookError {
  return e instanceof WorkbookError && (code === undefined || e.code === code);
}
