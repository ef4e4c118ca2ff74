/**
 * The scheme editor's form (pure): the 依次递补 checkbox reads an old scheme's releaseCappedPlaces,
 * writes keepCappedPlaces, and the scheme it gives keeps or passes on a capped subject's place.
 */
import { presetInput } from "../../src/engine/scheme/presets";
import { parseSchemeOrThrow } from "../../src/engine/scheme/scheme";
import { applyForm, formFromInput } from "../../src/taskpane/scheme-form";

const base = presetInput("jiuyuan")!;

test("unchecked by default (依次递补); checking it gives a scheme that keeps the places empty", () => {
  const form = formFromInput(base);
  expect(form.keepCappedPlaces).toBe(false);
  const checked = applyForm(base, { ...form, keepCappedPlaces: true, dirty: new Set(["keepCappedPlaces"]) });
  expect(parseSchemeOrThrow(checked).keepCappedPlaces).toBe(true);
  expect(parseSchemeOrThrow(applyForm(base, form)).keepCappedPlaces).toBe(false);
});

test("an old workbook scheme with releaseCappedPlaces: false shows checked, and unchecking replaces the old key", () => {
  const old = { ...base, releaseCappedPlaces: false };
  const form = formFromInput(old);
  expect(form.keepCappedPlaces).toBe(true);
  const unchecked = applyForm(old, { ...form, keepCappedPlaces: false, dirty: new Set(["keepCappedPlaces"]) });
  expect(unchecked).not.toHaveProperty("releaseCappedPlaces");
  expect(parseSchemeOrThrow(unchecked).keepCappedPlaces).toBe(false);
});
