/**
 * The package reader on files real programs wrote (issue 13: hand-written parsing is tested on
 * every producer's files): xlsxwriter (shared strings, and constant_memory's inline strings),
 * gnumeric's ssconvert (pretty-printed XML, mixed inline/shared strings, 21-digit numbers), R's
 * openxlsx (formulas without cached values, relationships to parts that are not there), Go's
 * tealeg/xlsx (hidden="true", blank cells typed as shared strings), LibreOffice re-saving the
 * table (booleans as TRUE() formulas, strings split into runs per script). Each
 * fixture in test/fixtures/producers/ has an `<file>.expected.json` written from the table the
 * generator (scripts/make-producer-fixtures.sh, scripts/producers/table.py) puts in it — never from
 * a reader. Every value, merge, hidden row and column and table is compared exactly, and the cells
 * the reader gives that the JSON does not list must be blank. Then `assess check --json` reads the
 * table from each file.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../src/engine/types";
import type { CellBox, SheetGrid } from "../../src/workbook/grid";
import { columnLetters, openPackage } from "../../src/workbook/package";
import type { FileReport } from "../../src/cli/report";
import { assess, root, tempDirForSuite } from "../helpers/cli";

const dir = join(root, "test/fixtures/producers");

type Want = string | number | boolean | { date: string } | { error: string };
interface Expected {
  file: string;
  producer: string;
  sheets: { name: string; state: string }[];
  grids: Record<string, { cells: Record<string, Want>; merges: string[]; hiddenRows: number[]; hiddenCols: string[]; tables: { name: string; ref: string; headerRow: boolean; totalsRow: boolean }[]; uncached?: string[] }>;
  check: { sheet: string; subjects: number; missing?: string[] };
}

const mine = ["xlsxwriter.xlsx", "xlsxwriter-constant-memory.xlsx", "gnumeric.xlsx", "openxlsx.xlsx", "tealeg.xlsx", "libreoffice-table.xlsx"];
const expectations: Expected[] = mine.map((f) => JSON.parse(readFileSync(join(dir, `${f}.expected.json`), "utf8")) as Expected);

const ref = (b: CellBox) => {
  const a = `${columnLetters(b.left)}${b.top + 1}`;
  const z = `${columnLetters(b.right)}${b.bottom + 1}`;
  return a === z ? a : `${a}:${z}`;
};
const blank = (v: CellValue) => v === null || v === undefined || v === "";

/** A cell as the expected JSON writes it. */
function asWant(v: CellValue): Want | null {
  if (blank(v)) return null;
  if (v instanceof Date) return { date: v.toISOString() };
  return v as Want;
}

/** Every non-blank cell of a grid by address. */
function cellsOf(g: SheetGrid): Record<string, Want> {
  const out: Record<string, Want> = {};
  g.cells.forEach((row, r) => row?.forEach((v, c) => {
    const w = asWant(v);
    if (w !== null) out[`${columnLetters(c)}${r + 1}`] = w;
  }));
  return out;
}

test("every producer fixture has its expected JSON and is in this suite", () => {
  const files = readdirSync(dir).filter((f) => /^(xlsxwriter|gnumeric|openxlsx|tealeg|libreoffice-table)/.test(f) && /\.xls[xm]$/.test(f));
  expect(files.sort()).toEqual([...mine].sort());
});

describe.each(expectations)("$file ($producer)", (want) => {
  const pkg = openPackage(new Uint8Array(readFileSync(join(dir, want.file))));

  test("the sheet list", () => {
    expect(pkg.sheets.map((s) => ({ name: s.name, state: s.state }))).toEqual(want.sheets);
  });

  test.each(Object.keys(want.grids))("sheet %s: every value, merges, hidden rows and columns, tables", (name) => {
    const w = want.grids[name]!;
    const g = pkg.grid(name);
    expect(cellsOf(g)).toEqual(w.cells);
    expect(g.merges.map(ref).sort()).toEqual([...w.merges].sort());
    expect([...g.hiddenRows].map((r) => r + 1).sort((a, b) => a - b)).toEqual(w.hiddenRows);
    expect([...g.hiddenCols].map(columnLetters).sort()).toEqual(w.hiddenCols);
    expect(g.tables.map((t) => ({ name: t.name, ref: ref(t.box), headerRow: t.headerRow, totalsRow: t.totalsRow }))).toEqual(w.tables);
    // Formulas without a cached value (openxlsx writes none) are blank and named, never read as 0.
    expect((g as SheetGrid & { uncached?: string[] }).uncached ?? []).toEqual(w.uncached ?? []);
  });
});

describe("assess check --json reads the table of each producer's file", () => {
  tempDirForSuite("assess-producers-");
  test.each(expectations)("$file", (want) => {
    const r = assess("check", join(dir, want.file), "--preset", "jiuyuan", "--json");
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.out) as FileReport | FileReport[];
    const one = Array.isArray(report) ? report[0]! : report;
    expect(one.sheet).toBe(want.check.sheet);
    expect(one.subjects).toBe(want.check.subjects);
    // The only cells the check cannot use are the ones the file gives no value for (openxlsx's uncached D5).
    expect(one.violations.filter((v) => v.code === "MISSING_VALUE" || v.code === "BAD_CELL").flatMap((v) => v.cells)).toEqual(want.check.missing ?? []);
  });
  // The grid holds a merged range's value in its top-left cell only (grid.ts); the layout step
  // (src/workbook/layout) gives the merged 类别 B3:B6 to each of its rows.
  test.each(expectations)("$file: the merged 类别 B3:B6 gives its group to rows 3-6 (layout step)", (want) => {
    const r = assess("check", join(dir, want.file), "--preset", "jiuyuan", "--json");
    const report = JSON.parse(r.out) as FileReport | FileReport[];
    const one = Array.isArray(report) ? report[0]! : report;
    // A subject whose score the file does not give (openxlsx's uncached D5, row 5) takes no place in n.
    const unusable = (from: number, to: number) => (want.check.missing ?? []).filter((c) => { const r = Number(/(\d+)$/.exec(c)?.[1]); return r >= from && r <= to; }).length;
    expect(one.groups.map((g) => [g.group, g.n])).toEqual([["区直单位", 4 - unusable(3, 6)], ["苏木乡镇", 4 - unusable(7, 10)]]);
  });
});
