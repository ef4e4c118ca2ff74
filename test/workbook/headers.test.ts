import type { CellValue } from "../../src/engine/types";
import { detectTable, findColumn } from "../../src/workbook/headers";
import { tableRows } from "../../src/engine/input/table";

/** Detect and expect success. */
function detect(grid: CellValue[][], opts: { headerRow?: number } = {}) {
  const r = detectTable(grid, "表1", opts);
  if (!r.ok) throw new Error(`expected a table, got ${r.error}`);
  return r;
}

describe("header row and roles", () => {
  test.each<[string, string[], Record<string, number>]>([
    ["Simplified", ["序号", "类别", "单位", "总分", "等次"], { group: 1, name: 2, score: 3, tier: 4 }],
    ["Traditional", ["單位", "類別", "總分", "等級"], { name: 0, group: 1, score: 2, tier: 3 }],
    ["Traditional 考核等次", ["單位名稱", "總分", "考核等次"], { name: 0, score: 1, tier: 2 }],
    ["English", ["Unit", "Group", "Score", "Tier"], { name: 0, group: 1, score: 2, tier: 3 }],
    ["English, other words", ["Department", "Category", "Total Score", "Rating"], { name: 0, group: 1, score: 2, tier: 3 }],
    ["full-width and brackets", ["（单位）", "总分：", "等 次"], { name: 0, score: 1, tier: 2 }],
    ["姓名 / 赛道 / 综合得分", ["姓名", "赛道", "综合得分", "评定等次"], { name: 0, group: 1, score: 2, tier: 3 }],
    ["考核对象 and a header with a unit in brackets", ["考核对象", "领域", "总分（100分）"], { name: 0, group: 1, score: 2 }],
    ["regular + annual without a total", ["姓名", "平时考核得分", "年度考核得分"], { name: 0, regular: 1, annual: 2 }],
    ["年度考核等次 is a tier, not annual", ["姓名", "年度考核", "年度考核等次"], { name: 0, annual: 1, tier: 2 }],
    ["单位等次 is the group outcome, not the tier", ["姓名", "单位等次", "等次", "总分"], { name: 0, groupOutcome: 1, tier: 2, score: 3 }],
    ["班子等次 is the team rating", ["考核对象", "班子等次", "等次"], { name: 0, team: 1, tier: 2 }],
    ["领导班子考核等次 is the team rating", ["考核对象", "领导班子考核等次", "等次"], { name: 0, team: 1, tier: 2 }],
    ["deduction, veto, linked", ["单位", "总分", "扣分", "一票否决", "连带责任"], { name: 0, score: 1, deduction: 2, veto: 3, linked: 4 }],
    ["负面清单 is the veto", ["单位", "得分", "负面清单"], { name: 0, score: 1, veto: 2 }],
    ["an exact 总分 beats an indicator ending in 得分", ["单位", "招商引资得分", "总分", "项目建设得分"], { name: 0, score: 2 }],
    ["单位类别 is the group", ["单位名称", "单位类别", "总分"], { name: 0, group: 1, score: 2 }],
  ])("%s", (_label, headers, expected) => {
    const { map } = detect([headers, headers.map((_, i) => (i === 0 ? "甲" : 80))]);
    const { years, ...roles } = map;
    expect(roles).toEqual(expected);
    expect(years).toBeUndefined();
  });

  test("year columns give map.years sorted by year", () => {
    const headers = ["考核对象", "2024年度等次", "2023年等次", "2022年考核等次", "2021 tier", "等次"];
    const { map } = detect([headers, ["甲", "第一等次", "第二等次", "第一等次", "first", "第一等次"]]);
    expect(map.years).toEqual([
      { year: 2021, col: 4 },
      { year: 2022, col: 3 },
      { year: 2023, col: 2 },
      { year: 2024, col: 1 },
    ]);
    expect(map.tier).toBe(5);
  });

  test("title rows and blank rows above the header are skipped", () => {
    const grid: CellValue[][] = [
      ["2026年第一季度考核结果"],
      ["填报单位：区考核办"],
      [],
      ["序号", "类别", "单位", "总分", "等次"],
      [1, "区直单位", "区财政局", 92.5, "优秀"],
    ];
    const { table, map } = detect(grid);
    expect(table.headerRow).toBe(4);
    expect(table.headers).toEqual(["序号", "类别", "单位", "总分", "等次"]);
    expect(tableRows(table)).toEqual([{ row: 5, cells: [1, "区直单位", "区财政局", 92.5, "优秀"] }]);
    expect(map.name).toBe(2);
  });

  test("a header without score or tier needs numeric indicator columns below it", () => {
    const withIndicators = detect([
      ["单位名称", "招商引资", "项目建设"],
      ["区财政局", 90, "85分"],
    ]);
    expect(withIndicators.map).toEqual({ name: 0 });
    expect(detectTable([["序号", "单位", "备注"], [1, "区财政局", "无"]], "表1")).toEqual({ ok: false, error: "NO_TABLE" });
  });

  test("【计算】 columns are Assess's own: reported, never given a role", () => {
    const headers = ["单位", "总分", "等次", "【计算】等次", "【计算】得分", "备注"];
    const { map, ownColumns } = detect([headers, ["甲", 90, "优秀", "优秀", 90, ""]]);
    expect(map).toEqual({ name: 0, score: 1, tier: 2 });
    expect(ownColumns).toEqual({ "【计算】等次": 3, "【计算】得分": 4 });
  });

  test("opts.headerRow forces the header row", () => {
    const grid: CellValue[][] = [
      ["单位", "总分"],
      ["考核对象", "综合得分"],
      ["甲", 90],
    ];
    expect(detect(grid).table.headerRow).toBe(1);
    const forced = detect(grid, { headerRow: 2 });
    expect(forced.table.headerRow).toBe(2);
    expect(forced.table.rows).toEqual([3]);
    // the failure carries the header it stopped at (for the pane's 更正读取方式)
    expect(detectTable(grid, "表1", { headerRow: 3 })).toEqual({ ok: false, error: "NO_NAME_COLUMN", headerRow: 3, headers: ["甲", "90"] });
  });

  test("the header must be within the first 20 rows", () => {
    const grid: CellValue[][] = Array.from({ length: 20 }, () => []);
    grid.push(["单位", "总分"], ["甲", 90]);
    expect(detectTable(grid, "表1")).toEqual({ ok: false, error: "NO_TABLE" });
  });
});

describe("data rows", () => {
  const grid: CellValue[][] = [
    ["单位", "类别", "总分"],
    ["区财政局", "区直单位", 90],
    [null, "", "  "],
    ["区教育局", "区直单位", 85],
    ["合计", null, 175],
    ["平均", null, 87.5],
    ["總計", null, 175],
    [],
    ["注：总分满分100分。"],
    ["区审计局", "区直单位", 70],
  ];

  test("blank rows and 合计/平均/總計 rows are dropped; a notes row ends the table", () => {
    const { table } = detect(grid);
    expect(tableRows(table)).toEqual([
      { row: 2, cells: ["区财政局", "区直单位", 90] },
      { row: 4, cells: ["区教育局", "区直单位", 85] },
    ]);
  });

  test.each(["备注：以上为初评结果", "說明：本表由系統匯出", "Note: scores out of 100", "注"])("notes row %p", (note) => {
    const { table } = detect([["单位", "总分"], ["甲", 90], [null, note], ["乙", 80]]);
    expect(table.rows).toEqual([2]);
  });

  test("a name that merely starts with 注 is a subject", () => {
    const { table } = detect([["单位", "总分"], ["注册登记中心", null]]);
    expect(tableRows(table)).toEqual([{ row: 2, cells: ["注册登记中心", null] }]);
  });

  test("cells are padded to the header width and cut beyond it", () => {
    const { table } = detect([["单位", "总分", "等次"], ["甲"], ["乙", 80, "良好", "多余"]]);
    expect(tableRows(table)).toEqual([
      { row: 2, cells: ["甲", null, null] },
      { row: 3, cells: ["乙", 80, "良好"] },
    ]);
  });

  test("a header with no rows below it is EMPTY_TABLE", () => {
    expect(detectTable([["标题"], ["单位", "总分"], [], ["注：待填报"]], "表1")).toEqual({ ok: false, error: "EMPTY_TABLE", headerRow: 2, headers: ["单位", "总分"] });
  });
});

describe("findColumn", () => {
  test.each<[string[], string, number]>([
    [["單位", "招商引資", "總分"], "招商引资", 1],
    [["单位", "高质量发展绩效 "], "高质量发展绩效", 1],
    [["单位", "Score"], "score", 1],
    [["单位", "总分"], "得分", -1],
    [["单位", ""], "", -1],
  ])("%j / %p → %p", (headers, header, expected) => {
    expect(findColumn(headers, header)).toBe(expected);
  });
});
