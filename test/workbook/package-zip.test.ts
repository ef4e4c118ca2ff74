/**
 * The package reader's zip layer and its limits: bad packages fail with a named error, a zip bomb
 * fails fast on its declared size and again while inflating when its header lies, raw entries
 * are exact spans; and the pieces (scanner across chunk boundaries, dates, targets).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { Zip, ZipDeflate, zipSync, strToU8 } from "fflate";
import { openPackage, openZip, isDateFormat, serialToDate, resolveTarget, toWorkbookError, PackageError } from "../../src/workbook/package";
import { SheetReader } from "../../src/workbook/package/sheet";
import { decodeText } from "../../src/workbook/package/xml";
import { isWorkbookError } from "../../src/workbook/errors";

const producers = join(__dirname, "../fixtures/producers");
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(producers, name)));

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof PackageError ? e.code : `not a PackageError: ${String(e)}`;
  }
  return "no error";
}

/** A minimal workbook around one sheet's XML. */
function workbook(sheetXml: string | Uint8Array, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    "_rels/.rels": strToU8('<Relationships><Relationship Id="r1" Type="http://x/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": strToU8('<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": strToU8('<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    "xl/worksheets/sheet1.xml": typeof sheetXml === "string" ? strToU8(sheetXml) : sheetXml,
    ...extra,
  });
}

/** A workbook whose sheet has `mib` MiB of rows, deflated (about 1000:1), written as a stream (data descriptors). */
function bombSheet(mib: number): Uint8Array {
  const row = strToU8('<row><c t="s"><v>0</v></c><c><v>1</v></c></row>'.padEnd(64, " "));
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const file = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
  zip.add(file);
  file.push(strToU8("<worksheet><sheetData>"));
  const block = new Uint8Array(row.length * 16384);
  for (let i = 0; i < 16384; i++) block.set(row, i * row.length);
  for (let k = 0; k < mib; k++) file.push(block);
  file.push(strToU8("</sheetData></worksheet>"), true);
  for (const [name, text] of [
    ["_rels/.rels", '<Relationships><Relationship Id="r1" Type="http://x/officeDocument" Target="xl/workbook.xml"/></Relationships>'],
    ["xl/workbook.xml", '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'],
    ["xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'],
  ] as const) {
    const f = new ZipDeflate(name);
    zip.add(f);
    f.push(strToU8(text), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) out.set(c, at), (at += c.length);
  return out;
}

describe("bad packages", () => {
  test("a truncated zip: NOT_ZIP, shown as NOT_XLSX", () => {
    const whole = bytesOf("openpyxl.xlsx");
    const cut = whole.subarray(0, Math.floor(whole.length * 0.7));
    expect(code(() => openPackage(cut))).toBe("NOT_ZIP");
    let err: unknown;
    try {
      openPackage(cut);
    } catch (e) {
      err = toWorkbookError(e, "cut.xlsx", "zh-CN");
    }
    expect(isWorkbookError(err, "NOT_XLSX")).toBe(true);
    expect((err as Error).message).toBe("cut.xlsx 不是有效的 Excel 工作簿（.xlsx）：文件已损坏或不是 Excel 文件");
  });

  test("damaged deflate data in the sheet: CORRUPT when the sheet is read", () => {
    const good = workbook("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>".repeat(1));
    const z = openZip(good);
    const raw = z.rawEntry("xl/worksheets/sheet1.xml");
    const bad = good.slice();
    for (let i = raw.dataStart; i < raw.dataEnd; i++) bad[i] = 0xff;
    const pkg = openPackage(bad);
    expect(code(() => pkg.grid("S"))).toBe("CORRUPT");
  });

  test("a zip without xl/workbook.xml: NO_WORKBOOK, shown as NOT_XLSX with its hint", () => {
    const z = zipSync({ "hello.txt": strToU8("hi") });
    expect(code(() => openPackage(z))).toBe("NO_WORKBOOK");
    try {
      openPackage(z);
    } catch (e) {
      expect((toWorkbookError(e, "x.xlsx", "en-US") as Error).message).toBe("x.xlsx is not a valid Excel workbook (.xlsx): the zip holds no workbook (xl/workbook.xml)");
    }
  });

  test("not a zip at all", () => {
    expect(code(() => openPackage(strToU8("单位,总分\n甲,90\n")))).toBe("NOT_ZIP");
  });
});

describe("limits", () => {
  const bomb = bombSheet(450); // 450 MiB of sheet XML in well under 1 MB

  test("a 450 MiB sheet fails at once on its declared size", () => {
    expect(bomb.length).toBeLessThan(2_000_000);
    const pkg = openPackage(bomb);
    const t = Date.now();
    expect(code(() => pkg.grid("S"))).toBe("TOO_LARGE");
    expect(Date.now() - t).toBeLessThan(1000);
  });

  test("a header that lies about the size: stopped while inflating, at the limit", () => {
    const lying = bomb.slice();
    const z = openZip(lying);
    const e = z.entry("xl/worksheets/sheet1.xml")!;
    // Patch the central directory's uncompressed size to 1 KiB.
    const view = new DataView(lying.buffer);
    let p = lying.length - 22;
    while (view.getUint32(p, true) !== 0x06054b50) p--;
    let cd = view.getUint32(p + 16, true);
    for (;;) {
      const nameLen = view.getUint16(cd + 28, true);
      const name = new TextDecoder().decode(lying.subarray(cd + 46, cd + 46 + nameLen));
      if (name === e.name) {
        view.setUint32(cd + 24, 1024, true);
        break;
      }
      cd += 46 + nameLen + view.getUint16(cd + 30, true) + view.getUint16(cd + 32, true);
    }
    expect(openZip(lying).entry(e.name)!.size).toBe(1024);
    const pkg = openPackage(lying, { limits: { maxPartBytes: 32 * 1024 * 1024 } });
    let err: unknown;
    try {
      pkg.grid("S");
    } catch (x) {
      err = x;
    }
    expect(err).toBeInstanceOf(PackageError);
    expect((err as PackageError).code).toBe("TOO_LARGE");
    expect((err as PackageError).limit).toEqual({ kind: "bytes", value: 32 * 1024 * 1024 });
    const w = toWorkbookError(err, "bomb.xlsx", "zh-CN") as Error;
    expect(w.message).toBe("bomb.xlsx 太大，超出读取上限（xl/worksheets/sheet1.xml：解压后大小超过 32 MiB）：请确认文件无误；确需读取时用 --max-rows / --max-part-mb 提高上限");
  });

  test("rows past the row limit: TOO_LARGE with the rows", () => {
    const rows = Array.from({ length: 20 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`).join("");
    const pkg = openPackage(workbook(`<worksheet><sheetData>${rows}</sheetData></worksheet>`), { limits: { maxRows: 10 } });
    let err: unknown;
    try {
      pkg.grid("S");
    } catch (x) {
      err = x;
    }
    expect((err as PackageError).limit).toEqual({ kind: "rows", value: 10 });
    expect((toWorkbookError(err, "a.xlsx", "en-US") as Error).message).toBe(
      "a.xlsx is too large to read (xl/worksheets/sheet1.xml: rows over 10): check the file; raise the limit with --max-rows / --max-part-mb if it is right",
    );
    expect(openPackage(workbook(`<worksheet><sheetData>${rows}</sheetData></worksheet>`), { limits: { maxRows: 20 } }).grid("S").cells).toHaveLength(20);
  });
});

describe("raw entries (for the writer: copy byte for byte)", () => {
  test("the span is local header + data (+ descriptor), and inflates to the entry", () => {
    const pkg = openPackage(bytesOf("libreoffice.xlsx"));
    for (const e of pkg.zip.entries) {
      const raw = pkg.zip.rawEntry(e.name);
      expect(raw.start).toBe(e.localHeaderOffset);
      expect(raw.localHeader.length).toBe(raw.dataStart - raw.start);
      expect(raw.data.length).toBe(e.compressedSize);
      expect(raw.end).toBeGreaterThanOrEqual(raw.dataEnd);
      expect(pkg.zip.entryBytes(e.name, 1 << 24).length).toBe(e.size);
    }
    // The spans tile the archive up to the central directory.
    const spans = pkg.zip.entries.map((e) => pkg.zip.rawEntry(e.name)).sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBe(spans[i - 1]!.end);
  });

  test("entries written with data descriptors (streaming writers)", () => {
    const bytes = bombSheet(1);
    expect(openPackage(bytes).grid("S").cells).toHaveLength(16384);
    const z = openZip(bytes);
    const withDescriptor = z.entries.filter((e) => e.flags & 8);
    expect(withDescriptor.length).toBeGreaterThan(0);
    for (const e of withDescriptor) expect(z.rawEntry(e.name).descriptor).not.toBeNull();
    const spans = z.entries.map((e) => z.rawEntry(e.name)).sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBe(spans[i - 1]!.end);
  });
});

describe("pieces", () => {
  test("a sheet read one character at a time gives the same grid", () => {
    const xml = readFileSync(join(producers, "generate.py"), "utf8").split('SHEET = """')[1]!.split('"""')[0]!;
    const ctx = { strings: ["s0", "s1", "s2", "s3"], dates: [false, true, false, true], date1904: true, maxRows: 100, part: "sheet" };
    const bytes = new TextEncoder().encode(xml);
    const whole = new SheetReader(ctx);
    whole.push(bytes);
    whole.end();
    // One byte at a time: tags, CDATA and the UTF-8 sequences of 总分, 富文本 cut everywhere.
    const bits = new SheetReader(ctx);
    for (let i = 0; i < bytes.length; i++) bits.push(bytes.subarray(i, i + 1));
    bits.end();
    expect(bits.result()).toEqual(whole.result());
    // A UTF-16 part (with its byte order mark) reads the same.
    const utf16 = new SheetReader(ctx);
    const le = new Uint8Array(2 + xml.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) new DataView(le.buffer).setUint16(2 + 2 * i, xml.charCodeAt(i), true);
    for (let i = 0; i < le.length; i += 7) utf16.push(le.subarray(i, i + 7));
    utf16.end();
    expect(utf16.result()).toEqual(whole.result());
    expect(whole.result().cells[5]).toEqual([-0.0015, "富文本", "a<b & c"]);
  });

  test("numbers are read from the bytes exactly as Number() reads their text", () => {
    const ctx = { strings: ["s0", "s1"], dates: [], date1904: false, maxRows: 10, part: "sheet" };
    const read = (texts: string[]) => {
      const r = new SheetReader(ctx);
      r.push(new TextEncoder().encode(`<worksheet><sheetData><row r="1">${texts.map((t) => `<c><v>${t}</v></c>`).join("")}</row></sheetData></worksheet>`));
      r.end();
      return r.result().cells[0] ?? [];
    };
    // Whatever Number() makes of the text: a number, or (NaN) the text itself; "" is no value.
    const expected = (t: string) => (t === "" ? undefined : Number.isNaN(Number(t)) ? t : Number(t));
    const digits = fc.array(fc.constantFrom(..."0123456789"), { minLength: 1, maxLength: 20 }).map((d) => d.join(""));
    const decimal = fc
      .tuple(fc.boolean(), digits, fc.option(fc.array(fc.constantFrom(..."0123456789"), { maxLength: 20 }).map((d) => d.join(""))))
      .map(([neg, int, frac]) => `${neg ? "-" : ""}${int}${frac === null ? "" : `.${frac}`}`);
    const text = fc.oneof(decimal, fc.double({ noNaN: true }).map(String), fc.constantFrom(".5", "5.", "-.5", "+3", " 7 ", "1e3", "-", ".", "0x10", "1.2.3", "007", "-0"));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        const row = read(texts);
        texts.forEach((t, c) => {
          const want = expected(t);
          if (want === undefined) expect(row[c] ?? null).toBeNull();
          else expect(Object.is(row[c], want) || row[c] === want).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
    // Shared strings by index, as Number() reads the index.
    const r = new SheetReader(ctx);
    r.push(new TextEncoder().encode('<sheetData><row><c t="s"><v>1</v></c><c t="s"><v> 0 </v></c><c t="s"><v>9</v></c><c t="s"><v>1.0</v></c></row></sheetData>'));
    r.end();
    expect(r.result().cells[0]).toEqual(["s1", "s0", null, "s1"]);
  });

  test("a row without r takes its row from its first cell's r, else the next row", () => {
    const xml = '<worksheet><sheetData><row hidden="1"><c r="B3"><v>1</v></c></row><row><c><v>2</v></c></row></sheetData></worksheet>';
    const g = openPackage(workbook(xml)).grid("S");
    expect(g.cells).toEqual([[], [], [null, 1], [2]]);
    expect([...g.hiddenRows]).toEqual([2]);
  });

  test("date formats", () => {
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat("[$-F800]dddd, mmmm dd, yyyy")).toBe(true);
    expect(isDateFormat("[h]:mm:ss")).toBe(true);
    expect(isDateFormat("0.00_);[Red](0.00)")).toBe(false);
    expect(isDateFormat('0.00"分"')).toBe(false);
    expect(isDateFormat("[$¥-804]#,##0.00")).toBe(false);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat("0.00E+00")).toBe(false);
  });

  test("serial dates: 1900 system with its phantom 29 February, and 1904", () => {
    expect(serialToDate(1, false).toISOString()).toBe("1900-01-01T00:00:00.000Z");
    expect(serialToDate(59, false).toISOString()).toBe("1900-02-28T00:00:00.000Z");
    expect(serialToDate(61, false).toISOString()).toBe("1900-03-01T00:00:00.000Z");
    expect(serialToDate(46112.75, false).toISOString()).toBe("2026-03-31T18:00:00.000Z");
    expect(serialToDate(0, true).toISOString()).toBe("1904-01-01T00:00:00.000Z");
  });

  test("relationship targets, relative and absolute", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe("xl/tables/table1.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });

  test("cell text escapes", () => {
    expect(decodeText("a_x000D_&#10;b")).toBe("a\r\nb");
    expect(decodeText("_x005F_x000D_")).toBe("_x000D_");
    expect(decodeText("&lt;&amp;&gt;&quot;&apos;&#x4E2D;&#25991;")).toBe("<&>\"'中文");
  });
});
