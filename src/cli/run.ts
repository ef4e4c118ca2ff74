/**
 * The `assess` command: which command runs. Each command's code loads only when it runs — zod and
 * the reader for check/apply, pdfmake and its fonts for report — so `assess --help` loads none.
 * The commands share ./command (exit codes, Io, argument parsing), never this file.
 * `run` takes the arguments and two writers so tests can drive it without a process.
 */
import { EXIT, langOf, onlyHelp, usageText, type Io } from "./usage";

export type { Io } from "./usage";

/**
 * Run the command line.
 * @example await run(["check", "samples/jiuyuan-2026q1.xlsx", "--json"], io) // 1
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  // `assess help apply` as `assess apply --help`.
  if (argv[0] === "help" && argv[1] !== undefined && !argv[1].startsWith("-")) return run([argv[1], "--help", ...argv.slice(2)], io);
  if (argv[0] === "report") return (await import("./report-command")).runReport(argv.slice(1), io);
  if (argv[0] === "weights") return (await import("./weights-command")).runWeights(argv.slice(1), io);
  if (argv[0] === "periods") return (await import("./periods-command")).runPeriods(argv.slice(1), io);
  if (argv[0] === "override") return (await import("./override-command")).runOverride(argv.slice(1), io);
  if (argv[0] === "analyze" || argv[0] === "analyse") return (await import("./analyze-command")).runAnalyze(argv.slice(1), io);
  if (onlyHelp(argv)) {
    io.out(usageText(langOf(argv)));
    // `assess` alone is a mistake (exit 2); asking for help is not.
    return argv.some((a) => a === "--help" || a === "-h" || a === "help") ? EXIT.ok : EXIT.unusable;
  }
  return (await import("./check-command")).runCheck(argv, io);
}
