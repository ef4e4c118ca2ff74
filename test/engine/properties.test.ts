/**
 * Invariants, checked on random tables (fast-check): a quota is never exceeded, results do not
 * depend on row order, a higher score never gets a worse tier (caps aside), inputs are never mutated.
 */
import fc from "fast-check";
import { assess } from "../../src/engine/rules/assess";
import { parseSchemeOrThrow, type Scheme } from "../../src/engine/scheme/scheme";
import type { Subject } from "../../src/engine/types";

const arbScheme: fc.Arbitrary<Scheme> = fc
  .record({
    share: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
    rounding: fc.constantFrom("floor", "round", "ceil"),
    minOne: fc.boolean(),
    secondShare: fc.option(fc.double({ min: 0.05, max: 0.5, noNaN: true }), { nil: undefined }),
    threshold: fc.option(fc.integer({ min: 50, max: 95 }), { nil: undefined }),
    bottom: fc.option(fc.double({ min: 0.05, max: 0.3, noNaN: true }), { nil: undefined }),
    release: fc.boolean(),
    topShare: fc.option(fc.double({ min: 0.05, max: 0.3, noNaN: true }), { nil: undefined }),
  })
  .map((r) =>
    parseSchemeOrThrow({
      id: "p",
      name: { zh: "性质", en: "Property" },
      tiers: [
        { id: "a", label: { zh: "优秀", en: "A" }, quota: { share: r.share, rounding: r.rounding, minOne: r.minOne }, ...(r.threshold ? { threshold: r.threshold } : {}) },
        { id: "b", label: { zh: "良好", en: "B" }, ...(r.secondShare ? { quota: { share: r.secondShare } } : {}) },
        { id: "c", label: { zh: "一般", en: "C" } },
        { id: "d", label: { zh: "较差", en: "D" } },
      ],
      releaseCappedPlaces: r.release,
      ...(r.bottom ? { forcedBottom: { share: r.bottom } } : {}),
      linked: { cap: "c", ...(r.topShare ? { topShare: r.topShare } : {}) },
      lights: { green: { count: 3 }, red: { share: 0.2 } },
    }),
  );

const arbSubjects: fc.Arbitrary<Subject[]> = fc
  .array(
    fc.record({
      score: fc.oneof(fc.integer({ min: 60, max: 100 }), fc.constant(null)), // few distinct values: many ties
      group: fc.constantFrom("山区县", "非山区县", "其他"),
      veto: fc.option(fc.constantFrom(1, 2, 3), { nil: undefined, freq: 8 }),
      linked: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
      pending: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
    }),
    { maxLength: 80 },
  )
  .map((rows) =>
    rows.map((r, i): Subject => ({
      name: `s${i}`,
      row: i + 2,
      group: r.group,
      score: r.score,
      ...(r.veto !== undefined ? { vetoCap: r.veto } : {}),
      ...(r.linked ? { linked: true } : {}),
      ...(r.pending ? { pending: true } : {}),
    })),
  );

const byName = (subs: Subject[], values: unknown[]) => Object.fromEntries(subs.map((s, i) => [s.name, values[i]]));

test("a quota is never exceeded, in any group, for any tier", () => {
  fc.assert(
    fc.property(arbSubjects, arbScheme, (subs, scheme) => {
      const a = assess(subs, scheme);
      for (const g of a.groups) g.limits.forEach((limit, t) => limit === null || expect(g.counts[t]).toBeLessThanOrEqual(limit));
    }),
    { numRuns: 400 },
  );
});

test("ranks, tiers and lights do not depend on row order", () => {
  fc.assert(
    fc.property(arbSubjects, arbScheme, fc.nat(), (subs, scheme, seed) => {
      const shuffled = [...subs].sort((x, y) => ((x.row * 7919 + seed) % 101) - ((y.row * 7919 + seed) % 101));
      const a = assess(subs, scheme).results;
      const b = assess(shuffled, scheme).results;
      expect(byName(shuffled, b)).toEqual(byName(subs, a));
    }),
    { numRuns: 300 },
  );
});

test("a higher score never gets a worse tier than a lower one in the same group (uncapped subjects)", () => {
  fc.assert(
    fc.property(arbSubjects, arbScheme, (subs, scheme) => {
      const r = assess(subs, scheme).results;
      const free = subs.map((s, i) => ({ s, r: r[i]! })).filter((x) => x.r.tier !== null && x.s.vetoCap === undefined && !x.s.linked);
      for (const x of free)
        for (const y of free)
          if (x.s.group === y.s.group && (x.s.score as number) > (y.s.score as number)) expect(x.r.tier!).toBeLessThanOrEqual(y.r.tier!);
    }),
    { numRuns: 300 },
  );
});

test("a capped subject never sits above its cap", () => {
  fc.assert(
    fc.property(arbSubjects, arbScheme, (subs, scheme) => {
      const r = assess(subs, scheme).results;
      subs.forEach((s, i) => {
        const t = r[i]!.tier;
        if (t === null) return;
        if (s.vetoCap !== undefined) expect(t).toBeGreaterThanOrEqual(s.vetoCap);
        if (s.linked) expect(t).toBeGreaterThanOrEqual(2);
      });
    }),
    { numRuns: 300 },
  );
});

test("tied subjects always share rank, tier (caps aside) and light", () => {
  fc.assert(
    fc.property(arbSubjects, arbScheme, (subs, scheme) => {
      const r = assess(subs, scheme).results;
      subs.forEach((x, i) =>
        subs.forEach((y, j) => {
          if (x.group !== y.group || x.score === null || x.score !== y.score) return;
          expect(r[i]!.rank).toBe(r[j]!.rank);
          expect(r[i]!.light).toBe(r[j]!.light);
          const free = (s: Subject) => s.vetoCap === undefined && !s.linked && !s.pending;
          if (free(x) && free(y)) expect(r[i]!.tier).toBe(r[j]!.tier);
        }),
      );
    }),
    { numRuns: 200 },
  );
});

test("inputs are never mutated and assessing twice gives the same result", () => {
  fc.assert(
    fc.property(arbSubjects, arbScheme, (subs, scheme) => {
      const before = JSON.stringify([subs, scheme]);
      const a = assess(subs, scheme);
      expect(JSON.stringify([subs, scheme])).toBe(before);
      expect(assess(subs, scheme)).toEqual(a);
    }),
    { numRuns: 100 },
  );
});
