/**
 * Input messages that name the real cause (issue 14), spawned as a user runs the command: a folder,
 * an OpenDocument spreadsheet, an old .xls, an encrypted workbook, a web page or Excel 2003 XML
 * named .xls (as assessment systems export them), a CSV — each told by its content
 * (and, when the content says nothing, by its name) in zh-CN and en-US, exit 2; a formula cell
 * saved without its value (a workbook written by openpyxl) and a bad indicator cell named by the
 * indicator's header, not its id. Fixtures: test/fixtures/formats/generate.py.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { foreignKind } from "../../src/workbook/file-kind";
import { assess, root, sha, tempDirForSuite } from "../helpers/cli";

const formats = (name: string) => join(root, "test/fixtures/formats", name);
const jiuyuan = join(root, "samples/jiuyuan-2026q1.xlsx");
const dir = tempDirForSuite("assess-inputs-");

describe("a file that is not a readable .xlsx is named for what it is", () => {
  test.each([
    ["jiuyuan.ods", "这是 OpenDocument 表格（.ods），不能直接读取：请在 LibreOffice 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再试", "it is an OpenDocument spreadsheet (.ods), which is not read: save it as an Excel workbook (.xlsx) in LibreOffice or WPS"],
    ["jiuyuan.xls", "这是旧版 Excel 97–2003 工作簿（.xls），请在 Excel 或 WPS 中“另存为” .xlsx 后再试", "it is an old Excel 97–2003 workbook (.xls); save it as .xlsx in Excel or WPS"],
    ["jiuyuan-encrypted.xlsx", "文件已加密（设有打开密码），请在 Excel 或 WPS 中取消密码后另存一份再试", "the file is encrypted (it has an open password)"],
    // What assessment systems export as "Excel": a web page or Excel 2003 XML under an .xls name.
    ["jiuyuan-html.xls", "这是网页（HTML）格式的表格，只是扩展名为 .xls（考核系统导出的文件常是这样），不能直接读取：请在 Excel 或 WPS 中打开后“另存为” .xlsx 再试", "it is a web page (HTML) table under an .xls name"],
    ["jiuyuan-2003.xls", "这是 Excel 2003 XML 表格（SpreadsheetML），不是 .xlsx 工作簿，不能直接读取：请在 Excel 或 WPS 中打开后“另存为” .xlsx 再试", "it is an Excel 2003 XML spreadsheet (SpreadsheetML)"],
  ])("%s", (name, zh, en) => {
    const file = formats(name);
    const before = sha(file);
    const r = assess("check", file);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim()).toBe(`${file} 不是有效的 Excel 工作簿（.xlsx）：${zh}`);
    expect(r.err).not.toContain("已损坏");
    const e = assess("check", file, "--lang", "en");
    expect(e.code).toBe(2);
    expect(e.err).toContain(en);
    expect(sha(file)).toBe(before);
  });

  test("told by content whatever the name: an .ods renamed .xlsx, an .xls renamed .xlsx", () => {
    const ods = join(dir(), "考核表.xlsx");
    copyFileSync(formats("jiuyuan.ods"), ods);
    expect(assess("check", ods).err).toContain("这是 OpenDocument 表格（.ods）");
    const xls = join(dir(), "旧表.xlsx");
    copyFileSync(formats("jiuyuan.xls"), xls);
    expect(assess("check", xls).err).toContain("这是旧版 Excel 97–2003 工作簿（.xls）");
  });

  test("told by name when the content says nothing: a damaged .ods", () => {
    const file = join(dir(), "damaged.ods");
    writeFileSync(file, "not a spreadsheet");
    const r = assess("check", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("这是 OpenDocument 表格（.ods）");
  });

  test("a CSV given to check", () => {
    const file = join(dir(), "导出.csv");
    writeFileSync(file, "单位,总分,等次\n区财政局,90,优秀\n");
    const r = assess("check", file, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`${file} is not a valid Excel workbook (.xlsx): it is a text (CSV) file; open it in Excel or WPS and save it as .xlsx`);
  });

  test("a folder: said to be a folder, with how to check the files in it", () => {
    const r = assess("check", dir());
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`${dir()} 是文件夹，不是 Excel 工作簿：请给出其中的 .xlsx 文件，如 ${dir()}/考核表.xlsx（批量校验：assess check ${dir()}/*.xlsx）`);
    const e = assess("check", dir(), "--lang", "en");
    expect(e.err.trim()).toMatch(/ is a folder, not an Excel workbook: give the \.xlsx files in it/);
    // The other commands read through the same opening.
    expect(assess("analyze", dir()).err).toContain("是文件夹");
    expect(assess("weights", "--method", "entropy", "--variant", "sum", dir()).err).toContain("是文件夹");
  });

  test("a batch goes on past such files: each its own message, the good file checked", () => {
    const r = assess("check", formats("jiuyuan.ods"), jiuyuan, formats("jiuyuan-encrypted.xlsx"), "--json");
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out) as { file: string; error?: string; subjects?: number }[];
    expect(j.map((x) => [x.file, x.error !== undefined])).toEqual([
      [formats("jiuyuan.ods"), true],
      [jiuyuan, false],
      [formats("jiuyuan-encrypted.xlsx"), true],
    ]);
    expect(j[2]!.error).toContain("文件已加密");
  });
});

describe("foreignKind: the bytes first, then the name", () => {
  test.each([
    ["jiuyuan.ods", "ods"],
    ["jiuyuan.xls", "xls"],
    ["jiuyuan-encrypted.xlsx", "encrypted"],
    ["jiuyuan-html.xls", "html"],
    ["jiuyuan-2003.xls", "xml2003"],
  ])("%s → %s", (name, kind) => {
    expect(foreignKind(readFileSync(formats(name)), "any.xlsx")).toBe(kind);
  });

  test("an .xlsx (a zip without an OpenDocument mimetype) is never refused for its name", () => {
    expect(foreignKind(readFileSync(jiuyuan), "a.xlsx")).toBe("unknown");
    expect(foreignKind(new Uint8Array([1, 2, 3]), "a.xlsb")).toBe("xlsb");
    expect(foreignKind(new TextEncoder().encode("a\tb\n1\t2\n"), "x.dat")).toBe("csv");
  });

  test("a web page is no CSV for the separator on its first line, nor an old .xls for its name", () => {
    const page = (html: string) => foreignKind(new TextEncoder().encode(html), "导出.xls");
    expect(page('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><table><tr><td>单位,总分</td></tr></table></body></html>')).toBe("html");
    expect(page('\uFEFF<!-- 考核系统导出 -->\n<table border="1"><tr><td>单位</td></tr></table>')).toBe("html");
    expect(page('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook>')).toBe("xml2003");
    // A CSV whose first cell happens to hold a tag-like text stays a CSV.
    expect(page("单位<备注>,总分\n区财政局,90\n")).toBe("csv");
  });
});

describe("cells", () => {
  const uncached = formats("uncached.xlsx");

  test("a formula saved without its value (openpyxl) is told as such, by cell and indicator label", () => {
    const before = sha(uncached);
    const r = assess("check", uncached, "--json");
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as { violations: { code: string; cells: string[]; message: string }[] };
    const d5 = j.violations.find((v) => v.cells[0] === "'2026年第一季度'!D5");
    expect(d5).toMatchObject({
      code: "MISSING_VALUE",
      message: "'2026年第一季度'!D5 是公式，但文件中没有它的计算结果（指标“招商引资”）：请在 Excel 中重新计算并保存后再试",
    });
    // Every total in G is a formula without a value too: stderr names them and the fix.
    expect(r.err).toContain("请在 Excel 中重新计算并保存后再试");
    expect(r.err).toContain("G3, G4, D5");
    expect(sha(uncached)).toBe(before);
  });

  test("a bad indicator cell is named by the indicator's header (招商引资), never its id (investment)", () => {
    const r = assess("check", uncached);
    expect(r.out).toContain("'2026年第一季度'!D6 的值“缺报”不是数字，无法作为指标“招商引资”使用");
    expect(r.out).not.toContain("investment");
    const e = assess("check", uncached, "--lang", "en");
    expect(e.out).toContain("(indicator “招商引资”): recalculate and save the workbook in Excel, then try again");
    expect(e.out).not.toContain("investment");
  });

  test("without indicators in the scheme the uncached totals are the scores: each told, none read as 0", () => {
    const r = assess("check", uncached, "--preset", "jiuyuan", "--json");
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as { violations: { code: string; message: string }[] };
    const told = j.violations.filter((v) => v.message.includes("是公式，但文件中没有它的计算结果（得分）"));
    expect(told).toHaveLength(60);
  });
});
