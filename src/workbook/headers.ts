/**
 * Header detection (表头识别): find the header row of an assessment table in a sheet and say which
 * column plays which role (单位, 类别, 总分, 等次…). Pure: no exceljs, no Node APIs — the same code
 * runs in the Office host inside Excel and in the .xlsx host of the CLI.
 *
 * Headers are matched after `normalizeText` (Traditional → Simplified, full-width, case, spaces and
 * brackets folded), so 單位 = 单位, （总分） = 总分, "Total Score" = totalscore.
 */
import { isBlank, parseNumberText, toHalfWidth } from "../engine/cells";
import { normalizeText, toSimplified } from "../engine/labels";
import { OWN_PREFIX } from "../engine/outputs";
import type { CellValue, ColumnMap, Role, Table, TableRow } from "../engine/types";
import type { WorkbookErrorCode } from "./errors";

/** What {@link detectTable} found, or why it found nothing. */
export type DetectResult =
  | { ok: true; table: Table; map: ColumnMap; ownColumns: Record<string, number> }
  | { ok: false; error: WorkbookErrorCode; /** 1-based row of the header, when one was found. */ headerRow?: number };

/** Options of {@link detectTable}. */
export interface DetectOptions {
  /** 1-based sheet row of the header; found automatically when absent. */
  headerRow?: number;
}

/** Rows searched for the header (title rows and blank rows may come first). */
export const HEADER_SEARCH_ROWS = 20;

/** Prefix of the columns Assess writes itself: never read as input, overwritten on re-apply. */
export { OWN_PREFIX };

/**
 * Header synonyms per role (表头同义词). An exact match (after normalisation) beats a "contains"
 * match; among "contains" matches the longest synonym wins, so 年度考核等次 is a tier, not 年度考核.
 */
export const HEADER_SYNONYMS: Record<Role, string[]> = {
  name: ["单位", "单位名称", "姓名", "考核对象", "被考核单位", "部门", "名称", "单位/部门", "unit", "name", "subject", "department", "organisation", "organization"],
  group: ["类别", "分组", "赛道", "组别", "类型", "领域", "group", "category", "track", "type"],
  score: ["总分", "得分", "综合得分", "考核得分", "最终得分", "合计得分", "综合考核得分", "score", "total", "total score", "final score"],
  tier: ["等次", "等级", "考核等次", "考核结果", "评定等次", "年度考核等次", "tier", "grade", "rating", "result"],
  regular: ["平时考核", "平时考核得分", "平时成绩", "regular", "regular assessment"],
  annual: ["年度考核", "年度考核得分", "年终考核", "年终考核得分", "annual", "annual assessment"],
  deduction: ["扣分", "扣分项", "负面扣分", "扣减分", "deduction", "deductions"],
  veto: ["一票否决", "负面清单", "否决事项", "零容忍事项", "veto", "negative list"],
  linked: ["连带责任", "linked responsibility", "linked"],
  groupOutcome: ["单位等次", "单位考核结果", "单位绩效等次", "unit rating"],
  team: ["班子等次", "领导班子等次", "班子考核等次", "team rating"],
};

/** Roles in the order a column is offered to them (a column plays one role only). */
const ROLES = Object.keys(HEADER_SYNONYMS) as Role[];

/** Normalised synonym → role, for exact matches. */
const EXACT = new Map<string, Role>();
/** Normalised synonyms, longest first, for "contains" matches. */
const CONTAINS: { key: string; role: Role }[] = [];
for (const role of ROLES) {
  for (const s of HEADER_SYNONYMS[role]) {
    const key = normalizeText(s);
    EXACT.set(key, role);
    CONTAINS.push({ key, role });
  }
}
CONTAINS.sort((a, b) => b.key.length - a.key.length);

/** The tier words that make "2023年等次" a past year's tier column. */
const YEAR_TIER_WORDS = ["等次", "等级", "考核等次", "考核结果", "评定等次", "结果", "tier", "grade", "rating", "result"].map(normalizeText);

/** How one header cell was understood. */
type HeaderMatch =
  | { kind: "role"; role: Role; strength: 2 | 1 }
  | { kind: "year"; year: number }
  | { kind: "own" }
  | { kind: "none" };

/** Text of a cell used as a header ("" for blanks and error values). */
function headerText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return "";
}

/** Whether a header names one of Assess's own output columns (【计算】…). */
export function isOwnHeader(header: string): boolean {
  const s = toHalfWidth(header).trim();
  return s.startsWith(OWN_PREFIX) || s.startsWith("[计算]") || toSimplified(s).startsWith("【計算】");
}

/** A past year's tier column: "2023年等次", "2024年度等次", "2023年考核等次", "2023 tier". */
function yearOf(key: string): number | null {
  const m = /(19|20)\d{2}/.exec(key);
  if (!m) return null;
  let rest = key.slice(0, m.index) + key.slice(m.index + 4);
  rest = rest.replace(/^年度|^年/, "");
  if (rest === "" || !YEAR_TIER_WORDS.some((w) => rest === w || rest.endsWith(w))) return null;
  return Number(m[0]);
}

/** Understand one header text. */
function matchHeader(text: string): HeaderMatch {
  if (text === "") return { kind: "none" };
  if (isOwnHeader(text)) return { kind: "own" };
  const key = normalizeText(text);
  if (key === "") return { kind: "none" };
  const year = yearOf(key);
  if (year !== null) return { kind: "year", year };
  const exact = EXACT.get(key);
  if (exact) return { kind: "role", role: exact, strength: 2 };
  // A Chinese header names its kind last (单位类别 is a 类别), so a synonym the header ends with
  // beats one it merely contains; then the longest wins. Short Latin words must start or end it.
  let contains: Role | undefined;
  for (const { key: syn, role } of CONTAINS) {
    if (key.endsWith(syn)) return { kind: "role", role, strength: 1 };
    const shortLatin = /^[a-z]+$/.test(syn) && syn.length < 5;
    if (contains === undefined && !shortLatin && key.includes(syn)) contains = role;
    if (contains === undefined && shortLatin && key.startsWith(syn)) contains = role;
  }
  return contains ? { kind: "role", role: contains, strength: 1 } : { kind: "none" };
}

/** Roles where the rightmost candidate wins a tie (the total sits right of the indicators). */
const PREFER_RIGHT: ReadonlySet<Role> = new Set<Role>(["score", "tier"]);

/** Serial-number and rank headers: numeric, but not data to assess (序号, 排名…). */
const SERIAL = new Set(["序号", "编号", "序", "号", "no", "no.", "number", "#", "id", "排名", "名次", "rank"].map(normalizeText));

/** The map of one candidate header row. */
interface Candidate {
  row: number; // 0-based
  map: ColumnMap;
  ownColumns: Record<string, number>;
  headers: string[];
  score: number;
  /** Unmapped columns with a header. */
  unknown: number[];
}

function mapRow(grid: CellValue[][], r: number): Candidate {
  const cells = grid[r] ?? [];
  let width = cells.length;
  while (width > 0 && headerText(cells[width - 1]) === "") width--;
  const headers: string[] = [];
  for (let c = 0; c < width; c++) headers.push(headerText(cells[c]));

  const best = new Map<Role, { col: number; strength: number }>();
  const years: { year: number; col: number }[] = [];
  const ownColumns: Record<string, number> = {};
  const matches = headers.map(matchHeader);
  let score = 0;
  matches.forEach((m, col) => {
    if (m.kind === "own") ownColumns[headers[col] as string] = col;
    else if (m.kind === "year") {
      if (!years.some((y) => y.year === m.year)) years.push({ year: m.year, col });
      score += 1;
    } else if (m.kind === "role") {
      score += m.strength;
      const prev = best.get(m.role);
      const better =
        !prev || m.strength > prev.strength || (m.strength === prev.strength && PREFER_RIGHT.has(m.role) && col > prev.col);
      if (better) best.set(m.role, { col, strength: m.strength });
    }
  });

  const map: ColumnMap = {};
  const used = new Set<number>();
  for (const role of ROLES) {
    const b = best.get(role);
    if (b && !used.has(b.col)) {
      map[role] = b.col;
      used.add(b.col);
    }
  }
  if (years.length > 0) map.years = [...years].sort((a, b) => a.year - b.year);
  years.forEach((y) => used.add(y.col));
  const unknown: number[] = [];
  headers.forEach((h, c) => {
    if (h !== "" && !used.has(c) && matches[c]?.kind !== "own" && !SERIAL.has(normalizeText(h))) unknown.push(c);
  });
  return { row: r, map, ownColumns, headers, score, unknown };
}

/** Whether the column holds mostly numbers in the first data rows below the header. */
function numericBelow(grid: CellValue[][], headerRow: number, col: number): boolean {
  let seen = 0;
  let numbers = 0;
  for (let r = headerRow + 1; r < grid.length && seen < 5; r++) {
    const v = grid[r]?.[col];
    if (isBlank(v)) continue;
    seen++;
    if (typeof v === "number" || (typeof v === "string" && parseNumberText(v) !== null)) numbers++;
  }
  return seen > 0 && numbers * 2 > seen;
}

/** A header row must name the subjects and give something to assess them on. */
function usable(grid: CellValue[][], c: Candidate): boolean {
  const m = c.map;
  if (m.name === undefined) return false;
  if (m.score !== undefined || m.tier !== undefined) return true;
  if (m.regular !== undefined && m.annual !== undefined) return true;
  return c.unknown.some((col) => numericBelow(grid, c.row, col));
}

/** Names of summary rows that are not subjects (合计, 总计, 平均…). */
const SUMMARY_NAMES = new Set(["合计", "总计", "小计", "平均", "平均分", "平均值", "total", "totals", "sum", "average", "mean"].map(normalizeText));

/** A notes row: "注：…", "备注：…", "说明…", "Note: …". */
const NOTE_TEXT = /^(注|备注|说明|說明|notes?)(\s*[:：、.,，;；\d①②③④⑤(（]|$)/i;

function isNotesRow(cells: CellValue[]): boolean {
  const filled = cells.filter((v) => !isBlank(v));
  if (filled.length !== 1) return false;
  const v = filled[0];
  return typeof v === "string" && NOTE_TEXT.test(toSimplified(toHalfWidth(v).trim()));
}

function isBlankRow(cells: CellValue[]): boolean {
  return cells.every((v) => isBlank(v));
}

/**
 * Find the assessment table in a sheet's cells and map its columns to roles.
 * `grid[r][c]` is the cell at sheet row r+1, column c (0-based; A is 0).
 *
 * - The header is the best-matching row among the first 20 that has a name column and a score,
 *   a tier, regular + annual, or unknown numeric columns (the indicators); `opts.headerRow` forces it.
 * - 【计算】 columns are Assess's own output: reported in `ownColumns`, never given a role.
 * - Data rows run to the last non-blank row; blank rows and 合计/总计/平均 rows are dropped, and a
 *   trailing notes row (注：…) ends the table.
 * @example
 * detectTable([["2026年一季度考核结果"], [], ["单位", "总分"], ["甲", 90]], "Q1")
 * // { ok: true, table: { sheet: "Q1", headerRow: 3, headers: ["单位", "总分"], rows: [{ row: 4, cells: ["甲", 90] }] },
 * //   map: { name: 0, score: 1 }, ownColumns: {} }
 */
export function detectTable(grid: CellValue[][], sheet: string, opts: DetectOptions = {}): DetectResult {
  let chosen: Candidate | undefined;
  if (opts.headerRow !== undefined) {
    const c = mapRow(grid, opts.headerRow - 1);
    if (c.headers.length === 0) return { ok: false, error: "NO_TABLE", headerRow: opts.headerRow };
    if (c.map.name === undefined) return { ok: false, error: "NO_NAME_COLUMN", headerRow: opts.headerRow };
    chosen = c;
  } else {
    const last = Math.min(grid.length, HEADER_SEARCH_ROWS);
    for (let r = 0; r < last; r++) {
      const c = mapRow(grid, r);
      if (c.score === 0 || !usable(grid, c)) continue;
      if (!chosen || c.score > chosen.score) chosen = c;
    }
    if (!chosen) return { ok: false, error: "NO_TABLE" };
  }

  const width = chosen.headers.length;
  const rows: TableRow[] = [];
  const nameCol = chosen.map.name;
  for (let r = chosen.row + 1; r < grid.length; r++) {
    const src = grid[r] ?? [];
    const cells: CellValue[] = [];
    for (let c = 0; c < width; c++) cells.push(src[c] ?? null);
    if (isBlankRow(cells)) continue;
    if (isNotesRow(cells)) break;
    const name = nameCol === undefined ? undefined : cells[nameCol];
    if (typeof name === "string" && SUMMARY_NAMES.has(normalizeText(name))) continue;
    rows.push({ row: r + 1, cells });
  }
  if (rows.length === 0) return { ok: false, error: "EMPTY_TABLE", headerRow: chosen.row + 1 };

  return {
    ok: true,
    table: { sheet, headerRow: chosen.row + 1, headers: chosen.headers, rows },
    map: chosen.map,
    ownColumns: chosen.ownColumns,
  };
}

/**
 * Index of the column whose header equals `header` after normalisation, or -1.
 * @example findColumn(["單位", "招商引資"], "招商引资") // 1
 */
export function findColumn(headers: string[], header: string): number {
  const key = normalizeText(header);
  if (key === "") return -1;
  return headers.findIndex((h) => normalizeText(h) === key);
}
