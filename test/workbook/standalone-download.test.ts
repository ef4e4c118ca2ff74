/**
 * The standalone page's host writes into the original package: a workbook with a chart, a pivot
 * table, an image and comments (test/fixtures/rich-lo.xlsx, the rich fixture re-saved by
 * LibreOffice) keeps them in the downloaded file, byte for byte, with the results, a fix, the
 * scheme sheet and the decision record written.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { evaluate } from "../../src/engine/check/evaluate";
import { boardRows, outputColumns } from "../../src/engine/check/outputs";
import { presetInput, presets } from "../../src/engine/scheme/presets";
import { openPackage } from "../../src/workbook/package/read";
import { storedEntries } from "../helpers/zip";
import { StandaloneHost, XLSM_MIME, downloadName } from "../../src/workbook/standalone-host";

const FILE = path.join(__dirname, "../fixtures/rich-lo.xlsx");
const lang = "zh-CN" as const;

test("download keeps the chart, pivot table, image and comments and holds every write", async () => {
  const input = new Uint8Array(fs.readFileSync(FILE));
  const host = await StandaloneHost.open(input, "rich.xlsx");
  const read = await host.readTable();
  const ev = evaluate(read.table, read.map, presets.jiuyuan!, lang);
  await host.writeResults(read, outputColumns(ev, lang), boardRows(ev, lang), { lang });
  await host.writeCells([{ cell: `'${read.sheet}'!E4`, value: "良好" }]);
  await host.saveScheme(presetInput("jiuyuan"), lang);
  await host.appendRecord([{ at: "2026-04-28T10:30:00+08:00", subject: "区财政局", group: "区直单位", field: "tier", from: "良好", to: "优秀", reason: "考核委员会决定" }], lang);
  const blob = await host.download();
  const output = new Uint8Array(await blob.arrayBuffer());

  const before = new Map(storedEntries(input).map((e) => [e.name, e]));
  const after = new Map(storedEntries(output).map((e) => [e.name, e]));
  const kept = [...before.keys()].filter((n) => /^xl\/(charts|drawings|media|pivotTables|pivotCache|externalLinks)\/|comments/.test(n));
  expect(kept).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/media/image1.png", "xl/pivotTables/pivotTable1.xml"]));
  for (const name of kept) expect({ name, raw: Buffer.compare(Buffer.from(after.get(name)!.compressed), Buffer.from(before.get(name)!.compressed)) }).toEqual({ name, raw: 0 });

  const pkg = openPackage(output);
  expect(pkg.sheets.map((s) => s.name)).toEqual(["2026年第一季度", "说明", "底稿", "透视", "晾晒表", "考核方案", "变更记录"]);
  const grid = pkg.grid(read.sheet);
  expect(grid.cells[1]?.slice(5)).toEqual(["【计算】得分", "【计算】组内排名", "【计算】等次", "【计算】亮灯"]);
  expect(grid.cells[3]?.[4]).toBe("良好");
  expect(pkg.grid("变更记录").cells[1]?.slice(0, 2)).toEqual(["2026-04-28T10:30:00+08:00", "区财政局"]);
  // Reading in memory sees the writes too (the pane reads again after a fix).
  expect((await host.readRecord(lang)).overrides).toHaveLength(1);
  // And exceljs reads the downloaded file.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(output as unknown as ArrayBuffer);
  expect(wb.getWorksheet("晾晒表")).toBeDefined();
  expect(new TextDecoder().decode(after.get("xl/workbook.xml")!.inflated())).toContain("透视");
});

test("a macro workbook downloads as .xlsm", () => {
  expect(downloadName("考核.xlsm")).toBe("考核-assess.xlsm");
  expect(downloadName("考核.xlsx")).toBe("考核-assess.xlsx");
});

test("an openpyxl macro workbook (rich.xlsm) opens, and its download keeps the VBA part", async () => {
  const input = new Uint8Array(fs.readFileSync(path.join(__dirname, "../fixtures/rich.xlsm")));
  const host = await StandaloneHost.open(input, "rich.xlsm");
  const read = await host.readTable();
  expect(read.table.rows).toHaveLength(12);
  const ev = evaluate(read.table, read.map, presets.jiuyuan!, lang);
  await host.writeResults(read, outputColumns(ev, lang), boardRows(ev, lang), { lang });
  const blob = await host.download();
  expect(blob.type).toBe(XLSM_MIME.toLowerCase()); // Blob lower-cases its type
  const after = new Map(storedEntries(new Uint8Array(await blob.arrayBuffer())).map((e) => [e.name, e]));
  const vba = storedEntries(input).find((e) => e.name === "xl/vbaProject.bin")!;
  expect(Buffer.compare(Buffer.from(after.get("xl/vbaProject.bin")!.compressed), Buffer.from(vba.compressed))).toBe(0);
  expect((await host.readTable()).grid[1]?.slice(5)).toEqual(["【计算】得分", "【计算】组内排名", "【计算】等次", "【计算】亮灯"]);
});
