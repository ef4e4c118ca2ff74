/**
 * Tables are held column by column (see {@link Table}). These build one from rows written out
 * one at a time — tests, small hosts, the periods that join sheets — and give a row back for the
 * few places that show one (a preview, a message).
 */
import type { CellValue, Table } from "../types";

/** A data row written out: its cells, and what a layout found about it. */
export interface RowInput {
  /** 1-based sheet row; by default the row after the previous one (the header's next for the first). */
  row?: number;
  cells: readonly CellValue[];
  /** 类别 from a group label row above. */
  group?: string;
  /** Why the subject takes no part (不参加考核…). */
  pending?: string;
  /** 单位 beside a person's name. */
  unit?: string;
}

/** What {@link tableFromRows} takes: a table's heading, then its rows as cells or {@link RowInput}s. */
export interface RowsInput {
  sheet: string;
  headerRow: number;
  headers: readonly string[];
  rows: readonly (RowInput | readonly CellValue[])[];
}

/**
 * A table from its rows. A cell past the end of a row, or past the last header, is left out
 * (a column per header, blank cells null); `groups`, `pending` and `units` are set only when a
 * row carries one.
 * @example
 * tableFromRows({ sheet: "表1", headerRow: 1, headers: ["单位", "总分"], rows: [["区财政局", 91.5], ["区教育局", 88]] })
 * // { sheet: "表1", headerRow: 1, headers: [...], rows: [2, 3], columns: [["区财政局", "区教育局"], [91.5, 88]] }
 */
export function tableFromRows(input: RowsInput): Table {
  const n = input.rows.length;
  const width = input.headers.length;
  const columns: CellValue[][] = Array.from({ length: width }, () => new Array<CellValue>(n));
  const rows: number[] = new Array<number>(n);
  let groups: (string | undefined)[] | undefined;
  let pending: (string | undefined)[] | undefined;
  let units: (string | undefined)[] | undefined;
  let next = input.headerRow + 1;
  for (let i = 0; i < n; i++) {
    const item = input.rows[i]!;
    const r: RowInput = isCells(item) ? { cells: item } : item;
    rows[i] = r.row ?? next;
    next = rows[i]! + 1;
    for (let c = 0; c < width; c++) columns[c]![i] = r.cells[c] ?? null;
    if (r.group !== undefined) (groups ??= new Array<string | undefined>(n).fill(undefined))[i] = r.group;
    if (r.pending !== undefined) (pending ??= new Array<string | undefined>(n).fill(undefined))[i] = r.pending;
    if (r.unit !== undefined) (units ??= new Array<string | undefined>(n).fill(undefined))[i] = r.unit;
  }
  return {
    sheet: input.sheet,
    headerRow: input.headerRow,
    headers: [...input.headers],
    rows,
    columns,
    ...(groups ? { groups } : {}),
    ...(pending ? { pending } : {}),
    ...(units ? { units } : {}),
  };
}

function isCells(item: RowInput | readonly CellValue[]): item is readonly CellValue[] {
  return Array.isArray(item);
}

/**
 * Data row `i`'s cells, one per header.
 * @example rowCells(table, 0) // ["区财政局", 91.5]
 */
export function rowCells(table: Table, i: number): CellValue[] {
  return table.columns.map((column) => column[i] ?? null);
}

/** Data row `i`'s cell in column `c` (null when the table has no such column). */
export function cellAt(table: Table, i: number, c: number): CellValue {
  return table.columns[c]?.[i] ?? null;
}

/**
 * The data rows `keep` picks, in their order, as a table of their own.
 * @example pickRows(table, [0, 2]).rows // the first and third data rows' sheet rows
 */
export function pickRows(table: Table, keep: readonly number[]): Table {
  const pick = <T>(xs: readonly T[]): T[] => keep.map((i) => xs[i] as T);
  return {
    sheet: table.sheet,
    headerRow: table.headerRow,
    headers: table.headers,
    rows: pick(table.rows),
    columns: table.columns.map(pick),
    ...(table.groups ? { groups: pick(table.groups) } : {}),
    ...(table.pending ? { pending: pick(table.pending) } : {}),
    ...(table.units ? { units: pick(table.units) } : {}),
  };
}

/** A data row written out again, as {@link tableRows} gives it. */
export interface WrittenRow {
  row: number;
  cells: CellValue[];
  group?: string;
  pending?: string;
  unit?: string;
}

/**
 * The table's data rows written out one by one — the inverse of {@link tableFromRows}, for the
 * places that show rows rather than read columns.
 * @example tableRows(table)[0] // { row: 2, cells: ["区财政局", 91.5] }
 */
export function tableRows(table: Table): WrittenRow[] {
  return table.rows.map((row, i) => {
    const out: WrittenRow = { row, cells: rowCells(table, i) };
    const group = table.groups?.[i];
    const pending = table.pending?.[i];
    const unit = table.units?.[i];
    if (group !== undefined) out.group = group;
    if (pending !== undefined) out.pending = pending;
    if (unit !== undefined) out.unit = unit;
    return out;
  });
}
