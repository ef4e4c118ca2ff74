/**
 * The PDF report as a reader sees it: its text (pdf.js) — Chinese from the data in Simplified and
 * Traditional, page numbers, the header repeated on every page of a long board, the check report —
 * and its rendering (pdftoppm): glyphs have ink, not only a text layer.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { buildReport, type ReportOptions } from "../../src/report/document";
import { fitFonts } from "../../src/report/fonts";
import { pageCount, renderPdf } from "../../src/report/render-node";
import { pageWidth, rankChanges } from "../../src/report/board";
import { textWidth } from "../../src/report/measure";
import { boardRows } from "../../src/engine/check/outputs";
import { evaluate } from "../../src/engine/check/evaluate";
import { jiuyuan, nodeFonts, root, traditional, traditionalScheme, traditionalTable } from "./fixtures";
import { darkPixels, havePdftoppm, pdfText, renderPage } from "./pdf";

const artifacts = join(root, "test-artifacts", "report");
mkdirSync(artifacts, { recursive: true });

const base: ReportOptions = {
  parts: ["board", "summary", "check"],
  title: "九原区2026年第一季度通报考核结果",
  issuer: "九原区考核办",
  period: "2026年第一季度",
  date: "2026-04-08",
  orientation: "landscape",
  lang: "zh-CN",
};

async function pdfOf(doc: TDocumentDefinitions): Promise<{ pdf: Buffer; missing: string[] }> {
  const fonts = await nodeFonts();
  const fitted = fitFonts(doc, fonts, "zh-CN");
  return { pdf: await renderPdf(fitted.doc, fonts), missing: fitted.missing };
}

/** Page texts with the items joined and white space removed (pdf.js splits lines into items). */
const joined = (pages: string[][]) => pages.map((p) => norm(p.join("")));
const norm = (s: string) => s.replace(/\s+/g, "");
/** Expect a page text (normalised) to contain a string, white space ignored. */
const has = (text: string | undefined, s: string) => expect(text).toContain(norm(s));

describe("the 九原区 sample, all three parts", () => {
  let pages: string[];
  let pdf: Buffer;
  beforeAll(async () => {
    const ev = await jiuyuan();
    const r = await pdfOf(buildReport(ev, base));
    expect(r.missing).toEqual([]);
    pdf = r.pdf;
    pages = joined(pdfText(pdf));
  });

  test("title block, data and labels in Chinese", () => {
    const all = pages.join("\n");
    has(pages[0], "九原区2026年第一季度通报考核结果");
    has(pages[0], "发文单位：九原区考核办");
    has(pages[0], "考核期间：2026年第一季度");
    has(pages[0], "日期：2026年4月8日");
    for (const s of ["晾晒表", "区直单位", "苏木乡镇街道", "区财政局", "沙河街道", "优秀", "良好", "● 绿", "◐ 黄", "○ 红"]) has(all, s);
  });

  test("page numbering on every page, and signature lines at the end", () => {
    expect(pages.length).toBe(pageCount(pdf));
    pages.forEach((p, i) => has(p, `第 ${i + 1} 页 / 共 ${pages.length} 页`));
    has(pages[pages.length - 1], "制表人：");
    has(pages[pages.length - 1], "审核人：");
  });

  test("the summary counts tiers against the limits", () => {
    const summary = pages.find((p) => p.includes("考核结果汇总"))!;
    has(summary, "15 / 15"); // computed: the vetoed 区水利局's place passes to the next unit (依次递补)
    has(summary, "1 / 2");
  });

  test("the check report lists each violation with its cells and fix", () => {
    const check = pages.slice(pages.findIndex((p) => p.includes("配额校验报告"))).join("");
    has(check, "共发现错误 3 项，提醒 1 项。");
    has(check, "17 / 15（超 2）");
    has(check, "【区直单位】“优秀”等次 17 人（个），超过名额 15");
    has(check, "将 区水利局 调为“一般”；将 区科学技术局 调为“良好”");
    has(check, "区水利局 因一票否决/负面清单最高只能评“一般”");
    has(check, "I27");
    has(check, "单元格均在工作表“2026年第一季度”中。");
    has(check, "沙河街道、麻池镇 同为 88.3 分");
  });

  test("page 1 (landscape board) renders with ink", () => {
    if (!havePdftoppm()) return;
    const g = renderPage(pdf, 1, 50, join(artifacts, "jiuyuan-page1.png"));
    expect(g.width).toBeGreaterThan(g.height); // landscape
    // The title band holds only text: no grid lines. Blank glyphs would leave it white.
    expect(darkPixels(g, 100, 0, 0.09)).toBeGreaterThan(300);
    expect(darkPixels(g)).toBeGreaterThan(1500);
    const check = pages.findIndex((p) => p.includes("配额校验报告")) + 1;
    renderPage(pdf, check, 70, join(artifacts, "jiuyuan-check.png"));
  });
});

describe("Traditional data over several pages", () => {
  let pages: string[];
  let pdf: Buffer;
  beforeAll(async () => {
    const ev = traditional(120);
    const r = await pdfOf(buildReport(ev, { ...base, title: "臺北市政府績效考核等級", parts: ["board", "check"] }));
    expect(r.missing).toEqual([]);
    pdf = r.pdf;
    pages = joined(pdfText(pdf));
  });

  test("Traditional names, groups and the scheme's own labels appear", () => {
    const all = pages.join("\n");
    for (const s of ["臺北市政府績效考核等級", "臺北市政府第1處", "臺北市政府第120處", "區直單位", "鄉鎮街道", "優秀", "較差"]) has(all, s);
  });

  test("the board's header row is repeated on every page of the board", () => {
    const checkStart = pages.findIndex((p) => p.includes("配额校验报告"));
    const board = pages.slice(0, checkStart);
    const check = pages.slice(checkStart);
    expect(board.length).toBeGreaterThanOrEqual(3);
    expect(check.length).toBeGreaterThanOrEqual(2);
    // the header on top of every board page; a group's heading row (类别 and its count) where it begins
    for (const p of board) expect(p).toMatch(/^(.*晾晒表)?排名单位得分等次亮灯(區直單位|鄉鎮街道)（\d+个）\d+臺北市政府第/);
    for (const p of check) expect(p).toContain("序号级别类别问题单元格处理建议");
    pages.forEach((p, i) => has(p, `第 ${i + 1} 页 / 共 ${pages.length} 页`));
  });

  test("Traditional glyphs have ink (優秀 較差 等級 臺 區)", async () => {
    if (!havePdftoppm()) return;
    const big = (text: string): TDocumentDefinitions => ({ pageSize: "A6", defaultStyle: { font: "Report", fontSize: 40 }, content: [{ text }] });
    const blank = renderPage((await pdfOf(big(" "))).pdf, 1, 50);
    const hant = renderPage((await pdfOf(big("優秀 較差\n等級 臺區"))).pdf, 1, 50, join(artifacts, "traditional-glyphs.png"));
    expect(darkPixels(blank)).toBe(0);
    expect(darkPixels(hant)).toBeGreaterThan(1500);
    expect(darkPixels(renderPage(pdf, 1, 50, join(artifacts, "traditional-page1.png")), 100, 0, 0.09)).toBeGreaterThan(300);
  });
});

/** The first 10 units, with 第1處 first and 第3處 last of 區直單位 then. */
function previousPeriod() {
  const table = traditionalTable(10);
  table.columns[2]![0] = 100;
  table.columns[2]![2] = 1;
  return evaluate(table, { group: 0, name: 1, score: 2, tier: 3 }, traditionalScheme, "zh-CN");
}

describe("options", () => {
  test("English labels, portrait, one part", async () => {
    const ev = await jiuyuan("en-US");
    const { pdf } = await pdfOf(buildReport(ev, { ...base, lang: "en-US", title: "Jiuyuan Q1 2026", orientation: "portrait", parts: ["summary"] }));
    const pages = joined(pdfText(pdf));
    expect(pages).toHaveLength(1);
    has(pages[0], "Results summary");
    has(pages[0], "Excellent");
    has(pages[0], "Page 1 of 1");
    has(pages[0], "Prepared by:");
    has(pages[0], "Date: 2026-04-08");
    expect(pages[0]).not.toContain(norm("Assessment board"));
    if (havePdftoppm()) {
      const g = renderPage(pdf, 1, 30);
      expect(g.height).toBeGreaterThan(g.width);
    }
  });

  test("rank change against a previous period: ▲ up, ▼ down, — same, 新 new", () => {
    const now = traditional(12);
    const before = previousPeriod(); // units 11 and 12 are new
    const rows = boardRows(now, "zh-CN");
    const changes = rankChanges(rows, before, "zh-CN");
    const prevRank = new Map(boardRows(before, "zh-CN").map((r) => [r.name, r.rank]));
    rows.forEach((r, i) => {
      const p = prevRank.get(r.name);
      const want = p === undefined ? "新" : p === r.rank ? "—" : p! > r.rank! ? `▲${p! - r.rank!}` : `▼${r.rank! - p!}`;
      expect(changes[i]).toBe(want);
    });
    expect(changes).toContain("新");
    expect(changes.some((c) => c.startsWith("▲"))).toBe(true);
    expect(changes.some((c) => c.startsWith("▼"))).toBe(true);
  });

  test("the board shows the change column when a previous period is given", async () => {
    const doc = buildReport(traditional(12), { ...base, parts: ["board"], previous: previousPeriod(), previousLabel: "上期" });
    const text = joined(pdfText((await pdfOf(doc)).pdf)).join("");
    has(text, "排名变化");
    has(text, "与上期（上期）比较");
    expect(text).toMatch(/▲\d/);
  });
});

/** A table of `n` units in two groups, one of whose names is `long`. */
function longNameEvaluation(long: string, n = 30) {
  const table = traditionalTable(n);
  table.columns[1]![4] = long;
  return evaluate(table, { group: 0, name: 1, score: 2, tier: 3 }, traditionalScheme, "zh-CN");
}

describe("the board's layout", () => {
  test("a 3,000-character name: its row stays, the name wraps to three lines with … and its full name is in a note", async () => {
    const long = Array.from({ length: 3000 }, (_, i) => "甲乙丙丁戊己庚辛壬癸"[i % 10]).join("");
    const ev = longNameEvaluation(long);
    const { pdf } = await pdfOf(buildReport(ev, { ...base, parts: ["board", "summary"] }));
    // the pages' text without their footers, so a note running over a page break reads whole
    const pages = joined(pdfText(pdf)).map((p) => p.replace(/第\d+页\/共\d+页/g, ""));
    const all = pages.join("");
    // every unit of the table is on the board (none dropped), the long one with its score
    for (const r of ev.read.subjects) if (r.name !== long) has(all, r.name);
    const score = ev.read.subjects[4]!.score!.toFixed(1).replace(/\.0$/, "");
    const row = all.indexOf("…（注1）");
    expect(row).toBeGreaterThan(0);
    expect(all.slice(row, row + 40)).toContain(score);
    // the note holds the whole name
    has(all, `注1：全称为“${long}”`);
    if (havePdftoppm()) renderPage(pdf, 1, 60, join(artifacts, "long-name-page1.png"));
  });

  test("a heading row per 类别 instead of the group on every row", async () => {
    const ev = await jiuyuan();
    const pages = joined(pdfText((await pdfOf(buildReport(ev, { ...base, parts: ["board"] }))).pdf));
    // a group's heading once on each page it is on (above its rows, under the column header), never per row
    const count = (p: string, s: string) => p.split(s).length - 1;
    for (const p of pages) for (const g of ["区直单位（52个）", "苏木乡镇街道（8个）"]) expect(count(p, g)).toBeLessThanOrEqual(1);
    expect(pages.filter((p) => p.includes("区直单位（52个）")).length).toBeGreaterThanOrEqual(2); // 52 rows run over a page
    for (const p of pages) expect(p).toMatch(/^(.*晾晒表)?排名单位得分等次亮灯(区直单位|苏木乡镇街道)（\d+个）\d/);
    // no 类别 column: the header is 排名 单位 得分 等次 亮灯
    has(pages[0], "排名单位得分等次亮灯");
    expect(pages[0]).not.toContain("类别排名");
  });

  test("column widths come from the content: the name column is as wide as the longest name, not the page", async () => {
    const ev = await jiuyuan();
    const doc = buildReport(ev, { ...base, parts: ["board"] });
    const tables = (doc.content as { stack?: { table?: { widths: number[] } }[] }[]).flatMap((c) => c.stack ?? []).filter((c) => c.table);
    expect(tables.length).toBe(2); // one per 类别, with the same widths so the columns line up
    expect(tables[1]!.table!.widths).toEqual(tables[0]!.table!.widths);
    const table = tables[0]!.table!;
    const longest = Math.max(...ev.read.subjects.map((x) => textWidth(x.name, 9)));
    expect(table.widths[1]).toBe(Math.ceil(longest));
    expect(table.widths[1]! / pageWidth("landscape")).toBeLessThan(0.5);
    // each of 得分, 等次, 亮灯 holds its widest cell on one line
    expect(table.widths[2]).toBeGreaterThanOrEqual(textWidth("88.30", 9));
    expect(table.widths[4]).toBeGreaterThanOrEqual(textWidth("◐ 黄", 9));
  });

  test("no near-empty page: the summary follows the board on its last page when it fits", async () => {
    const ev = await jiuyuan();
    const { pdf } = await pdfOf(buildReport(ev, { ...base, parts: ["board", "summary"] }));
    const pages = joined(pdfText(pdf));
    const last = ev.read.subjects.map((x) => x.name);
    const lastBoardPage = pages.findIndex((p) => p.includes("考核结果汇总"));
    expect(lastBoardPage).toBeGreaterThanOrEqual(0);
    // the summary's page also holds board rows
    expect(last.some((n) => pages[lastBoardPage]!.includes(n))).toBe(true);
    if (havePdftoppm()) for (let i = 1; i <= pages.length; i++) renderPage(pdf, i, 60, join(artifacts, `jiuyuan-board-summary-${i}.png`));
  });
});
