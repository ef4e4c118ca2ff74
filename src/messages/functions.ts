/**
 * Catalogue part for the custom functions (ASSESS.*): what a clerk reads on a #VALUE! or #N/A.
 * Merged into the one catalogue in `messages.ts`. Cell problems reuse the engine's BAD_CELL /
 * MISSING_VALUE texts, with the cell named by `fn.where`.
 */
import type { Entry } from "./index";

export const functionMessages = {
  "fn.where": { "zh-CN": "区域第 {row} 行第 {col} 列", "en-US": "row {row}, column {col} of the range" },
  "fn.argument": { "zh-CN": "参数 {name}", "en-US": "argument {name}" },
  "fn.notInRange": {
    "zh-CN": (p) => `${p.score} 不在排名区域中${p.group ? `（类别“${p.group}”）` : ""}；请确认本单元格的分数在区域之内`,
    "en-US": (p) => `${p.score} is not in the range${p.group ? ` (group “${p.group}”)` : ""}; check that this cell's score is inside the range`,
  },
  "fn.noScheme": {
    "zh-CN": "未设置考核方案：请在任务窗格中设置方案，或在参数中填写预设方案名称（如 \"jiuyuan\"），或给出等次表；可选预设：{ids}",
    "en-US": "no scheme is set: set one in the task pane, give a preset name (e.g. \"jiuyuan\") or a tier table; presets: {ids}",
  },
  "fn.tierTableCell": {
    "zh-CN": "等次表第 {row} 行第 {col} 列的值“{value}”无效（第 2 列为分数线，第 3 列为比例如 30% 或名额如 9）",
    "en-US": "tier table row {row}, column {col}: “{value}” is invalid (column 2 is a threshold, column 3 a share such as 30% or a number of places such as 9)",
  },
  "fn.lengthMismatch": {
    "zh-CN": "{a}与{b}的单元格个数不同（{n} 与 {m}）",
    "en-US": "{a} and {b} differ in size ({n} and {m} cells)",
  },
  "fn.groupNeeded": {
    "zh-CN": "给出了类别区域时，也须给出本行的类别",
    "en-US": "with a group range, also give this row's group",
  },
  "fn.noLights": {
    "zh-CN": "未设置亮灯规则：请填写绿灯、红灯的个数（如 4 和 3）或比例（如 30%）",
    "en-US": "no light rule: give the green and red counts (e.g. 4 and 3) or shares (e.g. 30%)",
  },
  "fn.badCount": {
    "zh-CN": "{name}“{value}”应为个数（如 4）或比例（如 30%）",
    "en-US": "{name} “{value}” must be a count (e.g. 4) or a share (e.g. 30%)",
  },
  "fn.badOption": {
    "zh-CN": "{name}“{value}”无效，可选：{options}",
    "en-US": "{name} “{value}” is invalid; choose one of: {options}",
  },
  "fn.noQuota": { "zh-CN": "“{tier}”等次没有名额限制", "en-US": "tier “{tier}” has no quota" },
  "fn.votesValues": {
    "zh-CN": "{n} 档票数需要各档分值（默认分值只适用于 4 档：优秀 100、称职 80、基本称职 60、不称职 0）",
    "en-US": "{n} vote counts need the grades' values (the default values are for 4 grades: 100, 80, 60, 0)",
  },
  "fn.emptyRange": { "zh-CN": "{name}中没有数值", "en-US": "{name} holds no values" },
  "fn.text": { "zh-CN": "{text}", "en-US": "{text}" },
  "fn.moreProblems": { "zh-CN": "（另有 {n} 处问题）", "en-US": " ({n} more problems)" },
  "fn.required": { "zh-CN": "须填写{name}（没有默认值：不同选择的结果不同）", "en-US": "{name} is required (no default: the choices give different results)" },
  "fn.blankDirection": { "zh-CN": "{cell} 的方向为空白：请填写 +（正向，越大越好）或 -（逆向，越小越好）", "en-US": "{cell}: the direction is blank; write + (higher is better) or - (lower is better)" },
  "fn.param.output": { "zh-CN": "输出", "en-US": "output" },
  "fn.param.method": { "zh-CN": "方法", "en-US": "method" },
  "fn.param.ri": { "zh-CN": "RI 表", "en-US": "RI table" },
  "fn.param.variant": { "zh-CN": "熵权法类型（sum 比重法 / minmax 极差法）", "en-US": "the entropy variant (sum / minmax)" },
  "fn.param.normalization": { "zh-CN": "标准化方法（vector 向量 / minmax 极差）", "en-US": "the normalization (vector / minmax)" },
  "fn.param.data": { "zh-CN": "数据", "en-US": "data" },
  "fn.param.values": { "zh-CN": "数值", "en-US": "values" },
  "fn.param.weights": { "zh-CN": "权重", "en-US": "weights" },
  "fn.param.scores": { "zh-CN": "分数区域", "en-US": "scores" },
  "fn.param.groups": { "zh-CN": "类别区域", "en-US": "groups" },
  "fn.param.caps": { "zh-CN": "一票否决区域", "en-US": "vetoes" },
  "fn.param.tiers": { "zh-CN": "等次区域", "en-US": "tiers" },
  "fn.param.counts": { "zh-CN": "票数", "en-US": "vote counts" },
  "fn.param.green": { "zh-CN": "绿灯", "en-US": "green" },
  "fn.param.red": { "zh-CN": "红灯", "en-US": "red" },
  "fn.param.direction": { "zh-CN": "方向", "en-US": "direction" },
  "fn.param.style": { "zh-CN": "样式", "en-US": "style" },
  "fn.param.show": { "zh-CN": "显示", "en-US": "show" },
  "field.value": { "zh-CN": "数值", "en-US": "value" },
  "field.weight": { "zh-CN": "权重", "en-US": "weight" },
  "field.actual": { "zh-CN": "实际值", "en-US": "actual value" },
  "field.target": { "zh-CN": "目标值", "en-US": "target" },
  "field.votes": { "zh-CN": "票数", "en-US": "vote count" },
  "field.option": { "zh-CN": "参数", "en-US": "option" },
  "fn.param.scheme": { "zh-CN": "等次表", "en-US": "tier table" },
  "fn.whereIn": { "zh-CN": "{name}第 {row} 行第 {col} 列", "en-US": "row {row}, column {col} of {name}" },
} satisfies Record<string, Entry>;
