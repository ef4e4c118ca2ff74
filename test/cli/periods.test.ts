/**
 * `assess periods` on the three monthly sheets of samples/jiuyuan-2026-monthly.xlsx, spawned as a
 * user runs it: the periods in order, March against February (▲ ▼ —, tier and light changes), the
 * new unit of February, March's quota violation with exit code 1, the input untouched; a workbook
 * without periods is a clear error with exit code 2. Then `assess report --period`: the one-page
 * bulletin of a period, read back with pdf.js and rendered with pdftoppm.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PeriodsJson } from "../../src/cli/periods-command";
import ExcelJS from "exceljs";
import { assess, root, sha, tempDirForSuite } from "../helpers/cli";
import { havePdftoppm, pdfText, renderPage } from "../report/pdf";

const monthly = join(root, "samples/jiuyuan-2026-monthly.xlsx");
const dir = tempDirForSuite("assess-periods-");

test("merged header rows and 类别 (test/fixtures/periods-merged.xlsx): 18 units a month in two groups, March's quota error", () => {
  const r = assess("periods", join(root, "test/fixtures/periods-merged.xlsx"), "--json", "--preset", "jiuyuan");
  expect(r.code).toBe(1);
  const j = JSON.parse(r.out) as PeriodsJson;
  expect(j.periods.map((p) => [p.label, p.subjects, p.violations.filter((v) => v.severity === "error").map((v) => `${v.code} ${v.group}`)])).toEqual([
    ["2026年1月", 18, []],
    ["2026年2月", 18, []],
    ["2026年3月", 18, ["QUOTA_EXCEEDED 政府部门"]],
  ]);
  expect(new Set(j.latest!.changes.map((c) => c.group))).toEqual(new Set(["党群部门", "政府部门"]));
});

test("check on the monthly workbook reads the latest month and says so: March's quota error, not January's all clear", () => {
  // Before, check read the first period sheet in tab order (January) and said "✓ 未发现问题".
  const r = assess("check", monthly);
  expect(r.code).toBe(1);
  expect(r.out.split("\n")[0]).toBe(`${monthly} · 工作表“2026年3月” · 九原区登记式考核 · 20 个考核对象`);
  expect(r.out).toContain("工作簿按期分表，共 3 期（2026年1月、2026年2月、2026年3月）：读取最近一期“2026年3月”");
  expect(r.out).toContain("[QUOTA_EXCEEDED] 【区直单位】“优秀”等次 4 人（个），超过名额 3");
  const en = assess("check", monthly, "--lang", "en", "--json");
  const j = JSON.parse(en.out) as { sheet: string };
  expect(j.sheet).toBe("2026年3月");
  // Another month is one option away.
  const jan = JSON.parse(assess("check", monthly, "--sheet", "2026年1月", "--json").out) as { sheet: string; violations: unknown[] };
  expect([jan.sheet, jan.violations]).toEqual(["2026年1月", []]);
});

test("--json: the periods, March against February, March's violation; exit 1; the input untouched", () => {
  const before = sha(monthly);
  const r = assess("periods", monthly, "--json");
  expect(r.code).toBe(1);
  const j = JSON.parse(r.out) as PeriodsJson;
  expect(j.periods.map((p) => [p.label, p.subjects, p.violations.map((v) => v.code)])).toEqual([
    ["2026年1月", 19, []],
    ["2026年2月", 20, []],
    ["2026年3月", 20, ["QUOTA_EXCEEDED"]],
  ]);
  expect(j.latest).toMatchObject({ period: "2026年3月", previous: "2026年2月", left: [] });
  const byName = Object.fromEntries(j.latest!.changes.map((c) => [c.name, c]));
  // Every change is the difference of the two ranks it shows.
  for (const c of j.latest!.changes) {
    const d = (c.previousRank ?? 0) - (c.rank ?? 0);
    expect(c.change).toBe(d > 0 ? `▲${d}` : d < 0 ? `▼${-d}` : "—");
  }
  expect(byName["区政协办公室"]).toMatchObject({ previousRank: 9, rank: 12, change: "▼3", previousLight: "黄", light: "红" });
  expect(byName["麻池镇"]).toMatchObject({ previousTier: "良好", tier: "优秀", change: "▲1" });
  expect(j.flags).toEqual([]);
  expect(j.rollup).toBeNull();
  expect(sha(monthly)).toBe(before);
});

test("the readable report: periods, the latest changes as a table, the violation", () => {
  const r = assess("periods", monthly);
  expect(r.code).toBe(1);
  expect(r.out).toContain("samples/jiuyuan-2026-monthly.xlsx：3 期");
  expect(r.out).toContain("2026年3月与2026年2月相比：");
  expect(r.out).toMatch(/区政协办公室\s+12\s+▼3\s+良好\s+黄 → 红/);
  expect(r.out).toContain("✗ 【区直单位】“优秀”等次 4 人（个），超过名额 3");
});

test("the changes are listed by group, then by rank within the group (issue 14), in JSON and as text", () => {
  const j = JSON.parse(assess("periods", monthly, "--json").out) as PeriodsJson;
  const changes = j.latest!.changes;
  // Groups in the order they first appear in March, each ranked 1, 2, 3 … with nothing skipped.
  expect([...new Set(changes.map((c) => c.group))]).toEqual(["区直单位", "苏木乡镇街道"]);
  for (const group of ["区直单位", "苏木乡镇街道"]) {
    const ranks = changes.filter((c) => c.group === group).map((c) => c.rank);
    expect(ranks).toEqual(ranks.map((_, k) => k + 1));
  }
  expect(changes.slice(0, 3).map((c) => c.name)).toEqual(["区委党校", "区委办公室", "区委政法委员会"]);
  // The readable table in the same order.
  const r = assess("periods", monthly);
  const rows = r.out.split("\n").filter((l) => /^\s+(区直单位|苏木乡镇街道)\s/.test(l)).map((l) => l.trim().split(/\s+/).slice(0, 3)).filter((x) => /^\d+$/.test(x[2]!));
  expect(rows.map((x) => `${x[0]} ${x[2]} ${x[1]}`)).toEqual(changes.map((c) => `${c.group} ${c.rank} ${c.name}`));
});

test("the same order when the periods are rows of one table with a 期间 column", () => {
  const j = JSON.parse(assess("periods", join(root, "test/fixtures/formats/periods-column.xlsx"), "--json").out) as PeriodsJson;
  const months = JSON.parse(assess("periods", monthly, "--json").out) as PeriodsJson;
  expect(j.periods.map((p) => [p.label, p.subjects])).toEqual(months.periods.map((p) => [p.label, p.subjects]));
  expect(j.latest!.changes).toEqual(months.latest!.changes);
});

test("English output", () => {
  const r = assess("periods", monthly, "--lang", "en");
  expect(r.out).toContain("3 periods");
  expect(r.out).toContain("against");
});

test("one period (the sheet 2025年度综合考核): listed, nothing to compare", () => {
  const r = assess("periods", join(root, "samples/zhejiang-2025.xlsx"), "--json");
  const j = JSON.parse(r.out) as PeriodsJson;
  expect(j.periods.map((p) => p.label)).toEqual(["2025年度"]);
  expect(j.latest).toBeNull();
});

test("a workbook without periods: a clear message and exit 2", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").addRows([["单位", "总分"], ["甲", 90], ["乙", 80]]);
  const file = join(dir(), "no-periods.xlsx");
  await wb.xlsx.writeFile(file);
  const r = assess("periods", file, "--preset", "jiuyuan");
  expect(r.code).toBe(2);
  expect(r.err).toContain("没有找到考核期");
});

// ── the bulletin: assess report --period ────────────────────────────────────────────────

describe("assess report --period: the one-page bulletin (通报) of a period", () => {
  const text = (pdf: string) => pdfText(readFileSync(pdf)).map((p) => p.join("").replace(/\s+/g, ""));

  test("2026年3月 against 2026年2月: title, ▲/▼, the top and bottom, March's violation, one page; exit 0", () => {
    const before = sha(monthly);
    const out = join(dir(), "三月通报.pdf");
    const r = assess("report", monthly, "--period", "2026年3月", "-o", out, "--date", "2026-04-08");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/：1 页（\d+ KB）/);
    const pages = text(out);
    expect(pages).toHaveLength(1);
    const p = pages[0]!;
    expect(p).toContain("九原区登记式考核通报（2026年3月）");
    expect(p).toContain("与上期（2026年2月）比较");
    // The board's change column: 区政协办公室 12th, three places down; 区委统战部 two up (as `assess periods` says).
    expect(p).toMatch(/区政协办公室68\.12良好○红▼3/);
    expect(p).toMatch(/区委统战部69\.40良好○红▲2/);
    // Top three and bottom three of each group.
    expect(p).toContain("1.区委党校88.59▲1");
    expect(p).toContain("12.区政协办公室68.12▼3");
    expect(p).toContain("1.哈业胡同镇87.14▲1");
    expect(p).toContain("8.哈林格尔镇70.41—");
    // The tier changes and the violation of the period.
    expect(p).toContain("等次变化：萨如拉街道优秀→良好；麻池镇良好→优秀");
    expect(p).toContain("【区直单位】“优秀”等次4人（个），超过名额3（12个的30%，向下取整）");
    expect(p).toContain("等次分布与名额");
    expect(p).toContain("优秀4/3");
    expect(sha(monthly)).toBe(before);
  });

  test("the chart has ink where it is drawn: the bars and the hatching over the quota", () => {
    if (!havePdftoppm()) return;
    const out = join(dir(), "三月通报-ink.pdf");
    expect(assess("report", monthly, "--period", "2026年3月", "-o", out).code).toBe(0);
    const pdf = readFileSync(out);
    // The chart sits in the right half of the lower part of the page, under 等次分布与名额.
    const g = renderPage(pdf, 1, 60, join(root, "test-artifacts", "report", "bulletin-2026-03.png"));
    const band = (x0: number, x1: number, y0: number, y1: number) => {
      let n = 0;
      for (let y = Math.floor(y0 * g.height); y < y1 * g.height; y++)
        for (let x = Math.floor(x0 * g.width); x < x1 * g.width; x++) if (g.pixels[y * g.width + x]! < 120) n++;
      return n;
    };
    // Left half of the lower part: the top/bottom table (text); right half: chart bars (dense dark fill).
    expect(band(0.5, 1, 0.45, 0.75)).toBeGreaterThan(800);
    expect(band(0.5, 1, 0.45, 0.75)).toBeGreaterThan(band(0, 0.5, 0.45, 0.75) * 0.5);
  });

  test("the period written other ways: 2026-03, Mar 2026; 2026年2月 shows the new unit", () => {
    for (const label of ["2026-03", "Mar 2026"]) {
      const out = join(dir(), `${label}.pdf`);
      expect(assess("report", monthly, "--period", label, "-o", out).code).toBe(0);
      expect(text(out)[0]).toContain("通报（2026年3月）");
    }
    const feb = join(dir(), "feb.pdf");
    expect(assess("report", monthly, "--period", "2026年2月", "-o", feb).code).toBe(0);
    const p = text(feb)[0]!;
    expect(p).toMatch(/区投资促进中心[\d.]+良好○红新/);
    expect(p).toContain("本期新增：区投资促进中心");
  });

  test("the first period: no comparison; a quarter workbook by 2026Q1 (60 units, one page)", () => {
    const jan = join(dir(), "jan.pdf");
    expect(assess("report", monthly, "--period", "2026年1月", "-o", jan).code).toBe(0);
    const p = text(jan)[0]!;
    expect(p).toContain("无上期可比");
    expect(p).not.toContain("排名变化");
    const q1 = join(dir(), "q1.pdf");
    const r = assess("report", join(root, "samples/jiuyuan-2026q1.xlsx"), "--period", "2026Q1", "-o", q1);
    expect(r.code).toBe(0);
    const pages = text(q1);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain("九原区登记式考核通报（2026年第一季度）");
  });

  test("a period the workbook does not keep, and --period with --sheet or --parts: exit 2, one line", () => {
    const out = join(dir(), "x.pdf");
    let r = assess("report", monthly, "--period", "2026年4月", "-o", out);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("没有 2026年4月 这一期；有：2026年1月、2026年2月、2026年3月");
    r = assess("report", monthly, "--period", "2026年3月", "--sheet", "2026年3月", "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--sheet");
    r = assess("report", monthly, "--period", "2026年3月", "--parts", "board", "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--parts");
  });

  test("without --period: the full report of the LATEST period, rank changes against the one before, said on stdout's first line", () => {
    const before = sha(monthly);
    const out = join(dir(), "full.pdf");
    const r = assess("report", monthly, "-o", out);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines[0]).toBe("多期工作簿：报告最近一期 2026年3月（工作表“2026年3月”），名次变化与上一期 2026年2月 比较；其他期用 --period 或 --sheet 指定");
    expect(lines[1]).toMatch(/^已写入 .*full\.pdf：\d+ 页/);
    const all = text(out).join("");
    expect(all).toContain("考核期间：2026年3月");
    expect(all).toContain("考核结果汇总");
    expect(all).toContain("配额校验报告");
    // March's board against February (as `assess periods` says), not January's.
    expect(all).toMatch(/区政协办公室68\.12良好○红▼3/);
    expect(all).toMatch(/区委统战部69\.40良好○红▲2/);
    expect(all).toContain("【区直单位】“优秀”等次4人（个），超过名额3");
    expect(sha(monthly)).toBe(before);
    const en = assess("report", monthly, "-o", join(dir(), "full-en.pdf"), "--lang", "en");
    expect(en.out.split("\n")[0]).toBe("a workbook kept by period: the report is of the latest period, Mar 2026 (sheet “2026年3月”), with rank changes against Feb 2026; name another with --period or --sheet");
  });

  test("--sheet names another period's sheet: that sheet, no note; a table with a 期间 column: its latest period", () => {
    const jan = join(dir(), "jan-sheet.pdf");
    const r = assess("report", monthly, "--sheet", "2026年1月", "-o", jan);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("多期工作簿");
    expect(text(jan).join("")).toContain("考核期间：2026年1月");
    const column = join(root, "test/fixtures/formats/periods-column.xlsx");
    const out = join(dir(), "column.pdf");
    const c = assess("report", column, "-o", out);
    expect(c.code).toBe(0);
    expect(c.out.split("\n")[0]).toBe("多期工作簿：报告最近一期 2026年3月（工作表“月度考核”），名次变化与上一期 2026年2月 比较；其他期用 --period 或 --sheet 指定");
    const all = text(out).join("");
    expect(all).toContain("九原区2026年一季度月度考核");
    expect(all).toMatch(/区政协办公室68\.12良好○红▼3/);
  });
});

test("trends: each period's mean of 总分, overall and per group, is the mean of that sheet's own 总分 cells", async () => {
  const r = assess("periods", monthly, "--json");
  const j = JSON.parse(r.out) as PeriodsJson;
  expect(j.trends.periods).toEqual(["2026年1月", "2026年2月", "2026年3月"]);
  expect(j.trends.measures.map((m) => m.label)).toEqual(["总分", "招商引资", "项目建设", "乡村振兴"]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(monthly);
  const total = j.trends.measures[0]!;
  j.trends.periods.forEach((p, k) => {
    const rows: { group: string; score: number }[] = [];
    wb.getWorksheet(p)!.eachRow((row, n) => {
      // 总分 may be a formula: its cached result is what Excel shows
      const v = row.getCell(6).value as number | { result?: unknown } | null;
      const score = typeof v === "number" ? v : typeof v?.result === "number" ? v.result : null;
      if (n > 2 && score !== null) rows.push({ group: String(row.getCell(1).value), score });
    });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(total.all[k]).toBeCloseTo(mean(rows.map((x) => x.score)), 9);
    for (const g of total.groups) expect(g.mean[k]).toBeCloseTo(mean(rows.filter((x) => x.group === g.group).map((x) => x.score)), 9);
  });
  expect(assess("periods", monthly).out).toMatch(/各期均值（趋势）：\n\s+指标\s+类别\s+2026年1月\s+2026年2月\s+2026年3月\n\s+总分\s+全部\s+78\.12/);
});
