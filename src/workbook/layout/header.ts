/**
 * The header (表头): one to three rows. A parent merged across its sub-columns (党建工作(30分) over
 * 基层组织, 意识形态) makes one column name per column ("党建工作/基层组织") and keeps the parent's
 * points; a cell merged down over the header rows (单位, 总分) is one name; a units row ("(分)")
 * is skipped.
 */
import { isBlank, parseNumberText } from "../../engine/input/cells";
import type { CellValue } from "../../engine/types";
import type { CellBox } from "../grid";
import { headerKey, headerText, isUnitText, splitPoints } from "./vocabulary";

/** The header rows found at a row, and the name of each column. */
export interface HeaderBlock {
  /** 0-based rows of the header, top first. */
  rows: number[];
  /** One name per column, up to the last named column. */
  headers: string[];
  /** Columns whose name has a parent shared with other columns (a sub-column, not a whole column). */
  sub: boolean[];
  /** Points of parent headers, by column name. */
  points: Record<string, number>;
}

const isNumeric = (v: CellValue) => typeof v === "number" || (typeof v === "string" && parseNumberText(v) !== null);

/** A row of short texts only (a sub-header), with at least one. */
function textRow(cells: readonly CellValue[]): boolean {
  let any = false;
  for (const v of cells) {
    if (isBlank(v)) continue;
    if (isNumeric(v) && !(typeof v === "string" && isUnitText(v))) return false;
    any = true;
  }
  return any;
}

function unitsRow(cells: readonly CellValue[]): boolean {
  let any = false;
  for (const v of cells) {
    if (isBlank(v)) continue;
    if (typeof v !== "string" || !isUnitText(v)) return false;
    any = true;
  }
  return any;
}

/**
 * The header block starting at row `r` (0-based) of `filled` (merges filled, indexed from `top`).
 * `width` is the sheet's table width, for telling a title merged across everything from a parent.
 */
export function headerBlock(filled: readonly CellValue[][], top: number, merges: readonly CellBox[], r: number, width: number, limit: number): HeaderBlock {
  const rows = [r];
  const parentSpan = (m: CellBox) => m.right > m.left && m.right - m.left + 1 < Math.max(2, 0.9 * width);
  while (rows.length < 3 && r + rows.length <= limit) {
    const next = r + rows.length;
    const cells = filled[next - top] ?? [];
    const mergedDown = merges.some((m) => m.top >= r && m.top < next && m.bottom >= next);
    const parentAbove = merges.some((m) => m.top >= r && m.top < next && m.bottom < next && parentSpan(m)) && textRow(cells);
    if (!(mergedDown || parentAbove || unitsRow(cells))) break;
    rows.push(next);
  }

  // A parent is a cell merged across columns (not a title across the whole width) on a header row.
  const parentAt = (row: number, c: number) => merges.some((m) => m.top <= row && m.bottom >= row && m.left <= c && m.right >= c && parentSpan(m) && m.bottom < rows[rows.length - 1]!);
  let last = -1;
  for (const row of rows) {
    const cells = filled[row - top] ?? [];
    for (let c = cells.length - 1; c > last; c--) if (headerText(cells[c]) !== "" && !isUnitText(headerText(cells[c]))) last = c;
  }
  const headers: string[] = [];
  const sub: boolean[] = [];
  const points: Record<string, number> = {};
  for (let c = 0; c <= last; c++) {
    const parts: string[] = [];
    let parentPoints: number | undefined;
    let hasParent = false;
    for (const row of rows) {
      let t = headerText(filled[row - top]?.[c]);
      if (t === "" || isUnitText(t)) continue;
      if (parentAt(row, c)) {
        const p = splitPoints(t);
        t = p.text;
        if (p.points !== undefined) parentPoints = p.points;
        hasParent = true;
      }
      if (parts.length > 0 && headerKey(parts[parts.length - 1] as string) === headerKey(t)) continue;
      parts.push(t);
    }
    const name = parts.join("/");
    headers.push(name);
    sub.push(hasParent && parts.length > 1);
    if (parentPoints !== undefined && name !== "") points[name] = parentPoints;
  }
  return { rows, headers, sub, points };
}
