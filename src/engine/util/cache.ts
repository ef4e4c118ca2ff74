/**
 * A small least-recently-used cache keyed by the *content* of ranges. Excel hands a custom function
 * a fresh array for E$2:E$10001 on every call, so identity cannot be the key. A lookup compares the
 * arguments value by value with the cached entries, newest first: one pass over the range on a hit
 * (no parsing, no sorting, no allocation), and a mismatch usually stops at the first cells. Two
 * different ranges never share an entry (no hash collisions, no sampling).
 */

/** Whatever a range argument can be: a value, an array of rows, or missing. */
export type RangeArg = unknown;

interface Entry<T> {
  tag: string;
  /** Flattened values and the shapes of the parts, for the exact comparison. */
  flat: unknown[];
  shape: number[];
  value: T;
}

/** Objects (Excel error values) compare by their code or text. */
function token(v: unknown): unknown {
  if (v === null || typeof v !== "object" || v instanceof Date) return v instanceof Date ? `\u0000d${v.getTime()}` : v;
  const o = v as { code?: unknown; error?: unknown; message?: unknown };
  return `\u0000e${String(o.code ?? o.error ?? o.message ?? "")}`;
}

/** Flattened tokens of a part, row ends marked. */
function flatten(part: RangeArg, out: unknown[]): void {
  if (!Array.isArray(part)) {
    out.push(token(part));
    return;
  }
  for (const row of part) {
    if (Array.isArray(row)) for (const v of row) out.push(token(v));
    else out.push(token(row));
    out.push(ROW_END);
  }
}

/** Whether a part equals the flat tokens from position i; the position after it, or -1. */
function samePart(flat: readonly unknown[], i: number, part: RangeArg): number {
  if (!Array.isArray(part)) return eq(flat[i], token(part)) ? i + 1 : -1;
  for (let r = 0; r < part.length; r++) {
    const row: unknown = part[r];
    if (Array.isArray(row)) {
      for (let c = 0; c < row.length; c++) {
        const v: unknown = row[c];
        const a = flat[i++];
        if (a !== v && !eq(a, token(v))) return -1;
      }
    } else if (!eq(flat[i++], token(row))) return -1;
    if (flat[i++] !== ROW_END) return -1;
  }
  return i;
}

function eq(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b));
}

const ROW_END = "\u0000/";

function shapeOf(part: RangeArg): number {
  return Array.isArray(part) ? part.length : -1;
}

/**
 * @example
 * const cache = new ContentCache<number>(8);
 * cache.get("sum", [[[1], [2]]], () => 3) // computes 3
 * cache.get("sum", [[[1], [2]]], () => 99) // 3, from the cache (same content, new arrays)
 */
export class ContentCache<T> {
  private entries: Entry<T>[] = [];
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 16) {}

  /** The cached value for `tag` and these parts' content, computing it on a miss. */
  get(tag: string, parts: readonly RangeArg[], compute: () => T): T {
    const es = this.entries;
    for (let k = es.length - 1; k >= 0; k--) {
      const e = es[k] as Entry<T>;
      if (e.tag === tag && this.same(e, parts)) {
        if (k !== es.length - 1) {
          es.splice(k, 1);
          es.push(e);
        }
        this.hits++;
        return e.value;
      }
    }
    this.misses++;
    const value = compute();
    const flat: unknown[] = [];
    for (const p of parts) flatten(p, flat);
    es.push({ tag, flat, shape: parts.map(shapeOf), value });
    if (es.length > this.capacity) es.shift();
    return value;
  }

  clear(): void {
    this.entries = [];
  }

  private same(e: Entry<T>, parts: readonly RangeArg[]): boolean {
    if (e.shape.length !== parts.length) return false;
    for (let k = 0; k < parts.length; k++) if (e.shape[k] !== shapeOf(parts[k])) return false;
    let i = 0;
    for (const p of parts) {
      i = samePart(e.flat, i, p);
      if (i < 0) return false;
    }
    return i === e.flat.length;
  }
}
