/**
 * Which characters a TrueType/OpenType font can draw, read from its `cmap` table (formats 4 and 12).
 * Pure: works on the bytes in Node and in the browser, so the report can tell, before rendering,
 * which characters would come out as empty boxes.
 */

/** The set of code points a font maps to a glyph. */
export interface CharMap {
  has(codePoint: number): boolean;
  /** Number of mapped code points. */
  readonly size: number;
}

/** Thrown when the bytes are not a TrueType/OpenType font with a Unicode cmap. */
export class FontFormatError extends Error {
  constructor(detail: string) {
    super(`not a usable TrueType/OpenType font: ${detail}`);
    this.name = "FontFormatError";
  }
}

/**
 * Read the Unicode character map of a TTF/OTF font.
 * @example parseCmap(ttfBytes).has("优".codePointAt(0)!) // true
 */
export function parseCmap(bytes: Uint8Array): CharMap {
  try {
    return readCmap(bytes);
  } catch (e) {
    if (e instanceof RangeError) throw new FontFormatError("truncated or damaged tables");
    throw e;
  }
}

function readCmap(bytes: Uint8Array): CharMap {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12) throw new FontFormatError("too short");
  const tag0 = v.getUint32(0);
  if (tag0 === 0x774f4646 || tag0 === 0x774f4632) throw new FontFormatError("WOFF/WOFF2 (ship TTF)");
  if (tag0 === 0x74746366) throw new FontFormatError("a font collection (TTC)");
  if (tag0 !== 0x00010000 && tag0 !== 0x4f54544f && tag0 !== 0x74727565) throw new FontFormatError("no TrueType/OpenType signature");
  const numTables = v.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (v.getUint32(rec) === 0x636d6170) cmap = v.getUint32(rec + 8); // 'cmap'
  }
  if (cmap < 0) throw new FontFormatError("no cmap table");
  const n = v.getUint16(cmap + 2);
  let best = -1;
  let bestFormat = 0;
  for (let i = 0; i < n; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = v.getUint16(rec);
    const encoding = v.getUint16(rec + 2);
    const off = cmap + v.getUint32(rec + 4);
    const format = v.getUint16(off);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && bestFormat !== 12) [best, bestFormat] = [off, 12];
    else if (format === 4 && bestFormat === 0) [best, bestFormat] = [off, 4];
  }
  if (best < 0) throw new FontFormatError("no Unicode cmap subtable (format 4 or 12)");
  const ranges: number[] = []; // flat [start, end] pairs of code points with a glyph
  if (bestFormat === 12) {
    const groups = v.getUint32(best + 12);
    for (let g = 0; g < groups; g++) {
      const p = best + 16 + g * 12;
      const [start, end, glyph] = [v.getUint32(p), v.getUint32(p + 4), v.getUint32(p + 8)];
      if (glyph !== 0) ranges.push(start, end);
      else if (end > start) ranges.push(start + 1, end); // glyph 0 is .notdef
    }
  } else {
    const segX2 = v.getUint16(best + 6);
    const ends = best + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const offsets = deltas + segX2;
    for (let s = 0; s < segX2 / 2; s++) {
      const end = v.getUint16(ends + s * 2);
      const start = v.getUint16(starts + s * 2);
      const delta = v.getUint16(deltas + s * 2);
      const ro = v.getUint16(offsets + s * 2);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (ro === 0) glyph = (c + delta) & 0xffff;
        else {
          const at = offsets + s * 2 + ro + (c - start) * 2;
          glyph = at + 1 < bytes.byteLength ? v.getUint16(at) : 0;
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) ranges.push(c, c);
      }
    }
  }
  return rangeSet(ranges);
}

/** A compact lookup over [start, end] pairs (merged and sorted). */
function rangeSet(pairs: number[]): CharMap {
  const idx = Array.from({ length: pairs.length / 2 }, (_, i) => i).sort((a, b) => pairs[2 * a]! - pairs[2 * b]!);
  const starts: number[] = [];
  const ends: number[] = [];
  let size = 0;
  for (const i of idx) {
    const s = pairs[2 * i]!;
    const e = pairs[2 * i + 1]!;
    const last = ends.length - 1;
    if (last >= 0 && s <= ends[last]! + 1) {
      if (e > ends[last]!) ends[last] = e;
    } else {
      starts.push(s);
      ends.push(e);
    }
  }
  for (let i = 0; i < starts.length; i++) size += ends[i]! - starts[i]! + 1;
  return {
    size,
    has(cp: number) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cp < starts[mid]!) hi = mid - 1;
        else if (cp > ends[mid]!) lo = mid + 1;
        else return true;
      }
      return false;
    },
  };
}
