/**
 * How `assess check` prints a file's result: the readable report, and the JSON shape
 * `{file, sheet, scheme, subjects, groups, violations, overrides, recordProblems}` that batch tools consume.
 */
import { recordStatus, type RecordStatus } from "../engine/record/decided";
import type { Evaluation } from "../engine/check/evaluate";
import { format } from "../messages";
import type { OverrideField, OverrideProblem, OverrideRule } from "../engine/record/overrides";
import { allocationSummary } from "../engine/rules/allocation";
import { tierLabel, type AllocationSource } from "../engine/scheme/scheme";
import type { Lang, Violation } from "../engine/types";
import { layoutLines, layoutNoteMessage } from "../workbook/layout/report";
import type { Layout, LayoutNote } from "../workbook/layout/types";

export interface FileReport {
  file: string;
  sheet: string;
  scheme: string;
  subjects: number;
  groups: { group: string; n: number; counts: Record<string, number>; limits: Record<string, number> }[];
  violations: (Omit<Violation, "fix"> & { fix?: Violation["fix"] })[];
  /** Every entry of the workbook's 变更记录 sheet, in sheet order, with how it stands. */
  overrides: RecordEntry[];
  /** Rows of the record that could not be read, overrides not applied, data changed since a decision. */
  recordProblems: Omit<OverrideProblem, never>[];
  /** 名额分配: the places each named group has, per tier, and where each came from (absent when none). */
  allocation?: { tier: string; group: string; places?: number; share?: number; source: AllocationSource }[];
  /** What was read from the sheet (版式) and every assumption, each with its message. */
  layout?: LayoutJson;
}

/** The layout report in the JSON: as read, with each note's message in the output language. */
export type LayoutJson = Omit<Layout, "notes"> & { notes: (LayoutNote & { message: string })[] };

/** The layout report as JSON. */
export function layoutJson(layout: Layout, lang: Lang): LayoutJson {
  return { ...layout, notes: layout.notes.map((n) => ({ ...n, message: layoutNoteMessage(n, lang) })) };
}

/** One entry of the decision record in the JSON. */
export interface RecordEntry {
  at: string;
  subject: string;
  group: string;
  field: OverrideField;
  from: string;
  to: string;
  rule: OverrideRule | null;
  reason: string;
  by: string | null;
  status: RecordStatus;
}

/** The JSON of one checked file. Tier keys are the scheme's labels in the output language. */
export function toReport(file: string, sheet: string, ev: Evaluation, lang: Lang, layout?: Layout): FileReport {
  const label = (t: number) => tierLabel(ev.scheme, t, lang);
  const d = ev.decisions;
  return {
    file,
    sheet,
    scheme: ev.scheme.id,
    subjects: ev.read.subjects.length,
    groups: ev.check.groups.map((g) => ({
      group: g.group,
      n: g.n,
      counts: Object.fromEntries(g.counts.map((c, t) => [label(t), c])),
      limits: Object.fromEntries(g.limits.flatMap((l, t) => (l === null ? [] : [[label(t), l]]))),
    })),
    violations: ev.check.violations.map((v) => ({
      code: v.code,
      severity: v.severity,
      group: v.group,
      subjects: v.subjects,
      cells: v.cells,
      message: v.message,
      ...(v.fix ? { fix: v.fix } : {}),
    })),
    overrides: (d?.record ?? []).map((o) => ({
      at: o.at,
      subject: o.subject,
      group: o.group,
      field: o.field,
      from: o.from,
      to: o.to,
      rule: o.rule ?? null,
      reason: o.reason,
      by: o.by ?? null,
      status: recordStatus(d!, o),
    })),
    recordProblems: (d?.problems ?? []).map((p) => ({ ...p })),
    ...allocationOf(ev, lang),
    ...(layout ? { layout: layoutJson(layout, lang) } : {}),
  };
}

function allocationOf(ev: Evaluation, lang: Lang): Pick<FileReport, "allocation"> {
  const out: NonNullable<FileReport["allocation"]> = [];
  ev.scheme.tiers.forEach((tier, t) => {
    for (const [group, q] of Object.entries(tier.quota?.groups ?? {}))
      out.push({ tier: tierLabel(ev.scheme, t, lang), group, ...(q.places !== undefined ? { places: q.places } : { share: q.share as number }), source: q.source ?? "scheme" });
  });
  return out.length > 0 ? { allocation: out } : {};
}

const MAX_LISTED = 8;

/** The readable report of one checked file. */
export function formatReport(r: FileReport, ev: Evaluation, lang: Lang): string {
  const name = lang === "en-US" ? ev.scheme.name.en : ev.scheme.name.zh;
  const lines = [format("cli.summary", lang, { file: r.file, sheet: r.sheet, scheme: name, subjects: r.subjects })];
  for (const line of allocationSummary(ev.scheme, lang)) lines.push(`  ${line}`);
  if (r.layout) lines.push(...layoutLines(r.layout, lang).map((l) => `  ${l}`));
  if (!ev.check.typed) lines.push(`  ${format("cli.computedCounts", lang)}`);
  const width = Math.max(...r.groups.map((g) => displayWidth(groupTitle(g.group, g.n, lang))));
  for (const g of r.groups) {
    const title = groupTitle(g.group, g.n, lang);
    const cells = Object.entries(g.counts).map(([tier, c]) => {
      const limit = g.limits[tier];
      if (limit === undefined) return `${tier} ${c}`;
      return `${tier} ${c}/${limit}${c > limit ? " ✗" : ""}`;
    });
    lines.push(`  ${title}${" ".repeat(width - displayWidth(title))}  ${cells.join("  ")}`);
  }
  const errors = r.violations.filter((v) => v.severity === "error");
  const warnings = r.violations.filter((v) => v.severity === "warning");
  lines.push(r.violations.length === 0 ? format("cli.verdictClean", lang) : format("cli.verdict", lang, { errors: errors.length, warnings: warnings.length }));
  for (const v of [...errors, ...warnings]) {
    lines.push(`  ${v.severity === "error" ? "✗" : "!"} [${v.code}] ${v.message}`);
    if (v.cells.length > 0) {
      const shown = v.cells.slice(0, MAX_LISTED).join(", ");
      const more = v.cells.length > MAX_LISTED ? ` ${format("cli.more", lang, { n: v.cells.length - MAX_LISTED })}` : "";
      lines.push(`      ${format("cli.cells", lang)}${shown}${more}`);
    }
    if (v.fix) lines.push(`      ${format("cli.fix", lang)}${v.fix.message}`);
  }
  lines.push(...recordLines(r, ev, lang));
  return lines.join("\n");
}

/** The decision record: each entry with its status, the ties it decided, its problems. */
function recordLines(r: FileReport, ev: Evaluation, lang: Lang): string[] {
  if (r.overrides.length === 0 && r.recordProblems.length === 0) return [];
  const lines = [format("record.cli.heading", lang, { count: r.overrides.length })];
  const gp = (group: string) => (group ? format("group.prefix", lang, { group }) : "");
  for (const o of r.overrides) {
    lines.push(
      format("record.cli.line", lang, {
        mark: o.status === "applied" ? "※" : o.status === "invalid" || o.status === "stale" ? "✗" : "·",
        group: gp(o.group),
        subject: o.subject,
        field: format(`override.field.${o.field}`, lang),
        from: o.from || "—",
        to: o.to,
        rule: o.rule ? format(`overrideRule.${o.rule}`, lang) : format("record.cli.noRule", lang),
        reason: o.reason || "—",
        at: o.at,
        by: o.by ? format("record.cli.by", lang, { by: o.by }) : "",
        status: format(`record.status.${o.status}`, lang),
      }),
    );
  }
  for (const v of ev.decisions?.decidedTies ?? []) lines.push(format("record.cli.decidedTie", lang, { message: v.message }));
  for (const p of r.recordProblems) lines.push(format("record.cli.problem", lang, { code: p.code, message: p.message }));
  return lines;
}

function groupTitle(group: string, n: number, lang: Lang): string {
  return format("cli.group", lang, { group: group || format("cli.allGroups", lang), n });
}

/** Terminal columns of a string: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
