/**
 * What every `assess` command does with its arguments before its own work: the language asked
 * for (known before anything is validated, so even a bad argument is told in it), node's
 * `parseArgs` for the syntax, a zod schema for the values, and one message for whatever is wrong.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";
import type { Lang } from "../engine/types";

/** `--lang zh-CN|zh|en|en-US` (default zh-CN) as the engine's language. */
export const LangArg = z
  .enum(["zh-CN", "zh", "en", "en-US"])
  .default("zh-CN")
  .transform((l): Lang => (l.startsWith("en") ? "en-US" : "zh-CN"));

/**
 * The language asked for on the command line, before the arguments are validated.
 * @example langOf(["check", "a.xlsx", "--lang=en"]) // "en-US"
 */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? "" : argv[i]!.includes("=") ? argv[i]!.split("=")[1]! : (argv[i + 1] ?? "");
  return v.startsWith("en") ? "en-US" : "zh-CN";
}

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
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (e) {
    return { ok: false, detail: (e as Error).message };
  }
  const checked = schema.safeParse(parsed.values);
  if (!checked.success) return { ok: false, detail: checked.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ") };
  return { ok: true, args: checked.data, positionals: parsed.positionals };
}
