/**
 * Fonts of the report: which characters the document uses, which font draws each of them, and
 * which characters no font has. A character the first font lacks is drawn with the next font that
 * has it (a fuller fallback); a character no font has is listed, noted at the end of the PDF and
 * returned to the caller — never a silent blank. Pure: the caller loads the font bytes (Node reads
 * the TTF file, the browser fetches it).
 */
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { format } from "../messages";
import type { Lang } from "../engine/types";
import { parseCmap, type CharMap } from "./cmap";
import { FAMILY } from "./style";

/** One font as TTF bytes (bold optional: the regular face is used for bold text then). */
export interface ReportFont {
  regular: Uint8Array;
  bold?: Uint8Array;
}

/** The pdfmake family name of the k-th font: the first is the document's own family. */
export function fontFamily(k: number): string {
  return k === 0 ? FAMILY : `${FAMILY}${k}`;
}

const maps = new WeakMap<Uint8Array, CharMap>();

/** The character map of a font's regular face, parsed once per byte array. */
export function charMapOf(font: ReportFont): CharMap {
  let m = maps.get(font.regular);
  if (!m) maps.set(font.regular, (m = parseCmap(font.regular)));
  return m;
}

/** Characters that need no glyph (spaces, line breaks, controls). */
function needsNoGlyph(cp: number): boolean {
  return cp < 0x21 || (cp >= 0x7f && cp < 0xa0) || cp === 0x200b || cp === 0xfeff;
}

/**
 * Every distinct character the document prints (its content, and its footer for page 1 of 1),
 * in order of first use.
 * @example textOf(doc).includes("优") // true
 */
export function textOf(doc: TDocumentDefinitions): string[] {
  const seen = new Set<string>();
  const visit = (s: string) => {
    for (const ch of s) seen.add(ch);
  };
  walkDoc(doc, (s) => (visit(s), s));
  return [...seen];
}

/**
 * The characters of the document a character map lacks.
 * @example missingChars(doc, parseCmap(subsetBytes)) // ["𠀀"]
 */
export function missingChars(doc: TDocumentDefinitions, map: CharMap): string[] {
  return textOf(doc).filter((ch) => !needsNoGlyph(ch.codePointAt(0)!) && !map.has(ch.codePointAt(0)!));
}

export interface FittedReport {
  doc: TDocumentDefinitions;
  /** Characters no font has, in order of first use. */
  missing: string[];
  /** Indexes of the fonts the document uses (the first font always). */
  used: number[];
}

/**
 * Give every character of the document a font that has it: runs of characters the first font
 * lacks go to the first fallback that has them. Characters no font has are returned and noted
 * at the end of the document (with their code points), in the report's language.
 * @example const { doc: fitted, missing } = fitFonts(doc, [subset, full], "zh-CN");
 */
export function fitFonts(doc: TDocumentDefinitions, fonts: readonly ReportFont[], lang: Lang): FittedReport {
  if (fonts.length === 0) throw new RangeError("fitFonts needs at least one font");
  const charMaps = fonts.map(charMapOf);
  const missing = new Set<string>();
  const used = new Set<number>([0]);
  const fontOf = (cp: number): number => {
    if (needsNoGlyph(cp)) return -1;
    for (let k = 0; k < charMaps.length; k++) if (charMaps[k]!.has(cp)) return k;
    return -2;
  };
  const split = (s: string): string | Content[] => {
    let plain = true;
    for (const ch of s) {
      const k = fontOf(ch.codePointAt(0)!);
      if (k === 0 || k === -1) continue;
      plain = false;
      if (k === -2) missing.add(ch);
      else used.add(k);
    }
    if (plain) return s;
    // Runs of one font; glyph-less characters join the current run, missing ones stay in the first font.
    const runs: { text: string; k: number }[] = [];
    for (const ch of s) {
      let k = fontOf(ch.codePointAt(0)!);
      if (k === -1) k = runs.length ? runs[runs.length - 1]!.k : 0;
      if (k === -2) k = 0;
      const last = runs[runs.length - 1];
      if (last && last.k === k) last.text += ch;
      else runs.push({ text: ch, k });
    }
    if (runs.length === 1 && runs[0]!.k === 0) return s;
    return runs.map((r) => (r.k === 0 ? { text: r.text } : { text: r.text, font: fontFamily(r.k) }));
  };
  const fitted = walkDoc(doc, split);
  const list = [...missing];
  if (list.length > 0) {
    const chars = list.map((ch) => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`).join(lang === "en-US" ? ", " : "、");
    fitted.content = [
      ...(Array.isArray(fitted.content) ? fitted.content : [fitted.content]),
      { text: format("report.missingGlyphs", lang, { chars }), color: "#9C0006", fontSize: 9, marginTop: 12 },
    ];
  }
  return { doc: fitted, missing: list, used: [...used].sort((a, b) => a - b) };
}

type TextFn = (s: string) => string | Content[];

/** A copy of the document with `fn` applied to every printed string (content, header, footer). */
function walkDoc(doc: TDocumentDefinitions, fn: TextFn): TDocumentDefinitions {
  const out: TDocumentDefinitions = { ...doc, content: node(doc.content, fn) as Content };
  for (const key of ["header", "footer"] as const) {
    const v = doc[key];
    if (typeof v === "function") {
      const f = v as (...a: unknown[]) => Content;
      node(f(1, 1, { width: 0, height: 0, orientation: "portrait" }), fn); // visit the characters once
      (out as unknown as Record<string, unknown>)[key] = (...a: unknown[]) => node(f(...a), fn);
    } else if (v !== undefined && v !== null) (out as unknown as Record<string, unknown>)[key] = node(v as Content, fn);
  }
  return out;
}

/** Apply `fn` to the printed strings of a content node (text, stack, columns, lists, table cells). */
function node(c: unknown, fn: TextFn): unknown {
  if (typeof c === "string") {
    const r = fn(c);
    return typeof r === "string" ? r : { text: r };
  }
  if (typeof c === "number") return c;
  if (Array.isArray(c)) return c.map((x) => node(x, fn));
  if (c === null || typeof c !== "object") return c;
  const o = { ...(c as Record<string, unknown>) };
  if (o.text !== undefined) o.text = inline(o.text, fn);
  for (const k of ["stack", "columns", "ul", "ol"]) if (Array.isArray(o[k])) o[k] = (o[k] as unknown[]).map((x) => node(x, fn));
  const table = o.table as { body?: unknown[][] } | undefined;
  if (table && Array.isArray(table.body)) o.table = { ...table, body: table.body.map((row) => row.map((cell) => node(cell, fn))) };
  return o;
}

/** The `text` of a node: a string, a number, or an array of strings and inline nodes. */
function inline(t: unknown, fn: TextFn): unknown {
  if (typeof t === "string") return fn(t);
  if (Array.isArray(t)) return t.flatMap((x) => (typeof x === "string" ? toArray(fn(x)) : [node(x, fn)]));
  if (t !== null && typeof t === "object") return node(t, fn);
  return t;
}

function toArray(r: string | Content[]): Content[] {
  return typeof r === "string" ? [r] : r;
}
