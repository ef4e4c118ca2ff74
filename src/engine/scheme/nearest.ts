/**
 * The nearest of some known words to a mistyped one (Levenshtein distance), for messages such as
 * “unknown field vetto — did you mean veto?” and “unknown option --jsn — did you mean --json?”.
 */

/**
 * Edit distance: insertions, deletions, substitutions and swaps of neighbours, one each (by UTF-16
 * code unit; the "optimal string alignment" form of Damerau–Levenshtein).
 * @example levenshtein("vetto", "veto") // 1
 * @example levenshtein("kidn", "kind") // 1
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  // Rows i-2, i-1 and i of the table; a swap of two neighbours counts as one edit (kidn → kind).
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = a.charCodeAt(i - 1) === b.charCodeAt(j - 1);
      let d = Math.min((prev[j - 1] as number) + (same ? 0 : 1), (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, (before[j - 2] as number) + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * The known word closest to `word` (case-insensitive; first of equals in the order given), or
 * null when none is given.
 * @example nearest("forcedBotom", ["veto", "forcedBottom", "lights"]) // "forcedBottom"
 */
export function nearest(word: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const k of known) {
    const d = levenshtein(w, k.toLowerCase());
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}
