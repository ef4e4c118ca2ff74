/**
 * A whole worksheet part written from a small model — for Assess's own sheets (晾晒表, 考核方案,
 * 变更记录), which Assess writes entirely: column widths, rows of cells with their styles, merged
 * ranges, frozen header rows, print setup and the page footer.
 */
import { cellXml, type CellWrite } from "./sheet-cells";
import { TRANSITIONAL, type PartNamespaces } from "./package";
import { Utf8Sink } from "./utf8-sink";
import { cellRef, escapeXml } from "./xml-text";

/** One row of a sheet to build: 1-based row number, cells by 0-based column. */
export interface BuiltRow {
  r: number;
  height?: number;
  cells: { col: number; write: CellWrite }[];
}

/** A sheet written whole. */
export interface BuiltSheet {
  /** Column widths from column A (characters). */
  widths?: number[];
  rows: BuiltRow[];
  /** Merged ranges (`A1:F1`). */
  merges?: string[];
  /** Rows frozen at the top (the header). */
  frozenRows?: number;
  /** Print: portrait A4 (paper 9), fitted to one page wide. */
  fitToWidth?: boolean;
  /** Page footer (oddFooter codes, e.g. `&LAssess 考核助手&R…`). */
  footer?: string;
}


/**
 * The worksheet part's XML, as UTF-8 bytes, in the package's namespaces: rows are written one by
 * one (utf8-sink.ts), so a board of a million rows never becomes one string.
 * @example new TextDecoder().decode(buildSheet({ rows: [{ r: 1, cells: [{ col: 0, write: { value: "时间" } }] }] }))
 */
export function buildSheet(s: BuiltSheet, ns: PartNamespaces = TRANSITIONAL): Uint8Array {
  const rows = [...s.rows].sort((a, b) => a.r - b.r);
  // What the <dimension> and an empty <sheetData/> need, found before anything is written: a cell is
  // written when it has a value or a style.
  let maxCol = 0;
  let maxRow = 1;
  let anyRow = false;
  for (const row of rows) {
    let cells = false;
    for (const c of row.cells) {
      if (!writesCell(c.write)) continue;
      cells = true;
      maxCol = Math.max(maxCol, c.col);
      maxRow = Math.max(maxRow, row.r);
    }
    if (cells || row.height !== undefined) anyRow = true;
  }
  const out = new Utf8Sink(rows.length * 400);
  out.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">`);
  if (s.fitToWidth) out.write(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  out.write(`<dimension ref="A1${maxRow > 1 || maxCol > 0 ? `:${cellRef(maxRow, maxCol)}` : ""}"/>`);
  if (s.frozenRows) {
    const top = cellRef(s.frozenRows + 1, 0);
    out.write(
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${s.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`,
    );
  } else out.write(`<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  out.write(`<sheetFormatPr defaultRowHeight="15"/>`);
  if (s.widths && s.widths.length > 0)
    out.write(`<cols>${s.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`);
  if (anyRow) {
    out.write("<sheetData>");
    for (const row of rows) {
      let cells = "";
      for (const c of [...row.cells].sort((a, b) => a.col - b.col)) cells += cellXml("", row.r, c.col, c.write, undefined) ?? "";
      const ht = row.height !== undefined ? ` ht="${row.height}" customHeight="1"` : "";
      if (cells || ht) out.write(`<row r="${row.r}"${ht}>${cells}</row>`);
    }
    out.write("</sheetData>");
  } else out.write("<sheetData/>");
  if (s.merges && s.merges.length > 0) out.write(`<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`);
  out.write(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  if (s.fitToWidth) out.write(`<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>`);
  if (s.footer !== undefined) out.write(`<headerFooter><oddFooter>${escapeXml(s.footer)}</oddFooter></headerFooter>`);
  out.write("</worksheet>");
  return out.bytes();
}

/** Whether {@link cellXml} writes a cell for this write (without a style of its own to keep): a value, or a style. */
function writesCell(w: CellWrite): boolean {
  const v = w.value;
  return w.style !== undefined || !(v === null || v === "" || (typeof v === "number" && !Number.isFinite(v)));
}
