/**
 * The one-page bulletin (通报) as a reader sees it: its text (pdf.js) — title, the board with rank
 * changes, the top and bottom three, the problems — on one page for the 60 units of the 九原区
 * sample; the chart drawn with ink in its colours (pdftoppm); a board too long for one page flows
 * on and says so. The chart's SVG is checked as geometry.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { compare, periodResults } from "../../src/engine/periods/compare";
import { evaluate } from "../../src/engine/check/evaluate";
import { boardRows } from "../../src/engine/check/outputs";
import { rankChanges } from "../../src/report/board";
import { buildBulletin, bulletinDensity, renderBulletin, type BulletinOptions } from "../../src/report/bulletin";
import { hatch, tierBarSvg } from "../../src/report/chart-svg";
import { fitFonts } from "../../src/report/fonts";
import { pageCount, renderPdf } from "../../src/report/render-node";
import { jiuyuan, nodeFonts, root, traditional, traditionalScheme, traditionalTable } from "./fixtures";
import { havePdftoppm, pdfText } from "./pdf";

const artifacts = join(root, "test-artifacts", "report");
mkdirSync(artifacts, { recursive: true });

const base: BulletinOptions = { period: "2026年第一季度", date: "2026-04-08", lang: "zh-CN", issuer: "九原区考核办" };

async function render(doc: TDocumentDefinitions): Promise<{ result: Buffer; pages: number }> {
  const fonts = await nodeFonts();
  const fitted = fitFonts(doc, fonts, "zh-CN");
  expect(fitted.missing).toEqual([]);
  const pdf = await renderPdf(fitted.doc, fonts);
  return { result: pdf, pages: pageCount(pdf) };
}

const norm = (s: string) => s.replace(/\s+/g, "");
const pageTexts = (pdf: Buffer) => pdfText(pdf).map((p) => norm(p.join("")));

/** A page rendered in colour (PPM) with the pixels near a colour counted, per band of rows. */
function colourPixels(pdf: Buffer, page: number, dpi: number, rgb: [number, number, number], tolerance = 40, png?: string): { count: number; rows: number[] } {
  const dir = mkdtempSync(join(tmpdir(), "assess-colour-"));
  try {
    const file = join(dir, "in.pdf");
    writeFileSync(file, pdf);
    const args = ["-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile"];
    const r = spawnSync("pdftoppm", [...args, file, join(dir, "page")], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
    if (png) spawnSync("pdftoppm", [...args, "-png", file, png.replace(/\.png$/, "")]);
    const b = readFileSync(join(dir, "page.ppm"));
    const head = b.subarray(0, 64).toString("latin1").split(/\s+/);
    if (head[0] !== "P6") throw new Error("not a PPM");
    const [width, height] = [Number(head[1]), Number(head[2])];
    // Header: "P6\n<w> <h>\n255\n"
    const offset = b.length - width * height * 3;
    const rows: number[] = new Array(height).fill(0);
    let count = 0;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const p = offset + (y * width + x) * 3;
        if (Math.abs(b[p]! - rgb[0]) + Math.abs(b[p + 1]! - rgb[1]) + Math.abs(b[p + 2]! - rgb[2]) <= tolerance) {
          count++;
          rows[y]!++;
        }
      }
    return { count, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the chart's SVG", () => {
  test("a bar: tiers in order, the limit line where the first tier's places end, the excess hatched", () => {
    const svg = tierBarSvg({ counts: [4, 7, 1, 0], limits: [3, null, null, null] }, 120, 10);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="120" height="10" viewBox="0 0 120 10">/);
    // 12 subjects over 120 pt: 10 pt each. Tier 0 from 0 to 40, tier 1 from 40 to 110, tier 2 to 120.
    expect(svg).toContain('<rect x="0" y="2" width="40" height="6" fill="#1F4E79"/>');
    expect(svg).toContain('<rect x="40" y="2" width="70" height="6" fill="#4F81BD"/>');
    // The limit at 3 places: x = 30, through the whole height; the 4th cell (30–40) is over it.
    expect(svg).toContain('<line x1="30" y1="0" x2="30" y2="10" stroke="#000000"');
    expect(svg).toContain('<rect x="30" y="2" width="10" height="6" fill="none" stroke="#C00000"');
    // Nothing is text: labels are the PDF's own text.
    expect(svg).not.toContain("<text");
  });

  test("within the limit: no hatching; a group without a quota: no limit line", () => {
    expect(tierBarSvg({ counts: [2, 5, 1, 0], limits: [2, null, null, null] }, 80, 10)).not.toContain("#C00000");
    expect(tierBarSvg({ counts: [8, 18, 1], limits: [null, null, null] }, 80, 10)).not.toContain("stroke-dasharray");
  });

  test("hatch lines stay inside their rectangle", () => {
    const segs = hatch(5, 2, 10, 4, 2.2);
    expect(segs.length).toBeGreaterThan(3);
    for (const [x1, y1, x2, y2] of segs) {
      for (const x of [x1, x2]) expect(x).toBeGreaterThanOrEqual(5 - 1e-9), expect(x).toBeLessThanOrEqual(15 + 1e-9);
      for (const y of [y1, y2]) expect(y).toBeGreaterThanOrEqual(2 - 1e-9), expect(y).toBeLessThanOrEqual(6 + 1e-9);
      expect(x2 - x1).toBeCloseTo(y1 - y2, 9); // 45°
    }
  });
});

describe("the document definition", () => {
  test("A4, landscape by default; the title from the scheme and period unless given; smaller type at each step", async () => {
    const ev = await jiuyuan();
    const doc = buildBulletin(ev, { ...base, density: 0 });
    expect([doc.pageSize, doc.pageOrientation]).toEqual(["A4", "landscape"]);
    expect(doc.info?.title).toBe("九原区登记式考核通报（2026年第一季度）");
    expect(buildBulletin(ev, { ...base, title: "九原区一季度通报" }).info?.title).toBe("九原区一季度通报");
    expect(buildBulletin(ev, { ...base, orientation: "portrait" }).pageOrientation).toBe("portrait");
    const sizes = [0, 3, 6].map((density) => buildBulletin(ev, { ...base, density }).defaultStyle?.fontSize as number);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(3);
  });
});

describe("the 九原区 sample (60 units, no previous period): one page", () => {
  let pdf: Buffer;
  let pages: string[];
  beforeAll(async () => {
    const ev = await jiuyuan();
    const made = await renderBulletin(ev, base, render);
    expect(made.fits).toBe(true);
    pdf = made.result;
    pages = pageTexts(pdf);
  });

  test("one page, landscape, the title 「方案通报（期间）」 and the meta line", () => {
    expect(pages).toHaveLength(1);
    const p = pages[0]!;
    expect(p).toContain("九原区登记式考核通报（2026年第一季度）");
    for (const s of ["考核期间：2026年第一季度", "发文单位：九原区考核办", "无上期可比", "日期：2026年4月8日", "第1页/共1页"]) expect(p).toContain(norm(s));
  });

  test("the whole board: both groups, every unit, no change column without a previous period", () => {
    const p = pages[0]!;
    expect(p).toContain("区直单位（52个）");
    expect(p).toContain("苏木乡镇街道（8个）");
    for (const s of ["区财政局", "区医疗保障局", "萨如拉街道", "哈业胡同镇"]) expect(p).toContain(s);
    expect(p).not.toContain("排名变化");
  });

  test("top three and bottom three of each group", () => {
    const p = pages[0]!;
    expect(p).toContain("各类别前三名与后三名");
    expect(p).toContain(norm("1. 区财政局 94.92"));
    expect(p).toContain(norm("52. 区医疗保障局 64.93"));
    expect(p).toContain(norm("8. 哈业胡同镇 70.40"));
  });

  test("the problems of the period, errors first, with their fixes", () => {
    const p = pages[0]!;
    expect(p).toContain("本期问题（错误3项，提醒1项）");
    expect(p).toContain(norm("【区直单位】“优秀”等次 17 人（个），超过名额 15"));
    expect(p).toContain(norm("建议：将 区水利局 调为“一般”"));
    expect(p).toContain(norm("沙河街道、麻池镇 同为 88.3 分"));
  });

  test("the chart: its caption and legend as text, the bars drawn (dark fill of the first tier, red hatching over the quota)", () => {
    const p = pages[0]!;
    expect(p).toContain("等次分布与名额");
    expect(p).toContain(norm("优秀 17/15"));
    expect(p).toContain("名额上限");
    expect(p).toContain("超出名额");
    if (!havePdftoppm()) return;
    const dark = colourPixels(pdf, 1, 60, [0x1f, 0x4e, 0x79], 30, join(artifacts, "bulletin-jiuyuan.png"));
    const red = colourPixels(pdf, 1, 60, [0xc0, 0x00, 0x00], 60);
    expect(dark.count).toBeGreaterThan(150);
    expect(red.count).toBeGreaterThan(10);
    // Both below the board: in the lower part of the page.
    const lowest = (rows: number[]) => rows.findIndex((n) => n > 0) / rows.length;
    expect(lowest(dark.rows)).toBeGreaterThan(0.6);
  });
});

describe("against a previous period", () => {
  // The same 14 units a period later: two swapped, one new, one gone.
  const before = traditional(14);
  const table = traditionalTable(14);
  table.columns[2]![0] = 60.5; // 第1處 falls to the bottom
  table.columns[2]![5] = 99; // 第6處 rises to the top
  table.columns[1]![13] = "臺北市政府新設處"; // 第14處 leaves, a new unit comes
  const now = evaluate(table, { group: 0, name: 1, score: 2, tier: 3 }, traditionalScheme, "zh-CN");
  const opts: BulletinOptions = { ...base, period: "2026年2月", previous: { results: periodResults(before), label: "2026年1月" } };

  test("the board's changes are the engine's comparison (one rule for the report and the bulletin)", () => {
    const rows = boardRows(now, "zh-CN");
    const changes = rankChanges(rows, before, "zh-CN");
    const byName = compare(periodResults(before), periodResults(now)).subjects;
    rows.forEach((r, i) => {
      const s = byName.find((x) => x.current.name === r.name)!;
      const k = s.rankChange;
      expect(changes[i]).toBe(k.kind === "new" ? "新" : k.kind === "up" ? `▲${k.by}` : k.kind === "down" ? `▼${-k.by}` : k.kind === "same" ? "—" : "");
    });
    expect(changes).toContain("新");
  });

  test("a unit that moved group shows 转入, not a rank difference from another group", () => {
    const moved = traditionalTable(14);
    moved.columns[0]![1] = "鄉鎮街道";
    const ev = evaluate(moved, { group: 0, name: 1, score: 2, tier: 3 }, traditionalScheme, "zh-CN");
    const rows = boardRows(ev, "zh-CN");
    const i = rows.findIndex((r) => r.name === "臺北市政府第2處");
    expect(rankChanges(rows, before, "zh-CN")[i]).toBe("转入");
  });

  test("the PDF: change column, ▲ and ▼, tier changes, the new unit and the one that left", async () => {
    const { result: pdf, pages: n } = await renderBulletin(now, opts, render);
    expect(n).toBe(1);
    const p = pageTexts(pdf)[0]!;
    expect(p).toContain("与上期（2026年1月）比较");
    expect(p).toContain("排名变化");
    expect(p).toMatch(/▲\d/);
    expect(p).toMatch(/▼\d/);
    expect(p).toContain("本期新增：臺北市政府新設處");
    expect(p).toContain("上期有、本期无：臺北市政府第14處");
    expect(p).toMatch(/等次变化：.*臺北市政府第6處良好→優秀/);
  });

  test("English", async () => {
    const ev = traditional(14, 37, "en-US");
    const { result: pdf } = await renderBulletin(ev, { ...opts, lang: "en-US", period: "Feb 2026", previous: { results: periodResults(before), label: "Jan 2026" } }, render);
    const p = pageTexts(pdf)[0]!;
    for (const s of ["bulletin (Feb 2026)", "compared with Jan 2026", "Top three", "Bottom three", "Tiers against the quota", "Page 1 of 1"]) expect(p).toContain(norm(s));
  });
});

describe("a board too long for one page", () => {
  test("smaller type first; then it flows on, saying so on the first page", async () => {
    const ev = traditional(400);
    expect(bulletinDensity(ev, base)).toBeGreaterThan(0);
    const made = await renderBulletin(ev, base, render);
    expect(made.fits).toBe(false);
    expect(made.pages).toBeGreaterThan(1);
    const pages = pageTexts(made.result);
    expect(pages[0]).toContain("本通报排不进一页");
    // The lower part moves whole: its headings are never left alone at the foot of a page.
    const at = pages.findIndex((p) => p.includes("各类别前三名与后三名"));
    expect(pages[at]).toContain("等次分布与名额");
    expect(pages[at]).toContain("1.臺北市政府");
  });

  test("a board that fits is never given the note", async () => {
    const ev = traditional(100);
    const made = await renderBulletin(ev, base, render);
    expect(made.fits).toBe(true);
    expect(pageTexts(made.result)[0]).not.toContain("排不进一页");
  });
});
