/**
 * The `assess` command: `check` (配额校验 of hand-typed tiers, batch over many files), `apply`
 * (write score, rank, tier, light columns and the 晾晒表 board to a new file), `presets`; `report` and
 * `weights` (权重设计: AHP, entropy, TOPSIS) have their own files.
 * `run` takes the arguments and two writers so tests can drive it without a process.
 */
import { z } from "zod";
import { decide } from "../engine/decided";
import { recordFor } from "../engine/overrides";
import { parsePeriod } from "../engine/periods";
import { evaluate, type Evaluation } from "../engine/evaluate";
import { format, type MessageKey } from "../engine/messages";
import { boardRows, outputColumns } from "../engine/outputs";
import { presetIds, presets } from "../engine/presets";
import { isWorkbookError } from "../workbook/errors";
import { readSchemeSheet, readTable, writeBoard, writeColumns, writeSchemeSheet } from "../workbook/xlsx";
import { loadWorkbook, saveWorkbook } from "../workbook/xlsx-file";
import { readRecordSheet } from "../workbook/record-sheet";
import { formatReport, toReport, type FileReport } from "./report";
import { runReport } from "./report-command";
import { runWeights } from "./weights-command";
import { runPeriods } from "./periods-command";
import { runOverride } from "./override-command";
import { runAnalyze } from "./analyze-command";
import { EXIT, LangArg, langOf, parseCommand, usageText, type CommandOptions } from "./command";
import { chooseScheme, resolveScheme, type SchemeChoice } from "./scheme-source";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether progress lines go to `err` (a terminal, or --progress). */
  progress: boolean;
}

/** Exit codes: 0 clean, 1 error-level violations, 2 unusable input or bad arguments. */
export { EXIT, usageText } from "./command";

const Args = z.object({
  sheet: z.string().min(1).optional(),
  preset: z.string().min(1).optional(),
  scheme: z.string().min(1).optional(),
  json: z.boolean().default(false),
  lang: LangArg,
  output: z.string().min(1).optional(),
  force: z.boolean().default(false),
  progress: z.boolean().default(false),
  help: z.boolean().default(false),
});
type Args = z.output<typeof Args>;

const OPTIONS: CommandOptions = {
  sheet: { type: "string" },
  preset: { type: "string" },
  scheme: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  progress: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};


/**
 * Run the command line.
 * @example await run(["check", "samples/jiuyuan-2026q1.xlsx", "--json"], io) // 1
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === "report") return runReport(argv.slice(1), io);
  if (argv[0] === "weights") return runWeights(argv.slice(1), io);
  if (argv[0] === "periods") return runPeriods(argv.slice(1), io);
  if (argv[0] === "override") return runOverride(argv.slice(1), io);
  if (argv[0] === "analyze" || argv[0] === "analyse") return runAnalyze(argv.slice(1), io);
  let lang = langOf(argv);
  const parsed = parseCommand(argv, OPTIONS, Args);
  if (!parsed.ok) {
    io.err(format("cli.badArgs", lang, { detail: parsed.detail }));
    return EXIT.unusable;
  }
  const args = parsed.args;
  lang = args.lang;
  const [command, ...files] = parsed.positionals;
  const usage = () => usageText(lang);
  if (args.help || command === undefined || command === "help") {
    io.out(usage());
    return command === undefined && !args.help ? EXIT.unusable : EXIT.ok;
  }
  const fail = (key: MessageKey, params: Record<string, unknown> = {}) => {
    io.err(format(key, lang, params));
    return EXIT.unusable;
  };
  if (command === "presets") {
    for (const id of presetIds) {
      const s = presets[id]!;
      io.out(format("cli.presetLine", lang, { id, name: lang === "en-US" ? s.name.en : s.name.zh, source: s.source ?? "" }));
    }
    return EXIT.ok;
  }
  if (command !== "check" && command !== "apply") return fail("cli.unknownCommand", { command });
  if (files.length === 0) return fail("cli.noFiles");
  if (args.preset && args.scheme) return fail("cli.presetAndScheme");

  const choice = await chooseScheme(args, lang, io.err);
  if (!choice) return EXIT.unusable;

  if (command === "apply") {
    if (files.length !== 1) return fail("cli.applyOneFile");
    if (!args.output) return fail("cli.noOutput");
    return apply(files[0]!, args.output, args, choice, io);
  }
  return checkFiles(files, args, choice, io);
}

export type Loaded =
  | { ok: true; ev: Evaluation; sheet: string; wb: Awaited<ReturnType<typeof loadWorkbook>>; read: ReturnType<typeof readTable>; schemeInput: unknown }
  | { ok: false; message: string };

/** Load, read and evaluate one workbook; every failure becomes one message. */
export async function load(file: string, args: Pick<Args, "lang" | "sheet">, choice: SchemeChoice, io: Io, position: [number, number]): Promise<Loaded> {
  const lang = args.lang;
  try {
    if (io.progress) io.err(format("cli.progressRead", lang, { i: position[0], n: position[1], file }));
    const wb = await loadWorkbook(file, lang);
    const sheetScheme = choice.kind === "workbook" ? readSchemeSheet(wb, lang) : null;
    const read = readTable(wb, { ...(args.sheet ? { sheet: args.sheet } : {}), lang });
    const resolved = resolveScheme(choice, sheetScheme, file, lang);
    if (!resolved.ok) return { ok: false, message: resolved.message };
    if (io.progress && read.table.rows.length >= 5000) io.err(format("cli.progressEval", lang, { i: position[0], n: position[1], rows: read.table.rows.length }));
    // The 变更记录 sheet's decisions apply to everything written and reported (decided.ts).
    const record = readRecordSheet(wb, lang);
    const ev = decide(evaluate(read.table, read.map, resolved.scheme, lang), recordFor(record.overrides, parsePeriod(read.table.sheet)), lang, record.problems);
    const sheet = read.table.sheet;
    if (ev.read.missingColumns.length > 0) {
      return { ok: false, message: format("cli.missingColumns", lang, { file, sheet, columns: ev.read.missingColumns.join(lang === "en-US" ? ", " : "、") }) };
    }
    if (ev.read.source === "none") return { ok: false, message: format("cli.noScore", lang, { file, sheet }) };
    return { ok: true, ev, sheet, wb, read, schemeInput: resolved.input };
  } catch (e) {
    if (isWorkbookError(e)) return { ok: false, message: e.message };
    return { ok: false, message: format("cli.unexpected", lang, { file, detail: (e as Error).message }) };
  }
}

async function checkFiles(files: string[], args: Args, choice: SchemeChoice, io: Io): Promise<number> {
  const lang = args.lang;
  const reports: (FileReport | { file: string; error: string })[] = [];
  let exit: number = EXIT.ok;
  for (const [k, file] of files.entries()) {
    const r = await load(file, args, choice, io, [k + 1, files.length]);
    if (!r.ok) {
      io.err(r.message);
      reports.push({ file, error: r.message });
      exit = EXIT.unusable;
      continue;
    }
    const report = toReport(file, r.sheet, r.ev, lang);
    reports.push(report);
    const failed = report.violations.some((v) => v.severity === "error") || report.recordProblems.some((p) => p.severity === "error");
    if (failed && exit === EXIT.ok) exit = EXIT.violations;
    if (!args.json) io.out(formatReport(report, r.ev, lang) + (k < files.length - 1 ? "\n" : ""));
  }
  if (args.json) io.out(JSON.stringify(files.length === 1 ? reports[0] : reports, null, 2));
  return exit;
}

async function apply(file: string, output: string, args: Args, choice: SchemeChoice, io: Io): Promise<number> {
  const lang = args.lang;
  const r = await load(file, args, choice, io, [1, 1]);
  if (!r.ok) {
    io.err(r.message);
    return EXIT.unusable;
  }
  try {
    const columns = outputColumns(r.ev, lang);
    const ws = r.wb.getWorksheet(r.sheet);
    if (!ws) throw new Error(`sheet ${r.sheet} vanished`);
    writeColumns(ws, r.read.table, r.read.ownColumns, columns);
    const board = writeBoard(r.wb, boardRows(r.ev, lang), { lang, title: lang === "en-US" ? r.ev.scheme.name.en : r.ev.scheme.name.zh });
    writeSchemeSheet(r.wb, r.schemeInput, lang);
    if (io.progress) io.err(format("cli.progressWrite", lang, { out: output }));
    await saveWorkbook(r.wb, output, { force: args.force, inputPath: file, lang });
    const report = toReport(file, r.sheet, r.ev, lang);
    if (args.json) io.out(JSON.stringify(report, null, 2));
    else {
      io.out(formatReport(report, r.ev, lang));
      io.out(format("cli.written", lang, { out: output, rows: r.read.table.rows.length, columns: columns.map((c) => c.header).join(", "), board: board.name }));
    }
    return EXIT.ok;
  } catch (e) {
    io.err(isWorkbookError(e) ? e.message : format("cli.unexpected", lang, { file, detail: (e as Error).message }));
    return EXIT.unusable;
  }
}
