/**
 * A small in-memory Excel for the Office host's tests, filled from real workbooks (the package
 * reader's grids of test/fixtures/*.xlsx): cells, merged ranges and hidden rows and columns as the
 * file holds them. Like Excel it fails when a property is read before it was loaded and synced,
 * queues writes until the next sync, answers getMergedAreasOrNullObject only where ExcelApi 1.13
 * is claimed, and gives getVisibleView's cellAddresses without the hidden rows and columns.
 * `Office.context.document.settings` keeps what is set (saveAsync counted).
 */
import type { CellValue } from "../../src/engine/types";
import type { CellBox, SheetGrid } from "../../src/workbook/grid";
import { columnLetter } from "../../src/workbook/layout/vocabulary";

export interface FakeSheet {
  name: string;
  cells: CellValue[][];
  merges: CellBox[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  /** Number formats where a cell has one other than General (0-based, as cells): "0%" on 0.91. */
  formats?: (string | undefined)[][];
}

/** A sheet of the fake from a grid as the package reader gives it (copied: writes never reach the grid). */
export function fakeSheet(grid: SheetGrid): FakeSheet {
  return { name: grid.name, cells: grid.cells.map((r) => [...(r ?? [])]), merges: [...grid.merges], hiddenRows: new Set(grid.hiddenRows), hiddenCols: new Set(grid.hiddenCols) };
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** "A1:C20", "A:A", "B7" → a box (0-based, inclusive). */
function parseAddress(a: string): CellBox {
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p.replace(/\$/g, ""));
    if (!m) throw new Error(`fake Excel: bad address ${a}`);
    const col = m[1] ? [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : null;
    const row = m[2] ? Number(m[2]) - 1 : null;
    return { col, row };
  };
  const [from, to = from] = a.split(":") as [string, string?];
  const f = part(from);
  const t = part(to);
  return { top: f.row ?? 0, left: f.col ?? 0, bottom: t.row ?? MAX_ROWS - 1, right: t.col ?? MAX_COLS - 1 };
}

const isBlank = (v: CellValue) => v === null || v === undefined || v === "";

export function installFakeExcel(sheets: FakeSheet[], opts: { active: string; excelApi113: boolean; settings?: Record<string, string> }) {
  const book = new Map(sheets.map((s) => [s.name, s]));
  const pending = new Set<object>();
  const synced = new Set<object>();
  const queued: (() => void)[] = [];
  let syncs = 0;
  const settings = { ...(opts.settings ?? {}) };
  let settingsSaved = 0;

  /** An object whose `guarded` properties can be read only after load(...) and a sync. */
  function loadable<T extends object>(methods: T, props: () => Record<string, unknown>, guarded: string[], setters: Record<string, (v: unknown) => void> = {}): T & { load(what: string | string[]): void } {
    const loaded = new Set<string>();
    const created = syncs;
    const target = {
      ...methods,
      load(what: string | string[]) {
        for (const w of Array.isArray(what) ? what : what.split(",")) loaded.add(w.trim().split("/")[0]!);
        pending.add(target);
      },
    };
    return new Proxy(target, {
      get(t, key) {
        const k = String(key);
        // isNullObject needs a sync after the object was made, not a load (as in Office).
        if (k === "isNullObject" && guarded.includes(k)) {
          if (syncs <= created) throw new Error("fake Excel: isNullObject read before a sync");
          return props()[k];
        }
        if (guarded.includes(k)) {
          if (!(loaded.has(k) && synced.has(t))) throw new Error(`fake Excel: ${k} read before load + sync`);
          return props()[k];
        }
        return (t as Record<string | symbol, unknown>)[key];
      },
      set(t, key, v) {
        const set = setters[String(key)];
        if (!set) throw new Error(`fake Excel: cannot set ${String(key)}`);
        set(v);
        return true;
      },
    }) as T & { load(what: string | string[]): void };
  }

  function valueOf(v: CellValue): { value: unknown; type: string } {
    if (isBlank(v)) return { value: "", type: "Empty" };
    if (typeof v === "number") return { value: v, type: "Double" };
    if (typeof v === "boolean") return { value: v, type: "Boolean" };
    if (typeof v === "string") return { value: v, type: "String" };
    if (v instanceof Date) return { value: (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000, type: "Double" };
    return { value: v.error, type: "Error" };
  }

  function range(sheet: FakeSheet | null, box: CellBox) {
    const rows = () => Array.from({ length: box.bottom - box.top + 1 }, (_, r) => box.top + r);
    const cols = () => Array.from({ length: box.right - box.left + 1 }, (_, c) => box.left + c);
    const grid = () => rows().map((r) => cols().map((c) => valueOf(sheet?.cells[r]?.[c] ?? null)));
    // As Excel: a date is a serial number with a date format; other cells General unless given.
    const formats = () => rows().map((r) => cols().map((c) => (sheet?.cells[r]?.[c] instanceof Date ? "yyyy/m/d" : (sheet?.formats?.[r]?.[c] ?? "General"))));
    const write = (values: unknown[][]) =>
      queued.push(() => {
        if (!sheet) throw new Error("fake Excel: write to a null object");
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            const at = (sheet.cells[box.top + r] ??= []);
            at[box.left + c] = v === "" ? null : (v as CellValue);
          }),
        );
      });
    const methods = {
      getMergedAreasOrNullObject() {
        if (!opts.excelApi113) throw new Error("fake Excel: getMergedAreasOrNullObject needs ExcelApi 1.13");
        const inside = (sheet?.merges ?? []).filter((m) => m.top <= box.bottom && m.bottom >= box.top && m.left <= box.right && m.right >= box.left);
        const items = inside.map((m) => ({ rowIndex: m.top, columnIndex: m.left, rowCount: m.bottom - m.top + 1, columnCount: m.right - m.left + 1 }));
        return loadable({}, () => ({ isNullObject: items.length === 0, areas: { items } }), ["isNullObject", "areas"]);
      },
      getVisibleView() {
        const visible = () =>
          rows()
            .filter((r) => !sheet?.hiddenRows.has(r))
            .map((r) => cols().filter((c) => !sheet?.hiddenCols.has(c)).map((c) => `${columnLetter(c)}${r + 1}`));
        return loadable({}, () => ({ cellAddresses: visible() }), ["cellAddresses"]);
      },
      clear(what: string) {
        expect(what).toBe("Contents");
        queued.push(() => {
          if (!sheet) return;
          for (let r = box.top; r <= Math.min(box.bottom, sheet.cells.length - 1); r++) for (let c = box.left; c <= box.right && c < (sheet.cells[r]?.length ?? 0); c++) sheet.cells[r]![c] = null;
        });
      },
      format: { font: {}, autofitColumns: () => undefined },
    };
    return loadable(
      methods,
      () => ({
        values: grid().map((row) => row.map((x) => x.value)),
        valueTypes: grid().map((row) => row.map((x) => x.type)),
        numberFormat: formats(),
        rowIndex: box.top,
        columnIndex: box.left,
        isNullObject: sheet === null,
      }),
      ["values", "valueTypes", "numberFormat", "rowIndex", "columnIndex", "isNullObject"],
      // Writing values queues them for the next sync, as Excel does.
      { values: (v) => write(v as unknown[][]) },
    );
  }

  function usedBox(s: FakeSheet): CellBox | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    s.cells.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (isBlank(v)) return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  function worksheet(s: FakeSheet | null, name: string) {
    return loadable(
      {
        getUsedRange: () => {
          const b = s && usedBox(s);
          if (!b) throw new Error("fake Excel: empty sheet");
          return range(s, b);
        },
        getUsedRangeOrNullObject: () => {
          const b = s && usedBox(s);
          return b ? range(s, b) : range(null, { top: 0, left: 0, bottom: 0, right: 0 });
        },
        getRange: (a?: string) => range(s, a === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } : parseAddress(a)),
        getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => range(s, { top: r, left: c, bottom: r + rows - 1, right: c + cols - 1 }),
      },
      () => ({ name, isNullObject: s === null }),
      ["name", "isNullObject"],
    );
  }

  const items = () => [...book.values()].map((s) => worksheet(s, s.name));
  let listed: ReturnType<typeof items> = [];
  const worksheets = loadable(
    {
      getActiveWorksheet: () => worksheet(book.get(opts.active)!, opts.active),
      getItemOrNullObject: (name: string) => worksheet(book.get(name) ?? null, name),
      add: (name: string) => {
        const s: FakeSheet = { name, cells: [], merges: [], hiddenRows: new Set(), hiddenCols: new Set() };
        book.set(name, s);
        return worksheet(s, name);
      },
    },
    () => ({ items: listed }),
    ["items"],
  );
  const context = {
    workbook: { worksheets, getSelectedRange: () => worksheet(book.get(opts.active)!, opts.active).getUsedRange() },
    sync: async () => {
      syncs++;
      for (const q of queued.splice(0)) q();
      // The sheets as they are at this sync (their names loaded with the collection's items).
      listed = items();
      for (const w of listed) w.load("name");
      for (const p of pending) synced.add(p);
      pending.clear();
    },
  };
  (globalThis as Record<string, unknown>).Excel = { run: async <T>(cb: (c: unknown) => Promise<T>) => cb(context) };
  (globalThis as Record<string, unknown>).Office = {
    context: {
      requirements: { isSetSupported: (set: string, version?: string) => set !== "ExcelApi" || version !== "1.13" || opts.excelApi113 },
      document: {
        settings: {
          get: (k: string) => settings[k] ?? null,
          set: (k: string, v: string) => void (settings[k] = v),
          saveAsync: (cb: () => void) => {
            settingsSaved++;
            cb();
          },
        },
      },
    },
  };
  return { book, settings, syncs: () => syncs, settingsSaved: () => settingsSaved };
}

export function uninstallFakeExcel(): void {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
}
