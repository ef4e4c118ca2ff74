/**
 * 指标分析、领域分析、趋势分析 and 实绩到人 (the 浙江 article): three 考卷 — 党的建设, 高质量发展绩效,
 * 满意度评价 — over six counties in two tracks (山区县 / 非山区县). Every figure below can be
 * checked by hand against the table.
 */
import { analyse, contributions, histogramEdges, scoreSheet, summarize, trends, type ScoreSheet } from "../../src/engine/analysis/analysis";
import { attribute, parseOwners } from "../../src/engine/analysis/attribution";
import { parseSchemeOrThrow } from "../../src/engine/scheme/scheme";
import type { CellValue, ColumnMap, Table } from "../../src/engine/types";
import { tableFromRows } from "../../src/engine/input/table";

/** 党建 30%; 发展 50% = GDP 60% + 就业 (completion of 100) 40%; 满意度 20%. Effective: 0.3, 0.3, 0.2, 0.2. */
const scheme = parseSchemeOrThrow({
  id: "zj",
  name: { zh: "综合考核", en: "Comprehensive" },
  tiers: [
    { id: "first", label: { zh: "第一等次", en: "First" } },
    { id: "second", label: { zh: "第二等次", en: "Second" } },
  ],
  scoring: {
    sections: [
      { id: "party", label: "党的建设", weight: 30 },
      { id: "growth", label: "高质量发展绩效", weight: 50 },
      { id: "sat", label: "满意度评价", weight: 20 },
    ],
    indicators: [
      { id: "party", column: "党建", label: "党建", section: "party", weight: 1 },
      { id: "gdp", column: "GDP", label: "GDP增速", section: "growth", weight: 0.6 },
      { id: "jobs", column: "就业", section: "growth", weight: 0.4, kind: "completion", target: 100 },
      { id: "sat", column: "满意度", section: "sat", weight: 1 },
    ],
  },
});

const HEADERS = ["类别", "县", "党建", "GDP", "就业", "满意度"];
const MAP: ColumnMap = { group: 0, name: 1 };
function table(rows: CellValue[][]): Table {
  return tableFromRows({ sheet: "2025年度", headerRow: 1, headers: HEADERS, rows });
}

//           类别        县    党建 GDP 就业 满意度
const ROWS: CellValue[][] = [
  ["山区县", "甲", 90, 80, 100, 95],
  ["山区县", "乙", 85, 70, 90, 90],
  ["山区县", "丙", 80, 40, 60, 85],
  ["山区县", "丁", 88, 76, 95, 92],
  ["非山区县", "戊", 92, 90, 110, 96], // 110% of target, capped at 100
  ["非山区县", "己", 89, 88, 100, 94],
];
const sheet = scoreSheet(table(ROWS), MAP, scheme);

describe("scoreSheet: per-indicator and per-section scores from score.ts", () => {
  test("indicators carry their share of the total (section × indicator weight)", () => {
    expect(sheet.indicators.map((m) => [m.id, m.label, m.section, m.weight])).toEqual([
      ["party", "党建", "party", 0.3],
      ["gdp", "GDP增速", "growth", 0.3],
      ["jobs", "就业", "growth", 0.2],
      ["sat", "满意度", "sat", 0.2],
    ]);
    expect(sheet.sections.map((m) => [m.id, m.weight])).toEqual([
      ["party", 0.3],
      ["growth", 0.5],
      ["sat", 0.2],
    ]);
  });

  test.each([
    // 县   total  indicators             sections (党建, 发展 = GDP×0.6 + 就业×0.4, 满意度)
    ["甲", 90, [90, 80, 100, 95], [90, 88, 95]],
    ["丙", 65, [80, 40, 60, 85], [80, 48, 85]],
    ["戊", 93.8, [92, 90, 100, 96], [92, 94, 96]],
  ])("%s: total %p, indicators %j, sections %j", (name, total, indicators, sections) => {
    const r = sheet.rows.find((x) => x.name === name)!;
    expect(r.total).toBeCloseTo(total, 10);
    r.indicators.forEach((v, k) => expect(v).toBeCloseTo(indicators[k]!, 10));
    r.sections.forEach((v, k) => expect(v).toBeCloseTo(sections[k]!, 10));
  });

  test("an unusable cell is missing, never 0", () => {
    const s = scoreSheet(table([["山区县", "甲", 90, "#N/A", 100, 95]]), MAP, scheme);
    expect(s.rows[0]).toMatchObject({ total: null, indicators: [90, null, 100, 95] });
    expect(analyse(s).indicators[1]!.all).toMatchObject({ n: 0, missing: 1, mean: null });
  });
});

describe("指标分析: GDP增速 in 山区县 (80, 70, 40, 76)", () => {
  const gdp = analyse(sheet).indicators[1]!;
  const mountain = gdp.groups.find((g) => g.group === "山区县")!;

  test.each([
    ["n", 4],
    ["missing", 0],
    ["mean", 66.5],
    ["median", 73], // (70 + 76) / 2
    ["sd", Math.sqrt(987 / 4)], // population SD (STDEV.P): 15.71
  ] as const)("%s = %p", (k, v) => {
    expect(mountain[k]).toBeCloseTo(v, 10);
  });

  test("min and max name their subjects", () => {
    expect(mountain.min).toEqual({ value: 40, subjects: ["丙"] });
    expect(mountain.max).toEqual({ value: 80, subjects: ["甲"] });
  });

  test("丙 pulls the group down: 40 < 66.5 − 15.71; 乙 (70) does not", () => {
    expect(mountain.pullingDown).toEqual([{ name: "丙", value: 40, belowMean: 26.5 }]);
  });

  test("one set of bins for every group of the indicator: 40–50 … 80–90", () => {
    expect(mountain.histogram).toEqual([
      { from: 40, to: 50, count: 1 },
      { from: 50, to: 60, count: 0 },
      { from: 60, to: 70, count: 0 },
      { from: 70, to: 80, count: 2 },
      { from: 80, to: 90, count: 1 },
    ]);
    expect(gdp.all.histogram.map((b) => b.count)).toEqual([1, 0, 0, 2, 3]); // 90 sits in the last bin
    expect(gdp.groups.map((g) => g.group)).toEqual(["山区县", "非山区县"]);
  });
});

describe("领域分析: the same figures on section subtotals and on the total", () => {
  const a = analyse(sheet, "en-US");
  test("高质量发展绩效 in 山区县: 88, 78, 48, 83.6", () => {
    const g = a.sections[1]!.groups[0]!;
    expect(a.sections[1]!.label).toBe("高质量发展绩效");
    expect(g.mean).toBeCloseTo((88 + 78 + 48 + 83.6) / 4, 10);
    expect(g.pullingDown.map((x) => x.name)).toEqual(["丙"]);
  });
  test("the total is named in the language asked for", () => {
    expect(a.total).toMatchObject({ kind: "total", id: "total", label: "Total", weight: null });
    expect(a.total.all.max).toEqual({ value: expect.closeTo(93.8, 10), subjects: ["戊"] });
  });
});

describe("summarize and histogramEdges — the rules in isolation", () => {
  test.each([
    // values                        pulling down   rule
    [[90, 80, 40], ["丙"], "more than one SD below the mean"],
    [[80, 80, 80], [], "no spread: nobody"],
    [[90, 80], [], "two subjects are never more than one SD apart from their mean"],
    [[95, 94, 93, 92, 91, 60], ["己"], "one far behind: only it (bottom-3 would also name 丁 and 戊)"],
    [[90, 89, 88, 87], ["丁"], "the rule is relative: a small spread still names the lowest"],
  ])("%j → %j (%s)", (values, names) => {
    const named = values.map((value, i) => ({ name: ["甲", "乙", "丙", "丁", "戊", "己"][i]!, value }));
    expect(summarize(named).pullingDown.map((x) => x.name)).toEqual(names);
  });

  test.each([
    [[61.3, 98.7], [61, 69, 77, 85, 93, 101]],
    [[80, 80], [80, 81, 82, 83, 84, 85]],
    [[0, 100], [0, 20, 40, 60, 80, 100]],
    [[], []],
  ])("histogramEdges(%j) → %j", (values, edges) => {
    expect(histogramEdges(values)).toEqual(edges);
  });
});

describe("contributions: weight × score, and its share of the total (for a chart)", () => {
  test.each([
    // 县   points by indicator (党建, GDP, 就业, 满意度)   shares
    ["甲", [27, 24, 20, 19], [0.3, 24 / 90, 20 / 90, 19 / 90]],
    ["丙", [24, 12, 12, 17], [24 / 65, 12 / 65, 12 / 65, 17 / 65]],
  ])("%s: %j", (name, points, shares) => {
    const c = contributions(sheet).find((x) => x.name === name)!;
    c.indicators.forEach((p, k) => {
      expect(p.points).toBeCloseTo(points[k]!, 10);
      expect(p.share).toBeCloseTo(shares[k]!, 10);
    });
    expect(c.indicators.reduce((s, p) => s + p.points!, 0)).toBeCloseTo(c.total!, 10);
  });
  test("a missing indicator leaves its points and every share null", () => {
    const s = scoreSheet(table([["山区县", "甲", 90, "", 100, 95]]), MAP, scheme);
    expect(contributions(s)[0]!.indicators.map((p) => [p.points, p.share])).toEqual([
      [27, null],
      [null, null],
      [20, null],
      [19, null],
    ]);
  });
});

describe("趋势分析: group means of each measure across periods", () => {
  test("GDP增速 improves in 山区县 from the first half to the year", () => {
    const h1 = scoreSheet(table(ROWS.map((r) => [...r.slice(0, 3), (r[3] as number) - 10, ...r.slice(4)])), MAP, scheme);
    const t = trends([
      { period: "2025年上半年", sheet: h1 },
      { period: "2025年度", sheet },
    ]);
    expect(t.periods).toEqual(["2025年上半年", "2025年度"]);
    expect(t.measures.map((m) => m.id)).toEqual(["total", "party", "growth", "sat", "party", "gdp", "jobs", "sat"]);
    const gdp = t.measures.find((m) => m.kind === "indicator" && m.id === "gdp")!;
    expect(gdp.groups).toEqual([
      { group: "山区县", mean: [56.5, 66.5] },
      { group: "非山区县", mean: [79, 89] },
    ]);
  });
});

describe("实绩到人 (the 浙江 article): each indicator's result falls on its owner", () => {
  const owners = { party: ["组织部"], gdp: ["发改委"], jobs: ["人社厅", "发改委"], sat: [], xyz: ["某人"] };
  const a = attribute(sheet, owners, { threshold: 75 });

  test.each([
    // person    indicators       mean over their scores          subjects below 75 on any
    ["组织部", ["party"], (90 + 85 + 80 + 88 + 92 + 89) / 6, []],
    ["发改委", ["gdp", "jobs"], (80 + 70 + 40 + 76 + 90 + 88 + 100 + 90 + 60 + 95 + 100 + 100) / 12, ["乙", "丙"]],
    ["人社厅", ["jobs"], (100 + 90 + 60 + 95 + 100 + 100) / 6, ["丙"]],
  ])("%s owns %j: mean %p, below: %j", (person, ids, mean, below) => {
    const p = a.people.find((x) => x.person === person)!;
    expect(p.indicators.map((x) => x.id)).toEqual(ids);
    expect(p.mean).toBeCloseTo(mean, 10);
    expect(p.subjectsBelow).toEqual(below);
  });

  test("per indicator: who is below, lowest first; unowned and unknown indicators are listed", () => {
    const gdp = a.people.find((x) => x.person === "发改委")!.indicators[0]!;
    expect(gdp.below).toEqual([
      { name: "丙", group: "山区县", score: 40 },
      { name: "乙", group: "山区县", score: 70 },
    ]);
    expect(a.people.map((p) => p.person)).toEqual(["组织部", "发改委", "人社厅"]);
    expect(a.unowned).toEqual(["sat"]);
    expect(a.unknown).toEqual(["xyz"]);
    expect(attribute(sheet, owners).threshold).toBe(60);
  });

  test("parseOwners reads a 指标 | 责任人 table by id, label or column, with addressed problems", () => {
    const r = parseOwners(
      [
        ["党建", "组织部"],
        ["GDP增速", "发改委"],
        ["就业", "人社厅、发改委"],
        ["未知指标", "某人"],
        [null, null],
        ["sat", " "],
      ],
      scheme.scoring.indicators,
      "zh-CN",
    );
    expect(r.owners).toEqual({ party: ["组织部"], gdp: ["发改委"], jobs: ["人社厅", "发改委"] });
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([
      ["UNKNOWN_INDICATOR", "指标责任人!A5"],
      ["NO_OWNER", "指标责任人!B7"],
    ]);
    expect(r.problems[0]!.message).toBe("指标责任人!A5 的指标“未知指标”不是本方案的指标");
  });
});

/** A sheet is plain data: it survives JSON (the pane and the CLI may pass it around). */
test("a score sheet is plain data", () => {
  const copy = JSON.parse(JSON.stringify(sheet)) as ScoreSheet;
  expect(analyse(copy)).toEqual(analyse(sheet));
});
