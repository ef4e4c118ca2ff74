/**
 * `assess analyze`, spawned as a user runs it, on samples/zhejiang-2025.xlsx (three 考卷 and a
 * 指标责任人 sheet): the figures are checked against the sample's own cells read with exceljs — means,
 * extremes, who pulls a group down — and 实绩到人 against the scores under the threshold; an owners
 * sheet naming an unknown indicator reports its cell; a workbook without owners says how to add
 * them; the input is never written.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { AnalyzeJson } from "../../src/cli/analyze-command";
import { assess, root, sha, tempDirForSuite } from "../helpers/cli";

const zhejiang = join(root, "samples/zhejiang-2025.xlsx");
const dir = tempDirForSuite("assess-analyze-");

/** The sample's counties as the sheet holds them: group, name, the three section scores. */
async function counties(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("2025年度综合考核")!;
  const out: { group: string; name: string; scores: number[] }[] = [];
  ws.eachRow((row, n) => {
    if (n < 3 || typeof row.getCell(3).value !== "number") return;
    out.push({ group: String(row.getCell(1).value), name: String(row.getCell(2).value), scores: [3, 4, 5].map((c) => row.getCell(c).value as number) });
  });
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

test("--json: each indicator's figures are the sheet's, overall and per group; exit 0; the input untouched", async () => {
  const before = sha(zhejiang);
  const r = assess("analyze", zhejiang, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as AnalyzeJson;
  expect(Object.keys(j)).toEqual(["file", "sheet", "scheme", "subjects", "total", "sections", "indicators", "attribution", "ownerProblems"]);
  expect(j).toMatchObject({ sheet: "2025年度综合考核", subjects: 53 });
  expect(j.indicators.map((i) => [i.label, i.weight])).toEqual([
    ["党的建设", 0.3],
    ["高质量发展绩效", 0.5],
    ["满意度评价", 0.2],
  ]);
  const rows = await counties(zhejiang);
  expect(rows).toHaveLength(53);
  j.indicators.forEach((ind, k) => {
    const xs = rows.map((c) => c.scores[k]!);
    expect(ind.all.n).toBe(53);
    expect(ind.all.mean).toBeCloseTo(mean(xs), 9);
    expect(ind.all.min!.value).toBe(Math.min(...xs));
    expect(ind.all.max!.subjects).toEqual(rows.filter((c) => c.scores[k] === Math.max(...xs)).map((c) => c.name));
    for (const g of ind.groups) {
      const members = rows.filter((c) => c.group === g.group);
      const gx = members.map((c) => c.scores[k]!);
      const m = mean(gx);
      const sd = Math.sqrt(mean(gx.map((x) => (x - m) ** 2)));
      expect(g.mean).toBeCloseTo(m, 9);
      // pulling down: exactly the members more than one sd below the group's mean, lowest first
      expect(g.pullingDown.map((p) => p.name)).toEqual(
        members
          .filter((c) => c.scores[k]! < m - sd)
          .sort((a, b) => a.scores[k]! - b.scores[k]!)
          .map((c) => c.name),
      );
    }
  });
  expect(j.indicators[0]!.groups.map((g) => g.group)).toEqual(["山区县", "非山区县"]);
  expect(sha(zhejiang)).toBe(before);
});

test("实绩到人: each owner's indicators, and the counties under --threshold on them", async () => {
  const r = assess("analyze", zhejiang, "--json", "--threshold", "75");
  const j = JSON.parse(r.out) as AnalyzeJson;
  expect(j.attribution).not.toBeNull();
  expect(j.attribution!.sheet).toBe("指标责任人");
  expect(j.attribution!.threshold).toBe(75);
  expect(j.attribution!.people.map((p) => [p.person, p.indicators.map((i) => i.label)])).toEqual([
    ["省委组织部", ["党的建设"]],
    ["省发展改革委", ["高质量发展绩效"]],
    ["省统计局", ["高质量发展绩效"]],
    ["省委考核办", ["满意度评价"]],
  ]);
  const rows = await counties(zhejiang);
  const short = rows.filter((c) => c.scores[1]! < 75).map((c) => c.name);
  expect(short.length).toBeGreaterThan(0);
  expect(j.attribution!.people[1]!.subjectsBelow).toEqual(short);
  expect(j.attribution!.people[0]!.subjectsBelow).toEqual(rows.filter((c) => c.scores[0]! < 75).map((c) => c.name));
  expect(j.attribution!.unowned).toEqual([]);
  expect(j.ownerProblems).toEqual([]);

  const text = assess("analyze", zhejiang, "--threshold", "75").out;
  expect(text).toContain("实绩到人（工作表“指标责任人”，低于 75 分为未达标）：");
  expect(text).toContain(`省发展改革委：高质量发展绩效 ${j.indicators[1]!.all.mean!.toFixed(2)}；均值 ${j.indicators[1]!.all.mean!.toFixed(2)}；未达标 ${short.join("、")}`);
  expect(text).toContain("指标分析：");
  expect(text).toContain("高质量发展绩效（占总分 50%）");
});

test("an owners row naming no indicator is reported with its cell; the others still count", async () => {
  const file = join(dir(), "owners.xlsx");
  copyFileSync(zhejiang, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("指标责任人")!;
  ws.getCell("A3").value = "经济发展";
  await wb.xlsx.writeFile(file);
  const j = JSON.parse(assess("analyze", file, "--json").out) as AnalyzeJson;
  expect(j.ownerProblems.map((p) => [p.code, p.cell, p.value])).toEqual([["UNKNOWN_INDICATOR", "指标责任人!A3", "经济发展"]]);
  expect(j.attribution!.unowned).toEqual(["performance"]);
  const text = assess("analyze", file).out;
  expect(text).toContain("未指定责任人的指标：高质量发展绩效");
  expect(text).toMatch(/✗ .*指标责任人!A3/);
});

test("without an owners sheet: how to add one; a bad threshold or no file: exit 2", () => {
  const r = assess("analyze", join(root, "samples/jiuyuan-2026q1.xlsx"));
  expect(r.code).toBe(0);
  expect(r.out).toContain("总分分析：");
  expect(r.out).toContain("工作簿中没有“指标责任人”工作表");
  const bad = assess("analyze", zhejiang, "--threshold", "abc");
  expect(bad.code).toBe(2);
  expect(bad.err).toContain("--threshold 应为数字（如 60），而不是“abc”");
  expect(assess("analyze").code).toBe(2);
  expect(assess("analyse", zhejiang, "--lang", "en").out).toContain("Indicators:");
});
