/**
 * Text normalisation for matching (labels.ts, the layout's headerKey): the shortcut for texts that
 * are already normal ("单位12", "87.5") must give exactly what the full normalisation gives — NFKC,
 * half-width, Traditional → Simplified, lower case, no spaces, brackets or colons — for any text.
 */
import fc from "fast-check";
import { toHalfWidth } from "../../src/engine/input/cells";
import { isNormalText, normalizeText, toSimplified } from "../../src/engine/input/labels";
import { headerKey, headerText, isNoteText } from "../../src/workbook/layout/vocabulary";

/** The normalisation written out in full, without any shortcut (the specification). */
function fullNormalize(s: string): string {
  let simplified = "";
  for (const ch of toHalfWidth(s)) simplified += toSimplified(ch);
  return simplified
    .toLowerCase()
    .replace(/[\s\u00a0_\-–—·•:：]/g, "")
    .replace(/[()（）【】[\]<>《》“”"'‘’]/g, "");
}

/** Texts like a sheet's cells: CJK (Simplified and Traditional), digits, Latin, full-width forms, brackets, spaces, compatibility characters. */
const cellText = fc
  .array(
    fc.oneof(
      fc.constantFrom(..."单位第组优秀良好一般较差優較級單區縣績總數項0123456789.abcXYZ"),
      fc.constantFrom(..."（）()【】：: 　\u00a0_-·８５Ａｚ\u2460\ufb01\u3231\uf900\u2f00\r\n"),
      fc.string({ unit: "binary", maxLength: 2 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

test("normalizeText equals the full normalisation for any text", () => {
  fc.assert(fc.property(cellText, (s) => normalizeText(s) === fullNormalize(s)), { numRuns: 3000 });
});

test("headerKey equals NFKC then the full normalisation for any text", () => {
  fc.assert(fc.property(cellText, (s) => headerKey(s) === fullNormalize(s.normalize("NFKC"))), { numRuns: 3000 });
});

test("a text reported as normal is its own normal form, under NFKC too", () => {
  fc.assert(
    fc.property(cellText, (s) => !isNormalText(s) || (fullNormalize(s) === s && s.normalize("NFKC") === s)),
    { numRuns: 3000 },
  );
  expect(["单位12", "87.5", "第1组", "abc"].map(isNormalText)).toEqual([true, true, true, true]);
  expect(["優秀", "Abc", "单位 1", "（一）", "８５"].map(isNormalText)).toEqual([false, false, false, false, false]);
});

test("toSimplified maps the Traditional characters it knows and leaves the rest", () => {
  expect(toSimplified("優秀單位")).toBe("优秀单位");
  expect(toSimplified("优秀单位")).toBe("优秀单位");
  fc.assert(fc.property(cellText, (s) => toSimplified(s) === [...s].map((ch) => toSimplified(ch)).join("")), { numRuns: 1000 });
});

test("headerText drops line breaks inside a cell and trims, with or without them", () => {
  fc.assert(fc.property(cellText, (s) => headerText(s) === s.replace(/\s*[\r\n]+\s*/g, "").trim()), { numRuns: 2000 });
});

test("isNoteText reads the same with and without the shortcut", () => {
  expect(isNoteText("注：1. 总分保留两位小数")).toBe(true);
  expect(isNoteText("注1")).toBe(false);
  expect(isNoteText("填表人")).toBe(true);
  expect(isNoteText("單位")).toBe(false);
});
