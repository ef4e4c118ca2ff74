/**
 * The little XML the package patcher needs: attributes of a start tag, escaping, cell addresses,
 * and the namespace prefix a producer used (`<x:worksheet>`). Parts are patched as text: whatever
 * is not touched stays exactly as the producer wrote it.
 */

/** Attributes of a start tag (`<c r="B2" s="3">` → { r: "B2", s: "3" }), values unescaped. */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  // Skip the element name.
  const start = tag.search(/\s/);
  if (start < 0) return out;
  re.lastIndex = start;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out[m[1] as string] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/**
 * The (last) value of the attribute named `name` in the start tag `tag.slice(from, to)`, unescaped,
 * as {@link attrs} would give it — read without building the record when the tag is plain
 * (`name="value"` pairs); otherwise through {@link attrs}.
 * @example attrValue('<c r="B2" s="3">', 0, 16, "r") // "B2"
 */
export function attrValue(tag: string, from: number, to: number, name: string): string | undefined {
  let i = from + 1;
  while (i < to && !isSpace(tag.charCodeAt(i)) && tag.charCodeAt(i) !== 62 && tag.charCodeAt(i) !== 47) i++; // the element's name
  let found: string | undefined;
  for (;;) {
    while (i < to && isSpace(tag.charCodeAt(i))) i++;
    const c = tag.charCodeAt(i);
    if (i >= to || c === 62 /* > */ || (c === 47 /* / */ && tag.charCodeAt(i + 1) === 62)) return found;
    const nameStart = i;
    while (i < to && isNameChar(tag.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < to && isSpace(tag.charCodeAt(i))) i++;
    if (nameEnd === nameStart || tag.charCodeAt(i) !== 61 /* = */) return attrs(tag.slice(from, to))[name];
    i++;
    while (i < to && isSpace(tag.charCodeAt(i))) i++;
    const q = tag.charCodeAt(i);
    if (q !== 34 && q !== 39) return attrs(tag.slice(from, to))[name];
    const close = tag.indexOf(q === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= to) return attrs(tag.slice(from, to))[name];
    if (nameEnd - nameStart === name.length && tag.startsWith(name, nameStart)) {
      const raw = tag.slice(i + 1, close);
      found = raw.includes("&") ? unescapeXml(raw) : raw;
    }
    i = close + 1;
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** The characters of an attribute name as {@link attrs} reads them: [\w:.-]. */
const isNameChar = (c: number) => (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;

/** The value of an attribute whose local name is `local` (any prefix), e.g. `r:id`. */
export function attrLocal(a: Record<string, string>, local: string): string | undefined {
  for (const [k, v] of Object.entries(a)) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === "amp") return "&";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    return String.fromCodePoint(k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

/** Characters XML 1.0 does not allow in text (control characters other than tab, CR, LF). */
export function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeXml(s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, ""));
}

/**
 * The namespace prefix of a part's root element, with its colon ("" when unprefixed).
 * @example rootPrefix('<?xml ?><x:worksheet xmlns:x="…">') // "x:"
 */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

/** 0-based column index of letters ("A" → 0, "AA" → 26). */
export function colIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & ~32) - 64;
  return n - 1;
}

/** Letters of a 0-based column (0 → "A"). */
export function colLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `B7` → { row: 7, col: 1 } (1-based row, 0-based column), or null. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  return m ? { row: Number(m[2]), col: colIndex((m[1] as string).toUpperCase()) } : null;
}

/** `{ row: 7, col: 1 }` → `B7`. */
export function cellRef(row: number, col: number): string {
  return `${colLetters(col)}${row}`;
}

/** A sheet name quoted for a formula or defined name (`'晾晒表'!$2:$2`). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
