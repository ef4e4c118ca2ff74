/**
 * Several periods assessed with one scheme: each period evaluated as a table of its own, compared
 * with the period before it, the series of all of them, the multi-year flags when the periods are
 * years, and the 平时 roll-up when sub-year periods sit beside the year's own (年度) period.
 */
import { compare, periodResults, series, type Comparison, type PeriodResult, type Series } from "./compare";
import { evaluate, type Evaluation } from "./evaluate";
import { multiYearFlags, type MultiYearFlag } from "./multiyear";
import type { Period } from "./periods";
import { rollUp, type Rollup } from "./rollup";
import type { Scheme } from "./scheme";
import type { ColumnMap, Lang, Table } from "./types";

/** One period's evaluation. */
export interface PeriodRun {
  period: Period;
  ev: Evaluation;
  results: PeriodResult[];
  /** Against the run before it; null for the first. */
  comparison: Comparison | null;
}

export interface PeriodsAssessed {
  runs: PeriodRun[];
  series: Series;
  /** 三年第一等次 / 约谈: only when two or more periods are whole years. */
  flags: MultiYearFlag[];
  /** The latest year's 平时 periods rolled into its 年度 period, when both are there. */
  rollup?: Rollup;
}

/**
 * Assess every period (give them in chronological order) with the same scheme.
 * @example assessPeriods([{ period: jan, table, map }, { period: feb, table: t2, map: m2 }], presets.jiuyuan, "zh-CN").runs[1].comparison
 */
export function assessPeriods(tables: readonly { period: Period; table: Table; map: ColumnMap }[], scheme: Scheme, lang: Lang): PeriodsAssessed {
  const runs: PeriodRun[] = [];
  for (const t of tables) {
    const ev = evaluate(t.table, t.map, scheme, lang);
    const results = periodResults(ev);
    const before = runs[runs.length - 1];
    runs.push({ period: t.period, ev, results, comparison: before ? compare(before.results, results) : null });
  }
  const out: PeriodsAssessed = {
    runs,
    series: series(
      runs.map((r) => ({ period: r.period.label, results: r.results })),
      scheme.tiers.length,
    ),
    flags: [],
  };
  const years = runs.filter((r) => r.period.kind === "year");
  if (years.length >= 2) {
    out.flags = multiYearFlags(
      years.map((r) => ({ year: r.period.year, results: r.results })),
      scheme,
      lang,
    );
  }
  const annual = years[years.length - 1];
  if (annual) {
    const parts = runs.filter((r) => r.period.kind !== "year" && r.period.year === annual.period.year);
    if (parts.length > 0) {
      out.rollup = rollUp({ periods: parts.map((r) => ({ period: r.period.label, results: r.results })), annual: annual.results }, scheme, lang);
    }
  }
  return out;
}
