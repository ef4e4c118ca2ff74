/**
 * Why a package (an .xlsx/.xlsm zip) could not be read. Pure data, no Node: the hosts turn it into
 * a WorkbookError with {@link toWorkbookError} (NOT_XLSX, or TOO_LARGE past a limit).
 */
import type { Lang } from "../../engine/types";
import { format } from "../../messages";
import { WorkbookError } from "../errors";

/**
 * - `NOT_ZIP`: no zip directory at the end (not a zip, or cut short).
 * - `CORRUPT`: the directory or a part's data is damaged (bad offsets, bad deflate data).
 * - `UNSUPPORTED`: an encrypted entry or a compression other than stored/deflate.
 * - `NO_WORKBOOK`: a zip without xl/workbook.xml (not a spreadsheet package).
 * - `TOO_LARGE`: a part inflates past the byte limit, or a sheet has more rows than the row limit.
 */
export type PackageErrorCode = "NOT_ZIP" | "CORRUPT" | "UNSUPPORTED" | "NO_WORKBOOK" | "TOO_LARGE";

/** A package that cannot be read; `part` is the zip entry concerned, when there is one. */
export class PackageError extends Error {
  constructor(
    readonly code: PackageErrorCode,
    readonly detail: string,
    readonly part?: string,
    /** For TOO_LARGE: which limit, and its value. */
    readonly limit?: { kind: "bytes" | "rows"; value: number },
  ) {
    super(`${code}${part ? ` (${part})` : ""}: ${detail}`);
    this.name = "PackageError";
  }
}

/** Whether a value is a {@link PackageError}. */
export function isPackageError(e: unknown): e is PackageError {
  return e instanceof PackageError;
}

const MIB = 1024 * 1024;

/**
 * The workbook error a host shows for a package error: TOO_LARGE (with the part and the limit) or
 * NOT_XLSX with a hint. Anything else is returned unchanged.
 * @example toWorkbookError(new PackageError("NOT_ZIP", "no end of central directory"), "a.xlsx", "zh-CN").code // "NOT_XLSX"
 */
export function toWorkbookError(e: unknown, path: string, lang: Lang): unknown {
  if (!isPackageError(e)) return e;
  if (e.code === "TOO_LARGE" && e.limit) {
    const rows = e.limit.kind === "rows";
    return new WorkbookError("TOO_LARGE", lang, {
      path,
      part: e.part ?? "",
      limit: rows ? e.limit.value.toLocaleString("en") : `${Math.round(e.limit.value / MIB)} MiB`,
      what: format(rows ? "workbook.limit.rows" : "workbook.limit.bytes", lang),
    });
  }
  const hint = e.code === "NO_WORKBOOK" ? "workbook.hint.noWorkbook" : e.code === "UNSUPPORTED" ? "workbook.hint.unsupportedZip" : "workbook.hint.corrupt";
  return new WorkbookError("NOT_XLSX", lang, { path, hint: format(hint, lang) });
}
