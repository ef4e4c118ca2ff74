/**
 * What every `assess` command does with its arguments before its own work: the language asked
 * for (known before anything is validated, so even a bad argument is told in it), node's
 * `parseArgs` for the syntax, a zod schema for the values, and one message for whatever is wrong.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";
import { format, type MessageKey } from "../messages";
import { nearest } from "../engine/scheme/nearest";
import type { Lang } from "../engine/types";
import { EXIT, helpCommand, langOf, usageText, type CommandIo, type CommandName } from "./usage";

export { COMMANDS, EXIT, helpCommand, isCommand, langOf, usageText, type CommandIo, type CommandName, type Io } from "./usage";

/** `--lang zh-CN|zh|en|en-US` (default zh-CN) as the engine's language. */
export const LangArg = z
  .enum(["zh-CN", "zh", "en", "en-US"])
  .default("zh-CN")
  .transform((l): Lang => (l.startsWith("en") ? "en-US" : "zh-CN"));

/** The options a command takes, as `parseArgs` wants them. */
export type CommandOptions = NonNullable<ParseArgsConfig["options"]>;

/**
 * A command's arguments: its options checked by `schema`, and the positionals (files); or, when
 * they cannot be used, the detail for the `cli.badArgs` message.
 * @example parseCommand(["a.xlsx", "--json"], { json: { type: "boolean" } }, z.object({ json: z.boolean().default(false) }))
 * // { ok: true, args: { json: true }, positionals: ["a.xlsx"] }
 */
export function parseCommand<S extends z.ZodType>(
  argv: readonly string[],
  options: CommandOptions,
  schema: S,
): { ok: true; args: z.output<S>; positionals: string[] } | { ok: false; detail: string } {
  const lang = langOf(argv);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (e) {
    return { ok: false, detail: syntaxDetail(e as Error & { code?: string }, options, lang) };
  }
  const checked = schema.safeParse(parsed.values);
  if (!checked.success) {
    const values = parsed.values as Record<string, unknown>;
    const detail = checked.error.issues.map((i) => {
      const name = String(i.path[0] ?? "");
      const option = `--${name}`;
      const value = String(values[name] ?? "");
      if (i.code === "invalid_value") return format("cli.arg.enum", lang, { option, value, values: i.values.map(String).join(" | ") });
      return format("cli.arg.invalid", lang, { option, value });
    });
    return { ok: false, detail: detail.join(lang === "en-US" ? "; " : "；") };
  }
  return { ok: true, args: checked.data, positionals: parsed.positionals };
}

/**
 * node's parseArgs errors (English only, and about positionals) told in the language asked for:
 * an unknown option with the nearest known one, an option without its value, a switch given one.
 */
function syntaxDetail(e: Error & { code?: string }, options: CommandOptions, lang: Lang): string {
  const names = Object.entries(options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(e.message)?.[1] ?? "";
    const near = nearest(option, names.filter((n) => n.startsWith("--") === option.startsWith("--")));
    return format(near ? "cli.arg.unknownNear" : "cli.arg.unknown", lang, { option, nearest: near ?? "" });
  }
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = /(--[\w-]+)/.exec(e.message)?.[1] ?? "";
    return format(/does not take/.test(e.message) ? "cli.arg.noValue" : "cli.arg.missing", lang, { option });
  }
  return format("cli.arg.invalid", lang, { option: "", value: e.message });
}

/** A command that may go on: its checked arguments, files, language, and `fail` (message, exit 2). */
export interface Started<T> {
  ok: true;
  args: T;
  positionals: string[];
  lang: Lang;
  /** Print a message in the command's language on stderr; the exit code for unusable input. */
  fail(key: MessageKey, params?: Record<string, unknown>): number;
}

/**
 * The start every subcommand shares: `--help` prints the command's own usage (exit 0); arguments that cannot be
 * used print `cli.badArgs` in the language asked for (exit 2); else the command goes on.
 * @example
 * const c = startCommand("report", argv, io, OPTIONS, Args);
 * if (!c.ok) return c.exit;
 */
export function startCommand<S extends z.ZodType<{ lang: Lang }>>(
  command: CommandName,
  argv: readonly string[],
  io: CommandIo,
  options: CommandOptions,
  schema: S,
): Started<z.output<S>> | { ok: false; exit: number } {
  let lang = langOf(argv);
  const fail = (key: MessageKey, params: Record<string, unknown> = {}) => {
    io.err(format(key, lang, params));
    return EXIT.unusable;
  };
  if (argv.includes("--help") || argv.includes("-h")) {
    io.out(usageText(lang, command));
    return { ok: false, exit: EXIT.ok };
  }
  const parsed = parseCommand(argv, options, schema);
  if (!parsed.ok) return { ok: false, exit: fail("cli.badArgs", { detail: parsed.detail, help: helpCommand(command) }) };
  lang = parsed.args.lang;
  return { ok: true, args: parsed.args, positionals: parsed.positionals, lang, fail };
}
