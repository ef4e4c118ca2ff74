/**
 * An .xlsx/.xlsm package held for patching: its zip entries in their original order, of which
 * only the parts Assess changes are decoded and rewritten; every other entry is copied raw when the
 * package is written back. Also the package's structure the patcher needs — the workbook part, its
 * sheets (name, part, tab position, state) and relationships, and [Content_Types].xml — with the
 * producers' quirks: absolute relationship targets (openpyxl), prefixed elements (`<x:sheet>`),
 * parts named with other letter case. Browser-safe.
 */
import { DEFAULT_LIMITS } from "./limits";
import { relsPathOf, resolveTarget } from "./rels";
import { attrLocal, attrs, escapeXml, rootPrefix } from "./xml-text";
import { openZip, type InflateRaw, type ZipArchive } from "./zip";
import { writeZip, type ZipOut, type ZipWriteCodec } from "./zip-write";

/**
 * The namespaces new parts are written in: a package's own. Excel's usual files (and every other
 * producer's) are ECMA-376 Transitional; Excel's "Strict Open XML Spreadsheet" writes ISO/IEC 29500
 * Strict, with other namespace names for the spreadsheet elements and for relationships. A sheet
 * added to a Strict workbook in Transitional names, or an `r:id` in the other namespace, is a part
 * Excel may drop as unreadable.
 */
export interface PartNamespaces {
  /** The spreadsheet elements' namespace (`<worksheet xmlns=…>`, `<styleSheet xmlns=…>`). */
  main: string;
  /** The relationships namespace: of `r:id`, and the start of each relationship type. */
  rel: string;
}

export const TRANSITIONAL: PartNamespaces = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};

export const STRICT: PartNamespaces = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};

const REL_OFFICE_DOC = `${TRANSITIONAL.rel}/officeDocument`;
const REL_OFFICE_DOC_STRICT = `${STRICT.rel}/officeDocument`;
export const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** A sheet of the workbook, as workbook.xml and its relationships name it. */
export interface PackageSheet {
  name: string;
  /** Zip entry of the sheet's part (`xl/worksheets/sheet1.xml`); "" for a chart sheet or a missing part. */
  part: string;
  sheetId: number;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** 0-based tab position. */
  index: number;
}

interface Entry {
  /** The entry of the archive it was read from, while unchanged (copied raw on writing). */
  zipName?: string;
  data?: Uint8Array;
  text?: string;
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The resolved part (for internal targets). */
  part: string;
  external: boolean;
}

/** How a package is read and written: the limit per part, and the host's native codecs where it has them. */
export interface PackageOptions extends ZipWriteCodec {
  /** Bytes any one part may inflate to (the reader's limit; DEFAULT_LIMITS otherwise). */
  maxPartBytes?: number;
  /** The host's inflater, when the package is opened from bytes (an opened archive has its own). */
  inflateRaw?: InflateRaw;
}

export class XlsxPackage {
  private readonly entries = new Map<string, Entry>();
  /** Lower-cased name → actual name, for producers that spell part names in another case. */
  private readonly folded = new Map<string, string>();

  private readonly maxPartBytes: number;
  /** The package's own namespaces, found once: adding parts never changes them. */
  private ns: PartNamespaces | undefined;

  private constructor(
    private readonly zip: ZipArchive,
    private readonly opts: PackageOptions,
  ) {
    this.maxPartBytes = opts.maxPartBytes ?? DEFAULT_LIMITS.maxPartBytes;
    for (const e of zip.entries) {
      // A name the directory lists twice: the first entry is the package's (as the reader reads it).
      if (this.entries.has(e.name)) continue;
      // The local header must be where the directory says: checked now, not when writing.
      zip.rawEntry(e.name);
      this.add(e.name, { zipName: e.name });
    }
  }

  /**
   * Open a package from its bytes.
   * @throws PackageError NOT_ZIP, CORRUPT (map it with `toWorkbookError`).
   */
  static fromBytes(bytes: Uint8Array, opts: PackageOptions = {}): XlsxPackage {
    return XlsxPackage.fromZip(openZip(bytes, opts.inflateRaw ? { inflateRaw: opts.inflateRaw } : {}), opts);
  }

  /** A package over an archive already opened (by the reader): nothing is read twice. */
  static fromZip(zip: ZipArchive, opts: PackageOptions = {}): XlsxPackage {
    return new XlsxPackage(zip, opts);
  }

  private add(name: string, e: Entry): void {
    this.entries.set(name, e);
    this.folded.set(name.toLowerCase(), name);
  }

  /** The actual entry name of a part (case-insensitive, as OPC says), or undefined. */
  find(part: string): string | undefined {
    const p = part.replace(/^\//, "");
    return this.entries.has(p) ? p : this.folded.get(p.toLowerCase());
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  /** Entry names in package order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The bytes of a part, inflated. */
  bytes(part: string): Uint8Array | undefined {
    const name = this.find(part);
    const e = name === undefined ? undefined : this.entries.get(name);
    if (!e) return undefined;
    if (e.text !== undefined) return encoder.encode(e.text);
    if (e.data) return e.data;
    return this.zip.entryBytes(e.zipName as string, this.maxPartBytes);
  }

  /** The text of a part (UTF-8; a BOM is dropped), or undefined when the package has none. */
  text(part: string): string | undefined {
    const name = this.find(part);
    const e = name === undefined ? undefined : this.entries.get(name);
    if (!e) return undefined;
    if (e.text === undefined) {
      const s = decoder.decode(e.data ?? this.zip.entryBytes(e.zipName as string, this.maxPartBytes));
      e.text = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
    }
    return e.text;
  }

  /** Set a part's text: an existing part keeps its place in the zip, a new one is appended. */
  setText(part: string, text: string): void {
    const name = this.find(part) ?? part.replace(/^\//, "");
    const e = this.entries.get(name);
    if (e) {
      if (e.zipName !== undefined && e.text === text && !e.data) return;
      delete e.zipName;
      delete e.data;
      e.text = text;
    } else this.add(name, { text });
  }

  /**
   * Set a part's bytes (UTF-8 XML written piece by piece, utf8-sink.ts: a large sheet never becomes
   * one string). An unchanged part stays as it was read, to be copied raw.
   */
  setBytes(part: string, bytes: Uint8Array): void {
    const name = this.find(part) ?? part.replace(/^\//, "");
    const e = this.entries.get(name);
    if (!e) {
      this.add(name, { data: bytes });
      return;
    }
    if (e.zipName !== undefined && !e.data && this.zip.entry(e.zipName)?.size === bytes.length && sameBytes(this.zip.entryBytes(e.zipName, this.maxPartBytes), bytes)) return;
    delete e.zipName;
    delete e.text;
    e.data = bytes;
  }

  /** Remove a part. */
  remove(part: string): void {
    const name = this.find(part);
    if (name === undefined) return;
    this.entries.delete(name);
    this.folded.delete(name.toLowerCase());
  }

  /** Names of the parts that will be written anew (changed or added). */
  changed(): string[] {
    return [...this.entries].filter(([, e]) => e.zipName === undefined).map(([n]) => n);
  }

  /** The package as zip bytes: unchanged entries copied raw, in their original order. */
  toBytes(): Uint8Array {
    const out: ZipOut[] = [];
    for (const [name, e] of this.entries) {
      if (e.zipName !== undefined) out.push({ raw: this.zip.rawEntry(e.zipName) });
      else {
        const data = e.data;
        const text = e.text ?? "";
        out.push({ name, data: data ?? (() => encoder.encode(text)) });
      }
    }
    return writeZip(out, this.opts);
  }

  // ── structure ──────────────────────────────────────────────────────────────────────────

  /** The relationships of a part (from its .rels part; none when missing). */
  relationships(source: string): Relationship[] {
    const xml = this.text(relsPathOf(source));
    if (xml === undefined) return [];
    const out: Relationship[] = [];
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
      const a = attrs(m[0]);
      const external = a.TargetMode === "External";
      const target = a.Target ?? "";
      out.push({ id: a.Id ?? "", type: a.Type ?? "", target, external, part: external ? "" : resolveTarget(source, target) });
    }
    return out;
  }

  /** Add a relationship to a part's .rels (created when missing); returns its new id. */
  addRelationship(source: string, type: string, target: string): string {
    const relsPart = relsPathOf(source);
    const xml =
      this.text(relsPart) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const taken = new Set(this.relationships(source).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const p = rootPrefix(xml, "Relationships");
    const rel = `<${p}Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
    this.setText(relsPart, insertBeforeClose(xml, `${p}Relationships`, rel));
    return id;
  }

  /** The namespaces of the package's own parts: Strict's when its workbook is Strict, else Transitional's. */
  namespaces(): PartNamespaces {
    if (this.ns) return this.ns;
    if (this.relationships("").some((r) => r.type === REL_OFFICE_DOC_STRICT)) return (this.ns = STRICT);
    const root = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(this.text(this.workbookPart()) ?? "")?.[0] ?? "";
    return (this.ns = root.includes(`"${STRICT.main}"`) ? STRICT : TRANSITIONAL);
  }

  /** The workbook part (`xl/workbook.xml`), from the package relationships. */
  workbookPart(): string {
    const rel = this.relationships("").find((r) => r.type === REL_OFFICE_DOC || r.type === REL_OFFICE_DOC_STRICT);
    if (rel && this.has(rel.part)) return this.find(rel.part) as string;
    return this.find("xl/workbook.xml") ?? "xl/workbook.xml";
  }

  /** The sheets in tab order. */
  sheets(): PackageSheet[] {
    const wbPart = this.workbookPart();
    const xml = this.text(wbPart) ?? "";
    const rels = new Map(this.relationships(wbPart).map((r) => [r.id, r]));
    const sheetsBlock = /<(?:[\w.-]+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?sheets>/.exec(xml)?.[1] ?? "";
    const out: PackageSheet[] = [];
    for (const m of sheetsBlock.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
      const a = attrs(m[0]);
      const relId = attrLocal(a, "id") ?? "";
      const rel = rels.get(relId);
      const part = rel && rel.type.endsWith("/worksheet") ? (this.find(rel.part) ?? "") : "";
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      out.push({ name: a.name ?? "", part, sheetId: Number(a.sheetId ?? 0), relId, state, index: out.length });
    }
    return out;
  }

  /** The part a relationship of the workbook of this type points to (styles, sharedStrings). */
  workbookRelPart(type: string): string | undefined {
    const wbPart = this.workbookPart();
    const rel = this.relationships(wbPart).find((r) => r.type === type || r.type.endsWith(type.slice(type.lastIndexOf("/"))));
    return rel && !rel.external ? (this.find(rel.part) ?? rel.part) : undefined;
  }

  /** Declare a part's content type in [Content_Types].xml (an Override), unless it already is. */
  setContentType(part: string, contentType: string): void {
    const name = "[Content_Types].xml";
    const xml = this.text(name) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>`;
    const partName = `/${part}`;
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)) {
      if ((attrs(m[0]).PartName ?? "").toLowerCase() === partName.toLowerCase()) return;
    }
    const p = rootPrefix(xml, "Types");
    this.setText(name, insertBeforeClose(xml, `${p}Types`, `<${p}Override PartName="${escapeXml(partName)}" ContentType="${contentType}"/>`));
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Insert `content` just before the closing tag of the (last) element named `qname`; expands `<x/>`. */
export function insertBeforeClose(xml: string, qname: string, content: string): string {
  const close = `</${qname}>`;
  const i = xml.lastIndexOf(close);
  if (i >= 0) return xml.slice(0, i) + content + xml.slice(i);
  const selfClosing = new RegExp(`<${qname.replace(/[.]/g, "\\.")}(\\b[^>]*?)\\s*/>`);
  const m = selfClosing.exec(xml);
  if (!m) throw new Error(`no <${qname}> element to insert into`);
  return xml.slice(0, m.index) + `<${qname}${m[1]}>${content}${close}` + xml.slice(m.index + m[0].length);
}
