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
 * Indices of `members` in ranking order (best first). Ties keep row order, so the result depends
 * only on the data (and, among tied subjects, on their row order).
 * @param scores the subjects' scores by subject index (NaN where unusable), shared across groups
 */
export function rankOrder(subjects: readonly Subject[], members: ArrayLike<number>, scores: Float64Array = scoresOf(subjects)): Int32Array {
  const m = members.length;
  const order = new Int32Array(m);
  let tieBreak = false;
  for (let k = 0; k < m; k++) if ((subjects[members[k] as number] as Subject).tieBreak) tieBreak = true;
  if (tieBreak) {
    for (let k = 0; k < m; k++) order[k] = members[k] as number;
    order.sort((a, b) => compareSubjects(subjects[a] as Subject, subjects[b] as Subject) || a - b);
    return order;
  }
  // Fast path without a comparator: sort the scores natively, then place each subject, in row
  // order, at the start of its tie block (the number of higher scores) plus the block's cursor.
  const sorted = new Float64Array(m);
  for (let k = 0; k < m; k++) sorted[k] = scores[members[k] as number] as number;
  sorted.sort();
  const cursor = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const i = members[k] as number;
    const s = scores[i] as number;
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) > s) hi = mid;
      else lo = mid + 1;
    }
    const start = m - lo;
    order[start + (cursor[start] as number)] = i;
    cursor[start]!++;
  }
  return order;
}

/** Scores by subject index, NaN where a subject has none. */
export function scoresOf(subjects: readonly Subject[]): Float64Array {
  const scores = new Float64Array(subjects.length);
  for (let i = 0; i < subjects.length; i++) scores[i] = (subjects[i] as Subject).score ?? Number.NaN;
  return scores;
}

/** Whether two subjects are tied (same score and tie-break keys), using a score array. */
export function tied(subjects: readonly Subject[], scores: Float64Array, a: number, b: number): boolean {
  if (scores[a] !== scores[b]) return false;
  const sa = subjects[a] as Subject;
  return !sa.tieBreak || compareSubjects(sa, subjects[b] as Subject) === 0;
}

/**
 * Competition ranks for an order produced by {@link rankOrder}: tied subjects share the best rank,
 * and the next rank skips (1, 2, 2, 4). Writes `ranks[subjectIndex]`.
 */
export function assignRanks(subjects: readonly Subject[], order: Int32Array, ranks: Float64Array | (number | null)[], scores: Float64Array = scoresOf(subjects)): void {
  let rank = 1;
  for (let p = 0; p < order.length; p++) {
    const i = order[p] as number;
    if (p > 0 && !tied(subjects, scores, order[p - 1] as number, i)) rank = p + 1;
    ranks[i] = rank;
  }
}

/**
 * Tie blocks of an order: `[start, end)` position ranges whose subjects are tied.
 * @example for (const [s, e] of tieBlocks(subjects, order)) { … }
 */
export function tieBlocks(subjects: readonly Subject[], order: ArrayLike<number>, scores: Float64Array = scoresOf(subjects)): [number, number][] {
  const blocks: [number, number][] = [];
  let s = 0;
  for (let p = 1; p <= order.length; p++) {
    if (p === order.length || !tied(subjects, scores, order[s] as number, order[p] as number)) {
      blocks.push([s, p]);
      s = p;
    }
  }
  return blocks;
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
