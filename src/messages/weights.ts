/**
 * Catalogue part for weight design (层次分析法 AHP, 熵权法, TOPSIS): engine problems, CLI and pane texts.
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./index";

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

  // ── the pane's 权重设计 section (pane.weights.* beside the scheme's pane.weights.heading/all/sum*) ──
  "pane.weights.designHeading": { "zh-CN": "权重设计", "en-US": "Weight design" },
  "pane.weights.intro": {
    "zh-CN": "用层次分析法（判断矩阵）或熵权法（数据表）计算指标权重，再写入上方的考核方案。",
    "en-US": "Compute indicator weights by AHP (a judgement matrix) or entropy (a data table), then write them into the scheme above.",
  },
  "pane.weights.method": { "zh-CN": "方法", "en-US": "Method" },
  "pane.weights.ahpMethod": { "zh-CN": "计算方法", "en-US": "Weights by" },
  "pane.weights.ri": { "zh-CN": "RI 表", "en-US": "RI table" },
  "pane.weights.riSource": { "zh-CN": "RI 表依据：{source}", "en-US": "RI table source: {source}" },
  "pane.weights.variant": { "zh-CN": "计算方式（须选择）", "en-US": "Variant (choose one)" },
  "pane.weights.variantPlaceholder": { "zh-CN": "请选择", "en-US": "Choose…" },
  "pane.weights.needVariant": {
    "zh-CN": "熵权法有两种算法，结果不同：比重法对原始数据求比重（数据须不小于 0），极差法先极差标准化再求比重。请先选择计算方式。",
    "en-US": "Entropy weights come in two variants that give different weights: proportions of the raw values (0 or more), or min–max normalised first. Choose one first.",
  },
  "pane.weights.directions": { "zh-CN": "各指标方向（极差法）", "en-US": "Directions (min–max)" },
  "pane.weights.direction": { "zh-CN": "“{name}”的方向", "en-US": "Direction of “{name}”" },
  "pane.weights.pasteMatrix": {
    "zh-CN": "粘贴判断矩阵（从 Excel 复制，可含首行、首列的指标名称）",
    "en-US": "Paste the judgement matrix (copied from Excel; a first row and column of criterion names may come with it)",
  },
  "pane.weights.pasteData": {
    "zh-CN": "粘贴数据表（首行为指标名称，首列为考核对象名称）",
    "en-US": "Paste the data table (criterion names in the first row, subjects in the first column)",
  },
  "pane.weights.pasteHint": {
    "zh-CN": "分数可写作 1/3；也可手工输入：每行一行，数之间用空格或逗号隔开。",
    "en-US": "Fractions such as 1/3 are fine; rows can also be typed by hand, one per line, values separated by spaces or commas.",
  },
  "pane.weights.readSelection": { "zh-CN": "读取选区", "en-US": "Read the selection" },
  "pane.weights.fromSelection": {
    "zh-CN": "已读取选区 {address}（{rows} 行 × {cols} 列）；在上框中粘贴即改用粘贴的内容",
    "en-US": "Read the selection {address} ({rows} rows × {cols} columns); pasting above uses the pasted block instead",
  },
  "pane.weights.problems": { "zh-CN": "无法计算：{n} 处问题", "en-US": "Nothing computed: {n} problems" },
  "pane.weights.tooLarge": {
    "zh-CN": "所选 RI 表只到 {expected} 阶，本判断矩阵为 {value} 阶，无法计算一致性比例 CR；请在“RI 表”中选择更大的表（如 Alonso–Lamata 2006）",
    "en-US": "the chosen RI table stops at order {expected} and this matrix has order {value}, so CR cannot be computed; choose a larger RI table (e.g. Alonso–Lamata 2006)",
  },
  "pane.weights.unnamed": { "zh-CN": "第 {n} 项", "en-US": "criterion {n}" },
  "pane.weights.criterion": { "zh-CN": "指标“{name}”（{where}）", "en-US": "criterion “{name}” ({where})" },
  "pane.weights.letter": { "zh-CN": "{letter} 列", "en-US": "column {letter}" },
  "pane.weights.table": { "zh-CN": "计算所得权重", "en-US": "Computed weights" },
  "pane.weights.write": { "zh-CN": "写入考核方案", "en-US": "Write into the scheme" },
  "pane.weights.confirmTitle": { "zh-CN": "一致性检验未通过", "en-US": "Consistency check not passed" },
  "pane.weights.confirmInconsistent": {
    "zh-CN": "判断矩阵未通过一致性检验（CR = {cr} ≥ 0.10），仍要写入吗？",
    "en-US": "The judgement matrix fails the consistency check (CR = {cr} ≥ 0.10). Write the weights anyway?",
  },
  "pane.weights.confirmUnknown": {
    "zh-CN": "无法检验判断矩阵的一致性（{detail}），仍要写入吗？",
    "en-US": "The consistency of the judgement matrix cannot be checked ({detail}). Write the weights anyway?",
  },
  "pane.weights.confirmWrite": { "zh-CN": "仍要写入", "en-US": "Write anyway" },
  "pane.weights.written": {
    "zh-CN": "已将 {n} 个指标的权重写入考核方案{section}：{list}。",
    "en-US": "Wrote the weights of {n} indicators into the scheme{section}: {list}.",
  },
  "pane.weights.writtenSave": {
    "zh-CN": "请在“考核方案”中核对，再点“保存方案到工作簿”。",
    "en-US": "Check them under Scheme, then click “Save scheme to workbook”.",
  },
  "pane.weights.writtenSection": { "zh-CN": "（{section}）", "en-US": " ({section})" },
  "pane.weights.writtenItem": { "zh-CN": "{name} {weight}%", "en-US": "{name} {weight}%" },
  "pane.weights.noIndicators": {
    "zh-CN": "当前考核方案没有指标权重，无处写入：请先选择含指标的方案（如工作簿中的考核方案）。",
    "en-US": "The current scheme has no indicator weights to write into: choose a scheme with indicators first (such as the workbook's).",
  },
  "pane.weights.unmatched": {
    "zh-CN": "以下名称与考核方案的指标都对不上，未写入：{labels}。方案的指标为：{indicators}。",
    "en-US": "These names match none of the scheme's indicators, so nothing was written: {labels}. The scheme's indicators are: {indicators}.",
  },
  "pane.weights.missing": {
    "zh-CN": "考核方案{section}中还有指标不在本次计算中：{indicators}。同一层级的权重须一起计算（合计 100%），未写入。",
    "en-US": "The scheme{section} has indicators this computation leaves out: {indicators}. Weights at one level are computed together (adding up to 100%), so nothing was written.",
  },
  "pane.weights.sections": {
    "zh-CN": "这些指标分属不同的考卷/维度（{sections}）；窗格只写入同一层级内的指标权重，未写入。",
    "en-US": "These indicators belong to different sections ({sections}); the pane writes weights within one level only, so nothing was written.",
  },
  "pane.weights.duplicate": {
    "zh-CN": "“{label}”与另一个名称对应同一个指标，未写入。",
    "en-US": "“{label}” names the same indicator as another name, so nothing was written.",
  },
  "pane.weights.byOrder": {
    "zh-CN": "没有指标名称，且考核方案中没有恰好 {n} 个指标的层级（现有：{counts}），无法按顺序对应，未写入。请在首行或首列写上指标名称。",
    "en-US": "There are no criterion names and no level of the scheme has exactly {n} indicators (it has: {counts}), so they cannot be matched in order; nothing was written. Name the criteria in the first row or column.",
  },
  "pane.weights.noName": { "zh-CN": "（第 {n} 项，无名称）", "en-US": "(criterion {n}, unnamed)" },
} as const satisfies Record<string, Entry>;
