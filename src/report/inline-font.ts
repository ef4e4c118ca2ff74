/**
 * The report font carried inside the page itself: the single-file offline page
 * (dist-web/assess-offline.html, scripts/build-offline.js) holds it as base64 of its gzip in
 * `<script type="application/octet-stream" id="assess-report-font">`, because a page opened from
 * file:// cannot fetch it. The hosted pages have no such element and fetch the font as before.
 */
import { gunzipSync } from "fflate";

/** The id of the element that holds the font (written by scripts/build-offline.js). */
export const INLINE_FONT_ID = "assess-report-font";

/**
 * The inlined font's TTF bytes, or undefined when the page carries none. The element is removed
 * once read (its text is megabytes). A damaged element is an error, not a silent fallback.
 * @example inlineFont(document)?.length // 5744384 in the offline page
 */
export function inlineFont(doc: Pick<Document, "getElementById"> | undefined = globalThis.document): Uint8Array | undefined {
  const el = doc?.getElementById(INLINE_FONT_ID);
  if (!el) return undefined;
  const text = (el.textContent ?? "").replace(/\s+/g, "");
  let bytes: Uint8Array;
  try {
    const bin = atob(text);
    const gz = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) gz[i] = bin.charCodeAt(i);
    bytes = el.getAttribute("data-encoding") === "base64" ? gz : gunzipSync(gz);
  } catch (e) {
    throw new Error(`#${INLINE_FONT_ID}: the page's inlined font is damaged (${e instanceof Error ? e.message : String(e)})`);
  }
  el.remove();
  return bytes;
}
