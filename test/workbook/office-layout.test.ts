/**
 * 版式识别 in Excel: OfficeHost against an in-memory Excel filled from the real layout fixtures
 * (fake-excel.ts: load before sync before read, writes applied at sync). Merged 类别 come through
 * getMergedAreasOrNullObject and hidden rows through getVisibleView, each group as the expected
 * reading of the fixture says; without ExcelApi 1.13 the report says merges were unavailable. The
 * reading options remembered (the 考核方案 sheet's 版式 entry, the document setting) and given by the
 * pane are read the way the CLI reads them, and 记住 writes them where the CLI finds them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../src/engine/check/evaluate";
import { presetInput, presets } from "../../src/engine/scheme/presets";
import { isWorkbookError } from "../../src/workbook/errors";
import { layoutLines } from "../../src/workbook/layout";
import { LAYOUT_SETTING, OfficeHost } from "../../src/workbook/office-host";
import { openPackage } from "../../src/workbook/package/read";
import { periodTables } from "../../src/workbook/period-tables";
import { layoutOfColumn } from "../../src/workbook/scheme-sheet";
import { schemeSheetLayout } from "../../src/workbook/scheme-summary";
import { fakeSheet, installFakeExcel, uninstallFakeExcel, type FakeSheet } from "./fake-excel";

const dir = join(__dirname, "../fixtures/layouts");

/** The sheets of a layout fixture, as the fake's workbook. */
function sheetsOf(name: string): FakeSheet[] {
  const pkg = openPackage(new Uint8Array(readFileSync(join(dir, `${name}.xlsx`))));
  return pkg.sheets.filter((s) => s.kind === "worksheet").map((s) => fakeSheet(pkg.grid(s.name)));
}

/** The groups a fixture's expected reading names: group → n. */
function expectedGroups(name: string): Record<string, number> {
  const e = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as { sheets: { groups: { group: string; n: number }[] }[] };
  return Object.fromEntries(e.sheets[0]!.groups.map((g) => [g.group, g.n]));
}

/** A 考核方案 sheet as `assess apply` writes it (scheme JSON in column A, 版式 entry below when given). */
function schemeSheet(layout?: Parameters<typeof schemeSheetLayout>[2]): FakeSheet {
  const cells: FakeSheet["cells"] = [];
  for (const c of schemeSheetLayout(presetInput("jiuyuan"), "zh-CN", layout).cells) (cells[c.row - 1] ??= [])[c.col] = c.value;
  return { name: "考核方案", cells, merges: [], hiddenRows: new Set(), hiddenCols: new Set() };
}

const groupsOf = (read: Awaited<ReturnType<OfficeHost["readTable"]>>) => {
  const ev = evaluate(read.table, read.map, presets.jiuyuan!, "zh-CN");
  return Object.fromEntries(ev.check.groups.map((g) => [g.group, g.n]));
};

afterEach(uninstallFakeExcel);

test("merged 类别 (B3:B11 …) read through getMergedAreasOrNullObject: the fixture's three groups, one sync", async () => {
  const sheets = sheetsOf("01-merged-category");
  expect(sheets[0]!.merges.length).toBeGreaterThanOrEqual(3); // the file really has the merges
  expect(sheets[0]!.cells[3]![1]).toBeNull(); // and the merged 类别 is in the first row of each group only
  const excel = installFakeExcel(sheets, { active: "2026年第一季度", excelApi113: true });
  const read = await new OfficeHost().readTable();
  expect(excel.syncs()).toBe(1);
  expect(groupsOf(read)).toEqual(expectedGroups("01-merged-category"));
  expect(read.layout!.merges).toBe("read");
  expect(read.layout!.groups).toMatchObject({ from: "column", column: "B" });
  // the merges gave every row its 类别: no blank cell had to take the group above
  expect(read.layout!.notes.map((n) => n.key)).not.toContain("layout.assume.groupFilled");
  expect(read.options).toEqual({});
});

test("a 单位 merged down over its cadres (04) belongs to each of them: every subject carries its unit", async () => {
  installFakeExcel(sheetsOf("04-unit-merged-over-cadres"), { active: "科级干部考核", excelApi113: true });
  const read = await new OfficeHost().readTable();
  const ev = evaluate(read.table, read.map, presets["civil-servant"]!, "zh-CN");
  expect(ev.read.subjects.filter((s) => s.unit === undefined)).toEqual([]);
  expect(new Set(ev.read.subjects.map((s) => s.unit)).size).toBe(6);
});

test("hidden rows come through getVisibleView: still subjects, listed in the report", async () => {
  installFakeExcel(sheetsOf("25-hidden-rows"), { active: "考核结果", excelApi113: true });
  const read = await new OfficeHost().readTable();
  expect(read.layout!.hiddenRows).toEqual([9, 19]);
  expect(groupsOf(read)).toEqual(expectedGroups("25-hidden-rows"));
  expect(layoutLines(read.layout!, "zh-CN")).toContain("  ! [LAYOUT_ASSUMPTION] 第 9, 19 行已隐藏，仍作为考核对象");
});

test("without ExcelApi 1.13 merges are not asked for: the report says so, and the blank 类别 cells take the group above", async () => {
  installFakeExcel(sheetsOf("01-merged-category"), { active: "2026年第一季度", excelApi113: false });
  const read = await new OfficeHost().readTable();
  expect(read.layout!.merges).toBe("unavailable");
  const lines = layoutLines(read.layout!, "zh-CN");
  expect(lines).toContain("  注意：此环境读不到合并单元格（需 ExcelApi 1.13），合并的类别/单位只属于首行");
  expect(lines.some((l) => l.includes("[LAYOUT_ASSUMPTION] B 列第 4, 5,"))).toBe(true);
  expect(layoutLines(read.layout!, "en-US").some((l) => l.includes("merged cells could not be read here"))).toBe(true);
  expect(groupsOf(read)).toEqual(expectedGroups("01-merged-category"));
});

describe("reading options (27-ambiguous-two-scores: 初评得分 C and 复核得分 D)", () => {
  const name = "27-ambiguous-two-scores";

  test("none remembered: the reading stops naming both columns, with the header for the pane's form", async () => {
    installFakeExcel(sheetsOf(name), { active: "考核得分", excelApi113: true });
    const e = await new OfficeHost().readTable().catch((x: unknown) => x);
    expect(isWorkbookError(e, "LAYOUT_AMBIGUOUS")).toBe(true);
    const w = e as import("../../src/workbook/errors").WorkbookError;
    expect(w.message).toContain("C（初评得分）、D（复核得分）");
    expect(w.stop).toMatchObject({ sheet: "考核得分", headerRow: 2 });
    expect(w.stop!.headers.slice(0, 5)).toEqual(["序号", "单位名称", "初评得分", "复核得分", "等次"]);
  });

  test("the document setting alone; the 考核方案 sheet's entry over the setting; the pane's options over both", async () => {
    installFakeExcel(sheetsOf(name), { active: "考核得分", excelApi113: true, settings: { [LAYOUT_SETTING]: JSON.stringify({ columns: { score: "D" } }) } });
    const bySetting = await new OfficeHost().readTable();
    expect(bySetting.options).toEqual({ columns: { score: "D" } });
    expect(bySetting.map.score).toBe(3);

    installFakeExcel([...sheetsOf(name), schemeSheet({ columns: { score: "初评得分" } })], {
      active: "考核得分",
      excelApi113: true,
      settings: { [LAYOUT_SETTING]: JSON.stringify({ columns: { score: "D" } }) },
    });
    const bySheet = await new OfficeHost().readTable();
    expect(bySheet.options).toEqual({ columns: { score: "初评得分" } });
    expect(bySheet.map.score).toBe(2);

    const given = await new OfficeHost().readTable(undefined, { columns: { score: "D" }, groupRows: false });
    expect(given.map.score).toBe(3);
    expect(given.options).toEqual({ columns: { score: "D" }, groupRows: false });
    // 16 units, 5 优秀 for 4 places, as the fixture's reading with --columns score=复核得分 says
    const ev = evaluate(given.table, given.map, presets.jiuyuan!, "zh-CN");
    expect(ev.check.groups.map((g) => [g.n, g.counts[0], g.limits[0]])).toEqual([[16, 5, 4]]);
  });

  test("记住 writes the document setting, and the 考核方案 sheet's entry where the CLI reads it; a saved scheme keeps it", async () => {
    const excel = installFakeExcel([...sheetsOf(name), schemeSheet()], { active: "考核得分", excelApi113: true });
    const host = new OfficeHost();
    await host.saveLayout({ columns: { score: "D" } }, "zh-CN", presetInput("jiuyuan"));
    expect(JSON.parse(excel.settings[LAYOUT_SETTING]!)).toEqual({ columns: { score: "D" } });
    expect(excel.settingsSaved()).toBe(1);
    const column = () => Array.from(excel.book.get("考核方案")!.cells, (r) => r?.[0] ?? null);
    expect(layoutOfColumn(column())).toEqual({ columns: { score: "D" } });
    expect(column().slice(2, 5)).toEqual([null, "版式 layout", '{"columns":{"score":"D"}}']);
    expect((await host.readTable()).map.score).toBe(3);

    // 保存方案 rewrites column A: the entry is written again after the JSON
    await host.saveScheme(presetInput("zhejiang"), "zh-CN");
    expect(layoutOfColumn(column())).toEqual({ columns: { score: "D" } });
    expect(JSON.parse(column()[1] as string).id).toBe("zhejiang");

    // remembering all-automatic forgets (the setting too): the reading stops again
    await host.saveLayout({}, "zh-CN", presetInput("jiuyuan"));
    expect(layoutOfColumn(column())).toBeNull();
    await expect(host.readTable()).rejects.toMatchObject({ code: "LAYOUT_AMBIGUOUS" });
  });

  test("记住 without a 考核方案 sheet keeps the options in the document settings only (no sheet is added)", async () => {
    const excel = installFakeExcel(sheetsOf(name), { active: "考核得分", excelApi113: true });
    await new OfficeHost().saveLayout({ columns: { score: "D" } }, "zh-CN", presetInput("jiuyuan"));
    expect(excel.book.has("考核方案")).toBe(false);
    expect((await new OfficeHost().readTable()).map.score).toBe(3);
  });
});

test("readSheets gives each sheet's merges (ExcelApi 1.13): period sheets with a merged header and 类别 read as the table is", async () => {
  const pkg = openPackage(new Uint8Array(readFileSync(join(__dirname, "../fixtures/periods-merged.xlsx"))));
  const months = pkg.sheets.map((s) => fakeSheet(pkg.grid(s.name)));
  const excel = installFakeExcel(months, { active: "2026年3月", excelApi113: true });
  const sheets = await new OfficeHost().readSheets();
  expect(excel.syncs()).toBe(2);
  expect(sheets.map((s) => s.merges?.length)).toEqual(months.map((m) => m.merges.length));
  const found = periodTables(sheets);
  expect(found.periods.map((p) => [p.period.label, p.table.rows.length])).toEqual([
    ["2026年1月", 18],
    ["2026年2月", 18],
    ["2026年3月", 18],
  ]);
  const ev = evaluate(found.periods[2]!.table, found.periods[2]!.map, presets.jiuyuan!, "zh-CN");
  expect(ev.check.groups.map((g) => [g.group, g.n, g.counts[0], g.limits[0]])).toEqual([
    ["党群部门", 8, 2, 2],
    ["政府部门", 10, 4, 3],
  ]);

  // Excel without ExcelApi 1.13 gives no merges: the units row "(分)" is then read as a subject.
  installFakeExcel(months, { active: "2026年3月", excelApi113: false });
  const plain = periodTables(await new OfficeHost().readSheets());
  expect(plain.periods[2]!.table.rows.length).toBe(19);
});
