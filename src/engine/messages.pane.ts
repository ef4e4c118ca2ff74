/**
 * Catalogue part for the task pane and the standalone page (same components in both hosts).
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./messages";

export const paneMessages = {
  "pane.title": { "zh-CN": "考核助手", "en-US": "Assess" },
  "pane.language": { "zh-CN": "English", "en-US": "中文" },
  "pane.languageLabel": { "zh-CN": "界面语言：切换为英文", "en-US": "Interface language: switch to Chinese" },
  "pane.loading": { "zh-CN": "正在读取考核表…", "en-US": "Reading the assessment table…" },
  "pane.reload": { "zh-CN": "重新读取", "en-US": "Read again" },
  "pane.requirement": {
    "zh-CN": "此版本的 Excel 不支持 {set} {version}，考核助手无法运行。请升级到 Microsoft 365 版 Excel。",
    "en-US": "This version of Excel does not support {set} {version}, which Assess needs. Update to Excel for Microsoft 365.",
  },
  "pane.error": { "zh-CN": "出错了：{detail}", "en-US": "Something went wrong: {detail}" },

  // ── table & columns ──────────────────────────────────────────────────────────────────
  "pane.table.heading": { "zh-CN": "考核表与列", "en-US": "Table & columns" },
  "pane.table.detected": {
    "zh-CN": "工作表“{sheet}”，第 {row} 行为表头，{count} 个考核对象",
    "en-US": "Sheet “{sheet}”, header in row {row}, {count} subjects",
  },
  "pane.table.none": { "zh-CN": "未找到考核表", "en-US": "No assessment table found" },
  "pane.table.unmapped": { "zh-CN": "（无）", "en-US": "(none)" },
  "pane.role.name": { "zh-CN": "单位/姓名", "en-US": "Name" },
  "pane.role.group": { "zh-CN": "类别", "en-US": "Group" },
  "pane.role.score": { "zh-CN": "得分", "en-US": "Score" },
  "pane.role.tier": { "zh-CN": "等次（手填）", "en-US": "Tier (typed)" },
  "pane.role.regular": { "zh-CN": "平时考核", "en-US": "Regular assessment" },
  "pane.role.annual": { "zh-CN": "年度考核", "en-US": "Annual assessment" },
  "pane.role.deduction": { "zh-CN": "扣分", "en-US": "Deduction" },
  "pane.role.veto": { "zh-CN": "一票否决", "en-US": "Veto" },
  "pane.role.linked": { "zh-CN": "连带责任", "en-US": "Linked responsibility" },
  "pane.role.groupOutcome": { "zh-CN": "单位等次", "en-US": "Unit outcome" },
  "pane.role.team": { "zh-CN": "班子等次", "en-US": "Team rating" },
  "pane.missingColumns": {
    "zh-CN": "考核方案需要的列在表中找不到：{columns}",
    "en-US": "The scheme needs columns the table lacks: {columns}",
  },

  // ── scheme ─────────────────────────────────────────────────────────────────────────
  "pane.scheme.heading": { "zh-CN": "考核方案", "en-US": "Scheme" },
  "pane.scheme.preset": { "zh-CN": "方案", "en-US": "Scheme" },
  "pane.scheme.workbook": { "zh-CN": "工作簿中的考核方案：{name}", "en-US": "The workbook's scheme: {name}" },
  "pane.scheme.quotaMode": { "zh-CN": "“{tier}”名额", "en-US": "“{tier}” quota" },
  "pane.scheme.quotaNone": { "zh-CN": "不限", "en-US": "No limit" },
  "pane.scheme.quotaShare": { "zh-CN": "按比例", "en-US": "A share" },
  "pane.scheme.quotaPlaces": { "zh-CN": "固定名额", "en-US": "Fixed places" },
  "pane.scheme.share": { "zh-CN": "比例（%）", "en-US": "Share (%)" },
  "pane.scheme.places": { "zh-CN": "名额（个）", "en-US": "Places" },
  "pane.allocation.unreadable": {
    "zh-CN": "“名额分配”工作表无法使用，校验按方案本身的名额进行：{problems}",
    "en-US": "The 名额分配 sheet cannot be used; the check follows the scheme's own quotas: {problems}",
  },
  "pane.scheme.allocation": { "zh-CN": "“{tier}”按类别分配名额", "en-US": "“{tier}” places per group" },
  "pane.scheme.allocationHint": {
    "zh-CN": "如 农村=5, 社区=13 或 社区=30%；未列出的类别按上面的比例或名额。工作簿中的“名额分配”工作表优先。",
    "en-US": "e.g. 农村=5, 社区=13 or 社区=30%; groups not listed use the quota above. A 名额分配 sheet in the workbook takes precedence.",
  },
  "pane.scheme.rounding": { "zh-CN": "取整", "en-US": "Rounding" },
  "pane.scheme.forcedBottom": { "zh-CN": "后位比例（%，留空为不设）", "en-US": "Forced bottom share (%, blank for none)" },
  "pane.scheme.green": { "zh-CN": "亮绿灯（前 N 名，留空为不亮灯）", "en-US": "Green lights (top N, blank for no lights)" },
  "pane.scheme.red": { "zh-CN": "亮红灯（后 N 名）", "en-US": "Red lights (bottom N)" },
  "pane.scheme.invalid": { "zh-CN": "考核方案有误，请按提示修改", "en-US": "The scheme has problems; correct the fields marked" },
  "pane.scheme.save": { "zh-CN": "保存方案到工作簿", "en-US": "Save scheme to workbook" },
  "pane.scheme.saved": { "zh-CN": "考核方案已写入“考核方案”工作表", "en-US": "The scheme was written to the 考核方案 sheet" },
  "pane.pdf.run": { "zh-CN": "导出 PDF", "en-US": "Export PDF" },
  "pane.pdf.running": { "zh-CN": "正在生成 PDF（首次需载入字体）……", "en-US": "Making the PDF (the font loads the first time)…" },
  "pane.pdf.done": { "zh-CN": "已生成 {name}（晾晒表、结果汇总、校验报告）", "en-US": "Made {name} (board, summary, check report)" },
  "pane.pdf.file": { "zh-CN": "考核报告", "en-US": "assessment-report" },
  "pane.pdf.browserOpened": {
    "zh-CN": "已在系统浏览器中打开 {name} 的保存页面：请在浏览器中保存文件（Office for Mac 的任务窗格无法直接下载）",
    "en-US": "Opened the save page for {name} in your browser: save the file there (task panes in Office for Mac cannot download)",
  },
  "pane.pdf.notSeen": { "zh-CN": "没有看到下载的文件？在浏览器中保存", "en-US": "No file downloaded? Save it in the browser" },
  "pane.pdf.workbook": { "zh-CN": "整个工作簿导出为 PDF（Excel 打印效果）", "en-US": "Whole workbook as PDF (as Excel prints it)" },
  "pane.pdf.workbookRunning": { "zh-CN": "正在由 Excel 生成工作簿 PDF……", "en-US": "Excel is making the workbook PDF…" },
  "pane.pdf.workbookDone": { "zh-CN": "已导出 {name}（Excel 生成，{size}）", "en-US": "Exported {name} (made by Excel, {size})" },
  "pane.pdf.workbookFile": { "zh-CN": "工作簿", "en-US": "workbook" },
  "save.title": { "zh-CN": "考核助手 · 保存文件", "en-US": "Assess · save a file" },
  "save.ready": { "zh-CN": "文件 {name}（{size}）已准备好。", "en-US": "{name} ({size}) is ready." },
  "save.button": { "zh-CN": "保存 {name}", "en-US": "Save {name}" },
  "save.local": {
    "zh-CN": "文件由任务窗格放在本页链接的“#”之后，只在本机处理，没有上传到任何服务器；本页已从地址栏清除该数据。",
    "en-US": "The task pane put the file after the “#” of this page's link: it stays on this computer and was not uploaded; this page has removed it from the address bar.",
  },
  "save.none": {
    "zh-CN": "没有要保存的文件：链接不完整，或本页已刷新（文件数据只在第一次打开时可用）。请回到 Excel 任务窗格重新导出。",
    "en-US": "There is no file to save: the link is incomplete or the page was reloaded (the file is only there the first time). Export again from the Excel task pane.",
  },
  "pane.tiers.heading": { "zh-CN": "等次分数线与否决", "en-US": "Tier thresholds and caps" },
  "pane.tiers.threshold": { "zh-CN": "“{tier}”分数线（留空为不设）", "en-US": "“{tier}” minimum score (blank for none)" },
  "pane.caps.veto": { "zh-CN": "一票否决者最高等次", "en-US": "Best tier with a veto" },
  "pane.caps.default": { "zh-CN": "默认（不得评第一等次）", "en-US": "Default (never the first tier)" },
  "pane.caps.linked": { "zh-CN": "连带责任班子最高等次", "en-US": "Best tier under linked responsibility" },
  "pane.caps.none": { "zh-CN": "不设", "en-US": "None" },
  "pane.caps.keepPlaces": {
    "zh-CN": "受等次上限限制者让出的名额保留空缺（不勾选：依次递补给下一名）",
    "en-US": "Keep the places capped subjects cannot take empty (unchecked: they pass to the next in rank)",
  },
  "pane.caps.linkedShare": { "zh-CN": "有连带责任的类别“{tier}”比例（%）", "en-US": "“{tier}” share in a group with linked responsibility (%)" },
  "pane.readSelection": { "zh-CN": "读取选定区域", "en-US": "Read the selection" },
  "pane.weights.heading": { "zh-CN": "指标权重（%）", "en-US": "Indicator weights (%)" },
  "pane.weights.all": { "zh-CN": "合计", "en-US": "Total" },
  "pane.weights.sumOk": { "zh-CN": "合计 {sum}%", "en-US": "Total {sum}%" },
  "pane.weights.sumBad": { "zh-CN": "合计 {sum}%，须为 100%", "en-US": "Total {sum}%; it must be 100%" },
  "pane.scheme.source": { "zh-CN": "依据：{source}", "en-US": "Source: {source}" },

  // ── check ──────────────────────────────────────────────────────────────────────────
  "pane.check.heading": { "zh-CN": "配额校验", "en-US": "Check" },
  "pane.check.run": { "zh-CN": "配额校验", "en-US": "Check" },
  "pane.check.ok": { "zh-CN": "未发现问题", "en-US": "No problems found" },
  "pane.check.summary": {
    "zh-CN": "{errors} 个错误，{warnings} 个提醒",
    "en-US": "{errors} errors, {warnings} warnings",
  },
  "pane.check.groups": { "zh-CN": "各类别等次人数", "en-US": "Tiers by group" },
  "pane.check.groupLine": { "zh-CN": "{group}（{n} 个）", "en-US": "{group} ({n})" },
  "pane.check.noGroup": { "zh-CN": "全部", "en-US": "All" },
  "pane.check.count": { "zh-CN": "{tier} {count}/{limit}", "en-US": "{tier} {count}/{limit}" },
  "pane.check.countNoLimit": { "zh-CN": "{tier} {count}", "en-US": "{tier} {count}" },
  "pane.check.errors": { "zh-CN": "错误（{count}）", "en-US": "Errors ({count})" },
  "pane.check.warnings": { "zh-CN": "提醒（{count}）", "en-US": "Warnings ({count})" },
  "pane.check.locate": { "zh-CN": "定位到 {cells}", "en-US": "Go to {cells}" },
  "pane.check.selected": { "zh-CN": "已选中：{cells}", "en-US": "Selected: {cells}" },
  "pane.check.fix": { "zh-CN": "修正", "en-US": "Fix" },
  "pane.check.fixTitle": { "zh-CN": "确认修正", "en-US": "Confirm the fix" },
  "pane.check.fixBody": {
    "zh-CN": "将写入以下单元格：{changes}",
    "en-US": "These cells will be written: {changes}",
  },
  "pane.check.fixChange": { "zh-CN": "{cell}：{from} → {to}", "en-US": "{cell}: {from} → {to}" },
  "pane.check.fixConfirm": { "zh-CN": "写入", "en-US": "Write" },
  "pane.check.fixDone": { "zh-CN": "已写入 {count} 个单元格并重新校验", "en-US": "Wrote {count} cells and checked again" },
  "pane.cancel": { "zh-CN": "取消", "en-US": "Cancel" },

  // ── apply ──────────────────────────────────────────────────────────────────────────
  "pane.apply.heading": { "zh-CN": "写回结果", "en-US": "Apply" },
  "pane.apply.run": { "zh-CN": "写回结果", "en-US": "Apply" },
  "pane.apply.running": { "zh-CN": "正在写入…", "en-US": "Writing…" },
  "pane.apply.done": {
    "zh-CN": "已在工作表“{sheet}”写入 {columns} 列，并生成“{board}”（{rows} 行）",
    "en-US": "Wrote {columns} to sheet “{sheet}” and the “{board}” sheet ({rows} rows)",
  },
  "pane.download": { "zh-CN": "下载", "en-US": "Download" },

  // ── standalone page ─────────────────────────────────────────────────────────────────
  "pane.file.pick": { "zh-CN": "选择 Excel 文件（.xlsx）", "en-US": "Choose an Excel file (.xlsx)" },
  "pane.file.drop": { "zh-CN": "或把文件拖到这里", "en-US": "or drop the file here" },
  "pane.file.privacy": {
    "zh-CN": "文件只在本机浏览器中处理，数据不会离开您的电脑。",
    "en-US": "The file is processed in this browser only; your data never leaves this computer.",
  },
  "pane.file.opened": { "zh-CN": "已打开：{name}", "en-US": "Opened: {name}" },
  "pane.preview": { "zh-CN": "表格预览", "en-US": "Table preview" },
  "pane.apply.asFormulas": {
    "zh-CN": "等次、亮灯以公式写入（ASSESS.TIERS / ASSESS.LIGHTS，按工作簿中保存的方案随分数更新）",
    "en-US": "Tiers and lights as formulas (ASSESS.TIERS / ASSESS.LIGHTS, live under the workbook's saved scheme)",
  },
  "pane.apply.formulasDone": { "zh-CN": "；{columns}列已写为公式", "en-US": "; {columns} written as formulas" },
  "pane.apply.formulasNone": {
    "zh-CN": "；表中数据行之间有非数据行，无法以公式溢出，已写入数值",
    "en-US": "; rows between the data rows keep formulas from spilling: values were written",
  },
} satisfies Record<string, Entry>;
