/**
 * What the command line knows before it loads any command: the exit codes, the language asked for
 * and the `--help` text. Nothing here loads the validator (zod) or a command's code, so
 * `assess --help` starts in about the time node itself takes.
 */
import { format } from "../messages";
import { presetIds } from "../engine/scheme/preset-inputs";
import type { Lang } from "../engine/types";

/** Exit codes of every command: 0 done, 1 error-level violations, 2 unusable input or arguments. */
export const EXIT = { ok: 0, violations: 1, unusable: 2 } as const;

/** Where a command prints (the CLI's stdout and stderr; tests pass their own). */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

/** A command's terminal: where it prints, and whether progress lines go to `err` (a terminal, or --progress). */
export interface Io extends CommandIo {
  progress: boolean;
}

/** The `--help` text, naming the presets there are. */
export function usageText(lang: Lang): string {
  return format("cli.usage", lang, { presets: presetIds.join(", ") });
}

/**
 * The language asked for on the command line, before the arguments are validated.
 * @example langOf(["check", "a.xlsx", "--lang=en"]) // "en-US"
 */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? "" : argv[i]!.includes("=") ? argv[i]!.split("=")[1]! : (argv[i + 1] ?? "");
  return v.startsWith("en") ? "en-US" : "zh-CN";
}

/**
 * Whether the arguments only ask for the usage — nothing, `help`, `--help` or `-h`, with a
 * `--lang` at most — so that it is printed before any command loads. Anything else goes through
 * a command's own parsing (which prints the usage for `--help` too, once the rest is checked).
 * @example onlyHelp(["--help", "--lang", "en"]) // true
 * @example onlyHelp(["check", "--help"]) // false
 */
export function onlyHelp(argv: readonly string[]): boolean {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    // A --lang the parser would refuse (missing or unknown) is left for it to tell.
    if (a === "--lang") {
      if (!LANGS.has(argv[++i] ?? "")) return false;
    } else if (a.startsWith("--lang=")) {
      if (!LANGS.has(a.slice("--lang=".length))) return false;
    } else rest.push(a);
  }
  return rest.length === 0 || (rest.length === 1 && (rest[0] === "--help" || rest[0] === "-h" || rest[0] === "help"));
}

/** The values `--lang` takes (command.ts LangArg). */
const LANGS = new Set(["zh-CN", "zh", "en", "en-US"]);
