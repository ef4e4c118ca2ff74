/** The scheme schema: defaults, and invalid schemes named field by field in both languages. */
import { matchTier } from "../../src/engine/input/labels";
import { getPreset, presetIds, presets } from "../../src/engine/scheme/presets";
import { parseScheme, parseSchemeOrThrow } from "../../src/engine/scheme/scheme";

const base = {
  id: "t",
  name: { zh: "测试", en: "Test" },
  tiers: [
    { id: "a", label: { zh: "优秀", en: "Excellent" } },
    { id: "b", label: { zh: "良好", en: "Good" } },
  ],
};

describe("scheme validation names the field", () => {
  test.each([
    [{ ...base, tiers: [] }, "tiers", "不能小于 2", "at least 2"],
    [{ ...base, tiers: [{ ...base.tiers[0], quota: { share: 1.5 } }, base.tiers[1]] }, "tiers[0].quota.share", "不能大于 1", "at most 1"],
    [{ ...base, tiers: [{ ...base.tiers[0], quota: { share: 0.3, places: 3 } }, base.tiers[1]] }, "tiers[0].quota", "只能填写一项", "exactly one"],
    [{ ...base, tiers: [base.tiers[0], { ...base.tiers[1], quota: { share: 0.1 } }] }, "tiers[1].quota", "最后一个等次", "last tier"],
    [{ ...base, veto: { cap: "zzz" } }, "veto.cap", "没有编号为 “zzz”", "no tier with id “zzz”"],
    [{ ...base, lang: "fr" }, "lang", "应为以下之一", "must be one of"],
    [
      { ...base, scoring: { indicators: [{ id: "x", column: "X", weight: 0.5 }, { id: "y", column: "Y", weight: 0.4 }] } },
      "scoring.indicators.*",
      "权重之和为 0.9",
      "add up to 0.9",
    ],
    [
      {
        ...base,
        scoring: {
          sections: [{ id: "s1", label: "党的建设", weight: 30 }, { id: "s2", label: "绩效", weight: 60 }],
          indicators: [{ id: "x", column: "X", weight: 1, section: "s1" }, { id: "y", column: "Y", weight: 1, section: "s2" }],
        },
      },
      "scoring.sections",
      "权重之和为 90",
      "add up to 90",
    ],
    [{ ...base, scoring: { indicators: [{ id: "x", column: "X", weight: 1, kind: "completion" }] } }, "scoring.indicators[0].target", "目标值", "needs a target"],
    [{ ...base, tiers: [{ ...base.tiers[0], threshold: 80 }, { ...base.tiers[1], threshold: 90 }] }, "tiers[1].threshold", "高于上一等次", "above the previous"],
  ])("%#: %s", (input, field, zh, en) => {
    const rz = parseScheme(input, "zh-CN");
    const re = parseScheme(input, "en-US");
    expect(rz.ok).toBe(false);
    if (rz.ok || re.ok) return;
    const iz = rz.issues.find((i) => i.field === field);
    const ie = re.issues.find((i) => i.field === field);
    expect(iz?.message).toContain(`考核方案字段 ${field}`);
    expect(iz?.message).toContain(zh);
    expect(ie?.message).toContain(`Scheme field ${field}`);
    expect(ie?.message).toContain(en);
  });

  test("weights of 100 are as good as weights of 1", () => {
    const r = parseScheme({ ...base, scoring: { indicators: [{ id: "x", column: "X", weight: 40 }, { id: "y", column: "Y", weight: 35 }, { id: "z", column: "Z", weight: 25 }] } });
    expect(r.ok).toBe(true);
  });

  test("defaults: floor rounding, regular weight 30% (the 我市 article), three consecutive years", () => {
    const r = parseScheme({ ...base, tiers: [{ ...base.tiers[0], quota: { share: 0.3 } }, base.tiers[1]] });
    if (!r.ok) throw new Error("valid");
    expect(r.scheme.tiers[0]!.quota).toMatchObject({ rounding: "floor", minOne: false });
    expect(r.scheme.scoring.regularWeight).toBe(0.3);
    expect(r.scheme.consecutiveYears).toBe(3);
    expect(r.scheme.lang).toBe("zh-CN");
  });
});

describe("presets", () => {
  test.each([
    ["jiuyuan", ["优秀", "良好", "一般", "较差"], 0.3],
    ["zhejiang", ["第一等次", "第二等次", "第三等次"], undefined],
    ["civil-servant", ["优秀", "称职", "基本称职", "不称职"], 0.2],
    ["public-institution", ["优秀", "合格", "基本合格", "不合格"], 0.2],
    ["leadership-team", ["优秀", "良好", "一般", "较差"], undefined],
  ])("%s: tiers %j, first-tier share %p, and a cited source", (id, labels, share) => {
    const s = presets[id]!;
    expect(s.tiers.map((t) => t.label.zh)).toEqual(labels);
    expect(s.tiers[0]!.quota?.share).toBe(share);
    expect(s.source).toMatch(/《|seeds/);
  });
  test("九原区: board top 4 green, bottom 3 red", () => {
    expect(presets.jiuyuan!.lights).toEqual({ green: { count: 4 }, red: { count: 3 } });
  });
  test("浙江: bottom 10% forced to the third tier", () => {
    expect(presets.zhejiang!.forcedBottom).toEqual({ share: 0.1, rounding: "floor" });
  });
  test("事业单位: 25% where the unit was rated excellent, 15% where it was penalised", () => {
    expect(presets["public-institution"]!.tiers[0]!.quota?.byOutcome).toEqual({ excellent: 0.25, penalised: 0.15 });
  });
  test("an unknown preset names the ones there are", () => {
    const r = getPreset("nope", "en-US");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(presetIds.join(", "));
  });
});

describe("labels: Simplified, Traditional and English are one tier", () => {
  const j = presets.jiuyuan!;
  test.each([
    ["优秀", 0],
    ["優秀", 0],
    [" 優 秀 ", 0],
    ["Excellent", 0],
    ["EXCELLENT", 0],
    ["良好", 1],
    ["一般", 2],
    ["較差", 3],
    ["poor", 3],
    ["不确定等次", "pending"],
    ["不定等次", "pending"],
    ["特优", null],
    ["", null],
  ])("%p → %p", (raw, index) => expect(matchTier(j, raw)).toBe(index));
  test("公务员: 稱職 = 称职 = competent", () => {
    const c = presets["civil-servant"]!;
    expect([matchTier(c, "稱職"), matchTier(c, "称职"), matchTier(c, "Competent"), matchTier(c, "基本稱職"), matchTier(c, "不稱職")]).toEqual([1, 1, 1, 2, 3]);
  });
});

describe("scoring rules in the scheme", () => {
  test.each([
    [{ sections: [{ id: "s1", label: "党的建设", weight: 1 }], indicators: [] }, true],
    [{ sections: [{ id: "s1", label: "党的建设", weight: 0.5 }, { id: "s2", label: "绩效", weight: 0.5 }], indicators: [{ id: "x", column: "X", weight: 1, section: "s1" }] }, "scoring.sections[1]"],
    [{ indicators: [{ id: "x", column: "X", weight: 1, kind: "completion", target: 0 }] }, "scoring.indicators[0].target"],
  ])("%#", (scoring, expected) => {
    const r = parseScheme({ ...base, scoring }, "en-US");
    if (expected === true) expect(r.ok).toBe(true);
    else expect(!r.ok && r.issues.map((i) => i.field)).toContain(expected);
  });
});

describe("unknown keys are refused, naming the nearest known field (issue 14)", () => {
  const base = { id: "x", name: { zh: "甲", en: "A" }, tiers: [{ id: "a", label: { zh: "优秀", en: "A" }, quota: { share: 0.3 } }, { id: "b", label: { zh: "良好", en: "B" } }] };
  test.each([
    [{ ...base, vetto: { cap: "b" } }, "vetto", "veto"],
    [{ ...base, forcedBotom: { share: 0.1 } }, "forcedBotom", "forcedBottom"],
    [{ ...base, tiers: [{ ...base.tiers[0], quota: { shar: 0.3 } }, base.tiers[1]] }, "tiers[0].quota.shar", "share"],
    [{ ...base, lights: { green: { count: 3 }, red: { cuont: 2 } } }, "lights.red.cuont", "count"],
    [{ ...base, scoring: { indicators: [{ id: "i", column: "c", weight: 1, kidn: "score" }] } }, "scoring.indicators[0].kidn", "kind"],
  ])("%#: %s", (input, field, near) => {
    const r = parseScheme(input, "zh-CN");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const key = field.split(".").pop()!;
    expect(r.issues).toContainEqual({ field, message: `考核方案字段 ${field} 无效：无法识别的字段“${key}”，是否应为“${near}”？` });
  });
  test("in English", () => {
    const r = parseScheme({ ...base, vetto: { cap: "b" } }, "en-US");
    expect(!r.ok && r.issues[0]!.message).toContain("unknown field “vetto” — did you mean “veto”?");
  });
  test("keys inside a per-group record, and the deprecated releaseCappedPlaces, are known", () => {
    expect(parseScheme({ ...base, releaseCappedPlaces: true }).ok).toBe(true);
  });
  test("a validated scheme parses again to itself (what the 考核方案 sheet stores)", () => {
    const s = parseSchemeOrThrow({ ...base, releaseCappedPlaces: false });
    expect(parseSchemeOrThrow(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(s.keepCappedPlaces).toBe(true);
  });
});
