/**
 * 考核方案 — the scheme: tiers, quotas, caps, forced bottom, lights and scoring rules.
 * Validated by one zod schema everywhere (pane, functions, CLI, workbook sheet).
 */
import { z } from "zod";
import { format, type MessageKey } from "../../messages";
import { nearest } from "./nearest";
import type { Lang } from "../types";

const share = z.number().gt(0).lte(1);
const nonNegInt = z.number().int().min(0);

/** A tier's labels: Simplified Chinese, optional Traditional, English, and extra aliases. */
export const LabelSchema = z.object({
  zh: z.string().min(1),
  zhHant: z.string().min(1).optional(),
  en: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

/** Where a group's own allocation came from: the scheme, the workbook's 名额分配 sheet, or `--places`. */
export const AllocationSourceSchema = z.enum(["scheme", "sheet", "cli"]);

/**
 * 名额分配 — one group's own allocation of a tier: a number of places or a share of the group
 * (with its rounding), in place of the tier's default for that group.
 */
export const GroupQuotaSchema = z.object({
  share: share.optional(),
  places: nonNegInt.optional(),
  rounding: z.enum(["floor", "round", "ceil"]).optional(),
  /** Where the allocation came from, for messages (名额分配表：社区 13 名). Default: the scheme. */
  source: AllocationSourceSchema.optional(),
});

/**
 * 比例/名额 — a quota: a share of the group (floor/round/ceil) or a fixed number of places.
 * `byOutcome` changes the share by the group's own outcome (事业单位: 20% → 25% / 15%).
 * `groups` allocates places per group (名额分配: 农村 5, 社区 13); groups not named take the
 * tier's default share or places, or have no quota when the tier has none.
 */
export const QuotaSchema = z.object({
  share: share.optional(),
  places: nonNegInt.optional(),
  rounding: z.enum(["floor", "round", "ceil"]).default("floor"),
  /** Small groups get at least one place when the share rounds down to 0. */
  minOne: z.boolean().default(false),
  byOutcome: z.object({ excellent: share.optional(), penalised: share.optional() }).optional(),
  groups: z.record(z.string().min(1), GroupQuotaSchema).optional(),
});

/** 等次 — one grade of the scale, best first in `Scheme.tiers`. */
export const TierSchema = z.object({
  id: z.string().min(1),
  label: LabelSchema,
  /** Minimum score to reach this tier (inclusive). */
  threshold: z.number().optional(),
  quota: QuotaSchema.optional(),
});

/** A count or a share of the group: `{ count: 4 }` or `{ share: 0.1 }`. */
export const CountSchema = z.union([
  z.object({ count: nonNegInt }),
  z.object({ share: z.number().min(0).max(1), rounding: z.enum(["floor", "round", "ceil"]).default("floor") }),
]);

/** 考卷/维度 — a section of indicators with its weight. */
export const SectionSchema = z.object({ id: z.string().min(1), label: z.string().min(1), weight: z.number().gt(0) });

/** 指标 — one indicator: where its values come from and how they become a 0–100 score. */
export const IndicatorSchema = z.object({
  id: z.string().min(1),
  /** Header of the column holding the value (exact text after normalisation). */
  column: z.string().min(1),
  label: z.string().optional(),
  section: z.string().optional(),
  weight: z.number().gt(0),
  /**
   * score: the cell is already a score; completion: actual / target × 100 capped;
   * normalize: min–max within the group to 0–100; votes: 民主测评 vote counts → score.
   */
  kind: z.enum(["score", "completion", "normalize", "votes"]).default("score"),
  direction: z.enum(["higher", "lower"]).default("higher"),
  target: z.number().optional(),
  targetColumn: z.string().optional(),
  /** Cap on the completion ratio (1 = 100%). */
  cap: z.number().gt(0).default(1),
  /** For votes: each grade's column and value. */
  grades: z.array(z.object({ column: z.string().min(1), value: z.number() })).optional(),
});

export const SchemeSchema = z
  .object({
    schemaVersion: z.literal(1).default(1),
    id: z.string().min(1),
    name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    /** The regulation or article the scheme follows. */
    source: z.string().optional(),
    /** Language of tier labels and messages written back. */
    lang: z.enum(["zh-CN", "en-US"]).default("zh-CN"),
    tiers: z.array(TierSchema).min(2),
    scoring: z
      .object({
        sections: z.array(SectionSchema).default([]),
        indicators: z.array(IndicatorSchema).default([]),
        /** 平时考核 share of the annual result. */
        regularWeight: z.number().min(0).max(1).default(0.3),
        /** Maximum total deduction (扣分上限); unlimited when absent. */
        deductionMax: z.number().min(0).optional(),
        /** Scores rounded like Excel's ROUND to this many decimals (保留两位小数). */
        decimals: z.number().int().min(0).max(10).optional(),
      })
      .default({ sections: [], indicators: [], regularWeight: 0.3 }),
    rank: z
      .object({ tieBreak: z.array(z.object({ column: z.string().min(1), direction: z.enum(["higher", "lower"]).default("higher") })).default([]) })
      .default({ tieBreak: [] }),
    /** 一票否决/负面清单: the best tier a vetoed subject may receive (default: the last tier). */
    veto: z.object({ cap: z.string().min(1) }).optional(),
    /** 连带责任: cap for the team, and the reduced share of the first tier in its group. */
    linked: z.object({ cap: z.string().min(1), topShare: share.optional() }).optional(),
    /**
     * Keep the place a capped subject cannot take empty. By default (false) that place passes to
     * the next eligible subject in rank order (依次递补), in computed tiers and in the check alike.
     */
    keepCappedPlaces: z.boolean().optional(),
    /** @deprecated Read for old scheme files: `releaseCappedPlaces: false` means `keepCappedPlaces: true`. */
    releaseCappedPlaces: z.boolean().optional(),
    /** 后10%倒排: the lowest share of each group gets the last tier. */
    forcedBottom: z.object({ share, rounding: z.enum(["floor", "round", "ceil"]).default("floor") }).optional(),
    /** 晾晒表: top `green` and bottom `red` of each group, the rest yellow. */
    lights: z.object({ green: CountSchema, red: CountSchema }).optional(),
    /** Years in a row in the first tier that raise the flag (三年第一等次). */
    consecutiveYears: z.number().int().min(2).default(3),
    /**
     * Multi-year flags besides `consecutiveYears`: a subject at the bottom of its group in
     * `bottomYears` consecutive years up to the latest is flagged for a talk (约谈: 《我市优化考核体系激活干部实干动能》 and 半月谈网《内蒙古九原区：“五式”考核》, docs/rules.md).
     * `bottom` is the bottom count or share of the group by rank; absent, the last tier.
     * Optional: a scheme without it still gets the flag with the defaults (last tier, 2 years, 约谈).
     */
    multiYear: z
      .object({
        bottom: CountSchema.optional(),
        bottomYears: z.number().int().min(2).default(2),
        /** The flag's words (default 约谈 / a warning talk). */
        label: z.object({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
      })
      .optional(),
  })
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], key: MessageKey, params: Record<string, unknown> = {}) =>
      ctx.addIssue({ code: "custom", path, message: key, params: { key, ...params } });
    const ids = new Set<string>();
    s.tiers.forEach((t, i) => {
      if (ids.has(t.id)) issue(["tiers", i, "id"], "scheme.duplicateTier", { id: t.id });
      ids.add(t.id);
      const q = t.quota;
      const perGroup = q?.groups !== undefined && Object.keys(q.groups).length > 0;
      if (q && q.share !== undefined && q.places !== undefined) issue(["tiers", i, "quota"], "scheme.quotaShareOrPlaces");
      if (q && q.share === undefined && q.places === undefined && !perGroup) issue(["tiers", i, "quota"], "scheme.quotaShareOrPlaces");
      for (const [g, gq] of Object.entries(q?.groups ?? {}))
        if ((gq.share === undefined) === (gq.places === undefined)) issue(["tiers", i, "quota", "groups", g], "scheme.quotaShareOrPlaces");
      if (q && i === s.tiers.length - 1) issue(["tiers", i, "quota"], "scheme.quotaOnLastTier");
      const prev = s.tiers[i - 1]?.threshold;
      if (t.threshold !== undefined && prev !== undefined && t.threshold > prev)
        issue(["tiers", i, "threshold"], "scheme.thresholdOrder", { value: t.threshold, previous: prev });
    });
    if (s.veto && !ids.has(s.veto.cap)) issue(["veto", "cap"], "scheme.unknownTier", { id: s.veto.cap });
    if (s.linked && !ids.has(s.linked.cap)) issue(["linked", "cap"], "scheme.unknownTier", { id: s.linked.cap });

    const { sections, indicators } = s.scoring;
    const sectionIds = new Set(sections.map((x) => x.id));
    if (sections.length > 0) checkSum(sections.map((x) => x.weight), ["scoring", "sections"], issue);
    const bySection = new Map<string, number[]>();
    indicators.forEach((ind, i) => {
      const sec = ind.section ?? "";
      if (sections.length > 0 && !sectionIds.has(sec)) issue(["scoring", "indicators", i, "section"], "scheme.unknownSection", { id: sec });
      bySection.set(sec, [...(bySection.get(sec) ?? []), ind.weight]);
      if (ind.kind === "completion" && ind.target === undefined && ind.targetColumn === undefined)
        issue(["scoring", "indicators", i, "target"], "scheme.completionTarget", { id: ind.id });
      if (ind.kind === "completion" && ind.target !== undefined && ind.target <= 0)
        issue(["scoring", "indicators", i, "target"], "scheme.targetPositive", { id: ind.id });
      if (ind.kind === "votes" && !(ind.grades && ind.grades.length > 0))
        issue(["scoring", "indicators", i, "grades"], "scheme.votesGrades", { id: ind.id });
      if (ind.kind === "score" && ind.direction === "lower")
        issue(["scoring", "indicators", i, "direction"], "scheme.lowerNeedsScale", { id: ind.id });
    });
    sections.forEach((sec, i) => {
      if (indicators.length > 0 && !bySection.has(sec.id)) issue(["scoring", "sections", i], "scheme.emptySection", { id: sec.id });
    });
    for (const [sec, weights] of bySection) checkSum(weights, ["scoring", "indicators", sec || "*"], issue);
    if (s.keepCappedPlaces !== undefined && s.releaseCappedPlaces !== undefined && s.keepCappedPlaces === s.releaseCappedPlaces)
      issue(["releaseCappedPlaces"], "scheme.cappedPlacesConflict");
  })
  .transform(({ releaseCappedPlaces, keepCappedPlaces, ...rest }) => ({
    ...rest,
    // The old key, still read: releaseCappedPlaces: false kept places empty.
    keepCappedPlaces: keepCappedPlaces ?? (releaseCappedPlaces === undefined ? false : !releaseCappedPlaces),
  }));

/** Weights of one level must add up to 1 or to 100. */
function checkSum(weights: number[], path: (string | number)[], issue: (p: (string | number)[], k: MessageKey, x: Record<string, unknown>) => void) {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-9 && Math.abs(sum - 100) > 1e-7) issue(path, "scheme.weightsSum", { sum: Number(sum.toPrecision(12)) });
}

/** The scheme as the engine uses it, after defaults. */
export type Scheme = z.output<typeof SchemeSchema>;
/** The scheme as a user writes it (defaults optional). */
export type SchemeInput = z.input<typeof SchemeSchema>;
export type Tier = Scheme["tiers"][number];
export type Quota = NonNullable<Tier["quota"]>;
export type GroupQuota = z.output<typeof GroupQuotaSchema>;
export type AllocationSource = z.output<typeof AllocationSourceSchema>;
export type Count = z.output<typeof CountSchema>;
export type Indicator = Scheme["scoring"]["indicators"][number];

/** One problem in a scheme, naming the field. */
export interface SchemeIssue {
  /** Dotted path of the field, e.g. `tiers[0].quota.share`. */
  field: string;
  message: string;
}

/** Thrown by {@link parseSchemeOrThrow}; carries every issue. */
export class SchemeError extends Error {
  constructor(readonly issues: SchemeIssue[]) {
    super(issues.map((i) => i.message).join("; "));
    this.name = "SchemeError";
  }
}

/**
 * Validate a scheme. Returns the scheme with defaults, or the issues, each naming its field.
 * @example
 * parseScheme({ id: "x", name: { zh: "甲", en: "A" }, tiers: [] }, "en-US")
 * // { ok: false, issues: [{ field: "tiers", message: "Scheme field tiers: …" }] }
 */
export function parseScheme(input: unknown, lang: Lang = "zh-CN"): { ok: true; scheme: Scheme } | { ok: false; issues: SchemeIssue[] } {
  // A key no field knows is refused (a misspelt `vetto` would otherwise drop the rule silently).
  const unknown: UnknownKey[] = [];
  unknownKeys(SchemeSchema, input, [], unknown);
  const r = SchemeSchema.safeParse(input);
  if (r.success && unknown.length === 0) return { ok: true, scheme: r.data };
  const issues = unknown.map((u): SchemeIssue => {
    const field = fieldPath([...u.path, u.key]);
    const near = nearest(u.key, u.known);
    const detail = format(near === null ? "scheme.unknownKey" : "scheme.unknownKeyNear", lang, { key: u.key, nearest: near ?? "" });
    return { field, message: format("scheme.field", lang, { field, detail }) };
  });
  return { ok: false, issues: [...issues, ...(r.success ? [] : r.error.issues.map((i) => toIssue(i, lang)))] };
}

interface UnknownKey {
  path: (string | number)[];
  key: string;
  /** The keys known where it stands. */
  known: string[];
}

/** The definition zod keeps for a schema (type name and parts), read to walk the scheme's shape. */
type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; valueType?: z.ZodType };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const isPlain = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** Collect the keys of `input` that the schema has no field for, at every level. */
function unknownKeys(schema: z.ZodType, input: unknown, path: (string | number)[], out: UnknownKey[]): void {
  let d = defOf(schema);
  while (d.innerType || (d.type === "pipe" && d.in)) d = defOf((d.innerType ?? d.in) as z.ZodType);
  if (d.type === "array" && d.element && Array.isArray(input)) input.forEach((x, i) => unknownKeys(d.element!, x, [...path, i], out));
  else if (d.type === "record" && d.valueType && isPlain(input)) for (const [k, v] of Object.entries(input)) unknownKeys(d.valueType, v, [...path, k], out);
  else if ((d.type === "object" || d.type === "union") && isPlain(input)) {
    const shapes = d.type === "object" ? [d.shape ?? {}] : (d.options ?? []).map(defOf).filter((o) => o.type === "object").map((o) => o.shape ?? {});
    if (shapes.length === 0) return;
    const known = [...new Set(shapes.flatMap((sh) => Object.keys(sh)))];
    for (const [k, v] of Object.entries(input)) {
      const field = shapes.find((sh) => Object.prototype.hasOwnProperty.call(sh, k))?.[k];
      if (field) unknownKeys(field, v, [...path, k], out);
      else out.push({ path, key: k, known });
    }
  }
}

/** Like {@link parseScheme} but throws a {@link SchemeError}. */
export function parseSchemeOrThrow(input: unknown, lang: Lang = "zh-CN"): Scheme {
  const r = parseScheme(input, lang);
  if (!r.ok) throw new SchemeError(r.issues);
  return r.scheme;
}

/** `["tiers", 0, "quota"]` → `tiers[0].quota`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : (out ? "." : "") + String(p);
  return out || "(scheme)";
}

function toIssue(i: z.core.$ZodIssue, lang: Lang): SchemeIssue {
  const field = fieldPath(i.path);
  const params = (i as { params?: Record<string, unknown> }).params;
  let detail: string;
  if (i.code === "custom" && params?.key) detail = format(params.key as MessageKey, lang, params);
  else if (i.code === "invalid_type") detail = format("zod.invalidType", lang, { expected: i.expected });
  else if (i.code === "too_small") detail = format("zod.tooSmall", lang, { min: String(i.minimum), inclusive: i.inclusive !== false });
  else if (i.code === "too_big") detail = format("zod.tooBig", lang, { max: String(i.maximum), inclusive: i.inclusive !== false });
  else if (i.code === "invalid_value") detail = format("zod.invalidValue", lang, { values: i.values.map(String).join(" | ") });
  else if (i.code === "unrecognized_keys") detail = format("zod.unrecognizedKeys", lang, { keys: i.keys.join(", ") });
  else detail = format("zod.invalid", lang, { raw: i.message });
  return { field, message: format("scheme.field", lang, { field, detail }) };
}

/** Index of a tier by id, or -1. */
export function tierIndex(scheme: Scheme, id: string): number {
  return scheme.tiers.findIndex((t) => t.id === id);
}

/** The label of a tier in the scheme's language (or the one given). */
export function tierLabel(scheme: Scheme, index: number, lang: Lang = scheme.lang): string {
  const t = scheme.tiers[index];
  if (!t) return "";
  return lang === "en-US" ? t.label.en : t.label.zh;
}
