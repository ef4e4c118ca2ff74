/**
 * 人工调整 — an evaluation with its decision record (变更记录) applied: what the faces write and
 * show once a reviewer has overridden computed tiers or lights. Pure, like the rest of the engine.
 *
 * The rules, exactly:
 * - The overrides in force (overrides.ts: the latest per subject and field; clearing rows end one)
 *   replace the computed tier or light; the computed value stays in `ev.assessment` and each
 *   overridden subject carries a mark with the decision (from → to, rule, reason, time, by).
 * - A tie at a quota line (TIE_AT_BOUNDARY) is decided when every tied subject has a tier override
 *   in force, or when the tied subjects overridden into the contested tier (the tier of the line;
 *   the last tier for the forced bottom) fill the places left. A decided tie no longer warns: it is
 *   listed in `decidedTies`.
 * - An override never hides a rule: the computed tiers with the overrides are checked again. More
 *   subjects in a tier than its places (QUOTA_EXCEEDED), a subject set above its veto or linked-
 *   responsibility cap (TIER_ABOVE_CAP), or below the tier's threshold (BELOW_THRESHOLD) are errors,
 *   naming the overridden subjects. The check of a typed tier column is otherwise unchanged.
 * - Where the table has no typed tier column, the check's per-group counts are those computed with
 *   the overrides. Where it has one, it is checked as typed; only a quota fix that would move a
 *   subject out of the tier a reviewer decided for it moves the others instead, when that is enough.
 */
import type { CheckResult } from "../check/check";
import { periodResults } from "../periods/compare";
import type { Evaluation } from "../check/evaluate";
import { matchTier } from "../input/labels";
import { format } from "../../messages";
import { applyOverrides, type Mark, type Override, type OverrideProblem } from "./overrides";
import { tierLabel } from "../scheme/scheme";
import { subjectLabel } from "../input/subjects";
import type { GroupSummary, Lang, Light, Violation } from "../types";

/** The mark beside an overridden tier or light on the board (a footnote explains it). */
export const OVERRIDE_MARK = "※";

/** How each entry of the record stands: in force, superseded by a later one, a clearing row, about a subject no longer in the table, or not applied because it is invalid. */
export type RecordStatus = "applied" | "superseded" | "cleared" | "stale" | "invalid";

/** An evaluation's decision record, applied. */
export interface Decisions {
  /** Every entry of the record, in record order (clearing rows included). */
  record: Override[];
  applied: Override[];
  superseded: Override[];
  cleared: Override[];
  stale: Override[];
  /** Rows of the sheet that could not be read, overrides not applied, data changed since a decision. */
  problems: OverrideProblem[];
  /** Tier index by subject index with the overrides (null where none). */
  tiers: (number | null)[];
  lights: (Light | null)[];
  /** By subject index: the overrides in force, or null. */
  marks: ({ tier?: Mark; light?: Mark } | null)[];
  /** Per group, the tiers computed with the overrides (as `assessment.groups`). */
  groups: GroupSummary[];
  /** Tie warnings the overrides decided: no longer among the check's violations. */
  decidedTies: Violation[];
  /** Violations the overrides cause: also among the check's violations. */
  violations: Violation[];
  /** The check before the record was applied. */
  computedCheck: CheckResult;
}

/**
 * Apply a decision record to an evaluation (from `evaluate`). `readProblems` are the problems of
 * reading the record sheet (`parseRecordRows`), kept with the others. Without a record and without
 * problems the evaluation is returned as it is.
 * @example
 * const ev = decide(evaluate(table, map, presets.jiuyuan), [tieDecision], "zh-CN");
 * ev.decisions!.tiers[2] // 0 — 优秀 by the committee's decision
 * ev.check.violations.some((v) => v.code === "TIE_AT_BOUNDARY") // false: the tie is decided
 */
export function decide(ev: Evaluation, record: readonly Override[], lang: Lang = ev.scheme.lang, readProblems: readonly OverrideProblem[] = []): Evaluation {
  const computedCheck = ev.decisions?.computedCheck ?? ev.check;
  if (record.length === 0 && readProblems.length === 0) {
    if (!ev.decisions) return ev;
    const { decisions: _, ...rest } = ev;
    return { ...rest, check: computedCheck };
  }
  const { scheme, read, assessment } = ev;
  const subjects = read.subjects;
  const a = applyOverrides(periodResults(ev), record, scheme, lang);
  const tiers = a.results.map((r) => r.tier);
  const lights = a.results.map((r) => r.light);
  const marks = a.results.map((r) => r.overridden);
  const label = (t: number) => tierLabel(scheme, t, lang);
  const sep = lang === "en-US" ? ", " : "、";
  const gp = (group: string) => (group ? format("group.prefix", lang, { group }) : "");
  const last = scheme.tiers.length - 1;

  // Tiers per group with the overrides.
  const byGroup = new Map<string, number[]>();
  subjects.forEach((s, i) => {
    const t = tiers[i];
    if (t === null || t === undefined) return;
    let counts = byGroup.get(s.group);
    if (!counts) byGroup.set(s.group, (counts = scheme.tiers.map(() => 0)));
    counts[t]!++;
  });
  const countsOf = (group: string) => byGroup.get(group) ?? scheme.tiers.map(() => 0);
  const groups = assessment.groups.map((g) => ({ ...g, counts: countsOf(g.group) }));

  // Ties the overrides decide.
  const decidedTies: Violation[] = [];
  const dropped = new Set<number>();
  for (const st of assessment.states) {
    for (const e of st.events) {
      const to = e.members.map((i) => marks[i]?.tier && tiers[i]);
      const everyone = to.every((t) => t !== undefined && t !== null);
      const taken = to.filter((t) => typeof t === "number" && (e.kind === "quota" ? t <= e.tier : t === last)).length;
      const left = e.limit - e.used;
      if (!everyone && !(left > 0 && taken >= left)) continue;
      const names = e.members.map((i) => subjects[i]!.name);
      const k = computedCheck.violations.findIndex(
        (v, j) => !dropped.has(j) && v.code === "TIE_AT_BOUNDARY" && v.group === st.group && v.subjects.length === names.length && v.subjects.every((n, m) => n === names[m]),
      );
      if (k < 0) continue;
      dropped.add(k);
      decidedTies.push(computedCheck.violations[k]!);
    }
  }

  // The rules again, on the computed tiers with the overrides.
  const violations: Violation[] = [];
  const overridden = subjects.flatMap((_, i) => (marks[i]?.tier && tiers[i] !== null ? [i] : []));
  for (const st of assessment.states) {
    const counts = countsOf(st.group);
    st.limits.limits.forEach((limit, t) => {
      if (limit === null || counts[t]! <= limit) return;
      const ids = overridden.filter((i) => subjects[i]!.group === st.group && tiers[i] === t);
      if (ids.length === 0) return;
      const names = ids.map((i) => subjects[i]!.name);
      const shown = ids.map((i) => subjectLabel(subjects[i]!, lang)).join(sep);
      violations.push({
        code: "QUOTA_EXCEEDED",
        severity: "error",
        group: st.group,
        subjects: names,
        cells: ids.map((i) => read.cellOf(i, "name")),
        message: format("record.check.quota", lang, { group: gp(st.group), tier: label(t), count: counts[t], limit, subjects: shown }),
        fix: { message: format("record.check.quotaFix", lang, { subjects: shown }), changes: [] },
      });
    });
  }
  for (const i of overridden) {
    const s = subjects[i]!;
    const t = tiers[i] as number;
    const cap = assessment.caps[i] as number;
    if (t < cap) {
      const reason = format((s.vetoCap ?? 0) >= cap ? "reason.veto" : "reason.linked", lang);
      violations.push({
        code: "TIER_ABOVE_CAP",
        severity: "error",
        group: s.group,
        subjects: [s.name],
        cells: [read.cellOf(i, "name")],
        message: format("record.check.cap", lang, { subject: subjectLabel(s, lang), reason, cap: label(cap), tier: label(t) }),
      });
    }
    const threshold = scheme.tiers[t]?.threshold;
    if (threshold !== undefined && s.score !== null && s.score < threshold) {
      violations.push({
        code: "BELOW_THRESHOLD",
        severity: "error",
        group: s.group,
        subjects: [s.name],
        cells: [read.cellOf(i, "name")],
        message: format("record.check.threshold", lang, { subject: subjectLabel(s, lang), score: String(Number(s.score.toFixed(2))), tier: label(t), threshold }),
      });
    }
  }

  /** A typed quota fix that keeps the subjects a reviewer decided in the tier, when the others suffice. */
  const honour = (v: Violation): Violation => {
    if (v.code !== "QUOTA_EXCEEDED" || !v.fix || v.fix.changes.length === 0) return v;
    const t = matchTier(scheme, v.fix.changes[0]!.from);
    const st = assessment.states.find((x) => x.group === v.group);
    const limit = typeof t === "number" ? st?.limits.limits[t] : null;
    if (typeof t !== "number" || limit === null || limit === undefined) return v;
    // The change's tier cell tells two people of one name apart.
    const decided = (c: { subject: string; cell?: string }) => {
      const i = subjects.findIndex((x, k) => x.group === v.group && x.name === c.subject && (c.cell === undefined || read.cellOf(k, "tier") === c.cell));
      return i >= 0 && marks[i]?.tier !== undefined && tiers[i] === t;
    };
    const changes = v.fix.changes.filter((c) => !decided(c));
    if (changes.length === v.fix.changes.length || changes.length < v.subjects.length - limit) return v;
    const byTarget = new Map<string, string[]>();
    const shown = (c: { subject: string; cell?: string }) => {
      const s = subjects.find((x, i) => x.name === c.subject && (c.cell === undefined || read.cellOf(i, "tier") === c.cell));
      return s ? subjectLabel(s, lang) : c.subject;
    };
    for (const c of changes) byTarget.set(c.to, [...(byTarget.get(c.to) ?? []), shown(c)]);
    const message = [...byTarget].map(([tier, names]) => format("fix.moveDown", lang, { subjects: names.join(sep), tier })).join(lang === "en-US" ? "; " : "；");
    return { ...v, fix: { message, changes } };
  };

  const check: CheckResult = {
    typed: computedCheck.typed,
    groups: computedCheck.typed ? computedCheck.groups : computedCheck.groups.map((g) => ({ ...g, counts: countsOf(g.group) })),
    violations: [...violations, ...computedCheck.violations.filter((_, j) => !dropped.has(j)).map(honour)],
  };
  return {
    ...ev,
    check,
    decisions: {
      record: [...record],
      applied: a.applied,
      superseded: a.superseded,
      cleared: a.cleared,
      stale: a.stale,
      problems: [...readProblems, ...a.problems],
      tiers,
      lights,
      marks,
      groups,
      decidedTies,
      violations,
      computedCheck,
    },
  };
}

/**
 * How an entry of the record stands in the evaluation.
 * @example recordStatus(ev.decisions!, ev.decisions!.record[0]!) // "applied"
 */
export function recordStatus(d: Decisions, o: Override): RecordStatus {
  if (d.applied.includes(o)) return "applied";
  if (d.cleared.includes(o)) return "cleared";
  if (d.stale.includes(o)) return "stale";
  if (d.superseded.includes(o)) return "superseded";
  return "invalid";
}

/**
 * A subject's tier with the overrides: an index into the scheme's tiers, or null.
 * @example effectiveTier(ev, 2) // 0 where 单位3 was decided 优秀
 */
export function effectiveTier(ev: Evaluation, i: number): number | null {
  return ev.decisions ? (ev.decisions.tiers[i] ?? null) : (ev.assessment.results[i]?.tier ?? null);
}

/**
 * A subject's light with the overrides.
 * @example effectiveLight(ev, 2) // "green"
 */
export function effectiveLight(ev: Evaluation, i: number): Light | null {
  return ev.decisions ? (ev.decisions.lights[i] ?? null) : (ev.assessment.results[i]?.light ?? null);
}

/**
 * The overrides in force for a subject, or null.
 * @example markOf(ev, 2)?.tier?.reason // "并列第3名，经考核委员会研究确定"
 */
export function markOf(ev: Evaluation, i: number): { tier?: Mark; light?: Mark } | null {
  return ev.decisions?.marks[i] ?? null;
}
