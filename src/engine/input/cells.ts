/**
 * Reading numbers out of cells the way clerks type them — "85分", full-width "８５", "85%",
 * "1,234.5" — and reporting every cell whose meaning is not certain, with its address.
 * A bad cell is never read as 0.
 */
import type { CellProblem, CellReason, CellValue, Parsed } from "../types";

/** Full-width ASCII (Ｆ０-ＦＦ５Ｅ) and the ideographic space to their half-width forms. */
export function toHalfWidth(s: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Text of a cell value, for messages. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && !(v instanceof Date)) return v.error;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** Whether a cell is empty (null, undefined or only white space). */
export function isBlank(v: CellValue): boolean {
  // String.prototype.trim also removes the ideographic space U+3000.
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Excel error values as text arrives for them ("#N/A", "#DIV/0!", …). */
const ERROR_TEXT = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** A number with optional sign, thousands separators and decimals, then an optional unit. */
const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(%|分)?$/;

/**
 * Parse a text the way a clerk means it: "85", "85.5分", "８５", "1,234", "85%" (→ 85 points
 * on a 100-point scale, or 0.85 with `percent: "fraction"`), "−3" (Unicode minus).
 * Returns null when the meaning is not certain.
 * @example parseNumberText("８５分") // 85
 */
export function parseNumberText(text: string, percent: "points" | "fraction" = "points"): number | null {
  const s = toHalfWidth(text).replace(/[\s\u00a0]/g, "").replace(/[\u2212\u2012\u2013\uFE63]/g, "-").replace(/[。．]/g, ".");
  if (s === "") return null;
  const m = NUMBER_TEXT.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const n = Number(`${m[1]}${(m[2] ?? "0").replace(/,/g, "")}.${m[3] ?? "0"}`);
  if (!Number.isFinite(n)) return null;
  if (m[4] === "%") return percent === "fraction" ? n / 100 : n;
  return n;
}

/** Options for {@link parseCell}. */
export interface ParseOptions {
  /** How "85%" reads: 85 points (default, scores out of 100) or 0.85 (rates). */
  percent?: "points" | "fraction";
  /** The subject's name, copied into a problem. */
  subject?: string;
}

/**
 * Turn one cell into a number, or into a problem carrying its address.
 * @example parseCell("85分", "表1!E7", "score") // { ok: true, value: 85 }
 * @example parseCell({ error: "#N/A" }, "表1!E7", "score") // { ok: false, problem: { code: "BAD_CELL", … } }
 */
export function parseCell(v: CellValue, cell: string, field: string, opts: ParseOptions = {}): Parsed {
  const bad = (code: CellProblem["code"], reason: CellReason): Parsed => ({
    ok: false,
    problem: { code, cell, value: cellText(v), reason, field, ...(opts.subject !== undefined ? { subject: opts.subject } : {}) },
  });
  if (isBlank(v)) return bad("MISSING_VALUE", "blank");
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, value: v } : bad("BAD_CELL", "notFinite");
  if (typeof v === "boolean") return bad("BAD_CELL", "boolean");
  if (v instanceof Date) return bad("BAD_CELL", "date");
  if (typeof v === "object" && v !== null) return bad("BAD_CELL", "errorValue");
  const text = String(v);
  if (ERROR_TEXT.test(text.trim())) return bad("BAD_CELL", "errorValue");
  const n = parseNumberText(text, opts.percent);
  return n === null ? bad("BAD_CELL", "notANumber") : { ok: true, value: n };
}

/** Column index (0-based) to letters: 0 → A, 27 → AB. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A cell address as Excel writes it: `Sheet1!E7`, quoting sheet names that need it (`'My Sheet'!E7`).
 * @example cellAddress("表1", 4, 7) // "表1!E7"
 */
export function cellAddress(sheet: string, col: number, row: number): string {
  return `${sheetPrefix(sheet)}${columnLetter(col)}${row}`;
}

let lastSheet = "";
let lastPrefix = "!";

/** `Sheet1!` or `'My Sheet'!`, remembered for the last sheet asked about. */
function sheetPrefix(sheet: string): string {
  if (sheet !== lastSheet) {
    const needsQuote = /[\s!'"()\-+,;&%#@^[\]{}<>=~`|\\/?*:]/.test(sheet) || /^\d/.test(sheet);
    lastPrefix = `${needsQuote ? `'${sheet.replace(/'/g, "''")}'` : sheet}!`;
    lastSheet = sheet;
  }
  return lastPrefix;
}
