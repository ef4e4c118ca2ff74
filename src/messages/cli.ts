/**
 * Catalogue part for the `assess` command line. Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./index";
import { count } from "./plural";

export const cliMessages = {
  "cli.usage": {
    "zh-CN": `用法：
  assess check <文件.xlsx>... [--sheet 工作表] [--preset 方案 | --scheme 方案.json] [--json] [--lang zh-CN|en]
  assess apply <文件.xlsx> -o <输出.xlsx> [--force] [同上选项]
  assess report <文件.xlsx> -o <输出.pdf> [--parts board,summary,check] [--title 标题] [--issuer 单位]
         [--period 期间] [--date YYYY-MM-DD] [--orientation landscape|portrait] [--previous 上期.xlsx]
         [--font 备用字体.ttf] [--force] [同上选项]
  assess weights --method ahp|entropy|topsis <文件.xlsx|文件.csv> [--sheet 工作表] [--json] [--lang zh-CN|en]
         AHP：[--ahp-method eigenvector|geometric|column] [--ri saaty|alonso-lamata|xu-1988]
         熵权法：--variant sum|minmax [--directions +,-,+] [--shift 0.0001]
         TOPSIS：--normalization vector|minmax --weights 0.3,0.2,0.5 --directions +,-,+
  assess periods <文件.xlsx> [--preset 方案 | --scheme 方案.json] [--json] [--lang zh-CN|en]
  assess override <文件.xlsx> --subject 对象 (--tier 等次 | --light 灯色 | --clear tier|light)
         --reason 理由 -o <输出.xlsx> [--group 类别] [--rule 规则] [--by 操作人] [--force] [同上选项]
  assess analyze <文件.xlsx> [--threshold 60] [--sheet 工作表] [--preset 方案 | --scheme 方案.json] [--json]
  assess presets                     列出预设方案
  assess <命令> --help               各命令的用法与选项

check  配额校验：核对手填的等次列（优秀比例、一票否决、后位比例、排序倒挂、并列跨线……），
       不修改输入文件。退出码：0 无错误；1 有错误级问题；2 输入无法使用（文件缺失或损坏、
       找不到考核表、方案无效）。批量校验时，一个文件出错不影响其余文件。
apply  计算得分、组内排名、等次、亮灯，写入新文件（附“晾晒表”工作表），不修改输入文件；
       输出已存在时需 --force。
report 生成 PDF 报告：晾晒表（含亮灯、与上期比较的排名变化）、考核结果汇总（各类别等次数与名额）、
       配额校验报告（问题、单元格、处理建议），附页码与制表人、审核人签字栏。标题默认取表格上方的
       标题行，日期默认今天，默认横向 A4；不修改输入文件，输出已存在时需 --force。
       --period 为工作簿中的一期（2026年3月、2026Q1、2026年第一季度……）时，生成该期的一页通报：
       晾晒表与上一期相比的名次变化（▲/▼/新）、各类别前三名与后三名、等次分布与名额图、本期问题。
weights 权重设计：读取一行表头（指标名称）和首列名称的表格。ahp 由判断矩阵（可填 1/3）求权重并做
       一致性检验，CR ≥ 0.10 时给出提醒、退出码 1；entropy 由各考核对象的数据用熵权法求指标权重；
       topsis 按给定权重与方向（+ 越大越好，- 越小越好）计算各对象的贴近度与排名。不修改输入文件；
       无法使用的单元格逐个列出地址，退出码 2。
periods 多期：按期命名的工作表（2026年1月、2026年第一季度、2025年度……）或“期间/月份/季度”列，
       各期用同一方案考核；列出各期问题、最近一期与上一期相比的名次变化（▲/▼/新）、等次与亮灯变化，
       多年连续第一等次、连续后位（约谈）提示，以及平时考核计入年度的结果。退出码同 check（看最近一期）。
override 人工调整：把一次等次或亮灯调整（须写明理由）追加到“变更记录”工作表，写入新文件，不修改输入
       文件；--clear 撤销调整（同样记录）。check、apply、report 都按变更记录中生效的调整计算并单独标明。
analyze 指标分析、领域分析：总分、各考卷、各指标的均值、中位数、最低与最高（及对象）、标准差，分类别列出，
       并指出拉低本组的对象（低于本组均值一个标准差以上）；工作簿有“指标责任人”工作表（指标 | 责任人）时，
       把各指标结果落到责任人（实绩到人），列出低于 --threshold（默认 60）分的对象。不修改输入文件。

选项：
  --sheet S        指定工作表（默认：含考核表的工作表，按期分表时为最近一期）
  --preset ID      使用预设方案：{presets}
  --scheme F.json  使用方案文件（JSON，格式同“考核方案”工作表）
                   未指定时使用工作簿中的“考核方案”工作表
  --places P       按类别分配名额，如 农村=5,社区=13（第一等次）或 良好:农村=10；覆盖“名额分配”
                   工作表和方案中的分配（工作簿有“名额分配”工作表时自动读取）
  --json           输出 JSON（多个文件时为数组）
  --lang L         输出语言：zh-CN（默认）或 en
  -o, --output F   输出文件：apply、override 为 .xlsx（输入为 .xlsm 时为 .xlsm），report 为 .pdf
  --force          覆盖已存在的输出文件
  --progress       在标准错误输出显示进度（终端中默认显示）
  -h, --help       显示本帮助

示例：
  assess check samples/jiuyuan-2026q1.xlsx
  assess check 报送/*.xlsx --preset zhejiang --json > 校验结果.json
  assess apply samples/zhejiang-2025.xlsx -o 结果.xlsx
  assess report samples/jiuyuan-2026q1.xlsx -o 九原区晾晒表.pdf --issuer 九原区考核办
  assess check 考核表.xlsx --sheet 2026年第一季度 --scheme 方案.json --lang en
  assess weights --method ahp 判断矩阵.xlsx --ri alonso-lamata
  assess periods samples/jiuyuan-2026-monthly.xlsx
  assess report samples/jiuyuan-2026-monthly.xlsx --period 2026年3月 -o 三月通报.pdf
  assess override samples/jiuyuan-2026q1.xlsx --subject 沙河街道 --tier 优秀 --rule 名额线并列 --reason 经考核委员会研究确定 -o 调整后.xlsx
  assess analyze samples/zhejiang-2025.xlsx --threshold 75
  assess weights --method topsis 得分.csv --normalization vector --weights 0.4,0.3,0.3 --directions +,+,-`,
    "en-US": `Usage:
  assess check <file.xlsx>... [--sheet S] [--preset ID | --scheme F.json] [--json] [--lang zh-CN|en]
  assess apply <file.xlsx> -o <out.xlsx> [--force] [same options]
  assess report <file.xlsx> -o <out.pdf> [--parts board,summary,check] [--title T] [--issuer U]
         [--period P] [--date YYYY-MM-DD] [--orientation landscape|portrait] [--previous prev.xlsx]
         [--font fallback.ttf] [--force] [same options]
  assess weights --method ahp|entropy|topsis <file.xlsx|file.csv> [--sheet S] [--json] [--lang zh-CN|en]
         AHP: [--ahp-method eigenvector|geometric|column] [--ri saaty|alonso-lamata|xu-1988]
         entropy: --variant sum|minmax [--directions +,-,+] [--shift 0.0001]
         TOPSIS: --normalization vector|minmax --weights 0.3,0.2,0.5 --directions +,-,+
  assess periods <file.xlsx> [--preset ID | --scheme F.json] [--json] [--lang zh-CN|en]
  assess override <file.xlsx> --subject S (--tier T | --light L | --clear tier|light)
         --reason R -o <out.xlsx> [--group G] [--rule RULE] [--by NAME] [--force] [same options]
  assess analyze <file.xlsx> [--threshold 60] [--sheet S] [--preset ID | --scheme F.json] [--json]
  assess presets                     list the preset schemes
  assess <command> --help            each command's usage and options

check  Quota check of the hand-typed tier column (first-tier share, vetoes, forced bottom,
       order inversions, ties across a line…). Never modifies the input. Exit codes: 0 no
       error; 1 error-level violations; 2 unusable input (missing or corrupt file, no
       recognisable table, invalid scheme). In a batch, one bad file does not stop the rest.
apply  Computes score, rank in group, tier and light, and writes them to a new file with a
       board sheet (晾晒表); never modifies the input; --force to replace an existing output.
report Writes the PDF report: the board (lights, rank change against --previous), the results
       summary (tiers per group against their limits) and the check report (violations, cells,
       proposed fixes), with page numbers and signature lines. Title from the sheet's title row,
       date today, A4 landscape by default; never modifies the input; --force to replace the output.
       With --period naming a period the workbook keeps (2026年3月, 2026Q1, 2026年第一季度 …): the
       one-page bulletin (通报) of that period — the board with the rank change against the period
       before (▲/▼/new), the top and bottom three of each group, tiers against the quota, problems.
weights Weight design from a table with a header row of criterion names and a first column of
       names. ahp: weights and consistency of a judgement matrix (1/3 may be typed), with a
       warning and exit code 1 when CR ≥ 0.10; entropy: entropy weights of the criteria from the
       subjects' values; topsis: closeness and rank of each row under the given weights and
       directions (+ higher is better, - lower is better). Never modifies the input; every
       unusable cell is listed by its address, exit code 2.
periods Several periods: sheets named by period (2026年1月, 2026年第一季度, 2025年度 …) or a
       期间/月份/季度 column, each assessed with the same scheme; the violations of each, the latest
       period against the one before (rank ▲/▼/新, tier and light changes), multi-year flags, and
       the regular assessments rolled into the annual result. Exit codes as check (latest period).
override A reviewer's decision: appends a change of tier or light (a reason is required) to the
       变更记录 sheet of a new workbook, never modifying the input; --clear ends one (recorded too).
       check, apply and report use the decisions in force and mark them.
analyze Indicator and section analysis: for the total, each section and each indicator, the mean,
       median, min and max (and who), standard deviation, per group, and who pulls their group down
       (over one sd below its mean); with a 指标责任人 sheet (indicator | owner), each owner's results
       and the subjects under --threshold (default 60). Never modifies the input.

Options:
  --sheet S        the sheet to read (default: the sheet holding the assessment table; the latest period when kept by period)
  --preset ID      a preset scheme: {presets}
  --scheme F.json  a scheme file (JSON, as in the 考核方案 sheet)
                   without either, the workbook's own 考核方案 sheet is used
  --places P       places per group, e.g. 农村=5,社区=13 (first tier) or 良好:农村=10; replaces the
                   workbook's 名额分配 sheet (read when present) and the scheme's allocation
  --json           JSON output (an array for several files)
  --lang L         output language: zh-CN (default) or en
  -o, --output F   output file: .xlsx for apply and override (.xlsm for an .xlsm input), .pdf for report
  --force          replace an existing output file
  --progress       progress on stderr (on by default in a terminal)
  -h, --help       this help

Examples:
  assess check samples/jiuyuan-2026q1.xlsx
  assess check submissions/*.xlsx --preset zhejiang --json > results.json
  assess apply samples/zhejiang-2025.xlsx -o results.xlsx
  assess report samples/jiuyuan-2026q1.xlsx -o board.pdf --parts board,check --lang en
  assess check table.xlsx --sheet Q1 --scheme scheme.json --lang en
  assess weights --method ahp matrix.xlsx --ri alonso-lamata --lang en
  assess report samples/jiuyuan-2026-monthly.xlsx --period 2026-03 -o bulletin.pdf --lang en
  assess override samples/jiuyuan-2026q1.xlsx --subject 沙河街道 --tier 优秀 --rule TIE_AT_BOUNDARY --reason "decided by the committee" -o decided.xlsx --lang en
  assess analyze samples/zhejiang-2025.xlsx --threshold 75 --lang en
  assess weights --method topsis scores.csv --normalization vector --weights 0.4,0.3,0.3 --directions +,+,-`,
  },
  "cli.help.check": {
    "zh-CN": `用法：assess check <文件.xlsx>... [选项]

配额校验：读取每个文件中的考核表，核对手填的等次列（优秀比例、一票否决、后位比例、排序倒挂、
并列跨线……），不修改输入文件。可一次校验多个文件，一个文件出错不影响其余文件。

选项：
  --sheet S          指定工作表（默认：含考核表的工作表，按期分表时为最近一期）
  --preset ID        使用预设方案：{presets}
  --scheme F.json    使用方案文件；两者都未指定时使用工作簿中的“考核方案”工作表
  --places P         按类别分配名额，如 农村=5,社区=13（第一等次）或 良好:农村=10
  --header-row N     表头所在的行（默认自动识别）
  --columns R=列     指定列：score=D 或 score=复核得分；name、group、tier、veto、unit 同理，逗号分隔
  --group-rows, --no-group-rows   把分组标题行当作类别，或不当作
  --max-rows N, --max-part-mb N   提高读取上限（行数、解压后大小 MB）
  --json             输出 JSON（多个文件时为数组）
  --lang L           输出语言：zh-CN（默认）或 en
  --progress         在标准错误输出显示进度（终端中默认显示）
  -h, --help         显示本说明

退出码：0 无错误级问题；1 有错误级问题；2 输入无法使用（文件缺失或损坏、找不到考核表、方案无效）或参数错误。

示例：
  assess check samples/jiuyuan-2026q1.xlsx
  assess check 报送/*.xlsx --preset zhejiang --json > 校验结果.json`,
    "en-US": `Usage: assess check <file.xlsx>... [options]

Quota check: reads the assessment table of each file and checks the hand-typed tier column
(first-tier share, vetoes, forced bottom, order inversions, ties across a line…). Never modifies
the input. Several files at once: one bad file does not stop the rest.

Options:
  --sheet S          the sheet to read (default: the sheet holding the assessment table; the latest period when kept by period)
  --preset ID        a preset scheme: {presets}
  --scheme F.json    a scheme file; without either, the workbook's own 考核方案 sheet
  --places P         places per group: 农村=5,社区=13 (first tier) or 良好:农村=10
  --header-row N     the header's row (default: found by itself)
  --columns R=COL    name a column: score=D or score=复核得分; also name, group, tier, veto, unit, comma-separated
  --group-rows, --no-group-rows   read group label rows as groups, or not
  --max-rows N, --max-part-mb N   raise the reader's limits (rows, inflated MB)
  --json             JSON output (an array for several files)
  --lang L           output language: zh-CN (default) or en
  --progress         progress on stderr (on by default in a terminal)
  -h, --help         this help

Exit codes: 0 no error-level violation; 1 error-level violations; 2 unusable input (missing or
corrupt file, no table, invalid scheme) or bad arguments.

Examples:
  assess check samples/jiuyuan-2026q1.xlsx
  assess check submissions/*.xlsx --preset zhejiang --json > results.json`,
  },
  "cli.help.apply": {
    "zh-CN": `用法：assess apply <文件.xlsx> -o <输出.xlsx> [选项]

计算得分、组内排名、等次、亮灯，写入新的工作簿：表格右侧的【计算】列、“晾晒表”和“考核方案”
工作表；其余内容原样保留。不修改输入文件。

选项：
  -o, --output F     输出的工作簿：.xlsx（输入为 .xlsm 时为 .xlsm），所在文件夹须已存在，不能是输入文件
  --force            覆盖已存在的输出文件
  --sheet S          指定工作表（默认：含考核表的工作表，按期分表时为最近一期）
  --preset ID        使用预设方案：{presets}
  --scheme F.json    使用方案文件；两者都未指定时使用工作簿中的“考核方案”工作表
  --places P         按类别分配名额，如 农村=5,社区=13（第一等次）或 良好:农村=10
  --header-row N     表头所在的行（默认自动识别）
  --columns R=列     指定列：score=D 或 score=复核得分；name、group、tier、veto、unit 同理，逗号分隔
  --group-rows, --no-group-rows   把分组标题行当作类别，或不当作
  --max-rows N, --max-part-mb N   提高读取上限（行数、解压后大小 MB）
  --json             在标准输出打印校验结果的 JSON
  --lang L           输出语言：zh-CN（默认）或 en
  --progress         在标准错误输出显示进度（终端中默认显示）
  -h, --help         显示本说明

退出码：0 已写入，无错误级问题；1 已写入，但仍有错误级问题（同 check）；2 未写入：输入无法使用或参数错误。

示例：
  assess apply samples/zhejiang-2025.xlsx -o 结果.xlsx`,
    "en-US": `Usage: assess apply <file.xlsx> -o <out.xlsx> [options]

Computes score, rank in group, tier and light and writes a new workbook: the 【计算】 columns right
of the table, the 晾晒表 (board) and 考核方案 sheets; everything else is kept. Never modifies the input.

Options:
  -o, --output F     the workbook to write: .xlsx (.xlsm for an .xlsm input), in a folder that exists, never the input
  --force            replace an existing output file
  --sheet S          the sheet to read (default: the sheet holding the assessment table; the latest period when kept by period)
  --preset ID        a preset scheme: {presets}
  --scheme F.json    a scheme file; without either, the workbook's own 考核方案 sheet
  --places P         places per group: 农村=5,社区=13 (first tier) or 良好:农村=10
  --header-row N     the header's row (default: found by itself)
  --columns R=COL    name a column: score=D or score=复核得分; also name, group, tier, veto, unit, comma-separated
  --group-rows, --no-group-rows   read group label rows as groups, or not
  --max-rows N, --max-part-mb N   raise the reader's limits (rows, inflated MB)
  --json             the check's JSON on stdout
  --lang L           output language: zh-CN (default) or en
  --progress         progress on stderr (on by default in a terminal)
  -h, --help         this help

Exit codes: 0 written, no error-level violation; 1 written, but error-level violations remain (as
check says); 2 nothing written: unusable input or bad arguments.

Example:
  assess apply samples/zhejiang-2025.xlsx -o results.xlsx`,
  },
  "cli.help.report": {
    "zh-CN": `用法：assess report <文件.xlsx> -o <输出.pdf> [选项]

生成 PDF 报告：晾晒表（亮灯、与上期相比的名次变化）、考核结果汇总（各类别等次数与名额）、配额校验
报告（问题、单元格、处理建议），附页码与制表人、审核人签字栏。不修改输入文件。
工作簿按期保存（工作表 2026年1月、2026年2月……或“期间”列）而未给 --period、--sheet 时，报告最近
一期，名次变化与上一期比较，并在第一行说明。

选项：
  -o, --output F     输出的 PDF 文件（须以 .pdf 结尾），所在文件夹须已存在
  --force            覆盖已存在的输出文件
  --parts P          board、summary、check 中的一项或几项，逗号分隔（默认全部）
  --title T          标题（默认：表格上方的标题行）
  --issuer U         发文单位
  --period P         工作簿中的一期（2026年3月、2026Q1、2026年第一季度……）：生成该期的一页通报
  --date YYYY-MM-DD  日期（默认今天）
  --orientation O    landscape（横向，默认）或 portrait（纵向）
  --previous F.xlsx  上期工作簿：晾晒表列出名次变化（▲/▼/新）
  --font F.ttf       备用字体，绘制默认字体缺少的字（可给多个）
  --sheet S          指定工作表（默认：含考核表的工作表，按期分表时为最近一期）
  --preset ID        使用预设方案：{presets}
  --scheme F.json    使用方案文件；两者都未指定时使用工作簿中的“考核方案”工作表
  --places P         按类别分配名额，如 农村=5,社区=13
  --lang L           输出语言：zh-CN（默认）或 en
  --progress         在标准错误输出显示进度（终端中默认显示）
  -h, --help         显示本说明

退出码：0 已写入；2 未写入：输入无法使用或参数错误。

示例：
  assess report samples/jiuyuan-2026q1.xlsx -o 九原区晾晒表.pdf --issuer 九原区考核办
  assess report samples/jiuyuan-2026-monthly.xlsx --period 2026年3月 -o 三月通报.pdf`,
    "en-US": `Usage: assess report <file.xlsx> -o <out.pdf> [options]

Writes the PDF report: the board (lights, rank change against the period before), the results
summary (tiers per group against their limits) and the check report (violations, cells, fixes),
with page numbers and signature lines. Never modifies the input.
For a workbook kept by period (sheets 2026年1月, 2026年2月 … or a 期间 column) without --period or
--sheet: the latest period, its rank changes against the one before, said on the first line.

Options:
  -o, --output F     the PDF file to write (ending in .pdf), in a folder that exists
  --force            replace an existing output file
  --parts P          one or more of board, summary, check, comma-separated (default: all)
  --title T          title (default: the title row above the table)
  --issuer U         issuing office
  --period P         a period of the workbook (2026年3月, 2026Q1, 2026年第一季度 …): its one-page bulletin
  --date YYYY-MM-DD  date (default: today)
  --orientation O    landscape (default) or portrait
  --previous F.xlsx  the previous period's workbook: the board shows rank changes (▲/▼/new)
  --font F.ttf       fallback font for characters the default font lacks (may be repeated)
  --sheet S          the sheet to read (default: the sheet holding the assessment table; the latest period when kept by period)
  --preset ID        a preset scheme: {presets}
  --scheme F.json    a scheme file; without either, the workbook's own 考核方案 sheet
  --places P         places per group, e.g. 农村=5,社区=13
  --lang L           output language: zh-CN (default) or en
  --progress         progress on stderr (on by default in a terminal)
  -h, --help         this help

Exit codes: 0 written; 2 nothing written: unusable input or bad arguments.

Examples:
  assess report samples/jiuyuan-2026q1.xlsx -o board.pdf --parts board,check --lang en
  assess report samples/jiuyuan-2026-monthly.xlsx --period 2026-03 -o bulletin.pdf --lang en`,
  },
  "cli.help.weights": {
    "zh-CN": `用法：assess weights --method ahp|entropy|topsis <文件.xlsx|文件.csv> [选项]

权重设计：读取第一个工作表（或 --sheet）或 CSV 文件中的表格——一行表头（指标名称）、首列为名称。
  ahp      由判断矩阵（可填 1/3）求权重并做一致性检验；CR ≥ 0.10 时给出提醒、退出码 1
           [--ahp-method eigenvector|geometric|column] [--ri saaty|alonso-lamata|xu-1988]
  entropy  由各考核对象的数据用熵权法求指标权重
           --variant sum|minmax [--directions +,-,+] [--shift 0.0001]
  topsis   按给定权重与方向计算各对象的贴近度与排名
           --normalization vector|minmax --weights 0.3,0.2,0.5 --directions +,-,+
考核表（含单位、类别、总分、等次等列）用于 entropy、topsis 时，自动选取指标列（数值列，不含名称、
类别、等次、总分、排名等），并在第一行说明；用 --columns 指定。不修改输入文件。

选项：
  -m, --method M     ahp、entropy 或 topsis（必填）
  --columns C        entropy、topsis 使用的列：表头文字或列号，逗号分隔，如 招商引资,项目建设 或 D,E,F
  --sheet S          指定工作表（默认第一个）
  --json             输出 JSON
  --lang L           输出语言：zh-CN（默认）或 en
  -h, --help         显示本说明

退出码：0 已计算；1 判断矩阵未通过一致性检验（或无法判断）；2 输入无法使用（逐个列出单元格地址）或参数错误。

示例：
  assess weights --method ahp 判断矩阵.xlsx --ri alonso-lamata
  assess weights --method entropy --variant sum samples/zhejiang-2025.xlsx
  assess weights --method topsis 得分.csv --normalization vector --weights 0.4,0.3,0.3 --directions +,+,-`,
    "en-US": `Usage: assess weights --method ahp|entropy|topsis <file.xlsx|file.csv> [options]

Weight design from the first sheet (or --sheet) of a workbook, or a CSV file: a header row of
criterion names over a first column of names.
  ahp      weights and consistency of a judgement matrix (1/3 may be typed); exit 1 when CR ≥ 0.10
           [--ahp-method eigenvector|geometric|column] [--ri saaty|alonso-lamata|xu-1988]
  entropy  entropy weights of the criteria from the subjects' values
           --variant sum|minmax [--directions +,-,+] [--shift 0.0001]
  topsis   closeness and rank of each row under the given weights and directions
           --normalization vector|minmax --weights 0.3,0.2,0.5 --directions +,-,+
On an assessment table (with name, group, total, tier columns…) entropy and topsis pick the
indicator columns (numeric, not name, group, tier, total or rank) and say which on the first
line; --columns names them. Never modifies the input.

Options:
  -m, --method M     ahp, entropy or topsis (required)
  --columns C        the columns entropy and topsis use: header texts or letters, comma-separated (招商引资,项目建设 or D,E,F)
  --sheet S          the sheet to read (default: the first)
  --json             JSON output
  --lang L           output language: zh-CN (default) or en
  -h, --help         this help

Exit codes: 0 computed; 1 the matrix is not (or cannot be shown to be) consistent; 2 unusable
input (every bad cell named by its address) or bad arguments.

Examples:
  assess weights --method ahp matrix.xlsx --ri alonso-lamata --lang en
  assess weights --method entropy --variant sum samples/zhejiang-2025.xlsx --lang en
  assess weights --method topsis scores.csv --normalization vector --weights 0.4,0.3,0.3 --directions +,+,-`,
  },
  "cli.help.periods": {
    "zh-CN": `用法：assess periods <文件.xlsx> [选项]

多期：按期命名的工作表（2026年1月、2026年第一季度、2025年度……）或“期间/月份/季度”列，各期用同一
方案考核；列出各期问题、最近一期与上一期相比的变化（按类别、再按名次排列：名次 ▲/▼/新、等次与亮灯
变化）、多年连续第一等次与连续后位提示、平时考核计入年度的结果、各期均值趋势。不修改输入文件。

选项：
  --preset ID        使用预设方案：{presets}
  --scheme F.json    使用方案文件；两者都未指定时使用工作簿中的“考核方案”工作表
  --places P         按类别分配名额，如 农村=5,社区=13（代替“名额分配”工作表）
  --columns R=列     各期工作表按表头指定列：score=复核得分；name、group、tier、veto、unit 同理
  --group-rows, --no-group-rows   把分组标题行当作类别，或不当作
  --json             输出 JSON
  --lang L           输出语言：zh-CN（默认）或 en
  -h, --help         显示本说明

退出码：同 check（看最近一期）：0 无错误级问题；1 有错误级问题；2 输入无法使用或参数错误。

示例：
  assess periods samples/jiuyuan-2026-monthly.xlsx`,
    "en-US": `Usage: assess periods <file.xlsx> [options]

Several periods: sheets named by period (2026年1月, 2026年第一季度, 2025年度 …) or a 期间/月份/季度
column, each assessed with the same scheme: each period's violations, the latest period against
the one before (by group, then by rank: rank ▲/▼/new, tier and light changes), multi-year flags,
the regular assessments rolled into the annual result, and the means per period. Never modifies
the input.

Options:
  --preset ID        a preset scheme: {presets}
  --scheme F.json    a scheme file; without either, the workbook's own 考核方案 sheet
  --places P         places per group: 农村=5,社区=13 (over the 名额分配 sheet)
  --columns R=COL    name a column in every period's sheet: score=复核得分; also name, group, tier, veto, unit
  --group-rows, --no-group-rows   read group label rows as groups, or not
  --json             JSON output
  --lang L           output language: zh-CN (default) or en
  -h, --help         this help

Exit codes as check, for the latest period: 0 no error-level violation; 1 error-level
violations; 2 unusable input or bad arguments.

Example:
  assess periods samples/jiuyuan-2026-monthly.xlsx --lang en`,
  },
  "cli.help.override": {
    "zh-CN": `用法：assess override <文件.xlsx> --subject 对象 (--tier 等次 | --light 灯色 | --clear tier|light)
              --reason 理由 -o <输出.xlsx> [选项]

人工调整：把一次等次或亮灯调整（须写明理由）追加到“变更记录”工作表，写入新的工作簿，不修改输入
文件；--clear 撤销调整（同样记录）。check、apply、report 都按变更记录中生效的调整计算并单独标明。

选项：
  -o, --output F     输出的工作簿：.xlsx（输入为 .xlsm 时为 .xlsm），所在文件夹须已存在，不能是输入文件
  --force            覆盖已存在的输出文件
  --subject S        考核对象（名称）
  --group G          类别（名称在几个类别中都有时）
  --tier T           调整为的等次
  --light L          调整为的亮灯：绿、黄、红
  --clear F          撤销等次（tier）或亮灯（light）的调整
  --reason R         理由（必填）
  --rule RULE        涉及的规则，如 名额线并列、一票否决
  --by NAME          操作人
  --sheet S          指定工作表（默认：含考核表的工作表，按期分表时为最近一期）
  --preset ID        使用预设方案：{presets}
  --scheme F.json    使用方案文件；两者都未指定时使用工作簿中的“考核方案”工作表
  --lang L           输出语言：zh-CN（默认）或 en
  --progress         在标准错误输出显示进度
  -h, --help         显示本说明

退出码：0 已写入，无错误级问题；1 已写入，但仍有错误级问题；2 未写入：调整无效、输入无法使用或参数错误。

示例：
  assess override samples/jiuyuan-2026q1.xlsx --subject 沙河街道 --tier 优秀 --rule 名额线并列 --reason 经考核委员会研究确定 -o 调整后.xlsx`,
    "en-US": `Usage: assess override <file.xlsx> --subject S (--tier T | --light L | --clear tier|light)
              --reason R -o <out.xlsx> [options]

A reviewer's decision: appends a change of tier or light (a reason is required) to the 变更记录
sheet of a new workbook, never modifying the input; --clear ends one (recorded too). check, apply
and report use the decisions in force and mark them.

Options:
  -o, --output F     the workbook to write: .xlsx (.xlsm for an .xlsm input), in a folder that exists, never the input
  --force            replace an existing output file
  --subject S        the subject (its name)
  --group G          its group (when the name is in several groups)
  --tier T           the tier decided
  --light L          the light decided: green, yellow, red
  --clear F          end the decision on the tier or the light
  --reason R         the reason (required)
  --rule RULE        the rule concerned, e.g. TIE_AT_BOUNDARY, VETO
  --by NAME          who decided
  --sheet S          the sheet to read (default: the sheet holding the assessment table; the latest period when kept by period)
  --preset ID        a preset scheme: {presets}
  --scheme F.json    a scheme file; without either, the workbook's own 考核方案 sheet
  --lang L           output language: zh-CN (default) or en
  --progress         progress on stderr
  -h, --help         this help

Exit codes: 0 written, no error-level violation; 1 written, but error-level violations remain; 2
nothing written: invalid decision, unusable input or bad arguments.

Example:
  assess override samples/jiuyuan-2026q1.xlsx --subject 沙河街道 --tier 优秀 --rule TIE_AT_BOUNDARY --reason "decided by the committee" -o decided.xlsx --lang en`,
  },
  "cli.help.analyze": {
    "zh-CN": `用法：assess analyze <文件.xlsx> [选项]

指标分析：总分、各考卷、各指标的均值、中位数、最低与最高（及对象）、标准差，分类别列出，并指出
拉低本组的对象（低于本组均值一个标准差以上）；工作簿有“指标责任人”工作表（指标 | 责任人）时，
把各指标结果落到责任人（实绩到人）。不修改输入文件。

选项：
  --threshold N      责任人名下低于 N 分的对象（默认 60）
  --sheet S          指定工作表（默认：含考核表的工作表，按期分表时为最近一期）
  --preset ID        使用预设方案：{presets}
  --scheme F.json    使用方案文件；两者都未指定时使用工作簿中的“考核方案”工作表
  --json             输出 JSON
  --lang L           输出语言：zh-CN（默认）或 en
  -h, --help         显示本说明

退出码：0 已分析；2 输入无法使用或参数错误。

示例：
  assess analyze samples/zhejiang-2025.xlsx --threshold 75`,
    "en-US": `Usage: assess analyze <file.xlsx> [options]

Indicator analysis: for the total, each section and each indicator, the mean, median, min and max
(and who), standard deviation, per group, and who pulls their group down (over one sd below its
mean); with a 指标责任人 sheet (indicator | owner), each owner's results. Never modifies the input.

Options:
  --threshold N      subjects under N on an owner's indicators (default 60)
  --sheet S          the sheet to read (default: the sheet holding the assessment table; the latest period when kept by period)
  --preset ID        a preset scheme: {presets}
  --scheme F.json    a scheme file; without either, the workbook's own 考核方案 sheet
  --json             JSON output
  --lang L           output language: zh-CN (default) or en
  -h, --help         this help

Exit codes: 0 analysed; 2 unusable input or bad arguments.

Example:
  assess analyze samples/zhejiang-2025.xlsx --threshold 75 --lang en`,
  },
  "cli.help.presets": {
    "zh-CN": `用法：assess presets [--lang zh-CN|en]

列出预设方案及其来源；用 --preset ID 选用。`,
    "en-US": `Usage: assess presets [--lang zh-CN|en]

Lists the preset schemes with their sources; choose one with --preset ID.`,
  },
  "cli.badArgs": { "zh-CN": "参数错误：{detail}。用 {help} 查看用法", "en-US": "bad arguments: {detail}. See {help}" },
  "cli.unknownCommand": {
    "zh-CN": "未知命令“{command}”，可用：check、apply、report、weights、periods、override、analyze、presets",
    "en-US": "unknown command “{command}”; use check, apply, report, weights, periods, override, analyze or presets",
  },
  "cli.errorsRemain": {
    "zh-CN": "{out} 已写入，但仍有 {count} 项错误级问题（退出码 1）；用 assess check {out} 查看",
    "en-US": "{out} is written, but {count} error-level problems remain (exit 1); see assess check {out}",
  },
  "cli.arg.unknown": { "zh-CN": "没有选项 {option}", "en-US": "there is no option {option}" },
  "cli.arg.unknownNear": { "zh-CN": "没有选项 {option}（是否应为 {nearest}）", "en-US": "there is no option {option} (did you mean {nearest}?)" },
  "cli.arg.missing": { "zh-CN": "选项 {option} 后缺少取值", "en-US": "option {option} needs a value" },
  "cli.arg.noValue": { "zh-CN": "选项 {option} 不带取值", "en-US": "option {option} takes no value" },
  "cli.arg.enum": { "zh-CN": "{option} 的取值“{value}”无效，可选：{values}", "en-US": "{option}: “{value}” is not one of {values}" },
  "cli.arg.invalid": { "zh-CN": "{option} 的取值“{value}”无效", "en-US": "{option}: “{value}” is not valid" },
  "cli.output.pdfOnly": {
    "zh-CN": "PDF 报告请输出到 .pdf 文件：-o {path} 不是 .pdf（例如 -o {suggest}）；写出 Excel 结果请用 assess apply",
    "en-US": "the PDF report must be written to a .pdf file: -o {path} is not .pdf (e.g. -o {suggest}); for an Excel result use assess apply",
  },
  "cli.output.workbookOnly": {
    "zh-CN": "{command} 写出的是与输入 {input} 同类的 Excel 工作簿，请输出到 {ext} 文件：-o {path} 不是 {ext}（例如 -o {suggest}）",
    "en-US": "{command} writes an Excel workbook of the same kind as {input}: write it to a {ext} file; -o {path} is not {ext} (e.g. -o {suggest})",
  },
  "cli.output.workbookNotPdf": {
    "zh-CN": "{command} 写出的是与输入 {input} 同类的 Excel 工作簿，请输出到 {ext} 文件：-o {path} 不是 {ext}（例如 -o {suggest}）；PDF 报告请用 assess report",
    "en-US": "{command} writes an Excel workbook of the same kind as {input}: write it to a {ext} file; -o {path} is not {ext} (e.g. -o {suggest}); for a PDF report use assess report",
  },
  "cli.noFiles": { "zh-CN": "没有给出要处理的 .xlsx 文件", "en-US": "no .xlsx file given" },
  "cli.applyOneFile": { "zh-CN": "apply 一次处理一个文件", "en-US": "apply takes exactly one input file" },
  "cli.noOutput": { "zh-CN": "apply 需要 -o <输出.xlsx>", "en-US": "apply needs -o <out.xlsx>" },
  "cli.presetAndScheme": { "zh-CN": "--preset 与 --scheme 只能选一个", "en-US": "give --preset or --scheme, not both" },
  "cli.noScheme": {
    "zh-CN": "{file}：没有考核方案。请用 --preset（{presets}）或 --scheme 方案.json 指定，或在工作簿中加入“考核方案”工作表",
    "en-US": "{file}: no scheme. Give --preset ({presets}) or --scheme scheme.json, or add a 考核方案 sheet to the workbook",
  },
  "cli.schemeNotObject": {
    "zh-CN": "方案文件 {path} 的内容是 {value}，不是方案：应为一个 JSON 对象（{ \"id\": …, \"tiers\": [ … ] }）",
    "en-US": "scheme file {path} holds {value}, not a scheme: it must be one JSON object ({ \"id\": …, \"tiers\": [ … ] })",
  },
  "cli.schemeFile": { "zh-CN": "无法读取方案文件 {path}：{detail}", "en-US": "cannot read scheme file {path}: {detail}" },
  "cli.allocationInvalid": { "zh-CN": "{file}：名额分配无法使用：{problems}", "en-US": "{file}: the allocation of places cannot be used: {problems}" },
  "cli.schemeInvalid": { "zh-CN": "{source}中的考核方案无效：{issues}", "en-US": "the scheme in {source} is invalid: {issues}" },
  "cli.schemeFromSheet": { "zh-CN": "工作簿的“考核方案”工作表", "en-US": "the workbook's 考核方案 sheet" },
  "cli.missingColumns": {
    "zh-CN": "{file}：工作表“{sheet}”缺少方案所需的列：{columns}",
    "en-US": "{file}: sheet “{sheet}” lacks columns the scheme needs: {columns}",
  },
  "cli.noScore": {
    "zh-CN": "{file}：工作表“{sheet}”没有得分列（总分/得分），方案也没有指标权重",
    "en-US": "{file}: sheet “{sheet}” has no score column (总分/得分) and the scheme defines no indicators",
  },
  "cli.unexpected": { "zh-CN": "{file}：处理时出错：{detail}", "en-US": "{file}: unexpected error: {detail}" },
  "cli.summary": {
    "zh-CN": "{file} · 工作表“{sheet}” · {scheme} · {subjects} 个考核对象",
    "en-US": "{file} · sheet “{sheet}” · {scheme} · {subjects} subjects",
  },
  "cli.group": { "zh-CN": "{group}（{n} 个）", "en-US": "{group} ({n})" },
  "cli.allGroups": { "zh-CN": "全部", "en-US": "all" },
  "cli.verdictClean": { "zh-CN": "✓ 未发现问题", "en-US": "✓ no violations" },
  "cli.verdict": { "zh-CN": "错误 {errors} 项，提醒 {warnings} 项", "en-US": (p) => `${count(p.errors, "error")}, ${count(p.warnings, "warning")}` },
  "cli.cells": { "zh-CN": "单元格：", "en-US": "cells: " },
  "cli.fix": { "zh-CN": "建议：", "en-US": "fix: " },
  "cli.more": { "zh-CN": "……另有 {n} 个", "en-US": "… and {n} more" },
  "cli.computedCounts": {
    "zh-CN": "（表中没有等次列：以下为按方案计算的等次分布）",
    "en-US": "(the table has no tier column: counts below are the computed tiers)",
  },
  "cli.written": {
    "zh-CN": "已写入 {out}：{rows} 行结果（列：{columns}）与“{board}”工作表",
    "en-US": "wrote {out}: {rows} rows of results (columns: {columns}) and the “{board}” sheet",
  },
  "cli.progressRead": { "zh-CN": "[{i}/{n}] 读取 {file}…", "en-US": "[{i}/{n}] reading {file}…" },
  "cli.progressEval": { "zh-CN": "[{i}/{n}] 评估 {rows} 行…", "en-US": "[{i}/{n}] assessing {rows} rows…" },
  "cli.progressWrite": { "zh-CN": "写入 {out}…", "en-US": "writing {out}…" },
  "cli.presetLine": { "zh-CN": "{id}\t{name}\n\t来源：{source}", "en-US": "{id}\t{name}\n\tsource: {source}" },
} satisfies Record<string, Entry>;
