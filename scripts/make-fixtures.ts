/**
 * Writes the fixture workbooks of test/fixtures/ (and exports the large-workbook generator the
 * benchmark uses). Deterministic: fixed dates, a seeded PRNG, so re-running gives the same cells.
 *
 *   npx tsc -p tsconfig.json --outDir /tmp/gen && NODE_PATH=$PWD/node_modules node /tmp/gen/scripts/make-fixtures.js [repo-root]
 *
 * What each fixture holds is described next to the function that writes it.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { presetInput } from "../src/engine/scheme/presets";
import { writeSchemeSheet } from "../src/workbook/xlsx";

/** The date written into every generated workbook's properties. */
export const FIXED_DATE = new Date("2026-04-01T00:00:00Z");

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine.
 * @example const rand = mulberry32(42); rand() // 0.6011…
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new workbook with fixed properties. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Assess";
  wb.lastModifiedBy = "Assess";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Write rows of values from a 1-based row. */
function putRows(ws: ExcelJS.Worksheet, firstRow: number, rows: ExcelJS.CellValue[][]): void {
  rows.forEach((values, i) => {
    values.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(firstRow + i, c + 1).value = v;
    });
  });
}

function boldRow(ws: ExcelJS.Worksheet, row: number): void {
  ws.getRow(row).eachCell((cell) => (cell.font = { bold: true }));
}

/**
 * plain.xlsx, sheet 2026年一季度 — a typical hand-made sheet:
 * row 1 a merged title (A1:E1), row 2 a 填报单位 line, row 3 blank, row 4 the header
 * 序号/类别/单位/总分/等次; data in rows 5–9 (区直单位), row 10 blank, rows 11–13 (乡镇), 14–16 (街道);
 * row 17 合计 and row 18 平均 (not subjects), row 19 blank, row 20 a 注： notes row.
 */
function plain(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("2026年一季度");
  ws.mergeCells("A1:E1");
  ws.getCell("A1").value = "2026年第一季度考核结果";
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.getCell("A2").value = "填报单位：区考核办    填报日期：2026年4月1日";
  putRows(ws, 4, [
    ["序号", "类别", "单位", "总分", "等次"],
    [1, "区直单位", "区财政局", 92.5, "优秀"],
    [2, "区直单位", "区教育局", 88, "良好"],
    [3, "区直单位", "区民政局", 85.25, "良好"],
    [4, "区直单位", "区商务局", 79, "一般"],
    [5, "区直单位", "区审计局", 70.5, "较差"],
    [],
    [6, "乡镇", "麻池镇", 90, "优秀"],
    [7, "乡镇", "哈林格尔镇", 86, "良好"],
    [8, "乡镇", "哈业胡同镇", 83.5, "良好"],
    [9, "街道", "萨如拉街道", 91, "优秀"],
    [10, "街道", "沙河街道", 87, "良好"],
    [11, "街道", "赛汗街道", 80, "一般"],
    [null, null, "合计", { formula: "SUM(D5:D16)", result: 953.25 }],
    [null, null, "平均", { formula: "ROUND(AVERAGE(D5:D16),2)", result: 86.66 }],
    [],
    ["注：1. 总分满分100分；2. 等次由区考核办评定。"],
  ]);
  boldRow(ws, 4);
  [6, 10, 12, 30, 10, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return wb;
}

/**
 * table.xlsx, sheet 考核結果 — data inside an Excel table (ListObject) "成績表" at B3:E12 with
 * Traditional headers 單位/類別/總分/等級 and a totals row (row 12, 合計). Row 1 a title, and
 * outside the table G3 "說明：本表由系統匯出" and G4 123, which must not be read.
 * Data rows 4–11.
 */
function excelTable(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("考核結果");
  ws.getCell("A1").value = "二〇二五年度績效考核";
  ws.addTable({
    name: "成績表",
    displayName: "成績表",
    ref: "B3",
    headerRow: true,
    totalsRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: [
      { name: "單位", totalsRowLabel: "合計" },
      { name: "類別" },
      { name: "總分", totalsRowFunction: "sum" },
      { name: "等級" },
    ],
    rows: [
      ["區財政局", "區直單位", 91.5, "優秀"],
      ["區教育局", "區直單位", 88.25, "良好"],
      ["區民政局", "區直單位", 84, "良好"],
      ["區審計局", "區直單位", 72, "較差"],
      ["麻池鎮", "鎮街", 90.5, "優秀"],
      ["沙河街道", "鎮街", 86, "良好"],
      ["賽汗街道", "鎮街", 81.5, "一般"],
      ["哈業胡同鎮", "鎮街", 77, "一般"],
    ],
  });
  ws.getCell("G3").value = "說明：本表由系統匯出";
  ws.getCell("G4").value = 123;
  [4, 14, 12, 10, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return wb;
}

/**
 * english.xlsx, sheet Results — English headers Unit/Group/Score/Tier/2024 tier in row 1,
 * data rows 2–7 in two groups.
 */
function english(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Results");
  putRows(ws, 1, [
    ["Unit", "Group", "Score", "Tier", "2024 tier"],
    ["Finance Bureau", "Departments", 93, "Excellent", "Good"],
    ["Education Bureau", "Departments", 88.5, "Good", "Good"],
    ["Audit Bureau", "Departments", 76, "Fair", "Fair"],
    ["Machi Town", "Towns", 91, "Excellent", "Excellent"],
    ["Shahe Subdistrict", "Towns", 84.5, "Good", "Fair"],
    ["Saihan Subdistrict", "Towns", 69, "Poor", "Fair"],
  ]);
  boldRow(ws, 1);
  return wb;
}

/**
 * cells.xlsx, sheet 成绩 — header 单位/类别/得分/等次 in row 1 and scores as clerks type them:
 * C2 "85分" (A2 rich text 区财政 + bold 局), C3 "８５", C4 "85%", C5 blank, C6 a VLOOKUP formula
 * whose cached result is #N/A, C7 "缺考", C8 formula 80+5.5 with cached 85.5, C9 an error value
 * #DIV/0! (A9 a hyperlink), C10 a formula without a cached result, C11 85, C12 a date.
 */
function cells(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("成绩");
  putRows(ws, 1, [
    ["单位", "类别", "得分", "等次"],
    [{ richText: [{ text: "区财政" }, { text: "局", font: { bold: true } }] }, "区直单位", "85分", "良好"],
    ["区教育局", "区直单位", "８５", "良好"],
    ["区民政局", "区直单位", "85%", "良好"],
    ["区商务局", "区直单位", null, "一般"],
    ["区审计局", "区直单位", { formula: "VLOOKUP(A6,分数!A:B,2,FALSE)", result: { error: "#N/A" } }, "一般"],
    ["区统计局", "区直单位", "缺考", "较差"],
    ["区水利局", "区直单位", { formula: "80+5.5", result: 85.5 }, "良好"],
    [{ text: "区司法局", hyperlink: "https://example.gov.cn/sfj" }, "区直单位", { error: "#DIV/0!" }, "一般"],
    ["区农牧局", "区直单位", { formula: "SUM(Z1:Z2)" }, "一般"],
    ["区应急管理局", "区直单位", 85, "良好"],
    ["区医疗保障局", "区直单位", new Date(Date.UTC(2026, 2, 1)), "良好"],
  ]);
  boldRow(ws, 1);
  return wb;
}

/**
 * own-columns.xlsx, sheet 考核 — a workbook Assess has already written to: header row 1
 * 类别/单位/总分/等次, then its own columns 【计算】排名 (E), 【计算】等次 (F), 【计算】亮灯 (G) with
 * values from a previous run (F3 and F5 stale: 良好 where 优秀 is due, 一般 where 良好 is), and the
 * user's 备注 (H) after
 * them. Data rows 2–6.
 */
function ownColumns(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("考核");
  putRows(ws, 1, [
    ["类别", "单位", "总分", "等次", "【计算】排名", "【计算】等次", "【计算】亮灯", "备注"],
    ["区直单位", "区财政局", 95, "优秀", 1, "优秀", "绿", "连续两年第一"],
    ["区直单位", "区教育局", 90, "优秀", 2, "良好", "绿", null],
    ["区直单位", "区民政局", 85, "良好", 3, "良好", "黄", null],
    ["区直单位", "区商务局", 80, "良好", 4, "一般", "红", "整改中"],
    ["区直单位", "区审计局", 75, "一般", 5, "一般", "红", null],
  ]);
  boldRow(ws, 1);
  return wb;
}

/** bad-no-table.xlsx: a sheet of prose (说明) and an empty sheet; no header anywhere → NO_TABLE. */
function noTable(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("说明");
  putRows(ws, 1, [
    ["关于开展2026年第一季度考核工作的说明"],
    [],
    ["一、本季度考核围绕招商引资、项目建设、乡村振兴三项重点工作进行。"],
    ["二、请各单位于4月10日前报送自评材料，逾期视为放弃。"],
    ["三、考核结果将作为年度考核的重要参考。"],
  ]);
  wb.addWorksheet("Sheet2");
  return wb;
}

/** bad-empty.xlsx: a title and a header 单位/类别/总分/等次 in row 2, no data rows → EMPTY_TABLE. */
function emptyTable(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("考核结果");
  putRows(ws, 1, [["2026年第一季度考核结果"], ["单位", "类别", "总分", "等次"]]);
  return wb;
}

/** bad-scheme.xlsx: a good table, and a 考核方案 sheet whose JSON is cut off → SCHEME_SHEET_INVALID. */
function badScheme(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("考核结果");
  putRows(ws, 1, [
    ["单位", "类别", "总分", "等次"],
    ["区财政局", "区直单位", 91, "优秀"],
    ["区教育局", "区直单位", 86, "良好"],
  ]);
  const s = wb.addWorksheet("考核方案");
  s.getCell("A1").value = "Assess 考核方案 (JSON)";
  s.getCell("A2").value = '{"id":"jiuyuan","name":{"zh":"九原区登记式考核","en":"Jiuyuan"},"tiers":[{"id":"excellent","label":{"zh":"优秀"';
  return wb;
}

/** bad-corrupt.xlsx: starts like a zip but is cut off after a few bytes → NOT_XLSX. */
/**
 * periods-merged.xlsx — a monthly workbook laid out as offices print it, one sheet per month
 * (2026年1月, 2026年2月, 2026年3月), each with: a title merged over A1:I1; a three-row header
 * (序号, 类别, 单位名称 and 等次 merged down rows 2–4; 党建工作(40分) merged over 基层组织 and
 * 党风廉政, 经济发展(60分) over 招商引资 and 项目建设; 总分 merged over rows 2–3 with a units row
 * "(分)" in row 4 under every score column); 类别 merged down each group (党群部门 rows 5–12,
 * 政府部门 rows 13–22); a 平均分 row merged over A:C. 8 and 10 units: 优秀 places 2 and 3. March's
 * 政府部门 has 4 优秀 typed. Read cell by cell (no merges) the units row would be a subject and the
 * sub-columns would lose their parent.
 */
function periodsMerged(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const party = ["区委办公室", "区委组织部", "区委宣传部", "区委统战部", "区委政法委", "区纪委监委", "区总工会", "团区委"];
  const gov = ["区发展和改革委员会", "区教育局", "区财政局", "区民政局", "区商务局", "区审计局", "区统计局", "区水利局", "区交通运输局", "区卫生健康委员会"];
  const rand = mulberry32(2026);
  ["2026年1月", "2026年2月", "2026年3月"].forEach((month, m) => {
    const ws = wb.addWorksheet(month);
    ws.mergeCells("A1:I1");
    ws.getCell("A1").value = `${month}绩效考核通报`;
    putRows(ws, 2, [
      ["序号", "类别", "单位名称", "党建工作(40分)", null, "经济发展(60分)", null, "总分", "等次"],
      [null, null, null, "基层组织", "党风廉政", "招商引资", "项目建设", null, null],
      [null, null, null, "(分)", "(分)", "(分)", "(分)", "(分)", null],
    ]);
    for (const r of ["A2:A4", "B2:B4", "C2:C4", "I2:I4", "D2:E2", "F2:G2", "H2:H3"]) ws.mergeCells(r);
    let row = 5;
    const totals: number[] = [];
    for (const [group, units] of [["党群部门", party], ["政府部门", gov]] as const) {
      const scored = units.map((name) => {
        const parts = [12 + Math.round(rand() * 80) / 10, 10 + Math.round(rand() * 80) / 10, 20 + Math.round(rand() * 90) / 10, 18 + Math.round(rand() * 110) / 10];
        return { name, parts, total: Math.round(parts.reduce((a, b) => a + b, 0) * 10) / 10 };
      });
      const order = [...scored].sort((a, b) => b.total - a.total);
      const places = Math.floor(units.length * 0.3);
      // March: one 优秀 too many in 政府部门 (QUOTA_EXCEEDED in the latest period).
      const excellent = places + (m === 2 && group === "政府部门" ? 1 : 0);
      const first = row;
      scored.forEach((s) => {
        const rank = order.indexOf(s);
        const tier = rank < excellent ? "优秀" : rank < Math.floor(units.length * 0.8) ? "良好" : "一般";
        putRows(ws, row, [[row - 4, row === first ? group : null, s.name, ...s.parts, s.total, tier]]);
        totals.push(s.total);
        row++;
      });
      ws.mergeCells(first, 2, row - 1, 2);
    }
    putRows(ws, row, [["平均分", null, null, null, null, null, null, Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 100) / 100]]);
    ws.mergeCells(row, 1, row, 3);
    [6, 10, 20, 10, 10, 10, 10, 8, 8].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  });
  return wb;
}

const CORRUPT = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.from("truncated workbook — not a complete zip archive\n")]);

/** Options of {@link makeLargeWorkbook}. */
export interface LargeOptions {
  seed?: number;
  /** Add a 考核方案 sheet with the jiuyuan preset (default true). */
  scheme?: boolean;
}

/** What the large workbook holds, for the benchmark's expectations. */
export interface LargeStats {
  rows: number;
  groups: number;
  /** 优秀 places under the 30% quota (floor per group), summed. */
  places: number;
  /** 优秀 typed in the 等次 column the COUNTIFS way (every subject tied at the line gets it). */
  typedExcellent: number;
}

/**
 * A large assessment sheet for the benchmark (not committed): sheet 考核结果 with header
 * 类别/单位/总分/等次 in row 1, `rows` subjects spread round-robin over `groups` groups (第01组…),
 * scores 60.0–99.9 with one decimal (ties are common), and a 等次 column typed the way the
 * RANK/COUNTIFS formula method does it: 优秀 for rank ≤ floor(30% × n), so subjects tied at the
 * line all get 优秀 and the quota breaks — on 10,000 rows in 20 groups a few places too many.
 * @example await makeLargeWorkbook("/tmp/large.xlsx", 10_000, 20)
 */
export async function makeLargeWorkbook(file: string, rows: number, groups: number, opts: LargeOptions = {}): Promise<LargeStats> {
  const rand = mulberry32(opts.seed ?? 20260401);
  const subjects = Array.from({ length: rows }, (_, i) => ({
    group: `第${String((i % groups) + 1).padStart(2, "0")}组`,
    name: `单位${String(i + 1).padStart(5, "0")}`,
    score: Math.round((60 + rand() * 39.9) * 10) / 10,
    rank: 0,
    tier: "",
  }));
  let places = 0;
  let typedExcellent = 0;
  const byGroup = new Map<string, typeof subjects>();
  for (const s of subjects) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s]);
  for (const members of byGroup.values()) {
    const n = members.length;
    const limit = Math.floor(Number((n * 0.3).toPrecision(12)));
    places += limit;
    const sorted = [...members].sort((a, b) => b.score - a.score);
    sorted.forEach((s, i) => {
      const prev = sorted[i - 1];
      s.rank = prev && prev.score === s.score ? prev.rank : i + 1;
      const rank = s.rank;
      s.tier = rank <= limit ? "优秀" : rank <= Math.floor(n * 0.7) ? "良好" : rank <= Math.floor(n * 0.9) ? "一般" : "较差";
      if (s.tier === "优秀") typedExcellent++;
    });
  }
  const wb = newWorkbook();
  const ws = wb.addWorksheet("考核结果");
  ws.addRow(["类别", "单位", "总分", "等次"]);
  for (const s of subjects) ws.addRow([s.group, s.name, s.score, s.tier]);
  if (opts.scheme !== false) writeSchemeSheet(wb, presetInput("jiuyuan"), "zh-CN");
  await wb.xlsx.writeFile(file);
  return { rows, groups, places, typedExcellent };
}

/** The fixtures by file name. */
export const FIXTURES: Record<string, () => ExcelJS.Workbook> = {
  "plain.xlsx": plain,
  "table.xlsx": excelTable,
  "english.xlsx": english,
  "cells.xlsx": cells,
  "own-columns.xlsx": ownColumns,
  "bad-no-table.xlsx": noTable,
  "bad-empty.xlsx": emptyTable,
  "bad-scheme.xlsx": badScheme,
  "periods-merged.xlsx": periodsMerged,
};

/**
 * Write every fixture into a folder (test/fixtures/ by default).
 * @example await makeFixtures("/tmp/fixtures")
 */
export async function makeFixtures(dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, make] of Object.entries(FIXTURES)) {
    const file = path.join(dir, name);
    await make().xlsx.writeFile(file);
    written.push(file);
  }
  const corrupt = path.join(dir, "bad-corrupt.xlsx");
  fs.writeFileSync(corrupt, CORRUPT);
  written.push(corrupt);
  return written;
}

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? process.cwd());
  makeFixtures(path.join(root, "test", "fixtures"))
    .then((files) => files.forEach((f) => console.log(path.relative(root, f))))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
