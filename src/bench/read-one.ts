/**
 * One reading of one workbook in a fresh process, for the benchmark: `node dist/bench/read-one.js
 * <file> exceljs|package` prints `{ ms, cpuMs, rows, rssMiB }` — the time (wall and CPU) to open
 * the file and find its table, the rows found, the process's peak resident memory. CPU time tells
 * more than wall time on a machine shared with other work.
 */
import { performance } from "node:perf_hooks";
import { findTable } from "../workbook/find-table";
import { lazyGrids } from "../workbook/workbook-grids";
import { openWorkbookFile } from "../workbook/xlsx-file";

async function main() {
  const [file, mode] = process.argv.slice(2);
  if (!file || (mode !== "exceljs" && mode !== "package")) throw new Error("usage: read-one <file> exceljs|package");
  const t = performance.now();
  const cpu = process.cpuUsage();
  let rows: number;
  if (mode === "exceljs") {
    const { loadWorkbook } = await import("../workbook/xlsx-file");
    const { readTable } = await import("../workbook/xlsx");
    rows = readTable(await loadWorkbook(file)).table.rows.length;
  } else {
    rows = findTable(lazyGrids(await openWorkbookFile(file))).table.rows.length;
  }
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, rows, rssMiB: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

void main();
