/**
 * .xlsx files on disk (Node only: the CLI and the benchmark): opening with clear errors for
 * files that are not workbooks, and saving that never writes over the input.
 */
import * as fs from "fs";
import * as path from "path";
import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from "zlib";
import type ExcelJS from "exceljs";
import { format } from "../messages";
import type { Lang } from "../engine/types";
import { WorkbookError } from "./errors";
import { foreignHint, foreignKind, refusal, type ForeignKind } from "./file-kind";
import { realTarget, samePath } from "./output-file";
import { openPackage, toWorkbookError, type ReadLimits, type WorkbookPackage } from "./package";
import type { ZipWriteCodec } from "./package/zip-write";

/** The first bytes of a zip (.xlsx, .xlsm). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** A file read whole to tell what it is: up to 64 MiB (an .xls or encrypted workbook larger than that is told by its first bytes). */
const SNIFF_LIMIT = 64 * 1024 * 1024;

/** What a file that is not an .xlsx is (.xls, encrypted, .ods, .xlsb, CSV), for the message. */
function kindOf(file: string, head: Buffer): ForeignKind {
  return foreignKind(fs.statSync(file).size <= SNIFF_LIMIT ? fs.readFileSync(file) : head, file);
}

/** The first 512 bytes of a file; FILE_NOT_FOUND / IS_DIRECTORY when it cannot be opened as a file. */
function readHead(file: string, lang: Lang): Buffer {
  try {
    if (fs.statSync(file).isDirectory()) throw new WorkbookError("IS_DIRECTORY", lang, { path: file });
    const fd = fs.openSync(file, "r");
    try {
      const head = Buffer.alloc(512);
      const n = fs.readSync(fd, head, 0, head.length, 0);
      return head.subarray(0, n);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookError("FILE_NOT_FOUND", lang, { path: file });
    if (code === "EISDIR") throw new WorkbookError("IS_DIRECTORY", lang, { path: file });
    if (code === "EACCES" || code === "EPERM") throw new WorkbookError("READ_DENIED", lang, { path: file });
    throw e;
  }
}

/** The bytes of a file that starts like a zip; NOT_XLSX (with the reason: .xls, encrypted, CSV) otherwise. */
function zipBytes(file: string, lang: Lang): Buffer {
  const head = readHead(file, lang);
  if (!startsWith(head, ZIP_MAGIC)) throw new WorkbookError("NOT_XLSX", lang, { path: file, hint: foreignHint(kindOf(file, head), lang) });
  return fs.readFileSync(file);
}

function startsWith(buf: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** Node's zlib for the package reader's parts up to 64 MiB (bounded by `maxOutput`). */
const nodeInflate = (data: Uint8Array, maxOutput: number): Uint8Array => inflateRawSync(data, { maxOutputLength: maxOutput });

/** Node's zlib for the patcher's new parts: deflate and CRC-32 (zlib.crc32 from Node 20.15; the JavaScript one before). */
export const nodeZipCodec: ZipWriteCodec = {
  deflateRaw: (data) => deflateRawSync(data, { level: 6 }),
  ...(typeof zlibCrc32 === "function" ? { crc32: (data: Uint8Array) => zlibCrc32(data) } : {}),
};

/** Options of {@link openWorkbookFile}. */
export interface OpenOptions {
  lang?: Lang;
  /** Raise (or lower) the reader's limits (package/read.ts DEFAULT_LIMITS). */
  limits?: Partial<ReadLimits>;
}

/**
 * Open an .xlsx/.xlsm file with the package reader: the sheet list is read at once, each sheet's
 * grid when asked for (`pkg.grid(name)`, which throws PackageError: map it with `toWorkbookError`).
 * @throws WorkbookError FILE_NOT_FOUND, or NOT_XLSX for a corrupt file, an .xls, a CSV, a
 * password-protected workbook or a zip without a workbook.
 * @example const pkg = await openWorkbookFile("samples/jiuyuan-2026q1.xlsx"); pkg.sheets.map((s) => s.name)
 */
export async function openWorkbookFile(file: string, opts: OpenOptions = {}): Promise<WorkbookPackage> {
  const lang = opts.lang ?? "zh-CN";
  const bytes = zipBytes(file, lang);
  try {
    const pkg = openPackage(bytes, { ...(opts.limits ? { limits: opts.limits } : {}), inflateRaw: nodeInflate });
    if (pkg.sheets.length === 0) throw new WorkbookError("NOT_XLSX", lang, { path: file, hint: format("workbook.hint.noSheets", lang) });
    return pkg;
  } catch (e) {
    // An OpenDocument spreadsheet or an .xlsb is a zip too, but holds no xl/workbook.xml; a damaged
    // zip named .ods is told by its name.
    throw refusal(toWorkbookError(e, file, lang), bytes, file, lang);
  }
}

/**
 * Open an .xlsx file with exceljs (loaded only now: the write path of `apply` and `override`
 * until the package writer replaces it).
 * @throws WorkbookError FILE_NOT_FOUND, or NOT_XLSX for a corrupt file, an .xls, a CSV or a
 * password-protected workbook.
 * @example const wb = await loadWorkbook("samples/jiuyuan-2026q1.xlsx");
 */
export async function loadWorkbook(file: string, lang: Lang = "zh-CN"): Promise<ExcelJS.Workbook> {
  const bytes = zipBytes(file, lang);
  const { loadWorkbookBytes } = await import("./xlsx");
  return loadWorkbookBytes(bytes, file, lang);
}

/** Options of {@link saveWorkbook}. */
export interface SaveOptions {
  /** Overwrite an existing output file (never the input). */
  force?: boolean;
  /** The file the workbook was read from: never written over. */
  inputPath?: string;
  lang?: Lang;
}

/**
 * Save a workbook to a new file: never onto the input (SAME_AS_INPUT), never onto an existing file
 * without `force` (OUTPUT_EXISTS). Writes a temporary file in the same folder, then renames it, so
 * a failed write leaves nothing half-written.
 * @throws WorkbookError SAME_AS_INPUT, OUTPUT_EXISTS, WRITE_FAILED
 * @example await saveWorkbook(wb, "out.xlsx", { inputPath: "in.xlsx", force: false, lang: "zh-CN" })
 */
export async function saveWorkbook(wb: ExcelJS.Workbook, outPath: string, opts: SaveOptions = {}): Promise<void> {
  const lang = opts.lang ?? "zh-CN";
  const target = realTarget(outPath);
  if (opts.inputPath !== undefined && samePath(target, realTarget(opts.inputPath)))
    throw new WorkbookError("SAME_AS_INPUT", lang, { path: outPath });
  if (fs.existsSync(target) && !opts.force) throw new WorkbookError("OUTPUT_EXISTS", lang, { path: outPath });
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing left to clean
    }
    throw new WorkbookError("WRITE_FAILED", lang, { path: outPath, detail: (e as Error).message });
  }
}

