/**
 * The preset schemes as written — plain data, each citing the article or regulation its figures
 * come from — apart from their validation (presets.ts), so that what only needs their ids (the
 * command line's `--help`) does not load the scheme validator.
 */
import type { SchemeInput } from "./scheme";

const FOUR_GRADES = (second: [string, string, string], third: [string, string, string], fourth: [string, string, string]) => [
  { id: "excellent", label: { zh: "优秀", zhHant: "優秀", en: "Excellent" } },
  { id: second[2].toLowerCase().replace(/\s+/g, "-"), label: { zh: second[0], zhHant: second[1], en: second[2] } },
  { id: third[2].toLowerCase().replace(/\s+/g, "-"), label: { zh: third[0], zhHant: third[1], en: third[2] } },
  { id: fourth[2].toLowerCase().replace(/\s+/g, "-"), label: { zh: fourth[0], zhHant: fourth[1], en: fourth[2] } },
];

/**
 * 九原区“登记式”考核 — 优秀/良好/一般/较差, 优秀 at most 30%; the 晾晒表 board lights the top 4
 * green and the bottom 3 red (5th–7th yellow).
 * Source: 半月谈网《内蒙古九原区：“五式”考核 促干部担当》(2022-06-05): “按照‘优秀、良好、一般、
 * 较差’评定等次。其中，优秀等次比例控制在30%以内”；“对在全市排前四名的责任部门亮‘绿色’标识；对在
 * 全市排第五至第七名的亮‘黄色’标识，对在全市排倒数后三名的亮‘红色’标识”。(半月谈网《内蒙古九原区：“五式”考核 促干部担当》, 2022-06-05)
 */
const jiuyuan: SchemeInput = {
  id: "jiuyuan",
  name: { zh: "九原区登记式考核", en: "Jiuyuan District registration-style assessment" },
  source: "半月谈网《内蒙古九原区：“五式”考核 促干部担当》2022-06-05：优秀等次比例控制在30%以内；前四名绿、第五至第七名黄、倒数后三名红",
  tiers: [
    { id: "excellent", label: { zh: "优秀", zhHant: "優秀", en: "Excellent" }, quota: { share: 0.3, rounding: "floor" } },
    { id: "good", label: { zh: "良好", zhHant: "良好", en: "Good" } },
    { id: "fair", label: { zh: "一般", zhHant: "一般", en: "Fair", aliases: ["average"] } },
    { id: "poor", label: { zh: "较差", zhHant: "較差", en: "Poor" } },
  ],
  veto: { cap: "fair" },
  linked: { cap: "fair", topShare: 0.2 },
  lights: { green: { count: 4 }, red: { count: 3 } },
};

/**
 * 浙江省综合考核 — 第一/第二/第三等次; in every domain the bottom 10% are rated third (后10%倒排);
 * first tier with a team rated 优秀 makes a 先进单位; three years in the first tier earn priority.
 * Source: 浙江在线《浙江综合考核实施一周年》(2024-04-28): “相关领域考核对象都按后10%的比例倒排，
 * 一共评定了20家第三等次单位”；“既要……评定综合考核第一等次单位，又要……评定年度考核优秀等次领导班子”；
 * “连续三年综合考核为第一等次的单位……优先提拔使用”。(浙江在线《浙江综合考核实施一周年》, 28 April) The share of the first tier is not
 * given in the article and is left without a quota; the 《浙江省综合考核办法（试行）》 text itself was
 * not available here.
 */
const zhejiang: SchemeInput = {
  id: "zhejiang",
  name: { zh: "浙江省综合考核", en: "Zhejiang comprehensive assessment" },
  source: "浙江在线《浙江综合考核实施一周年》2024-04-28：按后10%的比例倒排评定第三等次；第一等次+班子优秀为先进单位；连续三年第一等次",
  tiers: [
    { id: "first", label: { zh: "第一等次", zhHant: "第一等次", en: "First tier", aliases: ["一等次", "第一等", "first"] } },
    { id: "second", label: { zh: "第二等次", zhHant: "第二等次", en: "Second tier", aliases: ["二等次", "第二等", "second"] } },
    { id: "third", label: { zh: "第三等次", zhHant: "第三等次", en: "Third tier", aliases: ["三等次", "第三等", "third"] } },
  ],
  forcedBottom: { share: 0.1, rounding: "floor" },
  consecutiveYears: 3,
};

/**
 * 公务员年度考核 — 优秀/称职/基本称职/不称职.
 * Tiers: 《中华人民共和国公务员法》(2018) 第三十八条 “定期考核的结果分为优秀、称职、基本称职和不称职
 * 四个等次”. Quota: 优秀 20% as in 《公务员考核规定》(2020年修订) — this figure and its article could
 * NOT be checked against the text here; confirm it against your copy before relying on it.
 */
const civilServant: SchemeInput = {
  id: "civil-servant",
  name: { zh: "公务员年度考核", en: "Civil servants' annual assessment" },
  source: "《公务员法》第三十八条（四个等次）；优秀比例20%按《公务员考核规定》（2020）——比例条文未能在此核对，请以正式文本为准",
  tiers: [
    ...FOUR_GRADES(["称职", "稱職", "Competent"], ["基本称职", "基本稱職", "Basically competent"], ["不称职", "不稱職", "Incompetent"]),
  ].map((t, i) => (i === 0 ? { ...t, quota: { share: 0.2, rounding: "floor" as const } } : t)),
  veto: { cap: "competent" },
};

/**
 * 事业单位工作人员年度考核 — 优秀/合格/基本合格/不合格.
 * Source: 《事业单位工作人员考核规定》(中共中央组织部、人力资源社会保障部，人社部发〔2023〕6号)
 * 第十条 “年度考核的结果一般分为优秀、合格、基本合格和不合格四个档次”；第十五条 “优秀档次人数，一般不超过
 * 本单位应参加年度考核的工作人员总人数的20%”，单位绩效考核获得优秀档次等情形 “一般掌握在25%”，
 * 单位绩效考核为不合格档次或问题较多、被问责的 “一般不超过15%”。
 * The group outcome (单位自身结果) comes from the table's 单位等次 column.
 */
const publicInstitution: SchemeInput = {
  id: "public-institution",
  name: { zh: "事业单位工作人员年度考核", en: "Public institution staff annual assessment" },
  source: "《事业单位工作人员考核规定》（人社部发〔2023〕6号）第十条、第十五条：优秀一般不超过20%，单位绩效优秀等可提高至25%，单位不合格或被问责的不超过15%",
  tiers: [
    ...FOUR_GRADES(["合格", "合格", "Qualified"], ["基本合格", "基本合格", "Basically qualified"], ["不合格", "不合格", "Unqualified"]),
  ].map((t, i) =>
    i === 0 ? { ...t, quota: { share: 0.2, rounding: "floor" as const, byOutcome: { excellent: 0.25, penalised: 0.15 } } } : t,
  ),
  veto: { cap: "qualified" },
};

/**
 * 党政领导班子年度考核 — 优秀/良好/一般/较差.
 * Source: 《党政领导干部考核工作条例》(中共中央办公厅，2019) sets these four tiers for 领导班子; no
 * fixed share of 优秀 is set there (offices set it locally), so this preset has no quota. Linked
 * responsibility after 《我市优化考核体系激活干部实干动能》 (本报讯, 记者 谭丽): “对班子成员存在突出问题的，直接判定班子年度考核为‘一般’或‘较差’等次
 * ……并降低优秀比例”. The article number could not be checked against the text here.
 */
const leadershipTeam: SchemeInput = {
  id: "leadership-team",
  name: { zh: "党政领导班子年度考核", en: "Leadership team annual assessment" },
  source: "《党政领导干部考核工作条例》（2019）领导班子年度考核四个等次（条文号未能在此核对）；连带责任见《我市优化考核体系激活干部实干动能》（本报讯，记者 谭丽）",
  tiers: FOUR_GRADES(["良好", "良好", "Good"], ["一般", "一般", "Fair"], ["较差", "較差", "Poor"]),
  veto: { cap: "fair" },
  linked: { cap: "fair" },
};

/** The presets by id, in the order a picker shows them. */
export const presetInputs: Readonly<Record<string, SchemeInput>> = {
  jiuyuan,
  zhejiang,
  "civil-servant": civilServant,
  "public-institution": publicInstitution,
  "leadership-team": leadershipTeam,
};

/** Ids of the presets, in the order a picker shows them. */
export const presetIds = Object.keys(presetInputs);

/** The raw input of a preset, for editing or for a workbook's 考核方案 sheet. */
export function presetInput(id: string): SchemeInput | undefined {
  return presetInputs[id];
}
