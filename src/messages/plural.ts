/** English counts in messages: "1 warning", "3 warnings". */

/**
 * A count with its noun, singular for one.
 * @example count(1, "warning") // "1 warning"
 * @example count(3, "error") // "3 errors"
 */
export function count(n: unknown, noun: string): string {
  return `${String(n)} ${noun}${Number(n) === 1 ? "" : "s"}`;
}
