/**
 * Finding repeated names among a million subjects quickly: hashes sorted by radix on typed
 * arrays (a JavaScript Set of a million fresh strings costs most of a second).
 */

import { radixPass } from "./radix";

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Groups of indices whose names are equal, each group in row order, groups in order of their
 * first member. Hashes are radix-sorted (sequential passes, no hash table to miss in), then
 * neighbours with equal hashes are compared as strings.
 * @example duplicateGroups(["甲", "乙", "甲"]) // [[0, 2]]
 */
export function duplicateGroups(names: readonly string[]): number[][] {
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
