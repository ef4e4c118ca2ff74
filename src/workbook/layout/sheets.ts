/**
 * Which sheet (哪张表): a visible sheet before a hidden one (an office hides last year's copy, not
 * the table it is working on), then the sheet whose table scores best — most subject rows with a
 * usable score or tier — never an instructions sheet (填报说明, 目录, 封面) however small its table
 * and early its tab.
 */
import { isBlank } from "../../engine/input/cells";
import type { CellValue } from "../../engine/types";
import type { SheetGrid } from "../grid";
import { interpretGrid, type InterpretOptions } from "./interpret";
import type { Interpretation } from "./types";
import { isInstructionSheet, isPeriodHeader } from "./vocabulary";

/** One sheet's reading, with how many subject rows carry a score or a tier. */
export interface SheetReading {
  grid: SheetGrid;
  result: Interpretation;
  /** Subject rows with a score or a tier (0 when the sheet gives no table). */
  weight: number;
}

/** What stands in an empty cell of a summary or a form: a dash, a slash, 无. */
const PLACEHOLDER = /^[\s—–\-－/／\\、.。…]*$|^(无|空|暂无|n\/?a)$/i;

/** Whether a cell says something: not blank, not a placeholder such as "—". */
function says(v: CellValue | undefined): boolean {
  return !isBlank(v) && !(typeof v === "string" && PLACEHOLDER.test(v.trim()));
}

/**
 * Subject rows: a name that is text (a unit or a person, not a count), with a score or a tier.
 * A summary sheet is not taken for an assessment table: its "names" are counts (考核对象数: 20),
 * or repeat row after row (区财政局 | 优秀 | 2, 区财政局 | 良好 | 5: no more distinct names than
 * half its rows), and a dash stands in its 等次 column (—).
 */
function weightOf(r: Interpretation): number {
  if (!r.ok) return 0;
  const { name, score, tier } = r.map;
  const names = name === undefined ? undefined : r.table.columns[name];
  const scores = score === undefined ? undefined : r.table.columns[score];
  const tiers = tier === undefined ? undefined : r.table.columns[tier];
  const distinct = new Set<CellValue>();
  let n = 0;
  for (let i = 0; i < r.table.rows.length; i++) {
    if (names !== undefined && typeof names[i] === "number") continue;
    if ((scores !== undefined && says(scores[i])) || (tiers !== undefined && says(tiers[i]))) {
      n++;
      if (names !== undefined) distinct.add(names[i] ?? null);
    }
  }
  // A table with a period column (期间) holds each unit once a period: its names repeat by design.
  const repeats = names !== undefined && n >= 4 && distinct.size * 2 <= n && !r.table.headers.some(isPeriodHeader);
  return repeats ? 0 : n;
}

/**
 * Read every candidate sheet and order them best first: visible sheets before hidden ones, then by
 * weight (ties keep the tab order). Instructions sheets are passed over; so are the sheets `skip`
 * names (Assess's own).
 * @example readSheets(grids)[0]?.grid.name // "考核结果" (not "填报说明")
 */
export function readSheets(grids: readonly SheetGrid[], opts: InterpretOptions = {}, skip: (g: SheetGrid) => boolean = () => false): SheetReading[] {
  const out: SheetReading[] = [];
  for (const grid of grids) {
    if (skip(grid) || isInstructionSheet(grid.name)) continue;
    const result = interpretGrid(grid, opts);
    out.push({ grid, result, weight: weightOf(result) });
  }
  const hidden = (r: SheetReading) => (r.grid.hidden === true ? 1 : 0);
  return out
    .map((r, i) => ({ r, i }))
    .sort((a, b) => hidden(a.r) - hidden(b.r) || b.r.weight - a.r.weight || a.i - b.i)
    .map((x) => x.r);
}
