/**
 * 版式识别 in the standalone page's host, on the real layout fixtures: readTable gives the layout
 * report and the options it used; options given by the pane, else those remembered in the
 * 考核方案 sheet, decide the reading as they do on the command line; 记住 writes them into the
 * downloaded workbook, where `assess check` (run in process) reads them; saving a scheme keeps them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/run";
import { presetInput } from "../../src/engine/scheme/presets";
import { isWorkbookError, type WorkbookError } from "../../src/workbook/errors";
import { layoutLines } from "../../src/workbook/layout";
import { StandaloneHost } from "../../src/workbook/standalone-host";
import { readLayoutEntry, readSchemeSheet } from "../../src/workbook/xlsx";

const dir = join(__dirname, "../fixtures/layouts");
const open = (name: string) => StandaloneHost.open(new Uint8Array(readFileSync(join(dir, `${name}.xlsx`))), `${name}.xlsx`);

let tmp = "";
beforeAll(() => (tmp = mkdtempSync(join(tmpdir(), "assess-standalone-layout-"))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `assess check` (in process) on bytes written to a file: exit code and what it printed. */
async function check(bytes: Uint8Array, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const file = join(tmp, `${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, bytes);
  let out = "";
  let err = "";
  const code = await run(["check", file, ...args], { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n"), progress: false });
  return { code, out, err };
}

test("readTable gives the layout report the CLI prints (06: label rows and the count that disagrees)", async () => {
  const read = await (await open("06-label-count-wrong")).readTable();
  expect(read.options).toEqual({});
  expect(layoutLines(read.layout!, "zh-CN")).toEqual([
    "版式：工作表“绩效考核”，表头第 2 行，数据第 4–26 行（22 行）",
    "  列：考核对象 B（单位名称），得分 F（总分），等次 G（等次）",
    "  分组：按分组标题行 3“党群部门”(9)，13“政府部门”(13)",
    "  ! [GROUP_COUNT_MISMATCH] 第 3 行“（一）党群部门（10个）”写明 10 个，下面实际有 9 个",
  ]);
  const cli = await check(new Uint8Array(readFileSync(join(dir, "06-label-count-wrong.xlsx"))), "--preset", "jiuyuan");
  for (const line of layoutLines(read.layout!, "zh-CN")) expect(cli.out).toContain(`  ${line}`);
});

test("27 (two score columns): stops with the header for the form; the pane's options decide; 记住 goes into the download", async () => {
  const host = await open("27-ambiguous-two-scores");
  const stopped = await host.readTable().catch((e: unknown) => e);
  expect(isWorkbookError(stopped, "LAYOUT_AMBIGUOUS")).toBe(true);
  expect((stopped as WorkbookError).stop).toMatchObject({ sheet: "考核得分", headerRow: 2 });
  expect((stopped as WorkbookError).stop!.headers).toContain("复核得分");

  const read = await host.readTable(undefined, { columns: { score: "D" } });
  expect(read.map.score).toBe(3);
  expect(read.options).toEqual({ columns: { score: "D" } });

  // 记住: the workbook had no 考核方案 sheet; it gets one with the scheme given and the 版式 entry
  await host.saveLayout({ columns: { score: "D" } }, "zh-CN", presetInput("jiuyuan"));
  expect((await host.readTable()).map.score).toBe(3); // remembered: read so without options
  const bytes = new Uint8Array(await (await host.download()).arrayBuffer());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(readLayoutEntry(wb)).toEqual({ columns: { score: "D" } });
  expect((readSchemeSheet(wb) as { id: string }).id).toBe("jiuyuan");
  // the command line reads the downloaded workbook the same way: 16 units, 5 优秀 for 4 places
  const cli = await check(bytes);
  expect(cli.code).toBe(1);
  expect(cli.out).toContain("得分 D（复核得分）");
  expect(cli.out).toContain("优秀 5/4 ✗");

  // saving a scheme from the pane keeps the entry; remembering all-automatic forgets it
  await host.saveScheme(presetInput("zhejiang"), "zh-CN");
  expect((await host.readTable()).options).toEqual({ columns: { score: "D" } });
  await host.saveLayout({}, "zh-CN", presetInput("jiuyuan"));
  await expect(host.readTable()).rejects.toMatchObject({ code: "LAYOUT_AMBIGUOUS" });
  const after = new ExcelJS.Workbook();
  await after.xlsx.load(new Uint8Array(await (await host.download()).arrayBuffer()) as unknown as ArrayBuffer);
  expect(readLayoutEntry(after)).toBeNull();
  expect((readSchemeSheet(after) as { id: string }).id).toBe("zhejiang"); // the scheme stored there is kept
});

test("options remembered by `assess apply` are honoured, and the pane's options replace them", async () => {
  const input = new Uint8Array(readFileSync(join(dir, "05-group-label-rows.xlsx")));
  const applied = join(tmp, "applied.xlsx");
  const src = join(tmp, "05.xlsx");
  writeFileSync(src, input);
  expect(await run(["apply", src, "-o", applied, "--preset", "jiuyuan", "--no-group-rows"], { out: () => undefined, err: () => undefined, progress: false })).toBe(1);
  const host = await StandaloneHost.open(new Uint8Array(readFileSync(applied)), "applied.xlsx");
  const remembered = await host.readTable();
  expect(remembered.options).toEqual({ groupRows: false });
  expect(remembered.layout!.groups.from).toBe("none");
  expect(remembered.layout!.notes.map((n) => n.key)).toContain("layout.assume.labelsIgnored");
  const given = await host.readTable(undefined, {});
  expect(given.layout!.groups.from).toBe("labels");
});
