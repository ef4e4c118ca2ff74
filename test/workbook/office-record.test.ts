/**
 * OfficeHost.readRecord / appendRecord (the 变更记录 sheet in Excel) against a fake Excel that,
 * like Excel, fails when a property is read before it was loaded and synced: a workbook without the
 * sheet reads as an empty record in one sync; the first decision adds the sheet with its header
 * (two syncs); a later one goes below the last used row, under the headers the sheet has — a
 * person's own column and rows are kept — and reads back as written, times as text.
 */
import type { Override } from "../../src/engine/record/overrides";
import { OfficeHost } from "../../src/workbook/office-host";

type Write = { sheet: string; row: number; col: number; rows: number; cols: number; values?: unknown[][]; numberFormat?: unknown[][]; bold?: boolean };

/** A fake Excel holding named sheets as grids (sheet coordinates from A1). */
function fakeExcel(initial: Record<string, unknown[][]>) {
  const sheets = new Map(Object.entries(initial).map(([name, grid]) => [name, grid.map((r) => [...r])]));
  const pending = new Set<{ synced: boolean }>();
  const writes: Write[] = [];
  const added: string[] = [];
  let syncs = 0;
  const guard = <T extends object>(state: { synced: boolean }, props: () => T) =>
    new Proxy(
      {},
      {
        get(t, key) {
          if (key in t) return (t as Record<string | symbol, unknown>)[key];
          if (!state.synced) throw new Error(`${String(key)} read before load + sync`);
          return (props() as Record<string | symbol, unknown>)[key];
        },
      },
    ) as T;
  const sheetApi = (name: string) => ({
    name,
    getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
      const w: Write = { sheet: name, row, col, rows, cols };
      writes.push(w);
      const grid = sheets.get(name)!;
      return {
        set values(v: unknown[][]) {
          w.values = v;
          v.forEach((r, i) => r.forEach((x, j) => ((grid[row + i] ??= [])[col + j] = x)));
        },
        set numberFormat(v: unknown[][]) {
          w.numberFormat = v;
        },
        format: {
          font: {
            set bold(b: boolean) {
              w.bold = b;
            },
          },
        },
      };
    },
    freezePanes: { freezeRows: () => undefined },
  });
  const worksheets = {
    getItemOrNullObject(name: string) {
      const exists = sheets.has(name);
      const state = { synced: false };
      const api = exists ? sheetApi(name) : null;
      return {
        load: () => pending.add(state),
        get isNullObject() {
          if (!state.synced) throw new Error("isNullObject read before load + sync");
          return !exists;
        },
        getUsedRangeOrNullObject(valuesOnly: boolean) {
          expect(valuesOnly).toBe(true);
          const u = { synced: false };
          const grid = sheets.get(name) ?? [];
          const width = Math.max(0, ...grid.map((r) => r.length));
          const values = grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
          const types = values.map((r) => r.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : "String")));
          const props = { values, valueTypes: types, rowIndex: 0, columnIndex: 0, isNullObject: !exists || grid.length === 0 };
          return Object.assign(guard(u, () => props), { load: () => pending.add(u) });
        },
        ...(api ?? {}),
      };
    },
    add(name: string) {
      added.push(name);
      sheets.set(name, []);
      return sheetApi(name);
    },
  };
  const context = {
    workbook: { worksheets },
    sync: async () => {
      syncs++;
      for (const p of pending) p.synced = true;
      pending.clear();
    },
  };
  (globalThis as Record<string, unknown>).Excel = { run: async <T>(cb: (c: unknown) => Promise<T>) => cb(context) };
  return { sheets, writes, added, syncs: () => syncs };
}

afterEach(() => delete (globalThis as Record<string, unknown>).Excel);

const decision: Override = {
  at: "2026-04-28T10:30:00+08:00",
  subject: "沙河街道",
  group: "苏木乡镇街道",
  field: "tier",
  from: "良好",
  to: "优秀",
  rule: "TIE_AT_BOUNDARY",
  reason: "并列，经考核委员会研究确定",
  by: "王五",
};

test("no record sheet: an empty record in one sync; the first decision adds the sheet, its header and the row in two syncs", async () => {
  const excel = fakeExcel({ 考核表: [["单位", "总分"]] });
  const host = new OfficeHost();
  await expect(host.readRecord("zh-CN")).resolves.toEqual({ overrides: [], problems: [] });
  expect(excel.syncs()).toBe(1);

  await host.appendRecord([decision], "zh-CN");
  expect(excel.syncs()).toBe(3);
  expect(excel.added).toEqual(["变更记录"]);
  expect(excel.sheets.get("变更记录")!.slice(0, 2)).toEqual([
    ["时间", "考核对象", "类别", "项目", "原结果", "调整为", "涉及规则", "理由", "操作人"],
    ["2026-04-28T10:30:00+08:00", "沙河街道", "苏木乡镇街道", "等次", "良好", "优秀", "名额线并列", "并列，经考核委员会研究确定", "王五"],
  ]);
  // the row is written as text, so Excel keeps the time (and its offset) as typed
  const block = excel.writes.find((w) => w.values?.[0]?.[0] === decision.at)!;
  expect(block.numberFormat).toEqual([Array(9).fill("@")]);
  expect(excel.writes.filter((w) => w.bold).length).toBe(9);

  const read = await host.readRecord("zh-CN");
  expect(read.problems).toEqual([]);
  expect(read.overrides).toEqual([decision]);
});

test("an existing record: the new row goes below the last used row, under the sheet's own column order; a person's column and rows are kept", async () => {
  const excel = fakeExcel({
    变更记录: [
      ["考核对象", "时间", "类别", "项目", "原结果", "调整为", "涉及规则", "理由", "操作人", "备注"],
      ["麻池镇", "2026-04-27T09:00:00+08:00", "苏木乡镇街道", "等次", "良好", "良好", "", "确认", "", "会议纪要第3号"],
      ["", "", "", "", "", "", "", "", "", "（手工备注行）"],
    ],
  });
  const host = new OfficeHost();
  const before = await host.readRecord("zh-CN");
  expect(before.overrides.map((o) => [o.subject, o.to])).toEqual([["麻池镇", "良好"]]);

  await host.appendRecord([decision], "zh-CN");
  expect(excel.added).toEqual([]);
  expect(excel.writes.some((w) => w.bold)).toBe(false); // every header was there
  const grid = excel.sheets.get("变更记录")!;
  expect(grid[1]![9]).toBe("会议纪要第3号");
  expect(grid[2]![9]).toBe("（手工备注行）");
  expect(grid[3]!.slice(0, 3)).toEqual(["沙河街道", "2026-04-28T10:30:00+08:00", "苏木乡镇街道"]);

  const after = await host.readRecord("zh-CN");
  expect(after.overrides.map((o) => o.subject)).toEqual(["麻池镇", "沙河街道"]);
});

test("the fake fails a read before load + sync (so the sync counts above prove the order)", async () => {
  fakeExcel({ 变更记录: [["时间"]] });
  type Ctx = { workbook: { worksheets: { getItemOrNullObject(n: string): { isNullObject: boolean; getUsedRangeOrNullObject(v: boolean): { values: unknown } } } } };
  const excel = (globalThis as unknown as { Excel: { run<T>(cb: (c: Ctx) => Promise<T>): Promise<T> } }).Excel;
  await expect(excel.run(async (c) => c.workbook.worksheets.getItemOrNullObject("变更记录").isNullObject)).rejects.toThrow("isNullObject read before load + sync");
  await expect(excel.run(async (c) => c.workbook.worksheets.getItemOrNullObject("变更记录").getUsedRangeOrNullObject(true).values)).rejects.toThrow("values read before load + sync");
});
