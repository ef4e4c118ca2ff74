/**
 * Weight design (权重设计): AHP, entropy weights and TOPSIS against published worked examples, a few
 * expectations computed by hand from closed forms written out below, fast-check properties, and
 * every problem code with its cell.
 *
 * Sources of the numbers:
 * - RI: Saaty (1980), The Analytic Hierarchy Process: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49.
 *   Alonso & Lamata (2006), IJUFKS 14(4): 0.5245 … 1.5838 for n = 3 … 15.
 * - AHP: Saaty (1990), "How to make a decision: the analytic hierarchy process", EJOR 48, 9–26,
 *   the house-buying example: priorities .173 .054 .188 .018 .031 .036 .167 .333, λmax = 9.669,
 *   C.I. = 0.238, C.R. = 0.169.
 * - Entropy: Xu (2004), EJOR 156(2), 530–532: weights 0.4630, 0.3992, 0.1378, 0.0000; Elsayed,
 *   Dawood & Karthikeyan (2017), IJETT 46(2), 60–66, as reproduced in pymcdm's test suite:
 *   0.104991, 0.069124, 0.071373, 0.449937, 0.304575.
 * - TOPSIS: Opricovic & Tzeng (2004), EJOR 156(2), 445–455 (min–max normalisation, as pymcdm's
 *   test suite reproduces it): C = 0.500, 0.617, 0.500. Hodgett's "TOPSIS in Excel" example in
 *   R package MCDA's TOPSIS documentation: ideal 0.179573776, 0.171636015, 0.159499658,
 *   0.087302767 and anti-ideal 0.212610118, 0.124958799, 0.131352659, 0.085797547.
 */
import fc from "fast-check";
import {
  ahp,
  competitionRanks,
  consistencyProblem,
  entropyWeights,
  mcdmMessage,
  parseJudgementText,
  RI_TABLES,
  riFor,
  riTableIds,
  topsis,
  McdmOptionError,
  type AhpMethod,
  type McdmProblem,
  type McdmProblemCode,
  type McdmResult,
} from "../../src/engine/mcdm";

/** The value of an ok result (fails the test otherwise, showing the problems). */
function ok<T>(r: McdmResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.problems)}`);
  return r.value;
}

/** The problems of a failed result. */
function problems<T>(r: McdmResult<T>): McdmProblem[] {
  if (r.ok) throw new Error("expected problems, got a value");
  return r.problems;
}

const round = (xs: readonly number[], digits: number) => xs.map((x) => Number(x.toFixed(digits)));
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const methods: AhpMethod[] = ["eigenvector", "geometric", "column"];

/** a_ij = w_i / w_j: perfectly consistent. */
const consistentMatrix = (w: readonly number[]) => w.map((wi) => w.map((wj) => wi / wj));

describe("RI tables", () => {
  test("Saaty (1980) for n = 1…10, Alonso–Lamata (2006) for n = 3…15", () => {
    expect(RI_TABLES.saaty.values.slice(1)).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
    expect(RI_TABLES["alonso-lamata"].values.slice(3)).toEqual([0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838]);
    expect(riFor("saaty", 10)).toBe(1.49);
    expect(riFor("saaty", 11)).toBeNull();
    expect(riFor("xu-1988", 15)).toBe(1.59);
  });

  test("every table has a source, both labels, and grows with n from n = 3", () => {
    for (const id of riTableIds) {
      const t = RI_TABLES[id];
      expect(t.id).toBe(id);
      expect(t.source.length).toBeGreaterThan(20);
      expect(t.label["zh-CN"] && t.label["en-US"]).toBeTruthy();
      expect(t.values.slice(0, 3)).toEqual([0, 0, 0]);
      for (let n = 4; n < t.values.length; n++) expect(t.values[n]!).toBeGreaterThan(t.values[n - 1]!);
    }
  });
});

describe("AHP", () => {
  // Saaty (1990), EJOR 48: the eight criteria of buying a house.
  const house = [
    [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
    [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
    [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
    [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
    [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
    [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
    [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
    [4, 7, 5, 8, 6, 6, 2, 1],
  ];

  test("Saaty's house example: the published priorities, λmax, CI and CR; not consistent", () => {
    const r = ok(ahp(house));
    expect(round(r.weights, 3)).toEqual([0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]);
    expect(r.lambdaMax.toFixed(3)).toBe("9.669");
    expect(r.ci.toFixed(3)).toBe("0.238");
    expect(r.ri).toBe(1.41);
    expect(r.cr!.toFixed(3)).toBe("0.169");
    expect(r).toMatchObject({ n: 8, method: "eigenvector", consistent: false, riTable: "saaty" });
  });

  // For a 3 × 3 reciprocal matrix det(A − λI) = (1 − λ)³ − 3(1 − λ) + t + 1/t with
  // t = a12·a23/a13, so λmax = 1 + t^(1/3) + t^(−1/3); the eigenvector is the row geometric means
  // (15^(1/3), 1, 15^(−1/3)) normalised. Computed by hand from these closed forms.
  const three = [
    [1, 3, 5],
    [1 / 3, 1, 3],
    [1 / 5, 1 / 3, 1],
  ];
  const t = (3 * 3) / 5;
  const lambda3 = 1 + Math.cbrt(t) + 1 / Math.cbrt(t);
  const g = [Math.cbrt(15), 1, 1 / Math.cbrt(15)];
  const gWeights = g.map((x) => x / sum(g));

  test("3 × 3: eigenvector and geometric mean coincide with the closed forms; CR against Saaty's 0.58", () => {
    for (const method of ["eigenvector", "geometric"] as const) {
      const r = ok(ahp(three, { method }));
      r.weights.forEach((w, i) => expect(w).toBeCloseTo(gWeights[i]!, 10));
      expect(r.lambdaMax).toBeCloseTo(lambda3, 10);
      expect(r.ci).toBeCloseTo((lambda3 - 3) / 2, 10);
      expect(r.cr).toBeCloseTo((lambda3 - 3) / 2 / 0.58, 10);
      expect(r.consistent).toBe(true);
    }
    expect(round(gWeights, 3)).toEqual([0.637, 0.258, 0.105]);
    expect(lambda3.toFixed(4)).toBe("3.0385");
  });

  test("3 × 3 by column normalisation (和积法): columns over their sums 23/15, 13/3, 9, rows averaged", () => {
    const expected = [(15 / 23 + 9 / 13 + 5 / 9) / 3, (5 / 23 + 3 / 13 + 3 / 9) / 3, (3 / 23 + 1 / 13 + 1 / 9) / 3];
    const r = ok(ahp(three, { method: "column" }));
    r.weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i]!, 12));
    // λmax from the column method's own w: mean of (Aw)_i / w_i.
    const aw = three.map((row) => row.reduce((s, x, j) => s + x * expected[j]!, 0));
    expect(r.lambdaMax).toBeCloseTo(sum(aw.map((x, i) => x / expected[i]!)) / 3, 12);
  });

  test("another RI table changes RI and CR, not the weights", () => {
    const saaty = ok(ahp(house));
    const al = ok(ahp(house, { ri: "alonso-lamata" }));
    expect(al.weights).toEqual(saaty.weights);
    expect(al.ri).toBe(1.4056);
    expect(al.cr).toBeCloseTo(saaty.ci / 1.4056, 12);
    expect(al.riTable).toBe("alonso-lamata");
  });

  test("n = 1 and n = 2: no CR (RI is 0), always consistent", () => {
    expect(ok(ahp([[1]]))).toMatchObject({ n: 1, weights: [1], ci: 0, ri: 0, cr: null, consistent: true });
    const two = ok(ahp([[1, 4], [0.25, 1]]));
    expect(two.weights[0]).toBeCloseTo(0.8, 12);
    expect(two.lambdaMax).toBeCloseTo(2, 12);
    expect(two).toMatchObject({ ri: 0, cr: null, consistent: true });
  });

  test("beyond the RI table: ri and cr null, not consistent, and the TOO_LARGE_FOR_RI warning", () => {
    const w = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const r = ok(ahp(consistentMatrix(w)));
    expect(r).toMatchObject({ n: 11, ri: null, cr: null, consistent: false });
    expect(consistencyProblem(r)).toEqual({ code: "TOO_LARGE_FOR_RI", value: "11", expected: "10" });
    const al = ok(ahp(consistentMatrix(w), { ri: "alonso-lamata" }));
    expect(al.ri).toBe(1.5141);
    expect(al.consistent).toBe(true);
    expect(consistencyProblem(al)).toBeNull();
  });

  test("reciprocals typed as clerks type them: 0.333, 0.2, 0.167, 0.143, 0.111 pass; 0.33 does not", () => {
    const m = (x: number, k: number) => [
      [1, k],
      [x, 1],
    ];
    expect(ok(ahp(m(0.333, 3))).n).toBe(2);
    expect(ok(ahp(m(0.167, 6))).n).toBe(2); // 6 × 0.167 = 1.002: 1/6 rounded to 3 decimals
    expect(ok(ahp(m(0.143, 7))).n).toBe(2);
    expect(ok(ahp(m(0.1111, 9))).n).toBe(2);
    expect(problems(ahp(m(0.33, 3)))).toEqual([{ code: "NOT_RECIPROCAL", row: 1, col: 0, value: "0.33", expected: "1/3" }]);
    expect(ok(ahp(m(0.33, 3), { tolerance: 0.02 })).n).toBe(2);
    // The other way round: 3 typed above 0.333 below, and 0.5 above 2 below.
    expect(problems(ahp([[1, 0.5], [3, 1]]))).toEqual([{ code: "NOT_RECIPROCAL", row: 1, col: 0, value: "3", expected: "2" }]);
  });

  test("judgements typed as text: fractions and full-width digits", () => {
    expect(parseJudgementText("1/3")).toBeCloseTo(1 / 3, 15);
    expect(parseJudgementText("１／５")).toBe(0.2);
    expect(parseJudgementText(" 1 / 7 ")).toBeCloseTo(1 / 7, 15);
    expect(parseJudgementText("５")).toBe(5);
    expect(parseJudgementText("0.333")).toBe(0.333);
    expect(parseJudgementText("1/0")).toBeNull();
    expect(parseJudgementText("重要")).toBeNull();
  });

  test("bad options are programmer errors", () => {
    expect(() => ahp(three, { method: "power" as AhpMethod })).toThrow(McdmOptionError);
    expect(() => ahp(three, { ri: "noble" as never })).toThrow(/RI table: "noble"/);
    expect(() => ahp(three, { tolerance: -1 })).toThrow(McdmOptionError);
  });
});

describe("AHP properties", () => {
  const arbWeights = fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 9 }).map((w) => w.map((x) => x / sum(w)));

  test("a perfectly consistent matrix (a_ij = w_i/w_j) gives w back, λmax = n and CR ≈ 0, for all three methods", () => {
    fc.assert(
      fc.property(arbWeights, (w) => {
        for (const method of methods) {
          const r = ok(ahp(consistentMatrix(w), { method }));
          r.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i]!, 9));
          expect(r.lambdaMax).toBeCloseTo(w.length, 9);
          if (r.cr !== null) expect(Math.abs(r.cr)).toBeLessThan(1e-9);
          expect(r.consistent).toBe(true);
        }
      }),
    );
  });

  /** A random reciprocal matrix on Saaty's scale. */
  const arbMatrix = fc.integer({ min: 2, max: 8 }).chain((n) =>
    fc.array(fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => {
      const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
      let k = 0;
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          a[i]![j] = upper[k]!;
          a[j]![i] = 1 / upper[k++]!;
        }
      return a;
    }),
  );

  test("weights are positive and sum to 1; λmax ≥ n; the input is not mutated", () => {
    fc.assert(
      fc.property(arbMatrix, (a) => {
        const frozen = a.map((row) => Object.freeze([...row]));
        for (const method of methods) {
          const r = ok(ahp(Object.freeze(frozen), { method }));
          expect(sum(r.weights)).toBeCloseTo(1, 12);
          for (const w of r.weights) expect(w).toBeGreaterThan(0);
          expect(r.lambdaMax).toBeGreaterThan(a.length - 1e-9);
        }
      }),
    );
  });

  test("permuting the criteria permutes the weights", () => {
    fc.assert(
      fc.property(
        arbMatrix.chain((a) => fc.shuffledSubarray(a.map((_, i) => i), { minLength: a.length, maxLength: a.length }).map((p) => [a, p] as const)),
        ([a, p]) => {
          const permuted = p.map((i) => p.map((j) => a[i]![j]!));
          for (const method of methods) {
            const w = ok(ahp(a, { method })).weights;
            const wp = ok(ahp(permuted, { method })).weights;
            p.forEach((i, k) => expect(wp[k]).toBeCloseTo(w[i]!, 9));
          }
        },
      ),
    );
  });
});

describe("entropy weights", () => {
  test("Xu (2004): the published weights 0.4630, 0.3992, 0.1378, 0.0000", () => {
    const data = [
      [30, 30, 38, 29],
      [19, 54, 86, 29],
      [19, 15, 85, 28.9],
      [68, 70, 60, 29],
    ];
    const r = ok(entropyWeights(data, { variant: "sum" }));
    expect(round(r.weights, 4)).toEqual([0.463, 0.3992, 0.1378, 0]);
    expect(r.divergence.map((d, j) => d / sum(r.divergence) - r.weights[j]!)).toEqual([0, 0, 0, 0]);
    r.entropy.forEach((e, j) => expect(1 - e).toBeCloseTo(r.divergence[j]!, 15));
  });

  test("Elsayed et al. (2017), as in pymcdm's tests: 0.104991, 0.069124, 0.071373, 0.449937, 0.304575", () => {
    const data = [
      [7, 312, 1891, 6613, 163],
      [72, 88, 728, 941804, 1078],
      [10, 252, 2594, 3466, 117471],
      [10, 145, 980, 2371, 86329],
      [65, 54, 350, 501, 29897],
      [29, 48, 380, 912, 34051],
      [7, 476, 3300, 78470, 2212],
      [70, 87, 650, 733, 819000],
      [4, 86, 591, 3015, 103],
      [12, 79, 579, 3240, 96098],
      [21, 45, 261, 1253, 453],
      [1, 72, 530, 4333, 0.1048],
    ];
    expect(round(ok(entropyWeights(data, { variant: "sum" })).weights, 6)).toEqual([0.104991, 0.069124, 0.071373, 0.449937, 0.304575]);
  });

  // By hand: column 1 (1, 2, 3) → z = 0, ½, 1 → p = 0, ⅓, ⅔ → e₁ = (⅓ ln 3 + ⅔ ln 3/2) / ln 3;
  // column 2 (10, 30, 30) → z = 0, 1, 1 → p = 0, ½, ½ → e₂ = ln 2 / ln 3.
  const small = [
    [1, 10],
    [2, 30],
    [3, 30],
  ];
  const e1 = ((1 / 3) * Math.log(3) + (2 / 3) * Math.log(3 / 2)) / Math.log(3);
  const e2 = Math.log(2) / Math.log(3);

  test("minmax by hand: 0 · ln 0 = 0, e = −Σ p ln p / ln m, w = d / Σ d", () => {
    const r = ok(entropyWeights(small, { variant: "minmax" }));
    expect(r.entropy[0]).toBeCloseTo(e1, 14);
    expect(r.entropy[1]).toBeCloseTo(e2, 14);
    expect(r.weights[0]).toBeCloseTo((1 - e1) / (2 - e1 - e2), 14);
    expect(sum(r.weights)).toBeCloseTo(1, 15);
  });

  test("minmax: a cost column is turned round; the shift is added before the proportions", () => {
    // Column 2 as a cost: z = 1, 0, 0 → p = 1, 0, 0 → e = 0: it takes the weight d = 1.
    const cost = ok(entropyWeights(small, { variant: "minmax", directions: ["benefit", "cost"] }));
    expect(cost.entropy[1]).toBe(0);
    expect(cost.weights[1]).toBeCloseTo(1 / (1 + 1 - e1), 14);
    const s = 0.0001;
    const shifted = ok(entropyWeights(small, { variant: "minmax", shift: s }));
    const p = [s, 1 + s, 1 + s].map((z) => z / (2 + 3 * s));
    expect(shifted.entropy[1]).toBeCloseTo(-sum(p.map((x) => x * Math.log(x))) / Math.log(3), 14);
  });

  test("sum: a constant column among others gets weight 0", () => {
    const r = ok(entropyWeights([[1, 5], [2, 5], [4, 5]], { variant: "sum" }));
    expect(r.weights[1]).toBe(0);
    expect(r.weights[0]).toBe(1);
  });

  test("properties: weights sum to 1 and follow a permutation of the criteria; rows in any order give the same", () => {
    const arbData = fc.integer({ min: 1, max: 5 }).chain((k) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: k, maxLength: k }), { minLength: 2, maxLength: 12 }),
    );
    fc.assert(
      fc.property(arbData, fc.constantFrom("sum" as const, "minmax" as const), (data, variant) => {
        const r = entropyWeights(data, { variant });
        if (!r.ok) {
          // Only constant columns can fail on positive integers.
          for (const p of r.problems) expect(p.code).toBe("CONSTANT_COLUMN");
          return;
        }
        expect(sum(r.value.weights)).toBeCloseTo(1, 12);
        const k = data[0]!.length;
        const reversed = data.map((row) => [...row].reverse());
        const rr = ok(entropyWeights(reversed, { variant }));
        rr.weights.forEach((w, j) => expect(w).toBeCloseTo(r.value.weights[k - 1 - j]!, 12));
        const rowsReversed = ok(entropyWeights([...data].reverse(), { variant }));
        rowsReversed.weights.forEach((w, j) => expect(w).toBeCloseTo(r.value.weights[j]!, 12));
      }),
    );
  });
});

describe("TOPSIS", () => {
  test("Opricovic & Tzeng (2004), min–max normalisation: C = 0.500, 0.617, 0.500; A1 and A3 tie at rank 2", () => {
    const r = ok(topsis([[1, 3000], [2, 3750], [5, 4500]], [0.5, 0.5], ["cost", "benefit"], { normalization: "minmax" }));
    expect(round(r.scores, 3)).toEqual([0.5, 0.617, 0.5]);
    expect(r.ranks).toEqual([2, 1, 2]);
    expect(r.ideal).toEqual([0.5, 0.5]);
    expect(r.antiIdeal).toEqual([0, 0]);
  });

  test("the same data with vector normalisation, by hand: A1 is nearest the ideal", () => {
    // r = x / ‖x‖, ‖f1‖ = √30, ‖f2‖ = √(3000² + 3750² + 4500²). A1 has the best f1 (cost) and the
    // worst f2: D⁺ = ½ (4500 − 3000)/‖f2‖, D⁻ = ½ (5 − 1)/√30.
    const n2 = Math.hypot(3000, 3750, 4500);
    const dPlus = (0.5 * 1500) / n2;
    const dMinus = (0.5 * 4) / Math.sqrt(30);
    const r = ok(topsis([[1, 3000], [2, 3750], [5, 4500]], [0.5, 0.5], ["cost", "benefit"], { normalization: "vector" }));
    expect(r.dPlus[0]).toBeCloseTo(dPlus, 14);
    expect(r.dMinus[0]).toBeCloseTo(dMinus, 14);
    expect(r.scores[0]).toBeCloseTo(dMinus / (dPlus + dMinus), 14);
    expect(r.scores[0]!.toFixed(3)).toBe("0.762");
    expect(r.ranks).toEqual([1, 2, 3]);
  });

  test("Hodgett's cars (R package MCDA): the documented ideal and anti-ideal; Clio first", () => {
    const cars = [
      [5490, 51.4, 8.5, 285],
      [6500, 70.6, 7, 288],
      [6489, 54.3, 7.5, 290],
    ];
    const r = ok(topsis(cars, [0.35, 0.25, 0.25, 0.15], ["cost", "benefit", "benefit", "benefit"], { normalization: "vector" }));
    expect(round(r.ideal, 9)).toEqual([0.179573776, 0.171636015, 0.159499658, 0.087302767]);
    expect(round(r.antiIdeal, 9)).toEqual([0.212610118, 0.124958799, 0.131352659, 0.085797547]);
    // Weights as percentages (sum 100) give the same.
    const pct = ok(topsis(cars, [35, 25, 25, 15], ["cost", "benefit", "benefit", "benefit"], { normalization: "vector" }));
    pct.scores.forEach((s, i) => expect(s).toBeCloseTo(r.scores[i]!, 14));
    expect(r.ranks).toEqual([2, 1, 3]);
  });

  test("identical alternatives: D⁺ = D⁻ = 0, C = 0.5 for all, all rank 1", () => {
    const r = ok(topsis([[3, 4], [3, 4]], [0.5, 0.5], ["benefit", "cost"], { normalization: "vector" }));
    expect(r.scores).toEqual([0.5, 0.5]);
    expect(r.ranks).toEqual([1, 1]);
  });

  test("competition ranks: 1, 2, 2, 4", () => {
    expect(competitionRanks([0.9, 0.5, 0.5, 0.1])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([0.1, 0.5, 0.9, 0.5])).toEqual([4, 2, 1, 2]);
  });

  test("properties: scores in [0, 1]; rows in any order give the same scores; cost reverses benefit for two alternatives", () => {
    const arb = fc.integer({ min: 1, max: 5 }).chain((k) =>
      fc.record({
        data: fc.array(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: k, maxLength: k }), { minLength: 2, maxLength: 10 }),
        weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: k, maxLength: k }).map((w) => w.map((x) => x / sum(w))),
        directions: fc.array(fc.constantFrom("benefit" as const, "cost" as const), { minLength: k, maxLength: k }),
        normalization: fc.constantFrom("vector" as const, "minmax" as const),
      }),
    );
    fc.assert(
      fc.property(arb, ({ data, weights, directions, normalization }) => {
        const r = ok(topsis(data, weights, directions, { normalization }));
        for (const s of r.scores) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
        }
        const rev = ok(topsis([...data].reverse(), weights, directions, { normalization }));
        rev.scores.forEach((s, i) => expect(s).toBeCloseTo(r.scores[data.length - 1 - i]!, 12));
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 2 }).filter(([a, b]) => a !== b),
        fc.constantFrom("vector" as const, "minmax" as const),
        ([a, b], normalization) => {
          const benefit = ok(topsis([[a!], [b!]], [1], ["benefit"], { normalization }));
          const cost = ok(topsis([[a!], [b!]], [1], ["cost"], { normalization }));
          expect(benefit.ranks).toEqual(a! > b! ? [1, 2] : [2, 1]);
          expect(cost.ranks).toEqual([benefit.ranks[1], benefit.ranks[0]]);
        },
      ),
    );
  });
});

describe("problems: every code, with its cell", () => {
  test("NOT_SQUARE: n rows of m numbers, or a row of the wrong length", () => {
    expect(problems(ahp([[1, 2, 3], [0.5, 1, 2]]))).toEqual([{ code: "NOT_SQUARE", value: "2×3", expected: "2×2" }]);
    expect(problems(ahp([[1, 2], [0.5, 1, 3]]))).toEqual([{ code: "NOT_SQUARE", row: 1, value: "3", expected: "2" }]);
  });

  test("TOO_SMALL: an empty matrix, one subject, no criteria", () => {
    expect(problems(ahp([]))).toEqual([{ code: "TOO_SMALL", what: "rows", value: "0", expected: "1" }]);
    expect(problems(entropyWeights([[1, 2]], { variant: "sum" }))).toEqual([{ code: "TOO_SMALL", what: "rows", value: "1", expected: "2" }]);
    expect(problems(topsis([[], []], [], [], { normalization: "vector" }))).toEqual([{ code: "TOO_SMALL", what: "columns", value: "0", expected: "1" }]);
  });

  test("every bad cell of a judgement matrix at once, in reading order", () => {
    const m = [
      [1, null, 2, NaN],
      [0, 2, 1, 1],
      [0.5, 1, 1, 4],
      [1, 1, 0.5, 1],
    ];
    expect(problems(ahp(m))).toEqual([
      { code: "NOT_NUMBER", row: 0, col: 1 },
      { code: "NOT_NUMBER", row: 0, col: 3, value: "NaN" },
      { code: "NOT_POSITIVE", row: 1, col: 0, value: "0" },
      { code: "BAD_DIAGONAL", row: 1, col: 1, value: "2", expected: "1" },
      { code: "NOT_RECIPROCAL", row: 3, col: 2, value: "0.5", expected: "1/4" },
    ]);
  });

  test("RAGGED, NOT_NUMBER, NEGATIVE and ZERO_COLUMN in a data table", () => {
    expect(problems(entropyWeights([[1, 2], [3]], { variant: "sum" }))).toEqual([{ code: "RAGGED", row: 1, value: "1", expected: "2" }]);
    expect(problems(entropyWeights([[1, 0, 3], [null, 0, -1], [2, 0, 4]], { variant: "sum" }))).toEqual([
      { code: "NOT_NUMBER", row: 1, col: 0 },
      { code: "NEGATIVE", row: 1, col: 2, value: "-1" },
      { code: "ZERO_COLUMN", col: 1 },
    ]);
  });

  test("CONSTANT_COLUMN: under minmax always; under sum only when every column is constant", () => {
    expect(problems(entropyWeights([[1, 5], [2, 5]], { variant: "minmax" }))).toEqual([{ code: "CONSTANT_COLUMN", col: 1 }]);
    expect(problems(entropyWeights([[1, 5], [1, 5]], { variant: "sum" }))).toEqual([
      { code: "CONSTANT_COLUMN", col: 0 },
      { code: "CONSTANT_COLUMN", col: 1 },
    ]);
  });

  test("LENGTH_MISMATCH, NEGATIVE and WEIGHTS_SUM of weights and directions", () => {
    const data = [
      [1, 2],
      [3, 4],
    ];
    expect(problems(topsis(data, [1], ["benefit", "cost", "cost"], { normalization: "vector" }))).toEqual([
      { code: "LENGTH_MISMATCH", what: "weights", value: "1", expected: "2" },
      { code: "LENGTH_MISMATCH", what: "directions", value: "3", expected: "2" },
    ]);
    expect(problems(topsis(data, [0.6, -0.1], ["benefit", "cost"], { normalization: "vector" }))).toEqual([{ code: "NEGATIVE", what: "weights", col: 1, value: "-0.1" }]);
    expect(problems(topsis(data, [0.6, 0.3], ["benefit", "cost"], { normalization: "minmax" }))).toEqual([{ code: "WEIGHTS_SUM", what: "weights", value: "0.9", expected: "1 / 100" }]);
    expect(problems(entropyWeights(data, { variant: "minmax", directions: ["cost"] }))).toEqual([{ code: "LENGTH_MISMATCH", what: "directions", value: "1", expected: "2" }]);
  });
});

describe("mcdmMessage", () => {
  const codes: McdmProblemCode[] = [
    "NOT_SQUARE",
    "TOO_SMALL",
    "TOO_LARGE_FOR_RI",
    "NOT_NUMBER",
    "NOT_POSITIVE",
    "NOT_RECIPROCAL",
    "BAD_DIAGONAL",
    "RAGGED",
    "NEGATIVE",
    "LENGTH_MISMATCH",
    "WEIGHTS_SUM",
    "CONSTANT_COLUMN",
    "ZERO_COLUMN",
  ];

  test("every code renders in both languages, with no placeholder left", () => {
    for (const code of codes) {
      for (const lang of ["zh-CN", "en-US"] as const) {
        const text = mcdmMessage({ code, row: 1, col: 2, value: "7", expected: "3" }, lang);
        expect(text).not.toMatch(/[{}]|mcdm\.|undefined/);
        expect(text.length).toBeGreaterThan(8);
      }
    }
  });

  test("cells by default as row and column, or by the host's address; the mirror of a reciprocal named too", () => {
    const p: McdmProblem = { code: "NOT_RECIPROCAL", row: 3, col: 2, value: "0.5", expected: "1/4" };
    expect(mcdmMessage(p, "zh-CN")).toBe("第 4 行第 3 列 的值 0.5 与 第 3 行第 4 列 不互为倒数，应为 1/4");
    const address = (r: number, c: number) => `Sheet1!${String.fromCharCode(66 + c)}${r + 2}`;
    expect(mcdmMessage(p, "zh-CN", address)).toBe("Sheet1!D5 的值 0.5 与 Sheet1!E4 不互为倒数，应为 1/4");
    expect(mcdmMessage(p, "en-US", address)).toBe("Sheet1!D5: 0.5 is not the reciprocal of Sheet1!E4; it should be 1/4");
  });

  test("column problems by the host's column name; weight problems by their position", () => {
    expect(mcdmMessage({ code: "CONSTANT_COLUMN", col: 2 }, "zh-CN", undefined, () => "指标“基础分”（D 列）")).toMatch(/^指标“基础分”（D 列）的数值全部相同/);
    expect(mcdmMessage({ code: "ZERO_COLUMN", col: 0 }, "en-US")).toBe("column 1 is all zeros, so it has no proportions");
    expect(mcdmMessage({ code: "NEGATIVE", what: "weights", col: 1, value: "-0.1" }, "zh-CN")).toBe("第 2 个权重 -0.1 为负数");
    expect(mcdmMessage({ code: "LENGTH_MISMATCH", what: "directions", value: "3", expected: "2" }, "en-US")).toBe("3 directions given; there must be one per criterion (2)");
    expect(mcdmMessage({ code: "NOT_NUMBER", row: 0, col: 1 }, "zh-CN")).toBe("第 1 行第 2 列 为空白，应填写数字");
  });
});
