/**
 * A character the embedded font lacks never turns into a silent blank: it is drawn with a fuller
 * fallback font, or listed (returned, and noted in the PDF with its code point).
 */
import { readFileSync } from "node:fs";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { FontFormatError, parseCmap } from "../../src/report/cmap";
import { fitFonts, fontFamily, missingChars, type ReportFont } from "../../src/report/fonts";
import { notoSansScPaths, renderPdf } from "../../src/report/render-node";
import { nodeFonts } from "./fixtures";
import { darkPixels, havePdftoppm, pdfText, renderPage } from "./pdf";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const subsetFont = require("subset-font") as (b: Buffer, text: string, o: { targetFormat: string }) => Promise<Buffer>;

const doc = (text: string): TDocumentDefinitions => ({
  pageSize: "A6",
  defaultStyle: { font: "Report", fontSize: 28 },
  content: [{ text }, { table: { body: [["表格 優秀"]] } }],
  footer: () => ({ text: "第 1 页" }),
});

let small: ReportFont; // a subset that has only ASCII and 优秀表格第页
let full: ReportFont;
beforeAll(async () => {
  const bytes = readFileSync(notoSansScPaths().regular);
  small = { regular: new Uint8Array(await subsetFont(bytes, " !~abcdefghijklmnopqrstuvwxyz0123456789优秀表格第页", { targetFormat: "truetype" })) };
  full = (await nodeFonts())[0]!;
});

test("the character map: what the subset and the full font have", () => {
  const s = parseCmap(small.regular);
  expect(s.has("优".codePointAt(0)!)).toBe(true);
  expect(s.has("優".codePointAt(0)!)).toBe(false);
  const f = parseCmap(full.regular);
  for (const ch of "優秀較差等級臺區●◐○▲▼＿") expect([ch, f.has(ch.codePointAt(0)!)]).toEqual([ch, true]);
  expect(f.has(0x20000)).toBe(false); // 𠀀, CJK Extension B
  expect(() => parseCmap(Uint8Array.from([0x77, 0x4f, 0x46, 0x32, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(FontFormatError);
  expect(missingChars(doc("優秀 較差"), s)).toEqual(["優", "較", "差"]);
});

test("characters the subset lacks go to the fuller font, and render", async () => {
  const fitted = fitFonts(doc("優秀 較差 优秀"), [small, full], "zh-CN");
  expect(fitted.missing).toEqual([]);
  expect(fitted.used).toEqual([0, 1]);
  const first = (fitted.doc.content as { text: unknown }[])[0]!;
  expect(first.text).toEqual([{ text: "優", font: fontFamily(1) }, { text: "秀 " }, { text: "較差 ", font: fontFamily(1) }, { text: "优秀" }]);
  const pdf = await renderPdf(fitted.doc, [small, full]);
  expect(pdfText(pdf)[0]!.join("").replace(/\s/g, "")).toContain("優秀較差优秀");
  if (havePdftoppm()) expect(darkPixels(renderPage(pdf, 1, 50))).toBeGreaterThan(800);
});

test("characters no font has are listed, in order, and noted in the PDF", async () => {
  const onlySmall = fitFonts(doc("優秀 較差"), [small], "zh-CN");
  expect(onlySmall.missing).toEqual(["優", "較", "差"]);
  const withFull = fitFonts(doc("優秀 𠀀"), [full], "en-US");
  expect(withFull.missing).toEqual(["𠀀"]);
  const text = pdfText(await renderPdf(withFull.doc, [full])).flat().join("");
  expect(text).toContain("U+20000");
  expect(text).toContain("no glyph");
});
