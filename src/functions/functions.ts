/**
 * Custom functions ASSESS.* (zh-CN Excel: 考核助手.*) — each a JSDoc block (the metadata plugin builds
 * functions.json from it) and one line handing Excel's arguments to its body in `calls.ts` through
 * the shared converter `call` (args.ts). The webpack plugin appends the `CustomFunctions.associate`
 * calls. Ranges are `any[][]` (matrix parameters), never `any[]` (which would be repeating).
 * `@requiresParameterAddresses` is only on functions whose result is a matrix (the documented
 * combination); single-value functions name a bad cell by the argument and its row and column.
 */
import { call } from "./args";
import * as fn from "./calls";
import { loadWorkbookScheme } from "./office-scheme";
import { afterSchemeLoad, loadingScheme } from "./scheme-store";
import * as mcdm from "./weights";

// Excel may calculate before the document's scheme is read: the functions that use the workbook's
// scheme (TIER, TIERS, LIGHT, LIGHTS, QUOTA, QUOTA.LEFT) answer once it is (afterSchemeLoad).
loadingScheme(loadWorkbookScheme());

/**
 * Weighted score like SUMPRODUCT, checking that the weights add up to 1 or 100 (#VALUE! with the sum otherwise).
 * @customfunction WEIGHTED
 * @param values Indicator scores (a row or a column). Blank cells are an error unless renormalize is TRUE.
 * @param weights Weights, the same number of cells, adding up to 1 or 100.
 * @param [renormalize] TRUE: leave blank values out and scale the other weights up.
 * @returns The weighted score.
 */
export function weighted(values: any[][], weights: any[][], renormalize?: boolean): number {
  return call(fn.weighted, [values, weights, renormalize]);
}

/**
 * Completion score (开工率/完工率): actual / target × 100, capped; "lower" inverts it.
 * @customfunction COMPLETION
 * @param actual Actual value (a number, "85%" or "85分").
 * @param target Target value, above 0.
 * @param [direction] "higher" (default, 正向) or "lower" (逆向: lower is better).
 * @param [cap] Highest completion ratio counted, 1 (100%) by default; 1.2 or "120%" allows over-achievement.
 * @returns The completion score, 0 to cap × 100.
 */
export function completion(actual: any, target: any, direction?: string, cap?: any): number {
  return call(fn.completion, [actual, target, direction, cap]);
}

/**
 * Min–max score within a range: (value − min) / (max − min) × 100.
 * @customfunction NORMALIZE
 * @param value The value to score.
 * @param range The values it is compared with (blanks are skipped).
 * @param [direction] "higher" (default) or "lower" (lower is better).
 * @returns A score from 0 to 100.
 */
export function normalize(value: any, range: any[][], direction?: string): number {
  return call(fn.normalize, [value, range, direction]);
}

/**
 * 平时考核 + 年度考核: regular × weight + annual × (1 − weight).
 * @customfunction COMBINE
 * @param regular Regular (平时) assessment score.
 * @param annual Annual (年度) assessment score.
 * @param [regularWeight] Weight of the regular score, 0.3 (30%) by default.
 * @returns The combined score.
 */
export function combine(regular: any, annual: any, regularWeight?: any): number {
  return call(fn.combine, [regular, annual, regularWeight]);
}

/**
 * Score after deductions (扣分), at most max points off, never below floor.
 * @customfunction DEDUCT
 * @param score The score before deductions.
 * @param deductions Points off (blank cells are no deduction; "-3" counts as 3 off).
 * @param [max] Most points taken off in total (扣分上限).
 * @param [floor] Lowest result (保底分), e.g. 0.
 * @returns The score after deductions.
 */
export function deduct(score: any, deductions: any[][], max?: any, floor?: any): number {
  return call(fn.deduct, [score, deductions, max, floor]);
}

/**
 * Rank of a score within its group, like RANK.EQ (1, 2, 2, 4; highest first).
 * @customfunction RANK
 * @param score This row's score.
 * @param scores All scores (the column, e.g. E$2:E$61). Blank cells are rows without a subject.
 * @param [groups] Group (类别) of each score, the same size as scores.
 * @param [group] This row's group, when groups is given.
 * @returns The rank within the group.
 */
export function rank(score: any, scores: any[][], groups?: any[][], group?: any): number {
  return call(fn.rank, [score, scores, groups, group], undefined, [undefined, "fn.param.scores", "fn.param.groups"]);
}

/**
 * Tier (等次) of a score in its range: thresholds, quota by rank (ties at the line are all left out), vetoes and forced bottom, as the scheme says.
 * @customfunction TIER
 * @param score This row's score.
 * @param [scores] All scores (e.g. E$2:E$61); needed for quotas.
 * @param [scheme] A preset name ("jiuyuan"), a tier table (label | threshold | quota), or blank for the workbook's scheme.
 * @param [groups] Group (类别) of each score, the same size as scores.
 * @param [group] This row's group, when groups is given.
 * @param [vetoes] Veto (一票否决) column, the same size as scores: "是" or a tier label caps the tier.
 * @param [veto] This row's veto cell.
 * @returns The tier label in the scheme's language.
 */
export function tier(score: any, scores?: any[][], scheme?: any[][], groups?: any[][], group?: any, vetoes?: any[][], veto?: any): Promise<string> {
  return afterSchemeLoad(() => call(fn.tier, [score, scores, scheme, groups, group, vetoes, veto], undefined, [undefined, "fn.param.scores", "fn.param.scheme", "fn.param.groups", undefined, "fn.param.caps"]));
}

/**
 * Tiers of a whole column at once (spills down).
 * @customfunction TIERS
 * @param scores All scores (e.g. E2:E61). Blank rows stay blank.
 * @param [scheme] A preset name, a tier table, or blank for the workbook's scheme.
 * @param [groups] Group (类别) of each score.
 * @param [vetoes] Veto (一票否决) column.
 * @param invocation Invocation (addresses of the arguments, for messages).
 * @returns A column of tier labels.
 * @requiresParameterAddresses
 */
export function tiers(scores: any[][], scheme?: any[][], groups?: any[][], vetoes?: any[][], invocation?: CustomFunctions.Invocation): Promise<string[][]> {
  return afterSchemeLoad(() => call(fn.tiers, [scores, scheme, groups, vetoes], invocation));
}

/**
 * Light (红/黄/绿) of a score within its group: top green, bottom red, the rest yellow; ties share the better light.
 * @customfunction LIGHT
 * @param score This row's score.
 * @param scores All scores (e.g. E$2:E$61).
 * @param [green] How many are green: a count (4) or a share ("30%"). Blank: the workbook scheme's.
 * @param [red] How many are red: a count (3) or a share. Blank: the workbook scheme's.
 * @param [groups] Group (类别) of each score.
 * @param [group] This row's group, when groups is given.
 * @param [style] "word" (绿/黄/红, default), "symbol" (🟢🟡🔴) or "english".
 * @returns The light.
 */
export function light(score: any, scores: any[][], green?: any, red?: any, groups?: any[][], group?: any, style?: string): Promise<string> {
  return afterSchemeLoad(() => call(fn.light, [score, scores, green, red, groups, group, style], undefined, [undefined, "fn.param.scores", undefined, undefined, "fn.param.groups"]));
}

/**
 * Lights of a whole column at once (spills down).
 * @customfunction LIGHTS
 * @param scores All scores (e.g. E2:E61).
 * @param [green] How many are green: a count or a share. Blank: the workbook scheme's.
 * @param [red] How many are red: a count or a share. Blank: the workbook scheme's.
 * @param [groups] Group (类别) of each score.
 * @param [style] "word" (default), "symbol" or "english".
 * @param invocation Invocation (addresses of the arguments, for messages).
 * @returns A column of lights.
 * @requiresParameterAddresses
 */
export function lights(scores: any[][], green?: any, red?: any, groups?: any[][], style?: string, invocation?: CustomFunctions.Invocation): Promise<string[][]> {
  return afterSchemeLoad(() => call(fn.lights, [scores, green, red, groups, style], invocation));
}

/**
 * Quota of a tier in a range of typed tiers: "used/places" (e.g. "9/9"); just the count when the tier has no quota.
 * @customfunction QUOTA
 * @param tiers The typed tier column (e.g. F$2:F$61); every row counts, 不确定等次 rows do not.
 * @param tier The tier to count (e.g. "优秀").
 * @param [scheme] A preset name, a tier table, or blank for the workbook's scheme.
 * @param [groups] Group (类别) of each row.
 * @param [group] The group to count, when groups is given.
 * @returns "used/places".
 */
export function quota(tiers: any[][], tier: any, scheme?: any[][], groups?: any[][], group?: any): Promise<string> {
  return afterSchemeLoad(() => call(fn.quota, [tiers, tier, scheme, groups, group], undefined, ["fn.param.tiers", undefined, "fn.param.scheme", "fn.param.groups"]));
}

/**
 * Places left in a tier's quota (negative when exceeded).
 * @customfunction QUOTA.LEFT
 * @param tiers The typed tier column.
 * @param tier The tier (e.g. "优秀").
 * @param [scheme] A preset name, a tier table, or blank for the workbook's scheme.
 * @param [groups] Group (类别) of each row.
 * @param [group] The group to count, when groups is given.
 * @returns Places left.
 */
export function quotaLeft(tiers: any[][], tier: any, scheme?: any[][], groups?: any[][], group?: any): Promise<number> {
  return afterSchemeLoad(() => call(fn.quotaLeft, [tiers, tier, scheme, groups, group], undefined, ["fn.param.tiers", undefined, "fn.param.scheme", "fn.param.groups"]));
}

/**
 * 民主测评: vote counts per grade to a score, Σ count × value / Σ count.
 * @customfunction VOTES
 * @param counts Votes for each grade (e.g. 优秀, 称职, 基本称职, 不称职).
 * @param [values] Each grade's value; default 100, 80, 60, 0 for four grades.
 * @returns The score.
 */
export function votes(counts: any[][], values?: any[][]): number {
  return call(fn.votes, [counts, values]);
}

/**
 * 层次分析法 (AHP): weights from a pairwise comparison matrix, with the consistency check (CR < 0.1).
 * @customfunction AHP
 * @param matrix The judgement matrix, n × n: a_ij = how much more important row i is than column j (1–9 and reciprocals; "1/3" as text is fine).
 * @param [output] "weights" (default, a column), "CR", "CI", "lambda" (λmax), "RI" or "consistent" (TRUE when CR < 0.1).
 * @param [method] "eigenvector" (default), "geometric" (geometric mean) or "column" (column normalisation).
 * @param [ri] The random-index table: "saaty" (default), "alonso-lamata" or "xu-1988".
 * @param invocation Invocation (addresses of the arguments, for messages).
 * @returns The weights (a column summing to 1) or the figure asked for.
 * @requiresParameterAddresses
 */
export function ahp(matrix: any[][], output?: any, method?: any, ri?: any, invocation?: CustomFunctions.Invocation): any[][] {
  return call(mcdm.ahpCall, [matrix, output, method, ri], invocation);
}

/**
 * 熵权法: objective weights of the criteria (columns) from how much the data varies (spills right).
 * @customfunction ENTROPY
 * @param data Subjects in rows, criteria in columns, numbers only.
 * @param variant "sum" (proportions of the column sum; data ≥ 0) or "minmax" (min–max by direction first). Required.
 * @param [directions] For "minmax": "+" (higher is better) or "-" (lower is better) per column; all "+" when left out.
 * @param invocation Invocation (addresses of the arguments, for messages).
 * @returns One weight per column, summing to 1.
 * @requiresParameterAddresses
 */
export function entropy(data: any[][], variant: any, directions?: any[][], invocation?: CustomFunctions.Invocation): number[][] {
  return call(mcdm.entropyCall, [data, variant, directions], invocation);
}

/**
 * TOPSIS: closeness (贴近度) of each subject to the ideal, 0 to 1, or its rank (spills down).
 * @customfunction TOPSIS
 * @param data Subjects in rows, criteria in columns, numbers only.
 * @param weights One weight per criterion, adding up to 1 or 100.
 * @param directions "+" (higher is better) or "-" (lower is better) per criterion.
 * @param normalization "vector" or "minmax". Required: the two can rank differently.
 * @param [output] "scores" (default) or "ranks" (1 = closest to the ideal; ties share a rank).
 * @param invocation Invocation (addresses of the arguments, for messages).
 * @returns A column: one closeness or rank per subject.
 * @requiresParameterAddresses
 */
export function topsis(data: any[][], weights: any[][], directions: any[][], normalization: any, output?: any, invocation?: CustomFunctions.Invocation): number[][] {
  return call(mcdm.topsisCall, [data, weights, directions, normalization, output], invocation);
}
