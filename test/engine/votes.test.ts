/**
 * 民主测评 (the 浙江 article: 上评下/下评上 满意度; the 武川·新城区 article: 民主测评 vote forms): vote counts per
 * grade → a 0–100 score, Σ count × value / Σ count. No votes or a bad count → null, never 0.
 */
import fc from "fast-check";
import { DEFAULT_VOTE_VALUES, isVoteCount, votesScore } from "../../src/engine/scoring/votes";

const GRADES = [DEFAULT_VOTE_VALUES["优秀"]!, DEFAULT_VOTE_VALUES["称职"]!, DEFAULT_VOTE_VALUES["基本称职"]!, DEFAULT_VOTE_VALUES["不称职"]!];

describe("votesScore", () => {
  test("the common convention: 优秀 100, 称职 80, 基本称职 60, 不称职 0", () => {
    expect(DEFAULT_VOTE_VALUES).toEqual({ 优秀: 100, 称职: 80, 基本称职: 60, 不称职: 0 });
    expect(Object.isFrozen(DEFAULT_VOTE_VALUES)).toBe(true);
  });

  test.each([
    // 优秀 称职 基本称职 不称职 → score
    [[10, 0, 0, 0], 100], //  all 优秀
    [[10, 5, 1, 0], 91.25], // (1000 + 400 + 60) / 16
    [[0, 20, 0, 0], 80],
    [[1, 1, 1, 1], 60], //    (100 + 80 + 60 + 0) / 4
    [[0, 0, 0, 7], 0], //     all 不称职 is a real 0, not a missing score
  ])("%p → %p", (counts, expected) => {
    expect(votesScore(counts, GRADES)).toBeCloseTo(expected, 10);
  });

  test.each([
    [[0, 0, 0, 0], "nobody voted"],
    [[], "no grades"],
    [[10, -1, 0, 0], "a negative count"],
    [[10, 2.5, 0, 0], "not a whole number of votes"],
    [[10, Number.NaN, 0, 0], "not a number"],
    [[10, 5, 1], "counts and values differ in length"],
  ])("%p → null (%s): the caller reports the cell", (counts) => {
    expect(votesScore(counts, counts.length === 0 ? [] : GRADES)).toBeNull();
  });

  test("values are the scheme's: 满意 100 / 基本满意 60 / 不满意 0", () => {
    expect(votesScore([30, 8, 2], [100, 60, 0])).toBeCloseTo((3000 + 480) / 40, 10);
  });

  test.each([
    [0, true],
    [12, true],
    [-1, false],
    [2.5, false],
    [Number.POSITIVE_INFINITY, false],
  ])("isVoteCount(%p) → %p", (n, expected) => {
    expect(isVoteCount(n)).toBe(expected);
  });

  const counts = fc.array(fc.nat({ max: 500 }), { minLength: 4, maxLength: 4 });

  test("property: the score lies between the lowest and the highest grade value", () => {
    fc.assert(
      fc.property(counts, (c) => {
        const s = votesScore(c, GRADES);
        if (c.every((x) => x === 0)) return s === null;
        return s !== null && s >= 0 - 1e-9 && s <= 100 + 1e-9;
      }),
    );
  });

  test("property: the order of the grades does not matter (counts and values moved together)", () => {
    fc.assert(
      fc.property(counts, (c) => {
        const a = votesScore(c, GRADES);
        const b = votesScore([...c].reverse(), [...GRADES].reverse());
        return a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9;
      }),
    );
  });

  test("property: doubling every count gives the same score", () => {
    fc.assert(
      fc.property(counts, (c) => {
        const a = votesScore(c, GRADES);
        const b = votesScore(c.map((x) => x * 2), GRADES);
        return a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9;
      }),
    );
  });
});
