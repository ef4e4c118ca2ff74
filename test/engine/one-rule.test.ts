/**
 * One rule across every face (issue 14): the place a capped subject cannot take passes to the next
 * eligible subject (依次递补) unless the scheme keeps it empty, and the check, its fixes, the computed
 * tiers, ASSESS.TIERS, apply's 【计算】等次, the pane's counts and the PDF summary all agree.
 * Random tables (fast-check) with caps, ties at the lines, a forced bottom and pending subjects.
 */
import fc from "fast-check";
import { assess } from "../../src/engine/rules/assess";
import { check, type CheckResult } from "../../src/engine/check/check";
import { evaluate } from "../../src/engine/check/evaluate";
import { outputColumns } from "../../src/engine/check/outputs";
import { parseSchemeOrThrow, tierLabel, type Scheme } from "../../src/engine/scheme/scheme";
import { TYPED_PENDING, type TypedTiers } from "../../src/engine/input/subjects";
import type { CellValue, ColumnMap, Subject, Table } from "../../src/engine/types";
import * as F from "../../src/functions/functions";
import { setWorkbookScheme } from "../../src/functions/scheme-store";
import { summaryPart } from "../../src/report/summary";
import { tierDistribution } from "../../src/taskpane/charts";
import { tableFromRows } from "../../src/engine/input/table";

afterEach(() => setWorkbookScheme(null));

const TIERS = [
  { id: "a", label: { zh: "优秀", en: "A" } },
  { id: "b", label: { zh: "良好", en: "B" } },
  { id: "c", label: { zh: "一般", en: "C" } },
  { id: "d", label: { zh: "较差", en: "D" } },
];

const arbScheme = (linked: boolean): fc.Arbitrary<Scheme> =>
  fc
    .record({
      share: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
      rounding: fc.constantFrom("floor", "round", "ceil"),
      minOne: fc.boolean(),
      secondShare: fc.option(fc.double({ min: 0.05, max: 0.5, noNaN: true }), { nil: undefined }),
      threshold: fc.option(fc.integer({ min: 60, max: 95 }), { nil: undefined }),
      secondThreshold: fc.option(fc.integer({ min: 55, max: 90 }), { nil: undefined }),
      bottom: fc.option(fc.double({ min: 0.05, max: 0.3, noNaN: true }), { nil: undefined }),
      keep: fc.boolean(),
      topShare: fc.option(fc.double({ min: 0.05, max: 0.3, noNaN: true }), { nil: undefined }),
    })
    .map((r) => {
      const second = r.secondThreshold !== undefined && (r.threshold === undefined || r.secondThreshold <= r.threshold) ? r.secondThreshold : undefined;
      return parseSchemeOrThrow({
        id: "p",
        name: { zh: "性质", en: "Property" },
        tiers: [
          { ...TIERS[0], quota: { share: r.share, rounding: r.rounding, minOne: r.minOne }, ...(r.threshold !== undefined ? { threshold: r.threshold } : {}) },
          { ...TIERS[1], ...(r.secondShare ? { quota: { share: r.secondShare } } : {}), ...(second !== undefined ? { threshold: second } : {}) },
          TIERS[2],
          TIERS[3],
        ],
        keepCappedPlaces: r.keep,
        veto: { cap: "c" },
        ...(r.bottom ? { forcedBottom: { share: r.bottom } } : {}),
        ...(linked ? { linked: { cap: "c", ...(r.topShare ? { topShare: r.topShare } : {}) } } : {}),
        lights: { green: { count: 3 }, red: { share: 0.2 } },
      });
    });

interface Row {
  score: number | null;
  group: string;
  veto: number | undefined;
  linked: boolean;
  pending: boolean;
}

const arbRows = (linked: boolean): fc.Arbitrary<Row[]> =>
  fc.array(
    fc.record({
      score: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 60, max: 100 }) }, { weight: 1, arbitrary: fc.constant(null) }), // few values: many ties
      group: fc.constantFrom("山区县", "非山区县"),
      veto: fc.option(fc.constantFrom(1, 2, 3), { nil: undefined, freq: 5 }),
      linked: linked ? fc.integer({ min: 0, max: 9 }).map((x) => x === 0) : fc.constant(false),
      pending: fc.integer({ min: 0, max: 11 }).map((x) => x === 0),
    }),
    { maxLength: 60 },
  );

const toSubjects = (rows: Row[]): Subject[] =>
  rows.map((r, i) => ({
    name: `s${i}`,
    row: i + 2,
    group: r.group,
    score: r.score,
    ...(r.veto !== undefined ? { vetoCap: r.veto } : {}),
    ...(r.linked ? { linked: true } : {}),
    ...(r.pending && r.score !== null ? { pending: true } : {}),
  }));

/** A typed column as given tier indices (−1: blank for subjects without a score, pending typed 不确定等次). */
function typedOf(subjects: Subject[], tiers: ArrayLike<number>, scheme: Scheme): TypedTiers {
  const index = new Int8Array(subjects.length);
  const raw: string[] = [];
  subjects.forEach((s, i) => {
    const t = tiers[i] as number;
    index[i] = s.pending ? TYPED_PENDING : t;
    raw[i] = s.pending ? "不确定等次" : t < 0 ? "" : tierLabel(scheme, t);
  });
  return { raw, index };
}

function checkOf(subjects: Subject[], scheme: Scheme, typedTiers: ArrayLike<number>): CheckResult {
  return check(scheme, { subjects, typed: typedOf(subjects, typedTiers, scheme), problems: [], assessment: assess(subjects, scheme), cellOf: (i) => `A${i + 2}` }, "zh-CN");
}

const errors = (r: CheckResult) => r.violations.filter((v) => v.severity === "error" && v.code !== "MISSING_VALUE");

describe("(a) the computed tiers pass the check", () => {
  test("no error, and no 依次递补 warning, whatever the caps, ties, bottom and pending subjects", () => {
    fc.assert(
      fc.property(arbRows(true), arbScheme(true), (rows, scheme) => {
        const subjects = toSubjects(rows);
        const computed = assess(subjects, scheme).tiers;
        const r = checkOf(subjects, scheme, computed);
        expect(errors(r)).toEqual([]);
        expect(r.violations.filter((v) => v.code === "PLACE_PASSED_ON")).toEqual([]);
        // The counts the check shows are within the places it shows.
        for (const g of r.groups) g.limits.forEach((l, t) => l === null || expect(g.counts[t]).toBeLessThanOrEqual(l));
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * A clerk's column: the computed tiers with the mistakes seen in offices — a vetoed or linked unit
 * typed as if it had no cap (its place then taken twice, or left empty), every subject tied at a quota
 * line typed in the higher tier (the COUNTIFS formula method), the forced bottom forgotten.
 */
function clerkColumn(subjects: Subject[], scheme: Scheme, mistakes: { caps: boolean; ties: boolean; bottom: boolean; capsOnlyCapped: boolean }): Int8Array {
  const a = assess(subjects, scheme);
  const typed = Int8Array.from(a.tiers);
  if (mistakes.caps) {
    const uncapped = assess(
      subjects.map(({ vetoCap: _v, linked: _l, ...s }) => s),
      { ...scheme, linked: undefined },
    );
    subjects.forEach((s, i) => {
      if (mistakes.capsOnlyCapped && !(s.vetoCap !== undefined || s.linked)) return;
      typed[i] = uncapped.tiers[i] as number;
    });
  }
  if (mistakes.ties) for (const st of a.states) for (const ev of st.events) if (ev.kind === "quota") for (const i of ev.members) typed[i] = Math.min(typed[i] as number, ev.tier);
  if (mistakes.bottom) for (const st of a.states) for (const i of st.forced) typed[i] = Math.max(0, (typed[i] as number) - 1);
  return typed;
}

describe("(b) applying every proposed fix leaves no error, and every subject a fix changed has its computed tier", () => {
  test("random tables and clerks' columns", () => {
    fc.assert(
      fc.property(
        arbRows(true),
        arbScheme(true),
        fc.record({ caps: fc.boolean(), ties: fc.boolean(), bottom: fc.boolean(), capsOnlyCapped: fc.boolean() }),
        (rows, scheme, mistakes) => {
          const subjects = toSubjects(rows);
          const computed = assess(subjects, scheme).tiers;
          const typed = clerkColumn(subjects, scheme, mistakes);
          const before = checkOf(subjects, scheme, typed);
          const fixed = Int8Array.from(typed);
          const changed = new Set<number>();
          const byLabel = new Map(scheme.tiers.map((t, k) => [t.label.zh, k]));
          for (const v of before.violations)
            for (const c of v.fix?.changes ?? []) {
              const i = Number(c.subject.slice(1));
              fixed[i] = byLabel.get(c.to)!;
              changed.add(i);
            }
          const after = checkOf(subjects, scheme, fixed);
          expect(errors(after)).toEqual([]);
          for (const i of changed) expect([subjects[i]!.name, fixed[i]]).toEqual([subjects[i]!.name, computed[i]]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("(c) ASSESS.TIERS, apply's 【计算】等次, the pane's counts and the PDF summary agree", () => {
  /** The table a workbook holds: 类别, 单位, 总分, 一票否决 and, when some are pending, 等次 (不确定等次 or blank). */
  function tableOf(rows: Row[], scheme: Scheme): { table: Table; map: ColumnMap } {
    const anyPending = rows.some((r) => r.pending && r.score !== null);
    const cells = rows.map((r, i): CellValue[] => {
      const c: CellValue[] = [r.group, `s${i}`, r.score, r.veto === undefined ? "否" : tierLabel(scheme, r.veto)];
      if (anyPending) c.push(r.pending && r.score !== null ? "不确定等次" : null);
      return c;
    });
    const map: ColumnMap = { group: 0, name: 1, score: 2, veto: 3, ...(anyPending ? { tier: 4 } : {}) };
    return { table: tableFromRows({ sheet: "表1", headerRow: 1, headers: ["类别", "单位", "总分", "一票否决", ...(anyPending ? ["等次"] : [])], rows: cells }), map };
  }

  test("same tier for every subject and same counts per group", async () => {
    await fc.assert(
      fc.asyncProperty(arbRows(false), arbScheme(false), async (rows, scheme) => {
        const { table, map } = tableOf(rows, scheme);
        const ev = evaluate(table, map, scheme, "zh-CN");
        const pendingRow = (r: Row) => r.pending && r.score !== null;
        // apply: the 【计算】等次 column
        const written = outputColumns(ev, "zh-CN").find((c) => c.key === "tier")!.values;
        // the functions: =ASSESS.TIERS(scores, , groups, vetoes) with pending rows left blank (they take no place)
        setWorkbookScheme(scheme);
        const spilled = (await F.tiers(
          rows.map((r) => [pendingRow(r) ? null : r.score]),
          undefined,
          rows.map((r) => [r.group]),
          rows.map((r) => [r.veto === undefined ? "" : tierLabel(scheme, r.veto)]),
        )).map((x) => x[0]);
        rows.forEach((r, i) => {
          const own = ev.assessment.results[i]!;
          const label = own.tier === null ? null : tierLabel(scheme, own.tier);
          if (pendingRow(r)) expect(written[i]).toBe("不确定等次");
          else expect([i, written[i]]).toEqual([i, label]);
          if (!pendingRow(r)) expect([i, spilled[i] || null]).toEqual([i, label]);
        });
        // counts per group: from the written column, the pane's chart, the pane's check (no typed column), the PDF summary
        const groups = ev.assessment.groups.map((g) => g.group);
        const fromWritten = groups.map((g) => scheme.tiers.map((t) => rows.filter((r, i) => r.group === g && written[i] === t.label.zh).length));
        const chart = tierDistribution(ev, "zh-CN").map((bar) => bar.chartData.map((d) => d.data));
        const pdf = pdfCounts(summaryPart(ev, "zh-CN"), groups.length, scheme.tiers.length);
        expect(chart).toEqual(fromWritten);
        expect(pdf).toEqual(fromWritten);
        if (map.tier === undefined) expect(ev.check.groups.map((g) => g.counts)).toEqual(fromWritten);
        // and the limits shown beside them are the same places
        const limits = ev.assessment.groups.map((g) => g.limits);
        if (map.tier === undefined) expect(ev.check.groups.map((g) => g.limits)).toEqual(limits);
      }),
      { numRuns: 300 },
    );
  });
});

/** The tier counts of each group row of the PDF summary table ("3 / 15" → 3). */
function pdfCounts(content: unknown[], groups: number, tiers: number): number[][] {
  const table = content.find((c) => typeof c === "object" && c !== null && "table" in c) as { table: { body: { text: string }[][] } };
  return table.table.body.slice(1, 1 + groups).map((row) => row.slice(2, 2 + tiers).map((cell) => Number(/^\d+/.exec(String(cell.text))![0])));
}
