/**
 * 变更记录 — a person changes a computed tier or light, always with a reason; the record keeps
 * every change, the latest one per subject and field is in force, and nothing is dropped silently.
 * The case: 九原区 区直单位, 优秀 ≤ 30% of 10 = 3 places; 单位3 and 单位4 are tied at the line, so
 * the engine rates both 良好 (TIE_AT_BOUNDARY) and the committee decides 单位3 is 优秀.
 */
import { periodResults } from "../../src/engine/periods/compare";
import { evaluate } from "../../src/engine/check/evaluate";
import {
  applyOverrides,
  effectiveOverrides,
  matchLight,
  overrideSubject,
  parseRecordRows,
  recordFor,
  recordRows,
  validateOverride,
  type Override,
} from "../../src/engine/record/overrides";
import { parsePeriod } from "../../src/engine/periods/periods";
import { presets } from "../../src/engine/scheme/presets";
import type { CellValue, Table } from "../../src/engine/types";
import { tableFromRows } from "../../src/engine/input/table";

const jiuyuan = presets.jiuyuan!;
const SCORES = [98, 96, 93, 93, 90, 88, 85, 80, 75, 70];
const table: Table = tableFromRows({
  sheet: "2026年第一季度",
  headerRow: 1,
  headers: ["类别", "单位", "总分"],
  rows: SCORES.map((score, i) => ({ row: i + 2, cells: ["区直单位", `单位${i + 1}`, score] })),
});
const results = periodResults(evaluate(table, { group: 0, name: 1, score: 2 }, jiuyuan));

/** The committee's decision on the tie. */
const tie: Override = {
  at: "2026-04-10T09:30:00+08:00",
  subject: "单位3",
  group: "区直单位",
  field: "tier",
  from: "良好",
  to: "优秀",
  rule: "TIE_AT_BOUNDARY",
  reason: "并列第3名，经考核委员会研究确定",
  by: "王五",
};

test("the case: 单位3 and 单位4 tied at the line are both 良好 as computed", () => {
  expect(results.slice(0, 5).map((r) => [r.name, r.rank, r.tier])).toEqual([
    ["单位1", 1, 0],
    ["单位2", 2, 0],
    ["单位3", 3, 1],
    ["单位4", 3, 1],
    ["单位5", 5, 1],
  ]);
});

describe("validateOverride: a reason, a valid time, a known target, a subject in the table", () => {
  const ctx = { scheme: jiuyuan, subjects: results };
  test.each([
    // change to the committee's decision          → problem codes
    [{}, []],
    [{ to: "優秀" }, []], // Traditional label of the same tier
    [{ to: "Excellent" }, []],
    [{ reason: "" }, ["REASON_REQUIRED"]],
    [{ reason: "   " }, ["REASON_REQUIRED"]],
    [{ to: "特优" }, ["UNKNOWN_TARGET"]],
    [{ field: "light", from: "黄", to: "綠" }, []],
    [{ field: "light", from: "黄", to: "蓝" }, ["UNKNOWN_TARGET"]],
    [{ subject: "单位99" }, ["UNKNOWN_SUBJECT"]],
    [{ at: "昨天下午" }, ["BAD_TIME"]],
    [{ at: "2026-04-10" }, []],
    [{ at: "2026-04-10 09:30" }, []],
  ] as [Partial<Override>, string[]][])("%j → %j", (change, codes) => {
    expect(validateOverride({ ...tie, ...change }, ctx).map((p) => p.code)).toEqual(codes);
  });

  test("messages come from the catalogue, in either language", () => {
    const [zh] = validateOverride({ ...tie, reason: " " }, ctx, "zh-CN");
    const [en] = validateOverride({ ...tie, to: "特优" }, ctx, "en-US");
    expect(zh!.message).toBe("【区直单位】单位3 的等次调整须写明理由");
    expect(en!.message).toBe("[区直单位]单位3: Tier cannot be changed to “特优”; choose one of: Excellent, Good, Fair, Poor");
  });
});

describe("applyOverrides", () => {
  test("the decided tier is in force; the computed one stays available, with a mark", () => {
    const a = applyOverrides(results, [tie], jiuyuan);
    expect(a.results[2]).toMatchObject({
      name: "单位3",
      tier: 0,
      computed: { tier: 1, light: "green" },
      overridden: { tier: { from: "良好", to: "优秀", reason: tie.reason, at: tie.at, rule: "TIE_AT_BOUNDARY", by: "王五" } },
    });
    expect(a.results[3]).toMatchObject({ name: "单位4", tier: 1, computed: { tier: 1 }, overridden: null });
    expect(a.applied).toEqual([tie]);
    expect(a.problems).toEqual([]);
  });

  test("a light is overridden the same way, beside a tier", () => {
    const light: Override = { ...tie, field: "light", from: "绿", to: "黄", rule: "OTHER", reason: "季度内发生安全事故" };
    const a = applyOverrides(results, [tie, light], jiuyuan);
    expect(a.results[2]).toMatchObject({ tier: 0, light: "yellow", computed: { tier: 1, light: "green" } });
    expect(Object.keys(a.results[2]!.overridden!)).toEqual(["tier", "light"]);
  });

  test("applying again gives the same results (idempotent); the input is not changed", () => {
    const before = JSON.stringify(results);
    const once = applyOverrides(results, [tie], jiuyuan);
    const twice = applyOverrides(once.results, [tie], jiuyuan);
    expect(twice.results).toEqual(once.results);
    expect(JSON.stringify(results)).toBe(before);
    // Without the override, applied results fall back to what was computed.
    expect(applyOverrides(once.results, [], jiuyuan).results[2]).toMatchObject({ tier: 1, overridden: null });
  });

  test.each([
    // record (time, to) in list order        → in force   superseded
    [[["2026-04-10T09:30", "优秀"], ["2026-04-12T15:00", "良好"]], "良好", ["优秀"]],
    [[["2026-04-12T15:00", "良好"], ["2026-04-10T09:30", "优秀"]], "良好", ["优秀"]], // by time, not by position
    [[["2026-04-10T09:30", "优秀"], ["2026-04-10T09:30", "一般"]], "一般", ["优秀"]], // same time: the later entry
    [[["2026-04-10T10:00+08:00", "优秀"], ["2026-04-10T03:00Z", "一般"]], "一般", ["优秀"]], // 03:00Z is 11:00 in Beijing
  ])("a later override supersedes an earlier one: %j → %s", (record, inForce, superseded) => {
    const overrides = record.map(([at, to]) => ({ ...tie, at: at!, to: to! }));
    const a = applyOverrides(results, overrides, jiuyuan);
    expect(a.applied.map((o) => o.to)).toEqual([inForce]);
    expect(a.superseded.map((o) => o.to)).toEqual(superseded);
    expect(effectiveOverrides(overrides).effective.map((o) => o.to)).toEqual([inForce]);
    expect(a.results[2]!.overridden!.tier!.to).toBe(inForce);
  });

  test("an override of a subject no longer in the table is stale: reported and kept, never dropped", () => {
    const gone: Override = { ...tie, subject: "区统计局", from: "一般", to: "良好" };
    const a = applyOverrides(results, [tie, gone], jiuyuan, "zh-CN");
    expect(a.stale).toEqual([gone]);
    expect(a.applied).toEqual([tie]);
    expect(a.problems).toEqual([
      {
        code: "STALE_OVERRIDE",
        severity: "warning",
        subject: "区统计局",
        group: "区直单位",
        field: "tier",
        message: "【区直单位】区统计局 已不在考核表中：其等次调整（一般 → 良好，2026-04-10T09:30:00+08:00）未生效，仍保留在变更记录中",
      },
    ]);
  });

  test("when the data changed since the decision, the override applies and asks for a review", () => {
    const a = applyOverrides(results, [{ ...tie, subject: "单位1", from: "良好", to: "良好" }], jiuyuan);
    expect(a.results[0]).toMatchObject({ tier: 1, computed: { tier: 0 } });
    expect(a.problems.map((p) => [p.code, p.severity, p.subject])).toEqual([["FROM_CHANGED", "warning", "单位1"]]);
  });

  test("an invalid override (no reason) is reported and not applied", () => {
    const a = applyOverrides(results, [{ ...tie, reason: "" }], jiuyuan);
    expect(a.results[2]).toMatchObject({ tier: 1, overridden: null });
    expect(a.problems.map((p) => p.code)).toEqual(["REASON_REQUIRED"]);
  });
});

test.each([
  ["绿", "green"],
  ["綠燈", "green"],
  ["黄色", "yellow"],
  ["Red", "red"],
  ["蓝", null],
])("matchLight(%s) → %p", (text, light) => {
  expect(matchLight(text)).toBe(light);
});

describe("the 变更记录 sheet: rows written and read back", () => {
  const record: Override[] = [
    tie,
    { at: "2026-04-11T14:00:00+08:00", subject: "单位9", group: "区直单位", field: "light", from: "红", to: "黄", reason: "数据更正后复核" },
    { ...tie, at: "2026-04-12T10:00:00+08:00", rule: "VETO", to: "一般", from: "优秀", reason: "负面清单事项", by: "李四" },
  ];

  test("zh-CN: headers 时间 … 操作人, one row per override", () => {
    const { headers, rows } = recordRows(record, "zh-CN");
    expect(headers).toEqual(["时间", "考核对象", "类别", "项目", "原结果", "调整为", "涉及规则", "理由", "操作人"]);
    expect(rows).toEqual([
      ["2026-04-10T09:30:00+08:00", "单位3", "区直单位", "等次", "良好", "优秀", "名额线并列", "并列第3名，经考核委员会研究确定", "王五"],
      ["2026-04-11T14:00:00+08:00", "单位9", "区直单位", "亮灯", "红", "黄", "", "数据更正后复核", ""],
      ["2026-04-12T10:00:00+08:00", "单位3", "区直单位", "等次", "优秀", "一般", "一票否决", "负面清单事项", "李四"],
    ]);
  });

  test("en-US headers", () => {
    expect(recordRows([], "en-US").headers).toEqual(["Time", "Subject", "Group", "Item", "Was", "Changed to", "Rule", "Reason", "By"]);
  });

  test.each(["zh-CN", "en-US"] as const)("round trip in %s: parseRecordRows(recordRows(x)) = x", (lang) => {
    const { headers, rows } = recordRows(record, lang);
    const back = parseRecordRows([headers, ...rows], lang);
    expect(back.problems).toEqual([]);
    expect(back.overrides).toEqual(record);
  });

  test("columns in another order, English headers read by a Chinese reader, a date cell from Excel", () => {
    const rows: CellValue[][] = [
      ["Reason", "Subject", "Item", "Changed to", "Time", "Group", "Was"],
      ["复核", "单位3", "Tier", "优秀", new Date(Date.UTC(2026, 3, 10, 9, 30)), "区直单位", "良好"],
      ["复核", "单位4", "等次", "优秀", 46122.5, "区直单位", "良好"], // an Excel date serial: 2026-04-10 12:00
    ];
    const r = parseRecordRows(rows, "zh-CN");
    expect(r.problems).toEqual([]);
    expect(r.overrides.map((o) => [o.subject, o.at, o.field, o.reason])).toEqual([
      ["单位3", "2026-04-10T09:30:00", "tier", "复核"],
      ["单位4", "2026-04-10T12:00:00", "tier", "复核"],
    ]);
  });

  test("bad rows are left out and reported with their cells; empty rows are skipped", () => {
    const { headers } = recordRows([], "zh-CN");
    const rows: CellValue[][] = [
      headers,
      ["2026-04-10T09:30", "单位3", "区直单位", "等次", "良好", "优秀", "", "", ""], // no reason
      ["上周", "单位4", "区直单位", "等次", "良好", "优秀", "", "复核", ""], // bad time
      [null, null, null, null, null, null, null, null, null],
      ["2026-04-10T09:30", "单位5", "区直单位", "分数", "90", "91", "", "复核", ""], // not a field
      ["2026-04-10T09:30", "单位6", "区直单位", "等次", "良好", "优秀", "看情况", "复核", ""], // unknown rule
      ["2026-04-10T09:30", "", "区直单位", "等次", "良好", "", "", "复核", ""], // no subject, no target
      ["2026-04-10T09:30", "单位7", "区直单位", "等次", "良好", "优秀", "TIE_DECISION", "复核", ""], // a code is fine
    ];
    const r = parseRecordRows(rows, "zh-CN");
    expect(r.overrides.map((o) => [o.subject, o.rule])).toEqual([["单位7", "TIE_DECISION"]]);
    expect(r.problems.map((p) => [p.code, p.cell, p.subject ?? ""])).toEqual([
      ["REASON_REQUIRED", "变更记录!H2", "单位3"],
      ["BAD_TIME", "变更记录!A3", "单位4"],
      ["BAD_FIELD", "变更记录!D5", "单位5"],
      ["BAD_RULE", "变更记录!G6", "单位6"],
      ["MISSING_VALUE", "变更记录!B7", ""],
      ["MISSING_VALUE", "变更记录!F7", ""],
    ]);
    expect(r.problems[1]!.message).toBe("变更记录!A3 的时间“上周”无效，应如 2026-04-28T10:30");
  });

  test("a missing column is reported once and nothing is read", () => {
    const r = parseRecordRows([["时间", "考核对象", "项目", "调整为"], ["2026-04-10", "单位3", "等次", "优秀"]], "zh-CN");
    expect(r.overrides).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual(["工作表“变更记录”缺少“理由”列"]);
  });
});

describe("期间: a decision about one period of a workbook kept by period", () => {
  const march: Override = { ...tie, period: "2026年3月" };
  const any: Override = { ...tie, subject: "单位4", at: "2026-04-10T09:31:00+08:00" };
  const q1: Override = { ...tie, subject: "单位5", period: "2026Q1" };

  test("recordRows adds the 期间 column only when a decision names its period; the round trip keeps it", () => {
    expect(recordRows([tie], "zh-CN").headers).not.toContain("期间");
    const { headers, rows } = recordRows([march, any], "zh-CN");
    expect(headers[headers.length - 1]).toBe("期间");
    expect(rows.map((r) => r[r.length - 1])).toEqual(["2026年3月", ""]);
    expect(parseRecordRows([headers, ...rows], "zh-CN")).toEqual({ overrides: [march, any], problems: [] });
  });

  test("recordFor: a period's own decisions and those naming none; a table that is no period takes only the latter", () => {
    const record = [march, any, q1];
    const cases: [string | null, Override[]][] = [
      ["2026年3月", [march, any]],
      ["2026-03", [march, any]], // the same period written otherwise
      ["2026年2月", [any]],
      ["2026年第一季度", [any, q1]],
      [null, [any]],
    ];
    for (const [period, expected] of cases) expect(recordFor(record, period === null ? null : parsePeriod(period))).toEqual(expected);
  });

  test("a 期间 that is no period is reported with its cell, and the row left out", () => {
    const { headers, rows } = recordRows([march], "zh-CN");
    rows[0]![rows[0]!.length - 1] = "三月份上旬";
    const back = parseRecordRows([headers, ...rows], "zh-CN", { sheet: "变更记录" });
    expect(back.overrides).toEqual([]);
    expect(back.problems).toEqual([expect.objectContaining({ code: "BAD_PERIOD", cell: "变更记录!J2", message: "变更记录!J2 的期间“三月份上旬”无法识别，应如 2026年3月、2026年第一季度" })]);
  });
});

describe("two people of one name (王伟 of 区财政局 and of 区教育局)", () => {
  const people = [
    { name: "王伟", group: "", unit: "区财政局", tier: 1, light: null },
    { name: "王伟", group: "", unit: "区教育局", tier: 1, light: null },
  ];
  const o = (subject: string): Override => ({ at: "2026-04-28T10:30", subject, group: "", field: "tier", from: "良好", to: "优秀", reason: "考核委员会决定" });

  test("a decision naming the 单位 applies to that person only", () => {
    const { results, problems } = applyOverrides(people, [o("王伟（区教育局）")], jiuyuan, "zh-CN");
    expect(results.map((r) => r.tier)).toEqual([1, 0]);
    expect(problems).toEqual([]);
  });

  test("a bare 王伟 is applied to no one and says who it could be", () => {
    const { results, problems, stale } = applyOverrides(people, [o("王伟")], jiuyuan, "zh-CN");
    expect(results.map((r) => r.tier)).toEqual([1, 1]);
    expect(stale).toHaveLength(1);
    expect(problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ["AMBIGUOUS_SUBJECT", "warning", "王伟 同名 2 人（王伟（区财政局）、王伟（区教育局））：其等次调整（良好 → 优秀，2026-04-28T10:30）未生效，仍保留在变更记录中；请在“对象”中写明单位，如“王伟（区财政局）”"],
    ]);
    expect(validateOverride(o("王伟"), { scheme: jiuyuan, subjects: people }, "zh-CN").map((p) => p.code)).toEqual(["AMBIGUOUS_SUBJECT"]);
    expect(validateOverride(o("王伟(区财政局)"), { scheme: jiuyuan, subjects: people }, "zh-CN")).toEqual([]);
  });

  test("a new decision names the 单位 only where the name is two people's", () => {
    expect(overrideSubject(people, 1, "zh-CN")).toBe("王伟（区教育局）");
    expect(overrideSubject([people[0]!, { ...people[1]!, name: "李娜" }], 0, "zh-CN")).toBe("王伟");
  });
});
