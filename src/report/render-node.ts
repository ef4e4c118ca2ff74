/**
 * Rendering the report in Node (the CLI and the bench): the fonts read from the installed
 * Noto Sans SC package, the PDF made by pdfmake's server build. Nothing is fetched from a network
 * and nothing is read from disk but the font files.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { fontFamily, type ReportFont } from "./fonts";

/** Noto Sans SC (SIL OFL 1.1) static TTFs: one file covers GB2312 and Traditional forms (優秀 較差). */
export function notoSansScPaths(): { regular: string; bold: string } {
  // Resolved at run time from this file's place (in the command's bundle too, which a bundler's own
  // require.resolve would turn into a module number).
  const dir = dirname(createRequire(__filename).resolve("@expo-google-fonts/noto-sans-sc/package.json"));
  return { regular: join(dir, "400Regular", "NotoSansSC_400Regular.ttf"), bold: join(dir, "700Bold", "NotoSansSC_700Bold.ttf") };
}

const cache = new Map<string, Promise<Uint8Array>>();

/** Read a font file once per process. */
function readFont(path: string): Promise<Uint8Array> {
  let p = cache.get(path);
  if (!p) {
    p = readFile(path).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    p.catch(() => cache.delete(path));
    cache.set(path, p);
  }
  return p;
}

/**
 * The fonts the CLI embeds: the full Noto Sans SC (pdfkit embeds only the glyphs used, so the PDF
 * stays small). Extra TTF paths (e.g. a system font) are fallbacks for characters it lacks.
 * @throws the file system's error when a font file cannot be read (the CLI reports it)
 */
export async function loadNodeFonts(extra: readonly string[] = []): Promise<ReportFont[]> {
  const { regular, bold } = notoSansScPaths();
  const [r, b, ...more] = await Promise.all([readFont(regular), readFont(bold), ...extra.map(readFont)]);
  return [{ regular: r!, bold: b! }, ...more.map((m) => ({ regular: m }))];
}

interface VirtualFs {
  writeFileSync(name: string, content: Buffer): void;
}

/**
 * Render a document definition to PDF bytes. `fonts[k]` is registered as family `fontFamily(k)`.
 * @example const pdf = await renderPdf(fitted.doc, fonts); writeFileSync("out.pdf", pdf);
 */
export async function renderPdf(doc: TDocumentDefinitions, fonts: readonly ReportFont[]): Promise<Buffer> {
  const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
  const families: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }> = {};
  fonts.forEach((f, k) => {
    const regular = `assess-font-${k}-regular.ttf`;
    const bold = f.bold ? `assess-font-${k}-bold.ttf` : regular;
    vfs.writeFileSync(regular, toBuffer(f.regular));
    if (f.bold) vfs.writeFileSync(bold, toBuffer(f.bold));
    families[fontFamily(k)] = { normal: regular, bold, italics: regular, bolditalics: bold };
  });
  pdfmake.setFonts(families);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  return pdfmake.createPdf(doc).getBuffer() as Promise<Buffer>;
}

function toBuffer(u: Uint8Array): Buffer {
  return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

/**
 * The number of pages of a PDF pdfkit wrote (its page objects are not compressed).
 * @example pageCount(await renderPdf(doc, fonts)) // 3
 */
export function pageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  return (text.match(/\/Type \/Page(?![s\w])/g) ?? []).length;
}
