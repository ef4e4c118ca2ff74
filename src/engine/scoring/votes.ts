/**
 * 民主测评 — vote forms (上评下 / 下评上 satisfaction, the 浙江 and 武川·新城区 articles): the number of votes for
 * each grade becomes a 0–100 score, the vote-weighted mean of the grades' values.
 */

/**
 * Values commonly given to the grades of a 民主测评 form: 优秀 100, 称职 80, 基本称职 60,
 * 不称职 0. A convention, not a regulation: schemes set their own values per grade column
 * (`indicator.grades`), and forms with other grades (满意/基本满意/不满意) do the same.
 */
export const DEFAULT_VOTE_VALUES: Readonly<Record<string, number>> = Object.freeze({
  优秀: 100,
  称职: 80,
  基本称职: 60,
  不称职: 0,
});

/**
 * Whether a number is a usable vote count: a whole number, zero or more.
 * @example isVoteCount(12) // true
 * @example isVoteCount(2.5) // false
 */
export function isVoteCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

/**
 * 民主测评得分: Σ count × value / Σ count. Null when nobody voted, when a count is negative or not
 * a whole number, or when counts and values differ in length — the caller reports the cell.
 * @example votesScore([10, 5, 1, 0], [100, 80, 60, 0]) // 91.25
 * @example votesScore([0, 0, 0, 0], [100, 80, 60, 0]) // null (no votes)
 * @example votesScore([3, -1], [100, 80]) // null (invalid count)
 */
export function votesScore(counts: readonly number[], values: readonly number[]): number | null {
  if (counts.length !== values.length) return null;
  let total = 0;
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as number;
    if (!isVoteCount(c)) return null;
    total += c;
    sum += c * (values[i] as number);
  }
  return total === 0 ? null : sum / total;
}
