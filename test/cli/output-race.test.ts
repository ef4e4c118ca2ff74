/**
 * Outputs are created exclusively (issue 13, Safety): of two `assess apply` racing for one new
 * output, exactly one writes it and the other exits 2 saying it exists; a process stopped by
 * SIGTERM while writing leaves no temporary file behind.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { root, tempDirForSuite } from "../helpers/cli";

const dir = tempDirForSuite("assess-race-");
const bin = join(root, "bin/assess.js");
const sample = join(root, "samples/jiuyuan-2026q1.xlsx");

function run(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", (code, signal) => resolve({ code, signal, err }));
  });
}

test("two apply racing for one output: one writes it, the other exits 2 saying it exists", async () => {
  for (let round = 0; round < 3; round++) {
    const out = join(dir(), `race-${round}.xlsx`);
    const [a, b] = await Promise.all([run([bin, "apply", sample, "-o", out]), run([bin, "apply", sample, "-o", out])]);
    // The winner writes (exit 1: the sample's violations remain, as check says); the loser exits 2.
    expect([a.code, b.code].sort()).toEqual([1, 2]);
    const loser = a.code === 2 ? a : b;
    expect(loser.err).toContain(`输出文件已存在：${out}`);
    expect(existsSync(out)).toBe(true);
  }
  expect(readdirSync(dir()).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}, 120_000);

test("SIGTERM while an output is being written leaves no temporary file", async () => {
  const out = join(dir(), "big.bin");
  // 400 MB written synchronously: long enough to be caught while the temporary file exists.
  const script = `require(${JSON.stringify(join(root, "dist/workbook/output-file.js"))}).writeOutputFile(new Uint8Array(400 * 1024 * 1024), ${JSON.stringify(out)});`;
  const child = spawn(process.execPath, ["-e", script], { cwd: root });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  let sawTemp = false;
  for (let i = 0; i < 2000 && child.exitCode === null; i++) {
    if (readdirSync(dir()).some((f) => f.startsWith(".big.bin.") && f.endsWith(".tmp"))) {
      sawTemp = true;
      child.kill("SIGTERM");
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const r = await done;
  expect(sawTemp).toBe(true);
  // Handled: never killed mid-write (without the handler SIGTERM kills it and the temp file stays).
  // The synchronous write finishes first; the process then exits through the handler (143) or, the
  // output written and the temp file removed, on its own (0) before the signal is delivered.
  expect(r.signal).toBeNull();
  expect([0, 143]).toContain(r.code);
  expect(readdirSync(dir()).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}, 60_000);
