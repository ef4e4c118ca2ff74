/**
 * A number shown as a percentage (0.91 under the format 0%) is read as the clerk sees it — 91% —
 * by the file reader and by Excel alike, so it counts as 91 points in a score column as a typed
 * “91%” does. Before, the file gave 0.91: a score that shows 91% was ranked last, and in Excel a
 * date typed in a score column was its serial number (46025 points).
 */
import ExcelJS from "exceljs";
import { evaluate } from "../../src/engine/check/evaluate";
import { presets } from "../../src/engine/scheme/presets";
import { OfficeHost, toGrid } from "../../src/workbook/office-host";
import { isPercentFormat, percentText, styleKinds } from "../../src/workbook/package/styles";
import { openPackage } from "../../src/workbook/package/read";
import { StandaloneHost } from "../../src/workbook/standalone-host";
import { fakeSheet, installFakeExcel, uninstallFakeExcel } from "./fake-excel";

afterEach(uninstallFakeExcel);

test.each([
  ["0%", true],
  ["0.00%", true],
  ['0.0%;[Red]-0.0%', true],
  ['0"%"', false], // a literal sign, the number is not multiplied
  ["0\\%", false],
  ["yyyy/m/d", false],
  ["General", false],
  ["0.00", false],
])("isPercentFormat(%j) = %s", (code, yes) => expect(isPercentFormat(code)).toBe(yes));

test("percentText keeps every digit and none of the float noise", () => {
  expect([0.91, 0.915, 1, 0.07, 0.333333333333333].map(percentText)).toEqual(["91%", "91.5%", "100%", "7%", "33.3333333333333%"]);
});

test("styleKinds: built-in 9 and 10 and a custom code are percentages; 14 a date", () => {
  const xml = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
  expect(styleKinds(xml)).toEqual({ dates: [false, false, false, false, true], percents: [false, true, true, true, false] });
});

/** 区直单位 with 总分 typed as points, one of them (row 4) as 91% — the way a cell formatted 0% by habit looks. */
async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("考核结果");
  ws.addRow(["单位", "总分", "等次"]);
  const rows: [string, number, string][] = [
    ["甲局", 95, "优秀"],
    ["乙局", 0.91, "优秀"],
    ["丙局", 88, "良好"],
    ["丁局", 86, "良好"],
    ["戊局", 80, "良好"],
  ];
  for (const r of rows) ws.addRow(r);
  ws.getCell("B3").numFmt = "0%";
  ws.getCell("B5").numFmt = "0.00"; // a number format that is not a percentage changes nothing
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("the file reader reads 0.91 under 0% as 91% — 91 points, second — and 86 under 0.00 as 86", async () => {
  const bytes = await workbook();
  const grid = openPackage(bytes).grid("考核结果");
  expect(grid.cells.map((r) => r[1])).toEqual(["总分", 95, "91%", 88, 86, 80]);
  const read = await (await StandaloneHost.open(bytes, "x.xlsx")).readTable();
  const ev = evaluate(read.table, read.map, presets.jiuyuan!, "zh-CN");
  expect(ev.read.subjects.map((s) => [s.name, s.score])).toEqual([
    ["甲局", 95],
    ["乙局", 91],
    ["丙局", 88],
    ["丁局", 86],
    ["戊局", 80],
  ]);
  expect(ev.assessment.results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
});

test("Excel gives 0.91 with its format 0% and 46025 with yyyy/m/d: toGrid reads them as the file reader does", () => {
  expect(toGrid([[0.91, 46025, 88]], [["Double", "Double", "Double"]], 0, 0, [["0%", "yyyy/m/d", "General"]])).toEqual([["91%", new Date(Date.UTC(2026, 0, 3)), 88]]);
});

test("OfficeHost on the same workbook (numberFormat loaded with the values, one sync): the same table as the file", async () => {
  const bytes = await workbook();
  const pkg = openPackage(bytes);
  const sheet = fakeSheet(pkg.grid("考核结果"));
  // Excel holds the number and its format, not the text the file reader makes of them.
  sheet.cells[2]![1] = 0.91;
  sheet.formats = [[], [], [undefined, "0%"]];
  const excel = installFakeExcel([sheet], { active: "考核结果", excelApi113: true });
  const inExcel = await new OfficeHost().readTable();
  expect(excel.syncs()).toBe(1);
  const fromFile = await (await StandaloneHost.open(bytes, "x.xlsx")).readTable();
  expect(inExcel.table.columns).toEqual(fromFile.table.columns);
});
