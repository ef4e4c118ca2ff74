/**
 * 变更记录 — the decision record: a person changes a computed tier or light (a tie at the quota
 * line decided by the committee, a veto, …), always with a reason, and the record keeps every
 * change. The engine never forgets what it computed: applied results carry both.
 *
 * The rules, exactly:
 * - An override needs a non-blank reason, a valid ISO time, and a `to` that is one of the scheme's
 *   tiers (any of its labels) or a light (绿/黄/红, green/yellow/red).
 * - The latest override of a subject's field wins (by time; equal times: the later in the record).
 *   Earlier ones stay in the record, listed as superseded.
 * - An override whose subject is no longer in the results is stale: reported, kept, never dropped.
 * - When the computed value is no longer the override's `from` (the data changed since), the
 *   override still applies and a warning asks for a review.
 * - Applying is idempotent: results already applied are applied from their computed values.
 * - Clearing is recorded too: a row with the rule `CLEARED` (撤销调整) ends the subject's override of
 *   that field; its `to` names the computed value it returns to and is not checked against the scheme.
 *   Nothing is ever deleted from the record.
 */
import { cellAddress, cellText, isBlank } from "../input/cells";
import { matchSubjects, sameNamed, type Named } from "../periods/compare";
import { subjectLabel } from "../input/subjects";
import { matchTier, normalizeText, tierList } from "../input/labels";
import { format, type MessageKey } from "../../messages";
import { parsePeriod, periodKey, type Period } from "../periods/periods";
import { tierLabel, type Scheme } from "../scheme/scheme";
import type { CellValue, Lang, Light, Severity, ViolationCode } from "../types";

/** What an override changes. */
export type OverrideField = "tier" | "light";

/**
 * The rule an override is about: a violation of the check, a tie decision, a veto, or other.
 * `CLEARED` (撤销调整) is not an override but its end: the computed value is in force again.
 */
export type OverrideRule = ViolationCode | "TIE_DECISION" | "VETO" | "OTHER" | "CLEARED";

/** 调整 — one decision in the record. `from` and `to` are labels as written (优秀, 绿 …). */
export interface Override {
  /** ISO time, e.g. 2026-04-28T10:30:00+08:00. */
  at: string;
  subject: string;
  group: string;
  field: OverrideField;
  from: string;
  to: string;
  rule?: OverrideRule;
  reason: string;
  by?: string;
  /**
   * 期间 — the period the decision is about (2026年3月), in a workbook kept one sheet per period.
   * Absent: the decision concerns whatever table it is read with (see {@link recordFor}).
   */
  period?: string;
}

/** Codes of problems with overrides and with the record sheet. */
export type OverrideProblemCode =
  | "REASON_REQUIRED"
  | "UNKNOWN_TARGET"
  | "UNKNOWN_SUBJECT"
  /** The subject's name is two people's (in different 单位) and the override does not say which. */
  | "AMBIGUOUS_SUBJECT"
  | "BAD_TIME"
  | "STALE_OVERRIDE"
  | "FROM_CHANGED"
  | "MISSING_COLUMN"
  | "MISSING_VALUE"
  | "BAD_FIELD"
  | "BAD_RULE"
  | "BAD_PERIOD";

/** A problem with an override or a row of the record, with the cell when it comes from the sheet. */
export interface OverrideProblem {
  code: OverrideProblemCode;
  severity: Severity;
  subject?: string;
  group?: string;
  field?: OverrideField;
  /** Address of the cell, for problems in the record sheet. */
  cell?: string;
  message: string;
}

const RULE_KEYS: Record<OverrideRule, MessageKey> = {
  QUOTA_EXCEEDED: "overrideRule.QUOTA_EXCEEDED",
  TIER_ABOVE_CAP: "overrideRule.TIER_ABOVE_CAP",
  FORCED_BOTTOM_MISSING: "overrideRule.FORCED_BOTTOM_MISSING",
  ORDER_INVERSION: "overrideRule.ORDER_INVERSION",
  TIE_AT_BOUNDARY: "overrideRule.TIE_AT_BOUNDARY",
  BELOW_THRESHOLD: "overrideRule.BELOW_THRESHOLD",
  UNKNOWN_TIER: "overrideRule.UNKNOWN_TIER",
  BAD_CELL: "overrideRule.BAD_CELL",
  MISSING_VALUE: "overrideRule.MISSING_VALUE",
  DUPLICATE_SUBJECT: "overrideRule.DUPLICATE_SUBJECT",
  ALLOCATION_UNKNOWN_GROUP: "overrideRule.ALLOCATION_UNKNOWN_GROUP",
  ALLOCATION_ABOVE_SIZE: "overrideRule.ALLOCATION_ABOVE_SIZE",
  PLACE_PASSED_ON: "overrideRule.PLACE_PASSED_ON",
  HIDDEN_CHARS: "overrideRule.HIDDEN_CHARS",
  SCORE_SCALE: "overrideRule.SCORE_SCALE",
  TIE_DECISION: "overrideRule.TIE_DECISION",
  VETO: "overrideRule.VETO",
  OTHER: "overrideRule.OTHER",
  CLEARED: "overrideRule.CLEARED",
};

/** Every rule an override may name, in the order the record's readers offer them. */
export const OVERRIDE_RULES = Object.keys(RULE_KEYS) as OverrideRule[];

/**
 * Which rule a text names: a code (TIE_DECISION) or its label in either language (名额线并列).
 * @example matchRule("一票否决") // "VETO"
 */
export function matchRule(text: string): OverrideRule | null {
  const t = normalizeText(text);
  return OVERRIDE_RULES.find((k) => normalizeText(k) === t || LANGS.some((l) => normalizeText(format(RULE_KEYS[k], l)) === t)) ?? null;
}

const LANGS: Lang[] = ["zh-CN", "en-US"];
const LIGHTS: Light[] = ["green", "yellow", "red"];
const LIGHT_WORDS: Record<Light, string[]> = {
  green: ["绿", "绿灯", "绿色", "green", "g"],
  yellow: ["黄", "黄灯", "黄色", "yellow", "y"],
  red: ["红", "红灯", "红色", "red", "r"],
};

/**
 * Which light a text means: 绿/綠/绿灯/green → green, and so on; null otherwise.
 * @example matchLight("綠燈") // "green"
 * @example matchLight("蓝") // null
 */
export function matchLight(text: string): Light | null {
  const t = normalizeText(text);
  for (const l of LIGHTS) if (LIGHT_WORDS[l].includes(t)) return l;
  return null;
}

/** Milliseconds of an ISO time (date, or date and time, with an optional zone); NaN when not one. */
function timeOf(at: string): number {
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(at.trim())) return NaN;
  return Date.parse(at.trim().replace(" ", "T"));
}

/** An override's subject as matching sees it. */
const named = (o: Override): Named => ({ name: o.subject, group: o.group });

/**
 * When an override names by name alone two people of its group (王伟 of 区财政局 and of 区教育局):
 * who they are, as the message lists them, and how to write one; else null.
 */
function ambiguity(subjects: readonly Named[], o: Override, lang: Lang): { count: number; who: string; example: string } | null {
  const ids = sameNamed(subjects, named(o));
  if (ids.length === 0) return null;
  const who = ids.map((i) => subjectLabel(subjects[i]!, lang));
  return { count: ids.length, who: who.join(lang === "en-US" ? ", " : "、"), example: who[0]! };
}

/**
 * How a new override names subject `i`: by its name, or — where the name alone is two people's
 * of its group — with its 单位, so that the record says who was meant.
 * @example overrideSubject([{ name: "王伟", group: "", unit: "区财政局" }, { name: "王伟", group: "", unit: "区教育局" }], 1, "zh-CN") // "王伟（区教育局）"
 */
export function overrideSubject(subjects: readonly Named[], i: number, lang: Lang): string {
  const s = subjects[i]!;
  return s.unit !== undefined && sameNamed(subjects, s).length > 0 ? subjectLabel(s, lang) : s.name;
}

const fieldWord = (f: OverrideField, lang: Lang) => format(f === "tier" ? "override.field.tier" : "override.field.light", lang);
const groupText = (group: string, lang: Lang) => (group ? format("group.prefix", lang, { group }) : "");

/** Problems of an override's own content: reason, time, target. */
function contentProblems(o: Override, scheme: Scheme, lang: Lang): OverrideProblem[] {
  const out: OverrideProblem[] = [];
  const where = { subject: o.subject, group: o.group, field: o.field };
  const params = { subject: o.subject, group: groupText(o.group, lang), field: fieldWord(o.field, lang), to: o.to, at: o.at };
  if (o.reason.trim() === "") out.push({ code: "REASON_REQUIRED", severity: "error", ...where, message: format("override.reasonRequired", lang, params) });
  if (Number.isNaN(timeOf(o.at))) out.push({ code: "BAD_TIME", severity: "error", ...where, message: format("override.badTime", lang, params) });
  // A clearing row names the computed value it returns to, which may be none (a pending subject).
  const known = o.rule === "CLEARED" || (o.field === "tier" ? typeof matchTier(scheme, o.to) === "number" : matchLight(o.to) !== null);
  if (!known) {
    const options = o.field === "tier" ? tierList(scheme, lang) : LIGHTS.map((l) => format(`light.${l}`, lang)).join(lang === "en-US" ? ", " : "、");
    out.push({ code: "UNKNOWN_TARGET", severity: "error", ...where, message: format("override.unknownTarget", lang, { ...params, options }) });
  }
  return out;
}

/**
 * Problems of an override about to be recorded: a blank reason, a bad time, a `to` that is no tier
 * or light of the scheme, a subject not in the table. Empty when the override is good.
 * @example validateOverride({ at: "2026-04-28T10:30", subject: "甲", group: "", field: "tier", from: "良好", to: "优秀", reason: " " }, { scheme, subjects })
 * // [{ code: "REASON_REQUIRED", severity: "error", subject: "甲", message: "甲 的等次调整须写明理由", … }]
 */
export function validateOverride(o: Override, ctx: { scheme: Scheme; subjects: readonly Named[] }, lang: Lang = ctx.scheme.lang): OverrideProblem[] {
  const out = contentProblems(o, ctx.scheme, lang);
  const found = matchSubjects(ctx.subjects, [named(o)])[0] !== null;
  const unclear = found ? null : ambiguity(ctx.subjects, o, lang);
  if (unclear) {
    out.push({
      code: "AMBIGUOUS_SUBJECT",
      severity: "error",
      subject: o.subject,
      group: o.group,
      field: o.field,
      message: format("override.ambiguousSubject", lang, { subject: o.subject, group: groupText(o.group, lang), ...unclear }),
    });
  } else if (!found) {
    out.push({
      code: "UNKNOWN_SUBJECT",
      severity: "error",
      subject: o.subject,
      group: o.group,
      field: o.field,
      message: format("override.unknownSubject", lang, { subject: o.subject, group: groupText(o.group, lang) }),
    });
  }
  return out;
}

/**
 * The override in force for each subject and field — the latest by time, equal times the later in
 * the list — and those it superseded. Overrides whose time is not valid are left out of all three.
 * When the latest entry is a clearing row (rule `CLEARED`), nothing is in force for that subject
 * and field: the row is in `cleared`, the override it ended in `superseded`.
 * @example effectiveOverrides([older, newer]) // { effective: [newer], superseded: [older], cleared: [] }
 */
export function effectiveOverrides(overrides: readonly Override[]): { effective: Override[]; superseded: Override[]; cleared: Override[] } {
  const latest = new Map<string, { o: Override; t: number }>();
  const superseded: Override[] = [];
  for (const o of overrides) {
    const t = timeOf(o.at);
    if (Number.isNaN(t)) continue;
    const k = `${normalizeText(o.group)}\u0000${normalizeText(o.subject)}\u0000${o.field}`;
    const prev = latest.get(k);
    if (prev && prev.t > t) superseded.push(o);
    else {
      if (prev) superseded.push(prev.o);
      latest.set(k, { o, t });
    }
  }
  const last = [...latest.values()].map((x) => x.o);
  return { effective: last.filter((o) => o.rule !== "CLEARED"), superseded, cleared: last.filter((o) => o.rule === "CLEARED") };
}

/** How one field was overridden. */
export interface Mark {
  from: string;
  to: string;
  reason: string;
  at: string;
  rule?: OverrideRule;
  by?: string;
}

/** What can be overridden: a result with a tier (index) and a light; applied results too. */
export interface Overridable extends Named {
  tier: number | null;
  light: Light | null;
  computed?: { tier: number | null; light: Light | null };
  overridden?: { tier?: Mark; light?: Mark } | null;
}

/** A result after the overrides: the effective tier and light, the computed ones, and the marks. */
export type Applied<T extends Overridable> = Omit<T, "tier" | "light" | "computed" | "overridden"> & {
  tier: number | null;
  light: Light | null;
  computed: { tier: number | null; light: Light | null };
  /** Null when nothing was overridden. */
  overridden: { tier?: Mark; light?: Mark } | null;
};

/** Result of {@link applyOverrides}. */
export interface AppliedOverrides<T extends Overridable> {
  /** Index-aligned with the results given. */
  results: Applied<T>[];
  /** The overrides in force, in record order. */
  applied: Override[];
  /** Earlier overrides of the same subject and field (kept in the record, not in force). */
  superseded: Override[];
  /** Clearing rows in force: the subject and field are back to the computed value. */
  cleared: Override[];
  /** Overrides whose subject is not in the results. */
  stale: Override[];
  problems: OverrideProblem[];
}

/**
 * Apply the decision record to results (e.g. `periodResults(ev)`). Invalid overrides (no reason,
 * bad time, unknown target) are reported and not applied.
 * @example
 * const { results } = applyOverrides(periodResults(ev), record, ev.scheme);
 * results[2] // { name: "丙", tier: 0, computed: { tier: 1, light: "yellow" }, overridden: { tier: { from: "良好", to: "优秀", reason: "并列由考核委员会确定", … } }, … }
 */
export function applyOverrides<T extends Overridable>(results: readonly T[], overrides: readonly Override[], scheme: Scheme, lang: Lang = scheme.lang): AppliedOverrides<T> {
  const problems: OverrideProblem[] = [];
  const valid = overrides.filter((o) => {
    const p = contentProblems(o, scheme, lang);
    problems.push(...p);
    return p.length === 0;
  });
  const { effective, superseded, cleared } = effectiveOverrides(valid);
  const base = results.map((r) => r.computed ?? { tier: r.tier, light: r.light });
  const out = results.map((r, i) => ({ ...r, tier: base[i]!.tier, light: base[i]!.light, computed: { ...base[i]! }, overridden: null }) as Applied<T>);
  const stale: Override[] = [];
  const applied = new Set<Override>();
  for (const field of ["tier", "light"] as const) {
    const list = effective.filter((o) => o.field === field);
    const match = matchSubjects(results, list.map(named));
    list.forEach((o, k) => {
      const i = match[k];
      if (i === null || i === undefined) {
        stale.push(o);
        const unclear = ambiguity(results, o, lang);
        if (unclear) {
          problems.push({
            code: "AMBIGUOUS_SUBJECT",
            severity: "warning",
            subject: o.subject,
            group: o.group,
            field,
            message: format("override.ambiguousRow", lang, { subject: o.subject, group: groupText(o.group, lang), field: fieldWord(field, lang), from: o.from, to: o.to, at: o.at, ...unclear }),
          });
          return;
        }
        problems.push({
          code: "STALE_OVERRIDE",
          severity: "warning",
          subject: o.subject,
          group: o.group,
          field,
          message: format("override.stale", lang, { subject: o.subject, group: groupText(o.group, lang), field: fieldWord(field, lang), from: o.from, to: o.to, at: o.at }),
        });
        return;
      }
      applied.add(o);
      const r = out[i]!;
      const mark: Mark = { from: o.from, to: o.to, reason: o.reason, at: o.at, ...(o.rule ? { rule: o.rule } : {}), ...(o.by ? { by: o.by } : {}) };
      r.overridden = { ...(r.overridden ?? {}), [field]: mark };
      if (field === "tier") {
        const now = base[i]!.tier;
        const from = matchTier(scheme, o.from);
        r.tier = matchTier(scheme, o.to) as number;
        if ((typeof from === "number" ? from : null) !== now) problems.push(fromChanged(o, now === null ? "" : tierLabel(scheme, now, lang), lang));
      } else {
        const now = base[i]!.light;
        r.light = matchLight(o.to);
        if (matchLight(o.from) !== now) problems.push(fromChanged(o, now === null ? "" : format(`light.${now}`, lang), lang));
      }
    });
  }
  return { results: out, applied: overrides.filter((o) => applied.has(o)), superseded, cleared, stale, problems };
}

function fromChanged(o: Override, now: string, lang: Lang): OverrideProblem {
  return {
    code: "FROM_CHANGED",
    severity: "warning",
    subject: o.subject,
    group: o.group,
    field: o.field,
    message: format("override.fromChanged", lang, { subject: o.subject, group: groupText(o.group, lang), field: fieldWord(o.field, lang), now: now || "—", from: o.from || "—", to: o.to }),
  };
}

// ── the 变更记录 sheet ──────────────────────────────────────────────────────────────────

/** The record's columns, in sheet order. */
const COLUMNS = ["at", "subject", "group", "field", "from", "to", "rule", "reason", "by", "period"] as const;
type Column = (typeof COLUMNS)[number];
/** Columns a record must have; the others may be missing or blank. */
const REQUIRED: Column[] = ["at", "subject", "field", "to", "reason"];

const header = (c: Column, lang: Lang) => format(`record.header.${c}`, lang);

/**
 * The name of the record sheet (变更记录 / Change record).
 * @example recordSheetName("zh-CN") // "变更记录"
 */
export function recordSheetName(lang: Lang): string {
  return format("record.sheet", lang);
}

/**
 * The rows of the 变更记录 sheet: headers 时间, 考核对象, 类别, 项目, 原结果, 调整为, 涉及规则,
 * 理由, 操作人 (or their English), then one row per override in record order.
 * @example recordRows([o], "zh-CN")
 * // { headers: ["时间", "考核对象", "类别", "项目", "原结果", "调整为", "涉及规则", "理由", "操作人"],
 * //   rows: [["2026-04-28T10:30:00+08:00", "丙", "区直单位", "等次", "良好", "优秀", "名额线并列", "考核委员会决定", "王五"]] }
 */
export function recordRows(overrides: readonly Override[], lang: Lang): { headers: string[]; rows: string[][] } {
  // 期间 only where a decision names its period: a workbook of one table keeps nine columns.
  const periods = overrides.some((o) => o.period !== undefined);
  const columns = periods ? COLUMNS : COLUMNS.filter((c) => c !== "period");
  return {
    headers: columns.map((c) => header(c, lang)),
    rows: overrides.map((o) => {
      const row = [o.at, o.subject, o.group, fieldWord(o.field, lang), o.from, o.to, o.rule ? format(RULE_KEYS[o.rule], lang) : "", o.reason, o.by ?? ""];
      return periods ? [...row, o.period ?? ""] : row;
    }),
  };
}

/**
 * The entries of a record that concern a table of `period` (null: a table that is no period).
 * An entry naming its period concerns the tables of that period only; one without concerns
 * every table it is read with (a workbook of one table).
 * @example recordFor(record, parsePeriod("2026年3月")) // March's decisions and those naming no period
 */
export function recordFor(record: readonly Override[], period: Period | null): Override[] {
  const key = period ? periodKey(period) : null;
  return record.filter((o) => {
    if (o.period === undefined) return true;
    const p = parsePeriod(o.period);
    return p !== null && key !== null && periodKey(p) === key;
  });
}

/** A cell as text; dates (and Excel date serials) as ISO times without a zone. */
function timeText(v: CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 19);
  if (typeof v === "number" && v > 20000 && v < 100000) return new Date(Math.round((v - 25569) * 86_400_000)).toISOString().slice(0, 19);
  return cellText(v).trim();
}

/**
 * Read the 变更记录 sheet back: `rows[0]` is the header row (Chinese or English headers, in any
 * order), the rest are records. Empty rows are skipped. A row with a missing or unusable value is
 * left out and reported with its cell; a missing column is reported once and nothing is read.
 * @example parseRecordRows([headers, ...rows], "zh-CN").overrides // the overrides recordRows wrote
 */
export function parseRecordRows(
  rows: readonly (readonly CellValue[])[],
  lang: Lang = "zh-CN",
  opts: { sheet?: string; headerRow?: number } = {},
): { overrides: Override[]; problems: OverrideProblem[] } {
  const sheet = opts.sheet ?? recordSheetName(lang);
  const headerRow = opts.headerRow ?? 1;
  const problems: OverrideProblem[] = [];
  const cols = new Map<Column, number>();
  (rows[0] ?? []).forEach((h, c) => {
    const t = normalizeText(cellText(h));
    for (const col of COLUMNS) if (!cols.has(col) && LANGS.some((l) => normalizeText(header(col, l)) === t)) cols.set(col, c);
  });
  for (const col of REQUIRED)
    if (!cols.has(col)) problems.push({ code: "MISSING_COLUMN", severity: "error", message: format("record.missingColumn", lang, { sheet, header: header(col, lang) }) });
  if (problems.length > 0) return { overrides: [], problems };

  const overrides: Override[] = [];
  rows.slice(1).forEach((cells, r) => {
    if (cells.every((v) => isBlank(v))) return;
    const row = headerRow + 1 + r;
    const at = (c: Column) => cellAddress(sheet, cols.get(c) ?? 0, row);
    const raw = (c: Column): CellValue => (cols.has(c) ? cells[cols.get(c)!] : undefined);
    const text = (c: Column) => cellText(raw(c)).trim();
    const rowProblems: OverrideProblem[] = [];
    const bad = (code: OverrideProblemCode, c: Column, key: MessageKey) =>
      rowProblems.push({ code, severity: "error", cell: at(c), message: format(key, lang, { cell: at(c), header: header(c, lang), value: cellText(raw(c)) }) });

    for (const c of REQUIRED) if (isBlank(raw(c))) bad(c === "reason" ? "REASON_REQUIRED" : "MISSING_VALUE", c, "record.missingValue");
    const time = timeText(raw("at"));
    if (!isBlank(raw("at")) && Number.isNaN(timeOf(time))) bad("BAD_TIME", "at", "record.badTime");
    const fieldText = normalizeText(text("field"));
    const field = (["tier", "light"] as const).find((f) => f === fieldText || LANGS.some((l) => normalizeText(fieldWord(f, l)) === fieldText));
    if (!isBlank(raw("field")) && !field) bad("BAD_FIELD", "field", "record.badField");
    const ruleText = text("rule");
    const rule = ruleText === "" ? undefined : (matchRule(ruleText) ?? undefined);
    if (ruleText !== "" && !rule) bad("BAD_RULE", "rule", "record.badRule");
    const period = text("period");
    if (period !== "" && !parsePeriod(period)) bad("BAD_PERIOD", "period", "record.badPeriod");

    const subject = text("subject");
    const group = text("group");
    for (const p of rowProblems) {
      if (subject) p.subject = subject;
      if (group) p.group = group;
      if (field) p.field = field;
    }
    if (rowProblems.length > 0 || !field) {
      problems.push(...rowProblems);
      return;
    }
    const by = text("by");
    overrides.push({
      at: time,
      subject,
      group,
      field,
      from: text("from"),
      to: text("to"),
      ...(rule ? { rule } : {}),
      reason: text("reason"),
      ...(by ? { by } : {}),
      ...(period ? { period } : {}),
    });
  });
  return { overrides, problems };
}
