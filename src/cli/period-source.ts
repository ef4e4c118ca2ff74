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
import type { Lang } from "../engine/types";
import { isWorkbookError } from "../workbook/errors";
import { periodTables } from "../workbook/period-tables";
import { toWorkbookError } from "../workbook/package";
import { lazyGrids, recordOfGrids, schemeOfGrids } from "../workbook/workbook-grids";
import { openWorkbookFile } from "../workbook/xlsx-file";
import { resolveScheme, type SchemeChoice } from "./scheme-source";

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
export async function loadPeriod(file: string, wanted: Period, choice: SchemeChoice, lang: Lang): Promise<PeriodLoaded | { ok: false; message: string } | null> {
  try {
    const sheets = lazyGrids(await openWorkbookFile(file, { lang }));
    const found = periodTables(sheets.map((s) => s.grid()));
    if (found.periods.length === 0) return null;
    const k = found.periods.findIndex((p) => periodKey(p.period) === periodKey(wanted));
    if (k < 0) {
      const periods = found.periods.map((p) => periodLabel(p.period, lang)).join(lang === "en-US" ? ", " : "、");
      return { ok: false, message: format("bulletin.periodNotFound", lang, { file, period: periodLabel(wanted, lang), periods }) };
    }
    const resolved = resolveScheme(choice, choice.kind === "workbook" ? schemeOfGrids(sheets, lang) : null, file, lang);
    if (!resolved.ok) return { ok: false, message: resolved.message };
    // The period and the one before it are all the bulletin needs.
    const run = assessPeriods(found.periods.slice(Math.max(0, k - 1), k + 1), resolved.scheme, lang, recordOfGrids(sheets, lang));
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
    const e = toWorkbookError(raw, file, lang);
    if (isWorkbookError(e)) return { ok: false, message: e.message };
    return { ok: false, message: format("cli.unexpected", lang, { file, detail: (e as Error).message }) };
  }
}

/**
 * The previous period's results from another workbook's evaluation (`--previous F.xlsx`).
 * @example previousFrom(prev.ev, "2026年2月") // { results: [...], label: "2026年2月" }
 */
export function previousFrom(ev: Evaluation, label: string): { results: PeriodResult[]; label: string } {
  return { results: periodResults(ev), label };
}
