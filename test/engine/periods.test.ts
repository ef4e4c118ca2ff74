/**
 * 考核期间: the labels offices put on monthly and quarterly bulletins (通报式/报告式, the 九原区 article),
 * half-year evaluations (半年评估, the 浙江 article) and annual sheets — read, ordered, and told apart
 * from sheets that are not periods. Each row: the text as typed → the period it names.
 * Then 平时考核: the periods' scores rolled into the annual result (the 我市 article: 30%).
 */
import {
  comparePeriods,
  makePeriod,
  missingPeriods,
  orderPeriods,
  parsePeriod,
  periodKey,
  periodLabel,
  previousPeriod,
} from "../../src/engine/periods/periods";
import { rollUp, type ScoredSubject } from "../../src/engine/periods/rollup";
import { scheme } from "./helpers";

/** "2026-Q1"-style key of what a text parses to, or null. */
const keyOf = (text: string, year?: number) => {
  const p = parsePeriod(text, year === undefined ? {} : { year });
  return p ? periodKey(p) : null;
};

describe("parsePeriod — months", () => {
  test.each([
    ["2026年1月", "2026-01"],
    ["2026年01月", "2026-01"],
    ["2026年12月", "2026-12"],
    ["2026年1月份", "2026-01"],
    ["2026年十二月", "2026-12"],
    ["2026 年 3 月", "2026-03"],
    ["2026-01", "2026-01"],
    ["2026/1", "2026-01"],
    ["２０２６年１月", "2026-01"], // full-width digits
    ["Jan 2026", "2026-01"],
    ["January 2026", "2026-01"],
    ["2026 Sep", "2026-09"],
    ["2026年4月晾晒表", "2026-04"], // a sheet name around the label
    ["九原区2026年5月通报", "2026-05"],
  ])("%s → %s", (text, key) => {
    expect(keyOf(text)).toBe(key);
  });
});

describe("parsePeriod — quarters (季度通报, 报告式)", () => {
  test.each([
    ["2026年第一季度", "2026-Q1"],
    ["2026年一季度", "2026-Q1"],
    ["2026年第1季度", "2026-Q1"],
    ["2026年第四季度", "2026-Q4"],
    ["2026年第一季", "2026-Q1"], // Traditional usage
    ["2026年度第二季度", "2026-Q2"],
    ["2026Q1", "2026-Q1"],
    ["2026-Q3", "2026-Q3"],
    ["2026 q2", "2026-Q2"],
    ["Q1 2026", "2026-Q1"],
    ["2026年1-3月", "2026-Q1"], // a run of months that is a quarter
    ["2026年4月至6月", "2026-Q2"],
    ["2026年第一季度晾晒表", "2026-Q1"],
  ])("%s → %s", (text, key) => {
    expect(keyOf(text)).toBe(key);
  });
});

describe("parsePeriod — half years and years", () => {
  test.each([
    ["2026年上半年", "2026-H1"],
    ["2026年下半年", "2026-H2"],
    ["2026上半年", "2026-H1"],
    ["2026 H1", "2026-H1"],
    ["H2 2026", "2026-H2"],
    ["2026年1-6月", "2026-H1"],
    ["2025年度", "2025"],
    ["2025年", "2025"],
    ["2025", "2025"],
    ["2025年度综合考核", "2025"],
    ["2025年1-12月", "2025"],
  ])("%s → %s", (text, key) => {
    expect(keyOf(text)).toBe(key);
  });
});

describe("parsePeriod — labels without a year take opts.year, or a year elsewhere in the text", () => {
  test.each([
    ["1月", 2026, "2026-01"],
    ["十一月", 2026, "2026-11"],
    ["一季度", 2026, "2026-Q1"],
    ["第三季度", 2026, "2026-Q3"],
    ["Q4", 2026, "2026-Q4"],
    ["上半年", 2026, "2026-H1"],
    ["2026年通报（一季度）", undefined, "2026-Q1"], // the year named on its own dates the quarter
    ["1月", undefined, null], // no year, none given: not a period
    ["一季度", undefined, null],
  ])("%s (year %p) → %p", (text, year, key) => {
    expect(keyOf(text, year)).toBe(key);
  });
});

describe("parsePeriod — texts that are not (one) period return null", () => {
  test.each([
    "考核方案",
    "Sheet1",
    "晾晒表",
    "",
    "2026年13月", // no 13th month
    "2026年第五季度",
    "2026-01-15", // a date, not a month
    "2026年1-2月", // two months are no period
    "2026年1月-2026年3月", // two periods
    "marketing 2026", // not “March”
    "2026年1月至3月与4月", // a run of months and another month
  ])("%p → null", (text) => {
    expect(parsePeriod(text, { year: 2026 })).toBeNull();
  });
});

describe("labels: canonical Chinese whatever was typed; English on request", () => {
  test.each([
    ["2026Q1", "2026年第一季度", "Q1 2026"],
    ["2026-01", "2026年1月", "Jan 2026"],
    ["2026 H2", "2026年下半年", "H2 2026"],
    ["2025", "2025年度", "2025"],
  ])("%s → %s / %s", (text, zh, en) => {
    const p = parsePeriod(text)!;
    expect(p.label).toBe(zh);
    expect(periodLabel(p, "zh-CN")).toBe(zh);
    expect(periodLabel(p, "en-US")).toBe(en);
  });

  test("a parsed period is plain data", () => {
    expect(parsePeriod("2026年第一季度")).toEqual({ year: 2026, kind: "quarter", index: 1, label: "2026年第一季度" });
    expect(makePeriod(2026, "month", 13)).toBeNull();
  });
});

describe("chronological order: a period follows its last month; shorter first", () => {
  test("months, quarters, halves and the year of 2026 interleave by the month they end", () => {
    const texts = ["2026年度", "2026年下半年", "2026Q4", "2026年12月", "2026年上半年", "2026年第二季度", "2026年6月", "2026Q1", "2026年3月", "2026年1月", "2025年度"];
    const shuffled = [...texts].reverse();
    const sorted = shuffled.map((t) => parsePeriod(t)!).sort(comparePeriods).map((p) => p.label);
    expect(sorted).toEqual([
      "2025年度",
      "2026年1月",
      "2026年3月",
      "2026年第一季度",
      "2026年6月",
      "2026年第二季度",
      "2026年上半年",
      "2026年12月",
      "2026年第四季度",
      "2026年下半年",
      "2026年度",
    ]);
  });

  test("orderPeriods sorts sheet names, sets aside the rest and names duplicates", () => {
    const r = orderPeriods(["2026年第二季度", "考核方案", "2026Q1", "变更记录", "2026年第一季度"]);
    expect(r.periods.map((p) => p.text)).toEqual(["2026Q1", "2026年第一季度", "2026年第二季度"]);
    expect(r.notPeriods).toEqual(["考核方案", "变更记录"]);
    expect(r.duplicates).toEqual([["2026Q1", "2026年第一季度"]]);
  });

  test.each([
    ["2026Q1", "2025年第四季度"],
    ["2026年1月", "2025年12月"],
    ["2026年5月", "2026年4月"],
    ["2026年上半年", "2025年下半年"],
    ["2026年度", "2025年度"],
  ])("previousPeriod(%s) → %s", (text, prev) => {
    expect(previousPeriod(parsePeriod(text)!).label).toBe(prev);
  });

  test("missingPeriods names the gaps in a run of bulletins", () => {
    const ps = ["2026年1月", "2026年2月", "2026年4月", "2026Q1", "2026Q3"].map((t) => parsePeriod(t)!);
    expect(missingPeriods(ps).map((p) => p.label)).toEqual(["2026年3月", "2026年第二季度"]);
  });
});

describe("rollUp — 平时考核 (mean of the periods there are) × 30% + 年度考核 × 70% (the 我市 article)", () => {
  /** Scores from `name score` lines ("-" = no score). */
  const scores = (text: string): ScoredSubject[] =>
    text
      .trim()
      .split("\n")
      .map((l) => l.trim().split(/\s+/))
      .map(([name, score]) => ({ name: name!, group: "区直单位", score: score === "-" ? null : Number(score) }));
  const s = scheme();
  const r = rollUp(
    {
      periods: [
        { period: "2026年第一季度", results: scores("甲 80\n乙 90\n丙 70") },
        { period: "2026年第二季度", results: scores("甲 90\n乙 -\n丙 70") },
        { period: "2026年第三季度", results: scores("甲 70\n丙 70\n戊 88") },
      ],
      annual: scores("甲 90\n乙 80\n丙 -\n丁 85"),
      expected: ["2026年第一季度", "2026年第二季度", "2026年第三季度", "2026年第四季度"],
    },
    s,
  );

  test.each([
    // subject  period scores       regular  used annual combined
    ["甲", [80, 90, 70], 80, 3, 90, 87], // 80 × 0.3 + 90 × 0.7
    ["乙", [90, null, null], 90, 1, 80, 83], // a missing period is left out, not counted as 0
    ["丙", [70, 70, 70], 70, 3, null, null], // no annual score: no combined score
    ["丁", [null, null, null], null, 0, 85, null], // no period score at all
  ])("%s: %j → regular %p over %p periods, annual %p → %p", (name, periods, regular, used, annual, combined) => {
    const x = r.subjects.find((y) => y.name === name)!;
    expect(x.periods).toEqual(periods);
    expect(x.regular).toBe(regular);
    expect(x.periodsUsed).toBe(used);
    expect(x.annual).toBe(annual);
    if (combined === null) expect(x.combined).toBeNull();
    else expect(x.combined).toBeCloseTo(combined, 10);
  });

  test("every gap is reported with its period and subject", () => {
    expect(r.problems.map((p) => [p.code, p.period ?? "", p.subject ?? ""])).toEqual([
      ["PERIOD_ABSENT", "2026年第四季度", ""],
      ["PERIOD_MISSING", "2026年第二季度", "乙"],
      ["PERIOD_MISSING", "2026年第三季度", "乙"],
      ["ANNUAL_MISSING", "", "丙"],
      ["PERIOD_MISSING", "2026年第一季度", "丁"],
      ["PERIOD_MISSING", "2026年第二季度", "丁"],
      ["PERIOD_MISSING", "2026年第三季度", "丁"],
      ["NO_REGULAR", "", "丁"],
      ["NOT_IN_ANNUAL", "2026年第三季度", "戊"],
    ]);
    expect(r.problems[1]!.message).toBe("【区直单位】乙 在 2026年第二季度 没有平时考核得分：按已有期次平均，未按 0 分计");
  });

  test("the scheme's regular weight and rounding (保留两位小数) are used", () => {
    const s2 = scheme({ scoring: { regularWeight: 0.5, decimals: 2 } });
    const x = rollUp({ periods: [{ period: "1", results: scores("甲 80.333") }], annual: scores("甲 90") }, s2).subjects[0]!;
    expect(x.combined).toBe(85.17); // 80.333 × 0.5 + 90 × 0.5 = 85.1665
  });
});
