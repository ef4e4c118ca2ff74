/**
 * The PDF report in the browser (task pane, standalone page): the same document as the command
 * line's, rendered by pdfmake's browser build with Noto Sans SC fetched from the add-in's own
 * server. This module and the font load only when the reviewer exports (a separate chunk).
 */
import pdfmake from "pdfmake/build/pdfmake";
import type { Evaluation } from "../engine/evaluate";
import { buildReport, type ReportOptions } from "./document";
import { fitFonts, fontFamily, type ReportFont } from "./fonts";

/** Where the build puts the font (webpack.config.js copies it from the npm package). */
export const FONT_URL = "fonts/NotoSansSC-Regular.ttf";

let font: Promise<ReportFont> | undefined;

function loadFont(url: string): Promise<ReportFont> {
  font ??= fetch(url).then(async (r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return { regular: new Uint8Array(await r.arrayBuffer()) };
  });
  font.catch(() => (font = undefined));
  return font;
}

interface BrowserPdfMake {
  addVirtualFileSystem(vfs: Record<string, { data: Uint8Array; encoding?: string }>): void;
  setFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
  createPdf(doc: unknown): { getBlob(): Promise<Blob> };
}

/**
 * Build and render the report. `missing` lists characters no font could draw (also noted in the PDF).
 * @example const { blob } = await exportPdf(ev, { parts: ["board"], title: "九原区", date: "2026-04-08", orientation: "landscape", lang: "zh-CN" });
 */
export async function exportPdf(ev: Evaluation, opts: ReportOptions, fontUrl = FONT_URL): Promise<{ blob: Blob; missing: string[] }> {
  const fonts = [await loadFont(fontUrl)];
  const fitted = fitFonts(buildReport(ev, opts), fonts, opts.lang);
  const pm = pdfmake as unknown as BrowserPdfMake;
  const name = "assess-font-0-regular.ttf";
  pm.addVirtualFileSystem({ [name]: { data: fonts[0]!.regular } });
  pm.setFonts({ [fontFamily(0)]: { normal: name, bold: name, italics: name, bolditalics: name } });
  return { blob: await pm.createPdf(fitted.doc).getBlob(), missing: fitted.missing };
}
