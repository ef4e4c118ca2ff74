/**
 * Problems of the weight-design methods (权重设计: 层次分析法 AHP, 熵权法, TOPSIS) — errors as data,
 * like the engine's cell problems: a string-literal code, the cell it is about (0-based row and
 * column of the matrix or data given) and the values that make it a problem. Every method collects
 * all the problems of its input, never only the first, and renders them from the one catalogue.
 */
import { format } from "../../messages";
import type { Lang } from "../types";

/**
 * What went wrong:
 * - `NOT_SQUARE`: a judgement matrix (判断矩阵) that is not n × n (a row of the wrong length, or
 *   n rows of m numbers);
 * - `TOO_SMALL`: too few rows or columns for the method (`what`, `value` found, `expected` least);
 * - `TOO_LARGE_FOR_RI`: the matrix's order is beyond the chosen RI table, so CR cannot be computed
 *   (a warning {@link consistencyProblem} gives for such an AHP result, not a failure of `ahp`);
 * - `NOT_NUMBER`: a blank (null) or non-finite cell, weight or value;
 * - `NOT_POSITIVE`: a judgement that is 0 or negative;
 * - `NOT_RECIPROCAL`: a_ji is not 1 / a_ij (the cell is the one below the diagonal; the message names both);
 * - `BAD_DIAGONAL`: a_ii is not 1;
 * - `RAGGED`: a data row with a different number of values than the first;
 * - `NEGATIVE`: a negative value where proportions are taken (熵权法 "sum"), or a negative weight;
 * - `LENGTH_MISMATCH`: weights or directions (`what`) not one per criterion;
 * - `WEIGHTS_SUM`: weights that add up to neither 1 nor 100;
 * - `CONSTANT_COLUMN`: a criterion with the same value for every subject (no information to weigh);
 * - `ZERO_COLUMN`: a criterion whose values are all 0 (no proportions).
 */
export type McdmProblemCode =
  | "NOT_SQUARE"
  | "TOO_SMALL"
  | "TOO_LARGE_FOR_RI"
  | "NOT_NUMBER"
  | "NOT_POSITIVE"
  | "NOT_RECIPROCAL"
  | "BAD_DIAGONAL"
  | "RAGGED"
  | "NEGATIVE"
  | "LENGTH_MISMATCH"
  | "WEIGHTS_SUM"
  | "CONSTANT_COLUMN"
  | "ZERO_COLUMN";

/** One problem. `row` and `col` are 0-based, in the matrix or data given; a column problem has only `col`. */
export interface McdmProblem {
  code: McdmProblemCode;
  row?: number;
  col?: number;
  /** The value found, as text (a number to 12 significant digits, a count, "5×4"). */
  value?: string;
  /** The value wanted, as text ("1", "1/3", "5"). */
  expected?: string;
  /**
   * Which list a count or an index is about — `TOO_SMALL` (rows or columns), `LENGTH_MISMATCH`,
   * `NOT_NUMBER` and `NEGATIVE` of a weight (weights or directions). Absent for cells.
   */
  what?: "rows" | "columns" | "weights" | "directions";
}

/** A method's answer: the value, or every problem of its input. */
export type McdmResult<T> = { ok: true; value: T } | { ok: false; problems: McdmProblem[] };

/** Misuse of an option by a program (a negative shift, an unknown method): thrown, never returned. */
export class McdmOptionError extends Error {
  constructor(option: string, value: unknown) {
    super(`invalid ${option}: ${JSON.stringify(value)}`);
    this.name = "McdmOptionError";
  }
}

/**
 * The shape and cells of a data table (rows = subjects or alternatives, columns = criteria):
 * at least `minRows` rows and one column (TOO_SMALL), every row as long as the first (RAGGED),
 * every cell a finite number (NOT_NUMBER). `badColumns` are the columns holding a bad cell.
 * @example checkTable([[1, 2], [3, null]], 2).problems // [{ code: "NOT_NUMBER", row: 1, col: 1 }]
 */
export function checkTable(data: readonly (readonly (number | null)[])[], minRows: number): { problems: McdmProblem[]; k: number; badColumns: Set<number> } {
  const problems: McdmProblem[] = [];
  const badColumns = new Set<number>();
  const m = data.length;
  const k = data[0]?.length ?? 0;
  if (m < minRows) problems.push({ code: "TOO_SMALL", what: "rows", value: String(m), expected: String(minRows) });
  if (m > 0 && k < 1) problems.push({ code: "TOO_SMALL", what: "columns", value: "0", expected: "1" });
  data.forEach((row, i) => {
    if (row.length !== k) problems.push({ code: "RAGGED", row: i, value: String(row.length), expected: String(k) });
    row.forEach((x, j) => {
      if (x === null || x === undefined || !Number.isFinite(x)) {
        problems.push({ code: "NOT_NUMBER", row: i, col: j, ...(x === null || x === undefined ? {} : { value: String(x) }) });
        badColumns.add(j);
      }
    });
  });
  return { problems, k, badColumns };
}

/**
 * A number as problem text: 12 significant digits, so 0.1 + 0.2 reads 0.3.
 * @example problemNumber(0.1 + 0.2) // "0.3"
 */
export function problemNumber(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(12))) : String(x);
}

/**
 * The text of a problem in a language, from the catalogue (`mcdm.<CODE>`).
 * @param where turns a cell's 0-based indexes into its address ("Sheet1!C4"); default
 *   "第 r+1 行第 c+1 列" / "row r+1, column c+1".
 * @param column names a column for column problems (ZERO_COLUMN, CONSTANT_COLUMN); default
 *   "第 c+1 列" / "column c+1".
 * @example mcdmMessage({ code: "BAD_DIAGONAL", row: 1, col: 1, value: "2", expected: "1" }, "zh-CN") // "对角线上的 第 2 行第 2 列 值为 2，应为 1（指标与自身同等重要）"
 * @example mcdmMessage({ code: "NOT_POSITIVE", row: 0, col: 2, value: "0" }, "en-US", (r, c) => `B${r + 2}:${c}`)
 */
export function mcdmMessage(
  p: McdmProblem,
  lang: Lang,
  where: (row: number, col: number) => string = (r, c) => format("mcdm.where", lang, { row: r + 1, col: c + 1 }),
  column: (col: number) => string = (c) => format("mcdm.column", lang, { col: c + 1 }),
): string {
  const hasCell = p.row !== undefined && p.col !== undefined;
  const params: Record<string, unknown> = {
    value: p.value ?? "",
    expected: p.expected ?? "",
    what: p.what ?? "",
    row: p.row === undefined ? "" : p.row + 1,
    index: p.col === undefined ? "" : p.col + 1,
    cell: hasCell ? where(p.row!, p.col!) : "",
    mirror: hasCell ? where(p.col!, p.row!) : "",
    column: p.col === undefined ? "" : column(p.col),
  };
  return format(`mcdm.${p.code}`, lang, params);
}
