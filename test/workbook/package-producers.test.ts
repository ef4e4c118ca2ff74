/**
 * The package reader on workbooks written by each producer (test/fixtures/producers, written by
 * generate.py and generate-exceljs.js): exact values, merges, hidden rows and columns, tables, and
 * the formulas without a cached value.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openPackage, type WorkbookPackage } from "../../src/workbook/package";
import { findTable } from "../../src/workbook/find-table";
import { lazyGrids } from "../../src/workbook/workbook-grids";
import type { SheetGrid } from "../../src/workbook/grid";

const dir = join(__dirname, "../fixtures/producers");
const open = (name: string): WorkbookPackage => openPackage(readFileSync(join(dir, name)));
const utc = (...a: [number, number, number, number?, number?]) => new Date(Date.UTC(a[0], a[1] - 1, a[2], a[3] ?? 0, a[4] ?? 0));
const structure = (g: SheetGrid) => ({ merges: g.merges, hiddenRows: [...g.hiddenRows], hiddenCols: [...g.hiddenCols], tables: g.tables });

describe("openpyxl (absolute relationship targets, inline strings, comment, chart, table)", () => {
  const pkg = open("openpyxl.xlsx");

  test("lists the sheets, with the hidden one, without parsing them", () => {
    expect(pkg.sheets).toEqual([
      { name: "考核结果", state: "visible", kind: "worksheet", part: "xl/worksheets/sheet1.xml" },
      { name: "隐藏", state: "hidden", kind: "worksheet", part: "xl/worksheets/sheet2.xml" },
    ]);
    // the comment, chart and drawing parts are there, and never needed
    expect(pkg.zip.has("xl/comments/comment1.xml")).toBe(true);
    expect(pkg.zip.has("xl/charts/chart1.xml")).toBe(true);
  });

  test("values: inline strings, numbers, dates, booleans, entities, a formula without a cached value", () => {
    const g = pkg.grid("考核结果");
    expect(g.cells).toEqual([
      ["2026年一季度考核"],
      ["类别", "单位", "总分", "日期", "备注", "合计"],
      ["区直单位", "区财政局", 95.5, utc(2026, 3, 31), "A & B <ok>"],
      ["区直单位", "区教育局", 88, utc(2026, 1, 2, 12, 30)],
      ["苏木乡镇", "麻池镇", 79.25, null, "第一行\n第二行"],
      ["苏木乡镇", "沙河街道", 60, null, true],
    ]);
    expect(g.uncached).toEqual(["F3"]);
    expect(structure(g)).toEqual({
      merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
      hiddenRows: [4],
      hiddenCols: [4],
      tables: [{ name: "考核表", box: { top: 1, left: 0, bottom: 5, right: 4 }, headerRow: true, totalsRow: false }],
    });
    expect(pkg.grid("隐藏")).toMatchObject({ cells: [["secret"]], hidden: true });
  });

  test("findTable reads the Excel table's range", () => {
    const found = findTable(lazyGrids(pkg), { lang: "zh-CN" });
    expect(found.sheet).toBe("考核结果");
    expect(found.table.headerRow).toBe(2);
    expect(found.table.headers).toEqual(["类别", "单位", "总分", "日期", "备注"]);
    expect(found.table.columns[1]).toEqual(["区财政局", "区教育局", "麻池镇", "沙河街道"]);
    expect(found.map).toMatchObject({ group: 0, name: 1, score: 2 });
  });
});

describe("LibreOffice (the openpyxl file re-saved)", () => {
  const pkg = open("libreoffice.xlsx");

  test("the same values; LibreOffice calculated the formula", () => {
    const g = pkg.grid("考核结果");
    expect(g.cells).toEqual([
      ["2026年一季度考核"],
      ["类别", "单位", "总分", "日期", "备注", "合计"],
      ["区直单位", "区财政局", 95.5, utc(2026, 3, 31), "A & B <ok>", 322.75],
      ["区直单位", "区教育局", 88, utc(2026, 1, 2, 12, 30)],
      ["苏木乡镇", "麻池镇", 79.25, null, "第一行\n第二行"],
      ["苏木乡镇", "沙河街道", 60, null, true],
    ]);
    expect(g.uncached).toBeUndefined();
    expect(structure(g)).toEqual({
      merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
      hiddenRows: [4],
      hiddenCols: [4],
      tables: [{ name: "考核表", box: { top: 1, left: 0, bottom: 5, right: 4 }, headerRow: true, totalsRow: false }],
    });
    expect(pkg.sheets.map((s) => [s.name, s.state])).toEqual([
      ["考核结果", "visible"],
      ["隐藏", "hidden"],
    ]);
  });
});

describe("exceljs (shared strings, rich text, a table with a totals row)", () => {
  const pkg = open("exceljs.xlsx");

  test("values, rich text joined, error values, the totals formula without a cached value", () => {
    const g = pkg.grid("考核");
    expect(g.cells).toEqual([
      ["标题"],
      ["单位", "总分", "等次", "日期", null, "链接"],
      ["区财政局", 95.5, "优秀", utc(2026, 3, 31)],
      ["区教育局", 88, { error: "#N/A" }, utc(2026, 1, 2, 12, 30)],
      ["麻池镇", 79.25, true],
      ["合计"],
    ]);
    expect(g.uncached).toEqual(["B6"]);
    expect(structure(g)).toEqual({
      merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
      hiddenRows: [3],
      hiddenCols: [4],
      tables: [{ name: "Results", box: { top: 1, left: 0, bottom: 5, right: 3 }, headerRow: true, totalsRow: true }],
    });
  });

  test("findTable leaves the totals row out", () => {
    const found = findTable([pkg.grid("考核")], { lang: "zh-CN" });
    expect(found.table.columns[0]).toEqual(["区财政局", "区教育局", "麻池镇"]);
  });
});

describe("POI / WPS quirks (hand-written package)", () => {
  const pkg = open("poi-wps.xlsx");

  test("x: prefixes, rows and cells without r, t=str/e/b/d, rich text without phonetics, date1904, custom formats", () => {
    expect(pkg.date1904).toBe(true);
    expect(pkg.sheets.map((s) => s.name)).toEqual(["POI & WPS"]);
    const g = pkg.grid("POI & WPS");
    expect(g.cells).toEqual([
      ["单位", "总分", "等次"],
      // rich text runs joined, the phonetic run left out; 0.00"分" is not a date
      ["区财政局 ", 95.5, "优秀", true, false],
      [],
      // _x000D_ and entities decoded; errors as { error }
      ["第一行\r\n第二行 <&> 中", null, { error: "#N/A" }, { error: "#DIV/0!" }],
      // yyyy"年"m"月"d"日" and built-in 14 in the 1904 system; an empty shared string; t="d" without offset is UTC
      [utc(1904, 1, 1), utc(2026, 4, 1, 12), null, "", utc(2026, 3, 31, 8)],
      // exponent notation, inline rich text, CDATA
      [-0.0015, "富文本", "a<b & c"],
    ]);
    expect(g.uncached).toEqual(["C5"]);
    expect(structure(g)).toEqual({ merges: [{ top: 4, left: 0, bottom: 4, right: 1 }], hiddenRows: [3], hiddenCols: [3, 4], tables: [] });
  });
});
