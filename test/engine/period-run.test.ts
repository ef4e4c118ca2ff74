/**
 * Several periods assessed with one scheme (assessPeriods): each period is a literal table
 * (`group name score`, one subject per line), the expected ranks, changes, flags and roll-up are
 * written beside it so that a reviewer can check them by eye.
 */
import { rankChangeSymbol } from "../../src/engine/periods/compare";
import { assessPeriods } from "../../src/engine/periods/period-run";
import { parsePeriod } from "../../src/engine/periods/periods";
import { presets } from "../../src/engine/scheme/presets";
import type { ColumnMap, Table } from "../../src/engine/types";
import { scheme as fourTiers } from "./helpers";
import { rowCells, tableFromRows } from "../../src/engine/input/table";

const MAP: ColumnMap = { group: 0, name: 1, score: 2 };

/** A period's table from lines `group name score` (score "-" = blank cell). */
function period(label: string, text: string): { period: NonNullable<ReturnType<typeof parsePeriod>>; table: Table; map: ColumnMap } {
  const p = parsePeriod(label);
  if (!p) throw new Error(`not a period: ${label}`);
  const rows = text
    .trim()
    .split("\n")
    .map((line, i) => {
      const [group, name, score] = line.trim().split(/\s+/);
      return { row: i + 2, cells: [group!, name!, score === "-" ? null : Number(score)] };
    });
  return { period: p, table: tableFromRows({ sheet: label, headerRow: 1, headers: ["类别", "单位", "总分"], rows }), map: MAP };
}

const jiuyuan = presets.jiuyuan!; // 优秀 ≤ 30% (floor); top 4 green, bottom 3 red

/** Per subject of a run's comparison: its rank change as the board shows it. */
const changes = (run: ReturnType<typeof assessPeriods>["runs"][number]) =>
  Object.fromEntries(run.comparison!.subjects.map((s) => [s.current.name, rankChangeSymbol(s.rankChange, "zh-CN")]));

describe("months of one year", () => {
  const jan = period(
    "2026年1月",
    `
    区直 甲 90
    区直 乙 85
    区直 丙 80
    区直 丁 75
    乡镇 子 88
    乡镇 丑 86`,
  );
  const feb = period(
    "2026年2月",
    `
    区直 甲 82
    区直 乙 91
    区直 丙 80
    区直 丁 84
    区直 戊 95
    乡镇 子 86
    乡镇 丑 88`,
  );
  const mar = period(
    "2026年3月",
    `
    区直 乙 91
    区直 丙 -
    区直 丁 84
    区直 戊 70
    街道 丑 90
    乡镇 子 86`,
  );
  // Given out of order: assessed in calendar order.
  const run = assessPeriods([mar, jan, feb], jiuyuan, "zh-CN");

  test("runs in calendar order; the first has no comparison", () => {
    expect(run.runs.map((r) => [r.period.label, r.comparison === null])).toEqual([
      ["2026年1月", true],
      ["2026年2月", false],
      ["2026年3月", false],
    ]);
  });

  test("February against January: ranks within the group, ▲ ▼ — and 新", () => {
    //          Jan rank  Feb rank
    //   甲       1         4      ▼3
    //   乙       2         2      —
    //   丙       3         5      ▼2
    //   丁       4         3      ▲1
    //   戊       —         1      新
    //   子       1         2      ▼1   (乡镇)
    //   丑       2         1      ▲1
    expect(changes(run.runs[1]!)).toEqual({ 甲: "▼3", 乙: "—", 丙: "▼2", 丁: "▲1", 戊: "新", 子: "▼1", 丑: "▲1" });
    const feb2 = run.runs[1]!.comparison!;
    const 乙 = feb2.subjects.find((s) => s.current.name === "乙")!;
    expect(乙.scoreChange).toBe(6);
    // One 优秀 place in 区直 both months (floor(4 × 30%) = floor(5 × 30%) = 1): 甲's in January, 戊's in February.
    expect(乙.tierChange).toEqual({ from: 1, to: 1, direction: "same" });
    const 甲 = feb2.subjects.find((s) => s.current.name === "甲")!;
    expect(甲.tierChange).toEqual({ from: 0, to: 1, direction: "down" });
    expect(甲.lightChange).toEqual({ from: "green", to: "green", direction: "same" }); // top 4 of 5 are green
  });

  test("March against February: an unranked subject, a subject that moved group (转入), one that left", () => {
        //          Feb rank  Mar rank
    //   乙       2         1      ▲1
    //   丙       5         —      ""   (blank score: no rank, no change told)
    //   丁       3         2      ▲1
    //   戊       1         3      ▼2
    //   丑       1 (乡镇)  1 (街道) 转入
    //   子       2         1      ▲1   (alone in 乡镇 now)
    //   甲       4         gone   → left
    expect(changes(run.runs[2]!)).toEqual({ 乙: "▲1", 丙: "", 丁: "▲1", 戊: "▼2", 丑: "转入", 子: "▲1" });
    const mar2 = run.runs[2]!.comparison!;
    expect(mar2.left.map((l) => l.name)).toEqual(["甲"]);
    expect(mar2.subjects.find((s) => s.current.name === "丑")!.groupChange).toEqual({ from: "乡镇", to: "街道" });
  });

  test("the series follows every subject through the three months", () => {
    expect(run.series.periods).toEqual(["2026年1月", "2026年2月", "2026年3月"]);
    const s = Object.fromEntries(run.series.subjects.map((x) => [x.name, x.ranks]));
    expect(s).toMatchObject({ 乙: [2, 2, 1], 戊: [null, 1, 3], 甲: [1, 4, null], 丙: [3, 5, null] });
  });

  test("no years, no 年度: no flags and no roll-up", () => {
    expect(run.flags).toEqual([]);
    expect(run.rollup).toBeUndefined();
  });

  test("inputs are not mutated", () => {
    expect(rowCells(jan.table, 0)).toEqual(["区直", "甲", 90]);
    expect([mar, jan, feb].map((t) => t.period.label)).toEqual(["2026年3月", "2026年1月", "2026年2月"]);
  });
});

describe("years: 三年第一等次 and repeated bottom (约谈)", () => {
  // 甲 holds the one 优秀 place (floor(5 × 30%) = 1) three years running; 戊 is last (较差 needs a
  // threshold or forced bottom, so the rule here counts the bottom 1 of the group by rank).
  const scheme = fourTiers({ top: { share: 0.3 }, multiYear: { bottom: { count: 1 }, bottomYears: 2 } });
  const year = (y: string, a: number, e: number) =>
    period(
      y,
      `
      区直 甲 ${a}
      区直 乙 80
      区直 丙 75
      区直 丁 70
      区直 戊 ${e}`,
    );
  const run = assessPeriods([year("2023年度", 95, 60), year("2024年度", 96, 61), year("2025年度", 97, 62)], scheme, "zh-CN");

  test("flags for the latest year", () => {
    expect(run.flags.map((f) => [f.subject, f.code, f.years])).toEqual([
      ["甲", "CONSECUTIVE_FIRST", [2023, 2024, 2025]],
      ["戊", "REPEATED_BOTTOM", [2023, 2024, 2025]],
    ]);
    expect(run.flags[1]!.message).toContain("约谈");
  });

  test("two years are not enough for 三年第一等次, but enough for 约谈", () => {
    const two = assessPeriods([year("2024年度", 96, 61), year("2025年度", 97, 62)], scheme, "zh-CN");
    expect(two.flags.map((f) => [f.subject, f.code])).toEqual([["戊", "REPEATED_BOTTOM"]]);
  });

  test("one year alone: no flags", () => {
    expect(assessPeriods([year("2025年度", 97, 62)], scheme, "zh-CN").flags).toEqual([]);
  });
});

describe("平时 roll-up into the year", () => {
  const q = (label: string, a: number, b: number) =>
    period(
      label,
      `
      区直 甲 ${a}
      区直 乙 ${b}`,
    );
  const annual = q("2025年度", 90, 80);

  test("quarters beside the 年度: their mean × 30% + the annual score × 70%; absent quarters reported", () => {
    const run = assessPeriods([q("2025年第一季度", 80, 70), q("2025年第二季度", 84, 74), annual], jiuyuan, "zh-CN");
    const r = run.rollup!;
    expect(r.periods).toEqual(["2025年第一季度", "2025年第二季度"]);
    expect(r.regularWeight).toBe(0.3);
    const 甲 = r.subjects.find((s) => s.name === "甲")!;
    expect(甲).toMatchObject({ regular: 82, periodsUsed: 2, annual: 90 });
    expect(甲.combined).toBeCloseTo(82 * 0.3 + 90 * 0.7, 10);
    expect(r.problems.map((p) => [p.code, p.period])).toEqual([
      ["PERIOD_ABSENT", "2025年第三季度"],
      ["PERIOD_ABSENT", "2025年第四季度"],
    ]);
  });

  test("months and quarters of the same year: the quarters count, the months are not added twice", () => {
    const run = assessPeriods(
      [q("2025年1月", 10, 10), q("2025年第一季度", 80, 70), q("2025年第二季度", 80, 70), q("2025年第三季度", 80, 70), q("2025年第四季度", 80, 70), annual],
      jiuyuan,
      "zh-CN",
    );
    expect(run.rollup!.periods).toEqual(["2025年第一季度", "2025年第二季度", "2025年第三季度", "2025年第四季度"]);
    expect(run.rollup!.subjects[0]!.regular).toBe(80);
    expect(run.rollup!.problems).toEqual([]);
  });

  test("a subject missing from a quarter is averaged over the quarters it has, never read as 0", () => {
    const q2 = period("2025年第二季度", "区直 甲 84");
    const run = assessPeriods([q("2025年第一季度", 80, 70), q2, annual], jiuyuan, "zh-CN");
    const 乙 = run.rollup!.subjects.find((s) => s.name === "乙")!;
    expect(乙).toMatchObject({ regular: 70, periodsUsed: 1 });
    expect(run.rollup!.problems.map((p) => [p.code, p.subject ?? "", p.period])).toContainEqual(["PERIOD_MISSING", "乙", "2025年第二季度"]);
  });

  test("quarters of another year do not roll into this one", () => {
    const run = assessPeriods([q("2024年第四季度", 80, 70), annual], jiuyuan, "zh-CN");
    expect(run.rollup).toBeUndefined();
  });
});
