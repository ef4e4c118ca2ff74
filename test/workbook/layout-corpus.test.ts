/**
 * The layout acceptance corpus of issue 12: every workbook of test/fixtures/layouts (written by
 * scripts/make-layout-corpus.py the way offices' files look, some re-saved by LibreOffice) is checked
 * with `assess check <file> --json [args]`, run in process, against its `<name>.expected.json` — what a
 * correct reading gives, worked out from the workbook's design (the schema is at the top of the script):
 * exit code, sheet, groups with n, limits and typed counts, the engine's violations (codes, groups,
 * subjects), warnings the reading must add, and — where the report carries a `layout` — header rows,
 * subject column, rows left out and pending rows. Mutations (rows shuffled, blank rows and footnotes
 * added, 类别 merged) and LibreOffice re-saves must also read exactly as their original does.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/run";
import { root } from "../helpers/cli";

const dir = join(root, "test/fixtures/layouts");

interface ExpectedGroup {
  group: string;
  n: number;
  limits: Record<string, number>;
  counts: Record<string, number>;
}
interface ExpectedViolation {
  code: string;
  group: string;
  subjects?: string[];
}
interface ExpectedSheet {
  sheet: string;
  headerRows: number[];
  subjectColumn: { letter: string; header: string };
  groupsFrom: string;
  groups: ExpectedGroup[];
  violations: ExpectedViolation[];
  warnings?: { mentions: string[] }[];
  subjectNames?: string[];
  leftOut: number[];
  leftOutOptional: number[];
  pending: number[];
}
interface Reading {
  args: string[];
  exit: number;
  mentions?: string[];
  sheets?: ExpectedSheet[];
}
interface Expectation extends Reading {
  workbook: string;
  about: string;
  classes: string[];
  withOptions?: Reading[];
  mutationOf?: string;
  mutation?: string;
  resavedBy?: string;
}

/** What a report says of one sheet (the fields this suite reads). */
interface SheetReport {
  sheet: string;
  groups: { group: string; n: number; counts: Record<string, number>; limits: Record<string, number> }[];
  violations: { code: string; severity: string; group: string; subjects: string[]; cells: string[]; message: string }[];
  layout?: Record<string, unknown>;
}

/** The codes of the engine's own check: any of these not expected is a wrong reading. */
const ENGINE_CODES = new Set([
  "QUOTA_EXCEEDED",
  "TIER_ABOVE_CAP",
  "FORCED_BOTTOM_MISSING",
  "ORDER_INVERSION",
  "TIE_AT_BOUNDARY",
  "BELOW_THRESHOLD",
  "UNKNOWN_TIER",
  "BAD_CELL",
  "MISSING_VALUE",
  "DUPLICATE_SUBJECT",
]);

const expectations: Expectation[] = readdirSync(dir)
  .filter((f) => f.endsWith(".expected.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Expectation);

/** `assess check <file> --json ...args`, in process; each distinct run once. */
const runs = new Map<string, Promise<{ code: number; out: string; err: string }>>();
function check(workbook: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const key = [workbook, ...args].join("\u0000");
  let p = runs.get(key);
  if (!p) {
    p = (async () => {
      let out = "";
      let err = "";
      const code = await run(["check", join(dir, workbook), "--json", ...args], {
        out: (t) => (out += t + "\n"),
        err: (t) => (err += t + "\n"),
        progress: false,
      });
      return { code, out, err };
    })();
    runs.set(key, p);
  }
  return p;
}

/** The per-sheet reports of one check: one report, an array of them, or a report with `sheets`. */
function sheetReports(out: string): SheetReport[] {
  const j = JSON.parse(out) as unknown;
  if (Array.isArray(j)) return j as SheetReport[];
  const o = j as { sheets?: unknown };
  if (Array.isArray(o.sheets) && o.sheets.length > 0 && typeof o.sheets[0] === "object") return o.sheets as SheetReport[];
  return [j as SheetReport];
}

/** A group's name compared without its enumeration (一、 （一） 1.), count （14个）, colon and width. */
export function groupKey(g: string): string {
  return g
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/^([一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、．])/, "")
    .replace(/[:：]$/, "")
    .replace(/\(\d+个?\)$/, "")
    .replace(/[:：]$/, "");
}

const groupsOf = (r: SheetReport) =>
  r.groups.map((g) => ({ group: groupKey(g.group), n: g.n, limits: g.limits, counts: g.counts })).sort((a, b) => a.group.localeCompare(b.group));
const expectedGroups = (s: ExpectedSheet) =>
  s.groups.map((g) => ({ group: groupKey(g.group), n: g.n, limits: g.limits, counts: g.counts })).sort((a, b) => a.group.localeCompare(b.group));
const engineViolations = (r: SheetReport) => r.violations.filter((v) => ENGINE_CODES.has(v.code));
const violationKeys = (vs: { code: string; group: string }[]) => vs.map((v) => `${v.code} 【${groupKey(v.group)}】`).sort();
const sortedSubjects = (vs: { code: string; group: string; subjects?: string[] }[]) =>
  vs.map((v) => `${v.code} 【${groupKey(v.group)}】 ${[...(v.subjects ?? [])].sort().join("、")}`).sort();

/** Rows a `layout` list names: numbers, {row}, {rows: [...]}, {from, to} or {first, last}. */
function rowsIn(list: unknown): number[] | null {
  if (!Array.isArray(list)) return null;
  const rows: number[] = [];
  for (const x of list) {
    if (typeof x === "number") rows.push(x);
    else if (x && typeof x === "object") {
      const o = x as Record<string, unknown>;
      if (typeof o.row === "number") rows.push(o.row);
      else if (Array.isArray(o.rows)) rows.push(...(o.rows as number[]));
      else {
        const a = (o.from ?? o.first) as number | undefined;
        const b = (o.to ?? o.last) as number | undefined;
        if (typeof a === "number" && typeof b === "number") for (let r = a; r <= b; r++) rows.push(r);
      }
    }
  }
  return [...new Set(rows)].sort((a, b) => a - b);
}

/** The header rows a layout states, as 1-based rows. */
function headerRowsOf(layout: Record<string, unknown>): number[] | null {
  const h = layout.headerRows ?? (layout.header as Record<string, unknown> | undefined)?.rows;
  if (Array.isArray(h)) return h as number[];
  if (typeof h === "number") return [h];
  if (typeof layout.headerRow === "number") return [layout.headerRow];
  return null;
}

/** The subject column's letter a layout states (roles.name / columns.name, as a letter or {column|letter}). */
function subjectLetterOf(layout: Record<string, unknown>): string | null {
  const roles = (layout.roles ?? layout.columns) as Record<string, unknown> | unknown[] | undefined;
  let name: unknown;
  if (Array.isArray(roles)) name = roles.find((r) => (r as { role?: string }).role === "name");
  else name = roles?.name ?? roles?.subject;
  if (typeof name === "string") return name;
  if (name && typeof name === "object") {
    const o = name as Record<string, unknown>;
    const l = o.letter ?? o.column ?? o.col;
    if (typeof l === "string") return l;
  }
  return null;
}

/** Texts of the warnings a report gives: warning violations and the layout's own notes. */
function warningTexts(r: SheetReport): string[] {
  const texts = r.violations.filter((v) => v.severity === "warning").map((v) => `${v.message} ${v.subjects.join(" ")}`);
  for (const k of ["warnings", "assumptions", "notes"]) {
    const list = r.layout?.[k];
    if (Array.isArray(list)) for (const x of list) texts.push(typeof x === "string" ? x : JSON.stringify(x));
  }
  return texts;
}

/** Rows named by the cells of a report's violations ('Sheet'!C12 → 12). */
const violationRows = (r: SheetReport) => new Set(r.violations.flatMap((v) => v.cells.map((c) => Number(/(\d+)$/.exec(c)?.[1]))));

function find(reports: SheetReport[], sheet: string): SheetReport {
  const r = reports.find((x) => x.sheet === sheet);
  if (!r) throw new Error(`no report for sheet ${sheet}; reported: ${reports.map((x) => x.sheet).join(", ")}`);
  return r;
}

/** The checks of one reading of a workbook (its own args, or one of its `withOptions`). */
function describeReading(e: Expectation, reading: Reading, title: string) {
  describe(title, () => {
    const result = () => check(e.workbook, reading.args);

    test(`exit ${reading.exit}`, async () => {
      const r = await result();
      expect({ exit: r.code, err: r.err.trim() }).toEqual({ exit: reading.exit, err: expect.any(String) });
      if (reading.exit === 2) for (const m of reading.mentions ?? []) expect(r.err + r.out).toContain(m);
      else expect(r.err.trim()).toBe("");
    });

    if (!reading.sheets) return;
    for (const s of reading.sheets) {
      const label = reading.sheets.length > 1 ? ` (sheet ${s.sheet})` : "";

      test(`sheet ${s.sheet}: groups, n, 优秀 limits and typed counts${label}`, async () => {
        const r = await result();
        expect(r.code).not.toBe(2);
        const rep = find(sheetReports(r.out), s.sheet);
        expect(groupsOf(rep)).toEqual(expectedGroups(s));
      });

      test(`violations: ${s.violations.map((v) => v.code).join(", ") || "none"}${label}`, async () => {
        const r = await result();
        expect(r.code).not.toBe(2);
        const rep = find(sheetReports(r.out), s.sheet);
        const actual = engineViolations(rep);
        expect(violationKeys(actual)).toEqual(violationKeys(s.violations));
        const withSubjects = s.violations.filter((v) => v.subjects);
        const actualWith = actual.filter((a) => withSubjects.some((v) => v.code === a.code && groupKey(v.group) === groupKey(a.group)));
        expect(sortedSubjects(actualWith)).toEqual(sortedSubjects(withSubjects));
        for (const w of s.warnings ?? []) {
          expect(warningTexts(rep).filter((t) => w.mentions.every((m) => t.includes(m)))).not.toEqual([]);
        }
        if (s.subjectNames) {
          const named = new Set(s.subjectNames);
          expect(actual.flatMap((v) => v.subjects).filter((n) => !named.has(n))).toEqual([]);
        }
      });

      const notSubjects = [...s.leftOut, ...s.leftOutOptional, ...s.pending];
      if (notSubjects.length > 0) {
        test(`rows that are not subjects are not read as subjects: left out [${s.leftOut.join(", ")}], labels/blank [${s.leftOutOptional.join(", ")}], pending [${s.pending.join(", ")}]${label}`, async () => {
          const r = await result();
          expect(r.code).not.toBe(2);
          const rep = find(sheetReports(r.out), s.sheet);
          // Whatever the report's shape: no problem is reported on a row that is not a subject.
          const hit = violationRows(rep);
          expect(notSubjects.filter((row) => hit.has(row))).toEqual([]);
          if (rep.layout) {
            const left = rowsIn(rep.layout.leftOut);
            expect(left).not.toBeNull();
            const allowed = new Set([...s.leftOut, ...s.leftOutOptional]);
            expect({ missing: s.leftOut.filter((row) => !left!.includes(row)), extra: left!.filter((row) => !allowed.has(row)) }).toEqual({ missing: [], extra: [] });
            expect(rowsIn(rep.layout.pending) ?? []).toEqual(s.pending);
          }
        });
      }

      test(`--json carries the layout: header rows ${s.headerRows.join(", ")}, subject column ${s.subjectColumn.letter} (${s.subjectColumn.header}), rows left out and pending${label}`, async () => {
        const r = await result();
        expect(r.code).not.toBe(2);
        const rep = find(sheetReports(r.out), s.sheet);
        expect(Object.keys(rep)).toContain("layout");
        const layout = rep.layout!;
        expect(headerRowsOf(layout)).toEqual(s.headerRows);
        expect(subjectLetterOf(layout)).toBe(s.subjectColumn.letter);
        const left = rowsIn(layout.leftOut) ?? [];
        const allowed = new Set([...s.leftOut, ...s.leftOutOptional]);
        expect({ missing: s.leftOut.filter((row) => !left.includes(row)), extra: left.filter((row) => !allowed.has(row)) }).toEqual({ missing: [], extra: [] });
        expect(rowsIn(layout.pending) ?? []).toEqual(s.pending);
      });
    }
  });
}

describe("layout corpus (issue 12)", () => {
  test("has at least 25 workbooks, 5 LibreOffice re-saves and mutations, each with its expectation", () => {
    const files = readdirSync(dir);
    const base = expectations.filter((e) => !e.mutationOf && !e.resavedBy);
    expect(base.length).toBeGreaterThanOrEqual(25);
    expect(expectations.filter((e) => e.resavedBy).length).toBeGreaterThanOrEqual(5);
    expect(expectations.filter((e) => e.mutationOf).length).toBeGreaterThanOrEqual(3);
    for (const e of expectations) expect(files).toContain(e.workbook);
    expect(files.filter((f) => f.endsWith(".xlsx")).sort()).toEqual(expectations.map((e) => e.workbook).sort());
  });

  for (const e of expectations) {
    describe(e.workbook, () => {
      describeReading(e, e, `check ${e.args.join(" ")}`);
      for (const o of e.withOptions ?? []) describeReading(e, o, `check ${o.args.join(" ")}`);

      const original = e.mutationOf ?? (e.resavedBy ? e.workbook.replace(/^lo-/, "") : undefined);
      if (original) {
        test(`reads exactly as ${original} (${e.mutation ?? e.resavedBy})`, async () => {
          const [a, b] = await Promise.all([check(e.workbook, e.args), check(original, e.args)]);
          expect(a.code).toBe(b.code);
          expect(a.code).not.toBe(2);
          const ra = sheetReports(a.out);
          const rb = sheetReports(b.out);
          expect(ra.map((x) => x.sheet)).toEqual(rb.map((x) => x.sheet));
          ra.forEach((x, k) => {
            const y = rb[k]!;
            expect(groupsOf(x)).toEqual(groupsOf(y));
            expect(sortedSubjects(x.violations)).toEqual(sortedSubjects(y.violations));
          });
        });
      }
    });
  }
});
