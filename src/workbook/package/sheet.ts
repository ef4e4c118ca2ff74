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
import { serialToDate } from "./styles";
import { attrs, decodeText, xmlTrue, type XmlHandler } from "./xml";

/** What a sheet's cells are read against. */
export interface SheetContext {
  /** The shared strings table. */
  strings: readonly string[];
  /** `dates[s]`: cell style s shows a date. */
  dates: readonly boolean[];
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

// Cell types (the `t` attribute).
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

const C_QUOT = 34;
const C_APOS = 39;

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

/** The streaming handler of a worksheet part. */
export class SheetReader implements XmlHandler {
  wantText = false;
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
  private buf = "";
  private inlineText = "";
  private hasInline = false;
  private collecting: "v" | "t" | "footer" | null = null;
  private footers: string[] = [];

  constructor(private readonly ctx: SheetContext) {}

  /** The sheet's content, once the whole part has been scanned. */
  result(): SheetContent {
    const cells = this.out.cells;
    for (let r = 0; r < cells.length; r++) if (cells[r] === undefined) cells[r] = [];
    this.out.footer = this.footers.join("\n");
    return this.out;
  }

  open(name: string, src: string, from: number, to: number, selfClosing: boolean): void {
    switch (name) {
      case "c":
        this.openCell(src, from, to);
        if (selfClosing) this.inCell = false;
        return;
      case "v":
        if (this.inCell) {
          this.hasV = true;
          this.buf = "";
          if (!selfClosing) this.start("v");
        }
        return;
      case "f":
        if (this.inCell) this.hasF = true;
        return;
      case "is":
        if (this.inCell) {
          this.inIs = true;
          this.hasInline = true;
        }
        return;
      case "rPh":
        this.inRph++;
        return;
      case "t":
        if (this.inIs && this.inRph === 0 && !selfClosing) this.start("t");
        return;
      case "row":
        this.openRow(src, from, to);
        return;
      case "mergeCell": {
        const box = parseRef(attrs(src, from, to).ref ?? "");
        if (box) this.out.merges.push(box);
        return;
      }
      case "col": {
        const a = attrs(src, from, to);
        if (!xmlTrue(a.hidden)) return;
        const min = Number(a.min);
        const max = Math.min(Number(a.max ?? a.min), 16384);
        if (Number.isInteger(min) && Number.isInteger(max)) for (let c = min; c <= max; c++) this.out.hiddenCols.add(c - 1);
        return;
      }
      case "tablePart": {
        const id = attrs(src, from, to).id;
        if (id) this.out.tableRels.push(id);
        return;
      }
      case "oddFooter":
      case "evenFooter":
      case "firstFooter":
        if (!selfClosing) {
          this.buf = "";
          this.start("footer");
        }
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case "v":
      case "t": {
        const wasT = this.collecting === "t";
        if (this.collecting !== "footer") this.stop();
        if (wasT) this.inlineText += this.buf;
        return;
      }
      case "rPh":
        this.inRph--;
        return;
      case "is":
        this.inIs = false;
        return;
      case "c":
        if (this.inCell) this.closeCell();
        return;
      case "oddFooter":
      case "evenFooter":
      case "firstFooter":
        if (this.collecting === "footer") {
          this.stop();
          this.footers.push(decodeText(this.buf));
        }
        return;
      default:
        return;
    }
  }

  text(raw: string): void {
    this.buf += raw;
  }

  private start(what: "v" | "t" | "footer"): void {
    if (what === "t") this.buf = "";
    this.collecting = what;
    this.wantText = true;
  }

  private stop(): void {
    this.collecting = null;
    this.wantText = false;
  }

  private openRow(src: string, from: number, to: number): void {
    let r = -1;
    let hidden = false;
    // Only `r` and `hidden` matter; read them without building a record.
    let i = from;
    while (i < to) {
      const eq = src.indexOf("=", i);
      if (eq < 0 || eq >= to) break;
      let a = i;
      while (a < eq && src.charCodeAt(a) <= 32) a++;
      const q = eq + 1;
      const quote = src.charCodeAt(q);
      if (quote !== C_QUOT && quote !== C_APOS) break;
      const end = src.indexOf(quote === C_QUOT ? '"' : "'", q + 1);
      if (end < 0) break;
      const len = eq - a;
      if (len === 1 && src.charCodeAt(a) === 114 /* r */) r = Number(src.slice(q + 1, end)) - 1;
      else if (len === 6 && src.startsWith("hidden", a)) hidden = xmlTrue(src.slice(q + 1, end));
      i = end + 1;
    }
    this.rowGuessed = !(r >= 0 && Number.isInteger(r));
    this.row = this.rowGuessed ? this.row + 1 : r;
    this.col = -1;
    if (this.row >= this.ctx.maxRows) throw new PackageError("TOO_LARGE", `more than ${this.ctx.maxRows} rows`, this.ctx.part, { kind: "rows", value: this.ctx.maxRows });
    if (hidden) this.out.hiddenRows.add(this.row);
  }

  private openCell(src: string, from: number, to: number): void {
    this.inCell = true;
    this.type = T_NUMBER;
    this.style = 0;
    this.hasV = false;
    this.hasF = false;
    this.hasInline = false;
    this.inlineText = "";
    this.buf = "";
    let col = -1;
    let i = from;
    while (i < to) {
      const eq = src.indexOf("=", i);
      if (eq < 0 || eq >= to) break;
      let a = i;
      while (a < eq && src.charCodeAt(a) <= 32) a++;
      let b = eq;
      while (b > a && src.charCodeAt(b - 1) <= 32) b--;
      let q = eq + 1;
      while (q < to && src.charCodeAt(q) <= 32) q++;
      const quote = src.charCodeAt(q);
      if (quote !== C_QUOT && quote !== C_APOS) break;
      const end = src.indexOf(quote === C_QUOT ? '"' : "'", q + 1);
      if (end < 0) break;
      if (b - a === 1) {
        const c = src.charCodeAt(a);
        if (c === 114 /* r */) {
          // Letters then digits: the column from the letters (the row is the <row>'s).
          let n = 0;
          let k = q + 1;
          for (; k < end; k++) {
            const ch = src.charCodeAt(k) & ~32;
            if (ch < 65 || ch > 90) break;
            n = n * 26 + (ch - 64);
          }
          if (n > 0) col = n - 1;
          if (this.rowGuessed) {
            this.rowGuessed = false;
            const row = Number(src.slice(k, end)) - 1;
            if (Number.isInteger(row) && row >= 0 && row !== this.row) {
              const hidden = this.out.hiddenRows.delete(this.row);
              this.row = row;
              if (this.row >= this.ctx.maxRows) throw new PackageError("TOO_LARGE", `more than ${this.ctx.maxRows} rows`, this.ctx.part, { kind: "rows", value: this.ctx.maxRows });
              if (hidden) this.out.hiddenRows.add(row);
            }
          }
        } else if (c === 115 /* s */) {
          let n = 0;
          for (let k = q + 1; k < end; k++) n = n * 10 + (src.charCodeAt(k) - 48);
          this.style = n;
        } else if (c === 116 /* t */) this.type = cellType(src, q + 1, end);
      }
      i = end + 1;
    }
    if (this.row < 0) this.row = 0;
    this.col = col >= 0 ? col : this.col + 1;
  }

  private closeCell(): void {
    this.inCell = false;
    const raw = this.hasInline ? this.inlineText : this.buf;
    // A formula without a value (or with an empty one, as openpyxl writes it) was never calculated;
    // an empty value of a text formula (t="str") is a calculated "".
    if ((!this.hasV && !this.hasInline) || (this.hasF && raw === "" && this.type !== T_STR && this.type !== T_INLINE)) {
      if (this.hasF) this.out.uncached.push(columnLetters(this.col) + (this.row + 1));
      return;
    }
    let v: CellValue;
    switch (this.type) {
      case T_SHARED: {
        const s = this.ctx.strings[Number(raw)];
        v = s === undefined ? null : s;
        break;
      }
      case T_STR:
      case T_INLINE:
        v = decodeText(raw);
        break;
      case T_BOOL:
        v = raw.trim() === "1" || raw.trim() === "true";
        break;
      case T_ERROR:
        v = { error: decodeText(raw).trim() };
        break;
      case T_DATE: {
        const t = raw.trim();
        const d = new Date(/T.*(Z|[+-]\d\d:?\d\d)$/.test(t) || !t.includes("T") ? t : `${t}Z`);
        v = Number.isNaN(d.getTime()) ? decodeText(raw) : d;
        break;
      }
      default: {
        if (raw === "") return;
        const n = Number(raw);
        if (Number.isNaN(n)) v = decodeText(raw);
        else v = this.ctx.dates[this.style] === true ? serialToDate(n, this.ctx.date1904) : n;
      }
    }
    if (v === null) return;
    const cells = this.out.cells;
    let row = cells[this.row];
    if (row === undefined) cells[this.row] = row = [];
    const c = this.col;
    while (row.length < c) row.push(null);
    row[c] = v;
  }
}

/** The cell type named by `t="…"` (src.slice(from, to)). */
function cellType(src: string, from: number, to: number): number {
  const len = to - from;
  switch (src.charCodeAt(from)) {
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
