/**
 * `assess override <file.xlsx> --subject S (--tier T | --light L | --clear tier|light) --reason R -o out.xlsx`:
 * record a reviewer's decision in the workbook's 变更记录 sheet. It validates like the pane does
 * (a reason, a subject of the table, a tier or light of the scheme), writes a new workbook with
 * the row appended and never modifies its input; `assess apply` then writes the decided results.
 * Exit codes: 0 recorded, 2 invalid decision, unusable input or bad arguments.
 */
import { z } from "zod";
import { EXIT, LangArg, startCommand, type CommandOptions, type Io } from "./command";
import { effectiveLight, effectiveTier, markOf } from "../engine/record/decided";
import { normalizeText } from "../engine/input/labels";
import { format } from "../messages";
import { lightWord } from "../engine/check/outputs";
import { subjectLabel } from "../engine/input/subjects";
import { namesEntry } from "../engine/periods/compare";
import { matchLight, matchRule, OVERRIDE_RULES, overrideSubject, validateOverride, type Override, type OverrideField } from "../engine/record/overrides";
import { matchTier } from "../engine/input/labels";
import { parsePeriod, periodLabel } from "../engine/periods/periods";
import { tierLabel } from "../engine/scheme/scheme";
import type { Lang } from "../engine/types";
import { isWorkbookError } from "../workbook/errors";
import { isoLocalTime } from "../workbook/record-layout";
import { WorkbookPatch } from "../workbook/package/patch";
import { nodeZipCodec } from "../workbook/xlsx-file";
import { writeOutputFile } from "../workbook/output-file";
import { load } from "./load";
import { outputProblem } from "./output-check";
import { chooseScheme } from "./scheme-source";

const Args = z.object({
  subject: z.string().optional(),
  group: z.string().optional(),
  tier: z.string().optional(),
  light: z.string().optional(),
  clear: z.string().optional(),
  reason: z.string().default(""),
  rule: z.string().optional(),
  by: z.string().optional(),
  output: z.string().min(1).optional(),
  force: z.boolean().default(false),
  sheet: z.string().min(1).optional(),
  preset: z.string().min(1).optional(),
  scheme: z.string().min(1).optional(),
  lang: LangArg,
  progress: z.boolean().default(false),
});

/** The options `parseArgs` reads (their values are checked by `Args`). */
const OPTIONS: CommandOptions = {
  subject: { type: "string" },
  group: { type: "string" },
  tier: { type: "string" },
  light: { type: "string" },
  clear: { type: "string" },
  reason: { type: "string" },
  rule: { type: "string" },
  by: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  sheet: { type: "string" },
  preset: { type: "string" },
  scheme: { type: "string" },
  lang: { type: "string" },
  progress: { type: "boolean" },
};

/**
 * Run `assess override` with the arguments after the command name.
 * @example await runOverride(["samples/jiuyuan-2026q1.xlsx", "--subject", "麻池镇", "--tier", "优秀", "--reason", "考核委员会决定", "-o", "out.xlsx"], io) // 0
 */
export async function runOverride(argv: readonly string[], io: Io): Promise<number> {
  const parsed = startCommand("override", argv, io, OPTIONS, Args);
  if (!parsed.ok) return parsed.exit;
  const { args, lang, fail } = parsed;

  const files = parsed.positionals;
  if (files.length === 0) return fail("cli.noFiles");
  if (files.length !== 1) return fail("record.cli.oneFile");
  if (!args.output) return fail("record.cli.noOutput");
  const refused = outputProblem("override", "workbook", args.output, files[0]!, lang);
  if (refused) {
    io.err(refused);
    return EXIT.unusable;
  }
  if (!args.subject?.trim()) return fail("record.cli.needSubject");
  if ([args.tier, args.light, args.clear].filter((x) => x !== undefined).length !== 1) return fail("record.cli.needTarget");
  const clearing = args.clear === undefined ? null : (["tier", "light"] as const).find((f) => f === args.clear!.trim().toLowerCase() || normalizeText(format(`override.field.${f}`, lang)) === normalizeText(args.clear!));
  if (clearing === undefined) return fail("record.cli.badClear", { value: args.clear });
  const rules = OVERRIDE_RULES.filter((r) => r !== "CLEARED");
  const rule = args.rule === undefined ? undefined : matchRule(args.rule);
  if (args.rule !== undefined && (!rule || rule === "CLEARED")) return fail("record.cli.badRule", { value: args.rule, rules: rules.join(", ") });
  if (args.preset && args.scheme) return fail("cli.presetAndScheme");

  const choice = await chooseScheme(args, lang, io.err);
  if (!choice) return EXIT.unusable;
  const file = files[0]!;
  const r = await load(file, { lang, sheet: args.sheet }, choice, io, [1, 1]);
  if (!r.ok) {
    io.err(r.message);
    return EXIT.unusable;
  }
  const { ev } = r;
  const { scheme, read } = ev;
  const field: OverrideField = clearing ?? (args.tier !== undefined ? "tier" : "light");
  if (field === "light" && !scheme.lights) return fail("record.cli.noLights");

  // The subject: by name — or by name and 单位, 王伟（区财政局）, where two people share a name — within
  // --group when given; a name in several groups, or two people's, must be told apart.
  const group = args.group === undefined ? null : normalizeText(args.group);
  const sep = lang === "en-US" ? ", " : "、";
  const found = read.subjects.flatMap((s, i) => (namesEntry(args.subject!, s) && (group === null || normalizeText(s.group) === group) ? [i] : []));
  if (found.length > 1 && new Set(found.map((i) => read.subjects[i]!.group)).size > 1)
    return fail("record.cli.ambiguous", { subject: args.subject, groups: found.map((i) => read.subjects[i]!.group).join(sep) });
  if (found.length > 1) {
    const who = found.map((i) => subjectLabel(read.subjects[i]!, lang));
    return fail("override.ambiguousSubject", { subject: args.subject, group: "", count: found.length, who: who.join(sep), example: who[0] });
  }
  const i = found[0];
  const s = i === undefined ? null : read.subjects[i]!;

  const tierText = (t: number | null) => (t === null ? "" : tierLabel(scheme, t, lang));
  const now = i === undefined ? "" : field === "tier" ? tierText(effectiveTier(ev, i)) : lightWord(effectiveLight(ev, i), lang);
  let to: string;
  if (clearing) {
    if (i === undefined || !markOf(ev, i)?.[clearing])
      return fail("record.cli.nothingToClear", { group: groupText(s?.group ?? args.group ?? "", lang), subject: s?.name ?? args.subject, field: format(`override.field.${clearing}`, lang) });
    const computed = ev.assessment.results[i]!;
    to = clearing === "tier" ? tierText(computed.tier) : lightWord(computed.light, lang);
  } else if (field === "tier") {
    const t = matchTier(scheme, args.tier!);
    to = typeof t === "number" ? tierLabel(scheme, t, lang) : args.tier!.trim();
  } else {
    const l = matchLight(args.light!);
    to = l ? lightWord(l, lang) : args.light!.trim();
  }
  const by = args.by?.trim();
  const period = parsePeriod(r.sheet);
  const o: Override = {
    at: isoLocalTime(),
    subject: i === undefined ? args.subject.trim() : overrideSubject(read.subjects, i, lang),
    group: s?.group ?? args.group?.trim() ?? "",
    field,
    from: now,
    to,
    ...(clearing ? { rule: "CLEARED" as const } : rule ? { rule } : {}),
    reason: args.reason.trim(),
    ...(by ? { by } : {}),
    // A period's sheet (2026年3月): the decision is about that period only.
    ...(period ? { period: periodLabel(period, lang) } : {}),
  };
  const problems = validateOverride(o, { scheme, subjects: read.subjects }, lang);
  if (problems.length > 0) {
    for (const p of problems) io.err(p.message);
    return EXIT.unusable;
  }

  try {
    // The archive the reader opened (the file is not read again), with Node's zlib.
    const patch = WorkbookPatch.open(r.pkg.zip, file, lang, { ...nodeZipCodec, maxPartBytes: r.pkg.limits.maxPartBytes });
    const sheet = patch.appendRecord([o], lang, (name) => r.sheets.find((x) => x.name === name)?.grid().cells);
    if (io.progress) io.err(format("cli.progressWrite", lang, { out: args.output }));
    writeOutputFile(patch.toBytes(), args.output, { force: args.force, inputPath: file, lang });
    io.out(
      format("record.cli.written", lang, {
        out: args.output,
        sheet,
        group: groupText(o.group, lang),
        subject: o.subject,
        field: format(`override.field.${field}`, lang),
        from: o.from || "—",
        to: o.to || "—",
        reason: o.reason,
      }),
    );
    // The written workbook checked as `assess check` would: error-level problems left → exit 1.
    const after = await load(args.output, { lang, sheet: r.sheet }, choice, { ...io, progress: false }, [1, 1]);
    const errors = after.ok ? after.ev.check.violations.filter((v) => v.severity === "error").length : 0;
    if (errors > 0) io.err(format("cli.errorsRemain", lang, { count: errors, out: args.output }));
    return errors > 0 ? EXIT.violations : EXIT.ok;
  } catch (e) {
    io.err(isWorkbookError(e) ? e.message : format("cli.unexpected", lang, { file, detail: (e as Error).message }));
    return EXIT.unusable;
  }
}

function groupText(group: string, lang: Lang): string {
  return group ? format("group.prefix", lang, { group }) : "";
}
