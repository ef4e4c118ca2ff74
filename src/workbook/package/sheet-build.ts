/**
 * A whole worksheet part written from a small model — for Assess's own sheets (晾晒表, 考核方案,
 * 变更记录), which Assess writes entirely: column widths, rows of cells with their styles, merged
 * ranges, frozen header rows, print setup and the page footer.
 */
import { cellXml, type CellWrite } from "./sheet-cells";
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

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The worksheet part's XML.
 * @example buildSheet({ rows: [{ r: 1, cells: [{ col: 0, write: { value: "时间" } }] }] })
 */
export function buildSheet(s: BuiltSheet): string {
  const rows = [...s.rows].sort((a, b) => a.r - b.r);
  let maxCol = 0;
  let maxRow = 1;
  const data = rows
    .map((row) => {
      const cells = [...row.cells]
        .sort((a, b) => a.col - b.col)
        .map((c) => {
          const x = cellXml("", row.r, c.col, c.write, undefined);
          if (x !== null) {
            maxCol = Math.max(maxCol, c.col);
            maxRow = Math.max(maxRow, row.r);
          }
          return x ?? "";
        })
        .join("");
      const ht = row.height !== undefined ? ` ht="${row.height}" customHeight="1"` : "";
      return cells || ht ? `<row r="${row.r}"${ht}>${cells}</row>` : "";
    })
    .join("");
  const parts: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];
  if (s.fitToWidth) parts.push(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  parts.push(`<dimension ref="A1${maxRow > 1 || maxCol > 0 ? `:${cellRef(maxRow, maxCol)}` : ""}"/>`);
  if (s.frozenRows) {
    const top = cellRef(s.frozenRows + 1, 0);
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${s.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`,
    );
  } else parts.push(`<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  parts.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  if (s.widths && s.widths.length > 0)
    parts.push(`<cols>${s.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`);
  parts.push(data ? `<sheetData>${data}</sheetData>` : "<sheetData/>");
  if (s.merges && s.merges.length > 0) parts.push(`<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`);
  parts.push(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  if (s.fitToWidth) parts.push(`<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>`);
  if (s.footer !== undefined) parts.push(`<headerFooter><oddFooter>${escapeXml(s.footer)}</oddFooter></headerFooter>`);
  parts.push("</worksheet>");
  return parts.join("");
}
