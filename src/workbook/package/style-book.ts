/**
 * Cell styles Assess needs (bold headers, fills of the lights, thin borders, text format) added to
 * the package's styles part: fonts, fills, borders and cell formats are APPENDED — existing ones are
 * never reordered, so every s= of the user's cells keeps its meaning — and a style already there in
 * exactly the form Assess writes it is reused, so applying twice adds nothing the second time.
 * A package without a styles part gets a minimal one.
 */
import { CT_STYLES, XlsxPackage, type PartNamespaces } from "./package";
import { attrs, escapeXml, rootPrefix } from "./xml-text";

/** A font relative to the workbook's default font. */
export interface FontSpec {
  bold?: boolean;
  size?: number;
  /** ARGB, e.g. FF006100. */
  color?: string;
}

/** A cell format: what Assess sets on a cell. */
export interface StyleSpec {
  font?: FontSpec;
  /** Solid fill, ARGB. */
  fill?: string;
  /** Thin borders on every side, ARGB colour. */
  border?: string;
  /** A built-in number format (49 = text "@"). */
  numFmtId?: number;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
}

const minimalStyles = (ns: PartNamespaces) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${ns.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The order of styleSheet's children (ECMA-376 §18.8.39), to place a section that is missing. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** The styles part of a package, being added to. Call {@link save} when done. */
export class StyleBook {
  private xml: string;
  private readonly p: string;
  private readonly part: string;
  private readonly cache = new Map<string, number>();
  private dirty = false;

  constructor(private readonly pkg: XlsxPackage) {
    const ns = pkg.namespaces();
    const part = pkg.workbookRelPart(`${ns.rel}/styles`);
    const text = part === undefined ? undefined : pkg.text(part);
    if (part !== undefined && text !== undefined) {
      this.part = part;
      this.xml = text;
    } else {
      this.part = part ?? "xl/styles.xml";
      this.xml = minimalStyles(ns);
      this.dirty = true;
      if (part === undefined) {
        const wb = pkg.workbookPart();
        const dir = wb.slice(0, wb.lastIndexOf("/") + 1);
        pkg.addRelationship(wb, `${ns.rel}/styles`, this.part.startsWith(dir) ? this.part.slice(dir.length) : `/${this.part}`);
      }
      pkg.setContentType(this.part, CT_STYLES);
    }
    this.p = rootPrefix(this.xml, "styleSheet");
  }

  /** The index (s=) of a cell format, added when the workbook has no identical one. */
  xf(spec: StyleSpec): number {
    const key = JSON.stringify(spec);
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const fontId = spec.font ? this.child("fonts", "font", this.fontXml(spec.font)) : 0;
    const fillId = spec.fill ? this.child("fills", "fill", this.fillXml(spec.fill)) : 0;
    const borderId = spec.border ? this.child("borders", "border", this.borderXml(spec.border)) : 0;
    const numFmtId = spec.numFmtId ?? 0;
    const p = this.p;
    const align =
      spec.horizontal || spec.vertical
        ? `<${p}alignment${spec.horizontal ? ` horizontal="${spec.horizontal}"` : ""}${spec.vertical ? ` vertical="${spec.vertical === "middle" ? "center" : spec.vertical}"` : ""}/>`
        : "";
    const applies = [numFmtId ? ' applyNumberFormat="1"' : "", spec.font ? ' applyFont="1"' : "", spec.fill ? ' applyFill="1"' : "", spec.border ? ' applyBorder="1"' : "", align ? ' applyAlignment="1"' : ""].join("");
    const head = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    const id = this.child("cellXfs", "xf", align ? `${head}>${align}</${p}xf>` : `${head}/>`);
    this.cache.set(key, id);
    return id;
  }

  /** Write the styles part back when anything was added. */
  save(): void {
    if (this.dirty) this.pkg.setText(this.part, this.xml);
  }

  private fontXml(f: FontSpec): string {
    const p = this.p;
    const base = /<(?:[\w.-]+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?font>)/.exec(this.section("fonts") ?? "")?.[1] ?? "";
    const val = (local: string) => {
      const m = new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>`).exec(base);
      return m ? attrs(m[0]).val : undefined;
    };
    const size = f.size ?? Number(val("sz") ?? 11);
    const name = val("name") ?? "Calibri";
    const family = val("family");
    const charset = val("charset");
    const scheme = f.size === undefined ? val("scheme") : undefined;
    return (
      `<${p}font>${f.bold ? `<${p}b/>` : ""}<${p}sz val="${size}"/>${f.color ? `<${p}color rgb="${f.color}"/>` : ""}<${p}name val="${escapeXml(name)}"/>` +
      `${family ? `<${p}family val="${family}"/>` : ""}${charset ? `<${p}charset val="${charset}"/>` : ""}${scheme ? `<${p}scheme val="${scheme}"/>` : ""}</${p}font>`
    );
  }

  private fillXml(argb: string): string {
    const p = this.p;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  private borderXml(argb: string): string {
    const p = this.p;
    const side = (s: string) => `<${p}${s} style="thin"><${p}color rgb="${argb}"/></${p}${s}>`;
    return `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
  }

  private sectionRe(name: string): RegExp {
    const q = `${this.p}${name}`;
    return new RegExp(`<${q}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${q}>)`);
  }

  /** The inner XML of a section, or undefined when the styles part has none. */
  private section(name: string): string | undefined {
    const m = this.sectionRe(name).exec(this.xml);
    return m ? (m[2] ?? "") : undefined;
  }

  /** The index of `xml` among a section's children: an identical child, or appended. */
  private child(section: string, element: string, xml: string): number {
    const p = this.p;
    let inner = this.section(section);
    if (inner === undefined) {
      this.insertSection(section);
      inner = "";
    }
    const children = [...inner.matchAll(new RegExp(`<${p}${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${element}>)`, "g"))].map((m) => m[0]);
    const same = children.indexOf(xml);
    if (same >= 0) return same;
    const next = `${inner}${xml}`;
    this.xml = this.xml.replace(this.sectionRe(section), (_all, a: string) => `<${p}${section}${setCount(a, children.length + 1)}>${next}</${p}${section}>`);
    this.dirty = true;
    return children.length;
  }

  private insertSection(section: string): void {
    const p = this.p;
    const empty = `<${p}${section} count="0"></${p}${section}>`;
    const after = ORDER.slice(ORDER.indexOf(section) + 1);
    for (const name of after) {
      const m = new RegExp(`<${p}${name}\\b`).exec(this.xml);
      if (m) {
        this.xml = this.xml.slice(0, m.index) + empty + this.xml.slice(m.index);
        return;
      }
    }
    const close = `</${p}styleSheet>`;
    const i = this.xml.lastIndexOf(close);
    this.xml = this.xml.slice(0, i) + empty + this.xml.slice(i);
  }
}

/** A start tag's attributes with count="n" (added or replaced). */
function setCount(attrText: string, n: number): string {
  return /\scount\s*=/.test(attrText) ? attrText.replace(/(\scount\s*=\s*)(["'])\d*\2/, `$1"${n}"`) : `${attrText} count="${n}"`;
}
