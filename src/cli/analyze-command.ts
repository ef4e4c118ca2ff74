/**
 * `assess analyze <file.xlsx>`: 指标分析 and 领域分析 (the 浙江 article) — for the total, each section and
 * each indicator of the scheme: mean, median, min and max with who holds them, standard deviation,
 * group by group, and the subjects that pull their group down (more than one sd below its mean) —
 * and, when the workbook has a 指标责任人 sheet, 实绩到人: each owner's indicators with their mean
 * and the subjects short of `--threshold`. Never writes the input. Exit codes: 0 analysed, 2
 * unusable input or bad arguments.
 */
import { z } from "zod";
import { analyse, scoreSheet, type MeasureAnalysis, type Stats } from "../engine/analysis/analysis";
import { attribute, type Attribution, type OwnersProblem } from "../engine/analysis/attribution";
import { format } from "../messages";
import type { Lang } from "../engine/types";
import { isWorkbookError } from "../workbook/errors";
import { findOwnersSheet, readOwnersGrid } from "../workbook/owners-sheet";
import { toWorkbookError } from "../workbook/package";
import { EXIT, LangArg, startCommand, type CommandOptions, type Io } from "./command";
import { displayWidth } from "./report";
import { load } from "./load";
import { chooseScheme } from "./scheme-source";

const Args = z.object({
  sheet: z.string().min(1).optional(),
  preset: z.string().min(1).optional(),
  scheme: z.string().min(1).optional(),
  threshold: z.string().optional(),
  json: z.boolean().default(false),
  lang: LangArg,
});

/** The options `parseArgs` reads (their values are checked by `Args`). */
const OPTIONS: CommandOptions = {
  sheet: { type: "string" },
  preset: { type: "string" },
  scheme: { type: "string" },
  threshold: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
};

/** The JSON of `assess analyze --json` (documented in README). */
export interface AnalyzeJson {
  file: string;
  sheet: string;
  scheme: string;
  subjects: number;
  total: MeasureAnalysis;
  sections: MeasureAnalysis[];
  indicators: MeasureAnalysis[];
  /** From the 指标责任人 sheet; null without it (or without indicators). */
  attribution: (Attribution & { sheet: string }) | null;
  ownerProblems: OwnersProblem[];
}

/**
 * Run `assess analyze` with the arguments after the command name.
 * @example await runAnalyze(["samples/zhejiang-2025.xlsx", "--json"], io) // 0
 */
export async function runAnalyze(argv: readonly string[], io: Io): Promise<number> {
  const parsed = startCommand(argv, io, OPTIONS, Args);
  if (!parsed.ok) return parsed.exit;
  const { args, lang, fail } = parsed;
  if (parsed.positionals.length === 0) return fail("cli.noFiles");
  if (parsed.positionals.length !== 1) return fail("analysis.cli.oneFile");
  if (args.preset && args.scheme) return fail("cli.presetAndScheme");
  const threshold = args.threshold === undefined ? 60 : Number(args.threshold.trim());
  if (args.threshold !== undefined && (args.threshold.trim() === "" || !Number.isFinite(threshold))) return fail("analysis.cli.badThreshold", { value: args.threshold });
  const choice = await chooseScheme(args, lang, io.err);
  if (!choice) return EXIT.unusable;
  const file = parsed.positionals[0]!;
  const r = await load(file, { lang, sheet: args.sheet }, choice, io, [1, 1]);
  if (!r.ok) {
    io.err(r.message);
    return EXIT.unusable;
  }
  const { ev } = r;
  const sheet = scoreSheet(r.read.table, r.read.map, ev.scheme, ev.read.subjects);
  const a = analyse(sheet, lang);
  const ownersSheet = sheet.indicators.length > 0 ? findOwnersSheet(r.sheets) : null;
  let owners: ReturnType<typeof readOwnersGrid> | null;
  try {
    owners = ownersSheet ? readOwnersGrid(ownersSheet.grid().cells, ownersSheet.name, ev.scheme.scoring.indicators, lang) : null;
  } catch (e) {
    const w = toWorkbookError(e, file, lang);
    if (!isWorkbookError(w)) throw w;
    io.err(w.message);
    return EXIT.unusable;
  }
  const json: AnalyzeJson = {
    file,
    sheet: r.sheet,
    scheme: lang === "en-US" ? ev.scheme.name.en : ev.scheme.name.zh,
    subjects: sheet.rows.length,
    total: a.total,
    sections: a.sections,
    indicators: a.indicators,
    attribution: owners && ownersSheet ? { sheet: ownersSheet.name, ...attribute(sheet, owners.owners, { threshold }) } : null,
    ownerProblems: owners?.problems ?? [],
  };
  io.out(args.json ? JSON.stringify(json, null, 2) : readable(json, lang));
  return EXIT.ok;
}

/** A figure as printed: two decimals, "—" for none. */
const fig = (x: number | null | undefined) => (x === null || x === undefined ? "—" : x.toFixed(2));

/** The readable report: the total, the sections, the indicators, then the owners. */
function readable(j: AnalyzeJson, lang: Lang): string {
  const sep = lang === "en-US" ? ", " : "、";
  const lines = [format("analysis.cli.heading", lang, { file: j.file, sheet: j.sheet, scheme: j.scheme, n: j.subjects })];
  const measure = (m: MeasureAnalysis, titled: boolean) => {
    if (titled) lines.push(`  ${format("analysis.cli.measure", lang, { label: m.label, weight: Math.round((m.weight ?? 0) * 1000) / 10 })}`);
    const rows: [string, Stats][] = [[format("analysis.cli.all", lang, { n: m.all.n + m.all.missing }), m.all], ...m.groups.map((g): [string, Stats] => [format("analysis.cli.group", lang, { group: g.group || "—", n: g.n + g.missing }), g])];
    // A single group is the whole: its line would repeat the first.
    const shown = m.groups.length === 1 ? rows.slice(1) : rows;
    const width = Math.max(...shown.map(([label]) => displayWidth(label)));
    for (const [label, s] of shown) {
      const pad = " ".repeat(width - displayWidth(label));
      const text =
        s.n === 0
          ? format("analysis.cli.noValues", lang)
          : format("analysis.cli.stats", lang, {
              mean: fig(s.mean),
              median: fig(s.median),
              min: fig(s.min?.value),
              minWho: (s.min?.subjects ?? []).join(sep),
              max: fig(s.max?.value),
              maxWho: (s.max?.subjects ?? []).join(sep),
              sd: fig(s.sd),
            });
      const missing = s.missing > 0 ? `；${format("analysis.cli.missing", lang, { n: s.missing })}` : "";
      lines.push(`    ${label}${pad}  ${text}${missing}`);
      if (s !== m.all && s.pullingDown.length > 0)
        lines.push(`    ${" ".repeat(width)}  ${format("analysis.cli.pulling", lang, { items: s.pullingDown.map((p) => `${p.name} ${fig(p.value)}`).join(sep) })}`);
    }
  };
  lines.push(format("analysis.cli.total", lang));
  measure(j.total, false);
  // Sections that are one indicator each say the same as the indicators: shown once.
  const sectionsRepeat = j.sections.every((s) => j.indicators.filter((i) => i.section === s.id).length === 1);
  if (j.sections.length > 0 && !sectionsRepeat) {
    lines.push("", format("analysis.cli.sections", lang));
    for (const s of j.sections) measure(s, true);
  }
  if (j.indicators.length === 0) lines.push("", format("analysis.cli.noIndicators", lang));
  else {
    lines.push("", format("analysis.cli.indicators", lang));
    for (const i of j.indicators) measure(i, true);
  }
  if (j.indicators.length > 0) {
    lines.push("");
    if (!j.attribution) lines.push(format("analysis.cli.noOwners", lang));
    else {
      lines.push(format("analysis.cli.attribution", lang, { sheet: j.attribution.sheet, threshold: j.attribution.threshold }));
      for (const p of j.attribution.people) {
        lines.push(
          `  ${format("analysis.cli.person", lang, {
            person: p.person,
            indicators: p.indicators.map((i) => `${i.label} ${fig(i.mean)}`).join(sep),
            mean: fig(p.mean),
            below: p.subjectsBelow.length > 0 ? p.subjectsBelow.join(sep) : format("analysis.cli.none", lang),
          })}`,
        );
      }
      const labels = new Map(j.indicators.map((i) => [i.id, i.label]));
      if (j.attribution.unowned.length > 0) lines.push(`  ${format("analysis.cli.unowned", lang, { items: j.attribution.unowned.map((id) => labels.get(id) ?? id).join(sep) })}`);
    }
    for (const p of j.ownerProblems) lines.push(`  ✗ ${p.message}`);
  }
  return lines.join("\n");
}
