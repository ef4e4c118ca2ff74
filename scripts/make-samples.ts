/**
 * Writes the sample workbooks of samples/ — realistic assessment sheets, with the mistakes a
 * reviewer must catch typed in on purpose. Scores are invented (seeded, deterministic); unit names
 * follow the seed articles.
 *
 *   npx tsc -p tsconfig.json --outDir /tmp/gen && NODE_PATH=$PWD/node_modules node /tmp/gen/scripts/make-samples.js [repo-root]
 *
 * samples/jiuyuan-2026q1.xlsx (the 九原区 article, 九原区“通报式”考核), sheet 2026年第一季度:
 * - 区直单位: 17 typed 优秀 for floor(52 × 30%) = 15 places (QUOTA_EXCEEDED);
 * - one 区直单位 vetoed (一票否决 = 是) and still typed 优秀 (TIER_ABOVE_CAP);
 * - 苏木乡镇街道: ranks 2 and 3 tied on 总分 at the 优秀 line (2 places), both typed 优秀 as the
 *   COUNTIFS formula method would (QUOTA_EXCEEDED, TIE_AT_BOUNDARY).
 * samples/zhejiang-2025.xlsx (the 浙江 article, 浙江综合考核), sheet 2025年度综合考核:
 * - three 考卷 scored 0–100, 扣分 (one unit above the 5-point cap), 班子等次, 2023/2024年等次;
 * - 非山区县: of the bottom 10% (floor(27 × 10%) = 2), the last is typed 第二等次
 *   (FORCED_BOTTOM_MISSING).
 * Run it to print the row numbers of each case.
 */
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { presetInput } from "../src/engine/scheme/presets";
import { excelRound } from "../src/engine/rules/round";
import { writeSchemeSheet } from "../src/workbook/xlsx";
import { mulberry32, newWorkbook } from "./make-fixtures";

/** 九原区's 52 区直单位 (plausible names of district departments). */
export const JIUYUAN_DEPARTMENTS = [
  "区委办公室", "区人大常委会办公室", "区政府办公室", "区政协办公室", "区纪委监委机关", "区委组织部",
  "区委宣传部", "区委统战部", "区委政法委员会", "区委机构编制委员会办公室", "区委党校", "区发展和改革委员会",
  "区教育局", "区科学技术局", "区工业和信息化局", "区公安分局", "区民政局", "区司法局",
  "区财政局", "区人力资源和社会保障局", "区自然资源分局", "区生态环境分局", "区住房和城乡建设局", "区交通运输局",
  "区水利局", "区农牧局", "区商务局", "区文化旅游体育局", "区卫生健康委员会", "区退役军人事务局",
  "区应急管理局", "区审计局", "区市场监督管理局", "区统计局", "区医疗保障局", "区林业和草原局",
  "区信访局", "区政务服务局", "区城市管理综合执法局", "区乡村振兴局", "区投资促进中心", "区融媒体中心",
  "区机关事务服务中心", "区档案馆", "区总工会", "团区委", "区妇女联合会", "区科学技术协会",
  "区工商业联合会", "区残疾人联合会", "区红十字会", "区国有资产服务中心",
];

/**
 * 九原区's 8 苏木(乡)镇街道 with fixed indicator scores: 沙河街道 and 麻池镇 both make
 * ROUND(0.4a + 0.35b + 0.25c, 2) = 88.3, tied at ranks 2–3 across the 2 places of 优秀.
 */
const JIUYUAN_TOWNS: [string, number, number, number, string][] = [
  ["萨如拉街道", 92.0, 95.5, 90.0, "优秀"],
  ["沙河街道", 90.0, 88.0, 86.0, "优秀"],
  ["赛汗街道", 84.5, 80.2, 83.0, "良好"],
  ["白音席勒街道", 78.0, 82.5, 75.0, "一般"],
  ["麻池镇", 88.0, 90.0, 86.4, "优秀"],
  ["哈林格尔镇", 86.0, 84.0, 88.0, "良好"],
  ["哈业胡同镇", 70.5, 72.0, 68.0, "较差"],
  ["阿嘎如泰苏木", 75.0, 69.5, 80.0, "一般"],
];

const JIUYUAN_WEIGHTS = [0.4, 0.35, 0.25] as const;

/** Score 60.0–98.0 with one decimal. */
const score60to98 = (rand: () => number) => Math.round((60 + rand() * 38) * 10) / 10;

/** Competition ranks (1, 2, 2, 4), higher first. */
function ranks(values: number[]): number[] {
  return values.map((v) => 1 + values.filter((o) => o > v).length);
}

/** A note printed while generating, for the report of special rows. */
type Log = (line: string) => void;

/** The jiuyuan preset with its three 通报 indicators, rounded to 2 decimals. */
export function jiuyuanScheme(): unknown {
  const base = presetInput("jiuyuan");
  if (!base) throw new Error("preset jiuyuan is missing");
  return {
    ...base,
    scoring: {
      indicators: [
        { id: "investment", label: "招商引资", column: "招商引资", weight: 0.4, kind: "score" },
        { id: "projects", label: "项目建设", column: "项目建设", weight: 0.35, kind: "score" },
        { id: "rural", label: "乡村振兴", column: "乡村振兴", weight: 0.25, kind: "score" },
      ],
      decimals: 2,
    },
  };
}

/** samples/jiuyuan-2026q1.xlsx — see the file comment. */
export function jiuyuan(log: Log = () => {}): ExcelJS.Workbook {
  const rand = mulberry32(2026_01);
  const total = (a: number, b: number, c: number) => excelRound(a * JIUYUAN_WEIGHTS[0] + b * JIUYUAN_WEIGHTS[1] + c * JIUYUAN_WEIGHTS[2], 2);

  // 区直单位: distinct totals, so that only the typed tiers break the rules.
  const seen = new Set<number>();
  const depts = JIUYUAN_DEPARTMENTS.map((name) => {
    for (;;) {
      const [a, b, c] = [score60to98(rand), score60to98(rand), score60to98(rand)];
      const t = total(a, b, c);
      if (seen.has(t)) continue;
      seen.add(t);
      return { name, a, b, c, total: t, tier: "", veto: false };
    }
  });
  // Typed by rank: 1–17 优秀 (2 over the 15 places), 18–40 良好, 41–50 一般, 51–52 较差.
  const deptRanks = ranks(depts.map((d) => d.total));
  depts.forEach((d, i) => {
    const r = deptRanks[i] as number;
    d.tier = r <= 17 ? "优秀" : r <= 40 ? "良好" : r <= 50 ? "一般" : "较差";
    // The unit ranked 5th has a 一票否决 item but was typed 优秀 all the same.
    if (r === 5) d.veto = true;
  });

  const wb = newWorkbook();
  const ws = wb.addWorksheet("2026年第一季度");
  const headers = ["序号", "类别", "单位名称", "招商引资", "项目建设", "乡村振兴", "总分", "一票否决", "等次"];
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value = "九原区2026年第一季度通报考核结果";
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.getRow(2).values = headers;
  ws.getRow(2).font = { bold: true };

  const rows = [
    ...depts.map((d) => ({ group: "区直单位", ...d })),
    ...JIUYUAN_TOWNS.map(([name, a, b, c, tier]) => ({ group: "苏木乡镇街道", name, a, b, c, total: total(a, b, c), tier, veto: false })),
  ];
  rows.forEach((s, i) => {
    const r = i + 3;
    ws.getRow(r).values = [
      i + 1,
      s.group,
      s.name,
      s.a,
      s.b,
      s.c,
      { formula: `ROUND(D${r}*0.4+E${r}*0.35+F${r}*0.25,2)`, result: s.total },
      s.veto ? "是" : null,
      s.tier,
    ];
  });
  const notes = rows.length + 4;
  ws.getCell(notes, 1).value = "注：示例数据，分数为虚构，仅供演示 Assess 的配额校验。总分 = 招商引资×40% + 项目建设×35% + 乡村振兴×25%，保留两位小数。";
  [6, 14, 28, 10, 10, 10, 10, 10, 8].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 2 }];

  const totalOf = (name: string) => rows.find((s) => s.name === name)?.total;
  if (totalOf("沙河街道") !== totalOf("麻池镇")) throw new Error("the tied pair of 苏木乡镇街道 is not tied");
  const rowOf = (name: string) => rows.findIndex((s) => s.name === name) + 3;
  const typedTop = depts.filter((d) => d.tier === "优秀").map((d) => `${d.name}(${rowOf(d.name)})`);
  log(`jiuyuan: 区直单位 rows 3–54, 苏木乡镇街道 rows 55–62, notes row ${notes}`);
  log(`jiuyuan: 区直单位 typed 优秀 ×${typedTop.length} (15 places): ${typedTop.join(", ")}`);
  for (const d of depts) if (d.veto) log(`jiuyuan: vetoed and typed 优秀: ${d.name} row ${rowOf(d.name)} (rank 5, 总分 ${d.total})`);
  const sorted = [...depts].sort((x, y) => y.total - x.total);
  log(`jiuyuan: 区直单位 ranks 15–18: ${sorted.slice(14, 18).map((d) => `${d.name} ${d.total} row ${rowOf(d.name)}`).join("; ")}`);
  log(`jiuyuan: tied at 88.3 (ranks 2–3 of 苏木乡镇街道, both typed 优秀): 沙河街道 row ${rowOf("沙河街道")}, 麻池镇 row ${rowOf("麻池镇")}`);

  writeSchemeSheet(wb, jiuyuanScheme(), "zh-CN");
  return wb;
}

/** Zhejiang's 26 山区县 (the province's list) and 27 other counties and districts. */
export const ZHEJIANG_MOUNTAIN = [
  "莲都区", "青田县", "缙云县", "遂昌县", "松阳县", "云和县", "庆元县", "景宁县", "龙泉市", "淳安县",
  "文成县", "泰顺县", "平阳县", "苍南县", "永嘉县", "武义县", "磐安县", "三门县", "天台县", "仙居县",
  "开化县", "常山县", "江山市", "龙游县", "衢江区", "柯城区",
];
export const ZHEJIANG_OTHER = [
  "上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "富阳区", "临平区", "钱塘区", "海曙区",
  "江北区", "鄞州区", "镇海区", "北仑区", "慈溪市", "余姚市", "宁海县", "象山县", "南湖区", "秀洲区",
  "嘉善县", "平湖市", "海宁市", "桐乡市", "海盐县", "吴兴区", "南浔区",
];

/**
 * The zhejiang preset with its three 考卷 (0.3 / 0.5 / 0.2), 2 decimals, deductions capped at 5,
 * and this (invented) office's own rule of 8 first-tier places per category — the article gives
 * no first-tier share, so the preset leaves it to the office.
 */
export function zhejiangScheme(): unknown {
  const base = presetInput("zhejiang");
  if (!base) throw new Error("preset zhejiang is missing");
  return {
    ...base,
    tiers: base.tiers?.map((t, i) => (i === 0 ? { ...t, quota: { places: 8 } } : t)),
    scoring: {
      sections: [
        { id: "party", label: "党的建设", weight: 0.3 },
        { id: "performance", label: "高质量发展绩效", weight: 0.5 },
        { id: "satisfaction", label: "满意度评价", weight: 0.2 },
      ],
      indicators: [
        { id: "party", label: "党的建设", column: "党的建设", section: "party", weight: 1, kind: "score" },
        { id: "performance", label: "高质量发展绩效", column: "高质量发展绩效", section: "performance", weight: 1, kind: "score" },
        { id: "satisfaction", label: "满意度评价", column: "满意度评价", section: "satisfaction", weight: 1, kind: "score" },
      ],
      decimals: 2,
      deductionMax: 5,
    },
  };
}

/** samples/zhejiang-2025.xlsx — see the file comment. */
export function zhejiang(log: Log = () => {}): ExcelJS.Workbook {
  const rand = mulberry32(2025_12);
  const one = (lo: number, hi: number) => Math.round((lo + rand() * (hi - lo)) * 10) / 10;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const T = ["第一等次", "第二等次", "第三等次"] as const;

  type County = { group: string; name: string; party: number; perf: number; sat: number; ded: number; total: number; team: string; y2023: string; y2024: string; tier: string };
  const make = (group: string, names: string[]): County[] => {
    const seen = new Set<number>();
    return names.map((name) => {
      for (;;) {
        const party = one(80, 98);
        const perf = one(70, 98);
        const sat = one(80, 97);
        const ded = pick([0, 0, 0, 0, 0, 0, 0.5, 1, 1.5, 2, 3]);
        const total = excelRound(excelRound(party * 0.3 + perf * 0.5 + sat * 0.2, 2) - Math.min(ded, 5), 2);
        if (seen.has(total)) continue;
        seen.add(total);
        return { group, name, party, perf, sat, ded, total, team: "", y2023: "", y2024: "", tier: "" };
      }
    });
  };
  const mountain = make("山区县", ZHEJIANG_MOUNTAIN);
  const other = make("非山区县", ZHEJIANG_OTHER);
  // One county with a deduction above the 5-point cap (扣分上限).
  const capped = other[4] as County;
  capped.ded = 6;
  capped.total = excelRound(excelRound(capped.party * 0.3 + capped.perf * 0.5 + capped.sat * 0.2, 2) - 5, 2);

  for (const group of [mountain, other]) {
    const r = ranks(group.map((c) => c.total));
    const n = group.length;
    const bottom = Math.floor(n * 0.1);
    group.forEach((c, i) => {
      const rank = r[i] as number;
      c.tier = rank <= 8 ? T[0] : rank > n - bottom ? T[2] : T[1];
      c.team = rank <= 8 ? pick(["优秀", "优秀", "良好"]) : rank > n - 4 ? pick(["良好", "一般"]) : pick(["优秀", "良好", "良好", "良好"]);
      c.y2024 = rank <= 8 ? pick([T[0], T[0], T[1]]) : pick([T[1], T[1], T[1], T[0], T[2]]);
      c.y2023 = rank <= 8 ? pick([T[0], T[1]]) : pick([T[1], T[1], T[1], T[0], T[2]]);
    });
  }
  // 非山区县: the last-ranked county is typed 第二等次 — the bottom 10% are not all third tier.
  const lastOther = [...other].sort((a, b) => a.total - b.total)[0] as County;
  lastOther.tier = T[1];

  const wb = newWorkbook();
  const ws = wb.addWorksheet("2025年度综合考核");
  const headers = ["类别", "考核对象", "党的建设", "高质量发展绩效", "满意度评价", "扣分", "班子等次", "2023年等次", "2024年等次", "等次"];
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value = "2025年度市县综合考核结果";
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.getRow(2).values = headers;
  ws.getRow(2).font = { bold: true };
  const rows = [...mountain, ...other];
  rows.forEach((c, i) => {
    ws.getRow(i + 3).values = [c.group, c.name, c.party, c.perf, c.sat, c.ded === 0 ? null : c.ded, c.team, c.y2023, c.y2024, c.tier];
  });
  const notes = rows.length + 4;
  ws.getCell(notes, 1).value =
    "注：示例数据，分数为虚构，仅供演示 Assess。综合得分 = 党的建设×30% + 高质量发展绩效×50% + 满意度评价×20% − 扣分（扣分上限5分），保留两位小数；各类别第一等次8个，按后10%倒排评定第三等次。";
  [10, 12, 10, 16, 12, 8, 10, 12, 12, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 2 }];

  const rowOf = (c: County) => rows.indexOf(c) + 3;
  log(`zhejiang: 山区县 rows 3–28, 非山区县 rows 29–55, notes row ${notes}`);
  for (const g of [mountain, other]) {
    const sorted = [...g].sort((a, b) => a.total - b.total);
    log(`zhejiang: ${g[0]?.group} bottom 3: ${sorted.slice(0, 3).map((c) => `${c.name} ${c.total} ${c.tier} row ${rowOf(c)}`).join("; ")}`);
  }
  log(`zhejiang: deduction 6 above the cap of 5: ${capped.name} row ${rowOf(capped)}`);
  const three = rows.filter((c) => c.tier === T[0] && c.y2024 === T[0] && c.y2023 === T[0]);
  log(`zhejiang: three years in the first tier: ${three.map((c) => `${c.name} row ${rowOf(c)}`).join(", ")}`);
  const commended = rows.filter((c) => c.tier === T[0] && c.team === "优秀");
  log(`zhejiang: first tier + team 优秀 (先进单位): ${commended.map((c) => `${c.name} row ${rowOf(c)}`).join(", ")}`);

  writeSchemeSheet(wb, zhejiangScheme(), "zh-CN");

  // 实绩到人: who answers for each 考卷 (assess analyze rolls the counties' results up to them).
  const owners = wb.addWorksheet("指标责任人");
  owners.addRows([
    ["指标", "责任人"],
    ["党的建设", "省委组织部"],
    ["高质量发展绩效", "省发展改革委、省统计局"],
    ["满意度评价", "省委考核办"],
  ]);
  owners.getRow(1).font = { bold: true };
  owners.getColumn(1).width = 18;
  owners.getColumn(2).width = 26;
  return wb;
}

/**
 * samples/jiuyuan-2026-monthly.xlsx — 九原区's monthly bulletins (通报式) of the first quarter:
 * sheets 2026年1月, 2026年2月, 2026年3月 with the 8 苏木乡镇街道 and the first 12 区直单位.
 * Scores drift from month to month (ranks move up and down); 区投资促进中心's row first appears in
 * February (a new unit: 新); in March 区直单位 types 4 优秀 for floor(12 × 30%) = 3 places.
 */
export function jiuyuanMonthly(log: Log = () => {}): ExcelJS.Workbook {
  const rand = mulberry32(2026_02);
  const total = (a: number, b: number, c: number) => excelRound(a * JIUYUAN_WEIGHTS[0] + b * JIUYUAN_WEIGHTS[1] + c * JIUYUAN_WEIGHTS[2], 2);
  const depts = [...JIUYUAN_DEPARTMENTS.slice(0, 11), "区投资促进中心"];
  const towns = JIUYUAN_TOWNS.map((t) => t[0]);
  const base = new Map<string, [number, number, number]>([...depts, ...towns].map((n) => [n, [score60to98(rand), score60to98(rand), score60to98(rand)]]));
  const wb = newWorkbook();
  const headers = ["类别", "单位名称", "招商引资", "项目建设", "乡村振兴", "总分", "等次"];
  for (const month of [1, 2, 3]) {
    const ws = wb.addWorksheet(`2026年${month}月`);
    ws.mergeCells(1, 1, 1, headers.length);
    ws.getCell(1, 1).value = `九原区2026年${month}月重点工作通报`;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.getRow(2).values = headers;
    ws.getRow(2).font = { bold: true };
    const units = [
      ...depts.filter((n) => month > 1 || n !== "区投资促进中心").map((name) => ({ group: "区直单位", name })),
      ...towns.map((name) => ({ group: "苏木乡镇街道", name })),
    ].map((u) => {
      const [a, b, c] = base.get(u.name)!.map((x) => Math.min(100, Math.max(50, Math.round((x + (rand() - 0.5) * 12) * 10) / 10))) as [number, number, number];
      return { ...u, a, b, c, total: total(a, b, c) };
    });
    for (const g of ["区直单位", "苏木乡镇街道"]) {
      const members = units.filter((u) => u.group === g);
      const r = ranks(members.map((u) => u.total));
      const places = Math.floor(members.length * 0.3);
      // Typed by rank; in March the 区直单位 type one 优秀 too many.
      const typedTop = g === "区直单位" && month === 3 ? places + 1 : places;
      members.forEach((u, i) => ((u as { tier?: string }).tier = (r[i] as number) <= typedTop ? "优秀" : (r[i] as number) <= members.length - 1 ? "良好" : "一般"));
    }
    units.forEach((u, i) => {
      const row = i + 3;
      ws.getRow(row).values = [u.group, u.name, u.a, u.b, u.c, { formula: `ROUND(C${row}*0.4+D${row}*0.35+E${row}*0.25,2)`, result: u.total }, (u as { tier?: string }).tier ?? ""];
    });
    [14, 22, 10, 10, 10, 10, 8].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    log(`jiuyuan-monthly: 2026年${month}月 rows 3–${units.length + 2}`);
  }
  writeSchemeSheet(wb, jiuyuanScheme(), "zh-CN");
  return wb;
}

/** 新城区's 民主测评 grades and the values the scheme gives them (优秀 100, 称职 80, 基本称职 60, 不称职 0). */
const VOTE_GRADES = [
  ["优秀票", 100],
  ["称职票", 80],
  ["基本称职票", 60],
  ["不称职票", 0],
] as const;

/** The scheme of the 新城区 sample: one votes indicator, 优秀 places allocated per category by the 名额分配 sheet. */
export function xinchengScheme(): unknown {
  return {
    id: "xincheng-secretaries",
    name: { zh: "新城区优秀农村、社区党组织书记评选", en: "Xincheng: excellent village and community Party secretaries" },
    source: "新城区《激励方案》：优秀农村党组织书记 5 名、优秀社区党组织书记 13 名（见“名额分配”工作表）",
    tiers: [
      { id: "excellent", label: { zh: "优秀", en: "Excellent" } },
      { id: "competent", label: { zh: "称职", en: "Competent" } },
      { id: "basic", label: { zh: "基本称职", en: "Basically competent" } },
      { id: "incompetent", label: { zh: "不称职", en: "Incompetent" } },
    ],
    scoring: {
      decimals: 2,
      indicators: [
        { id: "votes", label: "民主测评", column: "优秀票", weight: 1, kind: "votes", grades: VOTE_GRADES.map(([column, value]) => ({ column, value })) },
      ],
    },
  };
}

/** Village and community names of the 新城区 sample (plausible, invented). */
const XINCHENG_VILLAGES = [
  "保合少村", "大窑村", "东干丈村", "西把栅村", "讨号板村", "面铺窑村", "奎素村", "陶卜齐村", "生盖营村", "恼包村",
  "前不塔气村", "后不塔气村", "东把栅村", "水磨村", "石人湾村", "古力半忽洞村", "野马图村", "东乌素图村",
];
const XINCHENG_COMMUNITIES = [
  "海东路社区", "东风路社区", "光华街社区", "成吉思汗大街社区", "新华东街社区", "兴安北路社区", "东街社区", "西街社区",
  "北垣社区", "赛马场社区", "丁香路社区", "明泽苑社区", "蒙欣家园社区", "滨河社区", "站东社区", "公园东路社区",
  "迎宾路社区", "锡林北路社区", "青城驿站社区", "新春社区", "东影南路社区", "万家社区", "金宇社区", "南门外社区",
  "北门社区", "前进巷社区", "糖厂社区", "铁路社区", "惠民社区", "幸福社区", "腾飞社区", "东河社区",
  "学府社区", "润宇社区", "富丽社区", "金泰社区", "海拉尔东路社区", "保合少社区", "兴旺社区", "祥和社区",
];
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
const GIVEN = ["建国", "志强", "海燕", "丽娟", "晓东", "国华", "秀英", "永生", "红梅", "俊峰", "玉兰", "文斌", "桂芳", "宏伟", "淑珍", "立新", "春花", "振华", "美玲", "德胜"];

/**
 * samples/xincheng-2025-secretaries.xlsx (the 武川·新城区 article, 新城区 优秀农村、社区党组织书记评选):
 * sheet 民主测评 — 序号, 类别 (农村/社区), 党组织, 姓名, the 民主测评 vote counts per grade
 * (优秀票, 称职票, 基本称职票, 不称职票: each secretary's votes, 35–45 voters) and 拟定等次 typed by hand;
 * sheet 名额分配 — 类别 | 优秀: 农村 5, 社区 13 (fixed numbers from the organisation department);
 * sheet 考核方案 — the scheme: the votes indicator (100/80/60/0) and the four tiers, no share.
 * The typed mistakes: in 社区, the 14th by score is also typed 优秀 (14 for 13 places: QUOTA_EXCEEDED
 * naming 名额分配表：社区 13 名); 农村's 5 优秀 are right.
 */
export function xincheng(log: Log = () => {}): ExcelJS.Workbook {
  const rand = mulberry32(2025_004);
  const wb = newWorkbook();
  const ws = wb.addWorksheet("民主测评");
  ws.mergeCells(1, 1, 1, 10);
  ws.getCell(1, 1).value = "新城区2025年度优秀农村、社区党组织书记民主测评结果";
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  const headers = ["序号", "类别", "党组织", "姓名", ...VOTE_GRADES.map(([h]) => h), "测评得分", "拟定等次"];
  headers.forEach((h, c) => (ws.getCell(2, c + 1).value = h));
  ws.getRow(2).font = { bold: true };
  type Person = { group: string; unit: string; name: string; votes: number[]; score: number };
  const people: Person[] = [];
  let k = 0;
  for (const [group, units] of [["农村", XINCHENG_VILLAGES], ["社区", XINCHENG_COMMUNITIES]] as const) {
    for (const unit of units) {
      const voters = 35 + Math.floor(rand() * 11);
      // Mostly 优秀 and 称职, a few 基本称职, rarely 不称职.
      const top = Math.floor(voters * (0.35 + rand() * 0.6));
      const low = Math.floor((voters - top) * rand() * 0.25);
      const none = rand() < 0.1 ? 1 : 0;
      const votes = [top, voters - top - low - none, low, none];
      const sum = votes.reduce((a, b) => a + b, 0);
      const score = excelRound(votes.reduce((a, v, i) => a + v * (VOTE_GRADES[i]![1] as number), 0) / sum, 2);
      const name = SURNAMES[(k * 7) % SURNAMES.length]! + GIVEN[(k * 3) % GIVEN.length]!;
      k++;
      people.push({ group, unit, name, votes, score });
    }
  }
  const places: Record<string, number> = { 农村: 5, 社区: 13 };
  const typed = new Map<Person, string>();
  for (const group of ["农村", "社区"]) {
    const members = people.filter((p) => p.group === group).sort((a, b) => b.score - a.score);
    // No ties at the line: the sample's one mistake is the quota.
    const limit = places[group]!;
    if (members[limit - 1]!.score === members[limit]!.score) throw new Error(`xincheng: tie at the ${group} line; change the seed`);
    const excellent = group === "社区" ? limit + 1 : limit;
    members.forEach((p, i) => typed.set(p, i < excellent ? "优秀" : p.score >= 70 ? "称职" : p.score >= 60 ? "基本称职" : "不称职"));
    log(`xincheng: ${group} ${members.length} secretaries, ${excellent} typed 优秀 for ${limit} places; ${limit}th ${members[limit - 1]!.name} ${members[limit - 1]!.score}, ${limit + 1}th ${members[limit]!.name} ${members[limit]!.score}`);
  }
  people.forEach((p, i) => {
    const r = i + 3;
    const row: (string | number)[] = [i + 1, p.group, p.unit, p.name, ...p.votes, p.score, typed.get(p)!];
    row.forEach((v, c) => (ws.getCell(r, c + 1).value = v));
  });
  [6, 8, 16, 10, 8, 8, 10, 10, 10, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const alloc = wb.addWorksheet("名额分配");
  [["类别", "优秀"], ["农村", 5], ["社区", 13]].forEach((row, r) => row.forEach((v, c) => (alloc.getCell(r + 1, c + 1).value = v)));
  alloc.getCell(5, 1).value = "依据：新城区《激励方案》，由区委组织部按类别分配名额。";
  writeSchemeSheet(wb, xinchengScheme(), "zh-CN");
  return wb;
}

/**
 * Write the samples into a folder (samples/ by default).
 * @example await makeSamples("/tmp/samples", console.log)
 */
export async function makeSamples(dir: string, log: Log = () => {}): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const out: [string, ExcelJS.Workbook][] = [
    ["jiuyuan-2026q1.xlsx", jiuyuan(log)],
    ["zhejiang-2025.xlsx", zhejiang(log)],
    ["jiuyuan-2026-monthly.xlsx", jiuyuanMonthly(log)],
    ["xincheng-2025-secretaries.xlsx", xincheng(log)],
  ];
  for (const [name, wb] of out) await wb.xlsx.writeFile(path.join(dir, name));
  return out.map(([name]) => path.join(dir, name));
}

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? process.cwd());
  makeSamples(path.join(root, "samples"), (line) => console.log(line))
    .then((files) => files.forEach((f) => console.log(path.relative(root, f))))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
