/** Entry of the `assess` command: wires the process to `run`. No logic here. */
import { run } from "./run";

run(process.argv.slice(2), {
  out: (t) => process.stdout.write(t + "\n"),
  err: (t) => process.stderr.write(t + "\n"),
  progress: process.argv.includes("--progress") || process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`assess: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
