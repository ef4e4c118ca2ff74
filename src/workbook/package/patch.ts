/**
 * Results → file: a patch of the original package. Writes only the cells of the 【计算】 columns (and
 * a violation's fixes), Assess's own sheets (晾晒表, 考核方案, 变更记录) and the parts that must change
 * with them — workbook.xml, its relationships, [Content_Types].xml, the styles Assess adds; every
 * other zip entry is copied byte for byte (charts, drawings, pivot tables, VBA, comments…).
 * Browser-safe: the CLI and the standalone page use the same code.
 *
 * Sheets Assess recognises as its own: 考核方案 (or Scheme) by name; the board by its page footer,
 * which holds BOARD_MARKER — a user's sheet named 晾晒表 without it is never replaced (the board goes
 * to 晾晒表(Assess)); 变更记录 (or Change record) by name, only ever appended to. A replaced sheet
 * keeps its tab position; a new one goes last.
 */
import { format } from "../../messages";
import { normalizeText } from "../../engine/input/labels";
import { OVERRIDE_MARK } from "../../engine/record/decided";
import { recordSheetName, type Override } from "../../engine/record/overrides";
import type { BoardRow } from "../../engine/check/outputs";
import type { CellValue, Lang, Light, Table } from "../../engine/types";
import { WorkbookError } from "../errors";
import { BOARD_MARKER } from "../host";
import { placeColumns } from "../placement";
import { isRecordSheetName, placeRecord } from "../record-layout";
import { SCHEME_SHEET } from "../scheme-sheet";
import { schemeSheetLayout } from "../scheme-summary";
import type { LayoutOptions } from "../layout/types";
import { isPackageError, toWorkbookError } from "./errors";
import { CT_WORKSHEET, XlsxPackage, insertBeforeClose, type PackageOptions, type PackageSheet } from "./package";
import type { ZipArchive } from "./zip";
import { buildSheet, type BuiltRow } from "./sheet-build";
import { patchCells, setEdit, type CellEdits, type CellWrite } from "./sheet-cells";
import { StyleBook } from "./style-book";
import { attrs, colLetters, escapeXml, quoteSheet, rootPrefix } from "./xml-text";

/** One column of results: its header (【计算】…) and a value per table row (index-aligned with `table.rows`). */
export interface ResultColumn {
  key: string;
  header: string;
  values: readonly (string | number | null)[];
}

/** One cell to write: its sheet, 1-based row, 0-based column and value. */
export interface CellPut {
  sheet: string;
  row: number;
  col: number;
  value: string | number | null;
}

/** Fill and font of each light: the colours of Excel's "Good / Neutral / Bad" cell styles. */
export const LIGHT_STYLE: Record<Light, { fill: string; font: string }> = {
  green: { fill: "FFC6EFCE", font: "FF006100" },
  yellow: { fill: "FFFFEB9C", font: "FF9C5700" },
  red: { fill: "FFFFC7CE", font: "FF9C0006" },
};

const BORDER = "FFBFBFBF";
const CALC_CHAIN_TYPE = "/calcChain";
const DEFINED_NAMES_AFTER = ["externalReferences", "functionGroups", "sheets"];

/** The cells of a sheet as the readers hand them over (`grid[row - 1][col]`), for placing rows. */
export type GridOf = (sheet: string) => CellValue[][] | undefined;

/**
 * A workbook package being patched. Open it from the file's bytes, apply the writes, take the bytes.
 * @example
 * const patch = WorkbookPatch.open(bytes, "in.xlsx", "zh-CN");
 * patch.writeColumns("Q1", table, ownColumns, columns, grid);
 * patch.writeBoard(rows, { lang: "zh-CN" });
 * const out = patch.toBytes();
 */
export class WorkbookPatch {
  private styleBook: StyleBook | undefined;

  private constructor(readonly pkg: XlsxPackage) {}

  /**
   * Open a package for patching: from its bytes, or from the archive the reader already opened
   * (`pkg.zip`, so the file is neither read nor listed twice). `opts`: the reader's part limit and
   * the host's native codecs (Node's zlib), where it has them.
   * @throws WorkbookError NOT_XLSX when the bytes are not a zip with a workbook part.
   */
  static open(source: Uint8Array | ZipArchive, name: string, lang: Lang = "zh-CN", opts: PackageOptions = {}): WorkbookPatch {
    let pkg: XlsxPackage;
    try {
      pkg = source instanceof Uint8Array ? XlsxPackage.fromBytes(source, opts) : XlsxPackage.fromZip(source, opts);
    } catch (e) {
      if (isPackageError(e)) throw toWorkbookError(e, name, lang);
      throw e;
    }
    if (!pkg.has(pkg.workbookPart())) throw new WorkbookError("NOT_XLSX", lang, { path: name, hint: format("workbook.hint.corrupt", lang) });
    return new WorkbookPatch(pkg);
  }

  /** The sheets in tab order. */
  sheets(): PackageSheet[] {
    return this.pkg.sheets();
  }

  /** The patched package as zip bytes. */
  toBytes(): Uint8Array {
    this.styleBook?.save();
    return this.pkg.toBytes();
  }

  /**
   * Write result columns into the table's sheet, where `placeColumns` says (Assess's own columns in
   * place, the others in the first columns empty on the header row and every data row of `grid`).
   * New header cells take the style of the table's last header cell. Returns the 0-based column of each key.
   */
  writeColumns(sheet: string, table: Table, ownColumns: Record<string, number>, columns: readonly ResultColumn[], grid: readonly (readonly CellValue[])[]): Record<string, number> {
    const isEmpty = (row: number, col: number) => {
      const v = grid[row - 1]?.[col];
      return v === null || v === undefined || v === "";
    };
    const placed = placeColumns(table, ownColumns, columns, isEmpty);
    const own = new Set(Object.values(ownColumns));
    const target = this.sheetNamed(sheet);
    const xml = this.pkg.text(target.part) ?? "";
    const headerStyle = table.headers.length > 0 ? cellStyleAt(xml, table.headerRow, table.headers.length - 1) : undefined;
    const edits: CellEdits = new Map();
    for (const column of columns) {
      const col = placed[column.key] as number;
      const head: CellWrite = { value: column.header };
      if (!own.has(col) && headerStyle !== undefined) head.style = headerStyle;
      setEdit(edits, table.headerRow, col, head);
      table.rows.forEach((row, i) => setEdit(edits, row, col, { value: column.values[i] ?? null }));
    }
    this.edit(target, edits);
    return placed;
  }

  /** Write single cells (a violation's fix); each keeps its style. */
  writeCells(changes: readonly CellPut[]): void {
    const bySheet = new Map<string, CellEdits>();
    for (const c of changes) {
      let e = bySheet.get(c.sheet);
      if (!e) bySheet.set(c.sheet, (e = new Map()));
      setEdit(e, c.row, c.col, { value: c.value });
    }
    for (const [sheet, edits] of bySheet) this.edit(this.sheetNamed(sheet), edits);
  }

  /**
   * Write the 晾晒表 board (Board in en-US): a title merged across, the header row (类别, 排名, 单位,
   * 得分, 等次, 亮灯) filled grey and bold, thin borders, each light cell with its word and fill;
   * frozen below the header, printed fitted to the page width with the header repeated, the footer
   * holding BOARD_MARKER. Returns the sheet's name.
   */
  writeBoard(rows: readonly BoardRow[], opts: { lang: Lang; title?: string }): string {
    const { lang } = opts;
    const base = format("board.sheet", lang);
    let name = base;
    for (let n = 1; ; n++) {
      const existing = this.findSheet(name);
      if (!existing || this.isBoard(existing)) break;
      name = n === 1 ? `${base}(Assess)` : `${base}(Assess ${n})`;
    }
    const st = this.styles();
    const title = st.xf({ font: { bold: true, size: 16 }, horizontal: "center", vertical: "middle" });
    const head = st.xf({ font: { bold: true }, fill: "FFF2F2F2", border: BORDER, horizontal: "center", vertical: "middle" });
    const left = st.xf({ border: BORDER, horizontal: "left", vertical: "middle" });
    const center = st.xf({ border: BORDER, horizontal: "center", vertical: "middle" });
    const lights = Object.fromEntries(
      (Object.keys(LIGHT_STYLE) as Light[]).map((l) => [l, st.xf({ font: { bold: true, color: LIGHT_STYLE[l].font }, fill: LIGHT_STYLE[l].fill, border: BORDER, horizontal: "center", vertical: "middle" })]),
    ) as Record<Light, number>;
    const headers = (["board.group", "board.rank", "board.name", "board.score", "board.tier", "board.light"] as const).map((k) => format(k, lang));
    const built: BuiltRow[] = [
      { r: 1, height: 28, cells: headers.map((_, c) => ({ col: c, write: c === 0 ? { value: opts.title ?? format("board.title", lang), style: title } : { value: null, style: title } })) },
      { r: 2, cells: headers.map((h, c) => ({ col: c, write: { value: h, style: head } })) },
    ];
    rows.forEach((b, i) => {
      const light = b.light ? format(`light.${b.light}`, lang) + (b.overridden?.light ? OVERRIDE_MARK : "") : "";
      const values: (string | number | null)[] = [b.group, b.rank, b.name, b.score, b.tier, light];
      built.push({
        r: i + 3,
        cells: values.map((v, c) => ({ col: c, write: { value: v, style: c === 5 && b.light ? lights[b.light] : c === 0 || c === 2 ? left : center } })),
      });
    });
    if (rows.some((b) => b.overridden)) built.push({ r: rows.length + 4, cells: [{ col: 0, write: { value: format("record.board.note", lang) } }] });
    const xml = buildSheet({
      widths: [16, 8, 30, 10, 12, 8],
      rows: built,
      merges: [`A1:${String.fromCharCode(64 + headers.length)}1`],
      frozenRows: 2,
      fitToWidth: true,
      footer: `&L${BOARD_MARKER}&R${format("board.footer", lang)}`,
    }, this.pkg.namespaces());
    const sheet = this.putSheet(name, xml, this.findSheet(name));
    this.printTitles(sheet, `${quoteSheet(name)}!$2:$2`);
    this.styleBook?.save();
    return name;
  }

  /** Write the scheme (as the user wrote it) into the 考核方案 sheet, replacing it. */
  writeSchemeSheet(schemeInput: unknown, lang: Lang, reading?: LayoutOptions): string {
    const layout = schemeSheetLayout(schemeInput, lang, reading);
    const bold = this.styles().xf({ font: { bold: true } });
    const rows = new Map<number, BuiltRow>();
    for (const c of layout.cells) {
      let row = rows.get(c.row);
      if (!row) rows.set(c.row, (row = { r: c.row, cells: [] }));
      row.cells.push({ col: c.col, write: c.bold ? { value: c.value, style: bold } : { value: c.value } });
    }
    const existing = this.findSheet(SCHEME_SHEET) ?? this.findSheet("Scheme");
    const name = existing?.name ?? SCHEME_SHEET;
    this.putSheet(name, buildSheet({ widths: layout.widths, rows: [...rows.values()] }, this.pkg.namespaces()), existing);
    this.styleBook?.save();
    return name;
  }

  /**
   * Append overrides to the 变更记录 sheet (created last, with its header, when missing); rows and
   * cells already there are kept. `grid` is the existing sheet's cells as read. Returns the sheet's name.
   */
  appendRecord(overrides: readonly Override[], lang: Lang, gridOf: GridOf): string {
    const existing = this.sheets().find((s) => isRecordSheetName(s.name) && s.part !== "");
    const place = placeRecord(existing ? (gridOf(existing.name) ?? []) : [], overrides, lang);
    const st = this.styles();
    const bold = st.xf({ font: { bold: true } });
    const text = st.xf({ numFmtId: 49 });
    const edits: CellEdits = new Map();
    for (const h of place.headers) setEdit(edits, place.headerRow, h.col, { value: h.value, style: bold });
    place.rows.forEach((values, k) => values.forEach((v, c) => v !== "" && setEdit(edits, place.startRow + k, c, { value: v, style: text })));
    if (existing) {
      this.edit(existing, edits);
      this.styleBook?.save();
      return existing.name;
    }
    const name = recordSheetName(lang);
    const rows: BuiltRow[] = [...edits].map(([r, cols]) => ({ r, cells: [...cols].map(([col, write]) => ({ col, write })) }));
    this.putSheet(name, buildSheet({ widths: [26, 20, 14, 8, 10, 10, 14, 40, 10], rows, frozenRows: 1 }, this.pkg.namespaces()), undefined);
    this.styleBook?.save();
    return name;
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────

  private styles(): StyleBook {
    return (this.styleBook ??= new StyleBook(this.pkg));
  }

  private findSheet(name: string): PackageSheet | undefined {
    const sheets = this.sheets();
    const key = normalizeText(name);
    return sheets.find((s) => s.name === name) ?? sheets.find((s) => normalizeText(s.name) === key);
  }

  private sheetNamed(name: string): PackageSheet {
    const s = name === "" ? this.sheets().find((x) => x.part !== "") : this.findSheet(name);
    if (!s || s.part === "") throw new Error(`no worksheet ${name} in the package`);
    return s;
  }

  /** Whether a sheet is a board Assess wrote: its header/footer holds the marker. */
  private isBoard(s: PackageSheet): boolean {
    if (s.part === "") return false;
    const xml = this.pkg.text(s.part) ?? "";
    const hf = /<(?:[\w.-]+:)?headerFooter\b[\s\S]*?<\/(?:[\w.-]+:)?headerFooter>/.exec(xml)?.[0] ?? "";
    return hf.includes(BOARD_MARKER);
  }

  private edit(sheet: PackageSheet, edits: CellEdits): void {
    const r = patchCells(this.pkg.text(sheet.part) ?? "", edits);
    this.pkg.setBytes(sheet.part, r.bytes);
    if (r.formulaReplaced) this.dropCalcChain();
  }

  /** Remove calcChain.xml (Excel rebuilds it) once a formula cell has been overwritten with a value. */
  private dropCalcChain(): void {
    const wb = this.pkg.workbookPart();
    const rel = this.pkg.relationships(wb).find((r) => r.type.endsWith(CALC_CHAIN_TYPE));
    if (!rel) return;
    this.pkg.remove(rel.part);
    const relsPart = `${wb.slice(0, wb.lastIndexOf("/") + 1)}_rels/${wb.slice(wb.lastIndexOf("/") + 1)}.rels`;
    const rels = this.pkg.text(relsPart);
    if (rels !== undefined) this.pkg.setText(relsPart, rels.replace(new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*\\bId="${rel.id}"[^>]*/>`), ""));
    const ct = this.pkg.text("[Content_Types].xml");
    if (ct !== undefined) this.pkg.setText("[Content_Types].xml", ct.replace(new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*PartName="/${escapeRe(rel.part)}"[^>]*/>`, "i"), ""));
  }

  /** Replace a sheet's part (keeping its tab) or add a new sheet last. */
  private putSheet(name: string, xml: Uint8Array, existing: PackageSheet | undefined): PackageSheet {
    if (existing && existing.part !== "") {
      this.pkg.setBytes(existing.part, xml);
      return existing;
    }
    const wbPart = this.pkg.workbookPart();
    const dir = wbPart.slice(0, wbPart.lastIndexOf("/") + 1);
    let n = 1;
    while (this.pkg.has(`${dir}worksheets/sheet${n}.xml`)) n++;
    const part = `${dir}worksheets/sheet${n}.xml`;
    this.pkg.setBytes(part, xml);
    this.pkg.setContentType(part, CT_WORKSHEET);
    const ns = this.pkg.namespaces();
    const relId = this.pkg.addRelationship(wbPart, `${ns.rel}/worksheet`, `worksheets/sheet${n}.xml`);
    const sheets = this.sheets();
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    let wb = this.pkg.text(wbPart) ?? "";
    const p = rootPrefix(wb, "workbook");
    // The prefix of the relationships namespace when the root declares it (openpyxl declares it on each <sheet>).
    const root = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(wb)?.[0] ?? "";
    const relPrefix = Object.entries(attrs(root)).find(([k, v]) => k.startsWith("xmlns:") && v === ns.rel)?.[0].slice("xmlns:".length);
    const idAttr = relPrefix ? `${relPrefix}:id="${relId}"` : `xmlns:r="${ns.rel}" r:id="${relId}"`;
    wb = insertBeforeClose(wb, `${p}sheets`, `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttr}/>`);
    this.pkg.setText(wbPart, wb);
    return { name, part, sheetId, relId, state: "visible", index: sheets.length };
  }

  /** A print-titles defined name for a sheet (rows repeated on each page), unless it has one. */
  private printTitles(sheet: PackageSheet, ref: string): void {
    const wbPart = this.pkg.workbookPart();
    let wb = this.pkg.text(wbPart) ?? "";
    const p = rootPrefix(wb, "workbook");
    for (const m of wb.matchAll(new RegExp(`<${p}definedName\\b[^>]*>`, "g"))) {
      const a = attrs(m[0]);
      if (a.name === "_xlnm.Print_Titles" && Number(a.localSheetId) === sheet.index) return;
    }
    const def = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${sheet.index}">${escapeXml(ref)}</${p}definedName>`;
    if (new RegExp(`<${p}definedNames\\b`).test(wb)) wb = insertBeforeClose(wb, `${p}definedNames`, def);
    else {
      for (const after of DEFINED_NAMES_AFTER) {
        const close = new RegExp(`</${p}${after}>|<${p}${after}\\b[^>]*/>`).exec(wb);
        if (!close) continue;
        const at = close.index + close[0].length;
        wb = `${wb.slice(0, at)}<${p}definedNames>${def}</${p}definedNames>${wb.slice(at)}`;
        break;
      }
    }
    this.pkg.setText(wbPart, wb);
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The s= of the cell at a 1-based row and 0-based column of a sheet's XML, when it has one. */
export function cellStyleAt(xml: string, row: number, col: number): number | undefined {
  const m = new RegExp(`<(?:[\\w.-]+:)?c\\b[^>]*\\br="${colLetters(col)}${row}"[^>]*>`).exec(xml);
  const s = m ? attrs(m[0]).s : undefined;
  return s === undefined ? undefined : Number(s);
}
