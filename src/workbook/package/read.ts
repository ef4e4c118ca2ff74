/**
 * The .xlsx/.xlsm reader: a package opened from its bytes, its sheet list read at once (workbook
 * part and relationships only), and each sheet's grid parsed when asked for, streaming, within
 * limits. Only the parts the product needs are ever inflated: workbook.xml, the relationships,
 * sharedStrings, styles, the sheet asked for and its tables. Charts, drawings, pivot caches,
 * images, comments, VBA and custom XML are never opened. Pure (no Node): the CLI and the
 * standalone page share it.
 */
import type { GridTable, SheetGrid } from "../grid";
import { PackageError } from "./errors";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";
import { parseRels, relsPathOf, type Relationship } from "./rels";
import { SharedStringsReader } from "./shared-strings";
import { SheetReader, parseRef } from "./sheet";
import { styleKinds, type StyleKinds } from "./styles";
import { parseWorkbook } from "./workbook-part";
import { XmlScanner, attrs, textFeed } from "./xml";
import { openZip, type InflateRaw, type ZipArchive } from "./zip";

export { DEFAULT_LIMITS, type ReadLimits } from "./limits";

/** A sheet of the workbook, in tab order. */
export interface SheetEntry {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** A worksheet has cells; a chartsheet or dialog sheet gives an empty grid. */
  kind: "worksheet" | "chartsheet" | "other";
  /** Its part in the zip, or null when the relationship is missing. */
  part: string | null;
}

/** An opened package. */
export interface WorkbookPackage {
  readonly zip: ZipArchive;
  /** The workbook part (normally `xl/workbook.xml`). */
  readonly workbookPart: string;
  /** Sheets in tab order. */
  readonly sheets: readonly SheetEntry[];
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
  readonly limits: Readonly<ReadLimits>;
  /**
   * One sheet's grid, parsed on first call (then kept).
   * @throws PackageError TOO_LARGE past a limit, CORRUPT for a damaged part; RangeError for a name
   * that is not a sheet of the workbook.
   */
  grid(name: string): SheetGrid;
  /** Every sheet's grid, in tab order. */
  grids(): SheetGrid[];
}

/** Options of {@link openPackage}. */
export interface OpenPackageOptions {
  limits?: Partial<ReadLimits>;
  /** The host's native inflater (Node's zlib) for parts up to 64 MiB; fflate otherwise. */
  inflateRaw?: InflateRaw;
}

const textOf = (bytes: Uint8Array) => new TextDecoder(bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : "utf-8").decode(bytes);

/**
 * Open a workbook package from its bytes: reads the zip directory, the package relationships,
 * workbook.xml and its relationships. No sheet is parsed until {@link WorkbookPackage.grid}.
 * @throws PackageError NOT_ZIP, CORRUPT, UNSUPPORTED, NO_WORKBOOK (see errors.ts; hosts map them
 * with `toWorkbookError`).
 * @example
 * const pkg = openPackage(bytes);
 * pkg.sheets.map((s) => s.name) // ["考核结果", "考核方案"]
 * pkg.grid("考核结果").cells[1] // ["第1组", "单位1", 87.5, …]
 */
export function openPackage(bytes: Uint8Array, opts: OpenPackageOptions = {}): WorkbookPackage {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const zip = openZip(bytes, opts.inflateRaw ? { inflateRaw: opts.inflateRaw } : {});
  const partText = (name: string) => textOf(zip.entryBytes(name, limits.maxPartBytes));
  const relsOf = (part: string): Relationship[] => {
    const p = relsPathOf(part);
    return zip.has(p) ? parseRels(partText(p), part) : [];
  };

  const rootRel = relsOf("").find((r) => r.type === "officeDocument" && !r.external);
  const workbookPart = rootRel && zip.has(rootRel.target) ? rootRel.target : zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
  if (!workbookPart) throw new PackageError("NO_WORKBOOK", "no workbook part (xl/workbook.xml)");
  const wb = parseWorkbook(partText(workbookPart));
  const wbRels = relsOf(workbookPart);
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = wb.sheets.map((s) => {
    const rel = relById.get(s.rel);
    const part = rel && !rel.external && zip.has(rel.target) ? zip.entry(rel.target)!.name : null;
    const kind = rel?.type === "worksheet" ? "worksheet" : rel?.type === "chartsheet" ? "chartsheet" : "other";
    return { name: s.name, state: s.state, kind, part };
  });

  let strings: string[] | null = null;
  const sharedStrings = (): string[] => {
    if (strings) return strings;
    const rel = wbRels.find((r) => r.type === "sharedStrings" && !r.external);
    const part = rel && zip.has(rel.target) ? rel.target : null;
    const reader = new SharedStringsReader();
    if (part) {
      const feed = textFeed(new XmlScanner(reader));
      zip.entryChunks(part, limits.maxPartBytes, (c) => feed.chunk(c));
      feed.end();
    }
    return (strings = reader.strings);
  };
  let kinds: StyleKinds | null = null;
  const styles = (): StyleKinds => {
    if (kinds) return kinds;
    const rel = wbRels.find((r) => r.type === "styles" && !r.external);
    return (kinds = rel && zip.has(rel.target) ? styleKinds(partText(rel.target)) : { dates: [], percents: [] });
  };

  const tablesOf = (part: string, ids: string[]): GridTable[] => {
    if (ids.length === 0) return [];
    const rels = new Map(relsOf(part).map((r) => [r.id, r]));
    const out: GridTable[] = [];
    for (const id of ids) {
      const rel = rels.get(id);
      if (!rel || rel.external || !zip.has(rel.target)) continue;
      const t = parseTable(partText(rel.target));
      if (t) out.push(t);
    }
    return out;
  };

  const cache = new Map<string, SheetGrid>();
  const grid = (name: string): SheetGrid => {
    const cached = cache.get(name);
    if (cached) return cached;
    const entry = sheets.find((s) => s.name === name);
    if (!entry) throw new RangeError(`no sheet named ${JSON.stringify(name)}; the workbook has ${sheets.map((s) => s.name).join(", ")}`);
    const hidden = entry.state !== "visible";
    let g: SheetGrid;
    if (entry.kind !== "worksheet" || entry.part === null) {
      g = { name, cells: [], merges: [], hiddenRows: new Set(), hiddenCols: new Set(), tables: [], ...(hidden ? { hidden } : {}) };
    } else {
      const reader = new SheetReader({ strings: sharedStrings(), ...styles(), date1904: wb.date1904, maxRows: limits.maxRows, part: entry.part });
      zip.entryChunks(entry.part, limits.maxPartBytes, (c) => reader.push(c));
      reader.end();
      const c = reader.result();
      g = {
        name,
        cells: c.cells,
        merges: c.merges,
        hiddenRows: c.hiddenRows,
        hiddenCols: c.hiddenCols,
        tables: tablesOf(entry.part, c.tableRels),
        ...(hidden ? { hidden } : {}),
        ...(c.uncached.length > 0 ? { uncached: c.uncached } : {}),
        ...(c.footer !== "" ? { footer: c.footer } : {}),
      };
    }
    cache.set(name, g);
    return g;
  };

  return {
    zip,
    workbookPart,
    sheets,
    date1904: wb.date1904,
    limits,
    grid,
    grids: () => sheets.map((s) => grid(s.name)),
  };
}

/**
 * A table part (`xl/tables/table1.xml`) as a grid table, or null without a usable `ref`.
 * @example parseTable('<table name="T1" displayName="考核表" ref="A3:F20" totalsRowCount="1"/>')
 * // { name: "考核表", box: { top: 2, left: 0, bottom: 19, right: 5 }, headerRow: true, totalsRow: true }
 */
export function parseTable(text: string): GridTable | null {
  let found: GridTable | null = null;
  const scanner = new XmlScanner({
    wantText: false,
    open(name, src, from, to) {
      if (name !== "table" || found) return;
      const a = attrs(src, from, to);
      const box = parseRef(a.ref ?? "");
      if (!box) return;
      found = {
        name: a.displayName ?? a.name ?? "",
        box,
        headerRow: a.headerRowCount === undefined || Number(a.headerRowCount) !== 0,
        totalsRow: Number(a.totalsRowCount ?? 0) > 0,
      };
    },
    close() {},
    text() {},
  });
  scanner.push(text, true);
  return found;
}
