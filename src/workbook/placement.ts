/**
 * Where Assess's result columns go — the same rule for every host (the .xlsx file, Excel):
 * a column whose header is already one of Assess's own (【计算】…) is overwritten in place, so
 * applying twice changes nothing; the others take the first columns to the right of the table
 * that are empty on the header row and on every data row. Pure: the host says what is empty.
 */
import { normalizeText } from "../engine/input/labels";
import type { Table } from "../engine/types";

/**
 * The 0-based column of each result column, by key.
 * @param isEmpty whether the cell at a 1-based sheet row and 0-based column holds nothing
 * @example placeColumns(table, {}, [{ key: "tier", header: "【计算】等次" }], () => true) // { tier: 5 } for a 5-column table
 */
export function placeColumns(
  table: Table,
  ownColumns: Record<string, number>,
  columns: readonly { key: string; header: string }[],
  isEmpty: (row: number, col: number) => boolean,
): Record<string, number> {
  const own = new Map<string, number>();
  for (const [h, c] of Object.entries(ownColumns)) own.set(normalizeText(h), c);
  const taken = new Set<number>(own.values());
  const rows = [table.headerRow, ...table.rows];
  let next = Math.max(table.headers.length, ...[...taken].map((c) => c + 1));
  const out: Record<string, number> = {};
  for (const column of columns) {
    const existing = own.get(normalizeText(column.header));
    if (existing !== undefined) {
      out[column.key] = existing;
      continue;
    }
    while (taken.has(next) || !rows.every((r) => isEmpty(r, next))) next++;
    taken.add(next);
    out[column.key] = next;
  }
  return out;
}
