/**
 * The 变更记录 sheet's layout, shared by every host (the .xlsx file, Excel): where its header row
 * is, which column holds what, and where new rows go. Pure: no exceljs, no Office.
 *
 * The sheet is Assess's own (named 变更记录, or "Change record" in English) and is never read as an
 * assessment table. It is an audit trail: rows are only ever appended below the last used row,
 * in the columns whose headers say what they hold (Chinese or English, any order), so rows a
 * person added or columns they inserted are kept. A column the sheet lacks is added to the right.
 */
import { cellText, isBlank } from "../engine/input/cells";
import { normalizeText } from "../engine/input/labels";
import { parseRecordRows, recordRows, recordSheetName, type Override, type OverrideProblem } from "../engine/record/overrides";
import type { CellValue, Lang } from "../engine/types";

const LANGS: Lang[] = ["zh-CN", "en-US"];

/** The names the record sheet may have, in either language. */
export const RECORD_SHEET_NAMES: readonly string[] = LANGS.map(recordSheetName);

/**
 * Whether a sheet name is the record's (变更记录 / Change record; full-width and case folded).
 * @example isRecordSheetName("變更記錄") // true
 */
export function isRecordSheetName(name: string): boolean {
  const key = normalizeText(name);
  return RECORD_SHEET_NAMES.some((n) => normalizeText(n) === key);
}

/** What a host read from the record sheet. */
export interface RecordRead {
  /** The entries in sheet order; empty when there is no record sheet. */
  overrides: Override[];
  /** Rows or columns that could not be read, with their cells. */
  problems: OverrideProblem[];
}

/** 1-based row of the header: the first row holding anything (1 on an empty sheet). */
function headerRowOf(grid: readonly (readonly CellValue[])[]): number {
  const r = grid.findIndex((row) => row.some((v) => !isBlank(v)));
  return r < 0 ? 1 : r + 1;
}

/**
 * Read the record from a sheet's cells (`grid[row - 1][col]`, as the hosts hand them over).
 * @example readRecordGrid([["时间", "考核对象", …], ["2026-04-10T09:30", "麻池镇", …]], "变更记录", "zh-CN").overrides[0].subject // "麻池镇"
 */
export function readRecordGrid(grid: readonly (readonly CellValue[])[], sheet: string, lang: Lang): RecordRead {
  if (!grid.some((row) => row.some((v) => !isBlank(v)))) return { overrides: [], problems: [] };
  const headerRow = headerRowOf(grid);
  return parseRecordRows(grid.slice(headerRow - 1), lang, { sheet, headerRow });
}

/** Where appended rows go: cells to add to the header row, the first new row and its values. */
export interface RecordPlacement {
  /** 1-based header row. */
  headerRow: number;
  /** Header cells to write (0-based columns): all of them on an empty sheet, else the missing ones. */
  headers: { col: number; value: string }[];
  /** 1-based row of the first appended row. */
  startRow: number;
  /** One row per override, from column A, as wide as the record's last column. */
  rows: string[][];
}

/**
 * Where to append overrides in a record sheet holding `grid` (empty for a new sheet): below the
 * last used row, each value under its header.
 * @example placeRecord([], [o], "zh-CN") // { headerRow: 1, headers: [{ col: 0, value: "时间" }, …], startRow: 2, rows: [[o.at, o.subject, …]] }
 */
export function placeRecord(grid: readonly (readonly CellValue[])[], overrides: readonly Override[], lang: Lang): RecordPlacement {
  const own = recordRows(overrides, lang);
  const empty = !grid.some((row) => row.some((v) => !isBlank(v)));
  const headerRow = empty ? 1 : headerRowOf(grid);
  const existing = empty ? [] : (grid[headerRow - 1] ?? []).map((v) => normalizeText(cellText(v)));
  const names = LANGS.map((l) => recordRows(overrides, l).headers.map(normalizeText));
  const headers: { col: number; value: string }[] = [];
  let next = existing.reduce((w, v, c) => (v !== "" ? c + 1 : w), 0);
  const cols = own.headers.map((h, k) => {
    const found = existing.findIndex((v) => v !== "" && names.some((n) => n[k] === v));
    if (found >= 0) return found;
    headers.push({ col: next, value: h });
    return next++;
  });
  let lastRow = headerRow;
  grid.forEach((row, r) => {
    if (r + 1 > headerRow && row.some((v) => !isBlank(v))) lastRow = r + 1;
  });
  const width = Math.max(...cols) + 1;
  const rows = own.rows.map((values) => {
    const row: string[] = new Array(width).fill("");
    values.forEach((v, k) => (row[cols[k]!] = v));
    return row;
  });
  return { headerRow, headers, startRow: lastRow + 1, rows };
}

/**
 * A time as the record writes it: local time with its offset, to the second.
 * @example isoLocalTime(new Date("2026-04-28T02:30:00Z"), -480) // "2026-04-28T10:30:00+08:00"
 */
export function isoLocalTime(d: Date = new Date(), offsetMinutes: number = d.getTimezoneOffset()): string {
  const local = new Date(d.getTime() - offsetMinutes * 60_000);
  const east = -offsetMinutes;
  const p = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, "0");
  const zone = `${east >= 0 ? "+" : "-"}${p(east / 60)}:${p(east % 60)}`;
  return `${local.toISOString().slice(0, 19)}${zone}`;
}
