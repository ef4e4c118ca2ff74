/**
 * Catalogue part for weight design (层次分析法 AHP, 熵权法, TOPSIS): engine problems, CLI and pane texts.
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./messages";

/** 权重/方向 or weights/directions, for LENGTH_MISMATCH and the weight problems. */
const listZh = (what: unknown) => (what === "directions" ? "方向" : "权重");
const listEn = (what: unknown) => (what === "directions" ? "directions" : "weights");

export const weightMessages = {
  // ── engine problems (mcdmMessage) ──────────────────────────────────────────────────
  "mcdm.where": { "zh-CN": "第 {row} 行第 {col} 列", "en-US": "row {row}, column {col}" },
  "mcdm.column": { "zh-CN": "第 {col} 列", "en-US": "column {col}" },
  "mcdm.NOT_SQUARE": {
    "zh-CN": (p) =>
      p.row !== ""
        ? `判断矩阵第 ${p.row} 行有 ${p.value} 个数，应为 ${p.expected} 个（判断矩阵须为方阵）`
        : `判断矩阵须为方阵（行数与列数相同），现为 ${p.value}（行 × 列）`,
    "en-US": (p) =>
      p.row !== ""
        ? `row ${p.row} of the judgement matrix has ${p.value} values, not ${p.expected} (the matrix must be square)`
        : `the judgement matrix must be square (as many rows as columns); it is ${p.value} (rows × columns)`,
  },
  "mcdm.TOO_SMALL": {
    "zh-CN": (p) => (p.what === "columns" ? `数据中没有指标列（至少需要 ${p.expected} 列）` : `数据只有 ${p.value} 行，至少需要 ${p.expected} 行`),
    "en-US": (p) => (p.what === "columns" ? `the data has no criterion columns (at least ${p.expected} needed)` : `the data has ${p.value} rows; at least ${p.expected} are needed`),
  },
  "mcdm.TOO_LARGE_FOR_RI": {
    "zh-CN": "所选 RI 表只到 {expected} 阶，本判断矩阵为 {value} 阶，无法计算一致性比例 CR；请用 --ri 选择更大的 RI 表（如 alonso-lamata）",
    "en-US": "the chosen RI table stops at order {expected} and this matrix has order {value}, so CR cannot be computed; choose a larger RI table (e.g. alonso-lamata)",
  },
  "mcdm.NOT_NUMBER": {
    "zh-CN": (p) =>
      p.cell !== ""
        ? p.value !== ""
          ? `${p.cell} 的值“${p.value}”不是数字`
          : `${p.cell} 为空白，应填写数字`
        : `第 ${p.index} 个${listZh(p.what)}“${p.value}”不是数字`,
    "en-US": (p) =>
      p.cell !== ""
        ? p.value !== ""
          ? `${p.cell}: “${p.value}” is not a number`
          : `${p.cell} is blank; a number is needed`
        : `${listEn(p.what).replace(/s$/, "")} ${p.index} (“${p.value}”) is not a number`,
  },
  "mcdm.NOT_POSITIVE": {
    "zh-CN": "{cell} 的值 {value} 不是正数：判断矩阵的元素须大于 0（1–9 标度及其倒数）",
    "en-US": "{cell}: {value} is not positive; judgements must be above 0 (Saaty's 1–9 scale and reciprocals)",
  },
  "mcdm.NOT_RECIPROCAL": {
    "zh-CN": "{cell} 的值 {value} 与 {mirror} 不互为倒数，应为 {expected}",
    "en-US": "{cell}: {value} is not the reciprocal of {mirror}; it should be {expected}",
  },
  "mcdm.BAD_DIAGONAL": {
    "zh-CN": "对角线上的 {cell} 值为 {value}，应为 {expected}（指标与自身同等重要）",
    "en-US": "{cell} on the diagonal is {value}; it must be {expected} (a criterion is as important as itself)",
  },
  "mcdm.RAGGED": {
    "zh-CN": "第 {row} 行有 {value} 个数，第 1 行有 {expected} 个：各行的个数须相同",
    "en-US": "row {row} has {value} values but row 1 has {expected}: every row needs the same number",
  },
  "mcdm.NEGATIVE": {
    "zh-CN": (p) =>
      p.cell !== ""
        ? `${p.cell} 的值 ${p.value} 为负数：比重法（sum）熵权要求数据不小于 0，有负值时请改用极差法（minmax）`
        : `第 ${p.index} 个权重 ${p.value} 为负数`,
    "en-US": (p) =>
      p.cell !== ""
        ? `${p.cell}: ${p.value} is negative; the proportion (sum) entropy needs values of 0 or more — use minmax for data with negative values`
        : `weight ${p.index} (${p.value}) is negative`,
  },
  "mcdm.LENGTH_MISMATCH": {
    "zh-CN": (p) => `给出了 ${p.value} 个${listZh(p.what)}，应与指标个数 ${p.expected} 相同`,
    "en-US": (p) => `${p.value} ${listEn(p.what)} given; there must be one per criterion (${p.expected})`,
  },
  "mcdm.WEIGHTS_SUM": { "zh-CN": "权重之和为 {value}，应为 1 或 100", "en-US": "the weights add up to {value}; they must add up to 1 or 100" },
  "mcdm.CONSTANT_COLUMN": {
    "zh-CN": "{column}的数值全部相同，不含区分信息，熵权法无法为其定权；请删去该指标或另行定权",
    "en-US": "{column} has the same value for everyone: it carries no information, so entropy cannot weigh it; remove it or weigh it otherwise",
  },
  "mcdm.ZERO_COLUMN": {
    "zh-CN": "{column}的数值全为 0，无法计算比重",
    "en-US": "{column} is all zeros, so it has no proportions",
  },

  // ── names ──────────────────────────────────────────────────────────────────────────
  "weights.method.ahp": { "zh-CN": "层次分析法（AHP）", "en-US": "AHP" },
  "weights.method.entropy": { "zh-CN": "熵权法", "en-US": "entropy weights" },
  "weights.method.topsis": { "zh-CN": "TOPSIS 逼近理想解排序法", "en-US": "TOPSIS" },
  "weights.ahpMethod.eigenvector": { "zh-CN": "特征向量法", "en-US": "eigenvector" },
  "weights.ahpMethod.geometric": { "zh-CN": "几何平均法（方根法）", "en-US": "geometric mean" },
  "weights.ahpMethod.column": { "zh-CN": "算术平均法（和积法）", "en-US": "column normalisation" },
  "weights.variant.sum": { "zh-CN": "比重法（原始数据求比重）", "en-US": "proportions of the raw values (sum)" },
  "weights.variant.minmax": { "zh-CN": "极差标准化后求比重", "en-US": "min–max normalised, then proportions" },
  "weights.normalization.vector": { "zh-CN": "向量归一化", "en-US": "vector normalisation" },
  "weights.normalization.minmax": { "zh-CN": "极差标准化", "en-US": "min–max normalisation" },
  "weights.direction.benefit": { "zh-CN": "正向", "en-US": "benefit" },
  "weights.direction.cost": { "zh-CN": "逆向", "en-US": "cost" },

  // ── verdicts ───────────────────────────────────────────────────────────────────────
  "weights.consistent": { "zh-CN": "✓ 通过一致性检验（CR = {cr} < 0.10）", "en-US": "✓ consistent (CR = {cr} < 0.10)" },
  "weights.consistentSmall": {
    "zh-CN": "✓ {n} 阶判断矩阵总是完全一致，无需检验 CR",
    "en-US": "✓ a matrix of order {n} is always consistent; there is no CR to check",
  },
  "weights.inconsistent": {
    "zh-CN": "⚠ 未通过一致性检验：CR = {cr} ≥ 0.10，判断矩阵前后矛盾，请调整后重算",
    "en-US": "⚠ inconsistent: CR = {cr} ≥ 0.10; the judgements contradict each other — revise the matrix",
  },
  "weights.unknownConsistency": { "zh-CN": "⚠ {detail}", "en-US": "⚠ {detail}" },

  // ── the assess weights command ─────────────────────────────────────────────────────
  "weights.cli.needMethod": {
    "zh-CN": "assess weights 需要 --method ahp|entropy|topsis",
    "en-US": "assess weights needs --method ahp|entropy|topsis",
  },
  "weights.cli.badValue": {
    "zh-CN": "--{option} 的值“{value}”无效，可选：{options}",
    "en-US": "--{option} “{value}” is invalid; choose one of: {options}",
  },
  "weights.cli.notFor": { "zh-CN": "--{option} 不适用于 --method {method}", "en-US": "--{option} does not apply to --method {method}" },
  "weights.cli.oneFile": { "zh-CN": "weights 一次处理一个文件（.xlsx 或 .csv）", "en-US": "weights takes exactly one input file (.xlsx or .csv)" },
  "weights.cli.needVariant": {
    "zh-CN": "熵权法需要 --variant sum|minmax：sum 对原始数据求比重（数据须不小于 0），minmax 先极差标准化；两者结果不同，须明确选择",
    "en-US": "entropy needs --variant sum|minmax: sum takes proportions of the raw values (0 or more), minmax normalises first; they give different weights, so choose one",
  },
  "weights.cli.needNormalization": {
    "zh-CN": "TOPSIS 需要 --normalization vector|minmax：vector 为向量归一化，minmax 为极差标准化；两者排序可能不同，须明确选择",
    "en-US": "TOPSIS needs --normalization vector|minmax (vector or min–max normalisation); they can rank differently, so choose one",
  },
  "weights.cli.needWeights": { "zh-CN": "TOPSIS 需要 --weights，如 0.3,0.2,0.5 或 30,20,50", "en-US": "TOPSIS needs --weights, e.g. 0.3,0.2,0.5 or 30,20,50" },
  "weights.cli.needDirections": {
    "zh-CN": "TOPSIS 需要 --directions，如 +,-,+（+ 正向：越大越好；- 逆向：越小越好）",
    "en-US": "TOPSIS needs --directions, e.g. +,-,+ (+ higher is better, - lower is better)",
  },
  "weights.cli.badNumber": { "zh-CN": "--weights 中的“{value}”不是数字", "en-US": "“{value}” in --weights is not a number" },
  "weights.cli.badDirection": {
    "zh-CN": "--directions 中的“{value}”无效：用 + 表示正向（越大越好），- 表示逆向（越小越好）",
    "en-US": "“{value}” in --directions is invalid: + for higher is better, - for lower is better",
  },
  "weights.cli.badShift": { "zh-CN": "--shift 应为不小于 0 的数，现为“{value}”", "en-US": "--shift must be a number of 0 or more, not “{value}”" },
  "weights.cli.encoding": {
    "zh-CN": "{path} 不是 UTF-8 或 GB18030 编码的文本，无法读取；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”",
    "en-US": "{path} is not UTF-8 or GB18030 text; save it from Excel as “CSV UTF-8 (comma delimited)”",
  },
  "weights.cli.noTable": {
    "zh-CN": "{file}：{sheet}中找不到数据表：需要一行表头（指标名称）和第一列名称，表头下至少一行数据",
    "en-US": "{file}: no table in {sheet}: a header row (criterion names), a first column of names and at least one row of values are needed",
  },
  "weights.cli.sheet": { "zh-CN": "工作表“{sheet}”", "en-US": "sheet “{sheet}”" },
  "weights.cli.fieldJudgement": { "zh-CN": "判断矩阵元素", "en-US": "a judgement" },
  "weights.cli.fieldValue": { "zh-CN": "指标值", "en-US": "a criterion value" },
  "weights.cli.dateHint": {
    "zh-CN": "（在 Excel 中直接输入 1/3 会变成日期：请输入 =1/3 或 0.333，或把单元格设为文本）",
    "en-US": " (typing 1/3 in Excel makes a date: type =1/3 or 0.333, or format the cell as text)",
  },
  "weights.cli.column": { "zh-CN": "指标“{name}”（{letter} 列）", "en-US": "criterion “{name}” (column {letter})" },
  "weights.cli.problems": {
    "zh-CN": "{file}：{n} 处问题，无法计算：",
    "en-US": "{file}: {n} problems; nothing computed:",
  },
  "weights.cli.labelOrder": {
    "zh-CN": "提醒：判断矩阵第 {i} 行的名称“{row}”与第 {i} 列的名称“{col}”不同，请确认行、列按同一顺序排列",
    "en-US": "note: row {i} of the matrix is named “{row}” but column {i} is “{col}”; check rows and columns are in the same order",
  },
  "weights.cli.summaryAhp": {
    "zh-CN": "{method}·{how} · {file} · {sheet} · {n} 个指标",
    "en-US": "{method} · {how} · {file} · {sheet} · {n} criteria",
  },
  "weights.cli.summaryEntropy": {
    "zh-CN": "{method}·{how} · {file} · {sheet} · {m} 个考核对象 × {n} 个指标",
    "en-US": "{method} · {how} · {file} · {sheet} · {m} subjects × {n} criteria",
  },
  "weights.cli.summaryTopsis": {
    "zh-CN": "{method}·{how} · {file} · {sheet} · {m} 个对象 × {n} 个指标",
    "en-US": "{method} · {how} · {file} · {sheet} · {m} alternatives × {n} criteria",
  },
  "weights.cli.colCriterion": { "zh-CN": "指标", "en-US": "criterion" },
  "weights.cli.colWeight": { "zh-CN": "权重", "en-US": "weight" },
  "weights.cli.colEntropy": { "zh-CN": "信息熵 e", "en-US": "entropy e" },
  "weights.cli.colDivergence": { "zh-CN": "差异系数 d", "en-US": "divergence d" },
  "weights.cli.colDirection": { "zh-CN": "方向", "en-US": "direction" },
  "weights.cli.colAlternative": { "zh-CN": "对象", "en-US": "alternative" },
  "weights.cli.colScore": { "zh-CN": "贴近度 C", "en-US": "closeness C" },
  "weights.cli.colRank": { "zh-CN": "排名", "en-US": "rank" },
  "weights.cli.ahpStats": {
    "zh-CN": "λmax = {lambda}　CI = {ci}　RI = {ri}（{table}）　CR = {cr}",
    "en-US": "λmax = {lambda}  CI = {ci}  RI = {ri} ({table})  CR = {cr}",
  },
  "weights.cli.none": { "zh-CN": "—", "en-US": "—" },
} as const satisfies Record<string, Entry>;
