/**
 * Catalogue part for the decision record (变更记录) in the workbooks, the CLI and the pane.
 * Merged into the one catalogue in `messages.ts`. (The record's own columns and the problems of
 * reading it are in `messages/periods.ts`, beside the engine's overrides.)
 */
import type { Entry } from "./index";

export const recordMessages = {
  "overrideRule.CLEARED": { "zh-CN": "撤销调整", "en-US": "Override cleared" },

  // ── the check with the overrides (decided.ts) ──────────────────────────────────────
  "record.check.quota": {
    "zh-CN": "{group}经人工调整后“{tier}”等次 {count} 个，超过名额 {limit}（调整了：{subjects}）",
    "en-US": "{group}: with the overrides, {count} subjects are rated “{tier}”, above the limit of {limit} (overridden: {subjects})",
  },
  "record.check.quotaFix": {
    "zh-CN": "撤销或改正 {subjects} 的人工调整",
    "en-US": "clear or correct the overrides of {subjects}",
  },
  "record.check.cap": {
    "zh-CN": "{subject} 因{reason}最高只能评“{cap}”，人工调整为“{tier}”",
    "en-US": "{subject} may be rated at most “{cap}” because of {reason}, but was overridden to “{tier}”",
  },
  "record.check.threshold": {
    "zh-CN": "{subject}（{score} 分）未达“{tier}”分数线 {threshold}，人工调整为“{tier}”",
    "en-US": "{subject} ({score}) is below the “{tier}” threshold of {threshold}, but was overridden to “{tier}”",
  },
  "record.column.change": { "zh-CN": "{field}由“{computed}”调整为“{to}”", "en-US": "{field}: computed “{computed}”, set to “{to}”" },
  "record.board.note": {
    "zh-CN": "※ 经人工调整的等次或亮灯，理由见“变更记录”工作表。",
    "en-US": "※ Tier or light set by a reviewer; the reasons are in the “Change record” sheet.",
  },

  // ── status of an entry ─────────────────────────────────────────────────────────────
  "record.status.applied": { "zh-CN": "生效", "en-US": "in force" },
  "record.status.superseded": { "zh-CN": "已被后续调整取代", "en-US": "superseded" },
  "record.status.cleared": { "zh-CN": "已撤销", "en-US": "cleared" },
  "record.status.stale": { "zh-CN": "对象已不在表中", "en-US": "subject gone" },
  "record.status.invalid": { "zh-CN": "无效，未生效", "en-US": "invalid, not applied" },

  // ── the PDF report ─────────────────────────────────────────────────────────────────
  "record.report.heading": { "zh-CN": "人工调整记录", "en-US": "Overrides (decision record)" },
  "record.report.intro": {
    "zh-CN": "以下为工作簿“变更记录”工作表中的全部调整（含已取代和已撤销的记录）；晾晒表中以 ※ 标出生效的调整。",
    "en-US": "Every entry of the workbook's “Change record” sheet (superseded and cleared ones too); the board marks the overrides in force with ※.",
  },
  "record.report.col.subject": { "zh-CN": "考核对象", "en-US": "Subject" },
  "record.report.col.change": { "zh-CN": "调整", "en-US": "Change" },
  "record.report.col.rule": { "zh-CN": "涉及规则", "en-US": "Rule" },
  "record.report.col.reason": { "zh-CN": "理由", "en-US": "Reason" },
  "record.report.col.when": { "zh-CN": "时间 / 操作人", "en-US": "When / by" },
  "record.report.col.status": { "zh-CN": "状态", "en-US": "Status" },
  "record.report.change": { "zh-CN": "{field}：{from} → {to}", "en-US": "{field}: {from} → {to}" },
  "record.report.decidedTies": { "zh-CN": "已由人工调整确定的并列：", "en-US": "Ties decided by the overrides:" },
  "record.report.problems": { "zh-CN": "变更记录中的问题：", "en-US": "Problems in the record:" },
  "record.report.boardNote": {
    "zh-CN": "※ 经人工调整的等次或亮灯，调整前后与理由见校验报告“人工调整记录”。",
    "en-US": "※ Tier or light set by a reviewer; what was computed and why it changed are in the check report's overrides.",
  },
  "record.report.summaryNote": {
    "zh-CN": "含人工调整 {count} 项（见“人工调整记录”）。",
    "en-US": "Including {count} overrides (see the overrides in the check report).",
  },

  // ── the command line ───────────────────────────────────────────────────────────────
  "record.cli.heading": { "zh-CN": "人工调整（变更记录）{count} 项：", "en-US": "Overrides (change record): {count}" },
  "record.cli.line": {
    "zh-CN": "  {mark} {group}{subject} {field} {from} → {to}（{rule}）理由：{reason} · {at}{by} · {status}",
    "en-US": "  {mark} {group}{subject} {field} {from} → {to} ({rule}) reason: {reason} · {at}{by} · {status}",
  },
  "record.cli.by": { "zh-CN": " · {by}", "en-US": " · {by}" },
  "record.cli.noRule": { "zh-CN": "未注明规则", "en-US": "no rule given" },
  "record.cli.decidedTie": { "zh-CN": "  ✓ 并列已由人工调整确定：{message}", "en-US": "  ✓ tie decided by the overrides: {message}" },
  "record.cli.problem": { "zh-CN": "  ! [{code}] {message}", "en-US": "  ! [{code}] {message}" },
  "record.cli.needSubject": { "zh-CN": "override 需要 --subject <考核对象>", "en-US": "override needs --subject <name>" },
  "record.cli.needTarget": {
    "zh-CN": "override 需要 --tier <等次>、--light <红|黄|绿> 或 --clear tier|light 中的一项",
    "en-US": "override needs exactly one of --tier <label>, --light <red|yellow|green>, --clear tier|light",
  },
  "record.cli.badClear": { "zh-CN": "--clear 应为 tier（等次）或 light（亮灯）：{value}", "en-US": "--clear must be tier or light: {value}" },
  "record.cli.badRule": { "zh-CN": "--rule 无法识别：{value}；可选：{rules}", "en-US": "--rule is not recognised: {value}; choose one of: {rules}" },
  "record.cli.noOutput": { "zh-CN": "override 需要 -o <输出.xlsx>（不会修改输入文件）", "en-US": "override needs -o <out.xlsx> (the input is never modified)" },
  "record.cli.oneFile": { "zh-CN": "override 一次处理一个文件", "en-US": "override takes exactly one input file" },
  "record.cli.ambiguous": {
    "zh-CN": "考核对象 {subject} 出现在多个类别中（{groups}）；请用 --group 指定",
    "en-US": "subject {subject} is in several groups ({groups}); name one with --group",
  },
  "record.cli.noLights": { "zh-CN": "本方案不亮灯，不能调整亮灯", "en-US": "this scheme has no lights to change" },
  "record.cli.nothingToClear": {
    "zh-CN": "{group}{subject} 的{field}没有生效中的人工调整，无需撤销",
    "en-US": "{group}{subject} has no {field} override in force to clear",
  },
  "record.cli.written": {
    "zh-CN": "已写入 {out}：在“{sheet}”工作表中记录 {group}{subject} 的{field} {from} → {to}（理由：{reason}）。用 assess apply 写入结果",
    "en-US": "wrote {out}: recorded in the “{sheet}” sheet {group}{subject} {field} {from} → {to} (reason: {reason}). Run assess apply to write the results",
  },

  // ── the pane ───────────────────────────────────────────────────────────────────────
  "record.pane.heading": { "zh-CN": "人工调整（变更记录）", "en-US": "Overrides (change record)" },
  "record.pane.intro": {
    "zh-CN": "调整计算出的等次或亮灯须写明理由；每次调整与撤销都追加到工作簿的“变更记录”工作表，写回结果时按调整后的结果写入。",
    "en-US": "A change of a computed tier or light needs a reason; every change and every clearing is appended to the workbook's “Change record” sheet, and applied results follow them.",
  },
  "record.pane.unsupported": { "zh-CN": "此处无法读写变更记录。", "en-US": "The change record cannot be read or written here." },
  "record.pane.add": { "zh-CN": "调整等次/亮灯", "en-US": "Override a tier or light" },
  "record.pane.adjust": { "zh-CN": "调整", "en-US": "Override" },
  "record.pane.adjustFor": { "zh-CN": "人工调整：{subjects}", "en-US": "Override: {subjects}" },
  "record.pane.title": { "zh-CN": "调整等次或亮灯", "en-US": "Override a tier or light" },
  "record.pane.subject": { "zh-CN": "考核对象", "en-US": "Subject" },
  "record.pane.subjectOption": { "zh-CN": "{name}（{group}）", "en-US": "{name} ({group})" },
  "record.pane.field": { "zh-CN": "项目", "en-US": "Item" },
  "record.pane.to": { "zh-CN": "调整为", "en-US": "Change to" },
  "record.pane.rule": { "zh-CN": "涉及规则", "en-US": "Rule" },
  "record.pane.reason": { "zh-CN": "理由（必填）", "en-US": "Reason (required)" },
  "record.pane.by": { "zh-CN": "操作人（选填）", "en-US": "By (optional)" },
  "record.pane.byHint": {
    "zh-CN": "Excel 不向加载项提供用户名；如需记录操作人，请填写姓名。",
    "en-US": "Excel does not tell add-ins who the user is; type a name to record it.",
  },
  "record.pane.current": { "zh-CN": "现为“{now}”（计算结果“{computed}”）", "en-US": "Now “{now}” (computed “{computed}”)" },
  "record.pane.save": { "zh-CN": "记录调整", "en-US": "Record the change" },
  "record.pane.saved": {
    "zh-CN": "已记入“变更记录”：{subject} 的{field} {from} → {to}",
    "en-US": "Recorded in the change record: {subject} {field} {from} → {to}",
  },
  "record.pane.inForce": { "zh-CN": "生效中的调整（{count}）", "en-US": "Overrides in force ({count})" },
  "record.pane.none": { "zh-CN": "尚无生效中的人工调整。", "en-US": "No overrides in force." },
  "record.pane.item": { "zh-CN": "{group}{subject}：{field} {from} → {to}", "en-US": "{group}{subject}: {field} {from} → {to}" },
  "record.pane.itemDetail": { "zh-CN": "{rule} · 理由：{reason} · {at}{by}", "en-US": "{rule} · reason: {reason} · {at}{by}" },
  "record.pane.clear": { "zh-CN": "撤销", "en-US": "Clear" },
  "record.pane.clearLabel": { "zh-CN": "撤销 {subject} 的{field}调整", "en-US": "Clear the {field} override of {subject}" },
  "record.pane.clearTitle": { "zh-CN": "撤销调整", "en-US": "Clear an override" },
  "record.pane.clearBody": {
    "zh-CN": "{subject} 的{field}将恢复为计算结果“{computed}”。撤销也会记入变更记录，原记录保留。",
    "en-US": "{subject}'s {field} goes back to the computed “{computed}”. The clearing is recorded too; the earlier entries stay.",
  },
  "record.pane.clearReason": { "zh-CN": "撤销理由（必填）", "en-US": "Reason for clearing (required)" },
  "record.pane.clearConfirm": { "zh-CN": "撤销并记录", "en-US": "Clear and record" },
  "record.pane.cleared": {
    "zh-CN": "已撤销 {subject} 的{field}调整，并记入变更记录",
    "en-US": "Cleared the {field} override of {subject}; the clearing is recorded",
  },
  "record.pane.decidedTies": { "zh-CN": "已由调整确定的并列（{count}）", "en-US": "Ties decided by overrides ({count})" },
  "record.pane.problems": { "zh-CN": "变更记录中的问题（{count}）", "en-US": "Problems in the record ({count})" },
  "record.pane.history": { "zh-CN": "变更记录共 {count} 条", "en-US": "{count} entries in the change record" },
  "record.pane.readError": { "zh-CN": "无法读取变更记录：{detail}", "en-US": "Cannot read the change record: {detail}" },
} as const satisfies Record<string, Entry>;
