/** @jest-environment jsdom */
/**
 * The pane against a fake SheetHost (in memory): the table detected and shown, a preset chosen,
 * the check listing the quota violation of a table that breaks the 30% quota, a violation
 * selecting its cells, apply writing the engine's columns, an invalid quota named on its field.
 * (Named .test.ts, not .tsx: jest.config.js matches *.test.ts only.)
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createElement } from "react";
import { evaluate } from "../../src/engine/check/evaluate";
import { outputColumns } from "../../src/engine/check/outputs";
import { presets } from "../../src/engine/scheme/presets";
import type { CellValue } from "../../src/engine/types";
import { detectTable } from "../../src/workbook/headers";
import type { CellChange, HostTable, SheetHost } from "../../src/workbook/host";
import { App } from "../../src/taskpane/pane";

/** Sheet 表1: a title, header in row 2, ten units in one group; four typed 优秀 for 3 places. */
function grid(): CellValue[][] {
  const rows: CellValue[][] = [["2026年第一季度考核"], ["类别", "单位", "总分", "一票否决", "等次"]];
  const tiers = ["优秀", "优秀", "优秀", "优秀", "良好", "良好", "良好", "一般", "一般", "较差"];
  tiers.forEach((t, i) => rows.push(["区直单位", `单位${i + 1}`, 95 - i * 2, "否", t]));
  return rows;
}

class FakeHost implements SheetHost {
  calls: { op: string; args: unknown[] }[] = [];
  constructor(private cells: CellValue[][] = grid()) {}
  async readTable(): Promise<HostTable> {
    const found = detectTable(this.cells, "表1");
    if (!found.ok) throw new Error(found.error);
    return { sheet: "表1", table: found.table, map: found.map, ownColumns: found.ownColumns, grid: this.cells };
  }
  writeResults = jest.fn(async (..._args: Parameters<SheetHost["writeResults"]>) => undefined);
  select = jest.fn(async (_cells: readonly string[]) => undefined);
  writeCells = jest.fn(async (_changes: readonly CellChange[]) => undefined);
}

async function renderPane(host: SheetHost = new FakeHost()) {
  render(createElement(App, { host }));
  await screen.findByTestId("table-detected");
}

// jsdom has no ResizeObserver (Fluent's MessageBar watches its own width).
beforeAll(() => {
  (globalThis as Record<string, unknown>).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterEach(cleanup);

/** Open one of the pane's tabs (校验 · 方案 · 权重 · 分析): the other panels are hidden. */
const openTab = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));
/** Open the table's columns from the table line's 更改. */
const openColumns = () => fireEvent.click(screen.getByRole("button", { name: "更改" }));

test("the first screen: the table line, the scheme line and 配额校验 — the columns behind 更改", async () => {
  await renderPane();
  expect(screen.getByTestId("table-detected").textContent).toBe("表1 · 10 个对象");
  expect(screen.getByText("考核表：表头第 2 行 · 单位/姓名 B · 类别 A · 得分 C · 等次（手填） E")).toBeTruthy();
  expect(screen.getByTestId("scheme-line").textContent).toBe("九原区登记式考核");
  expect(screen.getByText("方案：“优秀”≤ 30%")).toBeTruthy();
  // no form field on the first screen; the scheme editor waits in its tab
  expect(screen.queryAllByRole("combobox")).toEqual([]);
  expect(screen.queryAllByRole("textbox")).toEqual([]);
  expect(screen.getByRole("tab", { name: "校验" }).getAttribute("aria-selected")).toBe("true");
  openColumns();
  expect(screen.getByRole("combobox", { name: "单位/姓名" }).textContent).toContain("B · 单位");
  expect(screen.getByRole("combobox", { name: "得分" }).textContent).toContain("C · 总分");
  expect(screen.getByRole("combobox", { name: "等次（手填）" }).textContent).toContain("E · 等次");
});

test("no table: the WorkbookError-style message is shown in a MessageBar", async () => {
  render(createElement(App, { host: new FakeHost([["备注"], ["无表格"]]) }));
  expect(await screen.findByText("未找到考核表")).toBeTruthy();
});

test("choosing a preset fills the scheme fields from it", async () => {
  await renderPane();
  fireEvent.click(screen.getByRole("button", { name: "编辑" }));
  expect((screen.getByRole("textbox", { name: "比例（%）" }) as HTMLInputElement).value).toBe("30");
  fireEvent.click(screen.getByRole("combobox", { name: "方案" }));
  fireEvent.click(await screen.findByRole("option", { name: "浙江省综合考核" }));
  await waitFor(() => expect(screen.getByRole("combobox", { name: "方案" }).textContent).toContain("浙江省综合考核"));
  expect((screen.getByRole("textbox", { name: /后位比例/ }) as HTMLInputElement).value).toBe("10");
  expect(screen.queryByRole("textbox", { name: "比例（%）" })).toBeNull();
  // and the scheme line says so
  expect(screen.getByTestId("scheme-line").textContent).toContain("浙江省综合考核");
});

test("check lists the 30% quota violation; clicking it selects its cells; apply writes the engine's columns", async () => {
  const host = new FakeHost();
  await renderPane(host);
  const read = await host.readTable();
  const ev = evaluate(read.table, read.map, presets.jiuyuan!, "zh-CN");
  const quota = ev.check.violations.find((v) => v.code === "QUOTA_EXCEEDED")!;
  expect(quota).toBeDefined();

  fireEvent.click(screen.getByRole("button", { name: "配额校验" }));
  const items = await screen.findAllByTestId("violation");
  const shown = items.find((b) => b.dataset.code === "QUOTA_EXCEEDED")!;
  expect(shown.textContent).toBe(quota.message);
  expect(shown.textContent).toContain("超过名额 3");
  expect(screen.getByTestId("check-summary").textContent).toMatch(/\d+ 个错误/);
  expect(screen.getByTestId("check-group").textContent).toContain("优秀 4/3");

  await act(async () => fireEvent.click(shown));
  expect(host.select).toHaveBeenCalledWith(quota.cells);
  // each cell of the card selects that cell alone
  const card = shown.closest("[data-testid=violation-card]") as HTMLElement;
  const cellButtons = within(card).getAllByTestId("violation-cell");
  expect(cellButtons.map((b) => b.textContent)).toEqual(quota.cells.map((c) => c.replace(/^.*!/, "")));
  await act(async () => fireEvent.click(cellButtons[1]!));
  expect(host.select).toHaveBeenLastCalledWith([quota.cells[1]]);
  // the proposed fix is on the card, with 修正
  expect(within(card).getByTestId("violation-fix").textContent).toMatch(/^建议：E\d+：优秀 → 良好/);
  within(card).getByRole("button", { name: "修正" });

  await act(async () => fireEvent.click(screen.getByRole("button", { name: "写回结果" })));
  await screen.findByTestId("apply-done");
  expect(host.writeResults).toHaveBeenCalledTimes(1);
  const [readArg, columns, board, opts] = host.writeResults.mock.calls[0]!;
  expect(readArg.sheet).toBe("表1");
  expect(columns).toEqual(outputColumns(ev, "zh-CN"));
  expect(board).toHaveLength(10);
  expect(opts).toEqual({ lang: "zh-CN" });
  expect(screen.getByTestId("apply-done").textContent).toContain("【计算】等次");
  // what was written, shown before any download: the top of the 晾晒表
  const written = screen.getByTestId("written-board");
  expect(written.textContent).toContain("单位1");
  expect(written.textContent).toContain(`前 5 行`);
});

test("a fix is written only after the dialog is confirmed", async () => {
  const host = new FakeHost();
  await renderPane(host);
  fireEvent.click(screen.getByRole("button", { name: "配额校验" }));
  await screen.findAllByTestId("violation");
  const fixes = screen.getAllByRole("button", { name: "修正" });
  fireEvent.click(fixes[0]!);
  const dialog = await screen.findByRole("dialog");
  expect(host.writeCells).not.toHaveBeenCalled();
  await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "写入", hidden: true })));
  expect(host.writeCells).toHaveBeenCalledTimes(1);
  const changes = host.writeCells.mock.calls[0]![0];
  expect(changes.length).toBeGreaterThan(0);
  expect(changes[0]!.cell).toMatch(/^表1!E\d+$/);
});

test("an invalid quota (150%) shows the field's message and blocks the check", async () => {
  await renderPane();
  openTab("方案");
  fireEvent.change(screen.getByRole("textbox", { name: "比例（%）" }), { target: { value: "150" } });
  expect(await screen.findByText(/tiers\[0\]\.quota\.share.*不能大于 1/)).toBeTruthy();
  openTab("校验");
  expect(screen.getByTestId("scheme-line").textContent).toBe("九原区登记式考核（有误，请编辑）");
  expect((screen.getByRole("button", { name: "配额校验" }) as HTMLButtonElement).disabled).toBe(true);
});

test("the language switch renders the pane in English from the catalogue", async () => {
  await renderPane();
  fireEvent.click(screen.getByRole("button", { name: "English" }));
  expect(await screen.findByRole("button", { name: "Check" })).toBeTruthy();
  expect(screen.getByTestId("table-detected").textContent).toBe("表1 · 10 subjects");
  expect(screen.getByRole("tab", { name: "Scheme" })).toBeTruthy();
});

test("an edit of the sheet is rechecked once typing pauses, not on every change", async () => {
  const host = new FakeHost();
  let notify: (() => void) | undefined;
  const stop = jest.fn(async () => undefined);
  const withEvents: SheetHost = Object.assign(host, {
    onChanged: async (listener: () => void) => {
      notify = listener;
      return stop;
    },
  });
  const readTable = jest.spyOn(host, "readTable");
  await renderPane(withEvents);
  await waitFor(() => expect(notify).not.toBe(undefined));
  fireEvent.click(screen.getByRole("button", { name: "配额校验" }));
  await screen.findByText(/超过名额 3/);
  const reads = readTable.mock.calls.length;
  // the clerk fixes 单位4 (typed 优秀) to 良好: three change events in a row
  (host as unknown as { cells: CellValue[][] }).cells[5]![4] = "良好";
  act(() => {
    notify!();
    notify!();
    notify!();
  });
  await waitFor(() => expect(readTable.mock.calls.length).toBe(reads + 1), { timeout: 3000 });
  await waitFor(() => expect(screen.queryByText(/超过名额 3/)).toBeNull(), { timeout: 3000 });
  cleanup();
  expect(stop).toHaveBeenCalled();
});

test("indicator weights: a live sum per section, and a sum other than 100% blocks the check", async () => {
  const host = new FakeHost();
  const scheme = {
    ...JSON.parse(JSON.stringify(presetInputOf("jiuyuan"))),
    scoring: {
      indicators: [
        { id: "招商引资", column: "招商引资", weight: 0.4 },
        { id: "项目建设", column: "项目建设", weight: 0.35 },
        { id: "乡村振兴", column: "乡村振兴", weight: 0.25 },
      ],
    },
  };
  const withScheme: SheetHost = Object.assign(host, { readScheme: async () => scheme });
  await renderPane(withScheme);
  await waitFor(() => expect(screen.getByTestId("scheme-line").textContent).toBe("九原区登记式考核"));
  openTab("方案");
  await waitFor(() => expect(screen.getByTestId("weights-sum").textContent).toBe("100%"));
  fireEvent.change(screen.getByRole("textbox", { name: "项目建设" }), { target: { value: "30" } });
  await waitFor(() => expect(screen.getByTestId("weights-sum").textContent).toBe("95%"));
  expect(screen.getByText("合计 95%，须为 100%")).toBeTruthy();
  openTab("校验");
  expect((screen.getByRole("button", { name: "配额校验" }) as HTMLButtonElement).disabled).toBe(true);
});

function presetInputOf(id: string): unknown {
  return require("../../src/engine/scheme/presets").presetInput(id);
}

test("a host that can read the selection offers it, and later re-reads keep to it (with the workbook's own reading options: none chosen)", async () => {
  const host = Object.assign(new FakeHost(), { sources: ["usedRange", "selection"] as const });
  const readTable = jest.spyOn(host, "readTable");
  await renderPane(host);
  openColumns();
  fireEvent.click(screen.getByRole("button", { name: "读取选定区域" }));
  await waitFor(() => expect(readTable).toHaveBeenLastCalledWith({ kind: "selection" }, undefined));
  fireEvent.click(screen.getByRole("button", { name: "配额校验" }));
  fireEvent.click(await screen.findByRole("button", { name: "写回结果" }));
  await waitFor(() => expect(host.writeResults).toHaveBeenCalled());
  await waitFor(() => expect(readTable.mock.calls.length).toBeGreaterThanOrEqual(3));
  expect(readTable).toHaveBeenLastCalledWith({ kind: "selection" }, undefined);
});

test("a host without a selection (the standalone page) shows no such button", async () => {
  await renderPane();
  openColumns();
  expect(screen.getByRole("button", { name: "重新读取" })).toBeTruthy();
  expect(screen.queryByRole("button", { name: "读取选定区域" })).toBeNull();
});

test("tier thresholds and caps are editable; a threshold above the tier before it is named on the field", async () => {
  await renderPane();
  openTab("方案");
  fireEvent.change(screen.getByRole("textbox", { name: "“优秀”分数线（留空为不设）" }), { target: { value: "92" } });
  openTab("校验");
  fireEvent.click(screen.getByRole("button", { name: "配额校验" }));
  // 单位3 (91) and 单位4 (89) are typed 优秀 below the new 92-point line
  expect(await screen.findByText("单位3（91 分）未达“优秀”分数线 92")).toBeTruthy();
  openTab("方案");
  fireEvent.change(screen.getByRole("textbox", { name: "“良好”分数线（留空为不设）" }), { target: { value: "95" } });
  expect(await screen.findByText(/分数线 95 高于上一等次的分数线 92/)).toBeTruthy();
  expect(screen.getByRole("combobox", { name: "一票否决者最高等次" }).textContent).toContain("一般");
  openTab("校验");
  expect((screen.getByRole("button", { name: "配额校验" }) as HTMLButtonElement).disabled).toBe(true);
});

describe("files out of Excel", () => {
  class FilesHost extends FakeHost {
    saveFile = jest.fn(async (_file: Blob, _name: string, route?: "download" | "browser") => ({ route: route ?? ("download" as const), unsure: route === undefined }));
    constructor(readonly pdf: () => Promise<Blob>) {
      super();
    }
    workbookPdf = () => this.pdf();
  }

  test("the whole workbook as Excel's PDF: saved through the host; a download Office may drop offers the browser", async () => {
    const host = new FilesHost(async () => new Blob(["%PDF-1.7"], { type: "application/pdf" }));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "整个工作簿导出为 PDF（Excel 打印效果）" }));
    const status = await screen.findByTestId("pdf-status");
    expect(status.textContent).toContain("已导出 表1-工作簿.pdf（Excel 生成，1 KB）");
    expect(host.saveFile).toHaveBeenCalledWith(expect.anything(), "表1-工作簿.pdf", undefined);
    fireEvent.click(within(status).getByTestId("save-in-browser"));
    await waitFor(() => expect(host.saveFile).toHaveBeenLastCalledWith(expect.anything(), "表1-工作簿.pdf", "browser"));
    const sent = host.saveFile.mock.calls.map((c) => c[0]);
    expect(sent[1]).toBe(sent[0]); // the same file, not a new export
    expect((await screen.findByTestId("pdf-status")).textContent).toContain("已在系统浏览器中打开 表1-工作簿.pdf 的保存页面");
    expect(screen.queryByTestId("save-in-browser")).toBeNull();
  });

  test("an empty PDF from Excel is reported, and nothing is saved", async () => {
    const { WorkbookError } = await import("../../src/workbook/errors");
    const host = new FilesHost(async () => {
      throw new WorkbookError("EMPTY_PDF");
    });
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "整个工作簿导出为 PDF（Excel 打印效果）" }));
    expect((await screen.findByTestId("pdf-status")).textContent).toMatch(/^Excel 返回了空的 PDF/);
    expect(host.saveFile).not.toHaveBeenCalled();
  });

  test("a host without Excel's PDF (the standalone page) shows no such button", async () => {
    await renderPane();
    expect(screen.queryByRole("button", { name: /整个工作簿导出为 PDF/ })).toBeNull();
  });
});
