/**
 * `assess report <file.xlsx> -o <out.pdf>`: the PDF report (晾晒表, 考核结果汇总, 配额校验报告) of one
 * workbook; with `--period P` naming a period the workbook keeps (2026年3月, 2026Q1 …), the
 * one-page bulletin (通报) of that period against the one before it. Never writes the input;
 * refuses to replace an existing output without --force.
 * Exit codes: 0 written (whatever the check found), 2 unusable input or bad arguments.
 */
import { existsSync } from "node:fs";
import { z } from "zod";
import { EXIT, LangArg, startCommand, type CommandOptions, type Io } from "./command";
import { format } from "../messages";
import type { CellValue, Lang } from "../engine/types";
import { FontFormatError } from "../report/cmap";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { parsePeriod } from "../engine/periods/periods";
import { renderBulletin, type BulletinOptions } from "../report/bulletin";
import { buildReport, isReportPart, REPORT_PARTS, type ReportPart } from "../report/document";
import { fitFonts } from "../report/fonts";
import { periodOf, reportTitle } from "../report/title";
import { loadNodeFonts, pageCount, renderPdf } from "../report/render-node";
import { load } from "./load";
import { realTarget, samePath, writeOutputFile } from "../workbook/output-file";
import { latestPeriods, loadPeriod, previousFrom } from "./period-source";
import type { Evaluation } from "../engine/check/evaluate";
import { outputProblem } from "./output-check";
import { chooseScheme } from "./scheme-source";
import { isWorkbookError } from "../workbook/errors";

const Args = z.object({
  output: z.string().min(1).optional(),
  /** Absent: every part (and --period may be given). */
  parts: z.string().optional(),
  title: z.string().min(1).optional(),
  issuer: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  date: z.string().optional(),
  orientation: z.string().default("landscape"),
  previous: z.string().min(1).optional(),
  sheet: z.string().min(1).optional(),
  places: z.string().min(1).optional(),
  preset: z.string().min(1).optional(),
  scheme: z.string().min(1).optional(),
  font: z.array(z.string().min(1)).default([]),
  lang: LangArg,
  force: z.boolean().default(false),
  progress: z.boolean().default(false),
});

/** The options `parseArgs` reads (their values are checked by `Args`). */
const OPTIONS: CommandOptions = {
  output: { type: "string", short: "o" },
  parts: { type: "string" },
  title: { type: "string" },
  issuer: { type: "string" },
  period: { type: "string" },
  date: { type: "string" },
  orientation: { type: "string" },
  previous: { type: "string" },
  sheet: { type: "string" },
  places: { type: "string" },
  preset: { type: "string" },
  scheme: { type: "string" },
  font: { type: "string", multiple: true },
  lang: { type: "string" },
  force: { type: "boolean" },
  progress: { type: "boolean" },
};

/**
 * Run `assess report` with the arguments after the command name.
 * @example await runReport(["samples/jiuyuan-2026q1.xlsx", "-o", "九原区.pdf"], io) // 0
 */
export async function runReport(argv: readonly string[], io: Io): Promise<number> {
  const parsed = startCommand("report", argv, io, OPTIONS, Args);
  if (!parsed.ok) return parsed.exit;
  const { args, lang, fail } = parsed;

  const files = parsed.positionals;
  if (files.length === 0) return fail("cli.noFiles");
  if (files.length !== 1) return fail("report.oneFile");
  const file = files[0]!;
  if (!args.output) return fail("report.noOutput");
  const parts: ReportPart[] = [];
  for (const p of (args.parts ?? REPORT_PARTS.join(",")).split(",").map((s) => s.trim()).filter((s) => s !== "")) {
    if (!isReportPart(p)) return fail("report.unknownPart", { part: p });
    parts.push(p);
  }
  if (parts.length === 0) return fail("report.unknownPart", { part: args.parts ?? "" });
  if (args.orientation !== "landscape" && args.orientation !== "portrait") return fail("report.badOrientation", { value: args.orientation });
  if (args.date !== undefined && !isIsoDate(args.date)) return fail("report.badDate", { value: args.date });
  if (args.preset && args.scheme) return fail("cli.presetAndScheme");

  const target = realTarget(args.output);
  for (const input of [file, args.previous]) if (input !== undefined && samePath(target, realTarget(input))) return fail("report.sameAsInput", { path: args.output });
  const refused = outputProblem("report", "pdf", args.output, file, lang);
  if (refused) {
    io.err(refused);
    return EXIT.unusable;
  }
  if (existsSync(target) && !args.force) return fail("report.exists", { path: args.output });

  const choice = await chooseScheme(args, lang, io.err);
  if (!choice) return EXIT.unusable;

  // 通报: --period naming a period the workbook keeps makes the one-page bulletin of it.
  const wanted = args.period === undefined ? null : parsePeriod(args.period);
  const period = wanted ? await loadPeriod(file, wanted, choice, lang, { places: args.places }) : null;
  if (period && !period.ok) {
    io.err(period.message);
    return EXIT.unusable;
  }
  if (period && args.sheet) return fail("bulletin.withSheet");
  if (period && args.parts !== undefined) return fail("bulletin.withParts");

  // A workbook kept by period, no period or sheet named: the latest period against the one before.
  const periods = period || args.sheet || args.previous || args.period ? null : await latestPeriods(file, choice, lang, { places: args.places });
  if (periods && !periods.ok) {
    io.err(periods.message);
    return EXIT.unusable;
  }
  let table: ReportTable | null = null;
  let previous: { ev: Evaluation; label: string } | undefined;
  if (periods?.byColumn) {
    table = { ev: periods.byColumn.latest, titleRows: periods.byColumn.titleRows, sheet: periods.latest.sheet, period: periods.latest.label };
    previous = { ev: periods.byColumn.previous, label: periods.previous.label };
  } else if (!period) {
    const r = await load(file, { lang, sheet: periods?.latest.sheet ?? args.sheet, places: args.places }, choice, io, [1, args.previous || periods ? 2 : 1]);
    if (!r.ok) {
      io.err(r.message);
      return EXIT.unusable;
    }
    table = { ev: r.ev, titleRows: r.read.grid.cells.slice(0, Math.max(0, r.read.table.headerRow - 1)), sheet: r.sheet, ...(periods ? { period: periods.latest.label } : {}) };
    const before = periods ? { file, sheet: periods.previous.sheet, label: periods.previous.label } : args.previous ? { file: args.previous, sheet: undefined, label: undefined } : null;
    if (before) {
      const p = await load(before.file, { lang, sheet: before.sheet, places: periods ? args.places : undefined }, choice, io, [2, 2]);
      if (!p.ok) {
        io.err(p.message);
        return EXIT.unusable;
      }
      previous = { ev: p.ev, label: before.label ?? p.sheet };
    }
  }

  let fonts;
  try {
    fonts = await loadNodeFonts(args.font);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return fail("report.fontMissing", { path: (err as { path?: string }).path ?? "", detail: err.message });
  }
  const warned = new Set<string>();
  const render = async (doc: TDocumentDefinitions) => {
    const fitted = fitFonts(doc, fonts, lang);
    const missing = fitted.missing.filter((ch) => !warned.has(ch));
    missing.forEach((ch) => warned.add(ch));
    if (missing.length > 0) io.err(format("report.warnGlyphs", lang, { chars: missing.join(" ") }));
    const out = await renderPdf(fitted.doc, fonts);
    return { result: out, pages: pageCount(out) };
  };
  let pdf: Buffer;
  try {
    if (io.progress) io.err(format("cli.progressWrite", lang, { out: args.output }));
    if (period) {
      const opts: BulletinOptions = {
        ...(args.title ? { title: args.title } : {}),
        period: period.label,
        ...(args.issuer ? { issuer: args.issuer } : {}),
        date: args.date ?? today(),
        lang,
        orientation: args.orientation,
        previous: previous ? previousFrom(previous.ev, previous.label) : period.previous,
      };
      const made = await renderBulletin(period.ev, opts, render);
      if (!made.fits) io.err(format("bulletin.warnOverflow", lang, { pages: made.pages }));
      pdf = made.result;
    } else pdf = (await render(reportDoc(table!, previous, { ...args, orientation: args.orientation, parts }, lang))).result;
  } catch (e) {
    if (e instanceof FontFormatError) return fail("report.fontMissing", { path: args.font.join(", "), detail: e.message });
    return fail("cli.unexpected", { file, detail: (e as Error).message });
  }
  try {
    writeOutputFile(pdf, args.output, { force: args.force, inputPath: file, lang });
  } catch (e) {
    io.err(isWorkbookError(e) ? e.message : format("report.writeFailed", lang, { path: args.output, detail: (e as Error).message }));
    return EXIT.unusable;
  }
  const pages = pageCount(pdf);
  if (periods) io.out(format("report.latestPeriod", lang, { period: periods.latest.label, sheet: periods.latest.sheet, previous: periods.previous.label }));
  io.out(format("report.written", lang, { out: args.output, pages: lang === "en-US" ? `${pages} pages` : `${pages} 页`, size: Math.round(pdf.length / 1024) }));
  return EXIT.ok;
}

/** The table a report is made of: its evaluation, the rows above its header (the title), its sheet and period. */
interface ReportTable {
  ev: Evaluation;
  titleRows: CellValue[][];
  sheet: string;
  /** The period's label when the table is one period of a workbook kept by period. */
  period?: string;
}

/** The report (board, summary, check) of one table, with the rank changes against `previous`. */
function reportDoc(
  t: ReportTable,
  previous: { ev: Evaluation; label: string } | undefined,
  args: { parts: readonly ReportPart[]; title?: string | undefined; issuer?: string | undefined; period?: string | undefined; date?: string | undefined; orientation: "landscape" | "portrait" },
  lang: Lang,
): TDocumentDefinitions {
  const schemeName = lang === "en-US" ? t.ev.scheme.name.en : t.ev.scheme.name.zh;
  const period = args.period ?? t.period ?? periodOf(t.sheet);
  return buildReport(t.ev, {
    parts: args.parts,
    title: args.title ?? reportTitle(t.titleRows, schemeName, t.sheet, lang),
    ...(args.issuer ? { issuer: args.issuer } : {}),
    ...(period ? { period } : {}),
    date: args.date ?? today(),
    orientation: args.orientation,
    lang,
    ...(previous ? { previous: previous.ev, previousLabel: previous.label } : {}),
  });
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Today's local date, YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

