/**
 * The periods of a workbook: sheets named as periods (any order in the file, chronological out),
 * a table with a period column split by it (rows keep their sheet rows), Assess's own sheets
 * passed over, other sheets reported with the reason; then assessed with one scheme and compared.
 */
import { assessPeriods } from "../../src/engine/periods/period-run";
import { presets } from "../../src/engine/scheme/presets";
import { rankChangeSymbol } from "../../src/engine/periods/compare";
import type { CellValue } from "../../src/engine/types";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../src/engine/check/evaluate";
import { openPackage } from "../../src/workbook/package/read";
import { periodLayout, periodTables, skipText } from "../../src/workbook/period-tables";
import { StandaloneHost } from "../../src/workbook/standalone-host";

/** A period sheet: title, header, units with scores. */
function sheet(title: string, units: [string, number][]): CellValue[][] {
  return [[title], ["类别", "单位", "总分"], ...units.map(([n, s]) => ["区直单位", n, s] as CellValue[])];
}

const jan = sheet("2026年1月通报", [["甲", 90], ["乙", 85], ["丙", 80]]);
const feb = sheet("2026年2月通报", [["甲", 84], ["乙", 88], ["丙", 86], ["丁", 95]]);
const mar = sheet("2026年3月通报", [["乙", 91], ["丙", 70], ["丁", 92]]);

test("sheets named as periods, chronological whatever the sheet order; own and other sheets set aside", () => {
  const r = periodTables([
    { name: "2026年3月", grid: mar },
    { name: "说明", grid: [["本工作簿为月度通报"]] },
    { name: "2026年1月", grid: jan },
    { name: "晾晒表", grid: [["晾晒表"]] },
    { name: "2026年2月", grid: feb },
    { name: "2026年4月", grid: [["（待填）"]] },
    { name: "2026年02月", grid: feb },
  ]);
  expect(r.periods.map((p) => [p.period.label, p.sheet, p.table.rows.length])).toEqual([
    ["2026年1月", "2026年1月", 3],
    ["2026年2月", "2026年2月", 4],
    ["2026年3月", "2026年3月", 3],
  ]);
  expect(r.skipped.map((s) => [s.sheet, s.reason])).toEqual([
    ["说明", "notPeriod"],
    ["2026年4月", "noTable"],
    ["2026年02月", "duplicate"],
  ]);
  expect(skipText(r.skipped[2]!, "zh-CN")).toBe("工作表“2026年02月”与“2026年2月”是同一期，只用“2026年2月”");
});

test("a period column splits one table; rows keep their sheet rows (cell addresses stay right)", () => {
  const grid: CellValue[][] = [["季度", "单位", "总分"], ["2026年第二季度", "甲", 80], ["2026年第一季度", "甲", 90], ["2026年第二季度", "乙", 85], ["第一季度", "乙", 70]];
  const r = periodTables([{ name: "汇总", grid }], { year: 2026 });
  expect(r.periods.map((p) => [p.period.label, p.table.rows])).toEqual([
    ["2026年第一季度", [3, 5]],
    ["2026年第二季度", [2, 4]],
  ]);
  expect(r.skipped).toEqual([]);
});

test("every period sheet read with the assessment table's chosen columns; a 名额分配 sheet passed over", () => {
  // Two score columns (初评得分, 复核得分): the reviewer chose 复核得分 for the table.
  const month = (a: number, b: number): CellValue[][] => [["单位", "初评得分", "复核得分"], ["甲", a, b], ["乙", b, a]];
  const sheets = [
    { name: "2026年1月", grid: month(90, 80) },
    { name: "2026年2月", grid: month(70, 95) },
    { name: "名额分配", grid: [["类别", "优秀"], ["区直单位", 1]] },
  ];
  const score = (layout?: { columns: { score: string } }) =>
    periodTables(sheets, layout ? { layout: periodLayout({ headerRow: 9, ...layout }) } : {}).periods.map((p) => p.table.headers[p.map.score!]);
  expect(score({ columns: { score: "复核得分" } })).toEqual(["复核得分", "复核得分"]);
  // The header row is the one sheet's: not carried to the period sheets (row 9 would find no table).
  expect(periodLayout({ headerRow: 9, groupRows: false })).toEqual({ groupRows: false });
  // Without the choice both months are ambiguous, and said so; the 名额分配 sheet is never a period.
  expect(periodTables(sheets).skipped.map((x) => [x.sheet, x.detail])).toEqual([
    ["2026年1月", "LAYOUT_AMBIGUOUS"],
    ["2026年2月", "LAYOUT_AMBIGUOUS"],
  ]);
});

test("assessed with one scheme: each period compared with the one before (▲ ▼ 新), and a series", () => {
  const found = periodTables([
    { name: "2026年1月", grid: jan },
    { name: "2026年2月", grid: feb },
    { name: "2026年3月", grid: mar },
  ]);
  const run = assessPeriods(found.periods, presets.jiuyuan!, "zh-CN");
  expect(run.runs.map((r) => r.comparison === null)).toEqual([true, false, false]);
  const feb2 = run.runs[1]!.comparison!;
  const sym = Object.fromEntries(feb2.subjects.map((s) => [s.current.name, rankChangeSymbol(s.rankChange, "zh-CN")]));
  // January: 甲 1, 乙 2, 丙 3. February: 丁 1, 乙 2, 丙 3, 甲 4.
  expect(sym).toEqual({ 丁: "新", 乙: "—", 丙: "—", 甲: "▼3" });
  const mar2 = run.runs[2]!.comparison!;
  expect(mar2.left.map((l) => l.name)).toEqual(["甲"]);
  expect(run.series.periods).toEqual(["2026年1月", "2026年2月", "2026年3月"]);
  expect(run.series.subjects.find((s) => s.name === "乙")!.ranks).toEqual([2, 2, 2]);
  expect(run.series.subjects.find((s) => s.name === "丁")!.scores).toEqual([null, 95, 92]);
  expect(run.flags).toEqual([]);
  expect(run.rollup).toBeUndefined();
});

test("years give multi-year flags; sub-year periods beside the year's own roll up into it", () => {
  const y = (title: string, a: number, b: number, c: number) => sheet(title, [["甲", a], ["乙", b], ["丙", c], ["丁", 60], ["戊", 61]]);
  const found = periodTables([
    { name: "2023年度", grid: y("2023", 95, 80, 70) },
    { name: "2024年度", grid: y("2024", 95, 80, 70) },
    { name: "2025年度", grid: y("2025", 96, 81, 71) },
    { name: "2025年第一季度", grid: y("q1", 90, 80, 70) },
    { name: "2025年第二季度", grid: y("q2", 92, 82, 72) },
  ]);
  const run = assessPeriods(found.periods, presets.jiuyuan!, "zh-CN");
  expect(run.runs.map((r) => r.period.label)).toEqual(["2023年度", "2024年度", "2025年第一季度", "2025年第二季度", "2025年度"]);
  // 甲 is the one 优秀 place (floor(5 × 30%) = 1) three years running: 三年第一等次.
  expect(run.flags.map((f) => [f.subject, f.code, f.years])).toEqual([["甲", "CONSECUTIVE_FIRST", [2023, 2024, 2025]]]);
  expect(run.flags[0]!.message).toBe("【区直单位】甲 连续 3 年（2023—2025年）评为“优秀”");
  // 平时: the mean of the two quarters, 30% of the annual result.
  const a = run.rollup!.subjects.find((s) => s.name === "甲")!;
  expect(a).toMatchObject({ regular: 91, annual: 96, periodsUsed: 2 });
  expect(a.combined).toBeCloseTo(91 * 0.3 + 96 * 0.7, 10);
});

describe("periods-merged.xlsx (scripts/make-fixtures.ts): three months laid out as offices print them", () => {
  const bytes = () => new Uint8Array(readFileSync(join(__dirname, "../fixtures/periods-merged.xlsx")));

  /** Each period's sheet, rows, groups with n and typed 优秀 against its places (jiuyuan). */
  function summary(found: ReturnType<typeof periodTables>) {
    return found.periods.map((p) => {
      const ev = evaluate(p.table, p.map, presets.jiuyuan!, "zh-CN");
      return [p.sheet, p.table.rows.length, ev.check.groups.map((g) => `${g.group} ${g.n} ${g.counts[0]}/${g.limits[0]}`).join("; ")];
    });
  }
  const right = [
    ["2026年1月", 18, "党群部门 8 2/2; 政府部门 10 3/3"],
    ["2026年2月", 18, "党群部门 8 2/2; 政府部门 10 3/3"],
    ["2026年3月", 18, "党群部门 8 2/2; 政府部门 10 4/3"],
  ];

  test("the package reader's grids (the CLI): merged header, units row and 类别 read as the assessment table is", () => {
    const pkg = openPackage(bytes());
    const found = periodTables(pkg.sheets.map((s) => pkg.grid(s.name)));
    expect(summary(found)).toEqual(right);
    const p = found.periods[0]!;
    expect(p.table.headerRow).toBe(4);
    expect(p.table.headers.slice(3, 8)).toEqual(["党建工作/基层组织", "党建工作/党风廉政", "经济发展/招商引资", "经济发展/项目建设", "总分"]);
    // read cell by cell (no merges) the units row "(分)" is a 19th subject and the sub-columns lose their parent
    const plain = periodTables(pkg.sheets.map((s) => ({ name: s.name, grid: pkg.grid(s.name).cells })));
    expect(plain.periods[0]!.table.rows.length).toBe(19);
    expect(plain.periods[0]!.table.headers[4]).not.toBe("党建工作/党风廉政");
  });

  test("the standalone page's sheets carry their merges: the same periods", async () => {
    const host = await StandaloneHost.open(bytes(), "periods-merged.xlsx");
    expect(summary(periodTables(await host.readSheets()))).toEqual(right);
  });

  test("every period assessed with its 18 units; the latest has the quota error (as assess periods reports it)", () => {
    const pkg = openPackage(bytes());
    const run = assessPeriods(periodTables(pkg.sheets.map((s) => pkg.grid(s.name))).periods, presets.jiuyuan!, "zh-CN");
    const last = run.runs[run.runs.length - 1]!;
    expect(last.ev.check.violations.filter((v) => v.severity === "error").map((v) => [v.code, v.group])).toEqual([["QUOTA_EXCEEDED", "政府部门"]]);
    expect(run.runs.map((r) => r.results.length)).toEqual([18, 18, 18]);
  });
});
