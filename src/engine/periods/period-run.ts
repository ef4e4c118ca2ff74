/**
 * Several periods assessed with one scheme: each period evaluated as a table of its own, compared
 * with the period before it, the series of all of them, the multi-year flags when the periods are
 * years, and the 平时 roll-up when sub-year periods sit beside the year's own (年度) period: the
 * quarters of that year (else its months, else its halves), each one absent reported.
 */
import { compare, periodResults, series, type Comparison, type PeriodResult, type Series } from "./compare";
import { decide } from "../record/decided";
import { evaluate, type Evaluation } from "../check/evaluate";
import { recordFor, type Override, type OverrideProblem } from "../record/overrides";
import { multiYearFlags, type MultiYearFlag } from "./multiyear";
import { comparePeriods, makePeriod, periodLabel, type Period, type PeriodKind } from "./periods";
import { rollUp, type Rollup } from "./rollup";
import type { Scheme } from "../scheme/scheme";
import type { ColumnMap, Lang, Table } from "../types";

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
  /**
   * The latest year's 平时 periods rolled into its 年度 period, when both are there: its quarters
   * (else months, else halves); the periods of that kind the year lacks are PERIOD_ABSENT problems.
   */
  rollup?: Rollup;
}

/**
 * Assess every period with the same scheme, in chronological order whatever the order given
 * (each compared with the one before it). With the workbook's decision record (变更记录), each
 * period is decided by the entries about it (`recordFor`); the record's read problems go with the
 * latest period.
 * @example assessPeriods([{ period: jan, table, map }, { period: feb, table: t2, map: m2 }], presets.jiuyuan, "zh-CN").runs[1].comparison
 */
export function assessPeriods(
  tables: readonly { period: Period; table: Table; map: ColumnMap }[],
  scheme: Scheme,
  lang: Lang,
  record: { overrides: readonly Override[]; problems: readonly OverrideProblem[] } = { overrides: [], problems: [] },
): PeriodsAssessed {
  const runs: PeriodRun[] = [];
  const sorted = [...tables].sort((a, b) => comparePeriods(a.period, b.period));
  for (const [k, t] of sorted.entries()) {
    const latest = k === sorted.length - 1;
    const ev = decide(evaluate(t.table, t.map, scheme, lang), recordFor(record.overrides, t.period), lang, latest ? record.problems : []);
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
    const inYear = runs.filter((r) => r.period.kind !== "year" && r.period.year === annual.period.year);
    const kind = ROLLUP_KINDS.find((k) => inYear.some((r) => r.period.kind === k));
    if (kind) {
      const parts = inYear.filter((r) => r.period.kind === kind);
      out.rollup = rollUp(
        {
          periods: parts.map((r) => ({ period: periodLabel(r.period, lang), results: r.results })),
          annual: annual.results,
          expected: periodsOfYear(annual.period.year, kind).map((p) => periodLabel(p, lang)),
        },
        scheme,
        lang,
      );
    }
  }
  return out;
}

/**
 * Which sub-year periods make up 平时考核 when several kinds sit beside a year: quarters (they
 * sum up their months), else months, else halves — one kind only, so no month counts twice.
 */
const ROLLUP_KINDS = ["quarter", "month", "half"] as const satisfies readonly PeriodKind[];

/** Every period of a kind in a year, in order (the four quarters, the twelve months …). */
function periodsOfYear(year: number, kind: PeriodKind): Period[] {
  const out: Period[] = [];
  for (let i = 1; ; i++) {
    const p = makePeriod(year, kind, i);
    if (!p) return out;
    out.push(p);
  }
}
