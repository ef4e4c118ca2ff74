/**
 * The built `assess` command, spawned as a user runs it (`npm test` builds it first): JSON shape,
 * exit codes, stderr lines, and the written workbook's values and fills. The input is never changed.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { assess, root, sha, tempDirForSuite } from "../helpers/cli";

const jiuyuan = join(root, "samples/jiuyuan-2026q1.xlsx");
const zhejiang = join(root, "samples/zhejiang-2025.xlsx");
const fixture = (name: string) => join(root, "test/fixtures", name);

const dir = tempDirForSuite("assess-cli-");

describe("assess check", () => {
  test("--json prints exactly the documented shape for the 九原区 sample, exit 1", () => {
    const before = sha(jiuyuan);
    const r = assess("check", jiuyuan, "--json");
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["file", "sheet", "scheme", "subjects", "groups", "violations", "overrides", "recordProblems", "layout"]);
    expect(j.layout).toMatchObject({ sheet: "2026年第一季度", groups: { from: "column" }, dataRows: { count: 60 }, pending: [], merges: "read" });
    expect(j).toMatchObject({ file: jiuyuan, sheet: "2026年第一季度", scheme: "jiuyuan", subjects: 60 });
    expect(j.groups).toEqual([
      { group: "区直单位", n: 52, counts: { 优秀: 17, 良好: 23, 一般: 10, 较差: 2 }, limits: { 优秀: 15 } },
      { group: "苏木乡镇街道", n: 8, counts: { 优秀: 3, 良好: 2, 一般: 2, 较差: 1 }, limits: { 优秀: 2 } },
    ]);
    for (const v of j.violations) {
      expect(Object.keys(v).slice(0, 6)).toEqual(["code", "severity", "group", "subjects", "cells", "message"]);
      expect(["error", "warning"]).toContain(v.severity);
    }
    const codes = j.violations.map((v: { code: string; group: string }) => `${v.code} ${v.group}`);
    expect([...codes].sort()).toEqual(["QUOTA_EXCEEDED 区直单位", "QUOTA_EXCEEDED 苏木乡镇街道", "TIER_ABOVE_CAP 区直单位", "TIE_AT_BOUNDARY 苏木乡镇街道"]);
    const cap = j.violations.find((v: { code: string }) => v.code === "TIER_ABOVE_CAP");
    expect(cap).toMatchObject({ subjects: ["区水利局"], cells: ["'2026年第一季度'!I27"] });
    const quota = j.violations.find((v: { code: string; group: string }) => v.code === "QUOTA_EXCEEDED" && v.group === "区直单位");
    expect(quota.subjects).toHaveLength(17);
    expect(quota.fix.changes).toEqual([
      { subject: "区水利局", cell: "'2026年第一季度'!I27", from: "优秀", to: "一般" },
      { subject: "区科学技术局", cell: "'2026年第一季度'!I16", from: "优秀", to: "良好" },
    ]);
    const tie = j.violations.find((v: { code: string }) => v.code === "TIE_AT_BOUNDARY");
    expect(tie).toMatchObject({ severity: "warning", subjects: ["沙河街道", "麻池镇"], cells: ["'2026年第一季度'!G56", "'2026年第一季度'!G59"] });
    expect(sha(jiuyuan)).toBe(before); // never modifies its input
  });

  test("the readable report names each problem, its cells and the fix", () => {
    const r = assess("check", jiuyuan);
    expect(r.code).toBe(1);
    expect(r.out).toContain("区直单位（52 个）");
    expect(r.out).toContain("优秀 17/15 ✗");
    expect(r.out).toContain("【区直单位】“优秀”等次 17 人（个），超过名额 15（52 个的 30%，向下取整）");
    expect(r.out).toContain("区水利局 因一票否决/负面清单最高只能评“一般”，现为“优秀”");
    expect(r.out).toContain("建议：将 区水利局 调为“一般”；将 区科学技术局 调为“良好”");
    expect(r.err).toBe("");
  });

  test("--lang en writes messages and tier labels in English", () => {
    const r = assess("check", zhejiang, "--lang", "en", "--json");
    const j = JSON.parse(r.out);
    expect(j.groups[1].counts).toEqual({ "First tier": 8, "Second tier": 18, "Third tier": 1 });
    const fb = j.violations.find((v: { code: string }) => v.code === "FORCED_BOTTOM_MISSING");
    expect(fb.message).toBe("[非山区县]: the bottom 10% (2) must be rated “Third tier”; not rated so: 滨江区");
  });

  test("a batch: one bad file does not stop the rest; a JSON array; exit 2; one stderr line for the bad file", () => {
    const r = assess("check", jiuyuan, fixture("bad-corrupt.xlsx"), zhejiang, "--json");
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out);
    expect(j).toHaveLength(3);
    expect(j[0].scheme).toBe("jiuyuan");
    expect(j[1]).toEqual({ file: fixture("bad-corrupt.xlsx"), error: expect.stringContaining("不是有效的 Excel 工作簿") });
    expect(j[2].scheme).toBe("zhejiang");
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  test.each([
    ["missing.xlsx", "找不到文件"],
    ["bad-corrupt.xlsx", "不是有效的 Excel 工作簿"],
    ["bad-no-table.xlsx", "找不到考核表"],
    ["bad-empty.xlsx", "没有数据行"],
    ["bad-scheme.xlsx", "不是有效的 JSON"],
  ])("%s is unusable: exit 2 with one clear line on stderr", (name, text) => {
    const r = assess("check", fixture(name));
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    const lines = r.err.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(text);
    expect(lines[0]).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  test("a table without a scheme asks for --preset or --scheme", () => {
    const r = assess("check", fixture("plain.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("--preset");
    expect(assess("check", fixture("plain.xlsx"), "--preset", "jiuyuan").code).not.toBe(2);
  });

  test("an invalid --scheme names the field; an unknown preset lists the presets", () => {
    const bad = join(dir(), "bad-scheme.json");
    writeFileSync(bad, JSON.stringify({ id: "x", name: { zh: "x", en: "x" }, tiers: [{ id: "a", label: { zh: "优秀", en: "A" }, quota: { share: 1.3 } }, { id: "b", label: { zh: "良好", en: "B" } }] }));
    const r = assess("check", jiuyuan, "--scheme", bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain("tiers[0].quota.share");
    const p = assess("check", jiuyuan, "--preset", "nope", "--lang", "en");
    expect(p.code).toBe(2);
    expect(p.err).toContain("jiuyuan, zhejiang, civil-servant, public-institution, leadership-team");
  });

  test("a clean table exits 0", async () => {
    const file = join(dir(), "clean.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表1");
    ws.addRow(["单位", "总分", "等次"]);
    [99, 98, 97, 96, 95, 94, 93, 92, 91, 90].forEach((s, i) => ws.addRow([`单位${i + 1}`, s, i < 3 ? "优秀" : "良好"]));
    await wb.xlsx.writeFile(file);
    const r = assess("check", file, "--preset", "jiuyuan");
    expect(r.code).toBe(0);
    expect(r.out).toContain("✓ 未发现问题");
  });

  test("--help shows usage with examples; a bad command exits 2", () => {
    const h = assess("--help");
    expect(h.code).toBe(0);
    expect(h.out).toContain("assess check samples/jiuyuan-2026q1.xlsx");
    expect(h.out).toContain("jiuyuan, zhejiang");
    expect(assess("frobnicate", jiuyuan).code).toBe(2);
    expect(assess("check").code).toBe(2);
  });
});

describe("assess apply", () => {
  const cellValue = (v: ExcelJS.CellValue) => (v && typeof v === "object" && "result" in v ? v.result : v);

  test("writes score, rank, tier and light columns and a 晾晒表 with fills; the input is untouched", async () => {
    const input = join(dir(), "in.xlsx");
    copyFileSync(jiuyuan, input);
    const before = sha(input);
    const out = join(dir(), "out.xlsx");
    const r = assess("apply", input, "-o", out);
    expect(r.code).toBe(1); // written, but the sample's typed column still has error-level violations (as check says)
    expect(r.out).toContain("已写入");
    expect(sha(input)).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("2026年第一季度")!;
    const header = (ws.getRow(2).values as ExcelJS.CellValue[]).slice(1);
    expect(header.slice(9)).toEqual(["【计算】得分", "【计算】组内排名", "【计算】等次", "【计算】亮灯"]);
    // every original cell is kept
    const orig = new ExcelJS.Workbook();
    await orig.xlsx.readFile(input);
    const ows = orig.getWorksheet("2026年第一季度")!;
    for (let r = 1; r <= ows.rowCount; r++) for (let c = 1; c <= 9; c++) expect(cellValue(ws.getCell(r, c).value)).toEqual(cellValue(ows.getCell(r, c).value));

    // the rows: 区水利局 (row 27) capped at 一般; the tie at 88.3 both out of 优秀
    const row = (r: number) => [10, 11, 12, 13].map((c) => ws.getCell(r, c).value);
    expect(row(27)[2]).toBe("一般");
    expect(row(56).slice(2)).toEqual(["良好", expect.any(String)]);
    expect(row(59)[2]).toBe("良好");
    expect(row(56)[1]).toBe(row(59)[1]); // tied rank
    let excellent = 0;
    for (let r = 3; r <= 54; r++) if (ws.getCell(r, 12).value === "优秀") excellent++;
    expect(excellent).toBeLessThanOrEqual(15);
    expect(excellent).toBeGreaterThan(0);

    const board = wb.getWorksheet("晾晒表")!;
    expect(board).toBeDefined();
    const lights = new Map<string, string>();
    board.eachRow((r) => {
      r.eachCell((c) => {
        if (c.value === "绿" || c.value === "黄" || c.value === "红") lights.set(String(c.value), (c.fill as ExcelJS.FillPattern).fgColor?.argb ?? "");
      });
    });
    expect(lights.get("绿")).toBe("FFC6EFCE");
    expect(lights.get("黄")).toBe("FFFFEB9C");
    expect(lights.get("红")).toBe("FFFFC7CE");
    expect(wb.getWorksheet("考核方案")).toBeDefined();
  });

  test("refuses to overwrite an existing output without --force, and never writes its input", () => {
    const out = join(dir(), "exists.xlsx");
    writeFileSync(out, "keep me");
    const r = assess("apply", jiuyuan, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(out);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    const self = assess("apply", jiuyuan, "-o", jiuyuan, "--force");
    expect(self.code).toBe(2);
    expect(assess("apply", jiuyuan, "-o", out, "--force").code).toBe(1);
  });

  test("浙江: 先进单位 and three years in the first tier are flagged on the rows the sample documents", async () => {
    const out = join(dir(), "flags.xlsx");
    expect(assess("apply", zhejiang, "-o", out).code).toBe(assess("check", zhejiang).code);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("2025年度综合考核")!;
    expect(ws.getCell(2, 14).value).toBe("【计算】标记");
    const flagged = (text: string) => {
      const rows: number[] = [];
      for (let r = 3; r <= 55; r++) if (String(ws.getCell(r, 14).value ?? "").includes(text)) rows.push(r);
      return rows;
    };
    // samples/README.md: first tier + team 优秀, and 2023–2025 all first tier
    expect(flagged("先进单位")).toEqual([11, 25, 28, 30, 34, 39, 52]);
    expect(flagged("连续3年第一等次")).toEqual([4, 12, 24, 25, 28, 39, 47]);
    // the 5-point deduction cap: 萧山区 (row 33) has 扣分 6 but loses only 5
    const c = (col: number) => Number(ws.getCell(33, col).value);
    expect(c(11)).toBeCloseTo(c(3) * 0.3 + c(4) * 0.5 + c(5) * 0.2 - 5, 2);
  });

  test("applying twice changes nothing", async () => {
    const once = join(dir(), "once.xlsx");
    const twice = join(dir(), "twice.xlsx");
    expect(assess("apply", zhejiang, "-o", once).code).toBe(1);
    expect(assess("apply", once, "-o", twice).code).toBe(1);
    const read = async (f: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
      return wb.worksheets.map((ws) => ({ name: ws.name, rows: (ws.getSheetValues() as ExcelJS.CellValue[][]).map((r) => (r ?? []).map(cellValue)) }));
    };
    expect(await read(twice)).toEqual(await read(once));
  });
});
