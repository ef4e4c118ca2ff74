/**
 * 排名 — competition ranking like Excel's RANK.EQ (1, 2, 2, 4): higher score first, within a group,
 * with optional tie-break keys compared after the score.
 */
import { radixPass } from "./radix";
import type { Subject } from "../types";

/**
 * What ranking compares, by subject index: the score (NaN where unusable) and, only when some
 * subject has them, the tie-break keys. Built once per assessment and shared by every step.
 */
export interface RankKeys {
  scores: Float64Array;
  tieBreak: (readonly number[] | undefined)[] | null;
}

/** The ranking keys of subjects. */
export function rankKeys(subjects: readonly Subject[]): RankKeys {
  const n = subjects.length;
  const scores = new Float64Array(n);
  let tieBreak: (readonly number[] | undefined)[] | null = null;
  for (let i = 0; i < n; i++) {
    const s = subjects[i] as Subject;
    scores[i] = (s.score ?? Number.NaN) + 0; // -0 → 0
    if (s.tieBreak) (tieBreak ??= new Array(n).fill(undefined))[i] = s.tieBreak;
  }
  return { scores, tieBreak };
}

/** Negative when subject a ranks before b, 0 when tied. */
function compareKeys(k: RankKeys, a: number, b: number): number {
  const d = (k.scores[b] as number) - (k.scores[a] as number);
  if (d !== 0 || !k.tieBreak) return d;
  const ka = k.tieBreak[a];
  const kb = k.tieBreak[b];
  if (!ka || !kb) return 0;
  for (let i = 0; i < ka.length; i++) {
    const e = (kb[i] as number) - (ka[i] as number);
    if (e !== 0) return e;
  }
  return 0;
}

/** Whether two subjects are tied (same score and tie-break keys). */
export function tied(k: RankKeys, a: number, b: number): boolean {
  return k.scores[a] === k.scores[b] && (!k.tieBreak || compareKeys(k, a, b) === 0);
}

/**
 * Indices of `members` in ranking order (best first). Tied subjects keep their row order, so the
 * order depends only on the data.
 * @example rankOrder(rankKeys(subjects), [0, 1, 2]) // Int32Array [2, 0, 1] when scores are 80, 70, 90
 */
export function rankOrder(k: RankKeys, members: ArrayLike<number>, scratch?: RadixScratch): Int32Array {
  const m = members.length;
  const order = new Int32Array(m);
  if (k.tieBreak) {
    for (let j = 0; j < m; j++) order[j] = members[j] as number;
    order.sort((a, b) => compareKeys(k, a, b) || a - b);
    return order;
  }
  return scoreOrder(k.scores, members, order, scratch ?? radixScratch(m));
}

/** Working memory of the radix sort, allocated once for the largest group and reused. */
export interface RadixScratch {
  hi: Uint32Array;
  lo: Uint32Array;
  tmp: Int32Array;
  count: Int32Array;
}

/** Scratch space for sorting groups of up to `size` subjects. */
export function radixScratch(size: number): RadixScratch {
  const n = size < SMALL ? 0 : size;
  return { hi: new Uint32Array(n), lo: new Uint32Array(n), tmp: new Int32Array(n), count: new Int32Array(n ? 65536 : 0) };
}

/** Below this size a comparator sort beats the radix sort's fixed costs. */
const SMALL = 2048;

/**
 * Members by score, highest first, ties in the order given: a stable LSD radix sort on the
 * scores' IEEE-754 bits (16 bits a pass, passes where every key agrees are skipped).
 */
function scoreOrder(scores: Float64Array, members: ArrayLike<number>, order: Int32Array, scratch: RadixScratch): Int32Array {
  const m = members.length;
  if (m < SMALL) {
    const a = Array.from({ length: m }, (_, j) => members[j] as number);
    a.sort((x, y) => (scores[y] as number) - (scores[x] as number) || x - y);
    order.set(a);
    return order;
  }
  // Keys ordered so that ascending unsigned order is descending score.
  const { hi, lo, count } = scratch;
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  for (let j = 0; j < m; j++) {
    bits[0] = (scores[members[j] as number] as number) + 0; // -0 → 0
    let h = words[1] as number;
    let l = words[0] as number;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    hi[j] = ~h >>> 0; // invert: descending
    lo[j] = ~l >>> 0;
    order[j] = j; // positions into members; mapped back at the end
  }
  let src: Int32Array = order;
  let dst: Int32Array = scratch.tmp;
  for (const [word, shift] of [[lo, 0], [lo, 16], [hi, 0], [hi, 16]] as const) {
    if (radixPass(word, shift, src, dst, m, count)) [src, dst] = [dst, src];
  }
  const positions = scratch.tmp;
  if (src === order) positions.set(order);
  for (let j = 0; j < m; j++) order[j] = members[positions[j] as number] as number;
  return order;
}

/**
 * Competition ranks for an order produced by {@link rankOrder}: tied subjects share the best rank,
 * and the next rank skips (1, 2, 2, 4). Writes `ranks[subjectIndex]`.
 */
export function assignRanks(k: RankKeys, order: Int32Array, ranks: Float64Array | (number | null)[]): void {
  let rank = 1;
  for (let p = 0; p < order.length; p++) {
    const i = order[p] as number;
    if (p > 0 && !tied(k, order[p - 1] as number, i)) rank = p + 1;
    ranks[i] = rank;
  }
}

/**
 * Tie blocks of an order: `[start, end)` position ranges whose subjects are tied.
 * @example for (const [s, e] of tieBlocks(keys, order)) { … }
 */
export function tieBlocks(k: RankKeys, order: ArrayLike<number>): [number, number][] {
  const blocks: [number, number][] = [];
  let s = 0;
  for (let p = 1; p <= order.length; p++) {
    if (p === order.length || !tied(k, order[s] as number, order[p] as number)) {
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
