/**
 * Catalogue part for the layout report (版式说明): what was read from a sheet, the assumptions it
 * rests on, and the readings that need the user. Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./index";

const ROLE_ZH: Record<string, string> = {
  name: "考核对象", group: "类别", score: "得分", tier: "等次", veto: "一票否决", unit: "单位", remarks: "备注",
  regular: "平时考核", annual: "年度考核", deduction: "扣分", linked: "连带责任", groupOutcome: "单位等次", team: "班子等次",
};
const ROLE_EN: Record<string, string> = {
  name: "subject", group: "group", score: "score", tier: "tier", veto: "veto", unit: "unit", remarks: "remarks",
  regular: "regular", annual: "annual", deduction: "deduction", linked: "linked", groupOutcome: "unit rating", team: "team rating",
};
const REASON_ZH: Record<string, string> = {
  blank: "空行", title: "标题行", groupLabel: "分组标题", summary: "合计/平均行", note: "注释/签字行", repeatedHeader: "重复表头", noSubject: "无对象无得分",
};
const REASON_EN: Record<string, string> = {
  blank: "blank", title: "title", groupLabel: "group label", summary: "total/average", note: "note/signature", repeatedHeader: "repeated header", noSubject: "no subject or score",
};

export const layoutMessages = {
  "layout.roleName": { "zh-CN": (p) => ROLE_ZH[String(p.role)] ?? String(p.role), "en-US": (p) => ROLE_EN[String(p.role)] ?? String(p.role) },
  "layout.reason": { "zh-CN": (p) => REASON_ZH[String(p.reason)] ?? String(p.reason), "en-US": (p) => REASON_EN[String(p.reason)] ?? String(p.reason) },
  "layout.heading": {
    "zh-CN": "版式：工作表“{sheet}”，表头第 {headerRows} 行，数据第 {first}–{last} 行（{count} 行）",
    "en-US": "Layout: sheet “{sheet}”, header row {headerRows}, data rows {first}–{last} ({count})",
  },
  "layout.columns": { "zh-CN": "  列：{columns}", "en-US": "  Columns: {columns}" },
  "layout.groupsColumn": { "zh-CN": "  分组：按 {column} 列", "en-US": "  Groups: column {column}" },
  "layout.groupsLabels": { "zh-CN": "  分组：按分组标题行 {labels}", "en-US": "  Groups: label rows {labels}" },
  "layout.groupsNone": { "zh-CN": "  分组：无（全部为一组）", "en-US": "  Groups: none (one group)" },
  "layout.leftOut": { "zh-CN": "  未计入的行：{rows}", "en-US": "  Rows left out: {rows}" },
  "layout.pending": { "zh-CN": "  不参加考核（不计入人数）：{rows}", "en-US": "  Not taking part (not counted): {rows}" },
  "layout.hidden": { "zh-CN": "  隐藏行（仍作为考核对象）：{rows}", "en-US": "  Hidden rows (still subjects): {rows}" },
  "layout.mergesUnavailable": {
    "zh-CN": "  注意：此环境读不到合并单元格（需 ExcelApi 1.13），合并的类别/单位只属于首行",
    "en-US": "  Note: merged cells could not be read here (ExcelApi 1.13 needed); a merged group or unit belongs to its first row only",
  },
  "layout.note": { "zh-CN": "  ! [{code}] {message}", "en-US": "  ! [{code}] {message}" },
  "layout.assume.column": {
    "zh-CN": (p) => `${ROLE_ZH[String(p.role)] ?? p.role}列取 ${p.chosen}，另有候选 ${p.others}；如不对请用 --columns ${p.option}=列字母 指定`,
    "en-US": (p) => `the ${ROLE_EN[String(p.role)] ?? p.role} column is ${p.chosen}; also a candidate: ${p.others}; choose another with --columns ${p.option}=LETTER`,
  },
  "layout.assume.yearTier": {
    "zh-CN": (p) =>
      `表中没有“等次”列：把 ${p.column} 作为本次（${p.year} 年）填写的等次来核对${p.others ? `，${p.others} 作为往年等次` : ""}；若不是，请用 --columns tier=列 指定，或 --columns tier=none（无等次列，只计算）`,
    "en-US": (p) =>
      `no “tier” column: ${p.column} is checked as the tier typed this time (${p.year})${p.others ? `; ${p.others} are past tiers` : ""}; if not, name the column with --columns tier=…, or --columns tier=none (no tier column: compute only)`,
  },
  "layout.assume.latestYearTier": {
    "zh-CN": (p) =>
      `表中没有“等次”列，表名和工作表名也没有写年份：把最近年份的 ${p.column} 作为本次填写的等次来核对${p.others ? `，${p.others} 作为往年等次` : ""}；若它也是往年等次，请用 --columns tier=none（只计算）`,
    "en-US": (p) =>
      `no “tier” column and no year in the title or sheet name: the latest year's ${p.column} is checked as the tier typed this time${p.others ? `; ${p.others} are past tiers` : ""}; if it is a past tier too, use --columns tier=none (compute only)`,
  },
  "layout.assume.labelsOverColumn": {
    "zh-CN": "按分组标题行分组（--group-rows），未用 {column} 列",
    "en-US": "groups are taken from the label rows (--group-rows), not from column {column}",
  },
  "layout.assume.columnOverLabels": {
    "zh-CN": "按 {column} 列分组；第 {labels} 行的分组标题未用于分组（用 --group-rows 改为按标题行分组）",
    "en-US": "groups are taken from column {column}; the label rows {labels} are not used (--group-rows uses them instead)",
  },
  "layout.assume.labelsIgnored": {
    "zh-CN": "第 {labels} 行的分组标题未用于分组（--no-group-rows）",
    "en-US": "the label rows {labels} are not used as groups (--no-group-rows)",
  },
  "layout.assume.beforeLabels": {
    "zh-CN": "第 {rows} 行在第一个分组标题“{label}”之前，归入无类别组",
    "en-US": "rows {rows} come before the first label “{label}” and are in no group",
  },
  "layout.assume.groupFilled": {
    "zh-CN": "{column} 列第 {rows} 行的类别为空，按上一行的类别计",
    "en-US": "the group cell in column {column} is blank on rows {rows}: each takes the group above it",
  },
  "layout.assume.hiddenRows": {
    "zh-CN": "第 {rows} 行已隐藏，仍作为考核对象",
    "en-US": "rows {rows} are hidden and are still assessed",
  },
  "layout.assume.hiddenColumns": {
    "zh-CN": "读取的列 {columns} 已隐藏",
    "en-US": "the columns {columns} read are hidden",
  },
  "layout.assume.latestPeriod": {
    "zh-CN": "工作簿按期分表，共 {count} 期（{periods}）：读取最近一期“{sheet}”；其他各期请指定工作表（命令行 --sheet），或用 assess periods 逐期校验",
    "en-US": "the workbook has a sheet per period, {count} in all ({periods}): the latest, “{sheet}”, is read; choose the sheet for another (--sheet on the command line), or check every period with assess periods",
  },
  "layout.assume.hiddenSheets": {
    "zh-CN": "隐藏的工作表 {sheets} 也有考核表，未读取；如需校验请指定工作表（命令行 --sheet）",
    "en-US": "the hidden sheets {sheets} hold assessment tables too and were not read; choose one to check it (--sheet on the command line)",
  },
  "layout.assume.hiddenChosen": {
    "zh-CN": "工作表“{sheet}”是隐藏的：工作簿中没有其他可读取的考核表",
    "en-US": "the sheet “{sheet}” is hidden: the workbook holds no other assessment table to read",
  },
  "layout.assume.otherSheets": {
    "zh-CN": "工作簿另有考核表：{others}，check 逐表校验；apply 只写“{sheet}”（其他表用 --sheet 指定）",
    "en-US": "the workbook has other assessment sheets: {others}, each checked on its own; apply writes “{sheet}” only (--sheet for another)",
  },
  "layout.groupCount": {
    "zh-CN": "第 {row} 行“{text}”写明 {count} 个，下面实际有 {found} 个",
    "en-US": "row {row} “{text}” announces {count}, {found} follow",
  },
  "workbook.LAYOUT_AMBIGUOUS": {
    "zh-CN": (p) => `工作表“${p.sheet}”第 ${p.row} 行的表头有多列可作为${ROLE_ZH[String(p.role)] ?? p.role}列：${p.candidates}，无法确定；请用 ${p.option} 指定`,
    "en-US": (p) => `the header in row ${p.row} of sheet “${p.sheet}” has several ${ROLE_EN[String(p.role)] ?? p.role} columns: ${p.candidates}; choose one with ${p.option}`,
  },
  "workbook.LAYOUT_SIDE_BY_SIDE": {
    "zh-CN": (p) =>
      `工作表“${p.sheet}”第 ${p.row} 行起的表格左右分栏：${p.panels} 列是同样的 ${p.count} 栏。按一张表读会漏掉右边的栏，所以没有读取；请把右边各栏剪切到第一栏下方（表头只留一行），保存后再试`,
    "en-US": (p) =>
      `the table from row ${p.row} of sheet “${p.sheet}” is printed in ${p.count} panels side by side (columns ${String(p.panels).split("、").join(", ")}). Read as one table the right-hand panels would be lost, so it was not read; move them below the first panel (one header row) and save, then try again`,
  },
  "workbook.LAYOUT_COLUMN_NOT_FOUND": {
    "zh-CN": (p) => `工作表“${p.sheet}”中找不到 ${p.role} 列“${p.value}”（列字母或表头文字）；表头有：${p.headers}`,
    "en-US": (p) => `sheet “${p.sheet}” has no column “${p.value}” for ${p.role} (a letter or a header text); the headers are: ${p.headers}`,
  },
  // The same stops as the pane words them: the choice is made in its 版式识别 card, not with an option.
  "pane.workbook.LAYOUT_AMBIGUOUS": {
    "zh-CN": (p) => `工作表“${p.sheet}”第 ${p.row} 行的表头有多列可作为${ROLE_ZH[String(p.role)] ?? p.role}列：${p.candidates}，无法确定；请在“版式识别”中选择`,
    "en-US": (p) => `the header in row ${p.row} of sheet “${p.sheet}” has several ${ROLE_EN[String(p.role)] ?? p.role} columns: ${p.candidates}; choose one under Layout`,
  },
  "pane.workbook.LAYOUT_COLUMN_NOT_FOUND": {
    "zh-CN": (p) => `工作表“${p.sheet}”中找不到${ROLE_ZH[String(p.role)] ?? p.role}列“${p.value}”；表头有：${p.headers}。请在“版式识别”中重新选择`,
    "en-US": (p) => `sheet “${p.sheet}” has no ${ROLE_EN[String(p.role)] ?? p.role} column “${p.value}”; the headers are: ${p.headers}. Choose again under Layout`,
  },
  "layout.badColumnsOption": {
    "zh-CN": "--columns 无法识别：“{value}”；格式为 name=C,group=B,score=G,tier=I,veto=H（列字母或表头文字）",
    "en-US": "--columns not understood: “{value}”; write name=C,group=B,score=G,tier=I,veto=H (letters or header texts)",
  },
} satisfies Record<string, Entry>;
