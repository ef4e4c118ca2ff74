/**
 * The pane's chart data (src/taskpane/charts.ts), from engine results: the stacked tiers of each
 * group are the engine's counts with the first tier's quota as a marker; a subject's trend skips
 * the periods it is absent from and puts its rank and tier in the callout; contributions are the
 * engine's points per indicator.
 */
import { evaluate } from "../../src/engine/check/evaluate";
import { presets } from "../../src/engine/scheme/presets";
import type { Series } from "../../src/engine/periods/compare";
import { parsePeriod, type Period } from "../../src/engine/periods/periods";
import type { Contribution } from "../../src/engine/analysis/analysis";
import { detectTable } from "../../src/workbook/headers";
import { contributionChart, periodAxis, periodDate, tierDistribution, trendChart } from "../../src/taskpane/charts";

test("tier distribution: one stack per group with the engine's counts, the quota under the bar", () => {
  const rows: (string | number)[][] = [["类别", "单位", "总分"]];
  for (let i = 0; i < 10; i++) rows.push(["区直单位", `单位${i + 1}`, 95 - i]);
  for (let i = 0; i < 4; i++) rows.push(["乡镇", `镇${i + 1}`, 90 - i]);
  const found = detectTable(rows, "表1");
  if (!found.ok) throw new Error(found.error);
  const ev = evaluate(found.table, found.map, presets.jiuyuan!, "zh-CN");
  const chart = tierDistribution(ev, "zh-CN");
  chart.forEach((c, k) => {
    const g = ev.assessment.groups[k]!;
    expect(c.chartData.map((d) => d.data)).toEqual(g.counts);
    expect(c.chartData.map((d) => d.legend)).toEqual(["优秀", "良好", "一般", "较差"]);
  });
  // floor(10 × 30%) = 3 and floor(4 × 30%) = 1 places
  expect(chart.map((c) => c.xAxisPoint)).toEqual(["区直单位 优秀≤3", "乡镇 优秀≤1"]);
});

test("trend: the subject's scores where present, its group's mean dashed; rank and tier in the callout", () => {
  const periods = ["2026年1月", "2026年2月", "2026年3月"].map((t) => parsePeriod(t)!) as Period[];
  const series: Series = {
    periods: periods.map((p) => p.label),
    subjects: [{ name: "甲", group: "区直", ranks: [null, 2, 1], scores: [null, 88, 91.5], tiers: [null, 1, 0], lights: [null, "yellow", "green"] }],
    groups: [{ group: "区直", n: [3, 4, 4], meanScore: [80, 84.123, 86], tierCounts: [] }],
  };
  const chart = trendChart(series, periods, "甲", presets.jiuyuan!, "zh-CN");
  const [own, mean] = chart.lineChartData!;
  expect(own!.data.map((d) => [d.x, d.y])).toEqual([
    [new Date(Date.UTC(2026, 1, 1)), 88],
    [new Date(Date.UTC(2026, 2, 1)), 91.5],
  ]);
  expect((own!.data[1] as { yAxisCalloutData?: string }).yAxisCalloutData).toBe("91.5 分 · 第 1 名 · 优秀");
  expect(mean!.legend).toBe("区直平均分");
  expect(mean!.data.map((d) => d.y)).toEqual([80, 84.12, 86]);
  expect(trendChart(series, periods, "乙", presets.jiuyuan!, "zh-CN").lineChartData).toEqual([]);
});

test.each([
  ["2026年2月", Date.UTC(2026, 1, 1)],
  ["2026年第二季度", Date.UTC(2026, 5, 1)],
  ["2026年下半年", Date.UTC(2026, 11, 1)],
  ["2025年度", Date.UTC(2025, 11, 1)],
])("periodDate(%s)", (text, at) => expect(periodDate(parsePeriod(text)!).getTime()).toBe(at));

test("the trend's axis has a tick per period, labelled as the period", () => {
  const periods = ["2026年1月", "2026年第一季度"].map((t) => parsePeriod(t)!) as Period[];
  const axis = periodAxis(periods, "zh-CN");
  expect(axis.tickValues.map((d) => axis.customDateTimeFormatter(d))).toEqual(["2026年1月", "2026年第一季度"]);
});

test("contributions: the engine's points per indicator, the share in the callout, a missing part marked", () => {
  const c: Contribution = {
    name: "甲",
    group: "",
    total: 80,
    indicators: [
      { id: "a", label: "招商引资", points: 34.8, share: 0.435 },
      { id: "b", label: "项目建设", points: null, share: null },
    ],
    sections: [],
  };
  const chart = contributionChart(c, "zh-CN");
  expect(chart.chartData!.map((d) => [d.legend, d.data, d.yAxisCalloutData])).toEqual([
    ["招商引资", 34.8, "43.5%"],
    ["项目建设", 0, "（有缺项）"],
  ]);
});
