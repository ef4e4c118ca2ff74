/**
 * 配额校验 — checking a tier column typed by hand against the scheme: quotas, caps, forced bottom,
 * order, thresholds, unknown labels, bad cells and duplicates. Every violation carries its group,
 * subjects, cell addresses, a message from the catalogue and, where one exists, a proposed fix.
 */
import type { Assessment, GroupState } from "../rules/assess";
import { duplicateGroups, hasHiddenChars, HIDDEN_CHARS, nameKey } from "./duplicates";
import { tierList } from "../input/labels";
import { fieldName } from "./field-name";
import { format, type MessageKey } from "../../messages";
import { tied } from "../rules/rank";
import { tierLabel, type Scheme } from "../scheme/scheme";
import { TYPED_BLANK, TYPED_PENDING, subjectLabel, type TypedTiers } from "../input/subjects";
import type { CellProblem, Change, Lang, Role, Subject, Violation } from "../types";

export interface CheckInput {
  subjects: readonly Subject[];
  typed: TypedTiers | null;
  problems: readonly CellProblem[];
  assessment: Assessment;
  cellOf: (subject: number, role: Role) => string;
  /** Where the scores came from (SubjectsRead.source): a score read from a column can be checked for its scale. */
  source?: "indicators" | "column" | "combined" | "none";
}

/** Per-group counts of the typed tiers (or the computed ones when nothing is typed). */
export interface CheckedGroup {
  group: string;
  n: number;
  counts: number[];
  limits: (number | null)[];
}

export interface CheckResult {
  violations: Violation[];
  groups: CheckedGroup[];
  /** Whether a tier column was present (counts are typed counts). */
  typed: boolean;
}

/**
 * Subjects whose score is above 0 and at most 1 in a column of points — at least five scores with
 * a median of 10 or more, such scores being a fifth of them at most — as 0.91 among 86–95 is (91
 * points written as a fraction). A column of fractions throughout is a scale of its own. Cheap
 * where there is none: the median is only found then.
 * @example scaleOutliers([{ score: 95 }, { score: 0.91 }, { score: 88 }, { score: 86 }, { score: 80 }]) // { ids: [1], median: 86 }
 */
function scaleOutliers(subjects: readonly Pick<Subject, "score">[]): { ids: number[]; median: number } {
  const small: number[] = [];
  for (let i = 0; i < subjects.length; i++) {
    const x = subjects[i]!.score;
    if (x !== null && x > 0 && x <= 1) small.push(i);
  }
  if (small.length === 0) return { ids: [], median: NaN };
  const scores = Float64Array.from(subjects.flatMap((s) => (s.score === null ? [] : [s.score]))).sort();
  const mid = scores.length >> 1;
  const median = scores.length % 2 ? scores[mid]! : (scores[mid - 1]! + scores[mid]!) / 2;
  return { ids: scores.length >= 5 && median >= 10 && small.length * 5 <= scores.length ? small : [], median };
}

/** Number formatting for messages: at most 2 decimals, no trailing zeros. */
function num(x: number | null): string {
  return x === null ? "—" : String(Number(x.toFixed(2)));
}

/**
 * Check a typed tier column (配额校验).
 * @example
 * const read = readSubjects(table, map, scheme);
 * const result = check(scheme, { ...read, assessment: assess(read.subjects, scheme) }, "zh-CN");
 * result.violations.filter((v) => v.code === "QUOTA_EXCEEDED")
 */
export function check(scheme: Scheme, input: CheckInput, lang: Lang = scheme.lang): CheckResult {
  const result = checkOnce(scheme, input, lang);
  if (input.typed && result.violations.some((v) => v.fix && v.fix.changes.length > 0)) completeFixes(scheme, input, result, lang);
  return result;
}

/**
 * Fixes that work together: a fix can push a subject into a tier whose places are then exceeded
 * (a vetoed 优秀 moved to its cap 良好, where 良好 was already full). The column with every fix
 * applied is checked again, and what that check still moves is added to the fix of the violation
 * that caused it (the one moving someone into that tier), until nothing moves — so applying every
 * proposed fix leaves no error. Bounded by the number of tiers.
 */
function completeFixes(scheme: Scheme, input: CheckInput, result: CheckResult, lang: Lang): void {
  const typed = input.typed as TypedTiers;
  const n = input.subjects.length;
  const byCell = new Map<string, number>();
  for (let i = 0; i < n; i++) byCell.set(input.cellOf(i, "tier"), i);
  const changeOf = new Map<number, { change: Change; host: Violation }>();
  for (const v of result.violations)
    for (const c of v.fix?.changes ?? []) {
      const i = c.cell === undefined ? undefined : byCell.get(c.cell);
      if (i !== undefined) changeOf.set(i, { change: c, host: v });
    }
  const touched = new Set<Violation>();
  for (let round = 0; round <= scheme.tiers.length; round++) {
    const raw = typed.raw.slice();
    const index = Int8Array.from(typed.index);
    for (const [i, { change }] of changeOf) {
      const t = matchLabel(scheme, change.to);
      if (t === null) continue;
      raw[i] = change.to;
      index[i] = t;
    }
    const again = checkOnce(scheme, { ...input, typed: { raw, index } }, lang);
    const more = again.violations.filter((v) => v.severity === "error" && v.fix && v.fix.changes.length > 0);
    if (more.length === 0) break;
    for (const v of more)
      for (const c of v.fix!.changes) {
        const i = c.cell === undefined ? undefined : byCell.get(c.cell);
        if (i === undefined) continue;
        const had = changeOf.get(i);
        if (had) {
          had.change.to = c.to;
          touched.add(had.host);
          continue;
        }
        // The violation that moved someone into the tier this subject now leaves, else any in its group.
        const hosts = result.violations.filter((x) => x.group === v.group && x.fix && x.fix.changes.length > 0);
        const host = hosts.find((x) => x.fix!.changes.some((y) => y.to === c.from)) ?? hosts[0];
        if (!host) {
          result.violations.push(v);
          continue;
        }
        const change = { ...c, from: typed.raw[i] ?? "" };
        host.fix!.changes.push(change);
        changeOf.set(i, { change, host });
        touched.add(host);
      }
  }
  const shown = changeLabeller(input, lang);
  for (const v of touched) if (v.fix) v.fix = { ...v.fix, message: fixMessage(v.fix.changes, lang, shown) };
}

/** The tier index a label written by a fix names. */
function matchLabel(scheme: Scheme, label: string): number | null {
  for (let t = 0; t < scheme.tiers.length; t++) if (tierLabel(scheme, t, "zh-CN") === label || tierLabel(scheme, t, "en-US") === label) return t;
  return null;
}

/**
 * How a change names its subject in a message: the name, with its 单位 beside it where the table
 * has both (found by the change's tier cell); the name alone otherwise.
 */
function changeLabeller(input: CheckInput, lang: Lang): (c: Change) => string {
  if (!input.subjects.some((s) => s.unit !== undefined)) return (c) => c.subject;
  const byCell = new Map<string, number>();
  for (let i = 0; i < input.subjects.length; i++) byCell.set(input.cellOf(i, "tier"), i);
  return (c) => {
    const i = c.cell === undefined ? undefined : byCell.get(c.cell);
    const s = i === undefined ? undefined : input.subjects[i];
    return s && s.name === c.subject ? subjectLabel(s, lang) : c.subject;
  };
}

/** "将 甲、乙 调为“良好”；将 丙 调为“一般”" — changes grouped by target tier. */
function fixMessage(changes: readonly Change[], lang: Lang, shown: (c: Change) => string): string {
  const byTarget = new Map<string, string[]>();
  for (const c of changes) byTarget.set(c.to, [...(byTarget.get(c.to) ?? []), shown(c)]);
  const sep = lang === "en-US" ? ", " : "、";
  const parts = [...byTarget].map(([tier, subs]) => format("fix.moveDown", lang, { subjects: subs.join(sep), tier }));
  return parts.join(lang === "en-US" ? "; " : "；");
}

function checkOnce(scheme: Scheme, input: CheckInput, lang: Lang): CheckResult {
  const { subjects, typed, problems, assessment, cellOf } = input;
  const hasTyped = typed !== null;
  const label = (t: number) => tierLabel(scheme, t, lang);
  const last = scheme.tiers.length - 1;
  const violations: Violation[] = [];
  const gp = (group: string) => (group ? format("group.prefix", lang, { group }) : "");
  const names = (ids: readonly number[]) => ids.map((i) => (subjects[i] as Subject).name);
  /** A subject as messages name it: 张三（区财政局） where the table has 姓名 and 单位. */
  const shown = (i: number) => subjectLabel(subjects[i] as Subject, lang);
  const joinNames = (ids: readonly number[]) => ids.map(shown).join(lang === "en-US" ? ", " : "、");
  const shownChange = changeLabeller(input, lang);
  // Typed tier index by subject (negative: blank, unknown or pending).
  const typedTiers = typed?.index ?? new Int8Array(subjects.length).fill(TYPED_BLANK);
  const typedIndex = (i: number): number | null => {
    const t = typedTiers[i] as number;
    return t < 0 ? null : t;
  };
  const keys = assessment.keys;
  const push = (v: Omit<Violation, "message">, key: MessageKey, params: Record<string, unknown>) =>
    violations.push({ ...v, message: format(key, lang, params) } as Violation);

  // ── cells ──────────────────────────────────────────────────────────────────────────
  const groupOf = problems.length > 0 ? new Map(subjects.map((s) => [s.name, s.group])) : new Map<string, string>();
  for (const p of problems) {
    const field = fieldName(p.field, scheme, lang);
    const subjectsOf = p.subject !== undefined ? [p.subject] : [];
    push(
      { code: p.code, severity: "error", group: groupOf.get(p.subject ?? "") ?? "", subjects: subjectsOf, cells: [p.cell] },
      p.code,
      { cell: p.cell, value: p.value, reason: format(`cell.${p.reason}` as MessageKey, lang), field },
    );
  }

  // ── a score that looks like a fraction (0.91 among 86–95 points) ──────────────────────
  if (input.source === "column") {
    const { ids, median } = scaleOutliers(subjects);
    for (const i of ids) {
      const s = subjects[i] as Subject;
      const cell = cellOf(i, "score");
      push(
        { code: "SCORE_SCALE", severity: "warning", group: s.group, subjects: [s.name], cells: [cell] },
        "SCORE_SCALE",
        { cell, field: fieldName("score", scheme, lang), score: num(s.score), median: num(median), points: num((s.score as number) * 100) },
      );
    }
  }

  // ── duplicates (names compared after NFKC, hidden characters removed, trimmed) ─────────
  for (let i = 0; i < subjects.length; i++) {
    const s = subjects[i] as Subject;
    if (!hasHiddenChars(s.name)) continue;
    const cell = cellOf(i, "name");
    push({ code: "HIDDEN_CHARS", severity: "warning", group: s.group, subjects: [s.name], cells: [cell] }, "HIDDEN_CHARS", { cell, subject: shown(i).replace(HIDDEN_CHARS, "") });
  }
  // People are told apart by their 单位 too: 王伟 of 区财政局 and 王伟 of 区教育局 are two people.
  const identities = subjects.map((s) => (s.unit === undefined ? s.name : `${nameKey(s.name)}\u0001${nameKey(s.unit)}`));
  for (const ids of duplicateGroups(identities)) {
    const s = subjects[ids[0] as number] as Subject;
    push(
      { code: "DUPLICATE_SUBJECT", severity: "error", group: s.group, subjects: [s.name], cells: ids.map((i) => cellOf(i, "name")) },
      "DUPLICATE_SUBJECT",
      { subject: shown(ids[0] as number), count: ids.length },
    );
  }

  // ── typed labels ───────────────────────────────────────────────────────────────────
  if (typed) {
    typed.index.forEach((t, i) => {
      if (t >= 0 || t === TYPED_PENDING) return;
      const s = subjects[i] as Subject;
      if (t === TYPED_BLANK) {
        const cell = cellOf(i, "tier");
        push(
          { code: "MISSING_VALUE", severity: "error", group: s.group, subjects: [s.name], cells: [cell] },
          "MISSING_VALUE",
          { cell, field: fieldName("tier", scheme, lang) },
        );
      } else {
        push(
          { code: "UNKNOWN_TIER", severity: "error", group: s.group, subjects: [s.name], cells: [cellOf(i, "tier")] },
          "UNKNOWN_TIER",
          { subject: shown(i), value: typed.raw[i], tiers: tierList(scheme, lang) },
        );
      }
    });
  }

  // ── per group ──────────────────────────────────────────────────────────────────────
  const groups: CheckedGroup[] = [];
  for (const st of assessment.states) {
    const counts = scheme.tiers.map(() => 0);
    const source = hasTyped ? typedTiers : assessment.tiers;
    const order = st.tierOrder;
    for (let p = 0; p < order.length; p++) {
      const t = source[order[p] as number] as number;
      if (t >= 0) counts[t]!++;
    }
    groups.push({ group: st.group, n: st.tierOrder.length, counts, limits: st.limits.limits.map((l, t) => placesOf(st, l, t)) });

    // Ties a person must decide, whatever was typed.
    for (const ev of st.events) {
      const s0 = subjects[ev.members[0] as number] as Subject;
      const key = ev.kind === "quota" ? "TIE_AT_BOUNDARY" : "TIE_AT_BOTTOM";
      const higher = ev.kind === "quota" ? ev.tier + 1 : last;
      push(
        {
          code: "TIE_AT_BOUNDARY",
          severity: "warning",
          group: st.group,
          subjects: names(ev.members),
          cells: ev.members.map((i) => cellOf(i, "score")),
          fix: { message: format("fix.decideTie", lang, { subjects: joinNames(ev.members), tier: label(ev.kind === "quota" ? higher : last - 1) }), changes: [] },
        },
        key,
        { group: gp(st.group), subjects: joinNames(ev.members), score: num(s0.score), tier: label(ev.tier), limit: ev.limit, used: ev.used },
      );
    }
    if (!hasTyped) continue;
    checkQuotas(st, counts);
    checkCaps(st);
    checkPassedOn(st);
    checkBottom(st);
    checkThresholds(st);
    checkOrder(st);
  }
  checkAllocations();
  return { violations, groups, typed: hasTyped };

  /** How a group's limit of tier t was set, for the message: a share, fixed places, or the group's own allocation. */
  function quotaRule(st: GroupState, t: number): string {
    const share = st.limits.shares[t];
    const q = scheme.tiers[t]?.quota;
    const own = st.limits.allocations[t];
    const rounding = format(`rounding.${(own ? q?.groups?.[st.group]?.rounding : undefined) ?? q?.rounding ?? "floor"}`, lang);
    if (own) {
      const amount =
        own.places !== undefined
          ? format("rule.allocationPlaces", lang, { places: own.places })
          : format("rule.share", lang, { n: st.tierOrder.length, share: `${num((own.share as number) * 100)}%`, rounding });
      return format(`rule.allocation.${own.source}`, lang, { group: own.group, amount });
    }
    return share !== null && share !== undefined
      ? format("rule.share", lang, { n: st.tierOrder.length, share: `${num(share * 100)}%`, rounding })
      : format("rule.places", lang);
  }

  /** 名额分配: a group allocated places but absent from the table (warning), places above a group's size (error). */
  function checkAllocations() {
    const sizes = new Map(assessment.states.map((st) => [st.group, st.tierOrder.length]));
    scheme.tiers.forEach((tier, t) => {
      for (const [group, own] of Object.entries(tier.quota?.groups ?? {})) {
        const source = format(`allocation.source.${own.source ?? "scheme"}`, lang);
        const n = sizes.get(group);
        if (n === undefined) {
          push(
            { code: "ALLOCATION_UNKNOWN_GROUP", severity: "warning", group, subjects: [], cells: [] },
            "ALLOCATION_UNKNOWN_GROUP",
            { group, tier: label(t), source, groups: [...sizes.keys()].filter((g) => g !== "").join(lang === "en-US" ? ", " : "、") || "—" },
          );
        } else if (own.places !== undefined && own.places > n) {
          push(
            { code: "ALLOCATION_ABOVE_SIZE", severity: "error", group, subjects: [], cells: [] },
            "ALLOCATION_ABOVE_SIZE",
            { group, tier: label(t), source, places: own.places, n },
          );
        }
      }
    });
  }

  function checkQuotas(st: GroupState, counts: number[]) {
    st.limits.limits.forEach((quota, t) => {
      const limit = placesOf(st, quota, t);
      if (limit === null || (counts[t] as number) <= limit) return;
      // Those typed t, lowest rank first: move the excess down one tier. A tie at the cut moves whole.
      // Subjects above their cap must leave anyway: they go first, then the lowest ranked.
      const holders = Array.from(st.tierOrder).filter((i) => typedIndex(i) === t);
      const capped = holders.filter((i) => (assessment.caps[i] as number) > t);
      const free = holders.filter((i) => (assessment.caps[i] as number) <= t);
      const excess = Math.max(0, (counts[t] as number) - limit - capped.length);
      let cut = free.length - excess;
      while (cut > 0 && cut < free.length && tied(keys, free[cut - 1] as number, free[cut] as number)) cut--;
      const move = [...capped, ...free.slice(cut)];
      const emptied = st.emptied[t] ?? 0;
      const rule = quotaRule(st, t) + (emptied > 0 ? format("rule.keptEmpty", lang, { places: quota, emptied }) : "");
      push(
        {
          code: "QUOTA_EXCEEDED",
          severity: "error",
          group: st.group,
          subjects: names(holders),
          cells: holders.map((i) => cellOf(i, "tier")),
          fix: moveFix(move.map((i) => change(i, target(i, t + 1)))),
        },
        "QUOTA_EXCEEDED",
        { group: gp(st.group), tier: label(t), count: counts[t], limit, rule },
      );
    });
  }

  function checkCaps(st: GroupState) {
    const caps = assessment.caps;
    const order = st.tierOrder;
    for (let p = 0; p < order.length; p++) {
      const i = order[p] as number;
      const cap = caps[i] as number;
      if (cap === 0) continue;
      const t = typedTiers[i] as number;
      if (t < 0 || t >= cap) continue;
      const s = subjects[i] as Subject;
      const reason = (s.vetoCap ?? 0) >= cap ? "reason.veto" : "reason.linked";
      pushSetTier("TIER_ABOVE_CAP", st, i, target(i, cap), { subject: shown(i), cap: label(cap), tier: label(t), reason: format(reason, lang) });
    }
  }

  /**
   * 依次递补: a place a capped subject cannot take passes to the next eligible subject. Those it
   * passed to, typed in a worse tier than they receive, are reported (a warning: a quota is a
   * maximum, but `apply` would write the better tier), with their computed tier as the fix.
   */
  function checkPassedOn(st: GroupState) {
    const behind = st.passedOn.filter((i) => {
      const t = typedIndex(i);
      return t !== null && t > (assessment.tiers[i] as number);
    });
    if (behind.length === 0) return;
    const capped = Array.from(st.tierOrder).filter((i) => (assessment.caps[i] as number) > 0 && (assessment.tiers[i] as number) > (assessment.tiers[behind[0] as number] as number));
    const fix = moveFix(behind.map((i) => change(i, assessment.tiers[i] as number)));
    push(
      { code: "PLACE_PASSED_ON", severity: "warning", group: st.group, subjects: names(behind), cells: behind.map((i) => cellOf(i, "tier")), fix },
      "PLACE_PASSED_ON",
      { group: gp(st.group), capped: joinNames(capped), subjects: joinNames(behind), fix: fix.message },
    );
  }

  function checkBottom(st: GroupState) {
    const fb = scheme.forcedBottom;
    if (!fb || st.limits.forcedBottom === null) return;
    const missing = st.forced.filter((i) => typedIndex(i) !== null && typedIndex(i) !== last);
    if (missing.length === 0) return;
    push(
      {
        code: "FORCED_BOTTOM_MISSING",
        severity: "error",
        group: st.group,
        subjects: names(missing),
        cells: missing.map((i) => cellOf(i, "tier")),
        fix: { message: format("fix.setBottom", lang, { subjects: joinNames(missing), tier: label(last) }), changes: missing.map((i) => change(i, last)) },
      },
      "FORCED_BOTTOM_MISSING",
      { group: gp(st.group), share: `${num(fb.share * 100)}%`, limit: st.limits.forcedBottom, tier: label(last), subjects: joinNames(missing) },
    );
  }

  function checkThresholds(st: GroupState) {
    if (scheme.tiers.every((t) => t.threshold === undefined)) return;
    for (const i of st.tierOrder) {
      const t = typedIndex(i);
      const threshold = t === null ? undefined : scheme.tiers[t]?.threshold;
      const s = subjects[i] as Subject;
      if (t === null || threshold === undefined || (s.score as number) >= threshold) continue;
      let to = t + 1;
      while (to < last && scheme.tiers[to]?.threshold !== undefined && (s.score as number) < (scheme.tiers[to]!.threshold as number)) to++;
      pushSetTier("BELOW_THRESHOLD", st, i, target(i, to), { subject: shown(i), score: num(s.score), tier: label(t), threshold });
    }
  }

  /** A subject with a lower score and a better tier than someone above it (capped subjects excepted). */
  function checkOrder(st: GroupState) {
    const order = st.tierOrder;
    let worst = -1; // worst typed tier among strictly better, uncapped subjects
    let worstHolder = -1;
    let s = 0;
    while (s < order.length) {
      let e = s + 1;
      while (e < order.length && tied(keys, order[s] as number, order[e] as number)) e++;
      for (let p = s; p < e; p++) {
        const i = order[p] as number;
        const t = typedTiers[i] as number;
        if (t < 0 || worst < 0 || t >= worst) continue;
        const a = subjects[i] as Subject;
        const b = subjects[worstHolder] as Subject;
        push(
          {
            code: "ORDER_INVERSION",
            severity: "error",
            group: st.group,
            subjects: [a.name, b.name],
            cells: [cellOf(i, "tier"), cellOf(worstHolder, "tier")],
          },
          "ORDER_INVERSION",
          { group: gp(st.group), subject: shown(i), score: num(a.score), tier: label(t), other: shown(worstHolder), otherScore: num(b.score), otherTier: label(worst) },
        );
      }
      for (let p = s; p < e; p++) {
        const i = order[p] as number;
        const t = typedTiers[i] as number;
        if (t > worst && assessment.caps[i] === 0) {
          worst = t;
          worstHolder = i;
        }
      }
      s = e;
    }
  }

  /** A fix from changes: "将 甲、乙 调为“良好”；将 丙 调为“一般”". */
  function moveFix(changes: Change[]): NonNullable<Violation["fix"]> {
    return { message: fixMessage(changes, lang, shownChange), changes };
  }

  /** An error about one subject whose fix sets its tier to `to`. */
  function pushSetTier(code: "TIER_ABOVE_CAP" | "BELOW_THRESHOLD", st: GroupState, i: number, to: number, params: Record<string, unknown>) {
    const name = (subjects[i] as Subject).name;
    push(
      {
        code,
        severity: "error",
        group: st.group,
        subjects: [name],
        cells: [cellOf(i, "tier")],
        fix: { message: format("fix.setCap", lang, { subject: shown(i), tier: label(to) }), changes: [change(i, to)] },
      },
      code,
      params,
    );
  }

  /**
   * Where a fix moves subject `i`: at least `to` (what the rule requires), and as far as the tier
   * it is computed to receive, so that a fixed column agrees with what `apply` writes.
   */
  function target(i: number, to: number): number {
    return Math.max(to, assessment.tiers[i] as number);
  }

  function change(i: number, to: number): Change {
    return { subject: (subjects[i] as Subject).name, cell: cellOf(i, "tier"), from: typed?.raw[i] ?? "", to: label(to) };
  }
}

/**
 * Places of tier `t` open to the group's subjects: the quota, less the places kept empty for
 * capped subjects when the scheme keeps them (`keepCappedPlaces`); null where there is no quota.
 */
function placesOf(st: GroupState, quota: number | null, t: number): number | null {
  return quota === null ? null : Math.max(0, quota - (st.emptied[t] ?? 0));
}

