/**
 * TOPSIS (逼近理想解排序法, Hwang & Yoon 1981) — ranks alternatives (rows) by how close they are to
 * the ideal alternative and how far from the anti-ideal one, on weighted criteria (columns).
 *
 * 1. Normalise each column (the caller chooses how, explicitly):
 *    - `vector` (向量归一化, Hwang & Yoon's): r_ij = x_ij / √(Σ_i x_ij²); the direction is applied
 *      at step 3. A column of zeros stays 0.
 *    - `minmax` (极差标准化): r_ij = (x_ij − min) / (max − min) for a benefit criterion,
 *      (max − x_ij) / (max − min) for a cost one, so higher is better everywhere. A constant column
 *      becomes all 1.
 * 2. Weight: v_ij = w_j · r_ij (weights summing to 1, or to 100 and then divided by 100).
 * 3. Ideal A⁺ and anti-ideal A⁻ per column: for `vector`, the largest v of a benefit criterion and
 *    the smallest of a cost one (A⁻ the other way round); for `minmax`, the largest v (A⁻ the smallest).
 * 4. D⁺_i, D⁻_i: Euclidean distances of row i to A⁺ and A⁻.
 * 5. Closeness C_i = D⁻_i / (D⁺_i + D⁻_i) in [0, 1], higher is better. When D⁺ + D⁻ = 0 — which
 *    happens only when every alternative is the same on every weighted criterion — C_i = 0.5 for all.
 * A column on which everyone is equal adds nothing to either distance: it cannot separate alternatives.
 */
import { weightScale } from "../scoring/weights";
import type { Direction } from "./entropy";
import { McdmOptionError, checkTable, problemNumber, type McdmProblem, type McdmResult } from "./problems";

/** How columns are normalised; see the module comment. */
export type Normalization = "vector" | "minmax";

/** The TOPSIS normalisations. */
export const normalizations: Normalization[] = ["vector", "minmax"];

/** Options of {@link topsis}. */
export interface TopsisOptions {
  /** Required: the two normalisations can rank differently. */
  normalization: Normalization;
}

/** Closeness, ranks and the distances behind them. */
export interface TopsisResult {
  normalization: Normalization;
  /** C_i per alternative (row), in [0, 1]. */
  scores: number[];
  /** Competition ranks by C descending: 1, 2, 2, 4. Scores equal to 12 significant digits tie. */
  ranks: number[];
  dPlus: number[];
  dMinus: number[];
  /** A⁺ in the weighted normalised space (v), one per criterion. */
  ideal: number[];
  /** A⁻ in the weighted normalised space (v), one per criterion. */
  antiIdeal: number[];
}

/**
 * Rank alternatives by TOPSIS. Needs at least two alternatives. Every problem is reported: blank
 * or non-numeric cells and weights (NOT_NUMBER), ragged rows, weights or directions not one per
 * criterion (LENGTH_MISMATCH), negative weights (NEGATIVE), weights adding up to neither 1 nor
 * 100 (WEIGHTS_SUM).
 * @example
 * // Opricovic & Tzeng (2004), EJOR 156(2): cost criterion then benefit criterion, equal weights
 * topsis([[1, 3000], [2, 3750], [5, 4500]], [0.5, 0.5], ["cost", "benefit"], { normalization: "minmax" })
 * // { ok: true, value: { scores: [0.5, 0.617, 0.5] (rounded), ranks: [2, 1, 2], … } }
 */
export function topsis(
  data: readonly (readonly (number | null)[])[],
  weights: readonly number[],
  directions: readonly Direction[],
  opts: TopsisOptions,
): McdmResult<TopsisResult> {
  const { normalization } = opts;
  if (!normalizations.includes(normalization)) throw new McdmOptionError("normalization", normalization);
  for (const d of directions) if (d !== "benefit" && d !== "cost") throw new McdmOptionError("direction", d);

  const table = checkTable(data, 2);
  const problems: McdmProblem[] = [...table.problems];
  if (problems.some((p) => p.code === "TOO_SMALL" || p.code === "RAGGED")) return { ok: false, problems };
  const { k } = table;
  if (weights.length !== k) problems.push({ code: "LENGTH_MISMATCH", what: "weights", value: String(weights.length), expected: String(k) });
  if (directions.length !== k) problems.push({ code: "LENGTH_MISMATCH", what: "directions", value: String(directions.length), expected: String(k) });
  let sum = 0;
  let weightsOk = true;
  weights.forEach((w, j) => {
    if (!Number.isFinite(w)) {
      problems.push({ code: "NOT_NUMBER", what: "weights", col: j, value: String(w) });
      weightsOk = false;
    } else if (w < 0) {
      problems.push({ code: "NEGATIVE", what: "weights", col: j, value: problemNumber(w) });
      weightsOk = false;
    }
    sum += w;
  });
  const scale = weightScale(sum);
  if (weightsOk && weights.length > 0 && scale === null) problems.push({ code: "WEIGHTS_SUM", what: "weights", value: problemNumber(sum), expected: "1 / 100" });
  if (problems.length > 0) return { ok: false, problems };

  const x = data as readonly (readonly number[])[];
  const m = x.length;
  const w = weights.map((v) => v / scale!);
  const v: number[][] = x.map(() => new Array<number>(k).fill(0));
  const ideal: number[] = [];
  const antiIdeal: number[] = [];
  for (let j = 0; j < k; j++) {
    const col = x.map((row) => row[j]!);
    const r = normalization === "vector" ? vectorNormalised(col) : minmaxNormalised(col, directions[j]!);
    let hi = -Infinity;
    let lo = Infinity;
    for (let i = 0; i < m; i++) {
      const value = w[j]! * r[i]!;
      v[i]![j] = value;
      if (value > hi) hi = value;
      if (value < lo) lo = value;
    }
    const costLike = normalization === "vector" && directions[j] === "cost";
    ideal.push(costLike ? lo : hi);
    antiIdeal.push(costLike ? hi : lo);
  }
  const distance = (row: readonly number[], to: readonly number[]) => Math.sqrt(row.reduce((s, value, j) => s + (value - to[j]!) ** 2, 0));
  const dPlus = v.map((row) => distance(row, ideal));
  const dMinus = v.map((row) => distance(row, antiIdeal));
  const scores = dPlus.map((p, i) => {
    const total = p + dMinus[i]!;
    return total === 0 ? 0.5 : dMinus[i]! / total;
  });
  return { ok: true, value: { normalization, scores, ranks: competitionRanks(scores), dPlus, dMinus, ideal, antiIdeal } };
}

/** x / √(Σ x²); a column of zeros stays 0. */
function vectorNormalised(col: readonly number[]): number[] {
  const norm = Math.sqrt(col.reduce((s, x) => s + x * x, 0));
  return col.map((x) => (norm === 0 ? 0 : x / norm));
}

/** (x − min) / range for a benefit, (max − x) / range for a cost; a constant column is all 1. */
function minmaxNormalised(col: readonly number[], direction: Direction): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of col) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (hi === lo) return col.map(() => 1);
  return col.map((x) => (direction === "benefit" ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo)));
}

/**
 * Competition ranks, highest first (1, 2, 2, 4); values equal to 12 significant digits tie.
 * @example competitionRanks([0.5, 0.617, 0.5]) // [2, 1, 2]
 */
export function competitionRanks(values: readonly number[]): number[] {
  const keys = values.map((s) => Number(s.toPrecision(12)));
  const order = keys.map((_, i) => i).sort((a, b) => keys[b]! - keys[a]!);
  const ranks = new Array<number>(keys.length);
  order.forEach((i, pos) => {
    const prev = order[pos - 1];
    ranks[i] = prev !== undefined && keys[prev] === keys[i] ? ranks[prev]! : pos + 1;
  });
  return ranks;
}
