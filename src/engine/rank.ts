/**
 * 排名 — competition ranking like Excel's RANK.EQ (1, 2, 2, 4): higher score first, within a group,
 * with optional tie-break keys compared after the score.
 */
import type { Subject } from "./types";

/**
 * Compare two subjects for ranking: negative when `a` ranks before `b`, 0 when they are tied
 * (same score and same tie-break keys).
 * @example compareSubjects({ score: 90 }, { score: 80 }) < 0 // true
 */
export function compareSubjects(a: Pick<Subject, "score" | "tieBreak">, b: Pick<Subject, "score" | "tieBreak">): number {
  const d = (b.score as number) - (a.score as number);
  if (d !== 0) return d;
  const ka = a.tieBreak;
  const kb = b.tieBreak;
  if (!ka || !kb) return 0;
  for (let i = 0; i < ka.length; i++) {
    const e = (kb[i] as number) - (ka[i] as number);
    if (e !== 0) return e;
  }
  return 0;
}

/**
 * Indices of `members` in ranking order (best first). Ties keep row order, so the result does
 * not depend on anything but the data and the row order of tied subjects.
 */
export function rankOrder(subjects: readonly Subject[], members: readonly number[]): Int32Array {
  const order = Int32Array.from(members);
  const noTieBreak = members.every((i) => !(subjects[i] as Subject).tieBreak);
  if (noTieBreak) {
    // Fast path: plain numeric comparison on a score array.
    const score = new Float64Array(subjects.length);
    for (const i of members) score[i] = (subjects[i] as Subject).score as number;
    order.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
  } else {
    order.sort((a, b) => compareSubjects(subjects[a] as Subject, subjects[b] as Subject) || a - b);
  }
  return order;
}

/**
 * Competition ranks for an order produced by {@link rankOrder}: tied subjects share the best rank,
 * and the next rank skips (1, 2, 2, 4). Writes `ranks[subjectIndex]`.
 */
export function assignRanks(subjects: readonly Subject[], order: Int32Array, ranks: (number | null)[]): void {
  for (let p = 0; p < order.length; p++) {
    const i = order[p] as number;
    const prev = p > 0 ? (order[p - 1] as number) : -1;
    ranks[i] = prev >= 0 && compareSubjects(subjects[prev] as Subject, subjects[i] as Subject) === 0 ? (ranks[prev] as number) : p + 1;
  }
}

/**
 * Tie blocks of an order: `[start, end)` position ranges whose subjects are tied.
 * @example for (const [s, e] of tieBlocks(subjects, order)) { … }
 */
export function* tieBlocks(subjects: readonly Subject[], order: ArrayLike<number>): Generator<[number, number]> {
  let s = 0;
  for (let p = 1; p <= order.length; p++) {
    if (p === order.length || compareSubjects(subjects[order[s] as number] as Subject, subjects[order[p] as number] as Subject) !== 0) {
      yield [s, p];
      s = p;
    }
  }
}

/**
 * RANK.EQ over plain numbers, descending: the rank of each value among all values.
 * @example rankValues([90, 85, 85, 70]) // [1, 2, 2, 4]
 */
export function rankValues(values: readonly number[], direction: "higher" | "lower" = "higher"): number[] {
  const order = Array.from(values.keys()).sort((a, b) =>
    direction === "higher" ? (values[b] as number) - (values[a] as number) : (values[a] as number) - (values[b] as number),
  );
  const ranks = new Array<number>(values.length);
  order.forEach((i, p) => {
    const prev = order[p - 1];
    ranks[i] = prev !== undefined && values[prev] === values[i] ? (ranks[prev] as number) : p + 1;
  });
  return ranks;
}
