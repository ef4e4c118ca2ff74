/**
 * Catalogue part for the `assess` command line. Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./index";

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
  --sheet S        指定工作表（默认：第一个含考核表的工作表）
  --preset ID      使用预设方案：{presets}
  --scheme F.json  使用方案文件（JSON，格式同“考核方案”工作表）
                   未指定时使用工作簿中的“考核方案”工作表
  --places P       按类别分配名额，如 农村=5,社区=13（第一等次）或 良好:农村=10；覆盖“名额分配”
                   工作表和方案中的分配（工作簿有“名额分配”工作表时自动读取）
  --json           输出 JSON（多个文件时为数组）
  --lang L         输出语言：zh-CN（默认）或 en
  -o, --output F   apply 的输出文件
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
  --sheet S        the sheet to read (default: the first sheet holding an assessment table)
  --preset ID      a preset scheme: {presets}
  --scheme F.json  a scheme file (JSON, as in the 考核方案 sheet)
                   without either, the workbook's own 考核方案 sheet is used
  --places P       places per group, e.g. 农村=5,社区=13 (first tier) or 良好:农村=10; replaces the
                   workbook's 名额分配 sheet (read when present) and the scheme's allocation
  --json           JSON output (an array for several files)
  --lang L         output language: zh-CN (default) or en
  -o, --output F   output file of apply
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
  "cli.badArgs": { "zh-CN": "参数错误：{detail}。用 assess --help 查看用法", "en-US": "bad arguments: {detail}. See assess --help" },
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
  "cli.verdict": { "zh-CN": "错误 {errors} 项，提醒 {warnings} 项", "en-US": "{errors} errors, {warnings} warnings" },
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
