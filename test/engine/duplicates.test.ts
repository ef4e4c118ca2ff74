import fc from "fast-check";
import { assess } from "../../src/engine/rules/assess";
import { check } from "../../src/engine/check/check";
import { duplicateGroups, hasHiddenChars, nameKey } from "../../src/engine/check/duplicates";
import { scheme, subjects } from "./helpers";

test("groups of equal names, in row order, by first appearance", () => {
  expect(duplicateGroups(["区财政局", "区教育局", "区财政局", "区水利局", "区教育局", "区财政局"])).toEqual([
    [0, 2, 5],
    [1, 4],
  ]);
  expect(duplicateGroups(["甲", "乙"])).toEqual([]);
  expect(duplicateGroups([])).toEqual([]);
});

test("agrees with a plain Map over the compared form of the names (hash collisions included)", () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 300 }), (names) => {
      const m = new Map<string, number[]>();
      names.forEach((s, i) => m.set(nameKey(s), [...(m.get(nameKey(s)) ?? []), i]));
      const expected = [...m.values()].filter((g) => g.length > 1).sort((a, b) => a[0]! - b[0]!);
      expect(duplicateGroups(names)).toEqual(expected);
    }),
  );
});

describe("names compared after NFKC, zero-width and direction controls removed (issue 14)", () => {
  test.each([
    ["a zero-width space", "区财政局", "区财政局\u200B"],
    ["a zero-width joiner inside", "区财政局", "区财\u200D政局"],
    ["a right-to-left mark", "区财政局", "\u200F区财政局"],
    ["a left-to-right embedding and pop", "区财政局", "\u202A区财政局\u202C"],
    ["a word joiner", "区财政局", "区财政局\u2060"],
    ["a byte order mark", "区财政局", "\uFEFF区财政局"],
    ["full-width letters and digits", "XX局1科", "ＸＸ局１科"],
    ["a compatibility ideograph (U+F9F4 林)", "林业局", "\uF9F4业局"],
  ])("%s: the same subject", (_, a, b) => {
    expect(duplicateGroups([a, "别的局", b])).toEqual([[0, 2]]);
  });
  test("different names stay different", () => {
    expect(duplicateGroups(["区财政局", "区财政所", "区财政局 二"])).toEqual([]);
  });
  test("a name holding them is reported, with its cell, as a warning", () => {
    const subs = subjects("区财政局\u200B 90\n区水利局 80");
    const a = assess(subs, scheme());
    const v = check(scheme(), { subjects: subs, typed: null, problems: [], assessment: a, cellOf: (i) => `表1!B${i + 2}` }, "zh-CN").violations;
    expect(v).toEqual([
      {
        code: "HIDDEN_CHARS",
        severity: "warning",
        group: "",
        subjects: ["区财政局\u200B"],
        cells: ["表1!B2"],
        message: "表1!B2 的名称“区财政局”含不可见字符（零宽或文字方向控制符），查重时已忽略，建议删除",
      },
    ]);
    expect(hasHiddenChars("区财政局")).toBe(false);
  });
});
