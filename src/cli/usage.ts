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

/** The commands, in the order the usage lists them (analyse is accepted for analyze). */
export const COMMANDS = ["check", "apply", "report", "weights", "periods", "override", "analyze", "presets"] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Whether a word is a command. */
export function isCommand(word: string | undefined): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word ?? "");
}

/**
 * The `--help` text: one command's usage, options and exit codes, or without a command the
 * overview of all, naming the presets there are.
 * @example usageText("zh-CN", "apply") // "用法：assess apply <文件.xlsx> -o <输出.xlsx> [选项]…"
 */
export function usageText(lang: Lang, command?: CommandName): string {
  return format(command ? `cli.help.${command}` : "cli.usage", lang, { presets: presetIds.join(", ") });
}

/** Where the message about bad arguments sends the user: `assess apply --help`, or `assess --help`. */
export function helpCommand(command?: CommandName): string {
  return command ? `assess ${command} --help` : "assess --help";
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
