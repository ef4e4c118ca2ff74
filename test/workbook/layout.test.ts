/**
 * The layout interpretation (src/workbook/layout/) on SheetGrid literals: one test per layout class
 * of issue 12, the subjects it gives through the engine, and the crash it fixed.
 */
import { evaluate } from "../../src/engine/check/evaluate";
import { presets } from "../../src/engine/scheme/presets";
import type { CellValue } from "../../src/engine/types";
import type { CellBox, SheetGrid } from "../../src/workbook/grid";
import { plainGrid } from "../../src/workbook/grid";
import { interpretGrid, layoutLines, parseColumnsOption, readSheets } from "../../src/workbook/layout";
import { sidePanels } from "../../src/workbook/layout/panels";
import { sectionGroup } from "../../src/workbook/layout/vocabulary";
import { assessedYear } from "../../src/workbook/layout/interpret";
import type { Interpretation, LayoutOptions } from "../../src/workbook/layout/types";

const box = (top: number, left: number, bottom: number, right: number): CellBox => ({ top, left, bottom, right });
const grid = (cells: CellValue[][], merges: CellBox[] = [], extra: Partial<SheetGrid> = {}): SheetGrid => ({ ...plainGrid("表1", cells), merges, ...extra });

function read(g: SheetGrid, opts: LayoutOptions = {}) {
  const r = interpretGrid(g, opts);
  if (!r.ok) throw new Error(`expected a table, got ${r.error} ${JSON.stringify(r.params)}`);
  return r;
}
const subjects = (r: Extract<Interpretation, { ok: true }>) => evaluate(r.table, r.map, presets.jiuyuan!, "zh-CN").read.subjects;

describe("merged cells", () => {
  test("a 类别 merged down each group belongs to every row of the merge", () => {
    const r = read(
      grid(
        [
          ["类别", "单位", "总分", "等次"],
          ["区直单位", "甲", 95, "优秀"],
          [null, "乙", 90, "良好"],
          [null, "丙", 85, "良好"],
          ["乡镇街道", "丁", 93, "优秀"],
          [null, "戊", 80, "良好"],
        ],
        [box(1, 0, 3, 0), box(4, 0, 5, 0)],
      ),
    );
    expect(subjects(r).map((s) => [s.name, s.group])).toEqual([
      ["甲", "区直单位"],
      ["乙", "区直单位"],
      ["丙", "区直单位"],
      ["丁", "乡镇街道"],
      ["戊", "乡镇街道"],
    ]);
    expect(r.layout.groups).toMatchObject({ from: "column", column: "A" });
  });

  test("a 平均分 row merged across the name columns is left out, not ranked", () => {
    const r = read(
      grid(
        [
          ["序号", "单位", "总分"],
          [1, "甲", 95],
          [2, "乙", 90],
          ["平均分", null, 92.5],
        ],
        [box(3, 0, 3, 1)],
      ),
    );
    expect(r.table.rows).toEqual([2, 3]);
    expect(r.layout.leftOut).toEqual([{ row: 4, reason: "summary", text: "平均分" }]);
  });

  test("a title merged across the width above the header is no header and no subject", () => {
    const r = read(grid([["2025年度综合考核结果"], ["单位", "总分"], ["甲", 90]], [box(0, 0, 0, 1)]));
    expect(r.layout.headerRows).toEqual([2]);
    expect(r.table.rows).toHaveLength(1);
  });
});

describe("group label rows", () => {
  const cells: CellValue[][] = [
    ["序号", "单位", "总分", "等次"],
    ["一、区直部门（3个）", null, null, null],
    [1, "甲", 95, "优秀"],
    [2, "乙", 90, "良好"],
    [3, "丙", 85, "良好"],
    ["（二）乡镇街道", null, null, null],
    [1, "丁", 93, "优秀"],
    [2, "戊", 80, "良好"],
    ["区直单位：", null, null, null],
    [1, "己", 70, "一般"],
  ];
  test("set the group of the rows below them until the next label", () => {
    const r = read(grid(cells, [box(1, 0, 1, 3), box(5, 0, 5, 3)]));
    expect(subjects(r).map((s) => s.group)).toEqual(["区直部门", "区直部门", "区直部门", "乡镇街道", "乡镇街道", "区直单位"]);
    expect(r.layout.groups.from).toBe("labels");
    expect(r.layout.groups.labels.map((l) => [l.row, l.group, l.count, l.found])).toEqual([
      [2, "区直部门", 3, 3],
      [6, "乡镇街道", undefined, 2],
      [9, "区直单位", undefined, 1],
    ]);
    expect(r.layout.notes).toEqual([]);
  });
  test("a count in the label that differs from the rows is a warning", () => {
    const wrong = cells.map((row, i) => (i === 1 ? ["一、区直部门（4个）", null, null, null] : row));
    const r = read(grid(wrong));
    expect(r.layout.notes).toEqual([{ code: "GROUP_COUNT_MISMATCH", key: "layout.groupCount", params: { row: 2, text: "一、区直部门（4个）", count: 4, found: 3 } }]);
  });
  test("--no-group-rows leaves the labels out but does not group by them", () => {
    const r = read(grid(cells), { groupRows: false });
    expect(new Set(subjects(r).map((s) => s.group))).toEqual(new Set([""]));
    expect(r.table.rows).toHaveLength(6);
  });
});

describe("multi-row headers", () => {
  test("merged parents name their sub-columns, keep their points, and a units row is skipped", () => {
    const r = read(
      grid(
        [
          ["单位", "党建工作(30分)", null, "经济发展(70分)", null, "总分"],
          [null, "基层组织", "意识形态", "招商引资", "项目建设", null],
          [null, "(分)", "(分)", "(分)", "(分)", "(分)"],
          ["甲", 14, 13, 30, 35, 92],
          ["乙", 12, 12, 28, 30, 82],
        ],
        [box(0, 0, 2, 0), box(0, 1, 0, 2), box(0, 3, 0, 4), box(0, 5, 2, 5)],
      ),
    );
    expect(r.layout.headerRows).toEqual([1, 2, 3]);
    expect(r.table.headers).toEqual(["单位", "党建工作/基层组织", "党建工作/意识形态", "经济发展/招商引资", "经济发展/项目建设", "总分"]);
    expect(r.layout.points).toEqual({ "党建工作/基层组织": 30, "党建工作/意识形态": 30, "经济发展/招商引资": 70, "经济发展/项目建设": 70 });
    expect(r.map).toMatchObject({ name: 0, score: 5 });
    expect(r.table.rows).toEqual([4, 5]);
  });
  test("a sub-column 得分 under a parent is an indicator, never the total", () => {
    const r = read(
      grid(
        [
          ["单位", "党建工作", null, "总分"],
          [null, "得分", "排名", null],
          ["甲", 28, 1, 90],
        ],
        [box(0, 0, 1, 0), box(0, 1, 0, 2), box(0, 3, 1, 3)],
      ),
    );
    expect(r.map.score).toBe(3);
    expect(r.layout.notes).toEqual([]);
  });
});

describe("header vocabulary", () => {
  test.each([
    ["县（市、区）", "综合得分", "考核等次"],
    ["县(市、区)", "最终得分", "评定等次"],
    ["乡镇\n（街道）", "考核得分", "拟定等次"],
    ["单位（部门）", "合计得分", "考核结果"],
    ["部门名称", "总 分", "等级"],
    ["被考核单位", "综合得分", "等次"],
  ])("%s / %s / %s", (name, score, tier) => {
    const r = read(grid([[name, score, tier], ["甲", 90, "优秀"]]));
    expect(r.map).toMatchObject({ name: 0, score: 1, tier: 2 });
  });
});

describe("individuals", () => {
  test("姓名 beside 单位: the person is the subject, the unit is kept beside the name", () => {
    const r = read(
      grid(
        [
          ["单位", "姓名", "职务", "总分", "等次"],
          ["区财政局", "张三", "局长", 95, "优秀"],
          [null, "李四", "副局长", 90, "良好"],
          ["区发改局", "王五", "局长", 93, "优秀"],
        ],
        [box(1, 0, 2, 0)],
      ),
    );
    expect(r.map.name).toBe(1);
    expect(r.table.units).toEqual(["区财政局", "区财政局", "区发改局"]);
    expect(r.layout.columns.map((c) => `${c.role}=${c.column}`)).toEqual(["name=B", "unit=A", "score=D", "tier=E"]);
  });
  test("the unit serves as the group when the user says so", () => {
    const r = read(grid([["单位", "姓名", "总分"], ["区财政局", "张三", 95], ["区财政局", "李四", 90], ["区发改局", "王五", 93]]), { columns: { group: "A" } });
    expect(subjects(r).map((s) => s.group)).toEqual(["区财政局", "区财政局", "区发改局"]);
  });
});

describe("rows that are not subjects", () => {
  test("合计, 最高分, blank rows, a repeated header and footnotes are left out and listed", () => {
    const r = read(
      grid([
        ["单位", "总分", "等次"],
        ["甲", 95, "优秀"],
        [null, null, null],
        ["单位", "总分", "等次"],
        ["乙", 90, "良好"],
        ["小 计", 185, null],
        ["最高分", 95, null],
        ["注：总分保留两位小数"],
        ["填表人：张三", null, "审核人：李四"],
      ]),
    );
    expect(r.table.rows).toEqual([2, 5]);
    expect(r.layout.leftOut.map((l) => [l.row, l.reason])).toEqual([
      [3, "blank"],
      [4, "repeatedHeader"],
      [6, "summary"],
      [7, "summary"],
      [8, "note"],
      [9, "note"],
    ]);
  });
});

describe("non-participants", () => {
  test("不参加考核 in the tier or remarks column: pending, not counted, no MISSING_VALUE for the blank score", () => {
    const r = read(
      grid([
        ["单位", "总分", "等次", "备注"],
        ["甲", 95, "优秀", null],
        ["乙", null, "不参加考核", null],
        ["丙", null, null, "新组建单位，不定等次"],
        ["丁", 80, "良好", null],
      ]),
    );
    expect(r.layout.pending).toEqual([
      { row: 3, subject: "乙", reason: "不参加考核" },
      { row: 4, subject: "丙", reason: "新组建单位，不定等次" },
    ]);
    const ev = evaluate(r.table, r.map, presets.jiuyuan!, "zh-CN");
    expect(ev.read.problems).toEqual([]);
    expect(ev.check.groups[0]?.n).toBe(2);
    expect(ev.check.violations.filter((v) => v.code === "MISSING_VALUE" || v.code === "UNKNOWN_TIER")).toEqual([]);
  });
});

describe("choices and questions", () => {
  test("two score columns: the total is chosen and the other named (LAYOUT_ASSUMPTION)", () => {
    const r = read(grid([["单位", "考核得分", "综合得分"], ["甲", 90, 91]]));
    expect(r.map.score).toBe(2);
    expect(r.layout.notes).toEqual([
      { code: "LAYOUT_ASSUMPTION", key: "layout.assume.column", params: { role: "score", chosen: "C（综合得分）", others: "B（考核得分）", option: "score" } },
    ]);
  });
  test("two subject columns that each name every row: a question naming the candidates and the option", () => {
    const r = interpretGrid(grid([["单位名称", "考核对象", "总分"], ["甲局", "甲", 90], ["乙局", "乙", 80]]));
    expect(r).toMatchObject({ ok: false, error: "LAYOUT_AMBIGUOUS", params: { role: "name", candidates: "A（单位名称）、B（考核对象）", option: "--columns name=A" } });
    expect(read(grid([["单位名称", "考核对象", "总分"], ["甲局", "甲", 90], ["乙局", "乙", 80]]), { columns: { name: "考核对象" } }).map.name).toBe(1);
  });
  test("a column the user names that is not there is an error naming the headers", () => {
    expect(interpretGrid(grid([["单位", "总分"], ["甲", 90]]), { columns: { tier: "Q" } })).toMatchObject({ ok: true });
    expect(interpretGrid(grid([["单位", "总分"], ["甲", 90]]), { columns: { tier: "审定等次" } })).toMatchObject({ ok: false, error: "LAYOUT_COLUMN_NOT_FOUND" });
  });
  test("--columns is read as roles, letters or header texts", () => {
    expect(parseColumnsOption("name=C,group=B，score=总分,tier=I,veto=H")).toEqual({ name: "C", group: "B", score: "总分", tier: "I", veto: "H" });
    expect(parseColumnsOption("nom=C")).toBeNull();
  });
});

describe("which sheet, hidden rows", () => {
  test("the sheet whose table scores best, never an instructions sheet", () => {
    const help = plainGrid("填报说明", [["单位", "总分"], ["示例单位", 90]]);
    const small = plainGrid("Sheet2", [["单位", "总分"], ["甲", 90]]);
    const main = plainGrid("考核结果", [["单位", "总分"], ["甲", 90], ["乙", 80], ["丙", 70]]);
    expect(readSheets([help, small, main]).map((s) => s.grid.name)).toEqual(["考核结果", "Sheet2"]);
  });
  test("hidden rows stay subjects and are reported", () => {
    const r = read(grid([["单位", "总分"], ["甲", 90], ["乙", 80]], [], { hiddenRows: new Set([2]) }));
    expect(r.table.rows).toHaveLength(2);
    expect(r.layout.hiddenRows).toEqual([3]);
    expect(layoutLines(r.layout, "zh-CN").join("\n")).toContain("第 3 行已隐藏，仍作为考核对象");
  });
});

describe("the engine on rows without a name", () => {
  test("a row with no name and a blank score is reported, not an internal error", () => {
    const r = read(grid([["单位", "总分", "等次"], ["甲", 90, "优秀"], [null, null, "良好"]]));
    const ev = evaluate(r.table, r.map, presets.jiuyuan!, "zh-CN");
    expect(ev.read.problems.map((p) => [p.code, p.cell, p.field])).toEqual([
      ["MISSING_VALUE", "表1!A3", "name"],
      ["MISSING_VALUE", "表1!B3", "score"],
    ]);
  });
});

describe("panels side by side (左右分栏)", () => {
  test("a header run repeated across the row is found, with a gap column or without, two or three panels", () => {
    expect(sidePanels(["序号", "单位", "得分", "等次", "", "序号", "单位", "得分", "等次"])).toEqual([{ left: 0, right: 3 }, { left: 5, right: 8 }]);
    expect(sidePanels(["单位", "得分", "单 位", "得分", "单位", "得分"])).toEqual([{ left: 0, right: 1 }, { left: 2, right: 3 }, { left: 4, right: 5 }]);
    expect(sidePanels(["姓名", "等次", "姓名", "等次", "备注"])).toEqual([{ left: 0, right: 1 }, { left: 2, right: 3 }]);
  });

  test("headers that merely share words are one table", () => {
    expect(sidePanels(["单位", "2024年", "2025年"])).toBeNull();
    expect(sidePanels(["单位", "拟定等次", "审定等次"])).toBeNull();
    expect(sidePanels(["得分", "等次", "得分", "等次"])).toBeNull(); // no subject column in the run
    expect(sidePanels(["单位", "得分", "等次", "单位", "得分"])).toBeNull(); // the second run is not whole
  });

  test("refused with the panels named, also when --columns names the first panel's columns", () => {
    const rows: CellValue[][] = [["序号", "单位", "得分", "等次", "序号", "单位", "得分", "等次"]];
    for (let i = 0; i < 4; i++) rows.push([i + 1, `甲${i}`, 90 - i, "良好", i + 5, `乙${i}`, 80 - i, "良好"]);
    for (const opts of [{}, { columns: { name: "B", score: "C", tier: "D" } }] as LayoutOptions[]) {
      const r = interpretGrid(plainGrid("表", rows), opts);
      expect(r).toMatchObject({ ok: false, error: "LAYOUT_SIDE_BY_SIDE", headerRow: 1, params: { panels: "A–D、E–H", count: 2 } });
    }
  });
});

describe("a tier column named by its year (2025年等次)", () => {
  const table = (title: string | null, headers: string[], tiers: (i: number) => string[]) => {
    const rows: CellValue[][] = title ? [[title]] : [];
    rows.push(["单位", "得分", ...headers]);
    for (let i = 0; i < 10; i++) rows.push([`单位${i}`, 95 - i, ...tiers(i)]);
    return rows;
  };
  const ok = (r: Interpretation) => {
    if (!r.ok) throw new Error(r.error);
    return r;
  };

  test("the title's year picks this year's column; earlier years stay history", () => {
    const r = ok(interpretGrid(plainGrid("Sheet1", table("2025年度区直部门考核结果", ["2024年等次", "2025年等次"], (i) => ["良好", i < 5 ? "优秀" : "良好"]))));
    expect(r.map.tier).toBe(3);
    expect(r.map.years).toEqual([{ year: 2024, col: 2 }]);
    expect(r.layout.notes.map((n) => n.key)).toContain("layout.assume.yearTier");
    const result = evaluate(r.table, r.map, presets.jiuyuan!, "zh-CN");
    expect(result.check.violations.map((v) => v.code)).toContain("QUOTA_EXCEEDED");
  });

  test("a title for a later year than every column: they are history, tiers are computed", () => {
    const r = ok(interpretGrid(plainGrid("Sheet1", table("2026年度考核测算表", ["2024年等次", "2025年等次"], () => ["良好", "优秀"]))));
    expect(r.map.tier).toBeUndefined();
    expect(r.map.years?.map((y) => y.year)).toEqual([2024, 2025]);
  });

  test("a date line above is not the year; without any year the latest column is taken and said", () => {
    const r = ok(interpretGrid(plainGrid("Sheet1", table("填报日期：2026年1月10日", ["2024年等次", "2025年等次"], () => ["良好", "良好"]))));
    expect(r.map.tier).toBe(3);
    expect(r.layout.notes.map((n) => n.key)).toContain("layout.assume.latestYearTier");
  });

  test("--columns tier=none: no tier column, every year column is history", () => {
    const r = ok(interpretGrid(plainGrid("Sheet1", table(null, ["2024年等次", "2025年等次"], () => ["良好", "良好"])), { columns: { tier: "none" } }));
    expect(r.map.tier).toBeUndefined();
    expect(r.map.years?.map((y) => y.year)).toEqual([2024, 2025]);
    expect(r.layout.notes).toEqual([]);
  });

  test("the year from the sheet's name when the title has none", () => {
    expect(assessedYear("2025年度", [["区直部门考核结果"]])).toBe(2025);
    expect(assessedYear("Sheet1", [["2025年度考核结果汇总表"], ["填报日期：2026年1月10日"]])).toBe(2025);
    expect(assessedYear("Sheet1", [["填报日期：2026.1.10"]])).toBeUndefined();
  });
});

describe("the interpretation builds the columns from the data rows only", () => {
  const cells: CellValue[][] = [
    ["2025年度考核结果"],
    ["类别", "单位", "总分"],
    ["区直单位", "区财政局", 92],
    [null, "区教育局", 88],
    ["合计", null, 180],
    ["乡镇", "麻池镇", 85],
  ];

  test("no title, total or header cell in a column; a group typed once filled down in the column, the grid untouched", () => {
    const r = interpretGrid(plainGrid("表1", cells), {});
    if (!r.ok) throw new Error(r.error);
    expect(r.table.rows).toEqual([3, 4, 6]);
    expect(r.table.columns).toEqual([
      ["区直单位", "区直单位", "乡镇"],
      ["区财政局", "区教育局", "麻池镇"],
      [92, 88, 85],
    ]);
    expect(cells[3]![0]).toBeNull();
    expect(r.layout.notes.map((n) => n.key)).toContain("layout.assume.groupFilled");
  });

  test("label rows give the groups by data row; the columns keep the cells as typed", () => {
    const r = interpretGrid(plainGrid("表1", [["单位", "总分"], ["一、区直部门（2个）"], ["区财政局", 92], ["区教育局", 88], ["二、乡镇（1个）"], ["麻池镇", 85]]), {});
    if (!r.ok) throw new Error(r.error);
    expect(r.table.groups).toEqual(["区直部门", "区直部门", "乡镇"]);
    expect(r.table.columns[0]).toEqual(["区财政局", "区教育局", "麻池镇"]);
  });
});

describe("tables stacked in one sheet, each under its title", () => {
  const block = (prefix: string, n: number, first: number): CellValue[][] => [["单位", "总分", "等次"], ...Array.from({ length: n }, (_, i) => [`${prefix}${i + 1}`, first - i, i < 3 ? "优秀" : "良好"])];
  const groupsOf = (r: Extract<Interpretation, { ok: true }>) => subjects(r).map((s) => s.group);

  test("titles without an ordinal (乡镇考核结果): each table its own group, the title no subject", () => {
    // Before, 乡镇考核结果 was a subject missing its score and tier, and both tables one group.
    const r = read(grid([["区直单位考核结果"], ...block("局", 10, 95), [], ["乡镇考核结果"], ...block("镇", 6, 93)]));
    expect(r.table.rows).toHaveLength(16);
    expect(groupsOf(r)).toEqual([...new Array(10).fill("区直单位"), ...new Array(6).fill("乡镇")]);
    expect(r.layout.groups.labels.map((l) => [l.row, l.group, l.found])).toEqual([[1, "区直单位", 10], [14, "乡镇", 6]]);
    expect(r.layout.leftOut.map((l) => [l.row, l.reason])).toEqual([[13, "blank"], [14, "groupLabel"], [15, "repeatedHeader"]]);
    expect(r.layout.notes.map((n) => n.key)).not.toContain("layout.assume.beforeLabels");
  });

  test("titles with an ordinal (一、区直单位 above the first header): the first table is 区直单位, not the group \"\"", () => {
    const r = read(grid([["2026年度考核结果通报"], ["一、区直单位（10个）"], ...block("局", 10, 95), [], ["二、乡镇"], ...block("镇", 6, 93)]));
    expect(groupsOf(r)).toEqual([...new Array(10).fill("区直单位"), ...new Array(6).fill("乡镇")]);
    expect(r.layout.notes.map((n) => n.key)).not.toContain("layout.groupCount");
  });

  test("the sheet's own title above the first header names no group: those rows are said to come before the first label", () => {
    const r = read(grid([["2026年度考核结果通报"], ...block("局", 4, 95), [], ["乡镇考核结果"], ...block("镇", 3, 93)]));
    expect(groupsOf(r)).toEqual(["", "", "", "", "乡镇", "乡镇", "乡镇"]);
    expect(r.layout.notes.map((n) => n.key)).toContain("layout.assume.beforeLabels");
  });

  test("a title with a year names the table's group without it; a lone text with nothing left is a title", () => {
    expect(sectionGroup("2026年度区直单位考核情况汇总表")).toEqual({ group: "区直单位" });
    expect(sectionGroup("二、乡镇（8个）")).toEqual({ group: "乡镇", count: 8 });
    expect(sectionGroup("2026年度考核结果通报")).toBeNull();
    const r = read(grid([...block("局", 4, 95), [], ["2026年度考核结果"], ...block("镇", 3, 93)]));
    expect(r.table.rows).toHaveLength(7);
    expect(r.layout.leftOut.find((l) => l.row === 7)?.reason).toBe("title");
  });
});
