/**
 * 判断矩阵与数据表的读取 — a block of cells as reviewers copy it from Excel (or select it in the
 * sheet) turned into criterion labels and numbers for {@link ahp} and {@link entropyWeights}.
 *
 * The block may carry labels: a first row of criterion names, a first column of row names (for a
 * judgement matrix the same criteria again; for a data table the subjects), and a top-left cell
 * that is blank or a caption. A row or column counts as labels when most of its filled cells are
 * text that is not a number. Cells that are blank or not numbers stay null for the engine to name
 * (NOT_NUMBER), and every body cell keeps its position in the block, so a problem can be named by
 * its row and column in the block or by its address in the sheet.
 */
import { cellText, isBlank, parseNumberText } from "../input/cells";
import { normalizeText } from "../input/labels";
import type { CellValue } from "../types";
import { parseJudgementText } from "./ahp";
import type { McdmProblem } from "./problems";

/** What a block holds: a judgement matrix (判断矩阵, AHP) or a data table (subjects × criteria, 熵权法). */
export type GridKind = "matrix" | "data";

/** A block read: the numbers between the labels, the labels, and where the numbers sit in the block. */
export interface GridRead {
  /** The body's numbers, row by row; null where a cell is blank or not a number. */
  values: (number | null)[][];
  /** The body's cells as text (for problems: “C4 的值“abc”不是数字”). */
  texts: string[][];
  /** Body cells holding a date (Excel turns a typed 1/3 into 3 January), `dates[i][j]`. */
  dates: boolean[][];
  /** The first row's labels, one per body column (blank ones ""), or null when the first row is numbers. */
  columnLabels: string[] | null;
  /** The first column's labels, one per body row, or null. */
  rowLabels: string[] | null;
  /**
   * The criteria's names, one per criterion, or null when the block has none: a matrix's row
   * labels (a blank one taken from its column label), else its column labels; a data table's column labels.
   */
  labels: string[] | null;
  /**
   * A matrix whose row i and column i are named differently (after normalisation) — rows and
   * columns in different orders? — the first such i (0-based), else null.
   */
  labelMismatch: number | null;
  /** Body cell (i, j) is cell (top + i, left + j) of the block (0-based). */
  top: number;
  left: number;
}

/** A number in a cell: numbers as they are, text as clerks type it (fractions "1/3" in a matrix). */
function numberIn(v: CellValue, kind: GridKind): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  return kind === "matrix" ? parseJudgementText(v) : parseNumberText(v);
}

/** Mostly labels: more of the filled cells are text that is not a number than anything else. */
function mostlyLabels(cells: readonly CellValue[], kind: GridKind): boolean {
  let labels = 0;
  let others = 0;
  for (const v of cells) {
    if (isBlank(v)) continue;
    if (typeof v === "string" && numberIn(v, kind) === null && !/^#/.test(v.trim())) labels++;
    else others++;
  }
  return labels > others;
}

/**
 * Read a block of cells: blank rows and columns around it dropped, labels found, the rest parsed.
 * Rows shorter than the block are padded with blanks (which the engine then names).
 * @example
 * readGrid([[null, "A", "B"], ["A", 1, "1/3"], ["B", 3, 1]], "matrix")
 * // { values: [[1, 0.333…], [3, 1]], labels: ["A", "B"], top: 1, left: 1, … }
 * @example readGrid([["1", "2"], ["0.5", "1"]], "matrix").labels // null
 */
export function readGrid(grid: readonly (readonly CellValue[])[], kind: GridKind): GridRead {
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  const filledRow = (r: number) => (grid[r] ?? []).some((v) => !isBlank(v));
  const filledCol = (c: number) => grid.some((r) => !isBlank(r[c]));
  let r0 = 0;
  let r1 = grid.length - 1;
  let c0 = 0;
  let c1 = width - 1;
  while (r0 <= r1 && !filledRow(r0)) r0++;
  while (r1 >= r0 && !filledRow(r1)) r1--;
  while (c0 <= c1 && !filledCol(c0)) c0++;
  while (c1 >= c0 && !filledCol(c1)) c1--;
  const empty: GridRead = { values: [], texts: [], dates: [], columnLabels: null, rowLabels: null, labels: null, labelMismatch: null, top: r0, left: c0 };
  if (r0 > r1 || c0 > c1) return empty;

  const at = (r: number, c: number): CellValue => grid[r]?.[c] ?? null;
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
  const firstRow = range(c0, c1).map((c) => at(r0, c));
  // The top-left cell is a caption or blank when both labels are there: judge the first row without it.
  const hasHeader = mostlyLabels(c1 > c0 ? firstRow.slice(1) : firstRow, kind);
  const top = r0 + (hasHeader ? 1 : 0);
  const firstCol = range(top, r1).map((r) => at(r, c0));
  const hasRowLabels = c1 > c0 && mostlyLabels(firstCol, kind);
  const left = c0 + (hasRowLabels ? 1 : 0);
  const rows = range(top, r1);
  const cols = range(left, c1);
  const label = (v: CellValue) => (isBlank(v) ? "" : cellText(v).trim());

  const columnLabels = hasHeader ? cols.map((c) => label(at(r0, c))) : null;
  const rowLabels = hasRowLabels ? rows.map((r) => label(at(r, c0))) : null;
  let labels: string[] | null;
  let labelMismatch: number | null = null;
  if (kind === "data") labels = columnLabels;
  else if (rowLabels) {
    labels = rowLabels.map((l, i) => l || columnLabels?.[i] || "");
    if (columnLabels) {
      const k = rowLabels.findIndex((l, i) => l !== "" && (columnLabels[i] ?? "") !== "" && normalizeText(l) !== normalizeText(columnLabels[i]!));
      labelMismatch = k >= 0 ? k : null;
    }
  } else labels = columnLabels;
  if (labels && labels.every((l) => l === "")) labels = null;

  return {
    values: rows.map((r) => cols.map((c) => numberIn(at(r, c), kind))),
    texts: rows.map((r) => cols.map((c) => cellText(at(r, c)))),
    dates: rows.map((r) => cols.map((c) => at(r, c) instanceof Date)),
    columnLabels,
    rowLabels,
    labels,
    labelMismatch,
    top,
    left,
  };
}

/**
 * The engine's NOT_NUMBER problems with the text of the cell filled in (the engine only saw null).
 * @example withCellTexts([{ code: "NOT_NUMBER", row: 0, col: 1 }], readGrid([["1", "x"], ["2", "1"]], "matrix"))
 * // [{ code: "NOT_NUMBER", row: 0, col: 1, value: "x" }]
 */
export function withCellTexts(problems: readonly McdmProblem[], read: GridRead): McdmProblem[] {
  return problems.map((p) =>
    p.code === "NOT_NUMBER" && p.row !== undefined && p.col !== undefined && !p.value && p.what === undefined
      ? { ...p, value: read.texts[p.row]?.[p.col] ?? "" }
      : p,
  );
}

/**
 * Text copied from Excel (tab-separated rows; a cell holding tabs, line breaks or quotes comes in
 * double quotes with "" for a quote) as a block of cells; blank cells are null, empty lines at the
 * end dropped. Text without tabs — typed by hand — is split at commas, semicolons or spaces; then a
 * first row one cell shorter than the rest (labels over a matrix with labels, the top-left blank
 * left out) is moved one cell to the right.
 * @example pastedGrid("\tA\tB\nA\t1\t3\nB\t1/3\t1\n") // [[null, "A", "B"], ["A", "1", "3"], ["B", "1/3", "1"]]
 * @example pastedGrid("1 3\n1/3 1") // [["1", "3"], ["1/3", "1"]]
 */
export function pastedGrid(text: string): CellValue[][] {
  const rows = text.includes("\t") ? delimitedRows(text, "\t") : typedRows(text);
  while (rows.length > 0 && rows[rows.length - 1]!.every((v) => isBlank(v))) rows.pop();
  return rows;
}

/**
 * Delimited text as RFC 4180 has it, for any one-character separator: fields in double quotes may
 * hold separators, line breaks and "" for a quote; CRLF, CR or LF line ends; blank fields (quoted
 * or not) become null. Excel's clipboard is this with tabs; a CSV file, with commas.
 * @example delimitedRows('单位,"得分,总"\r\n甲,85\r\n', ",") // [["单位", "得分,总"], ["甲", "85"]]
 */
export function delimitedRows(text: string, sep: string): CellValue[][] {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(field.trim() === "" ? null : field);
    field = "";
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === "" && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      field = "";
    } else if (ch === sep) endField();
    else if (ch === "\r" || ch === "\n") {
      endField();
      rows.push(row);
      row = [];
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
  }
  if (field !== "" || wasQuoted || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** Hand-typed rows: cells between commas (also ，), semicolons (；) or white space. */
function typedRows(text: string): CellValue[][] {
  const rows: CellValue[][] = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .map((line) => (line === "" ? [] : line.split(/\s*[,，;；]\s*|\s+/).map((s) => (s === "" ? null : s))));
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const first = rows[0];
  if (first && first.length === width - 1 && rows.slice(1).some((r) => r.length === width) && mostlyLabels(first, "data")) rows[0] = [null, ...first];
  return rows;
}

/**
 * Where a range sits: Excel's address of it (`Sheet1!B2:E5`, `'My Sheet'!B2`) → its sheet and its
 * top-left cell (0-based row and column); null for anything else.
 * @example rangeOrigin("'考核 2026'!C4:F7") // { sheet: "考核 2026", row: 3, col: 2 }
 */
export function rangeOrigin(address: string): { sheet: string; row: number; col: number } | null {
  const i = address.lastIndexOf("!");
  const sheet = i < 0 ? "" : address.slice(0, i).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(address.slice(i + 1));
  if (!m) return null;
  const col = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { sheet, row: Number(m[2]) - 1, col };
}

