/**
 * What a file that is not a readable .xlsx is, so the message can name the real cause: an old
 * .xls, a password-protected (encrypted) workbook, an OpenDocument spreadsheet (.ods), an Excel
 * binary workbook (.xlsb), a web page or an Excel 2003 XML file named .xls (as assessment systems
 * export them), a text (CSV) file — first by its bytes, then by its name. Pure (bytes in): the CLI
 * reads the file, the standalone page has the bytes of the picked file.
 */
import { format, type MessageKey } from "../messages";
import type { Lang } from "../engine/types";
import { isWorkbookError, WorkbookError } from "./errors";

/** A file kind Assess cannot read, or "unknown" (damaged, or nothing recognisable). */
export type ForeignKind = "xls" | "encrypted" | "ods" | "xlsb" | "html" | "xml2003" | "csv" | "unknown";

/** The first bytes of a zip (.xlsx, .ods, .xlsb), of an OLE compound file (.xls, encrypted .xlsx). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether `bytes` holds `needle` anywhere. */
function holds(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first!); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first!, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf16le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0), 0]));

/**
 * An OOXML file with an open password is an OLE compound file holding the streams EncryptionInfo
 * and EncryptedPackage (MS-OFFCRYPTO); their names are stored in UTF-16.
 */
const ENCRYPTION_STREAMS = [utf16le("EncryptionInfo"), utf16le("EncryptedPackage")];
/** OpenDocument puts its mimetype, uncompressed, in the zip's first entry. */
const ODS_MIMETYPE = ascii("application/vnd.oasis.opendocument.spreadsheet");
/** An .xlsb keeps its workbook part as xl/workbook.bin (names are plain in the zip). */
const XLSB_PART = ascii("xl/workbook.bin");

/** Excel 2003 XML (SpreadsheetML): its namespace, or the processing instruction that opens it in Excel. */
const XML2003 = /urn:schemas-microsoft-com:office:spreadsheet|progid\s*=\s*["']Excel\.Sheet["']/i;
/** A web page: its first element (after a declaration or comments) is one a page starts with. */
const HTML_START = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<table|<meta|<style|<title)\b/i;

/** The kind told by the file's name alone, for bytes that say nothing. */
const BY_EXTENSION: Record<string, ForeignKind> = { xls: "xls", ods: "ods", xlsb: "xlsb", csv: "csv", tsv: "csv", txt: "csv" };

/**
 * What a file is, from its bytes (the whole file, or at least its first 512 bytes for a zip or
 * text) and, when they say nothing, its name. Meant for files the package reader refused.
 * @example foreignKind(readFileSync("old.xls"), "old.xls") // "xls"
 * @example foreignKind(readFileSync("locked.xlsx"), "locked.xlsx") // "encrypted"
 */
export function foreignKind(bytes: Uint8Array, name: string): ForeignKind {
  return contentKind(bytes) ?? BY_EXTENSION[/\.([^./\\]+)$/.exec(name.toLowerCase())?.[1] ?? ""] ?? "unknown";
}

/**
 * What the bytes alone say a file is, or null: a zip that is an .xlsx (or damaged) says nothing,
 * so a workbook is never refused for its name.
 * @example contentKind(readFileSync("plain.ods")) // "ods"
 */
export function contentKind(bytes: Uint8Array): Exclude<ForeignKind, "unknown"> | null {
  if (startsWith(bytes, OLE_MAGIC)) return ENCRYPTION_STREAMS.some((s) => holds(bytes, s)) ? "encrypted" : "xls";
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (holds(bytes.subarray(0, 512), ODS_MIMETYPE)) return "ods";
    if (holds(bytes, XLSB_PART)) return "xlsb";
    return null;
  }
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 2048));
  if (XML2003.test(head)) return "xml2003";
  if (HTML_START.test(head)) return "html";
  return looksLikeText(bytes.subarray(0, 512)) ? "csv" : null;
}

/** Printable text with a separator on its first line: a CSV (or TSV) saved under another name. */
function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0 || head.some((b) => b < 0x09 || (b > 0x0d && b < 0x20))) return false;
  const firstLine = new TextDecoder("utf-8").decode(head).split("\n", 1)[0] ?? "";
  return /[,\t;，]/.test(firstLine);
}

const HINTS: Record<ForeignKind, MessageKey> = {
  xls: "workbook.hint.xls",
  encrypted: "workbook.hint.encrypted",
  ods: "workbook.hint.ods",
  xlsb: "workbook.hint.xlsb",
  html: "workbook.hint.html",
  xml2003: "workbook.hint.xml2003",
  csv: "workbook.hint.csv",
  unknown: "workbook.hint.corrupt",
};

/**
 * The hint of the NOT_XLSX message for a kind ("这是旧版 .xls 格式…", "文件已加密…").
 * @example foreignHint("ods", "zh-CN") // "这是 OpenDocument 表格（.ods）…"
 */
export function foreignHint(kind: ForeignKind, lang: Lang): string {
  return format(HINTS[kind], lang);
}

/**
 * The reader's refusal of a file, told by what the file is: its bytes when they are surely not a
 * workbook (.xls, encrypted, .ods, .xlsb, a web page, Excel 2003 XML, CSV), else its name when
 * that says what it is (a damaged zip named .ods); any other error as it is. Only looked at once
 * the reader has refused the file, so a workbook that opens is never scanned for them.
 * @example refusal(toWorkbookError(e, "plain.ods", "zh-CN"), bytes, "plain.ods", "zh-CN") // NOT_XLSX: "…OpenDocument 表格（.ods）…"
 */
export function refusal(err: unknown, bytes: Uint8Array, name: string, lang: Lang): unknown {
  if (!isWorkbookError(err, "NOT_XLSX")) return err;
  const kind = foreignKind(bytes, name);
  return kind === "unknown" ? err : new WorkbookError("NOT_XLSX", lang, { path: name, hint: foreignHint(kind, lang) });
}
