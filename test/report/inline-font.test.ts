/**
 * The font the offline page carries inline (src/report/inline-font.ts): read from the element the
 * build writes (base64 of gzip, or plain base64), removed once read; a damaged one is an error
 * that names the element; a page without one (the hosted pages) gets undefined and fetches.
 */
import { gzipSync } from "node:zlib";
import { INLINE_FONT_ID, inlineFont } from "../../src/report/inline-font";

/** A stand-in for the page: one element with text and attributes, and whether it was removed. */
function pageWith(text: string, encoding: string) {
  const state = { removed: false };
  const el = { textContent: text, getAttribute: (n: string) => (n === "data-encoding" ? encoding : null), remove: () => void (state.removed = true) };
  return { doc: { getElementById: (id: string) => (id === INLINE_FONT_ID && !state.removed ? (el as unknown as HTMLElement) : null) }, state };
}

const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256);

test("gzip+base64, wrapped over lines: the bytes, and the element is removed", () => {
  const b64 = gzipSync(bytes).toString("base64").replace(/(.{76})/g, "$1\n");
  const { doc, state } = pageWith(b64, "gzip+base64");
  expect(inlineFont(doc)).toEqual(bytes);
  expect(state.removed).toBe(true);
  expect(inlineFont(doc)).toBeUndefined();
});

test("plain base64", () => {
  expect(inlineFont(pageWith(Buffer.from(bytes).toString("base64"), "base64").doc)).toEqual(bytes);
});

test("no element, no document: undefined (the hosted pages fetch the font)", () => {
  expect(inlineFont({ getElementById: () => null })).toBeUndefined();
  expect(inlineFont(undefined)).toBeUndefined();
});

test("a damaged element is an error naming it, and stays in the page", () => {
  const { doc, state } = pageWith(Buffer.from("not gzip").toString("base64"), "gzip+base64");
  expect(() => inlineFont(doc)).toThrow(new RegExp(`#${INLINE_FONT_ID}: the page's inlined font is damaged`));
  expect(state.removed).toBe(false);
});
