/**
 * A small streaming XML scanner for the parts of a spreadsheet package other than worksheets
 * (which sheet.ts scans as bytes): text arrives in pieces (shared strings of tens of megabytes
 * never become one string), tags are reported with their
 * local name (any namespace prefix, `x:c`, dropped) and their attribute text; text between tags
 * is reported only while the handler asks for it. Entities are decoded by the handler when it
 * keeps a value ({@link decodeText}), so a value split across pieces decodes whole.
 *
 * It is not a validating parser: comments, processing instructions and DOCTYPE are skipped;
 * CDATA is handed over as text (escaped, so decoding restores it).
 */

/** What a part's reader does with the tags and text the scanner finds. */
export interface XmlHandler {
  /** A start (or empty-element) tag: `src.slice(from, to)` is its attribute text. */
  open(name: string, src: string, from: number, to: number, selfClosing: boolean): void;
  /** An end tag. */
  close(name: string): void;
  /** Text between tags, raw (entities not decoded); called only while `wantText` is true. */
  text(raw: string): void;
  /** Whether text is being collected now (inside `<v>`, `<t>` …). */
  wantText: boolean;
}

const GT = 62; // >
const SLASH = 47; // /
const QUOT = 34; // "
const APOS = 39; // '
const BANG = 33; // !
const QUEST = 63; // ?
const COLON = 58; // :

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH || c === GT;
}

/** Feeds text pieces to a handler; keeps an unfinished tag for the next piece. */
export class XmlScanner {
  private rest = "";

  constructor(private readonly h: XmlHandler) {}

  /** Scan the next piece of text; `final` on the last (an unfinished tag is then dropped). */
  push(piece: string, final = false): void {
    const s = this.rest.length > 0 ? this.rest + piece : piece;
    this.rest = "";
    const h = this.h;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        if (h.wantText) h.text(s.slice(i));
        return;
      }
      if (lt > i && h.wantText) h.text(s.slice(i, lt));
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === BANG || c1 === QUEST) {
        const end = this.special(s, lt);
        if (end < 0) {
          if (!final) this.rest = s.slice(lt);
          return;
        }
        i = end;
        continue;
      }
      // Find the tag's end, skipping quoted attribute values (they may hold '>').
      let j = lt + 1;
      let quote = 0;
      for (; j < n; j++) {
        const c = s.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === GT) break;
        else if (c === QUOT || c === APOS) quote = c;
      }
      if (j >= n) {
        if (!final) this.rest = s.slice(lt);
        return;
      }
      if (c1 === SLASH) {
        let k = lt + 2;
        while (k < j && !isNameEnd(s.charCodeAt(k))) k++;
        h.close(localName(s, lt + 2, k));
      } else {
        let k = lt + 1;
        while (k < j && !isNameEnd(s.charCodeAt(k))) k++;
        const selfClosing = s.charCodeAt(j - 1) === SLASH;
        const name = localName(s, lt + 1, k);
        h.open(name, s, k, selfClosing ? j - 1 : j, selfClosing);
        if (selfClosing) h.close(name);
      }
      i = j + 1;
    }
  }

  /** Skip `<!-- -->`, `<? ?>`, `<!DOCTYPE …>`; hand CDATA over as text. The end, or -1 if not in this piece. */
  private special(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const e = s.indexOf("-->", lt + 4);
      return e < 0 ? -1 : e + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const e = s.indexOf("]]>", lt + 9);
      if (e < 0) return -1;
      if (this.h.wantText) this.h.text(s.slice(lt + 9, e).replace(/&/g, "&amp;").replace(/</g, "&lt;"));
      return e + 3;
    }
    if (s.charCodeAt(lt + 1) === QUEST) {
      const e = s.indexOf("?>", lt + 2);
      return e < 0 ? -1 : e + 2;
    }
    const e = s.indexOf(">", lt + 2);
    return e < 0 ? -1 : e + 1;
  }
}

/** The name after any namespace prefix. */
function localName(s: string, from: number, to: number): string {
  for (let k = to - 1; k >= from; k--) if (s.charCodeAt(k) === COLON) return s.slice(k + 1, to);
  return s.slice(from, to);
}

/**
 * Visit each attribute of a tag's attribute text (`src.slice(from, to)`): its local name (prefix
 * dropped, so `r:id` is `id`) and its raw value (entities not decoded).
 */
export function eachAttr(src: string, from: number, to: number, visit: (name: string, raw: string) => void): void {
  let i = from;
  while (i < to) {
    const eq = src.indexOf("=", i);
    if (eq < 0 || eq >= to) return;
    let a = i;
    while (a < eq && src.charCodeAt(a) <= 32) a++;
    let b = eq;
    while (b > a && src.charCodeAt(b - 1) <= 32) b--;
    let q = eq + 1;
    while (q < to && src.charCodeAt(q) <= 32) q++;
    const quote = src.charCodeAt(q);
    if (quote !== QUOT && quote !== APOS) return;
    const end = src.indexOf(quote === QUOT ? '"' : "'", q + 1);
    if (end < 0 || end > to) return;
    visit(localName(src, a, b), src.slice(q + 1, end));
    i = end + 1;
  }
}

/** A tag's attributes as a record of decoded values (for the small parts; sheets use {@link eachAttr}). */
export function attrs(src: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  eachAttr(src, from, to, (name, raw) => {
    out[name] = decodeEntities(raw);
  });
  return out;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Decode XML entities (`&lt;`, `&#20013;`, `&#x4E2D;`).
 * @example decodeEntities("A &amp; B") // "A & B"
 */
export function decodeEntities(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e.charCodeAt(0) === 35) {
      const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e] ?? m;
  });
}

/**
 * Text as a cell holds it: entities decoded and the OOXML `_xHHHH_` escapes of control characters
 * undone (`_x000D_` is a carriage return; `_x005F_` an underscore, so `_x005F_x000D_` stays literal).
 * @example decodeText("a_x000D_&#10;b") // "a\r\nb"
 */
export function decodeText(raw: string): string {
  const s = decodeEntities(raw);
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Whether an XML boolean attribute is true ("1" or "true"). */
export function xmlTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

/**
 * Feed an inflated part's bytes to a scanner as text, decoding UTF-8 (or UTF-16 with a BOM) across
 * chunk boundaries. Returns the function taking chunks and the one ending the stream.
 */
export function textFeed(scanner: XmlScanner): { chunk(bytes: Uint8Array): void; end(): void } {
  let decoder: TextDecoder | null = null;
  return {
    chunk(bytes: Uint8Array) {
      if (!decoder) decoder = new TextDecoder(bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8");
      scanner.push(decoder.decode(bytes, { stream: true }));
    },
    end() {
      scanner.push(decoder ? decoder.decode() : "", true);
    },
  };
}
