/**
 * `assess check` (配额校验 of hand-typed tiers, batch over many files), `assess apply` (write score,
 * rank, tier, light columns and the 晾晒表 board to a new file) and `assess presets`. Loaded by
 * run.ts only when one of them runs.
 */
import { z } from "zod";
import { format, type MessageKey } from "../messages";
import { presetIds, presets } from "../engine/scheme/presets";
import type { ReadLimits } from "../workbook/package";
import type { FileReport } from "./report";
import { EXIT, helpCommand, isCommand, LangArg, langOf, parseCommand, usageText, type CommandOptions, type Io } from "./command";
import { outputProblem } from "./output-check";
import { chooseScheme, type SchemeChoice } from "./scheme-source";
/** `load` lives in ./load (imported by the commands that need it, so `presets` does not load it). */

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
  places: z.string().min(1).optional(),
  "max-rows": z.string().optional(),
  "max-part-mb": z.string().optional(),
  "header-row": z.coerce.number().int().positive().optional(),
  columns: z.string().min(1).optional(),
  "group-rows": z.boolean().optional(),
  "no-group-rows": z.boolean().optional(),
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
  places: { type: "string" },
  "max-rows": { type: "string" },
  "max-part-mb": { type: "string" },
  "header-row": { type: "string" },
  columns: { type: "string" },
  "group-rows": { type: "boolean" },
  "no-group-rows": { type: "boolean" },
};

/**
 * The reader's limits raised (or lowered) by `--max-rows N` and `--max-part-mb N`; a message key
 * when a value is not a positive number.
 * @example limitsOf({ "max-rows": "3000000" }) // { limits: { maxRows: 3000000 } }
 */
export function limitsOf(args: { "max-rows"?: string | undefined; "max-part-mb"?: string | undefined }): { limits: Partial<ReadLimits> } | { bad: string } {
  const limits: Partial<ReadLimits> = {};
  for (const [key, value] of [["max-rows", args["max-rows"]], ["max-part-mb", args["max-part-mb"]]] as const) {
    if (value === undefined) continue;
    const n = Number(value.trim());
    if (!Number.isFinite(n) || n <= 0 || value.trim() === "") return { bad: `--${key} ${value}` };
    if (key === "max-rows") limits.maxRows = Math.floor(n);
    else limits.maxPartBytes = Math.floor(n * 1024 * 1024);
  }
  return { limits };
}


/**
 * Run `check`, `apply`, `presets` (or print the usage for `--help` among other arguments).
 * @example await runCheck(["check", "samples/jiuyuan-2026q1.xlsx", "--json"], io) // 1
 */
export async function runCheck(argv: readonly string[], io: Io): Promise<number> {
  let lang = langOf(argv);
  const first = argv.find((a) => !a.startsWith("-"));
  const parsed = parseCommand(argv, OPTIONS, Args);
  if (!parsed.ok) {
    io.err(format("cli.badArgs", lang, { detail: parsed.detail, help: helpCommand(isCommand(first) ? first : undefined) }));
    return EXIT.unusable;
  }
  const args = parsed.args;
  lang = args.lang;
  const [command, ...files] = parsed.positionals;
  if (command !== undefined && command !== "help" && !isCommand(command)) {
    io.err(format("cli.unknownCommand", lang, { command }));
    return EXIT.unusable;
  }
  if (args.help || command === undefined || command === "help") {
    io.out(usageText(lang, isCommand(command) ? command : undefined));
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
  const limits = limitsOf(args);
  if ("bad" in limits) return fail("cli.badArgs", { detail: limits.bad, help: helpCommand(command) });

  const choice = await chooseScheme(args, lang, io.err);
  if (!choice) return EXIT.unusable;

  if (command === "apply") {
    if (files.length !== 1) return fail("cli.applyOneFile");
    if (!args.output) return fail("cli.noOutput");
    const refused = outputProblem("apply", "workbook", args.output, files[0]!, lang);
    if (refused) {
      io.err(refused);
      return EXIT.unusable;
    }
    return apply(files[0]!, args.output, { ...args, ...limits }, choice, io);
  }
  return checkFiles(files, { ...args, ...limits }, choice, io);
}

async function checkFiles(files: string[], args: Args & { limits: Partial<ReadLimits> }, choice: SchemeChoice, io: Io): Promise<number> {
  const lang = args.lang;
  const { load } = await import("./load");
  const { formatReport, toReport } = await import("./report");
  const reports: (FileReport | (FileReport & { sheets: FileReport[] }) | { file: string; error: string })[] = [];
  let exit: number = EXIT.ok;
  for (const [k, file] of files.entries()) {
    const r = await load(file, args, choice, io, [k + 1, files.length]);
    if (!r.ok) {
      io.err(r.message);
      reports.push({ file, error: r.message });
      exit = EXIT.unusable;
      continue;
    }
    const report = toReport(file, r.sheet, r.ev, lang, r.read.layout);
    // Several assessment sheets that are not periods (区直单位, 乡镇): each is checked on its own.
    const sheets: FileReport[] = [report];
    const texts = [formatReport(report, r.ev, lang)];
    for (const other of args.sheet ? [] : r.read.otherSheets) {
      const o = await load(file, { ...args, sheet: other }, choice, io, [k + 1, files.length]);
      if (!o.ok) {
        io.err(o.message);
        exit = EXIT.unusable;
        continue;
      }
      const rep = toReport(file, o.sheet, o.ev, lang, o.read.layout);
      sheets.push(rep);
      texts.push(formatReport(rep, o.ev, lang));
    }
    reports.push(sheets.length > 1 ? { ...report, sheets } : report);
    for (const rep of sheets) {
      const failed = rep.violations.some((v) => v.severity === "error") || rep.recordProblems.some((p) => p.severity === "error");
      if (failed && exit === EXIT.ok) exit = EXIT.violations;
    }
    if (!args.json) io.out(texts.join("\n\n") + (k < files.length - 1 ? "\n" : ""));
  }
  if (args.json) io.out(JSON.stringify(files.length === 1 ? reports[0] : reports, null, 2));
  return exit;
}

async function apply(file: string, output: string, args: Args & { limits: Partial<ReadLimits> }, choice: SchemeChoice, io: Io): Promise<number> {
  const lang = args.lang;
  const { load } = await import("./load");
  const { formatReport, toReport } = await import("./report");
  const { boardRows, outputColumns } = await import("../engine/check/outputs");
  const { isWorkbookError } = await import("../workbook/errors");
  const r = await load(file, args, choice, io, [1, 1]);
  if (!r.ok) {
    io.err(r.message);
    return EXIT.unusable;
  }
  try {
    const columns = outputColumns(r.ev, lang);
    // A patch of the original package: every part other than these cells and Assess's sheets is copied as it is.
    const { WorkbookPatch } = await import("../workbook/package/patch");
    const { writeOutputFile } = await import("../workbook/output-file");
    const { nodeZipCodec } = await import("../workbook/xlsx-file");
    // Over the archive the reader opened (the file is not read or listed again), with Node's zlib.
    const patch = WorkbookPatch.open(r.pkg.zip, file, lang, { ...nodeZipCodec, maxPartBytes: r.pkg.limits.maxPartBytes });
    patch.writeColumns(r.sheet, r.read.table, r.read.ownColumns, columns, r.read.grid.cells);
    const board = patch.writeBoard(boardRows(r.ev, lang), { lang, title: lang === "en-US" ? r.ev.scheme.name.en : r.ev.scheme.name.zh });
    patch.writeSchemeSheet(r.schemeInput, lang, r.layoutOptions);
    if (io.progress) io.err(format("cli.progressWrite", lang, { out: output }));
    writeOutputFile(patch.toBytes(), output, { force: args.force, inputPath: file, lang });
    const report = toReport(file, r.sheet, r.ev, lang, r.read.layout);
    if (args.json) io.out(JSON.stringify(report, null, 2));
    else {
      io.out(formatReport(report, r.ev, lang));
      io.out(format("cli.written", lang, { out: output, rows: r.read.table.rows.length, columns: columns.map((c) => c.header).join(", "), board }));
    }
    // Written, but error-level problems remain: exit 1, as check does.
    return report.violations.some((v) => v.severity === "error") || report.recordProblems.some((p) => p.severity === "error") ? EXIT.violations : EXIT.ok;
  } catch (e) {
    io.err(isWorkbookError(e) ? e.message : format("cli.unexpected", lang, { file, detail: (e as Error).message }));
    return EXIT.unusable;
  }
}

