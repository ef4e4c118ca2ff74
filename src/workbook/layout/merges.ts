/**
 * Merged cells (合并单元格) as a reader gives them: a merged range holds its value in its top-left
 * cell only. Here the value is given to every cell of the range, so a 类别 merged down over a group
 * belongs to each of its rows and a parent header merged across belongs to each of its sub-columns.
 */
import type { CellValue } from "../../engine/types";
import type { CellBox } from "../grid";

/**
 * The cells of rows `top..bottom` with every merged range filled with its top-left value.
 * A row a merge fills is a copy (the grid is never changed); every other row is the grid's own
 * array, shared — treat the result as read-only. Columns beyond a row's end are left missing.
 * @example filledCells([["类别", "单位"], ["区直", "甲"], [null, "乙"]], [{ top: 1, left: 0, bottom: 2, right: 0 }], 0, 2)[2] // ["区直", "乙"]
 */
export function filledCells(cells: readonly CellValue[][], merges: readonly CellBox[], top: number, bottom: number): CellValue[][] {
  const out: CellValue[][] = new Array(Math.max(0, bottom - top + 1));
  const copied = new Set<number>();
  for (let r = top; r <= bottom; r++) out[r - top] = cells[r] ?? [];
  for (const m of merges) {
    if (m.bottom < top || m.top > bottom) continue;
    const v = cells[m.top]?.[m.left] ?? null;
    if (v === null || v === undefined) continue;
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++) {
      if (!copied.has(r)) {
        copied.add(r);
        out[r - top] = [...(out[r - top] as CellValue[])];
      }
      const row = out[r - top] as CellValue[];
      for (let c = m.left; c <= m.right; c++) row[c] = v;
    }
  }
  return out;
}

/**
 * The widest merged range on each row (columns it spans), by row index from `top`.
 * @example widestMerge([{ top: 0, left: 0, bottom: 0, right: 7 }], 0, 1) // [8, 0]
 */
export function widestMerge(merges: readonly CellBox[], top: number, bottom: number): number[] {
  const out = new Array<number>(bottom - top + 1).fill(0);
  for (const m of merges) {
    const span = m.right - m.left + 1;
    if (span < 2) continue;
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++) out[r - top] = Math.max(out[r - top] as number, span);
  }
  return out;
}
