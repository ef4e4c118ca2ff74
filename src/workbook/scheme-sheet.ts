/**
 * The 考核方案 sheet's layout, shared by every host: the scheme as JSON in column A (A1 a label,
 * A2 down the JSON in chunks of at most 30,000 characters; Excel allows 32,767 in a cell).
 */
import { format } from "../messages";
import type { CellValue, Lang } from "../engine/types";
import { WorkbookError } from "./errors";
import type { LayoutOptions } from "./layout/types";

/** Name of the sheet that carries the scheme inside the workbook. */
export const SCHEME_SHEET = "考核方案";

/** Longest piece of scheme JSON put in one cell. */
export const SCHEME_CHUNK = 30_000;

/** Split text into pieces of at most `size` characters without cutting a surrogate pair. */
export function chunkText(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + size, text.length);
    const last = text.charCodeAt(end - 1);
    // Keep a surrogate pair together: end before it, or (with size 1) take it whole.
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end = end - 1 > i ? end - 1 : end + 1;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** The JSON text held by column A from row 2 (stops at the first empty cell). */
export function joinChunks(column: readonly unknown[]): string {
  let json = "";
  for (const v of column) {
    if (v === null || v === undefined || v === "") break;
    json += String(v);
  }
  return json;
}

/**
 * The scheme JSON stored in a 考核方案 sheet's grid (column A from row 2, up to the first empty
 * cell), parsed but not yet validated: give it to `parseScheme`.
 * @throws WorkbookError SCHEME_SHEET_INVALID when column A holds no readable JSON.
 * @example schemeFromGrid(pkg.grid("考核方案"), "zh-CN") // { schemaVersion: 1, id: "jiuyuan", … }
 */
export function schemeFromGrid(grid: { name: string; cells: readonly (readonly CellValue[])[] }, lang: Lang = "zh-CN"): unknown {
  const column = grid.cells.slice(1).map((row) => {
    const v = row[0];
    return v === null || v === undefined ? null : typeof v === "object" && !(v instanceof Date) ? v.error : v;
  });
  const json = joinChunks(column);
  try {
    if (json.trim() === "") throw new Error(format("schemeSheet.none", lang));
    return JSON.parse(json) as unknown;
  } catch (e) {
    throw new WorkbookError("SCHEME_SHEET_INVALID", lang, { sheet: grid.name, detail: (e as Error).message });
  }
}

/**
 * The label of the layout entry (版式): in column A after the scheme JSON and a blank cell, the
 * label, then the reading options as JSON (`{"headerRow":3,"columns":{"name":"C"},"groupRows":true}`),
 * so the next run reads the sheet the same way.
 */
export const LAYOUT_LABEL = "版式 layout";

/** The layout JSON in column A (values from A1 down), or null when there is none. */
export function layoutEntry(column: readonly unknown[]): string | null {
  const i = column.findIndex((v) => typeof v === "string" && v.trim() === LAYOUT_LABEL);
  const v = i < 0 ? undefined : column[i + 1];
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

/**
 * Reading options from their JSON (the 版式 entry, Excel's document setting), kept only where
 * they make sense; null when the text is not such JSON (then the sheet is read afresh).
 * @example parseLayoutOptions('{"headerRow":3,"columns":{"score":"D"}}') // { headerRow: 3, columns: { score: "D" } }
 */
export function parseLayoutOptions(text: string): LayoutOptions | null {
  try {
    const v = JSON.parse(text) as { headerRow?: unknown; columns?: unknown; groupRows?: unknown } | null;
    if (v === null || typeof v !== "object" || Array.isArray(v)) return null;
    const out: LayoutOptions = {};
    if (typeof v.headerRow === "number" && Number.isInteger(v.headerRow) && v.headerRow > 0) out.headerRow = v.headerRow;
    if (v.columns && typeof v.columns === "object" && !Array.isArray(v.columns)) {
      const columns = Object.entries(v.columns).filter(([, c]) => typeof c === "string" && c.trim() !== "");
      if (columns.length > 0) out.columns = Object.fromEntries(columns) as LayoutOptions["columns"];
    }
    if (typeof v.groupRows === "boolean") out.groupRows = v.groupRows;
    return out;
  } catch {
    return null;
  }
}

/**
 * The reading options of a 考核方案 sheet's column A (values from A1 down), or null without a 版式 entry.
 * @example layoutOfColumn(["Assess 考核方案 (JSON)", "{…}", null, "版式 layout", '{"groupRows":true}']) // { groupRows: true }
 */
export function layoutOfColumn(column: readonly unknown[]): LayoutOptions | null {
  const text = layoutEntry(column);
  return text === null ? null : parseLayoutOptions(text);
}

/**
 * The cells that put a 版式 entry into a 考核方案 sheet's column A (values from A1 down), after
 * the scheme JSON and a blank row as `schemeSheetLayout` places it; an entry found elsewhere is
 * blanked, and empty options blank the entry (forget it). 1-based rows.
 * @example layoutEntryCells(["Assess 考核方案 (JSON)", "{…}"], { groupRows: true })
 * // [{ row: 4, value: "版式 layout" }, { row: 5, value: '{"groupRows":true}' }]
 */
export function layoutEntryCells(column: readonly unknown[], options: LayoutOptions): { row: number; value: string }[] {
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  let end = 1; // the last row of the scheme JSON (A2 down)
  while (!blank(column[end])) end++;
  const label = end + 2;
  const cells = new Map<number, string>();
  const old = column.findIndex((v) => typeof v === "string" && v.trim() === LAYOUT_LABEL);
  if (old >= 0 && old + 1 !== label) {
    cells.set(old + 1, "");
    cells.set(old + 2, "");
  }
  const keep = Object.keys(options).length > 0;
  if (keep || old >= 0) {
    cells.set(label, keep ? LAYOUT_LABEL : "");
    cells.set(label + 1, keep ? JSON.stringify(options) : "");
  }
  return [...cells].map(([row, value]) => ({ row, value })).sort((a, b) => a.row - b.row);
}
