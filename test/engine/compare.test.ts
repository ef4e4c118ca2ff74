/**
 * 排名变化 between bulletins (通报式, 报告式: 按月或按季度开展考核通报, the 九原区 article) and the trend
 * over several periods. Each period is a literal table: name, group, rank, tier, light, score.
 */
import { compare, matchSubjects, periodResults, rankChangeSymbol, series, trackSubjects, type PeriodResult, type RankChange } from "../../src/engine/periods/compare";
import { evaluate } from "../../src/engine/check/evaluate";
import { presets } from "../../src/engine/scheme/presets";
import type { Light, Table } from "../../src/engine/types";
import { tableFromRows } from "../../src/engine/input/table";

const LIGHT: Record<string, Light | null> = { 绿: "green", 黄: "yellow", 红: "red", "-": null };
const TIER: Record<string, number | null> = { 优秀: 0, 良好: 1, 一般: 2, 较差: 3, "-": null };

/** Period results from lines `name group rank tier light score` ("-" for none). */
function period(text: string): PeriodResult[] {
  return text
    .trim()
    .split("\n")
    .map((line) => {
      const [name, group, rank, tier, light, score] = line.trim().split(/\s+/) as [string, string, string, string, string, string];
      return {
        name,
        group: group === "-" ? "" : group,
        rank: rank === "-" ? null : Number(rank),
        tier: TIER[tier]!,
        light: LIGHT[light]!,
        score: score === "-" ? null : Number(score),
      };
    });
}

// 九原区 区直单位, first and second quarter.
const q1 = period(`
  区财政局   区直单位 1 优秀 绿 95
  区发改委   区直单位 2 优秀 绿 93
  区商务局   区直单位 3 良好 绿 90
  区住建局   区直单位 4 良好 绿 88
  区农牧局   区直单位 5 一般 黄 80
  区统计局   区直单位 6 较差 红 70
  萨如拉街道 镇街     1 优秀 绿 91
`);
const q2 = period(`
  区商务局   区直单位 1 优秀 绿 96
  区财政局   区直单位 2 优秀 绿 94
  區發改委   区直单位 3 良好 绿 90
  区住建局   区直单位 4 良好 绿 88
  区应急局   区直单位 5 一般 黄 82
  萨如拉街道 区直单位 6 较差 红 65
  区统计局   区直单位 - -    -  -
`);

describe("compare: each subject of the current period against the previous one", () => {
  const c = compare(q1, q2);
  const byName = Object.fromEntries(c.subjects.map((s) => [s.current.name, s]));

  test.each([
    // subject      rank change                    symbol (zh)
    ["区商务局", { kind: "up", by: 2 }, "▲2"],
    ["区财政局", { kind: "down", by: -1 }, "▼1"],
    ["區發改委", { kind: "down", by: -1 }, "▼1"], // Traditional spelling matches 区发改委
    ["区住建局", { kind: "same", by: 0 }, "—"],
    ["区应急局", { kind: "new" }, "新"],
    ["萨如拉街道", { kind: "regrouped" }, "转入"], // ranked in another group last quarter
    ["区统计局", { kind: "unranked" }, ""], // no score this quarter: no rank to compare
  ] as [string, RankChange, string][])("%s: %j → %s", (name, change, symbol) => {
    expect(byName[name]!.rankChange).toEqual(change);
    expect(rankChangeSymbol(byName[name]!.rankChange, "zh-CN")).toBe(symbol);
  });

  test.each([
    // subject     tier from → to, direction        light from → to, direction           score change
    ["区商务局", { from: 1, to: 0, direction: "up" }, { from: "green", to: "green", direction: "same" }, 6],
    ["区发改委", { from: 0, to: 1, direction: "down" }, { from: "green", to: "green", direction: "same" }, -3],
    ["区住建局", { from: 1, to: 1, direction: "same" }, { from: "green", to: "green", direction: "same" }, 0],
    ["萨如拉街道", { from: 0, to: 3, direction: "down" }, { from: "green", to: "red", direction: "down" }, -26],
    ["区统计局", { from: 3, to: null, direction: "unknown" }, { from: "red", to: null, direction: "unknown" }, null],
  ])("%s: tier %j, light %j, score %p", (name, tier, light, score) => {
    const s = c.subjects.find((x) => x.previous?.name === name || x.current.name === name)!;
    expect(s.tierChange).toEqual(tier);
    expect(s.lightChange).toEqual(light);
    expect(s.scoreChange).toBe(score);
  });

  test("a new subject has no changes but its rank; subjects that left are listed", () => {
    expect(byName["区应急局"]).toMatchObject({ previous: null, tierChange: null, lightChange: null, scoreChange: null, groupChange: null });
    expect(c.left.map((s) => s.name)).toEqual(["区农牧局"]);
  });

  test("a subject that moved to another group is matched by name and its move reported", () => {
    expect(byName["萨如拉街道"]!.groupChange).toEqual({ from: "镇街", to: "区直单位" });
    expect(byName["区财政局"]!.groupChange).toBeNull();
  });

  test("score changes have no float noise: 94 − 95.1 is −1.1", () => {
    const a = period("甲 - 1 优秀 绿 95.1");
    const b = period("甲 - 1 优秀 绿 94");
    expect(compare(a, b).subjects[0]!.scoreChange).toBe(-1.1);
  });
});

describe("rank-change symbols", () => {
  test.each([
    [{ kind: "up", by: 3 }, "▲3", "▲3"],
    [{ kind: "down", by: -2 }, "▼2", "▼2"],
    [{ kind: "same", by: 0 }, "—", "—"],
    [{ kind: "new" }, "新", "new"],
    [{ kind: "regrouped" }, "转入", "moved in"],
    [{ kind: "unranked" }, "", ""],
  ] as [RankChange, string, string][])("%j → %s / %s", (change, zh, en) => {
    expect(rankChangeSymbol(change, "zh-CN")).toBe(zh);
    expect(rankChangeSymbol(change, "en-US")).toBe(en);
  });
});

describe("matching: name within the group first, then name alone when unambiguous", () => {
  test.each([
    // before                                  after                          → match
    [[["甲", "A"], ["乙", "A"]], [["乙", "A"], ["甲", "A"]], [1, 0]],
    [[["甲", "A"]], [["甲", "B"]], [0]], // moved group
    [[["甲", "A"], ["甲", "B"]], [["甲", "C"]], [null]], // two 甲 elsewhere: ambiguous, new
    [[["甲", "A"], ["甲", "B"]], [["甲", "B"], ["甲", "C"]], [1, 0]], // exact first, then the one left
    [[["甲 ", "A"]], [["甲", " A"]], [0]], // spaces do not matter
    [[["甲", "A"]], [["丙", "A"]], [null]],
  ])("%j → %j = %j", (before, after, expected) => {
    const named = (xs: string[][]) => xs.map(([name, group]) => ({ name: name!, group: group! }));
    expect(matchSubjects(named(before), named(after))).toEqual(expected);
  });

  // People: [name, group, 单位]; an override names a person by name, or name（单位）.
  test.each([
    [[["王伟", "", "财政"], ["王伟", "", "教育"]], [["王伟", "", "教育"], ["王伟", "", "财政"]], [1, 0]], // rows swapped
    [[["王伟", "", "财政"], ["王伟", "", "教育"]], [["王伟（教育）", ""]], [1]], // an override naming the 单位
    [[["王伟", "", "财政"], ["王伟", "", "教育"]], [["王伟 (教育)", ""]], [1]], // half-width brackets, a space
    [[["王伟", "", "财政"], ["王伟", "", "教育"]], [["王伟", ""]], [null]], // which 王伟: never the first by default
    [[["王伟", "", "财政"], ["李娜", "", "财政"]], [["王伟", ""]], [0]], // one 王伟: the name is enough
    [[["王伟", "", "财政"]], [["王伟", "", "教育"]], [0]], // moved to another 单位
    [[["王伟", "", "财政"], ["王伟", "", "教育"]], [["王伟", "", "民政"]], [null]], // a third 王伟
  ])("people %j → %j = %j", (before, after, expected) => {
    const named = (xs: string[][]) => xs.map(([name, group, unit]) => ({ name: name!, group: group!, ...(unit === undefined ? {} : { unit }) }));
    expect(matchSubjects(named(before), named(after))).toEqual(expected);
  });
});

describe("series: N ordered periods side by side (趋势)", () => {
  const jan = period(`
    甲 A 2 良好 黄 85
    乙 A 1 优秀 绿 90
    丙 A 3 较差 红 70
  `);
  const feb = period(`
    乙 A 2 良好 黄 88
    甲 A 1 优秀 绿 92
  `);
  const mar = period(`
    甲 A 1 优秀 绿 95
    丙 A 2 良好 黄 80
    丁 A 3 较差 红 60
  `);
  const s = series(
    [
      { period: "2026年1月", results: jan },
      { period: "2026年2月", results: feb },
      { period: "2026年3月", results: mar },
    ],
    4,
  );

  test("per subject: ranks, scores, tiers and lights per period, null where absent; latest period's order first", () => {
    expect(s.periods).toEqual(["2026年1月", "2026年2月", "2026年3月"]);
    expect(s.subjects.map((x) => [x.name, x.ranks, x.scores, x.tiers, x.lights])).toEqual([
      ["甲", [2, 1, 1], [85, 92, 95], [1, 0, 0], ["yellow", "green", "green"]],
      ["丙", [3, null, 2], [70, null, 80], [3, null, 1], ["red", null, "yellow"]],
      ["丁", [null, null, 3], [null, null, 60], [null, null, 3], [null, null, "red"]],
      ["乙", [1, 2, null], [90, 88, null], [0, 1, null], ["green", "yellow", null]],
    ]);
  });

  test("per group: subjects present, mean score and tier counts per period", () => {
    expect(s.groups).toEqual([
      {
        group: "A",
        n: [3, 2, 3],
        meanScore: [(85 + 90 + 70) / 3, 90, (95 + 80 + 60) / 3],
        tierCounts: [
          [1, 1, 0, 1],
          [1, 1, 0, 0],
          [1, 1, 0, 1],
        ],
      },
    ]);
  });

  test("trackSubjects follows a subject that changed group", () => {
    const t = trackSubjects([
      [{ name: "甲", group: "镇街" }],
      [{ name: "甲", group: "区直单位" }],
    ]);
    expect(t).toEqual([{ name: "甲", group: "区直单位", at: [0, 0] }]);
  });
});

describe("periodResults: from an evaluation of a bulletin sheet", () => {
  test("name, group, rank, tier, light and score per row, as the board shows them", () => {
    const rows = [98, 95, 92, 90, 88, 85, 80, 75, 70, 60].map((score, i) => ({ row: i + 2, cells: ["区直单位", `单位${i + 1}`, score] }));
    const table: Table = tableFromRows({ sheet: "2026年第一季度", headerRow: 1, headers: ["类别", "单位", "总分"], rows });
    const r = periodResults(evaluate(table, { group: 0, name: 1, score: 2 }, presets.jiuyuan!));
    expect(r[0]).toEqual({ name: "单位1", group: "区直单位", rank: 1, tier: 0, light: "green", score: 98 });
    expect(r.map((x) => x.light)).toEqual(["green", "green", "green", "green", "yellow", "yellow", "yellow", "red", "red", "red"]);
  });
});
