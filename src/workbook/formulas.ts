/**
 * 写回结果 "as formulas": instead of the tier and light values, one spilling call per column —
 * `=ASSESS.TIERS(scores,,groups,vetoes)` and `=ASSESS.LIGHTS(scores,,,groups)` in the first data
 * row of the 【计算】等次 / 【计算】亮灯 columns — so the results stay live when a score changes, and
 * Excel sends each column to the add-in once rather than once per cell. The formulas use the
 * workbook's saved scheme (the argument left blank). Pure: the Office host writes what this returns.
 */
import { columnLetter } from "../engine/input/cells";
import type { OutputColumn } from "../engine/check/outputs";
import type { HostTable } from "./host";

/** One spilling formula: where it goes (1-based row, 0-based column) and the rows it fills. */
export interface SpillFormula {
  key: "tier" | "light";
  row: number;
  col: number;
  rows: number;
  formula: string;
}

/** `$E$3:$E$62` */
function area(col: number, first: number, last: number): string {
  const c = columnLetter(col);
  return `$${c}$${first}:$${c}$${last}`;
}

/**
 * The spilling formulas for the tier and light columns, or null when they cannot spill over the
 * table: rows that are not subjects between the data rows (a subtotal row would be read as a score),
 * or no score column to point at. `placed` is where writeResults put each output column.
 * @example spillFormulas(read, { score: 9, tier: 11 }, columns) // [{ key: "tier", row: 3, col: 11, rows: 60, formula: "=ASSESS.TIERS($J$3:$J$62,,$C$3:$C$62,$H$3:$H$62)" }]
 */
export function spillFormulas(read: HostTable, placed: Record<string, number>, columns: readonly OutputColumn[]): SpillFormula[] | null {
  const rows = read.table.rows;
  if (rows.length === 0) return null;
  const first = rows[0] as number;
  const last = rows[rows.length - 1] as number;
  if (last - first + 1 !== rows.length) return null;
  const keys = new Set(columns.map((c) => c.key));
  const scoreCol = keys.has("score") ? placed.score : read.map.score;
  if (scoreCol === undefined) return null;
  const scores = area(scoreCol, first, last);
  const groups = read.map.group === undefined ? "" : area(read.map.group, first, last);
  const vetoes = read.map.veto === undefined ? "" : area(read.map.veto, first, last);
  const out: SpillFormula[] = [];
  const trim = (args: string[]) => {
    while (args.length > 1 && args[args.length - 1] === "") args.pop();
    return args.join(",");
  };
  if (keys.has("tier") && placed.tier !== undefined) out.push({ key: "tier", row: first, col: placed.tier, rows: rows.length, formula: `=ASSESS.TIERS(${trim([scores, "", groups, vetoes])})` });
  if (keys.has("light") && placed.light !== undefined) out.push({ key: "light", row: first, col: placed.light, rows: rows.length, formula: `=ASSESS.LIGHTS(${trim([scores, "", "", groups])})` });
  return out;
}
