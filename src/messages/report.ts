/**
 * Catalogue part for the PDF report (board, results summary, check report). Merged into the one
 * catalogue in `messages.ts`. Board column headers reuse the `board.*` entries.
 */
import type { Entry } from "./index";
import { count } from "./plural";

export const reportMessages = {
  "report.latestPeriod": {
    "zh-CN": "多期工作簿：报告最近一期 {period}（工作表“{sheet}”），名次变化与上一期 {previous} 比较；其他期用 --period 或 --sheet 指定",
    "en-US": "a workbook kept by period: the report is of the latest period, {period} (sheet “{sheet}”), with rank changes against {previous}; name another with --period or --sheet",
  },
  "report.part.board": { "zh-CN": "晾晒表", "en-US": "Assessment board" },
  "report.part.summary": { "zh-CN": "考核结果汇总", "en-US": "Results summary" },
  "report.part.check": { "zh-CN": "配额校验报告", "en-US": "Quota check report" },
  "report.title": { "zh-CN": "{scheme}（{sheet}）", "en-US": "{scheme} ({sheet})" },
  "report.issuer": { "zh-CN": "发文单位：{value}", "en-US": "Issued by: {value}" },
  "report.period": { "zh-CN": "考核期间：{value}", "en-US": "Period: {value}" },
  "report.date": { "zh-CN": "日期：{value}", "en-US": "Date: {value}" },
  "report.scheme": { "zh-CN": "考核方案：{value}", "en-US": "Scheme: {value}" },
  "report.metaSep": { "zh-CN": "　　", "en-US": "    " },
  "report.page": { "zh-CN": "第 {page} 页 / 共 {pages} 页", "en-US": "Page {page} of {pages}" },
  "report.preparer": { "zh-CN": "制表人：", "en-US": "Prepared by: " },
  "report.reviewer": { "zh-CN": "审核人：", "en-US": "Reviewed by: " },
  "report.change": { "zh-CN": "排名变化", "en-US": "Change" },
  "report.changeNew": { "zh-CN": "新", "en-US": "new" },
  "report.previousNote": {
    "zh-CN": "排名变化与上期（{period}）比较：▲ 上升，▼ 下降，— 持平，“新” 上期无此单位。",
    "en-US": "Rank change against the previous period ({period}): ▲ up, ▼ down, — unchanged, “new” not in the previous period.",
  },
  "report.lightLegend": {
    "zh-CN": "亮灯：● 绿 = 前列，◐ 黄 = 中间，○ 红 = 后列（组内排名）。",
    "en-US": "Lights: ● green = top, ◐ yellow = middle, ○ red = bottom (rank within the group).",
  },
  "report.noGroup": { "zh-CN": "全部", "en-US": "All" },
  "report.n": { "zh-CN": "参评数", "en-US": "Subjects" },
  "report.forcedBottom": { "zh-CN": "后位比例应评数", "en-US": "Forced bottom" },
  "report.total": { "zh-CN": "合计", "en-US": "Total" },
  "report.countOfLimit": { "zh-CN": "{count} / {limit}", "en-US": "{count} / {limit}" },
  "report.over": { "zh-CN": "{count} / {limit}（超 {over}）", "en-US": "{count} / {limit} ({over} over)" },
  "report.summaryNote": {
    "zh-CN": "按方案计算的等次分布；“a / b”为实评数 / 名额上限。",
    "en-US": "Tiers as computed under the scheme; “a / b” is the number rated / the limit.",
  },
  "report.typedCounts": { "zh-CN": "手填等次分布（“a / b”为手填数 / 名额上限）", "en-US": "Typed tiers (“a / b” is the number typed / the limit)" },
  "report.verdictClean": { "zh-CN": "未发现问题。", "en-US": "No violations found." },
  "report.verdict": { "zh-CN": "共发现错误 {errors} 项，提醒 {warnings} 项。", "en-US": (p) => `${count(p.errors, "error")} and ${count(p.warnings, "warning")} found.` },
  "report.cellsOnSheet": { "zh-CN": "单元格均在工作表“{sheet}”中。", "en-US": "All cells are on sheet “{sheet}”." },
  "report.col.no": { "zh-CN": "序号", "en-US": "No." },
  "report.col.severity": { "zh-CN": "级别", "en-US": "Severity" },
  "report.col.message": { "zh-CN": "问题", "en-US": "Problem" },
  "report.col.cells": { "zh-CN": "单元格", "en-US": "Cells" },
  "report.col.fix": { "zh-CN": "处理建议", "en-US": "Proposed fix" },
  "report.missingGlyphs": {
    "zh-CN": "注意：以下字符在嵌入字体中没有字形，无法正确显示：{chars}",
    "en-US": "Note: the embedded fonts have no glyph for these characters, which cannot be shown: {chars}",
  },
  "report.noRows": { "zh-CN": "（无数据）", "en-US": "(no rows)" },
  "report.unknownPart": {
    "zh-CN": "未知的报告部分“{part}”；可选：board（晾晒表）、summary（结果汇总）、check（校验报告）",
    "en-US": "unknown report part “{part}”; valid parts: board, summary, check",
  },
  "report.badDate": { "zh-CN": "--date 应为 YYYY-MM-DD：{value}", "en-US": "--date must be YYYY-MM-DD: {value}" },
  "report.badOrientation": { "zh-CN": "--orientation 应为 landscape 或 portrait：{value}", "en-US": "--orientation must be landscape or portrait: {value}" },
  "report.noOutput": { "zh-CN": "report 需要 -o <输出.pdf>", "en-US": "report needs -o <out.pdf>" },
  "report.oneFile": { "zh-CN": "report 一次处理一个文件", "en-US": "report takes exactly one input file" },
  "report.sameAsInput": { "zh-CN": "输出文件 {path} 与输入文件相同，不会覆盖输入", "en-US": "the output {path} is the input file; the input is never overwritten" },
  "report.exists": { "zh-CN": "输出文件 {path} 已存在；用 --force 覆盖", "en-US": "the output {path} exists; use --force to replace it" },
  "report.writeFailed": { "zh-CN": "无法写入 {path}：{detail}", "en-US": "cannot write {path}: {detail}" },
  "report.fontMissing": { "zh-CN": "无法读取字体文件 {path}：{detail}", "en-US": "cannot read the font file {path}: {detail}" },
  "report.warnGlyphs": {
    "zh-CN": "警告：字体中没有以下字符，PDF 中无法显示（已在报告末尾注明）：{chars}",
    "en-US": "warning: the fonts lack these characters, which cannot be shown in the PDF (noted at its end): {chars}",
  },
  "report.written": { "zh-CN": "已写入 {out}：{pages}（{size} KB）", "en-US": "wrote {out}: {pages} ({size} KB)" },
  "report.groupHeading": { "zh-CN": "{group}（{n} 个）", "en-US": "{group} ({n})" },
  "report.nameMark": { "zh-CN": "（注{n}）", "en-US": " (note {n})" },
  "report.nameNote": { "zh-CN": "注{n}：全称为“{name}”", "en-US": "Note {n}: the full name is “{name}”" },
} satisfies Record<string, Entry>;
