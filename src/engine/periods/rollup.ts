/**
 * 平时考核 rolled into the annual result (the 我市 article: 将平时考核权重提升至年度考核的30%; the 九原区 article:
 * 通报结果作为年度考核重要参考).
 *
 * The rule, exactly:
 * - A subject's 平时 score is the simple mean of its scores in the periods where it has one
 *   (monthly or quarterly bulletins, each period counting the same).
 * - A period where the subject is absent or has no score is left out of the mean and reported
 *   (`PERIOD_MISSING`, with the period and the subject); it is never counted as 0.
 * - With no period score at all the subject has no 平时 score (`NO_REGULAR`) and no combined score.
 * - The combined score is {@link combine}(regular, annual, scheme.scoring.regularWeight), rounded
 *   like Excel's ROUND when the scheme sets `scoring.decimals`.
 * Subjects are matched between the periods and the annual list by name within the group, else by
 * name ({@link matchSubjects}). The annual list decides who is assessed.
 */
import { matchSubjects, type PeriodResult } from "./compare";
import { format, type MessageKey } from "../../messages";
import { excelRound } from "../rules/round";
import type { Scheme } from "../scheme/scheme";
import { combine } from "../scoring/score";
import type { Lang } from "../types";

/** A subject's score in one period or in the annual assessment. */
export type ScoredSubject = Pick<PeriodResult, "name" | "group" | "score">;

/** What is rolled up: the periods (any order; shown as given) and the annual assessment. */
export interface RollupInput {
  periods: readonly { period: string; results: readonly ScoredSubject[] }[];
  annual: readonly ScoredSubject[];
  /** Labels of the periods that should be there (一至四季度); each one absent is reported. */
  expected?: readonly string[];
}

/** One subject's 平时 + 年度. */
export interface RolledUp {
  name: string;
  group: string;
  /** The subject's score in each period (index-aligned with the input periods), null where it has none. */
  periods: (number | null)[];
  /** Mean of the period scores there are; null when there is none. */
  regular: number | null;
  /** Number of periods the mean is taken over. */
  periodsUsed: number;
  annual: number | null;
  /** regular × w + annual × (1 − w); null when either is missing. */
  combined: number | null;
}

/** Codes of roll-up problems. */
export type RollupProblemCode = "PERIOD_MISSING" | "PERIOD_ABSENT" | "NO_REGULAR" | "ANNUAL_MISSING" | "NOT_IN_ANNUAL";

/** A problem of the roll-up, with the period and subject it is about. */
export interface RollupProblem {
  code: RollupProblemCode;
  /** The period label (PERIOD_MISSING, PERIOD_ABSENT, NOT_IN_ANNUAL). */
  period?: string;
  subject?: string;
  group?: string;
  message: string;
}

/** Result of {@link rollUp}. */
export interface Rollup {
  periods: string[];
  regularWeight: number;
  /** One per subject of the annual list, in its order. */
  subjects: RolledUp[];
  problems: RollupProblem[];
}

/**
 * Roll the periods' scores into 平时考核 and combine it with the annual score.
 * @example
 * rollUp({ periods: [{ period: "2026年第一季度", results: [{ name: "甲", group: "", score: 80 }] },
 *                    { period: "2026年第二季度", results: [] }],
 *          annual: [{ name: "甲", group: "", score: 90 }] }, presets.jiuyuan)
 * // subjects[0]: { regular: 80, periodsUsed: 1, annual: 90, combined: 87, … };
 * // problems: [{ code: "PERIOD_MISSING", period: "2026年第二季度", subject: "甲", … }]
 */
export function rollUp(input: RollupInput, scheme: Scheme, lang: Lang = scheme.lang): Rollup {
  const w = scheme.scoring.regularWeight;
  const decimals = scheme.scoring.decimals;
  const problems: RollupProblem[] = [];
  const problem = (code: RollupProblemCode, key: MessageKey, where: Omit<RollupProblem, "code" | "message">) =>
    problems.push({ code, ...where, message: format(key, lang, { ...where, group: groupText(where.group ?? "", lang) }) });

  const given = new Set(input.periods.map((p) => p.period));
  for (const label of input.expected ?? []) if (!given.has(label)) problem("PERIOD_ABSENT", "rollup.periodAbsent", { period: label });

  const annual = input.annual;
  const scores: (number | null)[][] = annual.map(() => input.periods.map(() => null));
  const outsiders = new Map<string, RollupProblem>();
  input.periods.forEach((p, k) => {
    // For each annual subject, its row in this period.
    const match = matchSubjects(p.results, annual);
    const used = new Uint8Array(p.results.length);
    match.forEach((i, j) => {
      if (i === null) return;
      used[i] = 1;
      scores[j]![k] = p.results[i]!.score;
    });
    p.results.forEach((r, i) => {
      if (used[i]) return;
      const id = `${r.group}\u0000${r.name}`;
      if (!outsiders.has(id)) {
        const where = { period: p.period, subject: r.name, group: r.group };
        outsiders.set(id, { code: "NOT_IN_ANNUAL", ...where, message: format("rollup.notInAnnual", lang, { ...where, group: groupText(r.group, lang) }) });
      }
    });
  });

  const subjects = annual.map((a, j): RolledUp => {
    let sum = 0;
    let used = 0;
    scores[j]!.forEach((s, k) => {
      if (s === null) problem("PERIOD_MISSING", "rollup.periodMissing", { period: input.periods[k]!.period, subject: a.name, group: a.group });
      else {
        sum += s;
        used++;
      }
    });
    const regular = used > 0 ? sum / used : null;
    if (regular === null && input.periods.length > 0) problem("NO_REGULAR", "rollup.noRegular", { subject: a.name, group: a.group });
    if (a.score === null) problem("ANNUAL_MISSING", "rollup.annualMissing", { subject: a.name, group: a.group });
    let combined = regular === null || a.score === null ? null : combine(regular, a.score, w);
    if (combined !== null && decimals !== undefined) combined = excelRound(combined, decimals);
    return { name: a.name, group: a.group, periods: scores[j]!, regular, periodsUsed: used, annual: a.score, combined };
  });
  problems.push(...outsiders.values());
  return { periods: input.periods.map((p) => p.period), regularWeight: w, subjects, problems };
}

function groupText(group: string, lang: Lang): string {
  return group ? format("group.prefix", lang, { group }) : "";
}
