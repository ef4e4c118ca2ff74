/**
 * Strict inputs (issue 14): a scheme file with a misspelt key is refused (exit 2) naming the key
 * and the nearest known one; a UTF-8 BOM is accepted; a file holding `null` is told apart from a
 * workbook without a scheme; apply stores the validated scheme in the 考核方案 sheet.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { presetInput } from "../../src/engine/scheme/presets";
import { parseSchemeOrThrow } from "../../src/engine/scheme/scheme";
import { readSchemeSheet } from "../../src/workbook/xlsx";
import { assess, root, tempDirForSuite } from "../helpers/cli";

const jiuyuan = join(root, "samples/jiuyuan-2026q1.xlsx");
const dir = tempDirForSuite("assess-strict-");
const write = (name: string, text: string) => {
  const f = join(dir(), name);
  writeFileSync(f, text);
  return f;
};

test.each([
  ["vetto", { vetto: { cap: "fair" } }, "无法识别的字段“vetto”，是否应为“veto”？"],
  ["forcedBotom", { forcedBotom: { share: 0.1 } }, "无法识别的字段“forcedBotom”，是否应为“forcedBottom”？"],
])("a scheme with %s is refused with exit 2, naming the key and the nearest one", (_, extra, text) => {
  const f = write(`typo-${_}.json`, JSON.stringify({ ...presetInput("jiuyuan"), ...extra }));
  const r = assess("check", jiuyuan, "--scheme", f);
  expect(r.code).toBe(2);
  expect(r.err).toContain(text);
  expect(r.out).toBe("");
});

test("the same in English", () => {
  const f = write("typo-en.json", JSON.stringify({ ...presetInput("jiuyuan"), vetto: { cap: "fair" } }));
  const r = assess("check", jiuyuan, "--scheme", f, "--lang", "en");
  expect(r.code).toBe(2);
  expect(r.err).toContain("unknown field “vetto” — did you mean “veto”?");
});

test("a UTF-8 byte order mark before the JSON is accepted", () => {
  const f = write("bom.json", "\uFEFF" + JSON.stringify(presetInput("jiuyuan")));
  const r = assess("check", jiuyuan, "--scheme", f, "--json");
  expect(r.err).toBe("");
  expect(JSON.parse(r.out).scheme).toBe("jiuyuan");
});

test.each([
  ["null", "null"],
  ["an array", "[1, 2]"],
])("a file holding %s gets a message about the file", (_, text) => {
  const f = write(`not-object-${_}.json`, text);
  const r = assess("check", jiuyuan, "--scheme", f);
  expect(r.code).toBe(2);
  expect(r.err).toContain(`方案文件 ${f} 的内容是 ${JSON.stringify(JSON.parse(text))}，不是方案`);
  expect(r.err).not.toContain("--preset"); // not the "workbook has no scheme" message
});

test("apply stores the validated scheme (defaults filled, the old key replaced), not the JSON as typed", async () => {
  const typed = { ...presetInput("jiuyuan"), releaseCappedPlaces: false };
  const f = write("old-key.json", JSON.stringify(typed));
  const out = join(dir(), "out.xlsx");
  expect(assess("apply", jiuyuan, "--scheme", f, "-o", out).code).not.toBe(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const stored = readSchemeSheet(wb) as Record<string, unknown>;
  expect(stored).not.toHaveProperty("releaseCappedPlaces");
  expect(stored).toMatchObject({ keepCappedPlaces: true, schemaVersion: 1, consecutiveYears: 3 });
  expect(stored).toEqual(JSON.parse(JSON.stringify(parseSchemeOrThrow(typed))));
});
