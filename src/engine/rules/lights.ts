/**
 * 红/黄/绿 — lights for the 晾晒表 board: the top `green` of a group green, the bottom `red` red,
 * the rest yellow, by rank within the group. Tied subjects share the better light: a tie that
 * straddles the green line is all green; one that straddles the red line is all yellow.
 * When green and red overlap (small groups), green wins.
 */
import { countOf } from "./quota";
import type { Scheme } from "../scheme/scheme";
import { rankOrder, tieBlocks, type RankKeys } from "./rank";
import type { Light } from "../types";

/**
 * Set `lights[i]` for the subjects of one group, given in rank order.
 * @example // 九原区: 10 units, top 4 green, 5th–7th yellow, bottom 3 red
 */
export function assignGroupLights(order: ArrayLike<number>, rule: NonNullable<Scheme["lights"]>, lights: (Light | null)[], keys: RankKeys): void {
  const n = order.length;
  const green = countOf(rule.green, n);
  const red = countOf(rule.red, n);
  for (const [s, e] of tieBlocks(keys, order)) {
    const light: Light = s < green ? "green" : s >= n - red ? "red" : "yellow";
    for (let p = s; p < e; p++) lights[order[p] as number] = light;
  }
}

/**
 * Lights for plain scores (one group), for the custom functions.
 * @example lightsOf([98, 95, 90, 88, 85, 80, 78, 70, 65, 60], { count: 4 }, { count: 3 })
 * // ["green","green","green","green","yellow","yellow","yellow","red","red","red"]
 */
export function lightsOf(
  scores: readonly number[],
  green: NonNullable<Scheme["lights"]>["green"],
  red: NonNullable<Scheme["lights"]>["red"],
): Light[] {
  const keys: RankKeys = { scores: Float64Array.from(scores), tieBreak: null };
  const order = rankOrder(keys, Array.from(scores.keys()));
  const out: (Light | null)[] = new Array(scores.length).fill(null);
  assignGroupLights(order, { green, red }, out, keys);
  return out as Light[];
}
