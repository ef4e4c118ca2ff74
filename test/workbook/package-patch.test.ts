/**
 * The package patcher on real files: test/fixtures/rich.xlsm (scripts/make-rich-fixture.py: chart,
 * pivot table, image, comments, conditional formats, data validation, defined names, frozen panes,
 * auto-filter, protected and hidden sheets, an external link, a dummy VBA part; openpyxl's absolute
 * relationship targets) and the sample workbook (written by exceljs).
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { evaluate } from "../../src/engine/check/evaluate";
import { boardRows, outputColumns } from "../../src/engine/check/outputs";
import { presetInput, presets } from "../../src/engine/scheme/presets";
import { detectTable } from "../../src/workbook/headers";
import { openPackage } from "../../src/workbook/package/read";
import { WorkbookPatch } from "../../src/workbook/package/patch";
import fc from "fast-check";
import { unzipSync, zipSync } from "fflate";
import { cellXml, patchCells, setEdit, type CellEdits, type CellWrite } from "../../src/workbook/package/sheet-cells";
import { attrs as attrsOf, parseRef as parseRefOf } from "../../src/workbook/package/xml-text";
import { crc32 } from "../../src/workbook/package/zip-write";
import { nodeZipCodec } from "../../src/workbook/xlsx-file";
import { storedEntries, type StoredEntry } from "../helpers/zip";
import { BOARD_MARKER } from "../../src/workbook/host";

const RICH = path.join(__dirname, "../fixtures/rich.xlsm");
const SAMPLE = path.join(__dirname, "../../samples/jiuyuan-2026q1.xlsx");
const SHEET = "2026年第一季度";
const lang = "zh-CN" as const;

/** What `assess apply --preset jiuyuan` writes, through the package reader and the patcher. */
function applyTo(bytes: Uint8Array, sheet: string): Uint8Array {
  const pkg = openPackage(bytes);
  const grid = pkg.grid(sheet);
  const det = detectTable(grid.cells, sheet);
  if (!det.ok) throw new Error(`no table: ${det.error}`);
  const scheme = presets.jiuyuan!;
  const ev = evaluate(det.table, det.map, scheme, lang);
  const patch = WorkbookPatch.open(bytes, "in.xlsx", lang);
  patch.writeColumns(sheet, det.table, det.ownColumns, outputColumns(ev, lang), grid.cells);
  patch.writeBoard(boardRows(ev, lang), { lang, title: scheme.name.zh });
  patch.writeSchemeSheet(presetInput("jiuyuan"), lang);
  return patch.toBytes();
}

const byName = (entries: StoredEntry[]) => new Map(entries.map((e) => [e.name, e]));
const text = (e: StoredEntry) => new TextDecoder().decode(e.inflated());
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

/** Parts an apply must write: the table's sheet, the workbook's sheet list and what goes with new sheets. */
const WRITTEN = new Set(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"]);

describe("patching a rich workbook (rich.xlsm)", () => {
  const input = new Uint8Array(fs.readFileSync(RICH));
  const output = applyTo(input, SHEET);
  const before = storedEntries(input);
  const after = storedEntries(output);

  test("the fixture has what it claims", () => {
    const names = before.map((e) => e.name);
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/media/image1.png",
      "xl/comments/comment1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/externalLinks/externalLink1.xml",
      "xl/vbaProject.bin",
    ])
      expect(names).toContain(part);
    const sheet1 = text(byName(before).get("xl/worksheets/sheet1.xml")!);
    for (const el of ["<conditionalFormatting", "<dataValidations", "<autoFilter", 'state="frozen"']) expect(sheet1).toContain(el);
    const wb = text(byName(before).get("xl/workbook.xml")!);
    expect(wb).toContain('state="hidden"');
    expect(wb).toContain("<definedName name=\"总分区域\"");
    expect(text(byName(before).get("xl/worksheets/sheet2.xml")!)).toContain("<sheetProtection");
  });

  test("every entry Assess does not write is copied byte for byte, in the same order", () => {
    const out = byName(after);
    const copied = before.filter((e) => !WRITTEN.has(e.name));
    expect(copied.length).toBeGreaterThan(20);
    for (const e of copied) {
      const o = out.get(e.name);
      expect(o).toBeDefined();
      expect({ name: e.name, method: o!.method, crc: o!.crc, raw: same(o!.compressed, e.compressed) }).toEqual({ name: e.name, method: e.method, crc: e.crc, raw: true });
    }
    // Original order kept; the new sheets (晾晒表, 考核方案) come after.
    expect(after.slice(0, before.length).map((e) => e.name)).toEqual(before.map((e) => e.name));
    expect(after.slice(before.length).map((e) => e.name)).toEqual(["xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml"]);
  });

  test("the written parts keep what was there: sheet XML around the cells, styles appended, sheets added last", () => {
    const b = byName(before);
    const a = byName(after);
    const sheetBefore = text(b.get("xl/worksheets/sheet1.xml")!);
    const sheetAfter = text(a.get("xl/worksheets/sheet1.xml")!);
    const outside = (x: string) => x.replace(/<sheetData>[\s\S]*<\/sheetData>/, "").replace(/<dimension ref="[^"]*"\/>/, "");
    expect(outside(sheetAfter)).toBe(outside(sheetBefore));
    expect(sheetAfter).toContain('<dimension ref="A1:I14"/>');
    // Each original row is still there with its cells, now followed by the result cells.
    const rowsBefore = [...sheetBefore.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)];
    for (const [, r, cells] of rowsBefore) if (Number(r) >= 2) expect(sheetAfter).toContain(cells as string);
    const stylesBefore = text(b.get("xl/styles.xml")!);
    const stylesAfter = text(a.get("xl/styles.xml")!);
    for (const section of ["fonts", "fills", "borders", "cellXfs"]) {
      const inner = (x: string) => new RegExp(`<${section}[^>]*>([\\s\\S]*?)</${section}>`).exec(x)?.[1] ?? "";
      expect(inner(stylesAfter).startsWith(inner(stylesBefore))).toBe(true);
      expect(inner(stylesAfter).length).toBeGreaterThan(inner(stylesBefore).length);
    }
    const wb = text(a.get("xl/workbook.xml")!);
    expect(wb).toContain("<externalReferences>");
    expect(wb).toContain("<pivotCaches>");
    expect([...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([SHEET, "说明", "底稿", "透视", "晾晒表", "考核方案"]);
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="4">'晾晒表'!$2:$2</definedName>`);
  });

  test("the package reader reads the output: 【计算】 columns on the table, the board with its marker", () => {
    const pkg = openPackage(output);
    const grid = pkg.grid(SHEET);
    expect(grid.cells[1]).toEqual(["序号", "类别", "单位名称", "总分", "等次", "【计算】得分", "【计算】组内排名", "【计算】等次", "【计算】亮灯"]);
    expect(grid.cells[2]?.slice(5)).toEqual([91.5, 1, "优秀", "绿"]);
    const board = pkg.grid("晾晒表");
    expect(board.cells[1]).toEqual(["类别", "排名", "单位", "得分", "等次", "亮灯"]);
    expect(board.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    expect(text(byName(after).get("xl/worksheets/sheet5.xml")!)).toContain(BOARD_MARKER);
  });

  test("applying twice changes nothing", () => {
    const again = storedEntries(applyTo(output, SHEET));
    expect(again.map((e) => e.name)).toEqual(after.map((e) => e.name));
    const first = byName(after);
    for (const e of again) expect({ name: e.name, same: same(e.inflated(), first.get(e.name)!.inflated()) }).toEqual({ name: e.name, same: true });
  });

  test("written with Node's zlib (as the command line does): the same parts, every CRC right", () => {
    const pkg = openPackage(input);
    const grid = pkg.grid(SHEET);
    const det = detectTable(grid.cells, SHEET);
    if (!det.ok) throw new Error(det.error);
    const ev = evaluate(det.table, det.map, presets.jiuyuan!, lang);
    const patch = WorkbookPatch.open(pkg.zip, "in.xlsm", lang, nodeZipCodec);
    patch.writeColumns(SHEET, det.table, det.ownColumns, outputColumns(ev, lang), grid.cells);
    patch.writeBoard(boardRows(ev, lang), { lang, title: presets.jiuyuan!.name.zh });
    patch.writeSchemeSheet(presetInput("jiuyuan"), lang);
    const native = storedEntries(patch.toBytes());
    expect(native.map((e) => e.name)).toEqual(after.map((e) => e.name));
    const fflate = byName(after);
    for (const e of native) {
      const data = e.inflated();
      expect({ name: e.name, crc: crc32(data), same: same(data, fflate.get(e.name)!.inflated()) }).toEqual({ name: e.name, crc: e.crc, same: true });
    }
  });

  const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  const hasSoffice = soffice.status === 0;
  if (!hasSoffice) console.warn("SKIPPED: LibreOffice (soffice) is not installed — the output is not opened in LibreOffice. Install libreoffice-calc-nogui.");
  (hasSoffice ? test : test.skip)(
    "LibreOffice opens the output: the table sheet as CSV shows the 【计算】 columns, the pivot table is still one",
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assess-lo-"));
      try {
        const file = path.join(dir, "out.xlsm");
        fs.writeFileSync(file, output);
        const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
        execFileSync("soffice", [profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir, file], { stdio: "ignore", timeout: 120_000 });
        const csv = fs.readFileSync(path.join(dir, "out.csv"), "utf8").split(/\r?\n/);
        expect(csv[1]).toBe("序号,类别,单位名称,总分,等次,【计算】得分,【计算】组内排名,【计算】等次,【计算】亮灯");
        expect(csv[2]).toBe("1,区直单位,区委办公室,91.5,优秀,91.5,1,优秀,绿");
        execFileSync("soffice", [profile, "--headless", "--convert-to", "ods", "--outdir", dir, file], { stdio: "ignore", timeout: 120_000 });
        const content = execFileSync("unzip", ["-p", path.join(dir, "out.ods"), "content.xml"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
        expect(content).toContain("table:data-pilot-table ");
        expect(content).toContain("晾晒表");
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    240_000,
  );
});

describe("patching the sample workbook (written by exceljs)", () => {
  test("exceljs still reads the output, and the values are those written", async () => {
    const input = new Uint8Array(fs.readFileSync(SAMPLE));
    const output = applyTo(input, "2026年第一季度");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["2026年第一季度", "晾晒表", "考核方案"]));
    const ws = wb.getWorksheet("2026年第一季度")!;
    const header = (ws.getRow(2).values as unknown[]).filter((v) => typeof v === "string" && v.startsWith("【计算】"));
    expect(header).toEqual(["【计算】得分", "【计算】组内排名", "【计算】等次", "【计算】亮灯"]);
    const board = wb.getWorksheet("晾晒表")!;
    expect(board.headerFooter.oddFooter).toContain(BOARD_MARKER);
    expect(board.getCell("F3").fill).toMatchObject({ type: "pattern", pattern: "solid" });
  });
});

describe("patching a workbook saved as Strict Open XML (ISO/IEC 29500 Strict)", () => {
  // Excel cannot run here: the sample is rewritten in Strict's namespace names, as Excel's
  // "Strict Open XML Spreadsheet" writes its parts (the package's own OPC names stay as they are).
  const TRANSITIONAL_TO_STRICT: [string, string][] = [
    ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
    ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
    ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
  ];
  const strictOf = (bytes: Uint8Array): Uint8Array => {
    const files = unzipSync(bytes);
    for (const [name, data] of Object.entries(files)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      let x = new TextDecoder().decode(data);
      for (const [from, to] of TRANSITIONAL_TO_STRICT) x = x.split(from).join(to);
      files[name] = new TextEncoder().encode(x);
    }
    return zipSync(files);
  };
  const input = strictOf(new Uint8Array(fs.readFileSync(SAMPLE)));
  const output = applyTo(input, SHEET);
  const parts = byName(storedEntries(output));
  const partText = (name: string) => text(parts.get(name)!);

  test("the fixture is Strict: no Transitional spreadsheet or relationship names in it", () => {
    for (const e of storedEntries(input)) if (/\.(xml|rels)$/.test(e.name)) expect(text(e)).not.toContain("schemas.openxmlformats.org/spreadsheetml/2006/main");
    expect(text(byName(storedEntries(input)).get("_rels/.rels")!)).toContain("http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");
  });

  test("the sheets Assess adds are written in Strict's names, and so are their relationships and r:id", () => {
    for (const [name, e] of parts) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const x = text(e);
      expect({ name, transitional: x.includes("schemas.openxmlformats.org/spreadsheetml") || x.includes("schemas.openxmlformats.org/officeDocument/2006/relationships") }).toEqual({ name, transitional: false });
    }
    const rels = partText("xl/_rels/workbook.xml.rels");
    // The table's sheet and 考核方案 were there; 晾晒表 is added (考核方案 is written anew in its part).
    expect(rels.match(/Type="http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships\/worksheet"/g)).toHaveLength(3);
    const added = ["xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"].map(partText);
    for (const x of added) expect(x).toContain('<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">');
    // The workbook declares the relationships namespace on its root: the new <sheet>s use its prefix.
    expect(partText("xl/workbook.xml")).toMatch(/<sheet name="晾晒表" sheetId="\d+" r:id="rId\d+"\/>/);
  });

  test("the package reader reads the output back: 【计算】 columns and the board", () => {
    const pkg = openPackage(output);
    expect(pkg.sheets.map((s) => s.name)).toEqual([SHEET, "考核方案", "晾晒表"]);
    const head = pkg.grid(SHEET).cells[1]!.filter((v) => typeof v === "string" && v.startsWith("【计算】"));
    expect(head).toEqual(["【计算】得分", "【计算】组内排名", "【计算】等次", "【计算】亮灯"]);
    expect(pkg.grid("晾晒表").cells.length).toBeGreaterThan(60);
  });
});

describe("patchCells", () => {
  const xmlOf = (r: { bytes: Uint8Array }) => new TextDecoder().decode(r.bytes);
  const sheet = (data: string) => `<worksheet xmlns="m"><dimension ref="A1:B2"/><sheetData>${data}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
  const edits = (...e: [number, number, string | number | null][]) => {
    const m = new Map<number, Map<number, { value: string | number | null }>>();
    for (const [r, c, v] of e) (m.get(r) ?? m.set(r, new Map()).get(r)!).set(c, { value: v });
    return m;
  };

  test("inserts cells in column order, creates missing rows in order, keeps styles and formulas of other cells", () => {
    const xml = sheet(`<row r="1" spans="1:2"><c r="A1" s="3"><v>1</v></c><c r="C1"><f>A1*2</f><v>2</v></c></row><row r="3"><c r="A3"/></row>`);
    const r = patchCells(xml, edits([1, 1, "x"], [2, 0, 5], [4, 2, "末"]));
    expect(xmlOf(r)).toBe(
      sheet(
        `<row r="1"><c r="A1" s="3"><v>1</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">x</t></is></c><c r="C1"><f>A1*2</f><v>2</v></c></row>` +
          `<row r="2"><c r="A2"><v>5</v></c></row><row r="3"><c r="A3"/></row><row r="4"><c r="C4" t="inlineStr"><is><t xml:space="preserve">末</t></is></c></row>`,
      ).replace('<dimension ref="A1:B2"/>', '<dimension ref="A1:C4"/>'),
    );
    expect(r.formulaReplaced).toBe(false);
  });

  test("replaces a cell keeping its style, says when a formula was overwritten, escapes text", () => {
    const xml = sheet(`<row r="1"><c r="A1" s="7" t="s"><v>0</v></c><c r="B1"><f>1+1</f><v>2</v></c></row>`);
    const r = patchCells(xml, edits([1, 0, "a<b&c"], [1, 1, null]));
    expect(xmlOf(r)).toContain(`<row r="1"><c r="A1" s="7" t="inlineStr"><is><t xml:space="preserve">a&lt;b&amp;c</t></is></c></row>`);
    expect(r.formulaReplaced).toBe(true);
  });

  test("a prefixed worksheet (x:) keeps its prefix", () => {
    const xml = `<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(xmlOf(patchCells(xml, edits([1, 1, 2])))).toBe(`<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`);
  });

  test("rows are patched as the sorting reading patches them, for any cells and edits (property)", () => {
    // The specification: every cell of an edited row parsed with RegExps, new cells added, all
    // sorted by column and joined, then what follows the last cell (patchCells streams instead).
    const reference = (xml: string, e: CellEdits): string => {
      const rows = [...e.keys()].sort((a, b) => a - b);
      const bodyStart = xml.indexOf("<sheetData>") + "<sheetData>".length;
      const bodyEnd = xml.lastIndexOf("</sheetData>");
      const body = xml.slice(bodyStart, bodyEnd);
      let out = "";
      let last = 0;
      let prevRow = 0;
      const re = /<row\b[^>]*?(\/?)>/g;
      const done = new Set<number>();
      const cellsOf = (inner: string, r: number, writes: Map<number, CellWrite>) => {
        const cells: { col: number; xml: string }[] = [];
        const handled = new Set<number>();
        let prevCol = -1;
        let tail = 0;
        for (const m of inner.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
          const a = attrsOf(/^<[^>]*>/.exec(m[0])![0]);
          const col = a.r !== undefined ? (parseRefOf(a.r)?.col ?? prevCol + 1) : prevCol + 1;
          prevCol = col;
          tail = m.index! + m[0].length;
          const w = writes.get(col);
          if (!w) cells.push({ col, xml: m[0] });
          else {
            handled.add(col);
            const x = cellXml("", r, col, w, a.s);
            if (x !== null) cells.push({ col, xml: x });
          }
        }
        for (const [col, w] of writes) if (!handled.has(col)) {
          const x = cellXml("", r, col, w, undefined);
          if (x !== null) cells.push({ col, xml: x });
        }
        return cells.sort((a, b) => a.col - b.col).map((c) => c.xml).join("") + inner.slice(tail).replace(/^\s+/, "");
      };
      const newRow = (k: number) => {
        const cells = cellsOf("", k, e.get(k)!);
        return cells ? `<row r="${k}">${cells}</row>` : "";
      };
      for (const m of body.matchAll(re)) {
        const a = attrsOf(m[0]);
        const r = a.r !== undefined ? Number(a.r) : prevRow + 1;
        prevRow = r;
        const end = m[1] === "/" ? m.index! + m[0].length : body.indexOf("</row>", m.index) + 6;
        for (const k of rows) if (k < r && !done.has(k)) {
          out += body.slice(last, m.index) + newRow(k);
          last = m.index!;
          done.add(k);
        }
        if (!e.has(r) || done.has(r)) continue;
        done.add(r);
        const inner = m[1] === "/" ? "" : body.slice(m.index! + m[0].length, end - 6);
        out += body.slice(last, m.index) + m[0].replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, "").replace(/\s*\/>$/, ">") + cellsOf(inner, r, e.get(r)!) + "</row>";
        last = end;
      }
      out += body.slice(last);
      for (const k of rows) if (!done.has(k)) out += newRow(k);
      return xml.slice(0, bodyStart) + out + xml.slice(bodyEnd);
    };
    const cell = fc.record({
      col: fc.integer({ min: 0, max: 7 }),
      withRef: fc.boolean(),
      style: fc.option(fc.integer({ min: 1, max: 9 })),
      kind: fc.constantFrom("number", "formula", "empty", "inline"),
      gap: fc.constantFrom("", "", "", " ", "\n  "),
    });
    const row = fc.record({ r: fc.integer({ min: 1, max: 6 }), spans: fc.boolean(), cells: fc.array(cell, { maxLength: 6 }), sorted: fc.boolean() });
    const edit = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 8 }), fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 99 }), fc.constantFrom("优秀", "a<b", "")));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (rowSpecs, editList) => {
        const data = [...new Map(rowSpecs.map((x) => [x.r, x])).values()]
          .sort((a, b) => a.r - b.r)
          .map((x) => {
            const cs = x.sorted ? [...x.cells].sort((a, b) => a.col - b.col) : x.cells;
            const cellsXml = cs
              .map((c) => {
                const ref = c.withRef ? ` r="${String.fromCharCode(65 + c.col)}${x.r}"` : "";
                const st = c.style === null ? "" : ` s="${c.style}"`;
                const inner = c.kind === "number" ? `<v>${c.col}</v>` : c.kind === "formula" ? `<f>1+1</f><v>2</v>` : c.kind === "inline" ? `<is><t>x${c.col}</t></is>` : "";
                const t = c.kind === "inline" ? ` t="inlineStr"` : "";
                return c.gap + (inner === "" ? `<c${ref}${st}/>` : `<c${ref}${st}${t}>${inner}</c>`);
              })
              .join("");
            return `<row r="${x.r}"${x.spans ? ' spans="1:8"' : ""}>${cellsXml}</row>`;
          })
          .join("");
        const xml = `<worksheet><sheetData>${data}</sheetData></worksheet>`;
        const e: CellEdits = new Map();
        for (const [r, c, v] of editList) setEdit(e, r, c, { value: v });
        expect(xmlOf(patchCells(xml, e))).toBe(reference(xml, e));
      }),
      { numRuns: 400 },
    );
  });

  test("an empty <sheetData/> gets its rows", () => {
    expect(xmlOf(patchCells(`<worksheet><sheetData/></worksheet>`, edits([2, 0, 1])))).toBe(`<worksheet><sheetData><row r="2"><c r="A2"><v>1</v></c></row></sheetData></worksheet>`);
  });
});
