/**
 * One period of a workbook kept by period (sheets 2026年1月, 2026年2月 … or a 期间 column), for
 * `assess report --period`: every period assessed with the same scheme, the one asked for
 * returned with the period before it in the workbook (its rank changes are told against it).
 */
import { periodResults, type PeriodResult } from "../engine/periods/compare";
import type { Evaluation } from "../engine/check/evaluate";
import { format } from "../messages";
import { assessPeriods } from "../engine/periods/period-run";
import { periodKey, periodLabel, type Period } from "../engine/periods/periods";
import type { CellValue, Lang } from "../engine/types";
import { periodLayout, periodTables, type PeriodTables } from "../workbook/period-tables";
import type { LayoutOptions } from "../workbook/layout/types";
import type { Scheme } from "../engine/scheme/scheme";
import type { RecordRead } from "../workbook/record-layout";
import type { LazyGrids } from "../workbook/find-table";
import { layoutOfGrids, lazyGrids, recordOfGrids, schemeOfGrids } from "../workbook/workbook-grids";
import { openWorkbookFile } from "../workbook/xlsx-file";
import { allocate } from "./allocation-source";
import { resolveScheme, type SchemeChoice } from "./scheme-source";
import { unreadable } from "./unreadable";

/** What `periods`, `report --period` and the report's latest period are given beside the scheme. */
export interface PeriodArgs {
  /** `--places` (名额分配), over the workbook's 名额分配 sheet. */
  places?: string | undefined;
  /** Reading options given now (`--columns`, `--group-rows`), over those remembered in 考核方案. */
  layout?: LayoutOptions | undefined;
}

/** A workbook kept by period, opened: its sheets, its periods, the scheme with its allocation, the record. */
export interface OpenedPeriods {
  ok: true;
  sheets: LazyGrids;
  found: PeriodTables;
  scheme: Scheme;
  record: RecordRead;
}

/**
 * Open a workbook for its periods, read as its assessment table is by `check`: the reading options
 * remembered in 考核方案 (columns, group label rows; a header row is the one sheet's, so it is not
 * carried to the others) under those given now, and the scheme with the workbook's 名额分配 sheet and
 * `--places`. Without this a period's quota was checked against the scheme's one share while
 * `check` of the same sheet used the allocation.
 * @example await openPeriods("samples/xincheng-secretaries.xlsx", { kind: "workbook" }, "zh-CN")
 */
export async function openPeriods(file: string, choice: SchemeChoice, lang: Lang, given: PeriodArgs = {}): Promise<OpenedPeriods | { ok: false; message: string }> {
  try {
    const sheets = lazyGrids(await openWorkbookFile(file, { lang }));
    const layout: LayoutOptions = periodLayout({ ...(layoutOfGrids(sheets) ?? {}), ...(given.layout ?? {}) });
    const found = periodTables(sheets.map((s) => s.grid()), { layout });
    const resolved = resolveScheme(choice, choice.kind === "workbook" ? schemeOfGrids(sheets, lang) : null, file, lang);
    if (!resolved.ok) return { ok: false, message: resolved.message };
    const allocated = allocate(resolved.scheme, { names: sheets.map((s) => s.name), grid: (name) => sheets.find((s) => s.name === name)!.grid().cells }, given.places, file, lang);
    if (!allocated.ok) return allocated;
    return { ok: true, sheets, found, scheme: allocated.scheme, record: recordOfGrids(sheets, lang) };
  } catch (raw) {
    return unreadable(raw, file, lang);
  }
}

/** The period asked for, assessed; `previous` is the period before it in the workbook (null for the first). */
export interface PeriodLoaded {
  ok: true;
  ev: Evaluation;
  period: Period;
  /** The period's label in the report's language. */
  label: string;
  sheet: string;
  previous: { results: PeriodResult[]; label: string } | null;
}

/**
 * Load the period `wanted` of a workbook. Null when the workbook keeps no periods at all (the
 * caller then reads it as one table, as before); a message when it keeps periods but not this
 * one, or the period's table is unusable.
 * @example await loadPeriod("samples/jiuyuan-2026-monthly.xlsx", parsePeriod("2026年3月")!, { kind: "workbook" }, "zh-CN")
 */
export async function loadPeriod(file: string, wanted: Period, choice: SchemeChoice, lang: Lang, given: PeriodArgs = {}): Promise<PeriodLoaded | { ok: false; message: string } | null> {
  try {
    const opened = await openPeriods(file, choice, lang, given);
    if (!opened.ok) return opened;
    const { found, scheme, record } = opened;
    if (found.periods.length === 0) return null;
    const k = found.periods.findIndex((p) => periodKey(p.period) === periodKey(wanted));
    if (k < 0) {
      const periods = found.periods.map((p) => periodLabel(p.period, lang)).join(lang === "en-US" ? ", " : "、");
      return { ok: false, message: format("bulletin.periodNotFound", lang, { file, period: periodLabel(wanted, lang), periods }) };
    }
    // The period and the one before it are all the bulletin needs.
    const run = assessPeriods(found.periods.slice(Math.max(0, k - 1), k + 1), scheme, lang, record);
    const now = run.runs[run.runs.length - 1]!;
    const before = run.runs.length > 1 ? run.runs[0]! : null;
    const sheet = found.periods[k]!.sheet;
    if (now.ev.read.missingColumns.length > 0) {
      return { ok: false, message: format("cli.missingColumns", lang, { file, sheet, columns: now.ev.read.missingColumns.join(lang === "en-US" ? ", " : "、") }) };
    }
    if (now.ev.read.source === "none") return { ok: false, message: format("cli.noScore", lang, { file, sheet }) };
    return {
      ok: true,
      ev: now.ev,
      period: now.period,
      label: periodLabel(now.period, lang),
      sheet,
      previous: before ? { results: before.results, label: periodLabel(before.period, lang) } : null,
    };
  } catch (raw) {
    return unreadable(raw, file, lang);
  }
}

/**
 * The previous period's results from another workbook's evaluation (`--previous F.xlsx`).
 * @example previousFrom(prev.ev, "2026年2月") // { results: [...], label: "2026年2月" }
 */
export function previousFrom(ev: Evaluation, label: string): { results: PeriodResult[]; label: string } {
  return { results: periodResults(ev), label };
}

/** The latest period of a workbook kept by period and the one before it (see {@link latestPeriods}). */
export interface LatestPeriods {
  ok: true;
  latest: { label: string; sheet: string };
  previous: { label: string; sheet: string };
  /**
   * When both periods are rows of one table (a 期间 column), their evaluations and the rows above
   * the table's header (for the title): a sheet cannot be loaded alone then.
   */
  byColumn: { latest: Evaluation; previous: Evaluation; titleRows: CellValue[][] } | null;
}

/**
 * The latest two periods of a workbook kept by period (`assess report` without --period): null
 * when it keeps fewer than two, so the report reads the workbook as one table, as before.
 * @example (await latestPeriods("samples/jiuyuan-2026-monthly.xlsx", { kind: "workbook" }, "zh-CN"))?.latest.sheet // "2026年3月"
 */
export async function latestPeriods(file: string, choice: SchemeChoice, lang: Lang, given: PeriodArgs = {}): Promise<LatestPeriods | { ok: false; message: string } | null> {
  try {
    const opened = await openPeriods(file, choice, lang, given);
    if (!opened.ok) return opened;
    const { sheets, found, scheme, record } = opened;
    if (found.periods.length < 2) return null;
    const now = found.periods[found.periods.length - 1]!;
    const before = found.periods[found.periods.length - 2]!;
    const latest = { label: periodLabel(now.period, lang), sheet: now.sheet };
    const previous = { label: periodLabel(before.period, lang), sheet: before.sheet };
    if (now.sheet !== before.sheet) return { ok: true, latest, previous, byColumn: null };
    const run = assessPeriods([before, now], scheme, lang, record);
    const grid = sheets.find((s) => s.name === now.sheet)!.grid().cells;
    return { ok: true, latest, previous, byColumn: { latest: run.runs[1]!.ev, previous: run.runs[0]!.ev, titleRows: grid.slice(0, Math.max(0, now.table.headerRow - 1)) } };
  } catch (raw) {
    return unreadable(raw, file, lang);
  }
}
