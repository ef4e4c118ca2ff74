import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { WorkbookError, type WorkbookErrorCode } from "../../src/workbook/errors";
import { readSchemeSheet, readTable, sheetGrid } from "../../src/workbook/xlsx";
import { loadWorkbook } from "../../src/workbook/xlsx-file";
import { rowCells } from "../../src/engine/input/table";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const fixture = (name: string) => path.join(FIXTURES, name);

/** Run `fn` and return the WorkbookError it throws. */
async function workbookError(fn: () => unknown): Promise<WorkbookError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof WorkbookError) return e;
    throw e;
  }
  throw new Error("expected a WorkbookError");
}

describe("sheetGrid", () => {
  let grid: ReturnType<typeof sheetGrid>;
  beforeAll(async () => {
    const wb = await loadWorkbook(fixture("cells.xlsx"));
    grid = sheetGrid(wb.getWorksheet("成绩")!);
  });

  test.each<[string, number, number, unknown]>([
    ["rich text → its text", 2, 0, "区财政局"],
    ["text with a unit stays text", 2, 2, "85分"],
    ["full-width digits stay text", 3, 2, "８５"],
    ["a percentage typed as text", 4, 2, "85%"],
    ["a blank cell → null", 5, 2, null],
    ["a formula whose cached result is #N/A → { error }", 6, 2, { error: "#N/A" }],
    ["text that is not a number", 7, 2, "缺考"],
    ["a formula with a cached number → the number", 8, 2, 85.5],
    ["a hyperlink → its text", 9, 0, "区司法局"],
    ["an error value → { error }", 9, 2, { error: "#DIV/0!" }],
    ["a formula without a cached result → null", 10, 2, null],
    ["a number", 11, 2, 85],
    ["a date", 12, 2, new Date(Date.UTC(2026, 2, 1))],
  ])("%s (row %i, column %i)", (_label, row, col, expected) => {
    expect(grid[row - 1]?.[col]).toEqual(expected);
  });

  test("a merged title holds its value in the master cell only", async () => {
    const wb = await loadWorkbook(fixture("plain.xlsx"));
    const g = sheetGrid(wb.worksheets[0]!);
    expect(g[0]).toEqual(["2026年第一季度考核结果"]);
    expect(g[2]).toEqual([]);
  });
});

describe("readTable on the fixtures", () => {
  test("plain.xlsx: title rows above the header, 合计/平均 and notes rows left out", async () => {
    const r = readTable(await loadWorkbook(fixture("plain.xlsx")));
    expect(r.worksheetName).toBe("2026年一季度");
    expect(r.table.headerRow).toBe(4);
    expect(r.map).toEqual({ group: 1, name: 2, score: 3, tier: 4 });
    expect(r.table.rows).toEqual([5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16]);
    expect(rowCells(r.table, 0)).toEqual([1, "区直单位", "区财政局", 92.5, "优秀"]);
    expect(new Set(r.table.columns[1])).toEqual(new Set(["区直单位", "乡镇", "街道"]));
  });

  test("table.xlsx: the Excel table's range wins; Traditional headers; totals row and outside cells ignored", async () => {
    const r = readTable(await loadWorkbook(fixture("table.xlsx")));
    expect(r.table.headerRow).toBe(3);
    expect(r.table.headers).toEqual(["", "單位", "類別", "總分", "等級"]);
    expect(r.map).toEqual({ name: 1, group: 2, score: 3, tier: 4 });
    expect(r.table.rows).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rowCells(r.table, 0)).toEqual([null, "區財政局", "區直單位", 91.5, "優秀"]);
  });

  test("english.xlsx: English headers and a year column", async () => {
    const r = readTable(await loadWorkbook(fixture("english.xlsx")), { lang: "en-US" });
    expect(r.map).toEqual({ name: 0, group: 1, score: 2, tier: 3, years: [{ year: 2024, col: 4 }] });
    expect(r.table.rows).toHaveLength(6);
  });

  test("cells.xlsx: every subject row is kept, whatever its score cell holds", async () => {
    const r = readTable(await loadWorkbook(fixture("cells.xlsx")));
    expect(r.table.columns[0]).toEqual([
      "区财政局", "区教育局", "区民政局", "区商务局", "区审计局", "区统计局", "区水利局", "区司法局", "区农牧局", "区应急管理局", "区医疗保障局",
    ]);
  });

  test("own-columns.xlsx: 【计算】 columns are reported, not mapped", async () => {
    const r = readTable(await loadWorkbook(fixture("own-columns.xlsx")));
    expect(r.map).toEqual({ group: 0, name: 1, score: 2, tier: 3 });
    expect(r.ownColumns).toEqual({ "【计算】排名": 4, "【计算】等次": 5, "【计算】亮灯": 6 });
  });

  test("a sheet can be named; an unknown sheet lists the sheets there are", async () => {
    const wb = await loadWorkbook(fixture("bad-scheme.xlsx"));
    expect(readTable(wb, { sheet: "考核结果" }).table.rows).toHaveLength(2);
    const e = await workbookError(() => readTable(wb, { sheet: "Sheet9", lang: "en-US" }));
    expect(e.code).toBe("SHEET_NOT_FOUND");
    expect(e.message).toBe("there is no sheet named “Sheet9”; the workbook has: 考核结果, 考核方案");
  });

  test("the 考核方案 sheet and Assess's own 晾晒表 are never taken for the table", async () => {
    const wb = new ExcelJS.Workbook();
    const scheme = wb.addWorksheet("考核方案");
    scheme.addRow(["单位", "总分"]);
    scheme.addRow(["甲", 1]);
    const data = wb.addWorksheet("数据");
    data.addRow(["单位", "总分"]);
    data.addRow(["乙", 2]);
    expect(readTable(wb).worksheetName).toBe("数据");
  });
});

describe("files that fail, each with its named error", () => {
  test.each<[string, WorkbookErrorCode, (wb: ExcelJS.Workbook) => unknown]>([
    ["bad-no-table.xlsx", "NO_TABLE", (wb) => readTable(wb)],
    ["bad-empty.xlsx", "EMPTY_TABLE", (wb) => readTable(wb)],
    ["bad-scheme.xlsx", "SCHEME_SHEET_INVALID", (wb) => readSchemeSheet(wb)],
  ])("%s → %s", async (name, code, use) => {
    const wb = await loadWorkbook(fixture(name));
    const e = await workbookError(() => use(wb));
    expect(e.code).toBe(code);
    expect(e.name).toBe("WorkbookError");
  });

  test("bad-corrupt.xlsx → NOT_XLSX", async () => {
    const e = await workbookError(() => loadWorkbook(fixture("bad-corrupt.xlsx"), "en-US"));
    expect(e.code).toBe("NOT_XLSX");
    expect(e.message).toContain("the file is damaged or not an Excel file");
  });

  test("every bad-*.xlsx fixture is covered above", () => {
    const bad = fs.readdirSync(FIXTURES).filter((f) => /^bad-.*\.xlsx$/.test(f)).sort();
    expect(bad).toEqual(["bad-corrupt.xlsx", "bad-empty.xlsx", "bad-no-table.xlsx", "bad-scheme.xlsx"]);
  });

  test("messages name the sheet and the row", async () => {
    const e = await workbookError(async () => readTable(await loadWorkbook(fixture("bad-empty.xlsx")), { lang: "zh-CN" }));
    expect(e.message).toBe("工作表“考核结果”第 2 行是表头，但下面没有数据行");
    const s = await workbookError(async () => readSchemeSheet(await loadWorkbook(fixture("bad-scheme.xlsx")), "en-US"));
    expect(s.message).toMatch(/^the scheme in sheet “考核方案” is not valid JSON: /);
  });

  describe("loadWorkbook", () => {
    let dir: string;
    beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "assess-read-"))));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    test("a missing file → FILE_NOT_FOUND", async () => {
      const e = await workbookError(() => loadWorkbook(path.join(dir, "nope.xlsx"), "zh-CN"));
      expect(e.code).toBe("FILE_NOT_FOUND");
      expect(e.message).toBe(`找不到文件：${path.join(dir, "nope.xlsx")}`);
    });

    test("an old .xls given by mistake → NOT_XLSX with a hint", async () => {
      const file = path.join(dir, "old.xls");
      fs.writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
      const e = await workbookError(() => loadWorkbook(file, "zh-CN"));
      expect(e.code).toBe("NOT_XLSX");
      expect(e.message).toContain("旧版 Excel 97–2003 工作簿（.xls）");
    });

    test("a password-protected workbook → NOT_XLSX saying so", async () => {
      const file = path.join(dir, "locked.xlsx");
      const ole = Buffer.alloc(4096);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
      Buffer.from("EncryptedPackage", "utf16le").copy(ole, 1024);
      fs.writeFileSync(file, ole);
      const e = await workbookError(() => loadWorkbook(file, "en-US"));
      expect(e.code).toBe("NOT_XLSX");
      expect(e.message).toContain("the file is encrypted (it has an open password)");
    });

    test("a CSV given by mistake → NOT_XLSX with a hint", async () => {
      const file = path.join(dir, "export.csv");
      fs.writeFileSync(file, "单位,总分,等次\n区财政局,90,优秀\n");
      const e = await workbookError(() => loadWorkbook(file, "en-US"));
      expect(e.code).toBe("NOT_XLSX");
      expect(e.message).toContain("CSV");
    });

    test("a zip that is not a workbook → NOT_XLSX", async () => {
      const file = path.join(dir, "empty.xlsx");
      // An empty zip archive: end-of-central-directory record only.
      fs.writeFileSync(file, Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
      const e = await workbookError(() => loadWorkbook(file));
      expect(e.code).toBe("NOT_XLSX");
    });
  });
});
