/**
 * One worksheet part read as it streams: cell values (`<c r= t= s=>` with `<v>`, `<is><t>`, a
 * formula's cached result), merged ranges, hidden rows and columns, the page footer (where Assess
 * marks its 晾晒表) and the relationship ids of its tables. Cells and rows without `r` take the
 * next position, as Excel does. A formula with no cached value is null, and its address is kept
 * in `uncached` so a host can ask for the workbook to be recalculated and saved.
 */
import type { CellValue } from "../../engine/types";
import type { CellBox } from "../grid";
import { PackageError } from "./errors";
import { percentText, serialToDate } from "./styles";
import { attrs, decodeText, xmlTrue } from "./xml";

/** What a sheet's cells are read against. */
export interface SheetContext {
  /** The shared strings table. */
  strings: readonly string[];
  /** `dates[s]`: cell style s shows a date. */
  dates: readonly boolean[];
  /** `percents[s]`: cell style s shows a number as a percentage (the cell is read as its text, 91%). */
  percents?: readonly boolean[];
  date1904: boolean;
  /** Rows past this (1-based row number) fail with TOO_LARGE. */
  maxRows: number;
  /** The part's zip path, for errors. */
  part: string;
}

/** What the sheet part holds, before its tables are looked up. */
export interface SheetContent {
  cells: CellValue[][];
  merges: CellBox[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  /** Relationship ids of `<tablePart>`s. */
  tableRels: string[];
  /** Odd, even and first page footers, joined by newlines ("" when none). */
  footer: string;
  /** A1 addresses of formulas without a cached value. */
  uncached: string[];
}

/**
 * Column letters to a 0-based index.
 * @example columnIndex("AB") // 27
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
  return n - 1;
}

/**
 * A 0-based column as letters.
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A range reference ("B3:F20", "$A$1", "C5") as a 0-based box, or null.
 * @example parseRef("B3:F20") // { top: 2, left: 1, bottom: 19, right: 5 }
 */
export function parseRef(ref: string): CellBox | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const left = columnIndex(m[1]!);
  const top = Number(m[2]) - 1;
  const right = m[3] ? columnIndex(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

// Cell types (the `t` attribute).
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

// Bytes.
const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const QUOT = 34; // "
const APOS = 39; // '
const BANG = 33; // !
const QUEST = 63; // ?
const COLON = 58; // :
const EQ = 61; // =
const AMP = 38; // &
const MINUS = 45; // -
const DOT = 46; // .

/** Where {@link nextAttribute} leaves the attribute it found: name [0, 1), value [2, 3) without its quotes. */
const ATTR = new Int32Array(4);

/**
 * The next attribute of a start tag in b[i, to) — name="value" or name='value', white space around
 * the = allowed — its bounds left in {@link ATTR}; the index after it, or -1 when none is left.
 * Reads bytes only: the row and cell tags of a sheet are scanned this way without making strings.
 */
function nextAttribute(b: Uint8Array, i: number, to: number): number {
  let eq = i;
  while (eq < to && b[eq] !== EQ) eq++;
  if (eq >= to) return -1;
  let a = i;
  while (a < eq && (b[a] as number) <= 32) a++;
  let e = eq;
  while (e > a && (b[e - 1] as number) <= 32) e--;
  let q = eq + 1;
  while (q < to && (b[q] as number) <= 32) q++;
  const quote = b[q];
  if (quote !== QUOT && quote !== APOS) return -1;
  let end = q + 1;
  while (end < to && b[end] !== quote) end++;
  if (end >= to) return -1;
  ATTR[0] = a;
  ATTR[1] = e;
  ATTR[2] = q + 1;
  ATTR[3] = end;
  return end + 1;
}

// The elements the reader acts on, by local name (any namespace prefix dropped).
const E_OTHER = 0;
const E_C = 1;
const E_V = 2;
const E_F = 3;
const E_T = 4;
const E_IS = 5;
const E_ROW = 6;
const E_COL = 7;
const E_RPH = 8;
const E_MERGE_CELL = 9;
const E_TABLE_PART = 10;
const E_FOOTER = 11;

// What text is being collected.
const NONE = 0;
const V = 1;
const T = 2;
const FOOTER = 3;

const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const W_ROW = ascii("row");
const W_COL = ascii("col");
const W_RPH = ascii("rPh");
const W_MERGE_CELL = ascii("mergeCell");
const W_TABLE_PART = ascii("tablePart");
const W_ODD_FOOTER = ascii("oddFooter");
const W_EVEN_FOOTER = ascii("evenFooter");
const W_FIRST_FOOTER = ascii("firstFooter");
const W_HIDDEN = ascii("hidden");
const W_TRUE = ascii("true");
const W_COMMENT = ascii("<!--");
const W_COMMENT_END = ascii("-->");
const W_CDATA = ascii("<![CDATA[");
const W_CDATA_END = ascii("]]>");
const W_PI_END = ascii("?>");
const ESC_AMP = ascii("&amp;");
const ESC_LT = ascii("&lt;");

/** An unfinished tag, comment or CDATA section carried to the next piece may not grow past this. */
const MAX_CARRY = 16 * 1024 * 1024;

/** 10^k, exact for k ≤ 22. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** `b[from..]` holds `word`. */
function holds(b: Uint8Array, from: number, word: Uint8Array): boolean {
  if (from + word.length > b.length) return false;
  for (let k = 0; k < word.length; k++) if (b[from + k] !== word[k]) return false;
  return true;
}

/** Where `word` next occurs in `b` from `from`, or -1. */
function find(b: Uint8Array, word: Uint8Array, from: number): number {
  const first = word[0] as number;
  for (let p = b.indexOf(first, from); p >= 0; p = b.indexOf(first, p + 1)) if (holds(b, p, word)) return p;
  return -1;
}

/** Bytes that end an element's name: white space, '/', '>'. */
const NAME_END = new Uint8Array(256);
for (const c of [32, 9, 10, 13, SLASH, GT]) NAME_END[c] = 1;

/** Start of the local name in `b[from, to)`: after the last colon. */
function localStart(b: Uint8Array, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (b[k] === COLON) return k + 1;
  return from;
}

/** Which element `b[from, to)` names. */
function elementOf(b: Uint8Array, from: number, to: number): number {
  switch (to - from) {
    case 1:
      switch (b[from]) {
        case 99: // c
          return E_C;
        case 118: // v
          return E_V;
        case 102: // f
          return E_F;
        case 116: // t
          return E_T;
        default:
          return E_OTHER;
      }
    case 2:
      return b[from] === 105 && b[from + 1] === 115 ? E_IS : E_OTHER;
    case 3:
      return holds(b, from, W_ROW) ? E_ROW : holds(b, from, W_COL) ? E_COL : holds(b, from, W_RPH) ? E_RPH : E_OTHER;
    case 9:
      return holds(b, from, W_MERGE_CELL) ? E_MERGE_CELL : holds(b, from, W_TABLE_PART) ? E_TABLE_PART : holds(b, from, W_ODD_FOOTER) ? E_FOOTER : E_OTHER;
    case 10:
      return holds(b, from, W_EVEN_FOOTER) ? E_FOOTER : E_OTHER;
    case 11:
      return holds(b, from, W_FIRST_FOOTER) ? E_FOOTER : E_OTHER;
    default:
      return E_OTHER;
  }
}

/** `b[from, to)` as text (UTF-8). */
function textOf(b: Uint8Array, from: number, to: number): string {
  if (to - from <= 16) {
    let s = "";
    for (let k = from; k < to; k++) {
      const c = b[k] as number;
      if (c >= 0x80) return utf8.decode(b.subarray(from, to));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8.decode(b.subarray(from, to));
}

/**
 * `Number(text)` of `b[from, to)`: plain decimals of up to 15 digits ("82.5", "-3", "007") are
 * read from the bytes — an integer of at most 15 digits divided by an exact power of ten is
 * correctly rounded, as `Number` is — anything else (exponents, spaces, 16+ digits) by `Number`.
 */
function numberOf(b: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = b[i] === MINUS;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < to; i++) {
    const c = b[i] as number;
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (dot) scale++;
    } else if (c === DOT && !dot) dot = true;
    else return Number(textOf(b, from, to));
  }
  if (digits === 0 || digits > 15) return Number(textOf(b, from, to));
  const n = scale === 0 ? mantissa : mantissa / (POW10[scale] as number);
  return negative ? -n : n;
}

/** An XML boolean attribute value ("1" or "true"). */
function isTrue(b: Uint8Array, from: number, to: number): boolean {
  return (to - from === 1 && b[from] === 49) || (to - from === 4 && holds(b, from, W_TRUE));
}

/**
 * The streaming reader of a worksheet part: give it the part's bytes in pieces ({@link push}),
 * then {@link end}, then take the {@link result}. It scans the bytes themselves — UTF-8, as every
 * producer writes sheets; a UTF-16 part (with its BOM) is converted first — so that numbers,
 * shared-string indexes and cell addresses, nearly everything a large sheet holds, are read
 * without making a string; text is decoded only for the values that are text.
 */
export class SheetReader {
  private readonly out: SheetContent = { cells: [], merges: [], hiddenRows: new Set(), hiddenCols: new Set(), tableRels: [], footer: "", uncached: [] };
  private row = -1;
  private col = -1;
  /** The current <row> had no r: its first cell's r (when it has one) says which row it is. */
  private rowGuessed = false;
  // The cell being read.
  private type = T_NUMBER;
  private style = 0;
  private hasV = false;
  private hasF = false;
  private inCell = false;
  private inIs = false;
  private inRph = 0;
  private inlineText = "";
  private hasInline = false;
  private collecting = NONE;
  /** The text collected (raw: entities not decoded): `text[0, textLength)`. */
  private text = new Uint8Array(256);
  private textLength = 0;
  private footers: string[] = [];
  /** The cells of the row being read (`pending[0, pendingLength)`, gaps null), stored whole by {@link flush}. */
  private pending: CellValue[] = [];
  private pendingLength = 0;
  private pendingRow = -1;
  /** An unfinished tag (or comment, CDATA) at the end of the last piece. */
  private carry: Uint8Array | null = null;
  /** Set for a UTF-16 part: its text is converted to UTF-8 before scanning. */
  private utf16: TextDecoder | null = null;
  private started = false;

  constructor(private readonly ctx: SheetContext) {}

  /** Scan the next piece of the part's bytes. */
  push(piece: Uint8Array): void {
    // One kind of array (a Node Buffer is a subclass) keeps the scanning loops monomorphic.
    let b = Object.getPrototypeOf(piece) === Uint8Array.prototype ? piece : new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength);
    if (!this.started) {
      this.started = true;
      if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) this.utf16 = new TextDecoder(b[0] === 0xff ? "utf-16le" : "utf-16be");
    }
    if (this.utf16) b = encoder.encode(this.utf16.decode(b, { stream: true }));
    let from = 0;
    const carry = this.carry;
    if (carry !== null) {
      // Finish the construct cut at the end of the last piece with as little of this one as it needs.
      this.carry = null;
      for (let take = Math.min(b.length, 256); ; take = Math.min(b.length, take * 4)) {
        const joined = new Uint8Array(carry.length + take);
        joined.set(carry);
        joined.set(b.subarray(0, take), carry.length);
        const stop = this.scan(joined, 0, false);
        if (stop >= carry.length) {
          // Done with the carried part: go on in this piece (from an unfinished construct, if any).
          from = stop - carry.length;
          break;
        }
        // Nothing was consumed (the carried construct comes first): try with more, or carry it all.
        if (take === b.length) {
          this.keep(joined, 0);
          return;
        }
      }
    }
    this.keep(b, this.scan(b, from, false));
  }

  /** Carry `b` from `stop` (an unfinished construct) to the next piece. */
  private keep(b: Uint8Array, stop: number): void {
    if (stop >= b.length) return;
    if (b.length - stop > MAX_CARRY) throw new PackageError("CORRUPT", "an XML tag, comment or CDATA section longer than 16 MiB", this.ctx.part);
    this.carry = b.slice(stop);
  }

  /** The part has been given whole (an unfinished tag at its end is dropped). */
  end(): void {
    if (this.utf16) {
      const rest = encoder.encode(this.utf16.decode());
      if (rest.length > 0) this.push(rest);
    }
    if (this.carry !== null) this.scan(this.carry, 0, true);
    this.carry = null;
  }

  /** The sheet's content, once the whole part has been scanned. */
  result(): SheetContent {
    this.flush();
    const cells = this.out.cells;
    for (let r = 0; r < cells.length; r++) if (cells[r] === undefined) cells[r] = [];
    this.out.footer = this.footers.join("\n");
    return this.out;
  }

  /** Scan `b`; returns where an unfinished construct starts (`b.length` when none is). */
  private scan(b: Uint8Array, from: number, final: boolean): number {
    const n = b.length;
    let i = from;
    while (i < n) {
      // Plain loops, not indexOf: a typed array's indexOf is a call into the runtime, dear for a few bytes.
      let lt = i;
      while (lt < n && b[lt] !== LT) lt++;
      if (lt === n) {
        if (this.collecting !== NONE) this.append(b, i, n);
        return n;
      }
      if (lt > i && this.collecting !== NONE) this.append(b, i, lt);
      if (lt + 1 >= n) return final ? n : lt;
      const c1 = b[lt + 1] as number;
      if (c1 === BANG || c1 === QUEST) {
        const end = this.special(b, lt);
        if (end < 0) return final ? n : lt;
        i = end;
        continue;
      }
      // The name, then the tag's end: at once for a tag without attributes (</c>, <v>), else past
      // the attributes, skipping quoted values (they may hold '>').
      const close = c1 === SLASH;
      const nameStart = close ? lt + 2 : lt + 1;
      let k = nameStart;
      while (k < n && NAME_END[b[k] as number] === 0) k++;
      let j = k;
      let quote = 0;
      for (; j < n; j++) {
        const c = b[j] as number;
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === GT) break;
        else if (c === QUOT || c === APOS) quote = c;
      }
      if (j >= n) return final ? n : lt;
      const el = elementOf(b, localStart(b, nameStart, k), k);
      if (el !== E_OTHER) {
        if (close) this.close(el);
        else {
          const selfClosing = b[j - 1] === SLASH;
          this.open(el, b, k, selfClosing ? j - 1 : j, selfClosing);
          if (selfClosing) this.close(el);
        }
      }
      i = j + 1;
    }
    return n;
  }

  /** Skip `<!-- -->`, `<? ?>`, `<!DOCTYPE …>`; hand CDATA over as (escaped) text. The end, or -1 if not in `b`. */
  private special(b: Uint8Array, lt: number): number {
    if (holds(b, lt, W_COMMENT)) {
      const e = find(b, W_COMMENT_END, lt + 4);
      return e < 0 ? -1 : e + 3;
    }
    if (holds(b, lt, W_CDATA)) {
      const e = find(b, W_CDATA_END, lt + 9);
      if (e < 0) return -1;
      if (this.collecting !== NONE) {
        // Escaped, as the text around it is: decoding restores it.
        let from = lt + 9;
        for (let k = from; k < e; k++) {
          const c = b[k];
          if (c !== AMP && c !== LT) continue;
          this.append(b, from, k);
          this.append(c === AMP ? ESC_AMP : ESC_LT, 0, c === AMP ? 5 : 4);
          from = k + 1;
        }
        this.append(b, from, e);
      }
      return e + 3;
    }
    if (b[lt + 1] === QUEST) {
      const e = find(b, W_PI_END, lt + 2);
      return e < 0 ? -1 : e + 2;
    }
    const e = b.indexOf(GT, lt + 2);
    return e < 0 ? -1 : e + 1;
  }

  private append(b: Uint8Array, from: number, to: number): void {
    const need = this.textLength + (to - from);
    if (need > this.text.length) {
      const bigger = new Uint8Array(Math.max(need, this.text.length * 2));
      bigger.set(this.text.subarray(0, this.textLength));
      this.text = bigger;
    }
    const text = this.text;
    if (to - from > 64) text.set(b.subarray(from, to), this.textLength);
    else for (let k = from, o = this.textLength; k < to; k++, o++) text[o] = b[k] as number;
    this.textLength = need;
  }

  private collect(what: number): void {
    this.textLength = 0;
    this.collecting = what;
  }

  /** The collected text as a string (raw: entities not decoded). */
  private collected(): string {
    return textOf(this.text, 0, this.textLength);
  }

  private open(el: number, b: Uint8Array, from: number, to: number, selfClosing: boolean): void {
    switch (el) {
      case E_C:
        this.openCell(b, from, to);
        if (selfClosing) this.inCell = false;
        return;
      case E_V:
        if (this.inCell) {
          this.hasV = true;
          this.textLength = 0;
          if (!selfClosing) this.collect(V);
        }
        return;
      case E_F:
        if (this.inCell) this.hasF = true;
        return;
      case E_IS:
        if (this.inCell) {
          this.inIs = true;
          this.hasInline = true;
        }
        return;
      case E_RPH:
        this.inRph++;
        return;
      case E_T:
        if (this.inIs && this.inRph === 0 && !selfClosing) this.collect(T);
        return;
      case E_ROW:
        this.openRow(b, from, to);
        return;
      case E_MERGE_CELL: {
        const box = parseRef(attrsOf(b, from, to).ref ?? "");
        if (box) this.out.merges.push(box);
        return;
      }
      case E_COL: {
        const a = attrsOf(b, from, to);
        if (!xmlTrue(a.hidden)) return;
        const min = Number(a.min);
        const max = Math.min(Number(a.max ?? a.min), 16384);
        if (Number.isInteger(min) && Number.isInteger(max)) for (let c = min; c <= max; c++) this.out.hiddenCols.add(c - 1);
        return;
      }
      case E_TABLE_PART: {
        const id = attrsOf(b, from, to).id;
        if (id) this.out.tableRels.push(id);
        return;
      }
      case E_FOOTER:
        if (!selfClosing) this.collect(FOOTER);
        return;
      default:
        return;
    }
  }

  private close(el: number): void {
    switch (el) {
      case E_V:
      case E_T: {
        const wasT = this.collecting === T;
        if (this.collecting !== FOOTER) this.collecting = NONE;
        if (wasT) this.inlineText += this.collected();
        return;
      }
      case E_RPH:
        this.inRph--;
        return;
      case E_IS:
        this.inIs = false;
        return;
      case E_C:
        if (this.inCell) this.closeCell();
        return;
      case E_FOOTER:
        if (this.collecting === FOOTER) {
          this.collecting = NONE;
          this.footers.push(decodeText(this.collected()));
        }
        return;
      default:
        return;
    }
  }

  private openRow(b: Uint8Array, from: number, to: number): void {
    let r = -1;
    let hidden = false;
    // Only `r` and `hidden` matter; read them without building a record.
    let i = from;
    while ((i = nextAttribute(b, i, to)) >= 0) {
      const a = ATTR[0] as number;
      const e = ATTR[1] as number;
      const v = ATTR[2] as number;
      const end = ATTR[3] as number;
      if (e - a === 1 && b[a] === 114 /* r */) r = numberOf(b, v, end) - 1;
      else if (e - a === 6 && holds(b, a, W_HIDDEN)) hidden = isTrue(b, v, end);
    }
    this.rowGuessed = !(r >= 0 && Number.isInteger(r));
    this.row = this.rowGuessed ? this.row + 1 : r;
    this.col = -1;
    if (this.row >= this.ctx.maxRows) throw this.tooManyRows();
    if (hidden) this.out.hiddenRows.add(this.row);
  }

  private tooManyRows(): PackageError {
    return new PackageError("TOO_LARGE", `more than ${this.ctx.maxRows} rows`, this.ctx.part, { kind: "rows", value: this.ctx.maxRows });
  }

  private openCell(b: Uint8Array, from: number, to: number): void {
    this.inCell = true;
    this.type = T_NUMBER;
    this.style = 0;
    this.hasV = false;
    this.hasF = false;
    this.hasInline = false;
    this.inlineText = "";
    this.textLength = 0;
    let col = -1;
    let i = from;
    while ((i = nextAttribute(b, i, to)) >= 0) {
      const a = ATTR[0] as number;
      const e = ATTR[1] as number;
      const v = ATTR[2] as number;
      const end = ATTR[3] as number;
      if (e - a === 1) {
        const c = b[a];
        if (c === 114 /* r */) {
          // Letters then digits: the column from the letters (the row is the <row>'s).
          let n = 0;
          let k = v;
          for (; k < end; k++) {
            const ch = (b[k] as number) & ~32;
            if (ch < 65 || ch > 90) break;
            n = n * 26 + (ch - 64);
          }
          if (n > 0) col = n - 1;
          if (this.rowGuessed) {
            this.rowGuessed = false;
            const row = numberOf(b, k, end) - 1;
            if (Number.isInteger(row) && row >= 0 && row !== this.row) {
              const hidden = this.out.hiddenRows.delete(this.row);
              this.row = row;
              if (this.row >= this.ctx.maxRows) throw this.tooManyRows();
              if (hidden) this.out.hiddenRows.add(row);
            }
          }
        } else if (c === 115 /* s */) {
          let n = 0;
          for (let k = v; k < end; k++) n = n * 10 + ((b[k] as number) - 48);
          this.style = n;
        } else if (c === 116 /* t */) this.type = cellType(b, v, end);
      }
    }
    if (this.row < 0) this.row = 0;
    this.col = col >= 0 ? col : this.col + 1;
  }

  /** The value's text as written (entities not decoded): the inline string's, or the <v>'s. */
  private rawValue(): string {
    return this.hasInline ? this.inlineText : this.collected();
  }

  private closeCell(): void {
    this.inCell = false;
    const inline = this.hasInline;
    const empty = inline ? this.inlineText === "" : this.textLength === 0;
    // A formula without a value (or with an empty one, as openpyxl writes it) was never calculated;
    // an empty value of a text formula (t="str") is a calculated "".
    if ((!this.hasV && !inline) || (this.hasF && empty && this.type !== T_STR && this.type !== T_INLINE)) {
      if (this.hasF) this.out.uncached.push(columnLetters(this.col) + (this.row + 1));
      return;
    }
    let v: CellValue;
    switch (this.type) {
      case T_SHARED: {
        const s = this.ctx.strings[inline ? Number(this.inlineText) : numberOf(this.text, 0, this.textLength)];
        v = s === undefined ? null : s;
        break;
      }
      case T_STR:
      case T_INLINE:
        v = decodeText(this.rawValue());
        break;
      case T_BOOL: {
        const t = this.rawValue().trim();
        v = t === "1" || t === "true";
        break;
      }
      case T_ERROR:
        v = { error: decodeText(this.rawValue()).trim() };
        break;
      case T_DATE: {
        const t = this.rawValue().trim();
        const d = new Date(/T.*(Z|[+-]\d\d:?\d\d)$/.test(t) || !t.includes("T") ? t : `${t}Z`);
        v = Number.isNaN(d.getTime()) ? decodeText(this.rawValue()) : d;
        break;
      }
      default: {
        if (empty) return;
        const n = inline ? Number(this.inlineText) : numberOf(this.text, 0, this.textLength);
        if (Number.isNaN(n)) v = decodeText(this.rawValue());
        else if (this.ctx.dates[this.style] === true) v = serialToDate(n, this.ctx.date1904);
        else v = this.ctx.percents?.[this.style] === true ? percentText(n) : n;
      }
    }
    if (v === null) return;
    if (this.pendingRow !== this.row) {
      this.flush();
      this.pendingRow = this.row;
    }
    const p = this.pending;
    const c = this.col;
    while (this.pendingLength < c) p[this.pendingLength++] = null;
    p[c] = v;
    if (c >= this.pendingLength) this.pendingLength = c + 1;
  }

  /** Store the row being read: a new row as an array of its exact length; into the row, when the part repeats it. */
  private flush(): void {
    const n = this.pendingLength;
    if (n === 0) return;
    this.pendingLength = 0;
    const cells = this.out.cells;
    const row = cells[this.pendingRow];
    if (row === undefined) {
      cells[this.pendingRow] = this.pending.slice(0, n);
      return;
    }
    for (let c = 0; c < n; c++) {
      const v = this.pending[c] as CellValue;
      if (v === null) continue; // a gap (no value is null)
      while (row.length < c) row.push(null);
      row[c] = v;
    }
  }
}

/** The attributes of a (rare) element, decoded: `b[from, to)` is its attribute text. */
function attrsOf(b: Uint8Array, from: number, to: number): Record<string, string> {
  const s = textOf(b, from, to);
  return attrs(s, 0, s.length);
}

/** The cell type named by `t="…"` (`b[from, to)`). */
function cellType(b: Uint8Array, from: number, to: number): number {
  const len = to - from;
  switch (b[from]) {
    case 115: // s, str
      return len === 1 ? T_SHARED : T_STR;
    case 105: // inlineStr
      return T_INLINE;
    case 98: // b
      return T_BOOL;
    case 101: // e
      return T_ERROR;
    case 100: // d
      return T_DATE;
    default:
      return T_NUMBER;
  }
}
