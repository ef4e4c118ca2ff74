/**
 * Catalogue part for multi-period faces: the periods command, the 通报 bulletin PDF and the period reader.
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./index";

export const bulletinMessages = {
  "periods.skip.notPeriod": { "zh-CN": "工作表“{sheet}”的名称不是考核期（如 2026年1月、2026年第一季度、2025年度），未作为一期", "en-US": "sheet “{sheet}” is not named as a period (e.g. 2026年1月, 2026年第一季度, 2025年度): not taken as one" },
  "periods.skip.noTable": { "zh-CN": "工作表“{sheet}”按名称是一期，但没有找到考核表（{detail}）", "en-US": "sheet “{sheet}” is named as a period but holds no assessment table ({detail})" },
  "periods.skip.duplicate": { "zh-CN": "工作表“{sheet}”与“{detail}”是同一期，只用“{detail}”", "en-US": "sheet “{sheet}” is the same period as “{detail}”: only “{detail}” is used" },
  "periods.oneFile": { "zh-CN": "periods 一次处理一个文件", "en-US": "periods takes exactly one input file" },
  "periods.none": {
    "zh-CN": "{file} 中没有找到考核期：请按期命名工作表（如 2026年1月、2026年第一季度、2025年度），或在表中加“期间/月份/季度”列",
    "en-US": "no periods in {file}: name the sheets by period (e.g. 2026年1月, 2026年第一季度, 2025年度) or add a 期间/月份/季度 column",
  },
  "periods.heading": { "zh-CN": "{file}：{n} 期", "en-US": "{file}: {n} periods" },
  "periods.line": {
    "zh-CN": (p) => `${p.subjects} 个考核对象，${p.errors} 个错误${Number(p.warnings) > 0 ? `，${p.warnings} 个提醒` : ""}`,
    "en-US": (p) => `${p.subjects} subjects, ${p.errors} errors${Number(p.warnings) > 0 ? `, ${p.warnings} warnings` : ""}`,
  },
  "periods.changes": { "zh-CN": "{period}与{previous}相比：", "en-US": "{period} against {previous}:" },
  "periods.col.group": { "zh-CN": "类别", "en-US": "Group" },
  "periods.col.measure": { "zh-CN": "指标", "en-US": "Measure" },
  "periods.trends": { "zh-CN": "各期均值（趋势）：", "en-US": "Means per period (trend):" },
  "periods.col.name": { "zh-CN": "考核对象", "en-US": "Subject" },
  "periods.col.rank": { "zh-CN": "名次", "en-US": "Rank" },
  "periods.col.change": { "zh-CN": "变化", "en-US": "Change" },
  "periods.col.tier": { "zh-CN": "等次", "en-US": "Tier" },
  "periods.col.light": { "zh-CN": "亮灯", "en-US": "Light" },
  "periods.left": { "zh-CN": "{group} {name}：本期不在表中", "en-US": "{group} {name}: not in this period's table" },
  "periods.violations": { "zh-CN": "{period}配额校验：", "en-US": "{period} quota check:" },
  "periods.flags": { "zh-CN": "多年提示：", "en-US": "Across the years:" },
  "periods.rollup": { "zh-CN": "平时考核按 {weight}% 计入年度结果：", "en-US": "Regular assessments count {weight}% of the annual result:" },

  // ── the one-page bulletin (通报, src/report/bulletin.ts) ──────────────────────────────
  "bulletin.title": { "zh-CN": "{scheme}通报（{period}）", "en-US": "{scheme}: bulletin ({period})" },
  "bulletin.previous": { "zh-CN": "与上期（{period}）比较", "en-US": "compared with {period}" },
  "bulletin.firstPeriod": { "zh-CN": "无上期可比", "en-US": "no previous period to compare with" },
  "bulletin.groupHead": { "zh-CN": "{group}（{n} 个）", "en-US": "{group} ({n})" },
  "bulletin.groupCont": { "zh-CN": "{group}（续）", "en-US": "{group} (cont.)" },
  "bulletin.legend": {
    "zh-CN": "亮灯：● 绿 前列，◐ 黄 中间，○ 红 后列（组内排名）。",
    "en-US": "Lights: ● green top, ◐ yellow middle, ○ red bottom (rank within the group).",
  },
  "bulletin.changeLegend": {
    "zh-CN": "变化：▲ 上升，▼ 下降，— 持平，“新” 上期无此单位，“转入” 上期在其他类别。",
    "en-US": "Change: ▲ up, ▼ down, — same, “new” not in the previous period, “moved in” from another group.",
  },
  "bulletin.tierChanges": { "zh-CN": "等次变化：{items}", "en-US": "Tier changes: {items}" },
  "bulletin.tierChange": { "zh-CN": "{name} {from}→{to}", "en-US": "{name} {from} → {to}" },
  "bulletin.overrides": { "zh-CN": "※ 人工调整（见“变更记录”）：{items}", "en-US": "※ Reviewers' decisions (see the change record): {items}" },
  "bulletin.override": { "zh-CN": "{name} {field} {from}→{to}（{reason}）", "en-US": "{name} {field} {from} → {to} ({reason})" },
  "bulletin.newUnits": { "zh-CN": "本期新增：{names}", "en-US": "New this period: {names}" },
  "bulletin.leftUnits": { "zh-CN": "上期有、本期无：{names}", "en-US": "In the previous period, not in this one: {names}" },
  "bulletin.topBottom": { "zh-CN": "各类别前三名与后三名", "en-US": "Top three and bottom three of each group" },
  "bulletin.top": { "zh-CN": "前三名", "en-US": "Top three" },
  "bulletin.bottom": { "zh-CN": "后三名", "en-US": "Bottom three" },
  "bulletin.chart": { "zh-CN": "等次分布与名额", "en-US": "Tiers against the quota" },
  "bulletin.chartTyped": {
    "zh-CN": "按手填等次统计；虚线为名额上限，斜线为超出名额的部分，每格一个考核对象。",
    "en-US": "Tiers as typed; the dashed line is the limit, hatching the part over it; one cell per subject.",
  },
  "bulletin.chartComputed": {
    "zh-CN": "按方案计算的等次统计；虚线为名额上限，每格一个考核对象。",
    "en-US": "Tiers as computed under the scheme; the dashed line is the limit; one cell per subject.",
  },
  "bulletin.quota": { "zh-CN": "名额上限", "en-US": "limit" },
  "bulletin.over": { "zh-CN": "超出名额", "en-US": "over the limit" },
  "bulletin.violations": {
    "zh-CN": (p) => `本期问题（错误 ${p.errors} 项${Number(p.warnings) > 0 ? `，提醒 ${p.warnings} 项` : ""}）`,
    "en-US": (p) => `Problems this period (${p.errors} errors${Number(p.warnings) > 0 ? `, ${p.warnings} warnings` : ""})`,
  },
  "bulletin.problems": { "zh-CN": "本期问题", "en-US": "Problems this period" },
  "bulletin.clean": { "zh-CN": "本期未发现问题。", "en-US": "No problems found this period." },
  "bulletin.fix": { "zh-CN": "建议：{fix}", "en-US": "Proposed: {fix}" },
  "bulletin.moreViolations": {
    "zh-CN": "另有 {n} 项，完整清单见配额校验报告（assess check 或 assess report --parts check）。",
    "en-US": "{n} more; the full list is in the quota check report (assess check, or assess report --parts check).",
  },
  "bulletin.overflow": {
    "zh-CN": "注：考核对象较多，本通报排不进一页，已续排至下一页。",
    "en-US": "Note: too many subjects for one page; the bulletin continues on the next page.",
  },
  "bulletin.page": { "zh-CN": "第 {page} 页 / 共 {pages} 页", "en-US": "Page {page} of {pages}" },

  // ── assess report --period (src/cli/report-command.ts) ──────────────────────────────
  "bulletin.periodNotFound": {
    "zh-CN": "{file} 中没有 {period} 这一期；有：{periods}",
    "en-US": "{file} has no period {period}; it has: {periods}",
  },
  "bulletin.withParts": { "zh-CN": "--period 生成一页通报，不能与 --parts 同用", "en-US": "--period makes the one-page bulletin: it does not take --parts" },
  "bulletin.withSheet": { "zh-CN": "--period 与 --sheet 只能用一个", "en-US": "give --period or --sheet, not both" },
  "bulletin.warnOverflow": {
    "zh-CN": "提醒：考核对象较多，通报排不进一页（共 {pages} 页），已在通报中注明",
    "en-US": "warning: the bulletin does not fit on one page ({pages} pages); the PDF says so",
  },

  // ── the pane's 分析与趋势 (src/taskpane/components/AnalysisCharts.tsx) ─────────────────
  "bulletin.pane.period": { "zh-CN": "通报期间", "en-US": "Bulletin period" },
  "bulletin.pane.run": { "zh-CN": "导出通报 PDF", "en-US": "Export the bulletin (PDF)" },
  "bulletin.pane.running": { "zh-CN": "正在生成{period}通报（首次需载入字体）……", "en-US": "Making the bulletin of {period} (the font loads the first time)…" },
  "bulletin.pane.file": { "zh-CN": "{period}-通报", "en-US": "{period}-bulletin" },
  "bulletin.pane.done": { "zh-CN": "已生成 {name}（一页通报，与{previous}比较）", "en-US": "Made {name} (one page, compared with {previous})" },
  "bulletin.pane.doneFirst": { "zh-CN": "已生成 {name}（一页通报，无上期可比）", "en-US": "Made {name} (one page, no previous period)" },
  "bulletin.pane.overflow": {
    "zh-CN": "已生成 {name}；考核对象较多，通报共 {pages} 页，已在通报中注明",
    "en-US": "Made {name}; too many subjects for one page ({pages} pages), the bulletin says so",
  },
} as const satisfies Record<string, Entry>;
