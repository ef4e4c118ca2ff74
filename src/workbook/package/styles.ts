/**
 * Which cell styles show a number as a date or as a percentage (styles.xml: `numFmts` and
 * `cellXfs`). A cell holds a date as a serial number and 91% as 0.91; only its style's number
 * format says so.
 */
import { XmlScanner, attrs } from "./xml";

/**
 * Built-in number formats that are dates or times: 14–22 and 45–47 everywhere, and the East Asian
 * built-ins 27–36 and 50–58 (in a Chinese Excel, 31 is yyyy"年"m"月"d"日").
 */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a number format code shows a date or time: after removing quoted text, escaped
 * characters, colours/conditions/locales in brackets (but not elapsed [h] [mm] [ss]), a date or
 * time letter remains (y m d h s, 年 月 日 are quoted or literal and do not count alone).
 * @example isDateFormat('yyyy"年"m"月"d"日"') // true
 * @example isDateFormat('0.00_);[Red](0.00)') // false
 */
export function isDateFormat(code: string): boolean {
  if (/^general$/i.test(code.trim())) return false;
  const section = code.split(";")[0] ?? "";
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  return /[ymdhs]/i.test(bare.replace(/\[[hms]+\]/gi, "h")) && !/^[#0.,%E+\-\s?/]*$/i.test(bare);
}

/** Built-in percentage formats: 9 is 0%, 10 is 0.00%. */
const BUILTIN_PERCENTS = new Set([9, 10]);

/**
 * Whether a number format code shows a number as a percentage: a % in its first section outside
 * quoted text, escapes and brackets (and not a date).
 * @example isPercentFormat("0.0%") // true
 * @example isPercentFormat('0"%"') // false — a literal sign after the number, not ×100
 */
export function isPercentFormat(code: string): boolean {
  const section = code.split(";")[0] ?? "";
  const bare = section.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/_./g, "").replace(/\*./g, "").replace(/\[[^\]]*\]/g, "");
  return bare.includes("%") && !isDateFormat(code);
}

/**
 * A number shown as a percentage as the text the clerk sees (all its digits, not the format's
 * rounding): 0.915 → "91.5%". The cell then reads as a typed "91.5%" would — 91.5 points in a
 * score column, 0.915 where the scheme reads rates — instead of 0.915 points.
 * @example percentText(0.91) // "91%"
 */
export function percentText(n: number): string {
  return `${Number((n * 100).toPrecision(15))}%`;
}

/** What the styles of a workbook show: `dates[s]` / `percents[s]` for cell style index s (a `cellXfs` entry). */
export interface StyleKinds {
  dates: boolean[];
  percents: boolean[];
}

/**
 * The date and percentage styles of a styles part.
 * @example styleKinds('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="9"/></cellXfs></styleSheet>')
 * // { dates: [false, true, false], percents: [false, false, true] }
 */
export function styleKinds(text: string): StyleKinds {
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  const scanner = new XmlScanner({
    wantText: false,
    open(name, src, from, to) {
      if (name === "numFmt") {
        const a = attrs(src, from, to);
        custom.set(Number(a.numFmtId), a.formatCode ?? "");
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfs.push(Number(attrs(src, from, to).numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  scanner.push(text, true);
  return {
    dates: xfs.map((id) => {
      const code = custom.get(id);
      return code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id);
    }),
    percents: xfs.map((id) => {
      const code = custom.get(id);
      return code !== undefined ? isPercentFormat(code) : BUILTIN_PERCENTS.has(id);
    }),
  };
}

const DAY_MS = 86_400_000;
/** 1899-12-30: day 0 of the 1900 system for serials from 61 (Excel counts a 1900-02-29 that never was). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 1904-01-01: day 0 of the 1904 system (old Mac workbooks). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A date serial as a UTC Date. In the 1900 system serials below 61 are one day off because of
 * Excel's phantom 1900-02-29 (serial 60, shown as 1900-03-01 here).
 * @example serialToDate(45292, false).toISOString() // "2024-01-01T00:00:00.000Z"
 * @example serialToDate(1, false).toISOString() // "1900-01-01T00:00:00.000Z"
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  if (date1904) return new Date(EPOCH_1904 + Math.round(serial * DAY_MS));
  const shifted = serial < 61 ? serial + 1 : serial;
  return new Date(EPOCH_1900 + Math.round(shifted * DAY_MS));
}
