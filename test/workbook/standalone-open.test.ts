/**
 * The standalone page names what a picked file is when it is not a workbook, as `assess check`
 * does (file-kind.ts): the same fixtures as test/cli/inputs.test.ts, as the bytes a browser hands over.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { StandaloneHost } from "../../src/workbook/standalone-host";
import { isWorkbookError } from "../../src/workbook/errors";

const formats = join(__dirname, "../fixtures/formats");

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await StandaloneHost.open(bytes, name);
  } catch (e) {
    expect(isWorkbookError(e, "NOT_XLSX")).toBe(true);
    return (e as Error).message;
  }
  throw new Error(`${name} was opened`);
}

test.each([
  ["jiuyuan.xls", "旧版 Excel 97–2003 工作簿（.xls）"],
  ["jiuyuan-encrypted.xlsx", "文件已加密"],
  ["jiuyuan.ods", "OpenDocument 表格（.ods）"],
  ["jiuyuan-html.xls", "网页（HTML）格式的表格"],
  ["jiuyuan-2003.xls", "Excel 2003 XML 表格（SpreadsheetML）"],
])("%s is named for what it is", async (file, said) => {
  const message = await refusal(readFileSync(join(formats, file)), file);
  expect(message).toContain(file);
  expect(message).toContain(said);
});

test("a CSV saved under .xlsx, and a damaged zip named .xlsb, each told apart from a zip without a workbook", async () => {
  expect(await refusal(new TextEncoder().encode("单位,总分\n甲,90\n"), "成绩.xlsx")).toContain("文本（CSV）文件");
  const damaged = zipSync({ "hello.txt": new TextEncoder().encode("not a workbook") });
  expect(await refusal(damaged, "成绩.xlsb")).toContain("Excel 二进制工作簿（.xlsb）");
  expect(await refusal(damaged, "成绩.xlsx")).toContain("压缩包中没有工作簿（xl/workbook.xml）");
});

test("a workbook still opens", async () => {
  const host = await StandaloneHost.open(readFileSync(join(__dirname, "../../samples/jiuyuan-2026q1.xlsx")), "九原区.xlsx");
  expect((await host.readTable()).table.rows.length).toBeGreaterThan(0);
});
