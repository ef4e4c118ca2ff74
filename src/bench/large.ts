/**
 * Large synthetic tables for the benchmark: deterministic (seeded), three indicators, a typed
 * tier column that is mostly right and sometimes breaks the quota.
 */
import ExcelJS from "exceljs";
import { presetInput } from "../engine/scheme/presets";
import { parseSchemeOrThrow, type Scheme } from "../engine/scheme/scheme";
import type { CellValue, ColumnMap, Table } from "../engine/types";

const HEADERS = ["类别", "单位名称", "招商引资", "项目建设", "乡村振兴", "等次"];
const TIERS = ["优秀", "良好", "一般", "较差"];

function* rows(n: number, groups: number): Generator<CellValue[]> {
  let seed = 20261122;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 10000) / 10000;
  for (let i = 0; i < n; i++) {
    const a = Math.round((60 + rnd() * 40) * 10) / 10;
    const b = Math.round((60 + rnd() * 40) * 10) / 10;
    const c = Math.round((60 + rnd() * 40) * 10) / 10;
    const guess = a * 0.4 + b * 0.35 + c * 0.25;
    const tier = guess > 88 ? 0 : guess > 78 ? 1 : guess > 68 ? 2 : 3;
    yield [`第${(i % groups) + 1}组`, `单位${i + 1}`, a, b, c, TIERS[tier]!];
  }
}

/** A table in memory, as a host would read it. */
export function makeLargeTable(n: number, groups: number, sheet: string): { table: Table; map: ColumnMap } {
  const columns: CellValue[][] = HEADERS.map(() => new Array<CellValue>(n));
  const sheetRows: number[] = new Array<number>(n);
  let i = 0;
  for (const cells of rows(n, groups)) {
    sheetRows[i] = i + 2;
    cells.forEach((v, c) => ((columns[c] as CellValue[])[i] = v));
    i++;
  }
  return { table: { sheet, headerRow: 1, headers: HEADERS, rows: sheetRows, columns }, map: { group: 0, name: 1, tier: 5 } };
}

/**
 * The same table written to an .xlsx file, with the scheme in a 考核方案 sheet, through exceljs's
 * streaming writer (shared strings, as Excel writes them), so a million rows fit in memory.
 */
export async function writeLargeWorkbook(path: string, n: number, groups: number, scheme: Scheme): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet("考核结果");
  ws.addRow(HEADERS).commit();
  for (const cells of rows(n, groups)) ws.addRow(cells).commit();
  ws.commit();
  const s = wb.addWorksheet("考核方案");
  s.addRow(["Assess 考核方案 (JSON)"]).commit();
  s.addRow([JSON.stringify(scheme)]).commit();
  s.commit();
  await wb.commit();
}

/** The 九原区 preset with the three weighted indicators of these tables, two decimals. */
export const benchScheme: Scheme = parseSchemeOrThrow({
  ...(presetInput("jiuyuan") as object),
  scoring: {
    indicators: [
      { id: "招商引资", column: "招商引资", weight: 0.4 },
      { id: "项目建设", column: "项目建设", weight: 0.35 },
      { id: "乡村振兴", column: "乡村振兴", weight: 0.25 },
    ],
    decimals: 2,
  },
});
