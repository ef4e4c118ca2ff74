import fc from "fast-check";
import { duplicateGroups } from "../../src/engine/duplicates";

test("groups of equal names, in row order, by first appearance", () => {
  expect(duplicateGroups(["区财政局", "区教育局", "区财政局", "区水利局", "区教育局", "区财政局"])).toEqual([
    [0, 2, 5],
    [1, 4],
  ]);
  expect(duplicateGroups(["甲", "乙"])).toEqual([]);
  expect(duplicateGroups([])).toEqual([]);
});

test("agrees with a plain Map on random names (hash collisions included)", () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 300 }), (names) => {
      const m = new Map<string, number[]>();
      names.forEach((s, i) => m.set(s, [...(m.get(s) ?? []), i]));
      const expected = [...m.values()].filter((g) => g.length > 1).sort((a, b) => a[0]! - b[0]!);
      expect(duplicateGroups(names)).toEqual(expected);
    }),
  );
});
