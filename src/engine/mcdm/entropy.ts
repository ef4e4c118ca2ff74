/**
 * 熵权法 — objective criterion weights from the data itself: a criterion on which the subjects
 * differ more (lower entropy) carries more weight. Rows are subjects (考核对象), columns criteria.
 *
 * For m subjects, with proportions p_ij of criterion j (Σ_i p_ij = 1):
 *   e_j = −k Σ_i p_ij ln p_ij, k = 1 / ln m (0 · ln 0 = 0), d_j = 1 − e_j, w_j = d_j / Σ d.
 * The two variants differ in how the proportions are taken; the caller chooses one explicitly,
 * because they give different weights for the same data.
 */
import { McdmOptionError, checkTable, type McdmProblem, type McdmResult } from "./problems";

/** 正向 (benefit: higher is better) or 逆向 (cost: lower is better). */
export type Direction = "benefit" | "cost";

/**
 * - `sum` (比重法): p_ij = x_ij / Σ_i x_ij on the raw values, which must be ≥ 0; a column of zeros
 *   has no proportions (ZERO_COLUMN). Directions do not apply: the entropy of a column's
 *   distribution does not depend on which way is better.
 * - `minmax` (极差标准化后比重): each column first becomes (x − min) / (max − min) for a benefit
 *   criterion or (max − x) / (max − min) for a cost one, plus `shift`, then proportions. A column
 *   with one value for everyone has no range (CONSTANT_COLUMN).
 */
export type EntropyVariant = "sum" | "minmax";

/** The entropy variants. */
export const entropyVariants: EntropyVariant[] = ["sum", "minmax"];

/** Options of {@link entropyWeights}. */
export interface EntropyOptions {
  /** Required: the two variants give different weights. */
  variant: EntropyVariant;
  /** One per criterion, `minmax` only; default every criterion a benefit. */
  directions?: readonly Direction[];
  /**
   * `minmax` only: added to every normalised value before the proportions are taken. Default 0:
   * the convention 0 · ln 0 = 0 already handles the zero each column's worst subject gets, so no
   * shift is needed. Some textbooks add 0.0001 (or 0.01) instead; pass it to reproduce their numbers.
   */
  shift?: number;
}

/** The entropy weights and the quantities behind them, one per criterion. */
export interface EntropyResult {
  variant: EntropyVariant;
  /** w_j = d_j / Σ d, summing to 1. */
  weights: number[];
  /** e_j, in [0, 1]. */
  entropy: number[];
  /** d_j = 1 − e_j (差异系数). */
  divergence: number[];
}

/**
 * Entropy weights of the criteria (columns) of a table of subjects (rows). Needs at least two
 * subjects. Every problem is reported: blank or non-numeric cells (NOT_NUMBER), ragged rows,
 * negative values for `sum` (NEGATIVE), columns of zeros for `sum` (ZERO_COLUMN), constant
 * columns for `minmax` (CONSTANT_COLUMN) — and for `sum` when every column is constant, as then
 * no criterion can be weighed. A constant column among others gets weight 0 under `sum`.
 * @example
 * // Xu (2004), EJOR 156(2): four alternatives, four criteria
 * entropyWeights([[30, 30, 38, 29], [19, 54, 86, 29], [19, 15, 85, 28.9], [68, 70, 60, 29]], { variant: "sum" })
 * // { ok: true, value: { variant: "sum", weights: [0.4630, 0.3992, 0.1378, 0.0000] (rounded), … } }
 * @example entropyWeights([[1, 5], [2, 5]], { variant: "minmax" }) // { ok: false, problems: [{ code: "CONSTANT_COLUMN", col: 1 }] }
 */
export function entropyWeights(data: readonly (readonly (number | null)[])[], opts: EntropyOptions): McdmResult<EntropyResult> {
  const { variant } = opts;
  if (!entropyVariants.includes(variant)) throw new McdmOptionError("entropy variant", variant);
  const shift = opts.shift ?? 0;
  if (!(shift >= 0 && Number.isFinite(shift))) throw new McdmOptionError("shift", shift);
  for (const d of opts.directions ?? []) if (d !== "benefit" && d !== "cost") throw new McdmOptionError("direction", d);

  const table = checkTable(data, 2);
  const problems: McdmProblem[] = [...table.problems];
  const { k } = table;
  if (problems.some((p) => p.code === "TOO_SMALL" || p.code === "RAGGED")) return { ok: false, problems };
  if (variant === "minmax" && opts.directions && opts.directions.length !== k) {
    problems.push({ code: "LENGTH_MISMATCH", what: "directions", value: String(opts.directions.length), expected: String(k) });
  }
  const x = data as readonly (readonly number[])[];
  const m = x.length;
  const columns: number[][] = [];
  for (let j = 0; j < k; j++) {
    const col = x.map((row) => row[j]!);
    columns.push(col);
    if (table.badColumns.has(j)) continue;
    if (variant === "sum") {
      col.forEach((v, i) => {
        if (v < 0) problems.push({ code: "NEGATIVE", row: i, col: j, value: String(v) });
      });
      if (col.every((v) => v === 0)) problems.push({ code: "ZERO_COLUMN", col: j });
    } else if (col.every((v) => v === col[0])) {
      problems.push({ code: "CONSTANT_COLUMN", col: j });
    }
  }
  if (problems.length > 0) return { ok: false, problems: inReadingOrder(problems) };

  const lnM = Math.log(m);
  const entropy: number[] = [];
  for (let j = 0; j < k; j++) {
    const col = columns[j]!;
    // A constant column is uniform: entropy exactly 1 (no rounding error to give it a sliver of weight).
    if (col.every((v) => v === col[0])) {
      entropy.push(1);
      continue;
    }
    const z = variant === "sum" ? col : minmax(col, opts.directions?.[j] ?? "benefit", shift);
    const total = z.reduce((s, v) => s + v, 0);
    let h = 0;
    for (const v of z) {
      const p = v / total;
      if (p > 0) h -= p * Math.log(p);
    }
    entropy.push(h / lnM);
  }
  const divergence = entropy.map((e) => 1 - e);
  const dSum = divergence.reduce((s, d) => s + d, 0);
  if (!(dSum > 0)) {
    // Only under "sum": every column constant, nothing to tell the criteria apart.
    return { ok: false, problems: columns.map((_, j) => ({ code: "CONSTANT_COLUMN", col: j })) };
  }
  return { ok: true, value: { variant, weights: divergence.map((d) => d / dSum), entropy, divergence } };
}

/** (x − min) / (max − min) for a benefit, (max − x) / (max − min) for a cost, plus the shift. */
function minmax(col: readonly number[], direction: Direction, shift: number): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of col) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const range = hi - lo;
  return col.map((v) => (direction === "benefit" ? (v - lo) / range : (hi - v) / range) + shift);
}

/** Cell problems row by row, column problems after them by column, the rest first. */
function inReadingOrder(problems: McdmProblem[]): McdmProblem[] {
  const key = (p: McdmProblem) => (p.row === undefined ? (p.col === undefined ? -2 : 1e9 + p.col) : p.row * 1e6 + (p.col ?? 0));
  return problems.map((p, i) => [p, i] as const).sort((a, b) => key(a[0]) - key(b[0]) || a[1] - b[1]).map(([p]) => p);
}
