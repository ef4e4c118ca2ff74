/**
 * A file carried in a URL fragment to the save page: base64url agrees with Node's encoder for
 * every byte string, names and types survive (Chinese included), anything that is not such a
 * fragment gives null, and a file too large for a URL is refused rather than cut.
 */
import fc from "fast-check";
import { base64url, fromBase64url, fromFragment, MAX_FRAGMENT_CHARS, safeName, toFragment } from "../../src/save/fragment";

test("base64url matches Node's encoder and decodes back, for any bytes", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const text = base64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString("base64url"));
      expect(fromBase64url(text)).toEqual(bytes);
    }),
  );
});

test("a fragment carries name, type and bytes; a leading # is fine", () => {
  const bytes = Uint8Array.from(Buffer.from("%PDF-1.7 优秀 較差"));
  const f = toFragment({ name: "2026年第一季度-考核报告.pdf", type: "application/pdf", bytes });
  expect(f).not.toBeNull();
  expect(f).not.toMatch(/[^A-Za-z0-9\-_.%&=]/); // nothing a URL would re-encode
  const back = fromFragment(`#${f}`);
  expect(back).toEqual({ name: "2026年第一季度-考核报告.pdf", type: "application/pdf", bytes });
});

test.each([
  ["", "empty"],
  ["#name=a.pdf", "no data"],
  ["#data=JQ", "no name"],
  ["#name=a.pdf&data=J", "impossible base64 length"],
  ["#name=a.pdf&data=J*Q", "a character outside base64url"],
  ["#name=%E0%A4%A&data=JQ", "a broken percent escape"],
])("%j carries no file (%s)", (fragment) => {
  expect(fromFragment(fragment)).toBeNull();
});

test("a file too large for a URL is refused, one just under the limit is carried", () => {
  const limitBytes = Math.floor((MAX_FRAGMENT_CHARS * 3) / 4);
  expect(toFragment({ name: "a.pdf", type: "application/pdf", bytes: new Uint8Array(limitBytes + 3) })).toBeNull();
  expect(toFragment({ name: "a.pdf", type: "application/pdf", bytes: new Uint8Array(limitBytes - 3) })).not.toBeNull();
});

test.each([
  ["报告.pdf", "报告.pdf"],
  ["../../etc/passwd", "passwd"],
  ["C:\\Users\\x\\报告:1.pdf", "报告_1.pdf"],
  ["..", "download"],
  ["   ", "download"],
])("safeName(%j) is %j", (name, expected) => {
  expect(safeName(name)).toBe(expected);
});
