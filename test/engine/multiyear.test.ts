/**
 * 多年度: 连续三年第一等次 (the 浙江 article: “连续三年综合考核为第一等次的单位……优先提拔使用”) and
 * repeated bottom → 约谈 (the 我市 article: “约谈主要负责人”; the 九原区 article: 红色 → 由责任领导进行约谈).
 * Each case is a grid: one line per subject, one column per year.
 */
import { assess } from "../../src/engine/rules/assess";
import { DuplicateYearError, isBottom, multiYearFlags, yearsFromHistory, type YearResults } from "../../src/engine/periods/multiyear";
import { presets } from "../../src/engine/scheme/presets";
import { parseSchemeOrThrow, type Scheme } from "../../src/engine/scheme/scheme";
import { subjects } from "./helpers";

const zhejiang = presets.zhejiang!; // 第一/第二/第三等次, consecutiveYears 3
const TIER: Record<string, number | null> = { 一: 0, 二: 1, 三: 2, "-": null };

/**
 * Years from a grid: the header line lists the years, each next line `name tier tier …`
 * (一/二/三, "-" = absent), or `name rank/n …` (rank out of the group) when `ranks` is set.
 */
function grid(text: string): YearResults[] {
  const [head, ...lines] = text.trim().split("\n").map((l) => l.trim().split(/\s+/));
  const years = head!.map(Number);
  return years.map((year, k) => ({
    year,
    results: lines
      .filter((l) => l[k + 1] !== "-")
      .map((l) => {
        const cell = l[k + 1]!;
        if (cell.includes("/")) {
          const [rank, n] = cell.split("/").map(Number);
          return { name: l[0]!, group: "设区市", tier: null, rank: rank!, groupSize: n! };
        }
        return { name: l[0]!, group: "设区市", tier: TIER[cell]!, rank: null };
      }),
  }));
}

const flags = (years: YearResults[], s: Scheme = zhejiang) => multiYearFlags(years, s, "zh-CN").map((f) => [f.subject, f.code, f.years]);

describe("CONSECUTIVE_FIRST: the first tier in every year of a run ending at the latest year, ≥ consecutiveYears", () => {
  test("four years of 设区市", () => {
    const years = grid(`
             2022 2023 2024 2025
      嘉兴市  一   一   一   一
      杭州市  二   一   一   一
      宁波市  一   一   二   一
      温州市  一   一   一   -
      湖州市  -    一   一   一
      舟山市  一   -    一   一
    `);
    expect(flags(years)).toEqual([
      ["嘉兴市", "CONSECUTIVE_FIRST", [2022, 2023, 2024, 2025]],
      ["杭州市", "CONSECUTIVE_FIRST", [2023, 2024, 2025]],
      // 宁波市: the run ends at 2025 and is one year long; 温州市: not in 2025; 舟山市: absent in 2023
      ["湖州市", "CONSECUTIVE_FIRST", [2023, 2024, 2025]],
    ]);
  });

  test("a year missing from the input breaks the run (2023 not given)", () => {
    const years = grid(`
             2022 2024 2025
      嘉兴市  一   一   一
    `);
    expect(flags(years)).toEqual([]);
  });

  test("the message names the run and the tier", () => {
    const years = grid(`
             2023 2024 2025
      嘉兴市  一   一   一
    `);
    expect(multiYearFlags(years, zhejiang, "zh-CN")[0]!.message).toBe("【设区市】嘉兴市 连续 3 年（2023—2025年）评为“第一等次”");
    expect(multiYearFlags(years, zhejiang, "en-US")[0]!.message).toBe("[设区市]嘉兴市: rated “First tier” 3 years in a row (2023–2025)");
  });

  test("years may come in any order", () => {
    const years = grid(`
             2023 2024 2025
      嘉兴市  一   一   一
    `).reverse();
    expect(flags(years)).toEqual([["嘉兴市", "CONSECUTIVE_FIRST", [2023, 2024, 2025]]]);
  });
});

describe("REPEATED_BOTTOM (约谈): at the bottom in ≥ 2 consecutive years up to the latest", () => {
  test("default bottom = the last tier (第三等次)", () => {
    const years = grid(`
             2023 2024 2025
      衢州市  二   三   三
      丽水市  三   三   二
      金华市  三   二   三
      台州市  三   三   三
    `);
    expect(flags(years)).toEqual([
      ["衢州市", "REPEATED_BOTTOM", [2024, 2025]],
      ["台州市", "REPEATED_BOTTOM", [2023, 2024, 2025]],
    ]);
    expect(multiYearFlags(years, zhejiang, "zh-CN")[0]!.message).toBe("【设区市】衢州市 连续 2 年（2024—2025年）评为“第三等次”，应约谈");
  });

  test.each([
    // rule                                  rank/n   → bottom?
    [{ count: 3 }, "8/10", true], // 九原区: the bottom 3 of 10 are red (the 九原区 article)
    [{ count: 3 }, "7/10", false],
    [{ share: 0.1 }, "10/10", true], // 后10%: 1 of 10
    [{ share: 0.1 }, "9/10", false],
    [{ share: 0.1 }, "9/9", false], // floor(0.9) = 0: nobody
    [{ share: 0.1, rounding: "ceil" }, "9/9", true],
  ] as const)("multiYear.bottom %j: rank %s → %p", (bottom, cell, expected) => {
    const s = parseSchemeOrThrow({ ...zhejiangInput(), multiYear: { bottom } });
    const [rank, n] = cell.split("/").map(Number);
    expect(isBottom({ tier: null, rank: rank! }, n!, s)).toBe(expected);
  });

  test("a bottom count, three years, a custom label: ties at the line share the better side", () => {
    const s = parseSchemeOrThrow({ ...zhejiangInput(), multiYear: { bottom: { count: 3 }, bottomYears: 3, label: { zh: "约谈主要负责人", en: "talk with the head" } } });
    const years = grid(`
             2023  2024  2025
      甲     10/10 9/10  8/10
      乙     8/10  8/10  7/10
      丙     9/10  10/10 10/10
    `);
    expect(flags(years, s)).toEqual([
      ["甲", "REPEATED_BOTTOM", [2023, 2024, 2025]],
      ["丙", "REPEATED_BOTTOM", [2023, 2024, 2025]],
    ]);
    expect(multiYearFlags(years, s, "zh-CN")[0]!.message).toBe("【设区市】甲 连续 3 年（2023—2025年）排名后 3 位，应约谈主要负责人");
  });

  test("the group size is counted from the year's ranked results when not given", () => {
    const s = parseSchemeOrThrow({ ...zhejiangInput(), multiYear: { bottom: { count: 1 } } });
    const year = (y: number, ranks: number[]) => ({ year: y, results: ranks.map((rank, i) => ({ name: `单位${i + 1}`, group: "", tier: null, rank })) });
    expect(flags([year(2024, [1, 2, 3]), year(2025, [1, 3, 2])], s)).toEqual([]);
    expect(flags([year(2024, [1, 2, 3]), year(2025, [1, 2, 3])], s)).toEqual([["单位3", "REPEATED_BOTTOM", [2024, 2025]]]);
  });
});

describe("inputs", () => {
  test("a year given twice is a programmer error", () => {
    const y = { year: 2025, results: [] };
    expect(() => multiYearFlags([y, y], zhejiang)).toThrow(DuplicateYearError);
  });

  test("yearsFromHistory: past tier columns (2023年等次, 2024年等次) plus this year's assessment", () => {
    const s = zhejiang;
    const subs = subjects("嘉兴市 95\n衢州市 60\n杭州市 90\n宁波市 85\n温州市 80\n湖州市 79\n绍兴市 78\n金华市 77\n台州市 76\n丽水市 75", {
      嘉兴市: { history: [0, 0] },
      衢州市: { history: [1, 2] },
    });
    const a = assess(subs, s);
    const years = yearsFromHistory(subs, a.results, [2023, 2024], 2025);
    expect(years.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    // 嘉兴市 first three years running; 衢州市 third tier in 2024 and (后10%) 2025
    expect(flags(years, s)).toEqual([
      ["嘉兴市", "CONSECUTIVE_FIRST", [2023, 2024, 2025]],
      ["衢州市", "REPEATED_BOTTOM", [2024, 2025]],
    ]);
  });
});

/** The zhejiang preset's input, for variants. */
function zhejiangInput() {
  return {
    id: "zj",
    name: { zh: "浙江", en: "Zhejiang" },
    tiers: zhejiang.tiers.map((t) => ({ id: t.id, label: t.label })),
    forcedBottom: { share: 0.1 },
  };
}
