/**
 * The bodies of the ASSESS.* functions: each converts its arguments through `args.ts`, calls the
 * engine and returns what the cell shows. Range work (ranks, tiers, lights) goes through one
 * content-keyed cache, so 10,000 cells calling =ASSESS.TIER(E2, E$2:E$10001) assess the column once.
 */
import { ContentCache } from "../engine/util/cache";
import { cellText, isBlank } from "../engine/input/cells";
import { deductAll } from "../engine/scoring/deductions";
import { matchTier, tierList } from "../engine/input/labels";
import { lightWord } from "../engine/check/outputs";
import { getPreset, presetIds } from "../engine/scheme/presets";
import { groupLimits } from "../engine/rules/quota";
import { assessRange, capFromCell, RANK_ONLY, withLights, type RangeAssessment } from "../engine/rules/range";
import { tierLabel, type Count, type Scheme } from "../engine/scheme/scheme";
import { combine as combineScores, completion as completionOf, normalize as normalizeOf } from "../engine/scoring/score";
import { schemeFromTierTable } from "../engine/scheme/tier-table";
import type { MessageKey } from "../messages";
import type { Direction, Light } from "../engine/types";
import { DEFAULT_VOTE_VALUES, votesScore } from "../engine/scoring/votes";
import { weighted as weightedOf } from "../engine/scoring/weights";
import {
  cellsOf,
  fail,
  Failure,
  Msg,
  numberArg,
  numbersOf,
  omitted,
  option,
  optionalNumber,
  sameSize,
  textOf,
  textsOf,
  where,
  type Ctx,
} from "./args";
import { schemeVersion, workbookScheme } from "./scheme-store";

const DIRECTIONS = { higher: ["higher", "正向", "1", "高", "up"], lower: ["lower", "逆向", "-1", "低", "down"] };

// ── scores ─────────────────────────────────────────────────────────────────────────────

/** ASSESS.WEIGHTED: Σ value × weight, weights adding up to 1 or 100. */
export function weighted(ctx: Ctx, values: unknown, weights: unknown, renormalize?: unknown): number {
  const v = numbersOf(ctx, values, 0, "field.value", "null");
  const w = numbersOf(ctx, weights, 1, "field.weight", "error", "fraction");
  const r = weightedOf(v, w as number[], { renormalize: renormalize === true || textOf(renormalize).toLowerCase() === "true" });
  if (r.ok) return r.value;
  if (r.reason === "weightsSum") return fail("scheme.weightsSum", { sum: r.sum });
  if (r.reason === "blank") return fail("weights.blank", { index: r.index + 1 });
  return fail("fn.lengthMismatch", { a: new Msg("fn.param.values"), b: new Msg("fn.param.weights"), n: v.length, m: w.length });
}

/** ASSESS.COMPLETION: actual / target × 100, capped; inverted when lower is better. */
export function completion(ctx: Ctx, actual: unknown, target: unknown, direction?: unknown, cap?: unknown): number {
  const a = numberArg(ctx, actual, 0, "actual", "field.actual", "fraction");
  const t = numberArg(ctx, target, 1, "target", "field.target", "fraction");
  const d = option<Direction>(ctx, direction, "fn.param.direction", DIRECTIONS, "higher");
  const c = optionalNumber(ctx, cap, 3, "cap", 1, "fraction") as number;
  if (!(c > 0)) return fail("fn.badOption", {}, "#NUM!");
  const r = completionOf(a, t, d, c);
  return r === null ? fail("BAD_CELL", { cell: new Msg("fn.argument", { name: "target" }), value: cellText(t), reason: new Msg("cell.divideByZero"), field: new Msg("field.target") }) : r;
}

/** ASSESS.NORMALIZE: min–max within the range to 0–100. */
export function normalize(ctx: Ctx, value: unknown, range: unknown, direction?: unknown): number {
  const x = numberArg(ctx, value, 0, "value", "field.value", "fraction");
  const all = numbersOf(ctx, range, 1, "field.value", "skip", "fraction") as number[];
  if (all.length === 0) return fail("fn.emptyRange", { name: new Msg("fn.param.scores") });
  let min = Infinity;
  let max = -Infinity;
  for (const v of all) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return normalizeOf(x, min, max, option<Direction>(ctx, direction, "fn.param.direction", DIRECTIONS, "higher"));
}

/** ASSESS.COMBINE: 平时 × w + 年度 × (1 − w), w = 0.3 by default. */
export function combine(ctx: Ctx, regular: unknown, annual: unknown, regularWeight?: unknown): number {
  const r = numberArg(ctx, regular, 0, "regular", "field.regular");
  const a = numberArg(ctx, annual, 1, "annual", "field.annual");
  const w = optionalNumber(ctx, regularWeight, 2, "regularWeight", 0.3, "fraction") as number;
  if (w < 0 || w > 1) return fail("fn.badOption", {}, "#NUM!");
  return combineScores(r, a, w);
}

/** ASSESS.DEDUCT: score minus the deductions, at most `max` off, never below `floor`. */
export function deduct(ctx: Ctx, score: unknown, deductions: unknown, max?: unknown, floor?: unknown): number {
  const s = numberArg(ctx, score, 0, "score", "field.score");
  const d = numbersOf(ctx, deductions, 1, "field.deduction", "zero") as number[];
  const m = optionalNumber(ctx, max, 2, "max", undefined);
  if (m !== undefined && m < 0) return fail("fn.badOption", {}, "#NUM!");
  return deductAll(s, d, m, optionalNumber(ctx, floor, 3, "floor", undefined));
}

/** ASSESS.VOTES: 民主测评 counts per grade → Σ count × value / Σ count. */
export function votes(ctx: Ctx, counts: unknown, values?: unknown): number {
  const c = numbersOf(ctx, counts, 0, "field.votes", "zero") as number[];
  const { values: raw, cols } = cellsOf(counts);
  c.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 0 || (typeof raw[i] === "string" && /[%％]/.test(raw[i] as string)))
      fail("BAD_CELL", { cell: where(ctx, 0, i, cols), value: cellText(raw[i] ?? null), reason: new Msg("cell.notACount"), field: new Msg("field.votes") });
  });
  let vals: number[];
  if (omitted(values)) {
    if (c.length !== 4) return fail("fn.votesValues", { n: c.length });
    vals = Object.values(DEFAULT_VOTE_VALUES);
  } else vals = numbersOf(ctx, values, 1, "field.value", "error") as number[];
  sameSize(c.length, vals.length, "fn.param.counts", "fn.param.values");
  const r = votesScore(c, vals);
  return r === null ? fail("cell.noVotes") : r;
}

// ── schemes ────────────────────────────────────────────────────────────────────────────

const tables = new ContentCache<Scheme | Failure>(8);

/**
 * The scheme a function works under: a preset name, a tier table (label | threshold | quota), or
 * — when left out — the workbook's scheme. With none: #N/A telling the clerk what to do.
 */
export function schemeArg(ctx: Ctx, arg: unknown): Scheme {
  if (omitted(arg)) {
    const s = workbookScheme();
    return s ?? fail("fn.noScheme", { ids: presetIds.join(", ") }, "#N/A");
  }
  const { values } = cellsOf(arg);
  if (values.length === 1) {
    const id = textOf(arg);
    const p = getPreset(id, ctx.lang);
    return p.ok ? p.scheme : fail("scheme.unknownPreset", { id, ids: presetIds.join(", ") }, "#N/A");
  }
  const r = tables.get("table", [arg], () => {
    const rows = (Array.isArray(arg) ? arg : [[arg]]).map((row) => cellsOf([row]).values);
    const t = schemeFromTierTable(rows, ctx.lang);
    if (t.ok) return t.scheme;
    if (t.reason === "cell") return new Failure("#VALUE!", "fn.tierTableCell", { row: t.row, col: t.col, value: t.value });
    return new Failure("#VALUE!", "zod.invalid", { raw: t.message });
  });
  if (r instanceof Failure) throw r;
  return r;
}

// ── ranges: rank, tier, lights ─────────────────────────────────────────────────────────

const ranges = new ContentCache<RangeAssessment | Failure>(16);

/** The cache, for tests and the bench. */
export const rangeCache = ranges;

/**
 * The assessment of a range (scores, optional groups and veto cells), cached by content.
 * Blank score cells are rows without a subject; any other unusable cell stops with its position.
 */
function rangeOf(ctx: Ctx, scheme: Scheme, scores: unknown, groups: unknown, vetoes: unknown, params: [number, number, number]): RangeAssessment {
  const hasGroups = !omitted(groups);
  const hasVetoes = !omitted(vetoes);
  const parts = [scores, hasGroups ? groups : null, hasVetoes ? vetoes : null];
  const r = ranges.get(`${schemeVersion(scheme)}`, parts, () => {
    try {
      const s = numbersOf(ctx, scores, params[0], "field.score", "null");
      const g = hasGroups ? textsOf(groups) : undefined;
      if (g) sameSize(s.length, g.length, "fn.param.scores", "fn.param.groups");
      let caps: Int8Array | undefined;
      if (hasVetoes) {
        const v = cellsOf(vetoes).values;
        sameSize(s.length, v.length, "fn.param.scores", "fn.param.caps");
        caps = Int8Array.from(v, (c) => capFromCell(scheme, c));
      }
      return assessRange({ scores: s, ...(g ? { groups: g } : {}), ...(caps ? { caps } : {}) }, scheme);
    } catch (e) {
      if (e instanceof Failure) return e;
      throw e;
    }
  });
  if (r instanceof Failure) throw r;
  return r;
}

/** The caller's group: required when a group range is given. */
function groupArg(groups: unknown, group: unknown): string {
  if (omitted(groups)) return "";
  if (omitted(group)) return fail("fn.groupNeeded");
  return textOf(group);
}

function notFound(score: number, group: string): never {
  return fail("fn.notInRange", { score, group }, "#N/A");
}

/** ASSESS.RANK: competition rank (RANK.EQ) of a score within its group. */
export function rank(ctx: Ctx, score: unknown, scores: unknown, groups?: unknown, group?: unknown): number {
  const s = numberArg(ctx, score, 0, "score", "field.score");
  const g = groupArg(groups, group);
  return rangeOf(ctx, RANK_ONLY, scores, groups, null, [1, 2, -1]).rankOf(g, s) ?? notFound(s, g);
}

/** ASSESS.TIER: the tier of a score in its range under the scheme (thresholds, quotas, caps, bottom). */
export function tier(ctx: Ctx, score: unknown, scores?: unknown, scheme?: unknown, groups?: unknown, group?: unknown, vetoes?: unknown, veto?: unknown): string {
  const sc = schemeArg(ctx, scheme);
  const s = numberArg(ctx, score, 0, "score", "field.score");
  const cap = omitted(veto) ? 0 : capFromCell(sc, cellsOf(veto).values[0] ?? null);
  let t: number | undefined;
  if (omitted(scores)) {
    // Thresholds only: a quota or a forced bottom needs the range.
    if (sc.tiers.some((x) => x.quota) || sc.forcedBottom) return fail("fn.emptyRange", { name: new Msg("fn.param.scores") }, "#N/A");
    t = assessRange({ scores: [s], caps: [cap] }, sc).tierOf("", s, cap);
  } else {
    const g = groupArg(groups, group);
    t = rangeOf(ctx, sc, scores, groups, vetoes, [1, 3, 5]).tierOf(g, s, cap);
    if (t === undefined) return notFound(s, g);
  }
  return t === undefined ? "" : tierLabel(sc, t);
}

/** ASSESS.TIERS: the tiers of a whole column, as a spilling column. Blank rows stay blank. */
export function tiers(ctx: Ctx, scores: unknown, scheme?: unknown, groups?: unknown, vetoes?: unknown): string[][] {
  const sc = schemeArg(ctx, scheme);
  const a = rangeOf(ctx, sc, scores, groups, vetoes, [0, 2, 3]).assessment;
  return Array.from(a.tiers, (t) => [t < 0 ? "" : tierLabel(sc, t)]);
}

/** A light count argument: 4 → 4 subjects; "30%" or 0.3 → a share (rounded down). */
function countArg(ctx: Ctx, arg: unknown, param: number, name: MessageKey): Count {
  const raw = textOf(arg);
  const n = numberArg(ctx, arg, param, raw, "field.option", "fraction");
  if (n >= 0 && n < 1) return { share: n, rounding: "floor" };
  if (Number.isInteger(n) && n >= 1) return { count: n };
  return fail("fn.badCount", { name: new Msg(name), value: raw });
}

/** The scheme lights are computed under: the counts given, else the workbook scheme's lights. */
function lightScheme(ctx: Ctx, green: unknown, red: unknown): Scheme {
  const base = workbookScheme();
  if (omitted(green) && omitted(red)) {
    if (base?.lights) return base;
    return fail("fn.noLights", {}, "#N/A");
  }
  if (omitted(green) || omitted(red)) return fail("fn.noLights", {}, "#N/A");
  return withLights(base ?? RANK_ONLY, countArg(ctx, green, 2, "fn.param.green"), countArg(ctx, red, 3, "fn.param.red"));
}

const SYMBOLS: Record<Light, string> = { green: "🟢", yellow: "🟡", red: "🔴" };
const STYLES = { word: ["word", "文字", "字", "0"], symbol: ["symbol", "符号", "图标", "1"], english: ["english", "英文", "en"] };

function showLight(ctx: Ctx, light: Light | null | undefined, style: unknown): string {
  if (!light) return "";
  const s = option<keyof typeof STYLES>(ctx, style, "fn.param.style", STYLES, "word");
  if (s === "symbol") return SYMBOLS[light];
  return lightWord(light, s === "english" ? "en-US" : ctx.lang);
}

/** ASSESS.LIGHT: 绿/黄/红 of a score within its group (top green, bottom red, ties share the better). */
export function light(ctx: Ctx, score: unknown, scores: unknown, green?: unknown, red?: unknown, groups?: unknown, group?: unknown, style?: unknown): string {
  const sc = lightScheme(ctx, green, red);
  const s = numberArg(ctx, score, 0, "score", "field.score");
  const g = groupArg(groups, group);
  const l = rangeOf(ctx, sc, scores, groups, null, [1, 4, -1]).lightOf(g, s);
  return l ? showLight(ctx, l, style) : notFound(s, g);
}

/** ASSESS.LIGHTS: the lights of a whole column, spilling. */
export function lights(ctx: Ctx, scores: unknown, green?: unknown, red?: unknown, groups?: unknown, style?: unknown): string[][] {
  const sc = lightScheme(ctx, green, red);
  const a = rangeOf(ctx, sc, scores, groups, null, [0, 3, -1]).assessment;
  return a.lights.map((l) => [showLight(ctx, l, style)]);
}

// ── quota ──────────────────────────────────────────────────────────────────────────────

/** Places and use of a tier in a range of typed tiers: { used, limit } (limit null = no quota). */
function quotaOf(ctx: Ctx, typed: unknown, tierArg: unknown, scheme: unknown, groups: unknown, group: unknown): { used: number; limit: number | null; label: string } {
  const sc = schemeArg(ctx, scheme);
  const label = textOf(tierArg);
  const t = matchTier(sc, label);
  if (typeof t !== "number") return fail("UNKNOWN_TIER", { subject: new Msg("fn.argument", { name: "tier" }), value: label, tiers: tierList(sc, ctx.lang) }, "#N/A");
  const { values, cols } = cellsOf(typed);
  const g = groupArg(groups, group);
  const gs = omitted(groups) ? null : textsOf(groups);
  if (gs) sameSize(values.length, gs.length, "fn.param.tiers", "fn.param.groups");
  let n = 0;
  let used = 0;
  for (let i = 0; i < values.length; i++) {
    if (gs && gs[i] !== g) continue;
    const v = values[i] ?? null;
    if (isBlank(v)) {
      n++;
      continue;
    }
    const m = matchTier(sc, cellText(v));
    if (m === "pending") continue;
    if (m === null) return fail("UNKNOWN_TIER", { subject: where(ctx, 0, i, cols), value: cellText(v), tiers: tierList(sc, ctx.lang) });
    n++;
    if (m === t) used++;
  }
  // The group's own allocation (名额分配) when the scheme names it, else the tier's default.
  const lim = groupLimits(sc, n, "normal", false, gs ? g : undefined);
  const limit = lim.limits[t] ?? (t === sc.tiers.length - 1 ? lim.forcedBottom : null);
  return { used, limit, label: tierLabel(sc, t) };
}

/** ASSESS.QUOTA: "used/places" of a tier in the range (e.g. "9/9"); just "used" when the tier has no quota. */
export function quota(ctx: Ctx, typed: unknown, tierArg: unknown, scheme?: unknown, groups?: unknown, group?: unknown): string {
  const q = quotaOf(ctx, typed, tierArg, scheme, groups, group);
  return q.limit === null ? `${q.used}` : `${q.used}/${q.limit}`;
}

/** ASSESS.QUOTA.LEFT: places left in a tier (negative when the quota is exceeded). */
export function quotaLeft(ctx: Ctx, typed: unknown, tierArg: unknown, scheme?: unknown, groups?: unknown, group?: unknown): number {
  const q = quotaOf(ctx, typed, tierArg, scheme, groups, group);
  return q.limit === null ? fail("fn.noQuota", { tier: q.label }, "#N/A") : q.limit - q.used;
}

