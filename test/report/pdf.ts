/**
 * What a reader of the PDF sees: its text per page (pdf.js, in a child process because pdfjs-dist
 * is ESM-only) and its rendering (poppler's pdftoppm, greyscale) to check that glyphs have ink.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Text items of each page. */
export function pdfText(pdf: Buffer): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "assess-pdftext-"));
  try {
    const file = join(dir, "in.pdf");
    writeFileSync(file, pdf);
    const r = spawnSync(process.execPath, [join(__dirname, "pdf-text.mjs"), file], { encoding: "utf8", maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`pdf-text.mjs failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as string[][];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether poppler's pdftoppm is installed. On CI (CI=true) its absence is a failure, not a skip. */
export function havePdftoppm(): boolean {
  const ok = spawnSync("pdftoppm", ["-v"], { encoding: "utf8" }).error === undefined;
  if (!ok && process.env.CI === "true") throw new Error("pdftoppm is missing: .ci/run installs poppler-utils");
  if (!ok) console.warn("SKIPPED rendering checks: pdftoppm (Debian poppler-utils) is not installed here");
  return ok;
}

export interface Gray {
  width: number;
  height: number;
  /** 0 = black … 255 = white, row by row. */
  pixels: Uint8Array;
}

/**
 * Render one page in greyscale with pdftoppm. `png` also writes a PNG beside (for looking at it).
 */
export function renderPage(pdf: Buffer, page: number, dpi: number, png?: string): Gray {
  const dir = mkdtempSync(join(tmpdir(), "assess-render-"));
  try {
    const file = join(dir, "in.pdf");
    writeFileSync(file, pdf);
    const args = ["-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile"];
    const r = spawnSync("pdftoppm", [...args, "-gray", file, join(dir, "page")], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
    if (png) spawnSync("pdftoppm", [...args, "-png", file, png.replace(/\.png$/, "")]);
    return parsePgm(readFileSync(join(dir, "page.pgm")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary PGM (P5, 8 bit). */
function parsePgm(b: Buffer): Gray {
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (b[i] === 0x23 || /\s/.test(String.fromCharCode(b[i]!))) {
      if (b[i] === 0x23) while (b[i] !== 0x0a) i++; // comment
      i++;
    }
    let s = "";
    while (!/\s/.test(String.fromCharCode(b[i]!))) s += String.fromCharCode(b[i++]!);
    fields.push(s);
  }
  if (fields[0] !== "P5" || fields[3] !== "255") throw new Error(`not an 8-bit PGM: ${fields.join(" ")}`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, pixels: new Uint8Array(b.buffer, b.byteOffset + i + 1, width * height) };
}

/** Dark pixels (below `level`) in a band of rows, given as fractions of the height. */
export function darkPixels(g: Gray, level = 100, from = 0, to = 1): number {
  let n = 0;
  const start = Math.floor(from * g.height) * g.width;
  const end = Math.floor(to * g.height) * g.width;
  for (let p = start; p < end; p++) if (g.pixels[p]! < level) n++;
  return n;
}
