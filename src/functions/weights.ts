/**
 * Bodies of ASSESS.AHP, ASSESS.ENTROPY and ASSESS.TOPSIS (权重设计): Excel's ranges → the engine's
 * methods (src/engine/mcdm) → spilled results. A problem of the input is #VALUE! naming the cell
 * by its address when Excel gave it; a judgement matrix may hold fractions typed as text ("1/3").
 */
import { cellText, isBlank } from "../engine/input/cells";
import { format } from "../messages";
import { ahp, consistencyProblem, entropyWeights, mcdmMessage, parseJudgementText, riTableIds, topsis, type AhpResult, type Direction, type McdmProblem, type RiTableId } from "../engine/mcdm";
import { cellsOf, fail, Msg, numbersOf, option, where, type Ctx } from "./args";

/** A range argument as rows of cells. */
function rowsOf(arg: unknown): { rows: unknown[][]; cols: number } {
  const { values, cols } = cellsOf(arg);
  const rows: unknown[][] = [];
  for (let i = 0; i < values.length; i += cols) rows.push(values.slice(i, i + cols));
  return { rows, cols };
}

/** Stop with the first problem's text (cells named by address), and how many more there are. */
function failWith(ctx: Ctx, problems: readonly McdmProblem[], param: number, cols: number): never {
  const at = (r: number, c: number) => {
    const w = where(ctx, param, r * cols + c, cols);
    return w instanceof Msg ? format(w.key, ctx.lang, w.params) : w;
  };
  const first = mcdmMessage(problems[0]!, ctx.lang, at);
  const more = problems.length > 1 ? format("fn.moreProblems", ctx.lang, { n: problems.length - 1 }) : "";
  return fail("fn.text", { text: first + more });
}

/** A judgement matrix: numbers, or fractions typed as text; blanks and anything else stay null for the engine to name. */
function matrixOf(arg: unknown): { matrix: (number | null)[][]; cols: number; texts: string[][] } {
  const { rows, cols } = rowsOf(arg);
  const texts = rows.map((r) => r.map((v) => cellText((v ?? null) as never)));
  const matrix = rows.map((r) =>
    r.map((v) => {
      if (typeof v === "number" && Number.isFinite(v)) return v;
      if (typeof v === "string" && !isBlank(v)) return parseJudgementText(v);
      return null;
    }),
  );
  return { matrix, cols, texts };
}

/** Fill in the text of a non-number the engine only saw as null. */
function withValues(problems: McdmProblem[], texts: string[][]): McdmProblem[] {
  return problems.map((p) => (p.code === "NOT_NUMBER" && p.row !== undefined && p.col !== undefined && !p.value ? { ...p, value: texts[p.row]?.[p.col] ?? "" } : p));
}

const AHP_METHODS = { eigenvector: ["eigenvector", "特征向量", "特征向量法"], geometric: ["geometric", "几何平均", "方根法", "几何平均法"], column: ["column", "列归一", "和积法", "算术平均"] };
const AHP_OUTPUTS = { weights: ["weights", "权重"], cr: ["cr"], ci: ["ci"], lambda: ["lambda", "lambdamax", "λmax", "最大特征值"], ri: ["ri"], consistent: ["consistent", "一致性", "通过"] };
const RI_NAMES = Object.fromEntries(riTableIds.map((id) => [id, [id]])) as Record<RiTableId, string[]>;

/** #N/A: the matrix is larger than the RI table, so there is no CR (the message names the table's largest order). */
function tooLarge(ctx: Ctx, v: AhpResult): never {
  const p = consistencyProblem(v);
  return fail("fn.text", { text: p ? mcdmMessage(p, ctx.lang) : "" }, "#N/A");
}

/** ASSESS.AHP: weights (a column, one per row of the matrix), or CR / CI / λmax / RI / whether CR < 0.1. */
export function ahpCall(ctx: Ctx, matrixArg: unknown, outputArg?: unknown, methodArg?: unknown, riArg?: unknown): (number | boolean)[][] {
  const output = option<keyof typeof AHP_OUTPUTS>(ctx, outputArg, "fn.param.output", AHP_OUTPUTS, "weights");
  const method = option<keyof typeof AHP_METHODS>(ctx, methodArg, "fn.param.method", AHP_METHODS, "eigenvector");
  const ri = option<RiTableId>(ctx, riArg, "fn.param.ri", RI_NAMES, "saaty");
  const { matrix, cols, texts } = matrixOf(matrixArg);
  const r = ahp(matrix, { method, ri });
  if (!r.ok) failWith(ctx, withValues(r.problems, texts), 0, cols);
  const v = r.value;
  switch (output) {
    case "weights":
      return v.weights.map((w) => [w]);
    case "cr":
      // A matrix of order 1 or 2 is always consistent: CR 0. Beyond the RI table there is no CR.
      if (v.cr === null && v.n > 2) tooLarge(ctx, v);
      return [[v.cr ?? 0]];
    case "ci":
      return [[v.ci]];
    case "lambda":
      return [[v.lambdaMax]];
    case "ri":
      if (v.ri === null) tooLarge(ctx, v);
      return [[v.ri]];
    case "consistent":
      return [[v.consistent]];
  }
}

const DIRECTIONS: Record<Direction, string[]> = { benefit: ["+", "benefit", "正向", "效益型", "higher"], cost: ["-", "−", "cost", "逆向", "成本型", "lower"] };

/** A range of directions (+/−, 正向/逆向), one per criterion; a blank one is an error, not a guess. */
function directionsOf(ctx: Ctx, arg: unknown, param: number): Direction[] {
  const { values, cols } = cellsOf(arg);
  return values.map((v, i) => {
    if (isBlank(v)) {
      const w = where(ctx, param, i, cols);
      return fail("fn.blankDirection", { cell: w instanceof Msg ? format(w.key, ctx.lang, w.params) : w });
    }
    return option<Direction>(ctx, cellText(v), "fn.param.direction", DIRECTIONS, "benefit");
  });
}

/** Data rows (subjects) × columns (criteria), blanks kept as null for the engine to name. */
function dataOf(ctx: Ctx, arg: unknown, param: number): { data: (number | null)[][]; cols: number } {
  const { cols } = cellsOf(arg);
  const flat = numbersOf(ctx, arg, param, "fn.param.data", "null");
  const data: (number | null)[][] = [];
  for (let i = 0; i < flat.length; i += cols) data.push(flat.slice(i, i + cols));
  return { data, cols };
}

const VARIANTS = { sum: ["sum", "比重", "比重法", "求和"], minmax: ["minmax", "min-max", "极差", "极差法"] };

/** ASSESS.ENTROPY: one weight per column of the data (a row, spilling right). */
export function entropyCall(ctx: Ctx, dataArg: unknown, variantArg: unknown, directionsArg?: unknown): number[][] {
  if (cellsOf(variantArg).values.every((v) => isBlank(v))) fail("fn.required", { name: new Msg("fn.param.variant") });
  const variant = option<keyof typeof VARIANTS>(ctx, variantArg, "fn.param.variant", VARIANTS, "sum");
  const { data, cols } = dataOf(ctx, dataArg, 0);
  const directions = cellsOf(directionsArg).values.length > 0 && !cellsOf(directionsArg).values.every((v) => isBlank(v)) ? directionsOf(ctx, directionsArg, 2) : undefined;
  const r = entropyWeights(data, { variant, ...(directions ? { directions } : {}) });
  if (!r.ok) failWith(ctx, r.problems, 0, cols);
  return [r.value.weights];
}

const NORMALIZATIONS = { vector: ["vector", "向量", "向量归一化"], minmax: ["minmax", "min-max", "极差", "极差法"] };
const TOPSIS_OUTPUTS = { scores: ["scores", "score", "closeness", "贴近度"], ranks: ["ranks", "rank", "排名"] };

/** ASSESS.TOPSIS: closeness (贴近度) per row of the data, or the ranks (a column). */
export function topsisCall(ctx: Ctx, dataArg: unknown, weightsArg: unknown, directionsArg: unknown, normalizationArg: unknown, outputArg?: unknown): number[][] {
  if (cellsOf(normalizationArg).values.every((v) => isBlank(v))) fail("fn.required", { name: new Msg("fn.param.normalization") });
  const normalization = option<keyof typeof NORMALIZATIONS>(ctx, normalizationArg, "fn.param.normalization", NORMALIZATIONS, "vector");
  const output = option<keyof typeof TOPSIS_OUTPUTS>(ctx, outputArg, "fn.param.output", TOPSIS_OUTPUTS, "scores");
  const { data, cols } = dataOf(ctx, dataArg, 0);
  const weights = numbersOf(ctx, weightsArg, 1, "fn.param.weights", "error", "fraction") as number[];
  const directions = directionsOf(ctx, directionsArg, 2);
  const r = topsis(data, weights, directions, { normalization });
  if (!r.ok) failWith(ctx, r.problems, 0, cols);
  return (output === "ranks" ? r.value.ranks : r.value.scores).map((x) => [x]);
}
