/**
 * `assess periods <file.xlsx>`: a workbook kept one sheet per period (or with a period column),
 * every period assessed with the same scheme: per period the violations, the latest period against
 * the one before (▲3 / ▼2 / 新, tier and light changes, units that left), the multi-year flags and
 * the 平时 roll-up. Never writes the input. Exit codes as `check`: 0 clean, 1 error-level
 * violations in the latest period, 2 unusable input or bad arguments.
 */
import { z } from "zod";
import { EXIT, LangArg, startCommand, type CommandOptions, type Io } from "./command";
import { byGroupThenRank, rankChangeSymbol, type SubjectComparison } from "../engine/periods/compare";
import { format, type MessageKey } from "../messages";
import { scoreSheet, trends, type Trends } from "../engine/analysis/analysis";
import { assessPeriods } from "../engine/periods/period-run";
import { periodLabel } from "../engine/periods/periods";
import { tierLabel } from "../engine/scheme/scheme";
import type { Lang } from "../engine/types";
import { skipText } from "../workbook/period-tables";
import { displayWidth } from "./report";
import { layoutArgs } from "./load";
import { openPeriods } from "./period-source";
import { chooseScheme } from "./scheme-source";

const Args = z.object({
  preset: z.string().min(1).optional(),
  scheme: z.string().min(1).optional(),
  json: z.boolean().default(false),
  lang: LangArg,
  places: z.string().min(1).optional(),
  columns: z.string().min(1).optional(),
  "group-rows": z.boolean().optional(),
  "no-group-rows": z.boolean().optional(),
});

/** The options `parseArgs` reads (their values are checked by `Args`). */
const OPTIONS: CommandOptions = {
  preset: { type: "string" },
  scheme: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
  places: { type: "string" },
  columns: { type: "string" },
  "group-rows": { type: "boolean" },
  "no-group-rows": { type: "boolean" },
};

/** The JSON shape of `assess periods --json` (documented in README). */
export interface PeriodsJson {
  file: string;
  periods: { label: string; sheet: string; subjects: number; violations: { code: string; severity: string; group: string; message: string }[] }[];
  skipped: { sheet: string; reason: string; message: string }[];
  latest: null | {
    period: string;
    previous: string;
    changes: { name: string; group: string; rank: number | null; previousRank: number | null; change: string; tier: string | null; previousTier: string | null; light: string | null; previousLight: string | null }[];
    left: { name: string; group: string }[];
  };
  flags: { subject: string; group: string; code: string; years: number[]; message: string }[];
  rollup: null | { regularWeight: number; subjects: { name: string; group: string; regular: number | null; annual: number | null; combined: number | null }[]; problems: string[] };
  /** 趋势分析: the mean of the total and of each section and indicator per period, overall and per group. */
  trends: Trends;
}

/**
 * Run `assess periods` with the arguments after the command name.
 * @example await runPeriods(["samples/jiuyuan-2026-monthly.xlsx", "--json"], io) // 1
 */
export async function runPeriods(argv: readonly string[], io: Io): Promise<number> {
  const parsed = startCommand("periods", argv, io, OPTIONS, Args);
  if (!parsed.ok) return parsed.exit;
  const { args, lang, fail } = parsed;
  if (parsed.positionals.length === 0) return fail("cli.noFiles");
  if (parsed.positionals.length !== 1) return fail("periods.oneFile");
  if (args.preset && args.scheme) return fail("cli.presetAndScheme");
  const file = parsed.positionals[0]!;
  const choice = await chooseScheme(args, lang, io.err);
  if (!choice) return EXIT.unusable;

  const layout = layoutArgs(args);
  if (!layout.ok) {
    io.err(layout.message);
    return EXIT.unusable;
  }
  const opened = await openPeriods(file, choice, lang, { places: args.places, layout: layout.opts });
  if (!opened.ok) {
    io.err(opened.message);
    return EXIT.unusable;
  }
  const { found, scheme, record } = opened;
  if (found.periods.length === 0) {
    for (const s of found.skipped) io.err(skipText(s, lang));
    return fail("periods.none", { file });
  }
  const run = assessPeriods(found.periods, scheme, lang, record);
  const tier = (t: number | null) => (t === null ? null : tierLabel(scheme, t, lang));
  const lightWord = (l: string | null) => (l === null ? null : format(`light.${l}` as MessageKey, lang));
  const last = run.runs[run.runs.length - 1]!;
  const before = run.runs[run.runs.length - 2];
  const change = (s: SubjectComparison) => ({
    name: s.current.name,
    group: s.current.group,
    rank: s.current.rank,
    previousRank: s.previous?.rank ?? null,
    change: rankChangeSymbol(s.rankChange, lang),
    tier: tier(s.current.tier),
    previousTier: s.previous ? tier(s.previous.tier) : null,
    light: lightWord(s.current.light),
    previousLight: s.previous ? lightWord(s.previous.light) : null,
  });
  const json: PeriodsJson = {
    file,
    periods: run.runs.map((r, k) => ({
      label: periodLabel(r.period, lang),
      sheet: found.periods[k]!.sheet,
      subjects: r.results.length,
      violations: r.ev.check.violations.map((v) => ({ code: v.code, severity: v.severity, group: v.group, message: v.message })),
    })),
    skipped: found.skipped.map((s) => ({ sheet: s.sheet, reason: s.reason, message: skipText(s, lang) })),
    latest:
      last.comparison && before
        ? {
            period: periodLabel(last.period, lang),
            previous: periodLabel(before.period, lang),
            changes: byGroupThenRank(last.comparison.subjects).map(change),
            left: last.comparison.left.map((l) => ({ name: l.name, group: l.group })),
          }
        : null,
    flags: run.flags.map((f) => ({ subject: f.subject, group: f.group, code: f.code, years: f.years, message: f.message })),
    rollup: run.rollup
      ? {
          regularWeight: run.rollup.regularWeight,
          subjects: run.rollup.subjects.map((s) => ({ name: s.name, group: s.group, regular: s.regular, annual: s.annual, combined: s.combined })),
          problems: run.rollup.problems.map((p) => p.message),
        }
      : null,
    trends: trends(
      run.runs.map((r, k) => ({ period: periodLabel(r.period, lang), sheet: scoreSheet(found.periods[k]!.table, found.periods[k]!.map, scheme, r.ev.read.subjects) })),
      lang,
    ),
  };
  const exit = last.ev.check.violations.some((v) => v.severity === "error") ? EXIT.violations : EXIT.ok;
  if (args.json) {
    io.out(JSON.stringify(json, null, 2));
    return exit;
  }
  io.out(readable(json, lang));
  return exit;
}

/** The readable report: periods, the latest changes as an aligned table, flags, roll-up. */
function readable(j: PeriodsJson, lang: Lang): string {
  const lines: string[] = [format("periods.heading", lang, { file: j.file, n: j.periods.length })];
  for (const p of j.periods) {
    const errors = p.violations.filter((v) => v.severity === "error").length;
    lines.push(`  ${p.label}${p.sheet !== p.label ? `（${p.sheet}）` : ""}  ${format("periods.line", lang, { subjects: p.subjects, errors, warnings: p.violations.length - errors })}`);
  }
  for (const s of j.skipped) lines.push(`  · ${s.message}`);
  if (j.latest) {
    lines.push("", format("periods.changes", lang, { period: j.latest.period, previous: j.latest.previous }));
    const rows = [[format("periods.col.group", lang), format("periods.col.name", lang), format("periods.col.rank", lang), format("periods.col.change", lang), format("periods.col.tier", lang), format("periods.col.light", lang)]];
    for (const c of j.latest.changes) {
      const tierText = c.previousTier !== null && c.previousTier !== c.tier ? `${c.previousTier} → ${c.tier ?? "—"}` : (c.tier ?? "—");
      const lightText = c.previousLight !== null && c.previousLight !== c.light ? `${c.previousLight} → ${c.light ?? "—"}` : (c.light ?? "—");
      rows.push([c.group, c.name, c.rank === null ? "—" : String(c.rank), c.change || "", tierText, lightText]);
    }
    const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => displayWidth(r[k]!))));
    for (const r of rows) lines.push(`  ${r.map((cell, k) => cell + " ".repeat(widths[k]! - displayWidth(cell))).join("  ").trimEnd()}`);
    for (const l of j.latest.left) lines.push(`  ${format("periods.left", lang, { name: l.name, group: l.group })}`);
  }
  const latest = j.periods[j.periods.length - 1]!;
  if (latest.violations.length > 0) {
    lines.push("", format("periods.violations", lang, { period: latest.label }));
    for (const v of latest.violations) lines.push(`  ${v.severity === "error" ? "✗" : "⚠"} ${v.message}`);
  }
  if (j.flags.length > 0) {
    lines.push("", format("periods.flags", lang));
    for (const f of j.flags) lines.push(`  ${f.message}`);
  }
  if (j.periods.length > 1) lines.push("", ...trendLines(j.trends, lang));
  if (j.rollup) {
    lines.push("", format("periods.rollup", lang, { weight: Math.round(j.rollup.regularWeight * 100) }));
    for (const p of j.rollup.problems) lines.push(`  ⚠ ${p}`);
  }
  return lines.join("\n");
}

/** 趋势: per measure (the total, then sections and indicators) its mean per period, overall and per group. */
function trendLines(t: Trends, lang: Lang): string[] {
  const fig = (x: number | null) => (x === null ? "—" : x.toFixed(2));
  const rows: string[][] = [[format("periods.col.measure", lang), format("periods.col.group", lang), ...t.periods]];
  for (const m of t.measures) {
    rows.push([m.label, format("chart.allSubjects", lang), ...m.all.map(fig)]);
    if (m.groups.length > 1) for (const g of m.groups) rows.push(["", g.group || "—", ...g.mean.map(fig)]);
  }
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => displayWidth(r[k]!))));
  return [format("periods.trends", lang), ...rows.map((r) => `  ${r.map((cell, k) => cell + " ".repeat(widths[k]! - displayWidth(cell))).join("  ").trimEnd()}`)];
}
