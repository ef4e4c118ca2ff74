/**
 * Finding repeated names among a million subjects quickly: hashes sorted by radix on typed
 * arrays (a JavaScript Set of a million fresh strings costs most of a second).
 */

import { radixPass } from "../rules/radix";

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Zero-width and bidirectional control characters: invisible, yet they make two names differ. */
export const HIDDEN_CHARS = /[\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/g;

/** Whether a name holds a character {@link HIDDEN_CHARS} lists. */
export function hasHiddenChars(name: string): boolean {
  HIDDEN_CHARS.lastIndex = 0;
  return HIDDEN_CHARS.test(name);
}

/**
 * A name as duplicates are compared: NFKC (full-width ＡＢ and compatibility forms folded), the
 * hidden characters removed, white space at the ends trimmed. Names of CJK ideographs and printable
 * ASCII only — nearly all — are returned as they are, without normalising.
 * @example nameKey("区财政局\u200B") // "区财政局"
 * @example nameKey("ＸＸ局") // "XX局"
 */
export function nameKey(name: string): string {
  let plain = true;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (!((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff))) {
      plain = false;
      break;
    }
  }
  return plain ? name : name.normalize("NFKC").replace(HIDDEN_CHARS, "").trim();
}

/**
 * Groups of indices whose names are equal after {@link nameKey}, each group in row order, groups
 * in order of their first member. Hashes are radix-sorted (sequential passes, no hash table to miss
 * in), then neighbours with equal hashes are compared as strings.
 * @example duplicateGroups(["甲", "乙", "甲"]) // [[0, 2]]
 * @example duplicateGroups(["甲", "甲\u200B"]) // [[0, 1]]
 */
export function duplicateGroups(rawNames: readonly string[]): number[][] {
  const names = rawNames.map(nameKey);
  const n = names.length;
  const h = new Uint32Array(n);
  for (let i = 0; i < n; i++) h[i] = hash(names[i] as string);
  let src = new Int32Array(n);
  let dst = new Int32Array(n);
  for (let i = 0; i < n; i++) src[i] = i;
  const count = new Int32Array(65536);
  for (const shift of [0, 16]) if (radixPass(h, shift, src, dst, n, count)) [src, dst] = [dst, src];
  // Runs of equal hashes (in row order, the sort being stable): group equal names within a run.
  const out: number[][] = [];
  let s = 0;
  while (s < n) {
    let e = s + 1;
    while (e < n && h[src[e] as number] === h[src[s] as number]) e++;
    if (e - s > 1) {
      const byName = new Map<string, number[]>();
      for (let j = s; j < e; j++) {
        const i = src[j] as number;
        const name = names[i] as string;
        const g = byName.get(name);
        if (g) g.push(i);
        else byName.set(name, [i]);
      }
      for (const g of byName.values()) if (g.length > 1) out.push(g);
    }
    s = e;
  }
  return out.sort((a, b) => (a[0] as number) - (b[0] as number));
}
