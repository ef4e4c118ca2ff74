/**
 * 权重 — weighted sums of indicator scores. Weights of one level add up to 1 or to 100 (clerks
 * write both: 0.4/0.35/0.25 and 40/35/25); any other sum is an error, never silently rescaled.
 * (the 浙江 article: 考卷 of 党的建设, 高质量发展绩效, 满意度评价 — section weight × indicator weight.)
 */

/** Tolerance on a weight sum of 1. */
export const WEIGHT_SUM_TOLERANCE_ONE = 1e-9;
/** Tolerance on a weight sum of 100. */
export const WEIGHT_SUM_TOLERANCE_HUNDRED = 1e-7;

/**
 * Result of {@link weighted}: the value, or why there is none.
 * - `weightsSum`: the weights add up to `sum` (taken to 12 significant digits), neither 1 nor 100;
 * - `length`: values and weights differ in length (or are empty);
 * - `blank`: value `index` is null and `renormalize` is off (or every value is null).
 */
export type WeightedResult =
  | { ok: true; value: number }
  | { ok: false; reason: "weightsSum"; sum: number }
  | { ok: false; reason: "length" }
  | { ok: false; reason: "blank"; index: number };

/** Options of {@link weighted}. */
export interface WeightedOptions {
  /**
   * Blank (null) values drop out and the remaining weights are scaled up to the full sum, so
   * 80 and a blank under 0.5/0.5 give 80. Off by default: a blank is an error.
   */
  renormalize?: boolean;
}

/**
 * The scale a weight sum stands for: 1 (weights as fractions), 100 (weights as percentages), or
 * null when the sum is neither (within 1e-9 of 1, 1e-7 of 100).
 * @example weightScale(0.4 + 0.35 + 0.25) // 1
 * @example weightScale(40 + 35 + 25) // 100
 * @example weightScale(0.9) // null
 */
export function weightScale(sum: number): 1 | 100 | null {
  if (Math.abs(sum - 1) <= WEIGHT_SUM_TOLERANCE_ONE) return 1;
  if (Math.abs(sum - 100) <= WEIGHT_SUM_TOLERANCE_HUNDRED) return 100;
  return null;
}

/**
 * Weighted sum like SUMPRODUCT: Σ value × weight when the weights add up to 1, or
 * Σ value × weight / 100 when they add up to 100. Values are expected finite.
 * @example weighted([80, 90, 70], [0.4, 0.35, 0.25]) // { ok: true, value: 81 }
 * @example weighted([80, 90, 70], [40, 35, 25]) // { ok: true, value: 81 }
 * @example weighted([80, 90], [0.5, 0.4]) // { ok: false, reason: "weightsSum", sum: 0.9 }
 * @example weighted([80, null], [0.5, 0.5], { renormalize: true }) // { ok: true, value: 80 }
 */
export function weighted(values: readonly (number | null)[], weights: readonly number[], opts: WeightedOptions = {}): WeightedResult {
  if (values.length !== weights.length || values.length === 0) return { ok: false, reason: "length" };
  let sum = 0;
  for (const w of weights) sum += w;
  const scale = weightScale(sum);
  if (scale === null) return { ok: false, reason: "weightsSum", sum: Number(sum.toPrecision(12)) };
  let total = 0;
  let present = 0;
  let firstBlank = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const w = weights[i] as number;
    if (v === null || v === undefined) {
      if (!opts.renormalize) return { ok: false, reason: "blank", index: i };
      if (firstBlank < 0) firstBlank = i;
      continue;
    }
    total += v * w;
    present += w;
  }
  if (firstBlank >= 0) {
    // Every value blank (or only zero weights left): nothing to scale up.
    if (present === 0) return { ok: false, reason: "blank", index: firstBlank };
    return { ok: true, value: (total * (sum / present)) / scale };
  }
  return { ok: true, value: scale === 1 ? total : total / 100 };
}
