/**
 * Cell edits into an existing worksheet part, as a string transform of its XML: the `<c>` elements
 * edited are replaced or inserted in column order inside their `<row>` (rows created in order where
 * missing); every other row is copied as it is, and so is everything around sheetData — styles (s=),
 * other cells' formulas, merged cells, conditional formats, data validation, views, auto-filter,
 * protection. Strings are written as inline strings (t="inlineStr"), so sharedStrings is not
 * touched. `<dimension>` grows to cover the edited cells.
 */
import { attrs, cellRef, colLetters, parseRef, rootPrefix, xmlText } from "./xml-text";

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
  xml: string;
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
  if (rows.length === 0) return { xml, formulaReplaced: false };
  let formulaReplaced = false;

  const open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!open) throw new Error("worksheet part without <sheetData>");
  const selfClosed = open[1] === "/";
  const bodyStart = open.index + open[0].length;
  const closeTag = `</${p}sheetData>`;
  const bodyEnd = selfClosed ? bodyStart : xml.indexOf(closeTag, bodyStart);
  if (bodyEnd < 0) throw new Error("worksheet part with an unclosed <sheetData>");
  const body = xml.slice(bodyStart, bodyEnd);

  const out: string[] = [];
  let k = 0; // next edited row
  let last = 0; // where copying resumes in body
  let prevRow = 0;
  const rowStart = new RegExp(`<${p}row\\b[^>]*?(/?)>`, "g");
  const rowClose = `</${p}row>`;
  const cellRe = new RegExp(`<${p}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, "g");
  const formulaRe = new RegExp(`<${p}f\\b`);
  const newRow = (r: number) => {
    const cells = patchRow("", r, edits.get(r) as Map<number, CellWrite>);
    return cells ? `<${p}row r="${r}">${cells}</${p}row>` : "";
  };
  // Rows only ever need reading when an edit falls on them; all others are copied in slices.
  for (let m = rowStart.exec(body); m && k < rows.length; m = rowStart.exec(body)) {
    const a = attrs(m[0]);
    const r = a.r !== undefined ? Number(a.r) : prevRow + 1;
    prevRow = r;
    const end = m[1] === "/" ? m.index + m[0].length : body.indexOf(rowClose, m.index) + rowClose.length;
    rowStart.lastIndex = end;
    while (k < rows.length && (rows[k] as number) < r) {
      out.push(body.slice(last, m.index), newRow(rows[k++] as number));
      last = m.index;
    }
    if (rows[k] !== r) continue;
    k++;
    out.push(body.slice(last, m.index));
    const inner = m[1] === "/" ? "" : body.slice(m.index + m[0].length, end - rowClose.length);
    const startTag = m[0].replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, "").replace(/\s*\/>$/, ">");
    out.push(startTag, patchRow(inner, r, edits.get(r) as Map<number, CellWrite>), rowClose);
    last = end;
  }
  out.push(body.slice(last));
  while (k < rows.length) out.push(newRow(rows[k++] as number));
  let next = selfClosed ? `${xml.slice(0, open.index)}<${p}sheetData>${out.join("")}${closeTag}${xml.slice(bodyStart)}` : xml.slice(0, bodyStart) + out.join("") + xml.slice(bodyEnd);
  next = growDimension(next, p, edits, rows);
  return { xml: next, formulaReplaced };

  function patchRow(inner: string, r: number, writes: Map<number, CellWrite>): string {
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
