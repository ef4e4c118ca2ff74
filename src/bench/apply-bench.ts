/**
 * `assess apply` on a 200,000-row workbook (issue 13: ≤ 15 s, ≤ 1.5 GiB peak RSS), as a new process,
 * beside the exceljs path it replaced (load, write columns, board and scheme sheet, save the whole
 * workbook) run the same way on the same file. Time and peak RSS from /usr/bin/time -v when present.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { benchScheme, writeLargeWorkbook } from "./large";

const ROWS = 200_000;
const TIME = "/usr/bin/time";

interface Measure {
  seconds: number;
  /** Peak resident set size, MiB (null without /usr/bin/time). */
  peakMiB: number | null;
  code: number | null;
}

/** Run node with arguments as a new process: wall time and peak RSS. */
function measure(args: string[]): Measure {
  const withTime = existsSync(TIME);
  const s = performance.now();
  const r = withTime
    ? spawnSync(TIME, ["-v", process.execPath, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - s) / 1000;
  const kb = withTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] : undefined;
  return { seconds, peakMiB: kb === undefined ? null : Number(kb) / 1024, code: r.status };
}

const show = (m: Measure) => `${m.seconds.toFixed(1)} s, peak ${m.peakMiB === null ? "?" : `${m.peakMiB.toFixed(0)} MiB`}${m.code === 0 ? "" : ` (exit ${m.code})`}`;

/** The apply path before the patcher: everything through exceljs (dist modules, as the CLI ran it). */
function exceljsApplyScript(file: string, out: string): string {
  const dist = resolve(__dirname, "..");
  const req = (m: string) => `require(${JSON.stringify(join(dist, m))})`;
  return `(async () => {
    const { loadWorkbook, saveWorkbook } = ${req("workbook/xlsx-file.js")};
    const { readTable, writeColumns, writeBoard, writeSchemeSheet, readSchemeSheet } = ${req("workbook/xlsx.js")};
    const { evaluate } = ${req("engine/check/evaluate.js")};
    const { parseSchemeOrThrow } = ${req("engine/scheme/scheme.js")};
    const { outputColumns, boardRows } = ${req("engine/check/outputs.js")};
    const wb = await loadWorkbook(${JSON.stringify(file)});
    const input = readSchemeSheet(wb);
    const scheme = parseSchemeOrThrow(input);
    const read = readTable(wb);
    const ev = evaluate(read.table, read.map, scheme, "zh-CN");
    writeColumns(read.worksheet, read.table, read.ownColumns, outputColumns(ev, "zh-CN"));
    writeBoard(wb, boardRows(ev, "zh-CN"), { lang: "zh-CN" });
    writeSchemeSheet(wb, input, "zh-CN");
    await saveWorkbook(wb, ${JSON.stringify(out)});
  })().catch((e) => { console.error(e); process.exit(2); });`;
}

export async function applyBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "assess-apply-bench-"));
  try {
    const file = join(dir, `large-${ROWS}.xlsx`);
    const t0 = performance.now();
    await writeLargeWorkbook(file, ROWS, 20, benchScheme);
    const genS = (performance.now() - t0) / 1000;
    const bin = resolve(__dirname, "../../bin/assess.js");
    const patched = measure([bin, "apply", file, "-o", join(dir, "patched.xlsx")]);
    const old = measure(["-e", exceljsApplyScript(file, join(dir, "exceljs.xlsx"))]);
    const mb = (f: string) => (existsSync(f) ? `${(statSync(f).size / 1048576).toFixed(1)} MB` : "none");
    console.log(`assess apply on a ${ROWS.toLocaleString("en")}-row workbook (${mb(file)}, written in ${genS.toFixed(1)} s), new process, once each:`);
    console.log(`  patching the package (assess apply):  ${show(patched)}  → ${mb(join(dir, "patched.xlsx"))}  (target ≤ 15 s, ≤ 1536 MiB)`);
    console.log(`  exceljs round trip (before):          ${show(old)}  → ${mb(join(dir, "exceljs.xlsx"))}`);
    console.log(`  ratio exceljs / patch: ${(old.seconds / patched.seconds).toFixed(1)}× time` + (old.peakMiB && patched.peakMiB ? `, ${(old.peakMiB / patched.peakMiB).toFixed(1)}× peak RSS` : ""));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void applyBench();
