/**
 * 层次分析法 AHP — criterion weights from a judgement matrix (判断矩阵) of pairwise comparisons on
 * Saaty's 1–9 scale, with the consistency check (一致性检验) CI, RI, CR.
 *
 * The matrix must be positive reciprocal: every a_ij > 0, a_ii = 1, a_ji = 1 / a_ij. Clerks type
 * the lower triangle as decimals (0.333 for 1/3, 0.167 for 1/6), so a_ij · a_ji may differ from 1
 * by the relative `tolerance` (1e-3), and a value that is 1 / a_ij rounded to the decimals it was
 * typed with (three or more: 0.167, 0.143, 0.1111) is accepted too. The values are used as typed.
 */
import { parseNumberText, toHalfWidth } from "../input/cells";
import { McdmOptionError, problemNumber, type McdmProblem, type McdmResult } from "./problems";
import { isRiTableId, maxOrder, riFor, type RiTableId } from "./ri-tables";

/**
 * How the weights are derived from the matrix:
 * - `eigenvector` (特征向量法, Saaty's): the principal right eigenvector, by power iteration until no
 *   weight moves by 1e-12;
 * - `geometric` (几何平均法/方根法): each row's geometric mean, normalised to sum 1;
 * - `column` (算术平均法/和积法): each column normalised to sum 1, then the rows averaged.
 */
export type AhpMethod = "eigenvector" | "geometric" | "column";

/** The AHP methods, the default first. */
export const ahpMethods: AhpMethod[] = ["eigenvector", "geometric", "column"];

/** Options of {@link ahp}. */
export interface AhpOptions {
  /** Default `eigenvector`. */
  method?: AhpMethod;
  /** The RI table CR is taken against; default `saaty`. */
  ri?: RiTableId;
  /** Relative tolerance of the reciprocal and diagonal checks: |a_ij · a_ji − 1| ≤ tolerance; default 1e-3. */
  tolerance?: number;
}

/** The weights and the consistency check of one judgement matrix. */
export interface AhpResult {
  /** Order of the matrix (number of criteria). */
  n: number;
  method: AhpMethod;
  /** One weight per criterion (row), summing to 1. */
  weights: number[];
  /**
   * λmax = mean over i of (A w)_i / w_i, with the method's own w: the principal eigenvalue for
   * `eigenvector`, the usual estimate of it for `geometric` and `column`.
   */
  lambdaMax: number;
  /** CI = (λmax − n) / (n − 1); 0 for n = 1. */
  ci: number;
  /** RI of order n in the table; null when the table stops before n. */
  ri: number | null;
  /** CR = CI / RI; null when RI is 0 (n ≤ 2: every such matrix is consistent) or null. */
  cr: number | null;
  /**
   * CR < 0.1 (Saaty's rule). When CR is null: true for n ≤ 2, false beyond the RI table (the
   * consistency cannot be confirmed; see {@link consistencyProblem}).
   */
  consistent: boolean;
  riTable: RiTableId;
}

/** Default relative tolerance of the reciprocal check. */
export const AHP_TOLERANCE = 1e-3;

/** CR below this is acceptable (Saaty). */
export const CR_LIMIT = 0.1;

/** Power iteration stops when no weight moves by more than this. */
const CONVERGENCE = 1e-12;
const MAX_ITERATIONS = 100_000;

/**
 * Weights and consistency of a judgement matrix. Every problem of the matrix is reported (each
 * blank or non-numeric cell, each non-positive value, each wrong diagonal, each pair that is not
 * reciprocal — at the cell below the diagonal), none is guessed.
 * @param matrix rows of judgements, a_ij = how much more important criterion i is than j; null is a blank cell.
 * @example
 * ahp([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]])
 * // { ok: true, value: { n: 3, method: "eigenvector", weights: [0.637, 0.258, 0.105] (rounded),
 * //   lambdaMax: 3.0385, ci: 0.0193, ri: 0.58, cr: 0.0332, consistent: true, riTable: "saaty" } }
 * @example ahp([[1, 2], [2, 1]]) // { ok: false, problems: [{ code: "NOT_RECIPROCAL", row: 1, col: 0, value: "2", expected: "1/2" }] }
 */
export function ahp(matrix: readonly (readonly (number | null)[])[], opts: AhpOptions = {}): McdmResult<AhpResult> {
  const method = opts.method ?? "eigenvector";
  if (!ahpMethods.includes(method)) throw new McdmOptionError("AHP method", method);
  const riTable = opts.ri ?? "saaty";
  if (!isRiTableId(riTable)) throw new McdmOptionError("RI table", riTable);
  const tolerance = opts.tolerance ?? AHP_TOLERANCE;
  if (!(tolerance >= 0 && Number.isFinite(tolerance))) throw new McdmOptionError("tolerance", tolerance);

  const problems = checkMatrix(matrix, tolerance);
  if (problems.length > 0) return { ok: false, problems };
  const a = matrix as readonly (readonly number[])[];
  const n = a.length;
  const weights = method === "eigenvector" ? eigenvector(a) : method === "geometric" ? geometricMean(a) : columnNormalised(a);
  const lambdaMax = lambdaOf(a, weights);
  const ci = n <= 1 ? 0 : (lambdaMax - n) / (n - 1);
  const ri = riFor(riTable, n);
  const cr = ri === null || ri === 0 ? null : ci / ri;
  const consistent = cr === null ? n <= 2 : cr < CR_LIMIT;
  return { ok: true, value: { n, method, weights, lambdaMax, ci, ri, cr, consistent, riTable } };
}

/**
 * The warning to show with an AHP result whose CR cannot be computed because the matrix is larger
 * than the RI table (TOO_LARGE_FOR_RI, `expected` = the table's largest order), else null.
 * @example consistencyProblem(ahp(matrixOf12).value) // { code: "TOO_LARGE_FOR_RI", value: "12", expected: "10" }
 */
export function consistencyProblem(r: AhpResult): McdmProblem | null {
  return r.ri === null && r.n > 2 ? { code: "TOO_LARGE_FOR_RI", value: String(r.n), expected: String(maxOrder(r.riTable)) } : null;
}

/**
 * A judgement as a clerk types it: a number the engine's cell parsing reads ("3", "０.５", "0.333"),
 * or a fraction "1/3" (also full-width "１／３"). Null when it is neither.
 * @example parseJudgementText("1/3") // 0.3333333333333333
 * @example parseJudgementText("５") // 5
 */
export function parseJudgementText(text: string): number | null {
  const m = /^([0-9]+(?:\.[0-9]+)?)\/([0-9]+(?:\.[0-9]+)?)$/.exec(toHalfWidth(text).replace(/[\s\u00a0]/g, "").replace(/[∕⁄]/g, "/"));
  if (m) {
    const den = Number(m[2]);
    return den > 0 ? Number(m[1]) / den : null;
  }
  return parseNumberText(text);
}

/** Shape, cells, diagonal and reciprocity: every problem. */
function checkMatrix(matrix: readonly (readonly (number | null)[])[], tolerance: number): McdmProblem[] {
  const n = matrix.length;
  if (n === 0) return [{ code: "TOO_SMALL", what: "rows", value: "0", expected: "1" }];
  const lengths = new Set(matrix.map((r) => r.length));
  if (lengths.size === 1 && !lengths.has(n)) {
    const m = matrix[0]!.length;
    return [{ code: "NOT_SQUARE", value: `${n}×${m}`, expected: `${n}×${n}` }];
  }
  const shape: McdmProblem[] = [];
  matrix.forEach((row, i) => {
    if (row.length !== n) shape.push({ code: "NOT_SQUARE", row: i, value: String(row.length), expected: String(n) });
  });
  if (shape.length > 0) return shape;

  const problems: McdmProblem[] = [];
  const usable = (x: number | null | undefined): x is number => x !== null && x !== undefined && Number.isFinite(x) && x > 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = matrix[i]![j];
      if (x === null || x === undefined || !Number.isFinite(x)) {
        problems.push({ code: "NOT_NUMBER", row: i, col: j, ...(x === null || x === undefined ? {} : { value: String(x) }) });
      } else if (x <= 0) {
        problems.push({ code: "NOT_POSITIVE", row: i, col: j, value: problemNumber(x) });
      } else if (i === j && Math.abs(x - 1) > tolerance + 1e-12) {
        problems.push({ code: "BAD_DIAGONAL", row: i, col: j, value: problemNumber(x), expected: "1" });
      }
    }
  }
  for (let j = 0; j < n; j++) {
    for (let i = j + 1; i < n; i++) {
      const upper = matrix[j]![i];
      const lower = matrix[i]![j];
      if (!usable(upper) || !usable(lower) || reciprocal(upper, lower, tolerance)) continue;
      problems.push({ code: "NOT_RECIPROCAL", row: i, col: j, value: problemNumber(lower), expected: reciprocalText(upper) });
    }
  }
  // Report in reading order: row by row, left to right.
  return problems.sort((p, q) => (p.row ?? 0) - (q.row ?? 0) || (p.col ?? 0) - (q.col ?? 0));
}

/** a · b ≈ 1 within the tolerance, or one is the other's reciprocal rounded to its typed decimals. */
function reciprocal(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a * b - 1) <= tolerance + 1e-12 || roundedReciprocal(a, b) || roundedReciprocal(b, a);
}

/** `typed` is 1 / x rounded to the decimals it shows, three or more (0.167 for 1/6). */
function roundedReciprocal(x: number, typed: number): boolean {
  const text = String(typed);
  if (/e/i.test(text)) return false;
  const decimals = text.split(".")[1]?.length ?? 0;
  if (decimals < 3) return false;
  return Math.abs(typed - 1 / x) <= 0.5 * 10 ** -decimals * (1 + 1e-9);
}

/** 1/x as a clerk writes it: "1/3" for 3, "3" for 1/3 (0.333…), else 4 significant digits. */
function reciprocalText(x: number): string {
  if (Number.isInteger(x)) return x === 1 ? "1" : `1/${x}`;
  const r = 1 / x;
  const near = Math.round(r);
  if (Math.abs(r - near) <= 1e-3 * near) return String(near);
  return String(Number(r.toPrecision(4)));
}

function multiply(a: readonly (readonly number[])[], w: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, x, j) => s + x * w[j]!, 0));
}

function normalise(v: number[]): number[] {
  const s = v.reduce((x, y) => x + y, 0);
  return v.map((x) => x / s);
}

/** The principal eigenvector by power iteration (a positive matrix: Perron–Frobenius). */
function eigenvector(a: readonly (readonly number[])[]): number[] {
  const n = a.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let k = 0; k < MAX_ITERATIONS; k++) {
    const next = normalise(multiply(a, w));
    let moved = 0;
    for (let i = 0; i < n; i++) moved = Math.max(moved, Math.abs(next[i]! - w[i]!));
    w = next;
    if (moved < CONVERGENCE) break;
  }
  return w;
}

/** Row geometric means (through logarithms, so large orders do not overflow), normalised. */
function geometricMean(a: readonly (readonly number[])[]): number[] {
  const n = a.length;
  return normalise(a.map((row) => Math.exp(row.reduce((s, x) => s + Math.log(x), 0) / n)));
}

/** Columns normalised to sum 1, rows averaged. */
function columnNormalised(a: readonly (readonly number[])[]): number[] {
  const n = a.length;
  const colSums = a[0]!.map((_, j) => a.reduce((s, row) => s + row[j]!, 0));
  return a.map((row) => row.reduce((s, x, j) => s + x / colSums[j]!, 0) / n);
}

/** λmax = mean of (A w)_i / w_i. */
function lambdaOf(a: readonly (readonly number[])[], w: readonly number[]): number {
  const aw = multiply(a, w);
  return aw.reduce((s, x, i) => s + x / w[i]!, 0) / a.length;
}

