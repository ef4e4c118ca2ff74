/**
 * `assess check` on workbooks from other producers and past the reader's limits, through the built
 * command: openpyxl's file (absolute targets, a comment, a chart) is read — exceljs refused it —,
 * a formula without a cached value is told, and a file past a limit exits 2 with the limit named.
 */
import { join } from "node:path";
import { assess, root } from "../helpers/cli";

const producer = (name: string) => join(root, "test/fixtures/producers", name);

test("an openpyxl workbook with a comment and a chart is read; its uncached formula is told", () => {
  const r = assess("check", producer("openpyxl.xlsx"), "--preset", "jiuyuan", "--json");
  expect(r.code).toBeLessThan(2);
  const j = JSON.parse(r.out);
  expect(j).toMatchObject({ sheet: "考核结果", subjects: 4 });
  expect(r.err).toContain("有 1 个公式没有计算结果（F3），按空白处理：请在 Excel 中重新计算并保存后再试");
});

test("the LibreOffice copy reads the same table, with no uncached formula", () => {
  const r = assess("check", producer("libreoffice.xlsx"), "--preset", "jiuyuan", "--json");
  expect(r.code).toBeLessThan(2);
  expect(JSON.parse(r.out)).toMatchObject({ sheet: "考核结果", subjects: 4 });
  expect(r.err).not.toContain("公式");
});

test("past --max-rows: exit 2 naming the limit; the other files of the batch still get their result", () => {
  const r = assess("check", producer("openpyxl.xlsx"), producer("libreoffice.xlsx"), "--preset", "jiuyuan", "--max-rows", "3", "--json");
  expect(r.code).toBe(2);
  const j = JSON.parse(r.out) as { file: string; error?: string }[];
  expect(j).toHaveLength(2);
  expect(j[0]!.error).toContain("太大，超出读取上限（xl/worksheets/sheet1.xml：行数超过 3）");
  expect(j[1]!.error).toContain("行数超过 3");
  const ok = assess("check", producer("openpyxl.xlsx"), "--preset", "jiuyuan", "--max-rows", "100", "--json");
  expect(ok.code).toBeLessThan(2);
  const bad = assess("check", producer("openpyxl.xlsx"), "--max-part-mb", "zero");
  expect(bad.code).toBe(2);
  expect(bad.err).toContain("--max-part-mb zero");
});
