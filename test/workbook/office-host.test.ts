/**
 * The Excel host against office-addin-mock (which enforces load before sync before read):
 * a 10,000-row table is read with one sync and written with two, whatever the row count;
 * the written columns and board are what the engine computed; a user's own 晾晒表 is kept.
 */
import { OfficeMockObject } from "office-addin-mock";
import { evaluate } from "../../src/engine/check/evaluate";
import { boardRows, outputColumns } from "../../src/engine/check/outputs";
import { presets } from "../../src/engine/scheme/presets";
import { BOARD_MARKER } from "../../src/workbook/host";
import { spillFormulas } from "../../src/workbook/formulas";
import { OfficeHost, toGrid } from "../../src/workbook/office-host";

type Recorded = { sheet: string; op: string; args: unknown[]; value?: unknown };

/** A worksheet whose write calls are recorded. */
function recordingSheet(name: string, log: Recorded[]) {
  const range = (op: string, args: unknown[]) => {
    const entry: Recorded = { sheet: name, op, args };
    log.push(entry);
    const format = { font: {}, fill: {}, autofitColumns: () => undefined };
    return {
      set values(v: unknown) {
        entry.value = v;
      },
      set formulas(v: unknown) {
        entry.value = { formulas: v };
      },
      format,
      conditionalFormats: {
        add: (type: string) => {
          const cf = { type, textComparison: { rule: {}, format: { fill: {}, font: {} } } };
          log.push({ sheet: name, op: "conditionalFormat", args: [op, ...args], value: cf });
          return cf;
        },
      },
      select: () => log.push({ sheet: name, op: "select", args }),
      clear: (what: string) => log.push({ sheet: name, op: "clear", args: [...args, what] }),
    };
  };
  return {
    name,
    getRange: (a: string) => range("getRange", [a]),
    getRanges: (a: string) => range("getRanges", [a]),
    getRangeByIndexes: (...a: number[]) => range("getRangeByIndexes", a),
    freezePanes: { freezeRows: (n: number) => log.push({ sheet: name, op: "freezeRows", args: [n] }) },
    pageLayout: { headersFooters: { defaultForAllPages: {} as Record<string, string> } },
    activate: () => log.push({ sheet: name, op: "activate", args: [] }),
    delete: () => log.push({ sheet: name, op: "delete", args: [] }),
  };
}

/** A sheet 表1: title row, header in row 3, `n` subjects in two groups, typed tiers. */
function sheetValues(n: number) {
  const values: (string | number)[][] = [["2026年第一季度考核", "", "", ""], ["", "", "", ""], ["类别", "单位", "总分", "等次"]];
  const types: string[][] = [["String", "Empty", "Empty", "Empty"], ["Empty", "Empty", "Empty", "Empty"], ["String", "String", "String", "String"]];
  for (let i = 0; i < n; i++) {
    const score = i === 3 ? "#N/A" : 60 + ((i * 7919) % 4000) / 100;
    values.push([i % 2 ? "乡镇" : "区直单位", `单位${i + 1}`, score, i % 5 === 0 ? "优秀" : "良好"]);
    types.push(["String", "String", i === 3 ? "Error" : "Double", "String"]);
  }
  return { values, types };
}

function mockExcel(n: number, existingBoard?: { footer: string }) {
  const log: Recorded[] = [];
  const { values, types } = sheetValues(n);
  const sheets: Record<string, ReturnType<typeof recordingSheet>> = { 表1: recordingSheet("表1", log) };
  const data = {
    context: {
      workbook: {
        worksheets: {
          active: {
            name: "表1",
            used: { values, valueTypes: types, numberFormat: values.map((r) => r.map(() => "General")), rowIndex: 0, columnIndex: 0 },
            getUsedRange() {
              return this.used;
            },
            onChanged: {
              add: (handler: () => Promise<void>) => {
                log.push({ sheet: "表1", op: "onChanged.add", args: [], value: handler });
                return { context: {}, remove: () => log.push({ sheet: "表1", op: "onChanged.remove", args: [] }) };
              },
            },
          },
          getActiveWorksheet() {
            return this.active;
          },
          getItem: (name: string) => sheets[name] ?? recordingSheet(name, log),
          getItemOrNullObject: (name: string) => {
            const footer = { leftFooter: existingBoard?.footer ?? "", load: () => undefined };
            return {
              isNullObject: existingBoard === undefined,
              load: () => undefined,
              pageLayout: { headersFooters: { defaultForAllPages: footer } },
              delete: () => log.push({ sheet: name, op: "delete", args: [] }),
              // column A of a 考核方案 sheet (its scheme JSON and 版式 entry): none here
              getRange: (a: string) => ({ address: a, values: [] as unknown[][], load: () => undefined }),
            };
          },
          add: (name: string) => (sheets[name] = recordingSheet(name, log)),
        },
        getSelectedRange() {
          return this.worksheets.active.used;
        },
        application: { calculate: (type: string) => log.push({ sheet: "", op: "calculate", args: [type] }) },
      },
    },
    // Excel.run(callback) or Excel.run(objectOrContext, callback)
    run: async function <T>(a: unknown, b?: (context: unknown) => Promise<T>): Promise<T> {
      const callback = (typeof a === "function" ? a : b) as (context: unknown) => Promise<T>;
      return callback(this.context);
    },
  };
  const excel = new OfficeMockObject(data) as unknown as { context: { sync: () => Promise<void> } } & Record<string, unknown>;
  excel.ConditionalFormatType = { containsText: "ContainsText" };
  excel.ConditionalTextOperator = { contains: "Contains" };
  excel.CalculationType = { full: "Full", recalculate: "Recalculate" };
  (globalThis as Record<string, unknown>).Excel = excel;
  const sync = jest.spyOn(excel.context, "sync");
  return { log, sync, sheets };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

test("toGrid puts Excel's values in sheet coordinates and keeps error values as errors", () => {
  expect(toGrid([[1, "#N/A", ""]], [["Double", "Error", "Empty"]], 2, 1)).toEqual([[], [], [null, 1, { error: "#N/A" }, null]]);
});

describe("a 10,000-row table", () => {
  const n = 10_000;

  test("is read with one load and one sync, header found under the title rows, #N/A kept as an error", async () => {
    const { sync } = mockExcel(n);
    const read = await new OfficeHost().readTable();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(read.sheet).toBe("表1");
    expect(read.table.headerRow).toBe(3);
    expect(read.table.rows).toHaveLength(n);
    expect(read.map).toMatchObject({ group: 0, name: 1, score: 2, tier: 3 });
    expect(read.table.columns[2]![3]).toEqual({ error: "#N/A" });
  });

  test("check → apply costs at most 3 syncs in all, and writes whole columns and the board", async () => {
    const { sync, log } = mockExcel(n);
    const host = new OfficeHost();
    const read = await host.readTable();
    const ev = evaluate(read.table, read.map, presets.jiuyuan!, "zh-CN");
    expect(ev.check.violations.some((v) => v.code === "BAD_CELL" && v.cells[0] === "表1!C7")).toBe(true);
    await host.writeResults(read, outputColumns(ev, "zh-CN"), boardRows(ev, "zh-CN"), { lang: "zh-CN" });
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);

    // one range per result column, from the header row (row 3 → index 2) to the last row, in columns E.. (index 4..)
    const writes = log.filter((e) => e.sheet === "表1" && e.op === "getRangeByIndexes");
    expect(writes.map((w) => w.args)).toEqual([
      [2, 4, n + 1, 1],
      [2, 5, n + 1, 1],
      [2, 6, n + 1, 1],
      [2, 7, n + 1, 1],
    ]);
    const column = (k: number) => (writes[k]!.value as unknown[][]).map((r) => r[0]);
    expect(column(0)[0]).toBe("【计算】得分");
    expect(column(2)[0]).toBe("【计算】等次");
    const tiers = column(2).slice(1);
    expect(tiers).toEqual(ev.assessment.results.map((r) => (r.tier === null ? "" : presets.jiuyuan!.tiers[r.tier]!.label.zh)));
    expect(tiers[3]).toBe(""); // the #N/A row gets no tier, not a silent 0

    // the board: a new 晾晒表 with its marker, n rows, and the three light formats
    const board = log.filter((e) => e.sheet === "晾晒表");
    const body = board.find((e) => e.op === "getRangeByIndexes" && (e.args as number[])[0] === 2)!;
    expect((body.value as unknown[][]).length).toBe(n);
    expect(board.filter((e) => e.op === "conditionalFormat")).toHaveLength(3);
    expect(log.some((e) => e.op === "delete")).toBe(false);
  });
});

test("an existing 晾晒表 of the user's is kept: the board goes beside it", async () => {
  const { log } = mockExcel(20, { footer: "" });
  const host = new OfficeHost();
  const read = await host.readTable();
  const ev = evaluate(read.table, read.map, presets.jiuyuan!, "zh-CN");
  await host.writeResults(read, outputColumns(ev, "zh-CN"), boardRows(ev, "zh-CN"), { lang: "zh-CN" });
  expect(log.some((e) => e.op === "delete")).toBe(false);
  expect(log.some((e) => e.sheet === "晾晒表(Assess)")).toBe(true);
});

test("Assess's own 晾晒表 (marked in its footer) is replaced", async () => {
  const { log } = mockExcel(20, { footer: BOARD_MARKER });
  const host = new OfficeHost();
  const read = await host.readTable();
  const ev = evaluate(read.table, read.map, presets.jiuyuan!, "zh-CN");
  await host.writeResults(read, outputColumns(ev, "zh-CN"), boardRows(ev, "zh-CN"), { lang: "zh-CN" });
  expect(log.filter((e) => e.op === "delete").map((e) => e.sheet)).toEqual(["晾晒表"]);
});

test("select activates the sheet and selects the violation's cells in one sync", async () => {
  const { log, sync } = mockExcel(5);
  await new OfficeHost().select(["表1!D2", "表1!D5"]);
  expect(sync).toHaveBeenCalledTimes(1);
  expect(log.filter((e) => e.op === "select").map((e) => e.args)).toEqual([["D2,D5"]]);
});

test("without ExcelApi 1.18 (RangeAreas.select) the first cell is selected instead, still one sync", async () => {
  const { log, sync } = mockExcel(5);
  const asked: string[] = [];
  (globalThis as Record<string, unknown>).Office = {
    context: { requirements: { isSetSupported: (set: string, v: string) => (asked.push(`${set} ${v}`), set === "ExcelApi" && Number(v.split(".")[1]) <= 17) } },
  };
  await new OfficeHost().select(["表1!D2", "表1!D5"]);
  expect(asked).toEqual(["ExcelApi 1.18"]);
  expect(sync).toHaveBeenCalledTimes(1);
  expect(log.filter((e) => e.op === "getRanges")).toEqual([]);
  expect(log.filter((e) => e.op === "select").map((e) => e.args)).toEqual([["D2"]]);
  // With 1.18 the areas are selected together.
  (globalThis as Record<string, unknown>).Office = { context: { requirements: { isSetSupported: () => true } } };
  await new OfficeHost().select(["表1!D2", "表1!D5"]);
  expect(log.filter((e) => e.op === "select").map((e) => e.args)).toEqual([["D2"], ["D2,D5"]]);
});

test("写回结果 as formulas: one spilling ASSESS.TIERS and ASSESS.LIGHTS per column, the cells below cleared, one sync", async () => {
  const { log, sync } = mockExcel(10);
  const host = new OfficeHost();
  const read = await host.readTable();
  const ev = evaluate(read.table, read.map, presets.jiuyuan!, "zh-CN");
  const columns = outputColumns(ev, "zh-CN");
  await host.writeResults(read, columns, boardRows(ev, "zh-CN"), { lang: "zh-CN" });
  const before = sync.mock.calls.length;
  expect(await host.writeFormulas(read, columns)).toEqual(["tier", "light"]);
  expect(sync.mock.calls.length - before).toBe(1);
  // Header in row 3, subjects in rows 4–13; 【计算】得分 in E, 等次 in G, 亮灯 in H; groups in A.
  const spills = log.filter((e) => e.op === "getRangeByIndexes" && (e.value as { formulas?: unknown })?.formulas);
  expect(spills.map((e) => e.args)).toEqual([
    [3, 6, 10, 1],
    [3, 7, 10, 1],
  ]);
  const formulas = spills.map((e) => ((e.value as { formulas: string[][] }).formulas).map((r) => r[0]));
  expect(formulas[0]).toEqual(["=ASSESS.TIERS($E$4:$E$13,,$A$4:$A$13)", ...Array(9).fill("")]);
  expect(formulas[1]).toEqual(["=ASSESS.LIGHTS($E$4:$E$13,,,$A$4:$A$13)", ...Array(9).fill("")]);
});

test("a table with rows between its data rows cannot spill: no formulas, the values stay", () => {
  const read = { sheet: "表1", table: { headerRow: 1, rows: [2, 4] }, map: { score: 2 }, ownColumns: {}, grid: [] } as unknown as Parameters<typeof spillFormulas>[0];
  expect(spillFormulas(read, { tier: 5 }, [{ key: "tier", header: "等次", values: [] }])).toBeNull();
  const contiguous = { ...read, table: { headerRow: 1, rows: [2, 3] } } as typeof read;
  expect(spillFormulas(contiguous, { tier: 5 }, [{ key: "tier", header: "等次", values: [] }])).toEqual([{ key: "tier", row: 2, col: 5, rows: 2, formula: "=ASSESS.TIERS($C$2:$C$3)" }]);
});

test("recalculate asks Excel for a full calculation (the functions' cells are not dirty) in one sync", async () => {
  const { log, sync } = mockExcel(5);
  await new OfficeHost().recalculate();
  expect(log.filter((e) => e.op === "calculate").map((e) => e.args)).toEqual([["Full"]]);
  expect(sync).toHaveBeenCalledTimes(1);
});

test("onChanged registers one handler that calls the listener, and the returned function removes it", async () => {
  const { log, sync } = mockExcel(5);
  let calls = 0;
  const stop = await new OfficeHost().onChanged(() => calls++);
  const added = log.find((e) => e.op === "onChanged.add")!;
  await (added.value as () => Promise<void>)();
  expect(calls).toBe(1);
  await stop();
  expect(log.filter((e) => e.op === "onChanged.remove")).toHaveLength(1);
  expect(sync).toHaveBeenCalledTimes(2);
});

describe("the scheme and fixes", () => {
  /** An Office stand-in with document settings. */
  function mockOffice(initial: Record<string, unknown> = {}) {
    const store: Record<string, unknown> = { ...initial };
    (globalThis as Record<string, unknown>).Office = {
      context: { document: { settings: { get: (k: string) => store[k] ?? null, set: (k: string, v: unknown) => (store[k] = v), saveAsync: (cb: () => void) => cb() } } },
    };
    return store;
  }

  test("writeCells writes each fix cell on its sheet in one sync", async () => {
    const { log, sync } = mockExcel(5);
    await new OfficeHost().writeCells([
      { cell: "表1!D3", value: "良好" },
      { cell: "表1!D6", value: "一般" },
    ]);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(log.filter((e) => e.op === "getRange").map((e) => [e.args[0], e.value])).toEqual([
      ["D3", [["良好"]]],
      ["D6", [["一般"]]],
    ]);
  });

  test("saveScheme writes the JSON in column A of 考核方案 (a new sheet here) and the document setting", async () => {
    const { log, sync } = mockExcel(5);
    const store = mockOffice();
    const scheme = presetInputFor("jiuyuan");
    await new OfficeHost().saveScheme(scheme, "zh-CN");
    expect(sync).toHaveBeenCalledTimes(2);
    const column = log.find((e) => e.sheet === "考核方案" && e.op === "getRangeByIndexes")!;
    expect(column.args).toEqual([1, 0, 1, 1]);
    expect(log.filter((e) => e.op === "clear").map((e) => [e.sheet, ...e.args])).toEqual([["考核方案", "A:A", "Contents"]]);
    expect(JSON.parse((column.value as string[][])[0]![0]!)).toEqual(scheme);
    expect(JSON.parse(store["assess.scheme"] as string)).toEqual(scheme);
  });

  test("readScheme prefers the document setting", async () => {
    mockExcel(5);
    mockOffice({ "assess.scheme": JSON.stringify({ id: "x" }) });
    expect(await new OfficeHost().readScheme()).toEqual({ id: "x" });
  });
});

function presetInputFor(id: string): unknown {
  return JSON.parse(JSON.stringify(require("../../src/engine/scheme/presets").presetInput(id)));
}

describe("readSelectedGrid (权重设计)", () => {
  test("the selected range's address and cells in one load and one sync: blanks null, date-formatted numbers as dates", async () => {
    const selected = {
      address: "判断矩阵!B2:D4",
      values: [
        ["", "甲", "乙"],
        ["甲", 1, 3],
        ["乙", 46025, 1],
      ],
      numberFormat: [
        ["General", "General", "General"],
        ["General", "General", "0.00"],
        ["General", "m/d/yyyy", "General"],
      ],
    };
    const excel = new OfficeMockObject({
      context: {
        workbook: {
          selected,
          getSelectedRange() {
            return this.selected;
          },
        },
      },
      run: async function <T>(callback: (context: unknown) => Promise<T>): Promise<T> {
        return callback(this.context);
      },
    }) as unknown as { context: { sync: () => Promise<void> } };
    (globalThis as Record<string, unknown>).Excel = excel;
    const sync = jest.spyOn(excel.context, "sync");
    const got = await new OfficeHost().readSelectedGrid();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(got).toEqual({
      address: "判断矩阵!B2:D4",
      values: [
        [null, "甲", "乙"],
        ["甲", 1, 3],
        ["乙", new Date(Date.UTC(2026, 0, 3)), 1],
      ],
    });
  });

  test("which number formats show dates", () => {
    // Excel's numberFormat codes, read by the one rule the file reader uses too.
    const { isDateFormat } = require("../../src/workbook/package/styles") as typeof import("../../src/workbook/package/styles");
    expect(["m/d/yyyy", "yyyy\"年\"m\"月\"d\"日\"", "[$-F800]dddd, mmmm dd, yyyy", "h:mm"].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(["General", "0.00", "#,##0.00_);[Red](#,##0.00)", "0%", "@", '_(* #,##0_);_(* "-"_)'].map(isDateFormat)).toEqual([false, false, false, false, false, false]);
  });
});
