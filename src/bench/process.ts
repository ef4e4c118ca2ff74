/**
 * Timing a new process as a user starts one, for the benchmark: wall time, CPU time (user + system)
 * and peak resident memory from `/usr/bin/time -v` (GNU time; wall time only without it). CPU time
 * says more than wall time on a machine shared with other work: both are printed, with the load.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const TIME = "/usr/bin/time";

/** One run of a process. */
export interface Run {
  /** Wall time, ms. */
  wallMs: number;
  /** User + system CPU time, ms (null without /usr/bin/time). */
  cpuMs: number | null;
  /** Peak resident set size, MiB (null without /usr/bin/time). */
  peakMiB: number | null;
  code: number | null;
}

/** Run `node …args` once as a new process (output discarded). */
export function runNode(args: readonly string[]): Run {
  const withTime = existsSync(TIME);
  const s = performance.now();
  const r = withTime
    ? spawnSync(TIME, ["-v", process.execPath, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - s;
  const field = (name: string) => (withTime ? new RegExp(`${name}: ([\\d.]+)`).exec(r.stderr)?.[1] : undefined);
  const user = field("User time \\(seconds\\)");
  const system = field("System time \\(seconds\\)");
  const kb = field("Maximum resident set size \\(kbytes\\)");
  return {
    wallMs,
    cpuMs: user === undefined || system === undefined ? null : (Number(user) + Number(system)) * 1000,
    peakMiB: kb === undefined ? null : Number(kb) / 1024,
    code: r.status,
  };
}

/** The median run of `n` (by wall time; CPU and memory medians taken on their own). */
export function medianRun(args: readonly string[], n: number): Run {
  const runs = Array.from({ length: n }, () => runNode(args));
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const nums = (f: (r: Run) => number | null) => runs.map(f).filter((x): x is number => x !== null);
  const cpu = nums((r) => r.cpuMs);
  const peak = nums((r) => r.peakMiB);
  return { wallMs: med(runs.map((r) => r.wallMs)), cpuMs: cpu.length ? med(cpu) : null, peakMiB: peak.length ? med(peak) : null, code: runs[0]!.code };
}

/** "0.27 s wall, 0.36 s CPU, 88 MiB". */
export function showRun(r: Run): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  return `${s(r.wallMs)} wall${r.cpuMs === null ? "" : `, ${s(r.cpuMs)} CPU`}${r.peakMiB === null ? "" : `, ${r.peakMiB.toFixed(0)} MiB`}`;
}

/** The machine's load average (1, 5, 15 min), from /proc/loadavg where there is one. */
export function loadAverage(): string {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "unknown";
  }
}

/** Whether a run meets its target (the wall time, and the CPU time when the machine is loaded). */
export function verdict(ok: boolean): string {
  return ok ? "met" : "NOT met";
}
