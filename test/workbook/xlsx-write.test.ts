import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { presetInput } from "../../src/engine/scheme/presets";
import { parseScheme } from "../../src/engine/scheme/scheme";
import { WorkbookError } from "../../src/workbook/errors";
import { BOARD_MARKER, SCHEME_CHUNK, chunkText, isBoardSheet, readSchemeSheet, readTable, writeBoard, writeColumns, writeSchemeSheet, type BoardRow, type ResultColumn } from "../../src/workbook/xlsx";
import { loadWorkbook, saveWorkbook } from "../../src/workbook/xlsx-file";

const FIXTURES = path.join(__dirname, "..", "fixtures");
let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "assess-write-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every non-empty cell of every sheet: address → value and style, plus merged ranges. */
function snapshot(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, JSON.stringify({ v: cell.value, s: cell.style }));
      }),
    );
    out.set(`${ws.name}!merges`, JSON.stringify(ws.model.merges ?? []));
  }
  return out;
}

/** Save and load again, so tests look at what a user would open. */
async function roundTrip(wb: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const file = path.join(dir, name);
  await saveWorkbook(wb, file, { force: true });
  return loadWorkbook(file);
}

describe("writeColumns", () => {
  const columns = (n: number): ResultColumn[] => [
    { key: "rank", header: "【计算】排名", values: Array.from({ length: n }, (_, i) => i + 1) },
    { key: "tier", header: "【计算】等次", values: Array.from({ length: n }, (_, i) => (i < 2 ? "优秀" : "良好")) },
    { key: "light", header: "【计算】亮灯", values: Array.from({ length: n }, (_, i) => (i === n - 1 ? "红" : null)) },
  ];

  test("appends to the right of the table and touches no other cell", async () => {
    const wb = await loadWorkbook(path.join(FIXTURES, "plain.xlsx"));
    const before = snapshot(wb);
    const { table, ownColumns, worksheet } = readTable(wb);
    const cols = writeColumns(worksheet, table, ownColumns, columns(table.rows.length));
    expect(cols).toEqual({ rank: 5, tier: 6, light: 7 });

    const after = snapshot(await roundTrip(wb, "plain-applied.xlsx"));
    const written = new Set(["F", "G", "H"]);
    for (const [addr, v] of before) expect([addr, after.get(addr)]).toEqual([addr, v]);
    for (const addr of after.keys()) {
      if (before.has(addr)) continue;
      const m = /!([A-Z]+)(\d+)$/.exec(addr);
      expect(m && written.has(m[1]!) && [4, ...table.rows].includes(Number(m[2]))).toBe(true);
    }
    const again = readTable(await loadWorkbook(path.join(dir, "plain-applied.xlsx")));
    expect(again.ownColumns).toEqual({ "【计算】排名": 5, "【计算】等次": 6, "【计算】亮灯": 7 });
    expect(again.map).toEqual(readTable(wb).map);
    expect(again.table.columns[6]).toEqual(columns(table.rows.length)[1]!.values);
    // The 合计 row and the notes row are not subjects: nothing is written there.
    const ws = (await loadWorkbook(path.join(dir, "plain-applied.xlsx"))).worksheets[0]!;
    expect([ws.getCell("G17").value, ws.getCell("G20").value, ws.getCell("G10").value]).toEqual([null, null, null]);
  });

  test("applying twice changes nothing", async () => {
    const apply = async (file: string, out: string) => {
      const wb = await loadWorkbook(file);
      const { table, ownColumns, worksheet } = readTable(wb);
      writeColumns(worksheet, table, ownColumns, columns(table.rows.length));
      return roundTrip(wb, out);
    };
    const once = await apply(path.join(FIXTURES, "plain.xlsx"), "once.xlsx");
    const twice = await apply(path.join(dir, "once.xlsx"), "twice.xlsx");
    expect(snapshot(twice)).toEqual(snapshot(once));
  });

  test("own columns are overwritten in place; new ones go after the user's columns", async () => {
    const wb = await loadWorkbook(path.join(FIXTURES, "own-columns.xlsx"));
    const before = snapshot(wb);
    const { table, ownColumns, worksheet } = readTable(wb);
    const cols = writeColumns(worksheet, table, ownColumns, [
      { key: "tier", header: "【计算】等次", values: ["优秀", "优秀", "良好", "良好", "一般"] },
      { key: "score", header: "【计算】得分", values: [95, 90, 85, 80, 75] },
    ]);
    expect(cols).toEqual({ tier: 5, score: 8 });
    const after = snapshot(await roundTrip(wb, "own-applied.xlsx"));
    const changed = [...after.keys()].filter((a) => after.get(a) !== before.get(a)).sort();
    // F3 and F5 were stale; F2, F4 and F6 already held the same values; column I is new.
    expect(changed).toEqual(["考核!F3", "考核!F5", "考核!I1", "考核!I2", "考核!I3", "考核!I4", "考核!I5", "考核!I6"].sort());
    const ws = (await loadWorkbook(path.join(dir, "own-applied.xlsx"))).getWorksheet("考核")!;
    expect(ws.getCell("H2").value).toBe("连续两年第一");
    expect(ws.getCell("I1").font?.bold).toBe(true);
  });

  test("a column that is busy to the right of the table is skipped", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow(["单位", "总分"]);
    ws.addRow(["甲", 90]);
    ws.addRow(["乙", 80]);
    ws.getCell("C3").value = "旁注";
    const { table, ownColumns } = readTable(wb);
    expect(table.headers).toEqual(["单位", "总分"]);
    const cols = writeColumns(ws, table, ownColumns, [{ key: "rank", header: "【计算】排名", values: [1, 2] }]);
    expect(cols).toEqual({ rank: 3 });
    expect([ws.getCell("C3").value, ws.getCell("D1").value, ws.getCell("D3").value]).toEqual(["旁注", "【计算】排名", 2]);
  });
});

describe("writeBoard", () => {
  const rows: BoardRow[] = [
    { group: "区直单位", rank: 1, name: "区财政局", score: 95.5, tier: "优秀", light: "green" },
    { group: "区直单位", rank: 2, name: "区教育局", score: 90, tier: "良好", light: "yellow" },
    { group: "区直单位", rank: 3, name: "区审计局", score: 70, tier: "一般", light: "red" },
    { group: "区直单位", rank: null, name: "区统计局", score: null, tier: "", light: null },
  ];

  test("words, fills, fonts, title, header and frozen panes", async () => {
    const wb = new ExcelJS.Workbook();
    writeBoard(wb, rows, { lang: "zh-CN", title: "九原区2026年第一季度晾晒表" });
    const ws = (await roundTrip(wb, "board.xlsx")).getWorksheet("晾晒表")!;
    expect(ws.getCell("A1").value).toBe("九原区2026年第一季度晾晒表");
    expect(ws.getRow(2).values).toEqual([undefined, "类别", "排名", "单位", "得分", "等次", "亮灯"]);
    expect(ws.getCell("A2").font?.bold).toBe(true);
    const light = (r: number) => {
      const c = ws.getCell(`F${r}`);
      const fill = c.fill as ExcelJS.FillPattern | undefined;
      return [c.value, fill?.fgColor?.argb, c.font?.color?.argb];
    };
    expect(light(3)).toEqual(["绿", "FFC6EFCE", "FF006100"]);
    expect(light(4)).toEqual(["黄", "FFFFEB9C", "FF9C5700"]);
    expect(light(5)).toEqual(["红", "FFFFC7CE", "FF9C0006"]);
    expect(ws.getCell("F6").value).toBe("");
    expect([ws.getCell("B6").value, ws.getCell("D6").value]).toEqual([null, null]);
    expect(ws.getRow(3).values).toEqual([undefined, "区直单位", 1, "区财政局", 95.5, "优秀", "绿"]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.getColumn(3).width).toBeGreaterThan(20);
    expect(isBoardSheet(ws)).toBe(true);
  });

  test("English labels", () => {
    const wb = new ExcelJS.Workbook();
    const ws = writeBoard(wb, rows, { lang: "en-US" });
    expect(ws.name).toBe("Board");
    expect(ws.getRow(2).values).toEqual([undefined, "Group", "Rank", "Unit", "Score", "Tier", "Light"]);
    expect(ws.getCell("F3").value).toBe("green");
  });

  test("Assess's own board is replaced in place; a user's 晾晒表 is kept", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("数据");
    writeBoard(wb, rows, { lang: "zh-CN" });
    wb.addWorksheet("其他");
    const reloaded = await roundTrip(wb, "board-twice.xlsx");
    writeBoard(reloaded, rows.slice(0, 1), { lang: "zh-CN" });
    expect(reloaded.worksheets.map((w) => w.name)).toEqual(["数据", "晾晒表", "其他"]);
    expect(reloaded.getWorksheet("晾晒表")!.getCell("C4").value).toBeNull();

    const mine = new ExcelJS.Workbook();
    const user = mine.addWorksheet("晾晒表");
    user.getCell("A1").value = "我自己做的晾晒表";
    const ws = writeBoard(mine, rows, { lang: "zh-CN" });
    expect(ws.name).toBe("晾晒表(Assess)");
    expect(mine.getWorksheet("晾晒表")!.getCell("A1").value).toBe("我自己做的晾晒表");
    writeBoard(mine, rows, { lang: "zh-CN" });
    expect(mine.worksheets.map((w) => w.name)).toEqual(["晾晒表", "晾晒表(Assess)"]);
  });

  test("the board is marked by its footer and is never read as the table", async () => {
    const wb = new ExcelJS.Workbook();
    writeBoard(wb, rows, { lang: "zh-CN" });
    const data = wb.addWorksheet("数据");
    data.addRow(["单位", "总分"]);
    data.addRow(["甲", 90]);
    const reloaded = await roundTrip(wb, "board-first.xlsx");
    expect(reloaded.worksheets[0]!.headerFooter.oddFooter).toContain(BOARD_MARKER);
    expect(readTable(reloaded).worksheetName).toBe("数据");
  });
});

describe("the 考核方案 sheet", () => {
  test("round trip of a preset, with a readable summary", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("数据");
    const input = presetInput("jiuyuan");
    writeSchemeSheet(wb, input, "zh-CN");
    const reloaded = await roundTrip(wb, "scheme.xlsx");
    expect(readSchemeSheet(reloaded)).toEqual(JSON.parse(JSON.stringify(input)));
    const ws = reloaded.getWorksheet("考核方案")!;
    expect(ws.getCell("A1").value).toBe("Assess 考核方案 (JSON)");
    const summary: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => Number(c.col) >= 3 && summary.push(String(c.value))));
    expect(summary).toEqual(expect.arrayContaining(["优秀", "不超过 30%（向下取整）", "每组前 4 名绿、后 3 名红，其余黄"]));
    expect(summary).toContain("最高评为“一般”");
  });

  test("a scheme larger than 30,000 characters is split over rows and joined back", async () => {
    const base = presetInput("zhejiang")!;
    const indicators = Array.from({ length: 500 }, (_, i) => ({
      id: `ind${i}`,
      column: `指标${i} — 说明文字 ${"长".repeat(40)} 🙂`,
      label: `  前后有空格的指标 ${i}  `,
      weight: 0.002,
      kind: "score" as const,
    }));
    const input = { ...base, scoring: { indicators, decimals: 2 } };
    const json = JSON.stringify(input);
    expect(json.length).toBeGreaterThan(2 * SCHEME_CHUNK);

    const wb = new ExcelJS.Workbook();
    writeSchemeSheet(wb, input, "en-US");
    const ws = wb.getWorksheet("考核方案")!;
    const chunks = [2, 3, 4, 5].map((r) => ws.getCell(r, 1).value);
    expect(chunks.slice(0, 3).every((c) => typeof c === "string" && c.length <= SCHEME_CHUNK)).toBe(true);
    expect(chunks[3]).toBeNull();

    const back = readSchemeSheet(await roundTrip(wb, "big-scheme.xlsx"));
    expect(back).toEqual(JSON.parse(json));
    expect(parseScheme(back).ok).toBe(true);
  });

  test("white space at a chunk boundary survives the file", async () => {
    const head = '{"id":"x","pad":"';
    const input = { id: "x", pad: `${"a".repeat(SCHEME_CHUNK - 3 - head.length)}      b` };
    const wb = new ExcelJS.Workbook();
    writeSchemeSheet(wb, input, "zh-CN");
    expect(String(wb.getWorksheet("考核方案")!.getCell("A2").value).endsWith("   ")).toBe(true);
    expect(readSchemeSheet(await roundTrip(wb, "spaces.xlsx"))).toEqual(input);
  });

  test("chunks never cut a surrogate pair", () => {
    const text = "a🙂".repeat(10);
    for (const size of [1, 2, 3, 4]) {
      const parts = chunkText(text, size);
      expect(parts.join("")).toBe(text);
      expect(parts.every((p) => p.length <= Math.max(size, 2))).toBe(true);
      for (const p of parts) expect(p).toBe(Buffer.from(p, "utf8").toString("utf8"));
    }
  });

  test("writing again replaces the sheet; no sheet → null", async () => {
    const wb = new ExcelJS.Workbook();
    expect(readSchemeSheet(wb)).toBeNull();
    writeSchemeSheet(wb, presetInput("zhejiang"), "zh-CN");
    writeSchemeSheet(wb, presetInput("jiuyuan"), "zh-CN");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["考核方案"]);
    expect((readSchemeSheet(wb) as { id: string }).id).toBe("jiuyuan");
  });

  test("an invalid scheme is stored as given, with a note instead of the summary", () => {
    const wb = new ExcelJS.Workbook();
    const ws = writeSchemeSheet(wb, { id: "x", tiers: [] }, "en-US");
    expect(readSchemeSheet(wb)).toEqual({ id: "x", tiers: [] });
    expect(String(ws.getCell("C4").value)).toMatch(/^the scheme does not validate, so no summary: /);
  });
});

describe("saveWorkbook", () => {
  test("refuses to write onto the input file, even with force", async () => {
    const input = path.join(dir, "input.xlsx");
    fs.copyFileSync(path.join(FIXTURES, "plain.xlsx"), input);
    const wb = await loadWorkbook(input);
    const bytes = fs.readFileSync(input);
    for (const out of [input, path.join(dir, ".", "input.xlsx")]) {
      const e = await saveWorkbook(wb, out, { inputPath: input, force: true, lang: "en-US" }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(WorkbookError);
      expect((e as WorkbookError).code).toBe("SAME_AS_INPUT");
    }
    fs.symlinkSync(input, path.join(dir, "link.xlsx"));
    const e = await saveWorkbook(wb, path.join(dir, "link.xlsx"), { inputPath: input, force: true }).catch((x: unknown) => x);
    expect((e as WorkbookError).code).toBe("SAME_AS_INPUT");
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);
  });

  test("refuses an existing output without force, overwrites with it", async () => {
    const wb = await loadWorkbook(path.join(FIXTURES, "english.xlsx"));
    const out = path.join(dir, "existing.xlsx");
    fs.writeFileSync(out, "keep me");
    const e = await saveWorkbook(wb, out, { lang: "zh-CN" }).catch((x: unknown) => x);
    expect((e as WorkbookError).code).toBe("OUTPUT_EXISTS");
    expect((e as WorkbookError).message).toBe(`输出文件已存在：${out}（确需覆盖请使用 --force）`);
    expect(fs.readFileSync(out, "utf8")).toBe("keep me");
    await saveWorkbook(wb, out, { force: true });
    expect(readTable(await loadWorkbook(out)).table.rows).toHaveLength(6);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("a folder that does not exist → WRITE_FAILED, nothing left behind", async () => {
    const wb = await loadWorkbook(path.join(FIXTURES, "english.xlsx"));
    const e = await saveWorkbook(wb, path.join(dir, "no-such-folder", "out.xlsx")).catch((x: unknown) => x);
    expect((e as WorkbookError).code).toBe("WRITE_FAILED");
  });
});
