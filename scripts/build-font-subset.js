#!/usr/bin/env node
/**
 * Build-time font subset for the report in the browser (pane and standalone page): Noto Sans SC
 * (SIL OFL 1.1) cut to ASCII + GB2312 + Big5 + the symbols the report prints, as TTF (WOFF2
 * renders blank in PDFs). The full font stays the fallback for anything outside the subset: the
 * report's fitFonts() sends those characters to it, or lists them when no font has them.
 *
 *   node scripts/build-font-subset.js [out-dir]      (default: dist-fonts/)
 *
 * Writes NotoSansSC-Report-Regular.ttf and NotoSansSC-Report-Bold.ttf (≈ 5 MB each) and
 * prints their sizes. Output is a build artefact: do not commit it. scripts/build-offline.js uses
 * subsetFace("Regular") for the single-file offline page (made once, then reused from dist-fonts/).
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const subsetFont = require("subset-font");

/** Every character a two-byte legacy encoding defines in the given lead/trail byte ranges. */
function charsOf(encoding, leads, trails) {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const out = new Set();
  for (let a = leads[0]; a <= leads[1]; a++)
    for (const [lo, hi] of trails)
      for (let b = lo; b <= hi; b++) {
        try {
          const s = decoder.decode(Uint8Array.of(a, b));
          if ([...s].length === 1 && s !== "\ufffd") out.add(s);
        } catch {
          // unassigned code
        }
      }
  return out;
}

function subsetText() {
  const chars = new Set();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (const ch of charsOf("gbk", [0xa1, 0xf7], [[0xa1, 0xfe]])) chars.add(ch); // GB2312 area of GBK
  for (const ch of charsOf("big5", [0xa1, 0xf9], [[0x40, 0x7e], [0xa1, 0xfe]])) chars.add(ch);
  for (const ch of "●◐○▲▼—＿×！？：；，。、“”‘’（）【】《》·…　") chars.add(ch);
  return [...chars].join("");
}

const FACES = {
  Regular: "400Regular/NotoSansSC_400Regular.ttf",
  Bold: "700Bold/NotoSansSC_700Bold.ttf",
};

const fontDir = () => path.dirname(require.resolve("@expo-google-fonts/noto-sans-sc/package.json"));

/**
 * The subset of one face in `out` (NotoSansSC-Report-<weight>.ttf), made only when missing or
 * older than this script or the font package; returns its path. OFL.txt (the font's licence) beside it.
 */
async function subsetFace(weight, out, log = () => undefined) {
  const source = path.join(fontDir(), FACES[weight]);
  const target = path.join(out, `NotoSansSC-Report-${weight}.ttf`);
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(path.join(fontDir(), "LICENSE_FONT"), path.join(out, "OFL.txt"));
  const newer = (a, b) => fs.existsSync(a) && fs.statSync(a).mtimeMs >= fs.statSync(b).mtimeMs;
  if (newer(target, source) && newer(target, __filename)) return target;
  const t = Date.now();
  const text = subsetText();
  const bytes = await subsetFont(fs.readFileSync(source), text, { targetFormat: "truetype" });
  fs.writeFileSync(target, bytes);
  log(`${target}: ${[...text].length} characters (ASCII + GB2312 + Big5 + report symbols), ${(bytes.length / 1048576).toFixed(1)} MB (${Date.now() - t} ms)`);
  return target;
}

module.exports = { subsetText, subsetFace };

if (require.main === module) {
  const out = path.resolve(process.argv[2] || "dist-fonts");
  (async () => {
    for (const weight of Object.keys(FACES)) await subsetFace(weight, out, console.log);
  })().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
