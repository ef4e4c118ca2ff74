/**
 * The single-file offline page (dist-web/assess-offline.html, built by jest's globalSetup through
 * scripts/build-offline.js) opened from file:// in Chromium with every other request refused:
 * open the 九原区 sample, 配额校验, 写回结果, 下载 (an .xlsx with the 【计算】 columns), 导出 PDF
 * (read back: text with pdf.js, ink with pdftoppm). A character outside the inlined font's
 * GB2312 + Big5 subset is named in the PDF and in the pane, never a silent blank.
 * Controls are found by role and accessible name (the pane may be restyled).
 * If chromium is missing the suite fails — it never passes silently.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { parseCmap } from "../../src/report/cmap";
import { INLINE_FONT_ID } from "../../src/report/inline-font";
import { notoSansScPaths } from "../../src/report/render-node";
import { darkPixels, havePdftoppm, pdfText, renderPage } from "../report/pdf";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { subsetText } = require("../../scripts/build-font-subset.js") as { subsetText(): string };

const root = resolve(__dirname, "../..");
const file = join(root, "dist-web/assess-offline.html");
const sample = join(root, "samples/jiuyuan-2026q1.xlsx");
const artifacts = join(root, "test-artifacts");
const CHROMIUM = "/usr/bin/chromium";

let browser: Browser;
let html: string;

jest.setTimeout(180_000);

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium; this suite must not pass without it`);
  if (!existsSync(file)) throw new Error(`${file} is missing: jest's globalSetup (test/setup/build-web.js) builds it`);
  html = readFileSync(file, "utf8");
  mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** A context where file: URLs load and every other request is refused (and recorded). */
async function offlinePage(): Promise<{ context: BrowserContext; page: Page; refused: string[]; errors: string[]; blocked: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 900 } });
  const refused: string[] = [];
  await context.route("**", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    refused.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const blocked: string[] = []; // what the page's Content-Security-Policy refused
  page.on("console", (m) => void (/Content Security Policy/i.test(m.text()) && blocked.push(m.text())));
  await page.goto(pathToFileURL(file).href);
  return { context, page, refused, errors, blocked };
}

/** The page with every script's body cut out (by indexOf: the bodies are megabytes long). */
function withoutScriptBodies(page: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const open = page.indexOf("<script", at);
    if (open < 0) return out + page.slice(at);
    const bodyStart = page.indexOf(">", open) + 1;
    const close = page.indexOf("</script>", bodyStart);
    out += page.slice(at, bodyStart);
    at = close < 0 ? page.length : close;
  }
}

const button = (page: Page, name: RegExp) => page.getByRole("button", { name }).first();

test("one file: no script, style or image from elsewhere; the font inlined covers GB2312 and Big5; size", () => {
  const refs = [...withoutScriptBodies(html).matchAll(/\s(?:src|href)="([^"]*)"/gi)].map((m) => m[1]!);
  expect(refs.filter((r) => !r.startsWith("data:"))).toEqual([]);
  expect(html).toMatch(/<link rel="icon" type="image\/png" href="data:image\/png;base64,/);
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  // indexOf, not a RegExp: a capture over megabytes of base64 can overflow V8's regexp stack.
  const open = `<script type="application/octet-stream" id="${INLINE_FONT_ID}" data-encoding="gzip+base64">`;
  const start = html.indexOf(open);
  expect(start).toBeGreaterThan(0);
  const end = html.indexOf("</script>", start);
  const inlined = html.slice(start + open.length, end);
  expect(inlined).toMatch(/^[A-Za-z0-9+/=]{1000}/);
  const font = gunzipSync(Buffer.from(inlined, "base64"));
  const map = parseCmap(new Uint8Array(font));
  // Every character of ASCII + GB2312 + Big5 that Noto Sans SC draws at all is in the inlined subset
  // (the legacy encodings' user-defined areas decode to private-use code points no font has).
  const full = parseCmap(new Uint8Array(readFileSync(notoSansScPaths().regular)));
  const text = [...subsetText()].filter((ch) => full.has(ch.codePointAt(0)!));
  expect(text.length).toBeGreaterThan(16000);
  expect(text.filter((ch) => !map.has(ch.codePointAt(0)!))).toEqual([]);
  const unmapped = [...subsetText()].filter((ch) => !full.has(ch.codePointAt(0)!)).map((ch) => ch.codePointAt(0)!);
  // Outside the private-use areas Noto Sans SC lacks two Big5 symbols, ˍ and ≒: the fallback rule names them.
  expect(unmapped.filter((cp) => cp < 0xe000 || cp > 0xf8ff).map((cp) => cp.toString(16))).toEqual(["2cd", "2252"]);
  for (const ch of "优秀良好一般较差優秀較差等級臺灣區●◐○") expect([ch, map.has(ch.codePointAt(0)!)]).toEqual([ch, true]);
  expect(map.has(0x20000)).toBe(false); // 𠀀 (CJK Extension B) is outside: the fallback rule names it
  expect(html).toContain("SIL OPEN FONT LICENSE");
  const raw = statSync(file).size;
  const gz = gzipSync(readFileSync(file)).length;
  console.log(`assess-offline.html: ${(raw / 1048576).toFixed(2)} MB raw, ${(gz / 1048576).toFixed(2)} MB gzip (font ${(font.length / 1048576).toFixed(2)} MB TTF, ${(inlined.length / 1048576).toFixed(2)} MB inlined)`);
});

test("from file:// with no network: open, 配额校验, 写回结果, 下载, 导出 PDF", async () => {
  const { context, page, refused, errors, blocked } = await offlinePage();
  await page.locator("input[type=file]").setInputFiles(sample);
  await button(page, /配额校验/).click();
  await page.getByText(/超过名额 15/).first().waitFor();

  await button(page, /写回结果/).click();
  await page.getByText(/【计算】等次/).first().waitFor();
  const [xlsx] = await Promise.all([page.waitForEvent("download"), button(page, /^下载/).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const saved = join(artifacts, "offline-download.xlsx");
  await xlsx.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const ws = wb.getWorksheet("2026年第一季度")!;
  const header = (ws.getRow(2).values as unknown[]).map(String);
  for (const col of ["【计算】得分", "【计算】组内排名", "【计算】等次", "【计算】亮灯"]) expect(header).toContain(col);
  const tierCol = header.indexOf("【计算】等次");
  expect(ws.getCell(27, 3).value).toBe("区水利局");
  expect(ws.getCell(27, tierCol).value).toBe("一般"); // vetoed: capped at 一般
  expect(wb.getWorksheet("晾晒表")).toBeDefined();

  const [pdf] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), button(page, /导出 PDF/).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfFile = join(artifacts, "offline-report.pdf");
  await pdf.saveAs(pdfFile);
  const bytes = readFileSync(pdfFile);
  const pages = pdfText(bytes);
  const all = pages.flat().join("");
  expect(all).toContain("区水利局");
  expect(all).toContain("晾晒表");
  expect(all).toContain("超过名额 15");
  expect(all).toContain(`第 1 页 / 共 ${pages.length} 页`);
  expect(all).not.toContain("no glyph");
  if (havePdftoppm()) {
    const g = renderPage(bytes, 1, 50, join(artifacts, "offline-report-page1.png"));
    expect(darkPixels(g, 100, 0, 0.09)).toBeGreaterThan(100); // the title band has ink, not blanks
    expect(darkPixels(g)).toBeGreaterThan(1000); // the whole page ≈ 1700 at 50 dpi
  }
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
  expect(blocked).toEqual([]); // the whole run needed nothing the policy forbids
  // The page's own policy stops a fetch before it leaves the browser (the route above never sees it).
  expect(await page.evaluate(() => fetch("https://example.com/x").then(() => "fetched", () => "blocked"))).toBe("blocked");
  expect(refused).toEqual([]);
  expect(blocked.join("\n")).toContain("example.com");
  await context.close();
});

test("a character outside the inlined font (𠀀, Extension B) is named in the PDF and in the pane", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  wb.getWorksheet("2026年第一季度")!.getCell(27, 3).value = "区水利局𠀀";
  const odd = join(artifacts, "offline-extb.xlsx");
  await wb.xlsx.writeFile(odd);
  const { context, page, refused } = await offlinePage();
  await page.locator("input[type=file]").setInputFiles(odd);
  await button(page, /配额校验/).click();
  await page.getByText(/超过名额 15/).first().waitFor();
  const [pdf] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), button(page, /导出 PDF/).click()]);
  const bytes = Buffer.from(readFileSync(await pdf.path()));
  const all = pdfText(bytes).flat().join("");
  expect(all).toContain("U+20000");
  await page.getByText(/𠀀/).last().waitFor(); // the pane's note after the export names it too
  expect(refused).toEqual([]);
  await context.close();
});
