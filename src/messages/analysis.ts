/**
 * Catalogue part for `assess analyze` (指标分析、领域分析、实绩到人). Merged into the one catalogue in
 * `messages.ts`.
 */
import type { Entry } from "./index";

export const analysisMessages = {
  "analysis.cli.heading": {
    "zh-CN": "{file} · 工作表“{sheet}” · {scheme} · {n} 个考核对象",
    "en-US": "{file} · sheet “{sheet}” · {scheme} · {n} subjects",
  },
  "analysis.cli.total": { "zh-CN": "总分分析：", "en-US": "The total:" },
  "analysis.cli.sections": { "zh-CN": "领域分析（各考卷）：", "en-US": "Sections:" },
  "analysis.cli.indicators": { "zh-CN": "指标分析：", "en-US": "Indicators:" },
  "analysis.cli.measure": { "zh-CN": "{label}（占总分 {weight}%）", "en-US": "{label} ({weight}% of the total)" },
  "analysis.cli.all": { "zh-CN": "全部（{n} 个）", "en-US": "All ({n})" },
  "analysis.cli.group": { "zh-CN": "{group}（{n} 个）", "en-US": "{group} ({n})" },
  "analysis.cli.stats": {
    "zh-CN": "均值 {mean} · 中位数 {median} · 最低 {min}（{minWho}）· 最高 {max}（{maxWho}）· 标准差 {sd}",
    "en-US": "mean {mean} · median {median} · min {min} ({minWho}) · max {max} ({maxWho}) · sd {sd}",
  },
  "analysis.cli.noValues": { "zh-CN": "没有可用的分数", "en-US": "no usable scores" },
  "analysis.cli.missing": { "zh-CN": "另有 {n} 个无可用分数", "en-US": "{n} without a usable score" },
  "analysis.cli.pulling": { "zh-CN": "拉低本组（低于均值一个标准差以上）：{items}", "en-US": "pulling the group down (over one sd below its mean): {items}" },
  "analysis.cli.noIndicators": {
    "zh-CN": "考核方案没有指标权重，只能分析总分；在方案中写明各指标及权重后可做指标分析与实绩到人。",
    "en-US": "the scheme has no indicator weights, so only the total is analysed; give the indicators and their weights for indicator analysis and owners.",
  },
  "analysis.cli.attribution": {
    "zh-CN": "实绩到人（工作表“{sheet}”，低于 {threshold} 分为未达标）：",
    "en-US": "Owners (sheet “{sheet}”, below {threshold} counts as short):",
  },
  "analysis.cli.person": { "zh-CN": "{person}：{indicators}；均值 {mean}；未达标 {below}", "en-US": "{person}: {indicators}; mean {mean}; short: {below}" },
  "analysis.cli.none": { "zh-CN": "无", "en-US": "none" },
  "analysis.cli.unowned": { "zh-CN": "未指定责任人的指标：{items}", "en-US": "Indicators nobody owns: {items}" },
  "analysis.cli.noOwners": {
    "zh-CN": "工作簿中没有“指标责任人”工作表：按“指标 | 责任人”两列填写后，各指标的结果即可落到责任人（实绩到人）。",
    "en-US": "The workbook has no “指标责任人” (Indicator owners) sheet: list 指标 | 责任人 (indicator | owner) in two columns to roll results up to the people responsible.",
  },
  "analysis.pane.title": { "zh-CN": "指标分析", "en-US": "Indicator analysis" },
  "analysis.pane.line": {
    "zh-CN": "均值 {mean} · 最低 {min}（{minWho}）· 最高 {max}（{maxWho}）",
    "en-US": "mean {mean} · min {min} ({minWho}) · max {max} ({maxWho})",
  },
  "analysis.pane.pulling": { "zh-CN": "{group}拉低本组：{items}", "en-US": "{group}, pulling down: {items}" },
  "analysis.cli.oneFile": { "zh-CN": "analyze 一次处理一个文件", "en-US": "analyze takes exactly one input file" },
  "analysis.cli.badThreshold": { "zh-CN": "--threshold 应为数字（如 60），而不是“{value}”", "en-US": "--threshold must be a number (such as 60), not “{value}”" },
} as const satisfies Record<string, Entry>;
