/**
 * The committed fixtures and samples are what the scripts generate (re-run them after a change:
 * see scripts/make-fixtures.ts), and the samples hold the cases they promise.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseScheme } from "../../src/engine/scheme/scheme";
import { excelRound } from "../../src/engine/rules/round";
import type { CellValue } from "../../src/engine/types";
import { readSchemeSheet, readTable, sheetGrid } from "../../src/workbook/xlsx";
import { loadWorkbook } from "../../src/workbook/xlsx-file";
import { makeFixtures, makeLargeWorkbook } from "../../scripts/make-fixtures";
import { makeSamples } from "../../scripts/make-samples";
import { tableRows } from "../../src/engine/input/table";

const ROOT = path.join(__dirname, "..", "..");
let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "assess-gen-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every sheet's cells as plain values, by sheet name. */
async function cells(file: string): Promise<Record<string, CellValue[][]>> {
  const wb = await loadWorkbook(file);
  return Object.fromEntries(wb.worksheets.map((ws) => [ws.name, sheetGrid(ws)]));
}

test("test/fixtures are up to date with scripts/make-fixtures.ts", async () => {
  const files = await makeFixtures(path.join(dir, "fixtures"));
  for (const file of files) {
    const committed = path.join(ROOT, "test", "fixtures", path.basename(file));
    if (path.basename(file) === "bad-corrupt.xlsx") expect(fs.readFileSync(committed)).toEqual(fs.readFileSync(file));
    else expect([path.basename(file), await cells(committed)]).toEqual([path.basename(file), await cells(file)]);
  }
});

test("samples are up to date with scripts/make-samples.ts", async () => {
  const files = await makeSamples(path.join(dir, "samples"));
  for (const file of files) {
    const committed = path.join(ROOT, "samples", path.basename(file));
    expect([path.basename(file), await cells(committed)]).toEqual([path.basename(file), await cells(file)]);
  }
});

describe("samples/jiuyuan-2026q1.xlsx", () => {
  let read: ReturnType<typeof readTable>;
  let scheme: unknown;
  beforeAll(async () => {
    const wb = await loadWorkbook(path.join(ROOT, "samples", "jiuyuan-2026q1.xlsx"));
    read = readTable(wb);
    scheme = readSchemeSheet(wb);
  });
  const col = (h: string) => read.table.headers.indexOf(h);
  const rowsOf = (group: string) => tableRows(read.table).filter((r) => r.cells[col("类别")] === group);

  test("52 区直单位 and 8 苏木乡镇街道 under a title row", () => {
    expect(read.worksheetName).toBe("2026年第一季度");
    expect(read.table.headerRow).toBe(2);
    expect(read.table.headers).toEqual(["序号", "类别", "单位名称", "招商引资", "项目建设", "乡村振兴", "总分", "一票否决", "等次"]);
    expect(read.map).toEqual({ group: 1, name: 2, score: 6, tier: 8, veto: 7 });
    expect(rowsOf("区直单位")).toHaveLength(52);
    expect(rowsOf("苏木乡镇街道")).toHaveLength(8);
  });

  test("总分 is the weighted sum 0.4/0.35/0.25, rounded to 2 decimals", () => {
    for (const r of tableRows(read.table)) {
      const [a, b, c] = [r.cells[3], r.cells[4], r.cells[5]] as number[];
      expect(r.cells[6]).toBe(excelRound(a! * 0.4 + b! * 0.35 + c! * 0.25, 2));
    }
  });

  test("区直单位: 17 typed 优秀 for 15 places; one vetoed unit typed 优秀", () => {
    const depts = rowsOf("区直单位");
    expect(depts.filter((r) => r.cells[8] === "优秀")).toHaveLength(17);
    const vetoed = depts.filter((r) => r.cells[7] === "是");
    expect(vetoed.map((r) => [r.row, r.cells[2], r.cells[8]])).toEqual([[27, "区水利局", "优秀"]]);
  });

  test("苏木乡镇街道: ranks 2 and 3 tied at the 优秀 line, both typed 优秀", () => {
    const towns = rowsOf("苏木乡镇街道").sort((x, y) => (y.cells[6] as number) - (x.cells[6] as number));
    expect(towns.slice(1, 3).map((r) => [r.row, r.cells[2], r.cells[6], r.cells[8]])).toEqual([
      [56, "沙河街道", 88.3, "优秀"],
      [59, "麻池镇", 88.3, "优秀"],
    ]);
    expect(towns.filter((r) => r.cells[8] === "优秀")).toHaveLength(3);
  });

  test("its 考核方案 sheet is the jiuyuan preset with the three indicators", () => {
    const r = parseScheme(scheme);
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
    expect(r.scheme.id).toBe("jiuyuan");
    expect(r.scheme.scoring.indicators.map((i) => [i.column, i.weight])).toEqual([
      ["招商引资", 0.4],
      ["项目建设", 0.35],
      ["乡村振兴", 0.25],
    ]);
    expect(r.scheme.scoring.decimals).toBe(2);
  });
});

describe("samples/zhejiang-2025.xlsx", () => {
  let read: ReturnType<typeof readTable>;
  let scheme: unknown;
  beforeAll(async () => {
    const wb = await loadWorkbook(path.join(ROOT, "samples", "zhejiang-2025.xlsx"));
    read = readTable(wb);
    scheme = readSchemeSheet(wb);
  });

  test("26 山区县 and 27 非山区县 with team, past years and the current tier", () => {
    expect(read.worksheetName).toBe("2025年度综合考核");
    expect(read.map).toEqual({
      group: 0,
      name: 1,
      deduction: 5,
      team: 6,
      tier: 9,
      years: [
        { year: 2023, col: 7 },
        { year: 2024, col: 8 },
      ],
    });
    const groups = tableRows(read.table).map((r) => r.cells[0]);
    expect(groups.filter((g) => g === "山区县")).toHaveLength(26);
    expect(groups.filter((g) => g === "非山区县")).toHaveLength(27);
  });

  test("非山区县: the bottom 10% (2 counties) are not all typed 第三等次", () => {
    const score = (c: CellValue[]) =>
      excelRound((c[2] as number) * 0.3 + (c[3] as number) * 0.5 + (c[4] as number) * 0.2 - Math.min((c[5] as number | null) ?? 0, 5), 2);
    const other = tableRows(read.table).filter((r) => r.cells[0] === "非山区县").sort((x, y) => score(x.cells) - score(y.cells));
    expect(other.slice(0, 2).map((r) => r.cells[9])).toEqual(["第二等次", "第三等次"]);
    expect(score(other[1]!.cells)).toBeLessThan(score(other[2]!.cells));
  });

  test("its 考核方案 sheet is the zhejiang preset with three weighted sections", () => {
    const r = parseScheme(scheme);
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
    expect(r.scheme.scoring.sections.map((s) => [s.label, s.weight])).toEqual([
      ["党的建设", 0.3],
      ["高质量发展绩效", 0.5],
      ["满意度评价", 0.2],
    ]);
    expect(r.scheme.scoring.deductionMax).toBe(5);
  });
});

test("makeLargeWorkbook: the formula method's tiers break the quota at ties", async () => {
  const file = path.join(dir, "large.xlsx");
  const stats = await makeLargeWorkbook(file, 2000, 4);
  expect(stats.places).toBe(4 * 150);
  expect(stats.typedExcellent).toBeGreaterThan(stats.places);
  const { table } = readTable(await loadWorkbook(file));
  expect(table.rows).toHaveLength(2000);
  expect(tableRows(table).filter((r) => r.cells[3] === "优秀")).toHaveLength(stats.typedExcellent);
});
