/**
 * The PDF report in the browser (task pane, standalone page): the same document as the command
 * line's, rendered by pdfmake's browser build with Noto Sans SC fetched from the add-in's own
 * server — or, in the single-file offline page, read from the page itself (inline-font.ts). This
 * module and the font load only when the reviewer exports (a separate chunk).
 */
import pdfmake from "pdfmake/build/pdfmake";
import type { Evaluation } from "../engine/check/evaluate";
import { renderBulletin, type BulletinOptions } from "./bulletin";
import { buildReport, type ReportOptions } from "./document";
import { fitFonts, fontFamily, type ReportFont } from "./fonts";
import { inlineFont } from "./inline-font";

/** Where the build puts the font (webpack.config.js copies it from the npm package). */
export const FONT_URL = "fonts/NotoSansSC-Regular.ttf";

let font: Promise<ReportFont> | undefined;

function loadFont(url: string): Promise<ReportFont> {
  if (!font) {
    const inline = inlineFont();
    if (inline) font = Promise.resolve({ regular: inline });
  }
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
  const render = await renderer(fontUrl, opts.lang);
  const out = await render(buildReport(ev, opts));
  return { blob: out.blob, missing: out.missing };
}

/**
 * The one-page bulletin (通报) of a period, as `assess report --period` makes it: rendered, its
 * pages counted and the type stepped down until it fits (bulletin.ts). `fits` is false when even
 * the smallest type needs a second page (the bulletin then says so).
 * @example const { blob, fits } = await exportBulletinPdf(march.ev, { period: "2026年3月", date: "2026-04-02", lang: "zh-CN", previous })
 */
export async function exportBulletinPdf(ev: Evaluation, opts: BulletinOptions, fontUrl = FONT_URL): Promise<{ blob: Blob; missing: string[]; pages: number; fits: boolean }> {
  const render = await renderer(fontUrl, opts.lang);
  const missing = new Set<string>();
  const made = await renderBulletin(ev, opts, async (doc) => {
    const out = await render(doc);
    out.missing.forEach((ch) => missing.add(ch));
    return { result: out.blob, pages: pageCountOf(new Uint8Array(await out.blob.arrayBuffer())) };
  });
  return { blob: made.result, missing: [...missing], pages: made.pages, fits: made.fits };
}

/** A function rendering a document with the add-in's font (loaded once). */
async function renderer(fontUrl: string, lang: ReportOptions["lang"]) {
  const fonts = [await loadFont(fontUrl)];
  const pm = pdfmake as unknown as BrowserPdfMake;
  const name = "assess-font-0-regular.ttf";
  pm.addVirtualFileSystem({ [name]: { data: fonts[0]!.regular } });
  pm.setFonts({ [fontFamily(0)]: { normal: name, bold: name, italics: name, bolditalics: name } });
  return async (doc: Parameters<typeof fitFonts>[0]) => {
    const fitted = fitFonts(doc, fonts, lang);
    return { blob: await pm.createPdf(fitted.doc).getBlob(), missing: fitted.missing };
  };
}

/** Pages of a PDF made by pdfmake (its page objects; as render-node's `pageCount`, without Buffer). */
export function pageCountOf(pdf: Uint8Array): number {
  let text = "";
  for (let i = 0; i < pdf.length; i += 0x8000) text += String.fromCharCode(...pdf.subarray(i, i + 0x8000));
  return (text.match(/\/Type \/Page(?![s\w])/g) ?? []).length;
}

/** The title and period rule the CLI uses too (loaded with this chunk, never in the pane's first bundle). */
export { periodOf, reportTitle } from "./title";
