/**
 * `assess apply` on a 200,000-row workbook (issue 13: ≤ 15 s, ≤ 1.5 GiB peak RSS), as a new process,
 * beside the exceljs path it replaced (load, write columns, board and scheme sheet, save the whole
 * workbook) run the same way on the same file. Time, CPU and peak RSS from /usr/bin/time -v when present.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { benchScheme, writeLargeWorkbook } from "./large";
import { runNode, showRun, verdict } from "./process";

const ROWS = 200_000;

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
    const patched = runNode([bin, "apply", file, "-o", join(dir, "patched.xlsx")]);
    const old = runNode(["-e", exceljsApplyScript(file, join(dir, "exceljs.xlsx"))]);
    const mb = (f: string) => (existsSync(f) ? `${(statSync(f).size / 1048576).toFixed(1)} MB` : "none");
    const exit = (code: number | null) => (code === 0 ? "" : ` (exit ${code})`);
    const met = `wall ${verdict(patched.wallMs <= 15_000)}${patched.peakMiB === null ? "" : `, peak ${verdict(patched.peakMiB <= 1536)}`}`;
    console.log(`assess apply on a ${ROWS.toLocaleString("en")}-row workbook (${mb(file)}, written in ${genS.toFixed(1)} s), new process, once each:`);
    console.log(`  patching the package (assess apply):  ${showRun(patched)}${exit(patched.code)}  → ${mb(join(dir, "patched.xlsx"))}  (target ≤ 15 s, ≤ 1536 MiB: ${met})`);
    console.log(`  baseline, exceljs round trip:         ${showRun(old)}${exit(old.code)}  → ${mb(join(dir, "exceljs.xlsx"))}`);
    console.log(
      `  ratio exceljs / patch: ${(old.wallMs / patched.wallMs).toFixed(1)}× time` +
        (old.cpuMs && patched.cpuMs ? `, ${(old.cpuMs / patched.cpuMs).toFixed(1)}× CPU` : "") +
        (old.peakMiB && patched.peakMiB ? `, ${(old.peakMiB / patched.peakMiB).toFixed(1)}× peak RSS` : ""),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void applyBench();
