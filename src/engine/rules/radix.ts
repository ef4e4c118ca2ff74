/**
 * One pass of a stable LSD radix sort on 16 bits of unsigned keys — shared by ranking (score bits)
 * and duplicate detection (name hashes), where a million subjects make comparator sorts too slow.
 */

/**
 * Scatter `src[0..n)` into `dst` by the 16-bit digit `(keys[src[j]] >>> shift) & 0xffff`, keeping
 * the order of equal digits. `count` is 65,536 entries of scratch. Returns false, writing nothing,
 * when every key has the same digit (the pass would change nothing).
 * @example if (radixPass(keys, 0, src, dst, n, count)) [src, dst] = [dst, src];
 */
export function radixPass(keys: Uint32Array, shift: number, src: Int32Array, dst: Int32Array, n: number, count: Int32Array): boolean {
  if (n === 0) return false;
  count.fill(0);
  for (let j = 0; j < n; j++) count[((keys[src[j] as number] as number) >>> shift) & 0xffff]!++;
  if (count[((keys[src[0] as number] as number) >>> shift) & 0xffff] === n) return false;
  let sum = 0;
  for (let b = 0; b < 65536; b++) {
    const c = count[b] as number;
    count[b] = sum;
    sum += c;
  }
  for (let j = 0; j < n; j++) {
    const p = src[j] as number;
    dst[count[((keys[p] as number) >>> shift) & 0xffff]!++] = p;
  }
  return true;
}
