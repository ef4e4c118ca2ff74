/**
 * Colours, symbols and table lines of the report. Fills are those of the workbook board (Excel's
 * Good / Neutral / Bad styles) with dark text; every light also carries a symbol and a word, so
 * the board reads the same in greyscale print.
 */
import type { CustomTableLayout } from "pdfmake/interfaces";
import type { Light } from "../engine/types";

/** Fill, text colour and greyscale symbol of each light. */
export const LIGHT: Record<Light, { fill: string; color: string; symbol: string }> = {
  green: { fill: "#C6EFCE", color: "#006100", symbol: "●" },
  yellow: { fill: "#FFEB9C", color: "#5C3A00", symbol: "◐" },
  red: { fill: "#FFC7CE", color: "#9C0006", symbol: "○" },
};

export const HEADER_FILL = "#EDEDED";
export const ERROR_FILL = "#FFC7CE";
export const ERROR_TEXT = "#9C0006";
export const WARNING_FILL = "#FFEB9C";
export const WARNING_TEXT = "#5C3A00";

/** Thin grey lines around every cell. */
export const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => "#9E9E9E",
  vLineColor: () => "#9E9E9E",
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

/** Font family names the document uses; the renderer maps them to font files. */
export const FAMILY = "Report";
