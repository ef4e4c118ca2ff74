/**
 * Finding repeated names among a million subjects quickly: an open-addressing hash table on typed
 * arrays (a JavaScript Set of a million fresh strings costs most of a second).
 */

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
 * first repeat.
 * @example duplicateGroups(["甲", "乙", "甲"]) // [[0, 2]]
 */
export function duplicateGroups(names: readonly string[]): number[][] {
  const n = names.length;
  let size = 16;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1); // index of the first subject with that name
  const groupOf = new Map<number, number[]>(); // first index → all indices (only for repeats)
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const name = names[i] as string;
    let h = hash(name) & mask;
    for (;;) {
      const first = slots[h] as number;
      if (first < 0) {
        slots[h] = i;
        break;
      }
      if (names[first] === name) {
        let g = groupOf.get(first);
        if (!g) {
          g = [first];
          groupOf.set(first, g);
          out.push(g);
        }
        g.push(i);
        break;
      }
      h = (h + 1) & mask;
    }
  }
  return out;
}
