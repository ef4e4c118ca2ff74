/**
 * Catalogue part for the hosts and faces: the workbook reader and writer, and the `assess` command.
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./index";

export const hostMessages = {
  // ── workbook errors (src/workbook/errors.ts: one key per WorkbookErrorCode) ─────────────────
  "workbook.FILE_NOT_FOUND": { "zh-CN": "找不到文件：{path}", "en-US": "file not found: {path}" },
  "workbook.NOT_XLSX": {
    "zh-CN": (p) => `${p.path} 不是有效的 Excel 工作簿（.xlsx）${p.hint ? `：${p.hint}` : ""}`,
    "en-US": (p) => `${p.path} is not a valid Excel workbook (.xlsx)${p.hint ? `: ${p.hint}` : ""}`,
  },
  "workbook.IS_DIRECTORY": {
    "zh-CN": "{path} 是文件夹，不是 Excel 工作簿：请给出其中的 .xlsx 文件，如 {path}/考核表.xlsx（批量校验：assess check {path}/*.xlsx）",
    "en-US": "{path} is a folder, not an Excel workbook: give the .xlsx files in it, such as {path}/table.xlsx (a batch: assess check {path}/*.xlsx)",
  },
  "workbook.READ_DENIED": {
    "zh-CN": "没有权限读取 {path}：请检查文件权限，或复制一份到有权限的文件夹后再试",
    "en-US": "no permission to read {path}: check the file's permissions, or copy it to a folder you can read",
  },
  "workbook.hint.xls": {
    "zh-CN": "这是旧版 Excel 97–2003 工作簿（.xls），请在 Excel 或 WPS 中“另存为” .xlsx 后再试",
    "en-US": "it is an old Excel 97–2003 workbook (.xls); save it as .xlsx in Excel or WPS and try again",
  },
  "workbook.hint.encrypted": {
    "zh-CN": "文件已加密（设有打开密码），请在 Excel 或 WPS 中取消密码后另存一份再试",
    "en-US": "the file is encrypted (it has an open password); remove the password in Excel or WPS, save a copy and try again",
  },
  "workbook.hint.ods": {
    "zh-CN": "这是 OpenDocument 表格（.ods），不能直接读取：请在 LibreOffice 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再试",
    "en-US": "it is an OpenDocument spreadsheet (.ods), which is not read: save it as an Excel workbook (.xlsx) in LibreOffice or WPS and try again",
  },
  "workbook.hint.xlsb": {
    "zh-CN": "这是 Excel 二进制工作簿（.xlsb），不能直接读取：请在 Excel 中“另存为” .xlsx 后再试",
    "en-US": "it is an Excel binary workbook (.xlsb), which is not read: save it as .xlsx in Excel and try again",
  },
  "workbook.hint.html": {
    "zh-CN": "这是网页（HTML）格式的表格，只是扩展名为 .xls（考核系统导出的文件常是这样），不能直接读取：请在 Excel 或 WPS 中打开后“另存为” .xlsx 再试",
    "en-US": "it is a web page (HTML) table under an .xls name, as many systems export their \"Excel\" files, which is not read: open it in Excel or WPS and save it as .xlsx",
  },
  "workbook.hint.xml2003": {
    "zh-CN": "这是 Excel 2003 XML 表格（SpreadsheetML），不是 .xlsx 工作簿，不能直接读取：请在 Excel 或 WPS 中打开后“另存为” .xlsx 再试",
    "en-US": "it is an Excel 2003 XML spreadsheet (SpreadsheetML), not an .xlsx workbook, which is not read: open it in Excel or WPS and save it as .xlsx",
  },
  "workbook.hint.csv": {
    "zh-CN": "这是文本（CSV）文件，请在 Excel 或 WPS 中打开后“另存为” .xlsx 再试",
    "en-US": "it is a text (CSV) file; open it in Excel or WPS and save it as .xlsx",
  },
  "workbook.hint.corrupt": {
    "zh-CN": "文件已损坏或不是 Excel 文件",
    "en-US": "the file is damaged or not an Excel file",
  },
  "workbook.hint.noSheets": { "zh-CN": "文件中没有工作表", "en-US": "it holds no worksheets" },
  "workbook.NO_TABLE": {
    "zh-CN": (p) =>
      `${p.sheet ? `工作表“${p.sheet}”` : `工作簿（工作表：${p.sheets}）`}中找不到考核表：前 20 行中没有同时包含单位/姓名列和得分/等次列的表头行`,
    "en-US": (p) =>
      `no assessment table in ${p.sheet ? `sheet “${p.sheet}”` : `the workbook (sheets: ${p.sheets})`}: none of the first 20 rows is a header with a name column and a score or tier column`,
  },
  "workbook.NO_NAME_COLUMN": {
    "zh-CN": "工作表“{sheet}”第 {row} 行没有单位/姓名列（可用的表头：单位、单位名称、姓名、考核对象）",
    "en-US": "row {row} of sheet “{sheet}” has no name column (headers such as Unit, Name, Subject)",
  },
  "workbook.SHEET_NOT_FOUND": {
    "zh-CN": "没有名为“{sheet}”的工作表；现有工作表：{sheets}",
    "en-US": "there is no sheet named “{sheet}”; the workbook has: {sheets}",
  },
  "workbook.EMPTY_TABLE": {
    "zh-CN": "工作表“{sheet}”第 {row} 行是表头，但下面没有数据行",
    "en-US": "sheet “{sheet}” has a header in row {row} but no data rows below it",
  },
  "workbook.OUTPUT_EXISTS": {
    "zh-CN": "输出文件已存在：{path}（确需覆盖请使用 --force）",
    "en-US": "the output file exists: {path} (use --force to overwrite it)",
  },
  "workbook.SAME_AS_INPUT": {
    "zh-CN": "输出文件不能是输入文件本身：{path}；请另存为新文件",
    "en-US": "the output cannot be the input file itself: {path}; write to a new file",
  },
  "workbook.SCHEME_SHEET_INVALID": {
    "zh-CN": "工作表“{sheet}”中的考核方案不是有效的 JSON：{detail}",
    "en-US": "the scheme in sheet “{sheet}” is not valid JSON: {detail}",
  },
  "workbook.WRITE_FAILED": { "zh-CN": "无法写入 {path}：{detail}", "en-US": "could not write {path}: {detail}" },
  "workbook.OUTPUT_FOLDER_MISSING": {
    "zh-CN": "无法写入 {path}：输出文件夹 {dir} 不存在，请先创建它或换一个已有的文件夹",
    "en-US": "cannot write {path}: the output folder {dir} does not exist; create it or choose a folder that exists",
  },
  "workbook.OUTPUT_IS_FOLDER": {
    "zh-CN": "无法写入 {path}：这是一个文件夹；请在 -o 后给出文件名，如 {path}/结果.xlsx",
    "en-US": "cannot write {path}: it is a folder; give a file name after -o, such as {path}/result.xlsx",
  },
  "workbook.OUTPUT_DENIED": {
    "zh-CN": "无法写入 {path}：没有在文件夹 {dir} 中写入的权限（或该位置只读），请换一个可写的文件夹",
    "en-US": "cannot write {path}: no permission to write in the folder {dir} (or it is read-only); choose a folder you can write to",
  },
  "workbook.detail.noSpace": { "zh-CN": "磁盘空间不足", "en-US": "the disk is full" },
  "workbook.EMPTY_PDF": {
    "zh-CN": "Excel 返回了空的 PDF（Excel 网页版的已知问题，office-js #5950、#5473）：请改用“导出 PDF”，它由考核助手自行生成",
    "en-US": "Excel returned an empty PDF (a known problem of Excel on the web, office-js #5950, #5473): use “Export PDF”, which Assess makes itself",
  },
  "workbook.PDF_UNSUPPORTED": {
    "zh-CN": "此版本的 Excel 不能把工作簿导出为 PDF（不支持 PdfFile 要求集）：请改用“导出 PDF”",
    "en-US": "this version of Excel cannot export the workbook as PDF (no PdfFile requirement set): use “Export PDF” instead",
  },
  "workbook.OFFICE_FAILED": { "zh-CN": "Excel 报告错误：{detail}", "en-US": "Excel reported an error: {detail}" },
  "workbook.FILE_TOO_LARGE": {
    "zh-CN": "文件 {name}（{size}）太大，无法交给系统浏览器保存：请缩小导出范围，或使用离线版网页/命令行 assess report",
    "en-US": "{name} ({size}) is too large to hand to the browser: export less, or use the standalone page or `assess report`",
  },
  "workbook.NO_BROWSER_WINDOW": {
    "zh-CN": "此版本的 Office 不能打开系统浏览器（不支持 OpenBrowserWindowApi）：请使用离线版网页或命令行 assess report 生成 PDF",
    "en-US": "this version of Office cannot open the system browser (no OpenBrowserWindowApi): make the PDF with the standalone page or `assess report`",
  },

  // ── 晾晒表 board sheet ─────────────────────────────────────────────────────────────────
  "board.sheet": { "zh-CN": "晾晒表", "en-US": "Board" },
  "board.title": { "zh-CN": "晾晒表", "en-US": "Assessment board" },
  "board.group": { "zh-CN": "类别", "en-US": "Group" },
  "board.rank": { "zh-CN": "排名", "en-US": "Rank" },
  "board.name": { "zh-CN": "单位", "en-US": "Unit" },
  "board.score": { "zh-CN": "得分", "en-US": "Score" },
  "board.tier": { "zh-CN": "等次", "en-US": "Tier" },
  "board.light": { "zh-CN": "亮灯", "en-US": "Light" },
  "board.footer": { "zh-CN": "第 &P 页，共 &N 页", "en-US": "Page &P of &N" },

  // ── 考核方案 sheet ─────────────────────────────────────────────────────────────────────
  "schemeSheet.jsonLabel": { "zh-CN": "Assess 考核方案 (JSON)", "en-US": "Assess scheme (JSON)" },
  "schemeSheet.note": {
    "zh-CN": "A 列为方案本身（JSON，Assess 读取），右侧摘要只供阅读；修改方案请用 Assess 的方案编辑器",
    "en-US": "Column A is the scheme itself (JSON, read by Assess); the summary on the right is for reading only — edit the scheme in Assess",
  },
  "schemeSheet.summary": { "zh-CN": "方案摘要", "en-US": "Scheme summary" },
  "schemeSheet.invalid": {
    "zh-CN": "方案未通过校验，摘要从略：{detail}",
    "en-US": "the scheme does not validate, so no summary: {detail}",
  },
  "schemeSheet.name": { "zh-CN": "方案名称", "en-US": "Scheme" },
  "schemeSheet.source": { "zh-CN": "依据", "en-US": "Source" },
  "schemeSheet.tiers": { "zh-CN": "等次", "en-US": "Tiers" },
  "schemeSheet.tierLabel": { "zh-CN": "等次名称", "en-US": "Tier" },
  "schemeSheet.tierEn": { "zh-CN": "英文", "en-US": "Chinese" },
  "schemeSheet.quota": { "zh-CN": "名额/比例", "en-US": "Quota" },
  "schemeSheet.threshold": { "zh-CN": "分数线", "en-US": "Threshold" },
  "schemeSheet.quotaShare": {
    "zh-CN": (p) => `不超过 ${p.percent}%（${p.rounding}）${p.minOne ? "，至少 1 个" : ""}`,
    "en-US": (p) => `at most ${p.percent}% (${p.rounding})${p.minOne ? ", at least 1" : ""}`,
  },
  "schemeSheet.quotaPlaces": { "zh-CN": "不超过 {places} 个", "en-US": "at most {places}" },
  "schemeSheet.none": { "zh-CN": "—", "en-US": "—" },
  "schemeSheet.forcedBottom": { "zh-CN": "后位倒排", "en-US": "Forced bottom" },
  "schemeSheet.forcedBottomValue": {
    "zh-CN": "每组排名后 {percent}%（{rounding}）评为“{tier}”",
    "en-US": "the bottom {percent}% of each group ({rounding}) are rated “{tier}”",
  },
  "schemeSheet.veto": { "zh-CN": "一票否决", "en-US": "Veto" },
  "schemeSheet.capValue": { "zh-CN": "最高评为“{tier}”", "en-US": "rated “{tier}” at best" },
  "schemeSheet.linked": { "zh-CN": "连带责任", "en-US": "Linked responsibility" },
  "schemeSheet.linkedShare": { "zh-CN": "，所在组优秀比例降为 {percent}%", "en-US": "; the group's first-tier share drops to {percent}%" },
  "schemeSheet.lights": { "zh-CN": "亮灯", "en-US": "Lights" },
  "schemeSheet.lightsValue": {
    "zh-CN": "每组前 {green}绿、后 {red}红，其余黄",
    "en-US": "top {green} green, bottom {red} red, the rest yellow, in each group",
  },
  "schemeSheet.count": { "zh-CN": "{count} 名", "en-US": "{count}" },
  "schemeSheet.share": { "zh-CN": "{percent}%", "en-US": "{percent}%" },
  "schemeSheet.indicators": { "zh-CN": "指标", "en-US": "Indicators" },
  "schemeSheet.indicator": { "zh-CN": "指标", "en-US": "Indicator" },
  "schemeSheet.column": { "zh-CN": "数据列", "en-US": "Column" },
  "schemeSheet.weight": { "zh-CN": "权重", "en-US": "Weight" },
  "schemeSheet.section": { "zh-CN": "考卷", "en-US": "Section" },
  "schemeSheet.kind": { "zh-CN": "计分方式", "en-US": "Kind" },
  "schemeSheet.kind.score": { "zh-CN": "直接得分", "en-US": "score" },
  "schemeSheet.kind.completion": { "zh-CN": "完成率", "en-US": "completion rate" },
  "schemeSheet.kind.normalize": { "zh-CN": "组内标准化", "en-US": "normalised in group" },
  "schemeSheet.kind.votes": { "zh-CN": "民主测评票数", "en-US": "vote counts" },
  "schemeSheet.decimals": { "zh-CN": "得分保留小数位", "en-US": "Score decimals" },
  "schemeSheet.deductionMax": { "zh-CN": "扣分上限", "en-US": "Deduction cap" },
  "schemeSheet.regularWeight": { "zh-CN": "平时考核占比", "en-US": "Regular assessment weight" },
  // ── the package reader (src/workbook/package) ─────────────────────────────────────────────
  "workbook.TOO_LARGE": {
    "zh-CN": "{path} 太大，超出读取上限（{part}：{what}超过 {limit}）：请确认文件无误；确需读取时用 --max-rows / --max-part-mb 提高上限",
    "en-US": "{path} is too large to read ({part}: {what} over {limit}): check the file; raise the limit with --max-rows / --max-part-mb if it is right",
  },
  "workbook.limit.rows": { "zh-CN": "行数", "en-US": "rows" },
  "workbook.limit.bytes": { "zh-CN": "解压后大小", "en-US": "inflated size" },
  "workbook.hint.noWorkbook": { "zh-CN": "压缩包中没有工作簿（xl/workbook.xml）", "en-US": "the zip holds no workbook (xl/workbook.xml)" },
  "workbook.hint.unsupportedZip": {
    "zh-CN": "文件使用了无法读取的压缩方式或已加密",
    "en-US": "it uses a compression that cannot be read, or is encrypted",
  },
  "cell.uncachedFormula": {
    "zh-CN": (p) => `${p.cell} 是公式，但文件中没有它的计算结果${p.field ? `（${p.field}）` : ""}：请在 Excel 中重新计算并保存后再试`,
    "en-US": (p) => `${p.cell} holds a formula saved without its calculated value${p.field ? ` (${p.field})` : ""}: recalculate and save the workbook in Excel, then try again`,
  },
  "cli.uncached": {
    "zh-CN": "{file}：工作表“{sheet}”中有 {n} 个公式没有计算结果（{cells}），按空白处理：请在 Excel 中重新计算并保存后再试",
    "en-US": "{file}: {n} formulas on sheet “{sheet}” have no calculated value ({cells}) and count as blank: recalculate and save the workbook in Excel, then try again",
  },
} satisfies Record<string, Entry>;
