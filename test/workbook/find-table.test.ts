/**
 * findTable over the package reader's grids finds the same table as the exceljs host's readTable
 * (which it replaces for reading) on every fixture and sample workbook: same sheet, header row,
 * headers, rows, column roles and own columns — or the same error.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findTable } from "../../src/workbook/find-table";
import { openPackage } from "../../src/workbook/package";
import { lazyGrids, schemeOfGrids } from "../../src/workbook/workbook-grids";
import { loadWorkbookBytes, readSchemeSheet, readTable } from "../../src/workbook/xlsx";

const root = join(__dirname, "../..");
const files = [
  ...readdirSync(join(root, "test/fixtures")).filter((f) => f.endsWith(".xlsx") && f !== "bad-corrupt.xlsx").map((f) => join(root, "test/fixtures", f)),
  ...readdirSync(join(root, "samples")).filter((f) => f.endsWith(".xlsx")).map((f) => join(root, "samples", f)),
];

const outcome = (fn: () => unknown) => {
  try {
    return { ok: fn() };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

test.each(files.map((f) => [f.slice(root.length + 1), f]))("%s: the same table and scheme as readTable", async (_name, file) => {
  const bytes = readFileSync(file);
  const wb = await loadWorkbookBytes(bytes, file);
  const sheets = lazyGrids(openPackage(bytes));
  const old = outcome(() => {
    const r = readTable(wb, { lang: "zh-CN" });
    return { table: r.table, map: r.map, ownColumns: r.ownColumns, sheet: r.worksheetName };
  });
  const now = outcome(() => {
    const r = findTable(sheets, { lang: "zh-CN" });
    return { table: r.table, map: r.map, ownColumns: r.ownColumns, sheet: r.sheet };
  });
  expect(now).toEqual(old);
  expect(outcome(() => schemeOfGrids(sheets, "zh-CN"))).toEqual(outcome(() => readSchemeSheet(wb, "zh-CN")));
});
