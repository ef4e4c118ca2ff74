/**
 * 红/黄/绿 — lights for the 晾晒表 board: the top `green` of a group green, the bottom `red` red,
 * the rest yellow, by rank within the group. Tied subjects share the better light: a tie that
 * straddles the green line is all green; one that straddles the red line is all yellow.
 * When green and red overlap (small groups), green wins.
 */
import { countOf } from "./quota";
import type { Scheme } from "./scheme";
import { tieBlocks } from "./rank";
import type { Light, Subject } from "./types";

/**
 * Set `lights[i]` for the subjects of one group, given in rank order.
 * @example // 九原区: 10 units, top 4 green, 5th–7th yellow, bottom 3 red
 */
export function assignGroupLights(
  subjects: readonly Subject[],
  order: ArrayLike<number>,
  rule: NonNullable<Scheme["lights"]>,
  lights: (Light | null)[],
  scores?: Float64Array,
): void {
  const n = order.length;
  const green = countOf(rule.green, n);
  const red = countOf(rule.red, n);
  for (const [s, e] of tieBlocks(subjects, order, scores)) {
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
  const subjects: Subject[] = scores.map((score, row) => ({ name: String(row), row, group: "", score }));
  const order = Int32Array.from(scores.keys()).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const out: (Light | null)[] = new Array(scores.length).fill(null);
  assignGroupLights(subjects, order, { green, red }, out);
  return out as Light[];
}
