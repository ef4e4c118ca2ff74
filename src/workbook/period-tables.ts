/**
 * The periods of a workbook kept one sheet per period (2026年1月, 2026年第一季度, 2025年度 …) or
 * as one table with a period column (期间/月份/季度): each period's table, chronological. Pure:
 * grids in (as the hosts read them), tables out — the CLI, the standalone page and Excel share it.
 * Each sheet is read by the layout interpretation, as the assessment table is: merged 类别, group
 * label rows, rows left out (合计, 平均分, 注：) and pending rows, hidden rows, Excel tables.
 */
import { normalizeText } from "../engine/input/labels";
import { pickRows } from "../engine/input/table";
import { format } from "../messages";
import { comparePeriods, parsePeriod, periodKey, type Period } from "../engine/periods/periods";
import { recordSheetName } from "../engine/record/overrides";
import type { ColumnMap, Lang, Table } from "../engine/types";
import { plainGrid, type SheetGrid } from "./grid";
import type { HostSheet } from "./host";
import { interpretGrid } from "./layout/interpret";
import { isPeriodHeader } from "./layout/vocabulary";
import type { LayoutOptions } from "./layout/types";
import { isAllocationSheetName } from "../engine/rules/allocation";
import { SCHEME_SHEET } from "./scheme-sheet";

/** One period's table. */
export interface PeriodTable {
  period: Period;
  sheet: string;
  table: Table;
  map: ColumnMap;
  ownColumns: Record<string, number>;
}

/** Why a sheet gave no period. */
export type SkipReason = "notPeriod" | "noTable" | "duplicate";

export interface PeriodTables {
  /** Chronological. */
  periods: PeriodTable[];
  skipped: { sheet: string; reason: SkipReason; detail?: string }[];
}

/** A sheet as a host gives it (cells, and merges etc. where it can) or as the package reader parses it. */
export type PeriodSheet = HostSheet | SheetGrid;

/** The sheet as a grid for the interpretation. */
function gridOf(s: PeriodSheet): SheetGrid {
  if ("cells" in s) return s;
  return {
    ...plainGrid(s.name, s.grid),
    ...(s.merges ? { merges: s.merges } : {}),
    ...(s.hiddenRows ? { hiddenRows: s.hiddenRows } : {}),
    ...(s.hiddenCols ? { hiddenCols: s.hiddenCols } : {}),
    ...(s.tables ? { tables: s.tables } : {}),
  };
}

/**
 * The reading options of the assessment table as they apply to every period's sheet: its columns
 * and group label rows; not its header row, which is that one sheet's.
 * @example periodLayout({ headerRow: 3, columns: { score: "复核得分" } }) // { columns: { score: "复核得分" } }
 */
export function periodLayout(options: LayoutOptions | null | undefined): LayoutOptions {
  const out: LayoutOptions = {};
  if (options?.columns) out.columns = options.columns;
  if (options?.groupRows !== undefined) out.groupRows = options.groupRows;
  return out;
}

/** Headers of a period column. */

/** Assess's own sheets (board, scheme, decision record, indicator owners), in either language. */
const OWN_SHEETS = new Set(
  [
    SCHEME_SHEET,
    "Scheme",
    format("board.sheet", "zh-CN"),
    format("board.sheet", "en-US"),
    recordSheetName("zh-CN"),
    recordSheetName("en-US"),
    format("owners.sheet", "zh-CN"),
    format("owners.sheet", "en-US"),
  ].map(normalizeText),
);

/** Split one table by its period column, or null when it has none (or the column holds no period). */
function splitByColumn(sheet: string, found: { table: Table; map: ColumnMap; ownColumns: Record<string, number> }, year: number | undefined): PeriodTable[] | null {
  const col = found.table.headers.findIndex(isPeriodHeader);
  if (col < 0) return null;
  const byKey = new Map<string, { period: Period; members: number[] }>();
  const periods = found.table.columns[col] ?? [];
  for (let i = 0; i < found.table.rows.length; i++) {
    const v = periods[i];
    const p = v === null || v === undefined ? null : parsePeriod(v instanceof Date ? `${v.getUTCFullYear()}年${v.getUTCMonth() + 1}月` : String(v), year === undefined ? {} : { year });
    if (!p) continue;
    const key = periodKey(p);
    let t = byKey.get(key);
    if (!t) byKey.set(key, (t = { period: p, members: [] }));
    t.members.push(i);
  }
  if (byKey.size === 0) return null;
  return [...byKey.values()].map(({ period, members }) => ({ period, sheet, table: pickRows(found.table, members), map: found.map, ownColumns: found.ownColumns }));
}

/**
 * The period tables of a workbook's sheets. A sheet named as a period with a table is one period;
 * a table with a period column gives one period per value (rows keep their sheet rows, so cell
 * addresses stay right). Assess's own sheets are passed over silently; other sheets are listed
 * in `skipped` with the reason (a 名额分配 sheet is the allocation, not a period: passed over too).
 * `layout` is the reading the user chose (columns, group label rows) for every period sheet, as
 * for the assessment table. Two sheets of the same period: the first is kept. A sheet given
 * with its merges (the package reader's grid, a host's sheet) has them read: a 类别 merged down a
 * group belongs to every row of it.
 * @example periodTables([{ name: "2026年2月", grid: feb }, { name: "2026年1月", grid: jan }]).periods.map((p) => p.period.label)
 * // ["2026年1月", "2026年2月"]
 */
export function periodTables(sheets: readonly PeriodSheet[], opts: { year?: number; layout?: LayoutOptions } = {}): PeriodTables {
  const periods: PeriodTable[] = [];
  const skipped: PeriodTables["skipped"] = [];
  const seen = new Map<string, string>();
  const add = (t: PeriodTable) => {
    const key = periodKey(t.period);
    const first = seen.get(key);
    if (first !== undefined) skipped.push({ sheet: t.sheet, reason: "duplicate", detail: first });
    else {
      seen.set(key, t.sheet);
      periods.push(t);
    }
  };
  for (const sheet of sheets) {
    const name = sheet.name;
    if (OWN_SHEETS.has(normalizeText(name)) || isAllocationSheetName(name)) continue;
    const found = interpretGrid(gridOf(sheet), opts.layout ?? {});
    const byColumn = found.ok ? splitByColumn(name, found, opts.year) : null;
    if (byColumn) {
      byColumn.forEach(add);
      continue;
    }
    const period = parsePeriod(name, opts);
    if (!period) {
      skipped.push({ sheet: name, reason: "notPeriod" });
      continue;
    }
    if (!found.ok) {
      skipped.push({ sheet: name, reason: "noTable", detail: found.error });
      continue;
    }
    add({ period, sheet: name, table: found.table, map: found.map, ownColumns: found.ownColumns });
  }
  periods.sort((a, b) => comparePeriods(a.period, b.period));
  return { periods, skipped };
}

const SKIP_KEYS = { notPeriod: "periods.skip.notPeriod", noTable: "periods.skip.noTable", duplicate: "periods.skip.duplicate" } as const;

/** Why a sheet was passed over, in words. */
export function skipText(s: PeriodTables["skipped"][number], lang: Lang): string {
  return format(SKIP_KEYS[s.reason], lang, { sheet: s.sheet, detail: s.detail ?? "" });
}
