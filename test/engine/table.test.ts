/**
 * The engine's table is held column by column: what tableFromRows builds, what rowCells and
 * tableRows give back, and that the engine assesses a table handed to it as columns alone.
 * (How the interpretation builds the columns: test/workbook/layout.test.ts.)
 */
import { evaluate } from "../../src/engine/check/evaluate";
import { cellAt, pickRows, rowCells, tableFromRows, tableRows } from "../../src/engine/input/table";
import { presets } from "../../src/engine/scheme/presets";
import type { CellValue, Table } from "../../src/engine/types";

const HEADERS = ["类别", "单位", "总分", "等次"];

describe("tableFromRows", () => {
  test("one array per header, blank and missing cells null, cells past the headers left out", () => {
    const t = tableFromRows({ sheet: "表1", headerRow: 3, headers: HEADERS, rows: [["区直", "甲", 90, "优秀", "多余"], ["区直", "乙"]] });
    expect(t.rows).toEqual([4, 5]);
    expect(t.columns).toEqual([
      ["区直", "区直"],
      ["甲", "乙"],
      [90, null],
      ["优秀", null],
    ]);
    expect(t).not.toHaveProperty("groups");
    expect(t).not.toHaveProperty("pending");
    expect(t).not.toHaveProperty("units");
  });

  test("sheet rows: given ones kept, the rest counted on from the previous", () => {
    const t = tableFromRows({ sheet: "表1", headerRow: 1, headers: ["单位"], rows: [{ row: 5, cells: ["甲"] }, ["乙"], { row: 9, cells: ["丙"] }] });
    expect(t.rows).toEqual([5, 6, 9]);
  });

  test("a label row's group, a pending reason and a unit are kept by data row", () => {
    const t = tableFromRows({
      sheet: "表1",
      headerRow: 1,
      headers: ["单位", "姓名", "得分"],
      rows: [
        { cells: ["区财政局", "张三", 95], group: "区直", unit: "区财政局" },
        { cells: ["区教育局", "李四", null], group: "区直", pending: "不参加考核" },
      ],
    });
    expect(t.groups).toEqual(["区直", "区直"]);
    expect(t.pending).toEqual([undefined, "不参加考核"]);
    expect(t.units).toEqual(["区财政局", undefined]);
    expect(tableRows(t)).toEqual([
      { row: 2, cells: ["区财政局", "张三", 95], group: "区直", unit: "区财政局" },
      { row: 3, cells: ["区教育局", "李四", null], group: "区直", pending: "不参加考核" },
    ]);
  });
});

test("a row without a label group takes its group from the group column, as before the columns", () => {
  const t = tableFromRows({
    sheet: "表1",
    headerRow: 1,
    headers: HEADERS,
    rows: [{ cells: ["区直", "甲", 90, "优秀"], group: "乡镇" }, { cells: ["区直", "乙", 80, "良好"] }],
  });
  expect(t.groups).toEqual(["乡镇", undefined]);
  const ev = evaluate(t, { group: 0, name: 1, score: 2, tier: 3 }, presets.jiuyuan!, "zh-CN");
  expect(ev.read.subjects.map((s) => s.group)).toEqual(["乡镇", "区直"]);
});

describe("reading rows back", () => {
  const t = tableFromRows({ sheet: "表1", headerRow: 1, headers: HEADERS, rows: [["区直", "甲", 90, "优秀"], ["乡镇", "乙", 80, "良好"], ["乡镇", "丙", 70, "一般"]] });

  test("rowCells and cellAt", () => {
    expect(rowCells(t, 1)).toEqual(["乡镇", "乙", 80, "良好"]);
    expect(cellAt(t, 2, 2)).toBe(70);
    expect(cellAt(t, 2, 9)).toBeNull();
  });

  test("pickRows keeps the picked data rows in order, with their sheet rows", () => {
    const p = pickRows(t, [2, 0]);
    expect(p.rows).toEqual([4, 2]);
    expect(tableRows(p).map((r) => r.cells[1])).toEqual(["丙", "甲"]);
  });
});

test("the engine assesses a table handed to it as columns, with no row objects anywhere", () => {
  const n = 10;
  const scores: CellValue[] = Array.from({ length: n }, (_, i) => 98 - 3 * i);
  const table: Table = {
    sheet: "表1",
    headerRow: 1,
    headers: HEADERS,
    rows: Array.from({ length: n }, (_, i) => i + 2),
    columns: [
      new Array<CellValue>(n).fill("区直单位"),
      Array.from({ length: n }, (_, i) => `单位${i + 1}`),
      scores,
      // Four typed 优秀 among ten: over the 30% share.
      Array.from({ length: n }, (_, i) => (i < 4 ? "优秀" : "良好")),
    ],
  };
  const ev = evaluate(table, { group: 0, name: 1, score: 2, tier: 3 }, presets.jiuyuan!, "zh-CN");
  expect(ev.read.subjects.map((s) => [s.name, s.row, s.score])).toEqual(scores.map((s, i) => [`单位${i + 1}`, i + 2, s]));
  const quota = ev.check.violations.filter((v) => v.code === "QUOTA_EXCEEDED");
  expect(quota).toHaveLength(1);
  expect(quota[0]!.cells).toEqual(["表1!D2", "表1!D3", "表1!D4", "表1!D5"]);
});
