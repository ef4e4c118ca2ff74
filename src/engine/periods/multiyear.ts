/**
 * 多年度 — flags over several years' results:
 * - `CONSECUTIVE_FIRST` (连续三年第一等次, the 浙江 article): the first tier in every year of a run of
 *   consecutive calendar years ending at the latest year, the run at least `scheme.consecutiveYears`
 *   long (the rule `firstTierYears` applies to the history columns, over years given as results).
 * - `REPEATED_BOTTOM` (约谈, the 我市 article “约谈主要负责人”, the 九原区 article 红色 → 约谈): at the bottom of the
 *   group in every year of a run of consecutive years ending at the latest year, the run at least
 *   `scheme.multiYear.bottomYears` long (default 2).
 *
 * “At the bottom” is, by default, the last tier. A scheme may instead set `multiYear.bottom` to a
 * count or share of the group: then a subject is at the bottom when its rank is worse than
 * n − k (n = ranked subjects of the group that year, k = the count, or the share of n rounded as
 * the scheme says). Subjects tied across that line share the better side, as lights do.
 * A year missing from the input, or a year the subject is absent from or unranked in, ends a run.
 */
import { trackSubjects, type Named } from "./compare";
import { normalizeText } from "../input/labels";
import { format } from "../../messages";
import { countOf } from "../rules/quota";
import { tierLabel, type Scheme } from "../scheme/scheme";
import type { Lang, Subject, SubjectResult } from "../types";

/** A subject's result in one year. */
export interface YearResult extends Named {
  tier: number | null;
  rank: number | null;
  /** Ranked subjects of the group that year; counted from the year's results when absent. */
  groupSize?: number;
}

/** One year's results. */
export interface YearResults {
  year: number;
  results: readonly YearResult[];
}

export type MultiYearCode = "CONSECUTIVE_FIRST" | "REPEATED_BOTTOM";

/** A multi-year flag: who, which years, and the message to show. */
export interface MultiYearFlag {
  subject: string;
  group: string;
  code: MultiYearCode;
  /** The years of the run, oldest first. */
  years: number[];
  message: string;
}

/** Thrown when the same year is given twice (programmer misuse: the caller decides which counts). */
export class DuplicateYearError extends Error {
  constructor(readonly year: number) {
    super(`year ${year} is given twice`);
    this.name = "DuplicateYearError";
  }
}

/**
 * Whether a result is at the bottom of its group of `n` ranked subjects under the scheme's rule.
 * @example isBottom({ name: "甲", group: "", tier: 3, rank: 9 }, 10, presets.jiuyuan) // true (较差, the last tier)
 */
export function isBottom(r: Pick<YearResult, "tier" | "rank">, n: number, scheme: Scheme): boolean {
  const rule = scheme.multiYear?.bottom;
  if (rule === undefined) return r.tier === scheme.tiers.length - 1;
  const k = countOf(rule, n);
  return r.rank !== null && k > 0 && r.rank > n - k;
}

/**
 * The flags of the subjects in the latest year, given each year's results (any order).
 * Subjects are followed from year to year by name within the group, else by name.
 * @example
 * multiYearFlags([{ year: 2023, results: [a0] }, { year: 2024, results: [a0] }, { year: 2025, results: [a0] }], presets.zhejiang)
 * // [{ subject: "甲", code: "CONSECUTIVE_FIRST", years: [2023, 2024, 2025], message: "甲 连续 3 年（2023—2025年）评为“第一等次”" }]
 */
export function multiYearFlags(years: readonly YearResults[], scheme: Scheme, lang: Lang = scheme.lang): MultiYearFlag[] {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  for (let k = 1; k < sorted.length; k++) if (sorted[k]!.year === sorted[k - 1]!.year) throw new DuplicateYearError(sorted[k]!.year);
  if (sorted.length === 0) return [];
  const sizes = sorted.map((y) => groupSizes(y.results));
  const tracks = trackSubjects(sorted.map((y) => y.results));
  const last = sorted.length - 1;
  const bottomYears = scheme.multiYear?.bottomYears ?? 2;
  const flags: MultiYearFlag[] = [];

  for (const t of tracks) {
    if (t.at[last] === null) continue;
    const resultIn = (k: number): YearResult | null => (t.at[k] === null ? null : sorted[k]!.results[t.at[k]!]!);
    // The run of consecutive years, ending at the latest, in which `test` holds.
    const run = (test: (r: YearResult, k: number) => boolean): number[] => {
      const out: number[] = [];
      for (let k = last; k >= 0; k--) {
        const r = resultIn(k);
        if (!r || !test(r, k)) break;
        if (k < last && sorted[k]!.year !== sorted[k + 1]!.year - 1) break;
        out.unshift(sorted[k]!.year);
      }
      return out;
    };
    const first = run((r) => r.tier === 0);
    if (first.length >= scheme.consecutiveYears) flags.push(flag(t, "CONSECUTIVE_FIRST", first, scheme, lang));
    const bottom = run((r, k) => isBottom(r, r.groupSize ?? sizes[k]!.get(groupKey(r)) ?? 0, scheme));
    if (bottom.length >= bottomYears) flags.push(flag(t, "REPEATED_BOTTOM", bottom, scheme, lang));
  }
  return flags;
}

/** Groups compared as {@link matchSubjects} compares them. */
function groupKey(r: Named): string {
  return normalizeText(r.group);
}

/** Ranked subjects per group. */
function groupSizes(results: readonly YearResult[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of results) if (r.rank !== null) m.set(groupKey(r), (m.get(groupKey(r)) ?? 0) + 1);
  return m;
}

function flag(t: Named, code: MultiYearCode, years: number[], scheme: Scheme, lang: Lang): MultiYearFlag {
  const params = {
    subject: t.name,
    group: t.group ? format("group.prefix", lang, { group: t.group }) : "",
    count: years.length,
    from: years[0],
    to: years[years.length - 1],
  };
  if (code === "CONSECUTIVE_FIRST") {
    return { subject: t.name, group: t.group, code, years, message: format("multiyear.consecutiveFirst", lang, { ...params, tier: tierLabel(scheme, 0, lang) }) };
  }
  const mv = scheme.multiYear;
  const rule = mv?.bottom;
  const bottom =
    rule === undefined
      ? format("multiyear.bottomTier", lang, { tier: tierLabel(scheme, scheme.tiers.length - 1, lang) })
      : "count" in rule
        ? format("multiyear.bottomCount", lang, { count: rule.count })
        : format("multiyear.bottomShare", lang, { share: `${Number((rule.share * 100).toPrecision(12))}%` });
  const label = mv?.label ? (lang === "en-US" ? mv.label.en : mv.label.zh) : format("multiyear.talk", lang);
  return { subject: t.name, group: t.group, code, years, message: format("multiyear.repeatedBottom", lang, { ...params, bottom, label }) };
}

/**
 * Year results from one table: the past years' tier columns (2023年等次 …, `Subject.history`,
 * aligned with `pastYears`) and this year's assessment. Past years carry tiers only (no ranks), so
 * a bottom rule by count or share can only see this year; the default last-tier rule sees all.
 * @example yearsFromHistory(read.subjects, ev.assessment.results, [2023, 2024], 2025) // [{ year: 2023, … }, { year: 2024, … }, { year: 2025, … }]
 */
export function yearsFromHistory(subjects: readonly Subject[], results: readonly SubjectResult[], pastYears: readonly number[], currentYear: number): YearResults[] {
  const past = pastYears.map((year, k) => ({
    year,
    results: subjects.map((s) => ({ name: s.name, group: s.group, tier: s.history?.[k] ?? null, rank: null })),
  }));
  const current = { year: currentYear, results: subjects.map((s, i) => ({ name: s.name, group: s.group, tier: results[i]?.tier ?? null, rank: results[i]?.rank ?? null })) };
  return [...past, current];
}
