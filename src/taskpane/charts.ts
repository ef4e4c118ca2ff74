/**
 * The pane's charts as data (@fluentui/react-charts shapes), built from engine results: the tier
 * distribution of each group against its quota, one subject's trend over the periods of the
 * workbook, and one subject's indicator contributions. Pure: no React, no host.
 */
import type { ChartDataPoint, ChartProps, LineChartPoints, VerticalStackedChartProps } from "@fluentui/react-charts";
import type { Contribution } from "../engine/analysis/analysis";
import type { Series } from "../engine/periods/compare";
import type { Evaluation } from "../engine/check/evaluate";
import { format } from "../messages";
import { periodLabel, type Period } from "../engine/periods/periods";
import { tierLabel } from "../engine/scheme/scheme";
import type { Lang } from "../engine/types";

/**
 * Tier colours, best first: distinguishable for the common colour-vision deficiencies (Okabe–Ito
 * blues/greens/orange/vermillion) and dark enough for white callout text.
 */
export const TIER_COLORS = ["#0072B2", "#009E73", "#E69F00", "#D55E00", "#CC79A7", "#56B4E9"] as const;

/**
 * 等次分布 — per group, the computed tiers stacked; the first tier's quota named under the bar.
 * @example tierDistribution(ev, "zh-CN")[0] // { xAxisPoint: "区直单位（优秀名额 15）", chartData: [{ legend: "优秀", data: 14 }, …] }
 */
export function tierDistribution(ev: Evaluation, lang: Lang): VerticalStackedChartProps[] {
  const { scheme } = ev;
  return ev.assessment.groups.map((g) => {
    const group = g.group || format("chart.allSubjects", lang);
    const limit = g.limits[0];
    // The quota goes in the group's label: a line would join the quotas of unrelated groups.
    const name = limit === null || limit === undefined ? group : format("chart.groupWithQuota", lang, { group, tier: tierLabel(scheme, 0, lang), limit });
    return {
      xAxisPoint: name,
      xAxisCalloutData: format("chart.groupCallout", lang, { group, n: g.n }),
      chartData: scheme.tiers.map((_, t) => ({
        legend: tierLabel(scheme, t, lang),
        data: g.counts[t] ?? 0,
        color: TIER_COLORS[t % TIER_COLORS.length],
      })),
    };
  });
}

/** The first day of a period's last month, for a time axis (ticks then fall on the periods). */
export function periodDate(p: Pick<Period, "year" | "kind" | "index">): Date {
  const month = p.kind === "month" ? p.index : p.kind === "quarter" ? p.index * 3 : p.kind === "half" ? p.index * 6 : 12;
  return new Date(Date.UTC(p.year, month - 1, 1));
}

/** The time axis of a trend: a tick per period, labelled as the period. */
export function periodAxis(periods: readonly Period[], lang: Lang): { tickValues: Date[]; customDateTimeFormatter: (d: Date) => string; useUTC: true } {
  const labels = new Map(periods.map((p) => [periodDate(p).getTime(), periodLabel(p, lang)]));
  return { tickValues: periods.map(periodDate), customDateTimeFormatter: (d) => labels.get(d.getTime()) ?? "", useUTC: true };
}

/**
 * 趋势 — one subject's score per period and its group's mean score, as lines; the callout names
 * the period, the rank and the tier. Periods where the subject is absent are left out.
 * @example trendChart(series, periods, "区水利局", ev.scheme, "zh-CN").lineChartData![0].data.length // 3
 */
export function trendChart(series: Series, periods: readonly Period[], subject: string, tiers: Evaluation["scheme"], lang: Lang): ChartProps {
  const s = series.subjects.find((x) => x.name === subject);
  const g = s ? series.groups.find((x) => x.group === s.group) : undefined;
  const lines: LineChartPoints[] = [];
  if (s) {
    const data = periods.flatMap((p, k) => {
      const y = s.scores[k];
      if (y === null || y === undefined) return [];
      const tier = s.tiers[k];
      const rank = s.ranks[k];
      return [
        {
          x: periodDate(p),
          y,
          xAxisCalloutData: periodLabel(p, lang),
          yAxisCalloutData: format("chart.pointCallout", lang, { score: y, rank: rank ?? "—", tier: tier === null || tier === undefined ? "—" : tierLabel(tiers, tier, lang) }),
        },
      ];
    });
    lines.push({ legend: subject, data, color: TIER_COLORS[0] });
  }
  if (g) {
    const data = periods.flatMap((p, k) => {
      const y = g.meanScore[k];
      return y === null || y === undefined ? [] : [{ x: periodDate(p), y: Math.round(y * 100) / 100, xAxisCalloutData: periodLabel(p, lang) }];
    });
    lines.push({ legend: format("chart.groupMean", lang, { group: g.group || format("chart.allSubjects", lang) }), data, color: "#8A8886", lineOptions: { strokeDasharray: "5 3" } });
  }
  return { chartTitle: format("chart.trendTitle", lang, { subject }), lineChartData: lines };
}

/**
 * 指标贡献 — the points each indicator adds to one subject's total (weight × score), as donut slices.
 * @example contributionChart(contributions(sheet)[0], "zh-CN").chartData // [{ legend: "招商引资", data: 34.8 }, …]
 */
export function contributionChart(c: Contribution, lang: Lang): ChartProps {
  const parts = c.indicators.length > 0 ? c.indicators : c.sections;
  const chartData: ChartDataPoint[] = parts.map((p, i) => ({
    legend: p.label,
    data: p.points === null ? 0 : Math.round(p.points * 100) / 100,
    color: TIER_COLORS[i % TIER_COLORS.length],
    yAxisCalloutData: p.share === null ? format("chart.noShare", lang) : `${(p.share * 100).toFixed(1)}%`,
  }));
  return { chartTitle: format("chart.contributionTitle", lang, { subject: c.name }), chartData };
}
