/**
 * Cell edits into an existing worksheet part, as a string transform of its XML: the `<c>` elements
 * edited are replaced or inserted in column order inside their `<row>` (rows created in order where
 * missing); every other row is copied as it is, and so is everything around sheetData — styles (s=),
 * other cells' formulas, merged cells, conditional formats, data validation, views, auto-filter,
 * protection. Strings are written as inline strings (t="inlineStr"), so sharedStrings is not
 * touched. `<dimension>` grows to cover the edited cells.
 */
import { Utf8Sink } from "./utf8-sink";
import { attrValue, attrs, cellRef, colLetters, parseRef, rootPrefix, xmlText } from "./xml-text";

/** What to write in one cell: a value (null or "" empties it) and, optionally, its style (s=). */
export interface CellWrite {
  value: string | number | boolean | null;
  /** The cell format index to set; the cell keeps its own when absent. */
  style?: number;
}

/** Edits by 1-based row, then 0-based column. */
export type CellEdits = Map<number, Map<number, CellWrite>>;

/** Add one edit to a set of edits. */
export function setEdit(edits: CellEdits, row: number, col: number, write: CellWrite): void {
  let r = edits.get(row);
  if (!r) edits.set(row, (r = new Map()));
  r.set(col, write);
}

/** What {@link patchCells} did. */
export interface PatchResult {
  /** The part's new XML, as UTF-8 bytes. */
  bytes: Uint8Array;
  /** A cell that held a formula was overwritten (calcChain.xml must then go). */
  formulaReplaced: boolean;
}

/** One `<c>` element as XML, in the sheet's namespace prefix. */
export function cellXml(p: string, row: number, col: number, w: CellWrite, style: string | undefined): string | null {
  const s = w.style !== undefined ? ` s="${w.style}"` : style !== undefined && style !== "0" ? ` s="${style}"` : "";
  const r = `${colLetters(col)}${row}`;
  const v = w.value;
  if (v === null || v === "" || (typeof v === "number" && !Number.isFinite(v))) return s ? `<${p}c r="${r}"${s}/>` : null;
  if (typeof v === "number") return `<${p}c r="${r}"${s}><${p}v>${v}</${p}v></${p}c>`;
  if (typeof v === "boolean") return `<${p}c r="${r}"${s} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  return `<${p}c r="${r}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${xmlText(v)}</${p}t></${p}is></${p}c>`;
}

/**
 * Apply cell edits to a worksheet part's XML.
 * @example patchCells(xml, new Map([[1, new Map([[5, { value: "【计算】等次" }]])]])).xml
 */
export function patchCells(xml: string, edits: CellEdits): PatchResult {
  const p = rootPrefix(xml, "worksheet");
  const rows = [...edits.keys()].sort((a, b) => a - b);
  if (rows.length === 0) return { bytes: new TextEncoder().encode(xml), formulaReplaced: false };
  let formulaReplaced = false;

  const open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!open) throw new Error("worksheet part without <sheetData>");
  const selfClosed = open[1] === "/";
  const bodyStart = open.index + open[0].length;
  const closeTag = `</${p}sheetData>`;
  const bodyEnd = selfClosed ? bodyStart : xml.indexOf(closeTag, bodyStart);
  if (bodyEnd < 0) throw new Error("worksheet part with an unclosed <sheetData>");
  const body = xml.slice(bodyStart, bodyEnd);

  // <dimension> comes before <sheetData>: widened in the head; rows then go straight into bytes.
  const head = selfClosed ? xml.slice(0, open.index) : xml.slice(0, bodyStart);
  const tail = selfClosed ? xml.slice(bodyStart) : xml.slice(bodyEnd);
  const dimensionFirst = new RegExp(`<${p}dimension\\b`).test(head);
  let editCount = 0;
  for (const r of rows) editCount += (edits.get(r) as Map<number, CellWrite>).size;
  const out = new Utf8Sink(xml.length * 1.05 + editCount * 120);
  out.write(dimensionFirst ? growDimension(head, p, edits, rows) : head);
  if (selfClosed) out.write(`<${p}sheetData>`);
  let k = 0; // next edited row
  let last = 0; // where copying resumes in body
  let prevRow = 0;
  const rowStart = new RegExp(`<${p}row\\b[^>]*?(/?)>`, "g");
  const rowClose = `</${p}row>`;
  const cellRe = new RegExp(`<${p}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, "g");
  const formulaRe = new RegExp(`<${p}f\\b`);
  const newRow = (r: number) => {
    const cells: string[] = [];
    patchRow(cells, "", r, edits.get(r) as Map<number, CellWrite>);
    return cells.length > 0 ? `<${p}row r="${r}">${cells.join("")}</${p}row>` : "";
  };
  // Rows only ever need reading when an edit falls on them; all others are copied in slices.
  for (let m = rowStart.exec(body); m && k < rows.length; m = rowStart.exec(body)) {
    const rAttr = attrValue(m[0], 0, m[0].length, "r");
    const r = rAttr !== undefined ? Number(rAttr) : prevRow + 1;
    prevRow = r;
    const end = m[1] === "/" ? m.index + m[0].length : body.indexOf(rowClose, m.index) + rowClose.length;
    rowStart.lastIndex = end;
    while (k < rows.length && (rows[k] as number) < r) {
      out.write(body.slice(last, m.index));
      out.write(newRow(rows[k++] as number));
      last = m.index;
    }
    if (rows[k] !== r) continue;
    k++;
    out.write(body.slice(last, m.index));
    const inner = m[1] === "/" ? "" : body.slice(m.index + m[0].length, end - rowClose.length);
    const tag = m[0];
    const startTag = tag.includes("spans") || m[1] === "/" ? tag.replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, "").replace(/\s*\/>$/, ">") : tag;
    // Each row made into one string at once: its new cells' strings die young, not in the old generation.
    const cells: string[] = [startTag];
    patchRow(cells, inner, r, edits.get(r) as Map<number, CellWrite>);
    cells.push(rowClose);
    out.write(cells.join(""));
    last = end;
  }
  out.write(body.slice(last));
  while (k < rows.length) out.write(newRow(rows[k++] as number));
  if (selfClosed) out.write(closeTag);
  // A <dimension> after <sheetData> (not where the schema puts it) is widened where it is.
  out.write(dimensionFirst ? tail : growDimension(tail, p, edits, rows));
  return { bytes: out.bytes(), formulaReplaced };

  /**
   * A row's cells with the edits applied, pushed onto `out`: cells in column order (edited ones
   * replaced, keeping their style; new ones inserted), then what follows the last cell. Cells that
   * stay are copied as slices of the row, consecutive ones as one, without parsing them. A row whose
   * cells are not in column order is sorted whole.
   */
  function patchRow(out: string[], inner: string, r: number, writes: Map<number, CellWrite>): void {
    const cells = scanCells(inner);
    if (cells === null) {
      out.push(patchRowSorted(inner, r, writes));
      return;
    }
    const editCols = [...writes.keys()].sort((a, b) => a - b);
    let k = 0;
    let handled = false; // editCols[k] matched an existing cell
    let runStart = -1;
    let runEnd = -1;
    const flush = () => {
      if (runStart >= 0) out.push(inner.slice(runStart, runEnd));
      runStart = -1;
    };
    const insert = (col: number) => {
      const x = cellXml(p, r, col, writes.get(col) as CellWrite, undefined);
      if (x === null) return;
      flush();
      out.push(x);
    };
    const n = cells.length / 4;
    for (let i = 0; i < n; i++) {
      const start = cells[4 * i] as number;
      const tagEnd = cells[4 * i + 1] as number;
      const end = cells[4 * i + 2] as number;
      const col = cells[4 * i + 3] as number;
      for (; k < editCols.length && (editCols[k] as number) < col; k++, handled = false) if (!handled) insert(editCols[k] as number);
      if (k < editCols.length && editCols[k] === col) {
        handled = true;
        flush();
        const xml = inner.slice(start, end);
        if (formulaRe.test(xml)) formulaReplaced = true;
        const x = cellXml(p, r, col, writes.get(col) as CellWrite, attrs(inner.slice(start, tagEnd)).s);
        if (x !== null) out.push(x);
        continue;
      }
      if (runStart >= 0 && runEnd === start) runEnd = end;
      else {
        flush();
        runStart = start;
        runEnd = end;
      }
    }
    for (; k < editCols.length; k++, handled = false) if (!handled) insert(editCols[k] as number);
    flush();
    const rest = inner.slice(n > 0 ? (cells[4 * n - 2] as number) : 0).replace(/^\s+/, "");
    if (rest !== "") out.push(rest);
  }

  /**
   * The cells of a row's XML as `[start, tagEnd, end, col]` quadruples — found as the RegExp
   * `<c\b[^>]*?(?:/>|>[\s\S]*?</c>)` finds them, columns as `attrs` and `parseRef` read `r` — or
   * null when they are not in column order (or a column needs the slow reading).
   */
  function scanCells(inner: string): number[] | null {
    const out: number[] = [];
    const cOpen = `<${p}c`;
    const cClose = `</${p}c>`;
    let prevCol = -1;
    for (let from = 0; ; ) {
      const i = inner.indexOf(cOpen, from);
      if (i < 0) return out;
      if (isWordChar(inner.charCodeAt(i + cOpen.length))) {
        from = i + 1;
        continue;
      }
      const gt = inner.indexOf(">", i);
      if (gt < 0) return out;
      let end: number;
      if (inner.charCodeAt(gt - 1) === 47 /* / */ && gt - 1 >= i + cOpen.length) end = gt + 1;
      else {
        const close = inner.indexOf(cClose, gt + 1);
        if (close < 0) {
          from = i + 1;
          continue;
        }
        end = close + cClose.length;
      }
      const ref = attrValue(inner, i, gt + 1, "r");
      let col: number;
      if (ref === undefined) col = prevCol + 1;
      else {
        const parsed = parseRef(ref);
        col = parsed === null ? prevCol + 1 : parsed.col;
      }
      if (col < prevCol) return null;
      prevCol = col;
      out.push(i, gt + 1, end, col);
      from = end;
    }
  }

  /** The original reading of a row: every cell parsed, the new ones added, all sorted by column. */
  function patchRowSorted(inner: string, r: number, writes: Map<number, CellWrite>): string {
    const cells: { col: number; xml: string }[] = [];
    cellRe.lastIndex = 0;
    const handled = new Set<number>();
    let prevCol = -1;
    let tail = 0;
    for (let m = cellRe.exec(inner); m; m = cellRe.exec(inner)) {
      const tag = /^<[^>]*>/.exec(m[0])?.[0] ?? m[0];
      const a = attrs(tag);
      const col = a.r !== undefined ? (parseRef(a.r)?.col ?? prevCol + 1) : prevCol + 1;
      prevCol = col;
      tail = m.index + m[0].length;
      const w = writes.get(col);
      if (!w) {
        cells.push({ col, xml: m[0] });
        continue;
      }
      handled.add(col);
      if (formulaRe.test(m[0])) formulaReplaced = true;
      const x = cellXml(p, r, col, w, a.s);
      if (x !== null) cells.push({ col, xml: x });
    }
    for (const [col, w] of writes) {
      if (handled.has(col)) continue;
      const x = cellXml(p, r, col, w, undefined);
      if (x !== null) cells.push({ col, xml: x });
    }
    cells.sort((a, b) => a.col - b.col);
    return cells.map((c) => c.xml).join("") + inner.slice(tail).replace(/^\s+/, "");
  }
}

/** A character `\b` counts as a word's: [A-Za-z0-9_] (NaN, past the end, is not). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** `<dimension ref>` widened to the edited cells. */
function growDimension(xml: string, p: string, edits: CellEdits, rows: number[]): string {
  const re = new RegExp(`(<${p}dimension\\b[^>]*?\\bref\\s*=\\s*")([^"]*)(")`);
  const m = re.exec(xml);
  if (!m) return xml;
  const [a, b] = (m[2] as string).split(":");
  const tl = parseRef(a ?? "");
  const br = parseRef(b ?? a ?? "");
  let top = tl?.row ?? rows[0]!;
  let left = tl?.col ?? Infinity;
  let bottom = br?.row ?? 0;
  let right = br?.col ?? 0;
  for (const r of rows) {
    const cols = [...(edits.get(r) as Map<number, CellWrite>)].filter(([, w]) => w.value !== null && w.value !== "").map(([c]) => c);
    if (cols.length === 0) continue;
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, ...cols);
    right = Math.max(right, ...cols);
  }
  if (!Number.isFinite(left)) return xml;
  const ref = top === bottom && left === right ? cellRef(top, left) : `${cellRef(top, left)}:${cellRef(bottom, right)}`;
  return ref === m[2] ? xml : xml.slice(0, m.index) + m[1] + ref + m[3] + xml.slice(m.index + m[0].length);
}
