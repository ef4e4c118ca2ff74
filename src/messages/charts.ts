/**
 * Catalogue part for the pane's analysis and charts (等次分布, 趋势, 指标贡献).
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./index";

export const chartMessages = {
  "chart.heading": { "zh-CN": "分析与趋势", "en-US": "Analysis and trends" },
  "chart.show": { "zh-CN": "显示图表", "en-US": "Show charts" },
  "chart.loading": { "zh-CN": "正在载入图表……", "en-US": "Loading charts…" },
  "chart.allSubjects": { "zh-CN": "全部", "en-US": "All" },
  "chart.groupCallout": { "zh-CN": "{group}（{n} 个）", "en-US": "{group} ({n})" },
  "chart.groupWithQuota": { "zh-CN": "{group} {tier}≤{limit}", "en-US": "{group} {tier}≤{limit}" },
  "chart.distributionTitle": { "zh-CN": "各类别等次分布与名额", "en-US": "Tiers per group against the quota" },
  "chart.distributionTable": {
    "zh-CN": (p) => `${p.group}：${p.counts}${p.limit === null ? "" : `；${p.tier}名额 ${p.limit}`}`,
    "en-US": (p) => `${p.group}: ${p.counts}${p.limit === null ? "" : `; ${p.tier} places ${p.limit}`}`,
  },
  "chart.trendTitle": { "zh-CN": "{subject} 各期得分", "en-US": "{subject}: score per period" },
  "chart.groupMean": { "zh-CN": "{group}平均分", "en-US": "{group} mean" },
  "chart.pointCallout": { "zh-CN": "{score} 分 · 第 {rank} 名 · {tier}", "en-US": "{score} · rank {rank} · {tier}" },
  "chart.subject": { "zh-CN": "考核对象", "en-US": "Subject" },
  "chart.periods": {
    "zh-CN": (p) => `工作簿中有 ${p.n} 期：${p.labels}`,
    "en-US": (p) => `${p.n} periods in the workbook: ${p.labels}`,
  },
  "chart.onePeriod": {
    "zh-CN": "工作簿中只有一期（按期命名的工作表，如“2026年1月”“2026年第一季度”），没有趋势可画",
    "en-US": "The workbook holds one period only (sheets named by period, e.g. 2026年1月, 2026年第一季度): no trend to draw",
  },
  "chart.readPeriods": { "zh-CN": "读取各期工作表", "en-US": "Read the period sheets" },
  "chart.contributionTitle": { "zh-CN": "{subject} 各指标得分贡献", "en-US": "{subject}: points per indicator" },
  "chart.noIndicators": {
    "zh-CN": "考核方案没有指标权重，无法分解得分贡献",
    "en-US": "The scheme has no indicator weights: there are no contributions to show",
  },
  "chart.noShare": { "zh-CN": "（有缺项）", "en-US": "(incomplete)" },
} as const satisfies Record<string, Entry>;
