/**
 * 扣分 over several items (负面清单, 刚性扣分项): the items add up, the total is capped at the
 * scheme's maximum (扣分上限), and the result never falls below a floor (保底分, e.g. 0).
 */
import { deduct } from "./score";

/**
 * Score after several deductions. Items typed as negative numbers count as points off, like
 * {@link deduct}. `max` caps the total taken off; `floor` is the lowest result.
 * @example deductAll(90, [3, 2]) // 85
 * @example deductAll(90, [8, 7], 10) // 80
 * @example deductAll(5, [8], undefined, 0) // 0
 */
export function deductAll(score: number, deductions: readonly number[], max?: number, floor?: number): number {
  let total = 0;
  for (const d of deductions) total += d < 0 ? -d : d;
  const r = deduct(score, total, max);
  return floor !== undefined && r < floor ? floor : r;
}
