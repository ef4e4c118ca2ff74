/**
 * Relationships (`_rels/*.rels`): which part a relationship id points to. Targets are relative to
 * the source part's folder (`worksheets/sheet1.xml`, as Excel writes) or absolute from the package
 * root (`/xl/worksheets/sheet1.xml`, as openpyxl writes); external targets are kept as they are.
 */
import { XmlScanner, attrs } from "./xml";

/** One relationship: its type's last segment (`worksheet`, `table`, `officeDocument`…) and target. */
export interface Relationship {
  id: string;
  /** The last path segment of the Type URI, e.g. "worksheet". */
  type: string;
  /** The target part's zip path (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

/**
 * The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
 * @example relsPathOf("xl/worksheets/sheet1.xml") // "xl/worksheets/_rels/sheet1.xml.rels"
 */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Resolve a relationship target against its source part.
 * @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 * @example resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 * @example resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml") // "xl/tables/table1.xml"
 */
export function resolveTarget(source: string, target: string): string {
  let t = target.replace(/\\/g, "/");
  try {
    t = decodeURIComponent(t);
  } catch {
    // a stray % stays as it is
  }
  const base = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/**
 * Parse a rels part's text.
 * @example parseRels('<Relationships><Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/></Relationships>', "xl/workbook.xml")
 * // [{ id: "rId1", type: "worksheet", target: "xl/worksheets/sheet1.xml", external: false }]
 */
export function parseRels(text: string, source: string): Relationship[] {
  const out: Relationship[] = [];
  const scanner = new XmlScanner({
    wantText: false,
    open(name, src, from, to) {
      if (name !== "Relationship") return;
      const a = attrs(src, from, to);
      if (a.Id === undefined || a.Target === undefined) return;
      const external = (a.TargetMode ?? "").toLowerCase() === "external";
      const type = (a.Type ?? "").split("/").pop() ?? "";
      out.push({ id: a.Id, type, target: external ? a.Target : resolveTarget(source, a.Target), external });
    },
    close() {},
    text() {},
  });
  scanner.push(text, true);
  return out;
}
