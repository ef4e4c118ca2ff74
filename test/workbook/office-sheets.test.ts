/**
 * OfficeHost.readSheets against a fake Excel that, like Excel, fails when a property is read
 * before it was loaded and synced (office-addin-mock cannot express a loaded collection's `items`):
 * every sheet's used range in two syncs whatever the sheet count, empty sheets as empty grids,
 * cells in sheet coordinates with error values kept.
 */
import { OfficeHost } from "../../src/workbook/office-host";

type Used = { values: unknown[][]; valueTypes: string[][]; rowIndex: number; columnIndex: number } | null;

/** An object whose listed properties can be read only after load(...) and a sync. */
function loadable<T extends object>(ctx: { synced: Set<object>; pending: Set<object> }, props: T, guarded: (keyof T)[], extra: object = {}) {
  const loaded = new Set<string>();
  const target = { ...extra, load: (what: string | string[]) => {
    for (const w of Array.isArray(what) ? what : what.split(",")) loaded.add(w.trim().split("/")[0]!);
    ctx.pending.add(target);
  } };
  return new Proxy(target, {
    get(t, key) {
      if (key in t) return (t as Record<string | symbol, unknown>)[key];
      if (guarded.includes(key as keyof T) && !(loaded.has(String(key)) && ctx.synced.has(t))) throw new Error(`${String(key)} read before load + sync`);
      return (props as Record<string | symbol, unknown>)[key];
    },
  });
}

function fakeExcel(sheets: { name: string; used: Used }[]) {
  const ctx = { synced: new Set<object>(), pending: new Set<object>() };
  let syncs = 0;
  const items = sheets.map((s) => ({
    name: s.name,
    getUsedRangeOrNullObject: (valuesOnly: boolean) => {
      expect(valuesOnly).toBe(true);
      const u = s.used ?? { values: [], valueTypes: [], rowIndex: 0, columnIndex: 0 };
      const numberFormat = u.values.map((r) => r.map(() => "General"));
      return loadable(ctx, { ...u, numberFormat, isNullObject: s.used === null }, ["values", "valueTypes", "numberFormat", "rowIndex", "columnIndex"], { isNullObject: s.used === null });
    },
  }));
  const worksheets = loadable(ctx, { items }, ["items"]);
  const context = {
    workbook: { worksheets },
    sync: async () => {
      syncs++;
      for (const p of ctx.pending) ctx.synced.add(p);
      ctx.pending.clear();
    },
  };
  (globalThis as Record<string, unknown>).Excel = { run: async <T>(cb: (c: unknown) => Promise<T>) => cb(context) };
  return { syncs: () => syncs };
}

afterEach(() => delete (globalThis as Record<string, unknown>).Excel);

test("every sheet's cells in two syncs, whatever the number of sheets", async () => {
  const months = Array.from({ length: 12 }, (_, i) => ({
    name: `2026年${i + 1}月`,
    used: { values: [["单位", "总分"], ["甲", 80 + i]], valueTypes: [["String", "String"], ["String", "Double"]], rowIndex: 1, columnIndex: 1 },
  }));
  const excel = fakeExcel([...months, { name: "空白", used: null }, { name: "错误", used: { values: [["#N/A"]], valueTypes: [["Error"]], rowIndex: 0, columnIndex: 0 } }]);
  const sheets = await new OfficeHost().readSheets();
  expect(excel.syncs()).toBe(2);
  expect(sheets.map((s) => s.name)).toEqual([...months.map((m) => m.name), "空白", "错误"]);
  expect(sheets[2]!.grid).toEqual([[], [null, "单位", "总分"], [null, "甲", 82]]);
  expect(sheets[12]!.grid).toEqual([]);
  expect(sheets[13]!.grid).toEqual([[{ error: "#N/A" }]]);
});

test("the fake fails a read before load + sync (so the test above proves the order)", async () => {
  fakeExcel([{ name: "a", used: null }]);
  await expect(
    (globalThis as unknown as { Excel: { run: (cb: (c: { workbook: { worksheets: { items: unknown } } }) => Promise<unknown>) => Promise<unknown> } }).Excel.run(async (c) => c.workbook.worksheets.items),
  ).rejects.toThrow("items read before load + sync");
});
