/**
 * Ranks, quotas, ties, caps, forced bottom and lights as tables a reviewer can hold against
 * DESIGN.md ("Semantics that must be exact") and the seed articles.
 */
import { assess } from "../../src/engine/rules/assess";
import { groupLimits } from "../../src/engine/rules/quota";
import { rankValues } from "../../src/engine/rules/rank";
import { lightsOf } from "../../src/engine/rules/lights";
import { presets } from "../../src/engine/scheme/presets";
import { labelsByName, scheme, subjects } from "./helpers";

const tiersOf = (text: string, s = scheme({ top: { share: 0.3 } }), extra = {}) => {
  const subs = subjects(text, extra);
  const a = assess(subs, s);
  return { a, labels: labelsByName(subs, a.results.map((r) => r.tier), s) };
};

describe("rank: competition ranking like RANK.EQ, within a group", () => {
  test("1, 2, 2, 4", () => {
    expect(rankValues([90, 85, 85, 70])).toEqual([1, 2, 2, 4]);
  });
  test("ranks are within the group column", () => {
    const { a } = tiersOf("甲 90 山区县\n乙 80 非山区县\n丙 85 山区县\n丁 95 非山区县");
    expect(a.results.map((r) => r.rank)).toEqual([1, 2, 2, 1]);
  });
  test("tie-break keys separate equal scores; equal keys stay tied", () => {
    const subs = subjects("甲 90\n乙 90\n丙 90", { 甲: { tieBreak: [70] }, 乙: { tieBreak: [80] }, 丙: { tieBreak: [70] } });
    expect(assess(subs, scheme()).results.map((r) => r.rank)).toEqual([2, 1, 2]);
  });
});

describe("quota: limit = floor(n × share) by default, or a fixed count; never exceeded", () => {
  test.each([
    // n, share, rounding, limit
    [10, 0.3, "floor", 3],
    [52, 0.3, "floor", 15], // 九原区 52 区直单位, 优秀 ≤ 30% (the 九原区 article)
    [8, 0.3, "floor", 2],
    [55, 0.3, "round", 17], // 16.5 → 17
    [55, 0.3, "ceil", 17],
    [3, 0.3, "floor", 0],
  ] as const)("n=%i share=%d %s → %i places", (n, share, rounding, limit) => {
    expect(groupLimits(scheme({ top: { share, rounding } }), n).limits[0]).toBe(limit);
  });
  test("minOne gives a small group one place", () => {
    expect(groupLimits(scheme({ top: { share: 0.3, minOne: true } }), 3).limits[0]).toBe(1);
  });
  test("a fixed number of places (新城区: 5 rural and 13 community secretaries, the 武川·新城区 article)", () => {
    expect(groupLimits(scheme({ top: { places: 5 } }), 40).limits[0]).toBe(5);
  });
  test.each([
    // 事业单位工作人员考核规定 第十五条: 20%; unit rated excellent 25%; unit penalised 15%
    ["normal", 4],
    ["excellent", 5],
    ["penalised", 3],
  ] as const)("事业单位 quota for a unit of 20 whose own outcome is %s: %i", (outcome, limit) => {
    expect(groupLimits(presets["public-institution"]!, 20, outcome).limits[0]).toBe(limit);
  });
  test("10 subjects, 30%: the top 3 are 优秀, the rest take the next tier", () => {
    const { labels } = tiersOf("a 99\nb 98\nc 97\nd 96\ne 95\nf 94\ng 93\nh 92\ni 91\nj 90");
    expect(Object.values(labels).filter((l) => l === "优秀")).toHaveLength(3);
    expect(labels).toMatchObject({ a: "优秀", c: "优秀", d: "良好" });
  });
});

describe("ties that straddle a quota line are left out of the higher tier and reported", () => {
  test("3 places; ranks 3 and 4 tied → only 2 优秀, one event naming both", () => {
    const { a, labels } = tiersOf("a 99\nb 98\nc 97\nd 97\ne 95\nf 94\ng 93\nh 92\ni 91\nj 90");
    expect(labels).toMatchObject({ a: "优秀", b: "优秀", c: "良好", d: "良好", e: "良好" });
    expect(a.states[0]!.events).toEqual([{ kind: "quota", tier: 0, members: [2, 3], limit: 3, used: 2 }]);
  });
  test("a tie that fits exactly takes the tier", () => {
    const { a, labels } = tiersOf("a 99\nb 97\nc 97\nd 96\ne 95\nf 94\ng 93\nh 92\ni 91\nj 90");
    expect(labels).toMatchObject({ a: "优秀", b: "优秀", c: "优秀", d: "良好" });
    expect(a.states[0]!.events).toEqual([]);
  });
  test("the formula method's failure case: 3 tied at the line, none is handed the place", () => {
    const { labels } = tiersOf("a 99\nb 98\nc 90\nd 90\ne 90\nf 80\ng 70\nh 60\ni 50\nj 40");
    expect(Object.values(labels).filter((l) => l === "优秀")).toEqual(["优秀", "优秀"]);
  });
});

describe("thresholds + quota: a tier needs both the score and a place", () => {
  test("优秀 ≥ 90 and ≤ 30%, 良好 ≥ 80: only two reach 90", () => {
    const s = scheme({ top: { share: 0.3 }, thresholds: [90, 80] });
    const { labels } = tiersOf("a 95\nb 91\nc 89\nd 85\ne 79\nf 70\ng 60\nh 50\ni 40\nj 30", s);
    expect(labels).toMatchObject({ a: "优秀", b: "优秀", c: "良好", d: "良好", e: "一般", j: "一般" });
  });
});

describe("caps: a vetoed or linked subject never sits above its cap", () => {
  const ten = "a 99\nb 98\nc 97\nd 96\ne 95\nf 94\ng 93\nh 92\ni 91\nj 90";
  test("veto on the best subject: capped at 一般, its 优秀 place passes to the next subject (依次递补)", () => {
    const { a, labels } = tiersOf(ten, scheme({ top: { share: 0.3 }, veto: { cap: "fair" } }), { a: { vetoCap: 2 } });
    expect(labels).toMatchObject({ a: "一般", b: "优秀", c: "优秀", d: "优秀", e: "良好" });
    expect(a.states[0]).toMatchObject({ emptied: [0, 0, 0, 0], passedOn: [3] });
  });
  test("keepCappedPlaces: the vetoed subject's 优秀 place stays empty", () => {
    const { a, labels } = tiersOf(ten, scheme({ top: { share: 0.3 }, keepCappedPlaces: true }), { a: { vetoCap: 2 } });
    expect(labels).toMatchObject({ a: "一般", b: "优秀", c: "优秀", d: "良好" });
    expect(a.states[0]).toMatchObject({ emptied: [1, 0, 0, 0], passedOn: [] });
  });
  test("a capped subject inside a tie that fits: the tie takes the tier, the capped place passes on", () => {
    // 3 places; b and c tied at 98, c vetoed: a, b and d are 优秀
    const { labels } = tiersOf("a 99\nb 98\nc 98\nd 96\ne 95\nf 94\ng 93\nh 92\ni 91\nj 90", scheme({ top: { share: 0.3 } }), { c: { vetoCap: 2 } });
    expect(labels).toMatchObject({ a: "优秀", b: "优秀", c: "一般", d: "优秀", e: "良好" });
  });
  test("old scheme files: releaseCappedPlaces is read (false keeps places empty), and a contradiction is refused", () => {
    expect(scheme({ top: { share: 0.3 }, releaseCappedPlaces: false }).keepCappedPlaces).toBe(true);
    expect(scheme({ top: { share: 0.3 }, releaseCappedPlaces: true }).keepCappedPlaces).toBe(false);
    expect(scheme({ top: { share: 0.3 } })).not.toHaveProperty("releaseCappedPlaces");
    expect(() => scheme({ top: { share: 0.3 }, releaseCappedPlaces: true, keepCappedPlaces: true })).toThrow(/releaseCappedPlaces/);
  });
  test("linked responsibility: the team capped at 一般 and the group's 优秀 share lowered to 20% (the 我市 article)", () => {
    const s = scheme({ top: { share: 0.3 }, linked: { cap: "fair", topShare: 0.2 } });
    const { a, labels } = tiersOf(ten, s, { e: { linked: true } });
    expect(a.groups[0]!.limits[0]).toBe(2);
    expect(labels).toMatchObject({ a: "优秀", b: "优秀", c: "良好", e: "一般" });
  });
});

describe("forced bottom: the lowest share of each group gets the last tier (后10%倒排, the 浙江 article)", () => {
  const z = presets.zhejiang!;
  test("20 subjects, bottom 10% → the last 2 are 第三等次", () => {
    const text = Array.from({ length: 20 }, (_, i) => `s${i} ${100 - i}`).join("\n");
    const { a, labels } = tiersOf(text, z);
    expect(a.groups[0]!.forcedBottom).toBe(2);
    expect(labels).toMatchObject({ s17: "第一等次", s18: "第三等次", s19: "第三等次" });
  });
  test("a tie straddling the bottom line is left out and reported", () => {
    const text = Array.from({ length: 18 }, (_, i) => `s${i} ${100 - i}`).join("\n") + "\nt1 50\nt2 50\nlast 40";
    const { a, labels } = tiersOf(text, z);
    expect(labels).toMatchObject({ last: "第三等次", t1: "第一等次", t2: "第一等次" });
    expect(a.states[0]!.events).toEqual([{ kind: "bottom", tier: 2, members: [18, 19], limit: 2, used: 1 }]);
  });
});

describe("pending (不确定等次) and unusable subjects take no tier and no place", () => {
  test("a pending subject is ranked but takes no tier and does not count in n", () => {
    const { a } = tiersOf("a 99\nb 98\nc 97\nd 96", scheme({ top: { share: 0.5 } }), { a: { pending: true } });
    expect(a.results[0]).toMatchObject({ rank: 1, tier: null, status: "pending" });
    expect(a.groups[0]).toMatchObject({ n: 3, limits: [1, null, null, null] });
  });
  test("a subject without a usable score has no rank", () => {
    const { a } = tiersOf("a -\nb 98");
    expect(a.results[0]).toMatchObject({ rank: null, tier: null, status: "unusable" });
    expect(a.results[1]!.rank).toBe(1);
  });
});

describe("lights: top k green, bottom m red, the rest yellow; ties share the better light", () => {
  test("九原区 board: 前四名绿, 第五至第七名黄, 倒数后三名红 (the 九原区 article)", () => {
    expect(lightsOf([98, 95, 90, 88, 85, 80, 78, 70, 65, 60], { count: 4 }, { count: 3 })).toEqual([
      "green", "green", "green", "green", "yellow", "yellow", "yellow", "red", "red", "red",
    ]);
  });
  test("a tie across the green line is all green; across the red line all yellow", () => {
    // 4th and 5th tied at 88 → both green; 7th and 8th tied at 75 straddle the bottom three → both yellow
    expect(lightsOf([98, 95, 90, 88, 88, 80, 75, 75, 65, 60], { count: 4 }, { count: 3 })).toEqual([
      "green", "green", "green", "green", "green", "yellow", "yellow", "yellow", "red", "red",
    ]);
  });
  test("by share within each group", () => {
    const s = scheme({ lights: { green: { share: 0.25 }, red: { share: 0.25 } } });
    const { a } = tiersOf("a 9 X\nb 8 X\nc 7 X\nd 6 X\ne 5 Y\nf 4 Y", s);
    expect(a.results.map((r) => r.light)).toEqual(["green", "yellow", "yellow", "red", "yellow", "yellow"]);
  });
  test("green wins where green and red overlap in a small group", () => {
    expect(lightsOf([9, 8], { count: 4 }, { count: 3 })).toEqual(["green", "green"]);
  });
});

describe("flags", () => {
  test("先进单位: first tier and team rated 优秀 (the 浙江 article)", () => {
    const { a } = tiersOf("a 99\nb 98\nc 97\nd 96", scheme({ top: { share: 0.5 } }), { a: { teamExcellent: true }, c: { teamExcellent: true } });
    expect(a.results.map((r) => r.commended)).toEqual([true, false, false, false]);
  });
  test("consecutive years in the first tier count this year and the unbroken run before it", () => {
    const { a } = tiersOf("a 99\nb 98\nc 70", scheme({ top: { share: 0.7 } }), {
      a: { history: [0, 0] },
      b: { history: [0, 1] },
      c: { history: [0, 0] },
    });
    expect(a.results.map((r) => r.firstTierYears)).toEqual([3, 1, 0]);
  });
});
