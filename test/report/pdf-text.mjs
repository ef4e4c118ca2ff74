// Prints the text of a PDF as JSON: one array of text items per page (pdf.js legacy build, Node).
// A separate process because pdfjs-dist is ESM-only and jest runs the tests as CommonJS.
import { readFileSync } from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const content = await page.getTextContent();
  pages.push(content.items.map((it) => ("str" in it ? it.str : "")).filter((s) => s !== ""));
}
process.stdout.write(JSON.stringify(pages));
