/** @jest-environment jsdom */
/**
 * The pane's decision record (变更记录) against a fake host that keeps the record in memory: a tie
 * at the 优秀 line is decided from its warning in the check, with a reason the engine requires;
 * the entry is appended through the host, the tie no longer warns, and apply writes the decided
 * tier with the 【计算】人工调整 column; 撤销 appends a clearing entry and the computed tier is back.
 * (Named .test.ts, not .tsx: jest.config.js matches *.test.ts only.)
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createElement } from "react";
import type { Override } from "../../src/engine/record/overrides";
import type { CellValue } from "../../src/engine/types";
import type { Lang } from "../../src/engine/types";
import { detectTable } from "../../src/workbook/headers";
import type { HostTable, SheetHost } from "../../src/workbook/host";
import type { RecordRead } from "../../src/workbook/record-layout";
import { App } from "../../src/taskpane/pane";

// Fluent UI in jsdom is slow on a loaded 2-core machine (one test took 60 s in a run beside other
// builds): a hang guard, not a speed requirement.
jest.setTimeout(180_000);

/** Sheet 表1: ten units in one group, no typed tiers; 单位3 and 单位4 tied at 93 on the 优秀 line (3 places). */
function grid(): CellValue[][] {
  const scores = [98, 96, 93, 93, 90, 88, 85, 80, 75, 70];
  return [["类别", "单位", "总分"], ...scores.map((s, i) => ["区直单位", `单位${i + 1}`, s] as CellValue[])];
}

class RecordingHost implements SheetHost {
  record: Override[] = [];
  problems: RecordRead["problems"] = [];
  constructor(readonly sheet = "表1") {}
  async readTable(): Promise<HostTable> {
    const cells = grid();
    const found = detectTable(cells, this.sheet);
    if (!found.ok) throw new Error(found.error);
    return { sheet: this.sheet, table: found.table, map: found.map, ownColumns: found.ownColumns, grid: cells };
  }
  writeResults = jest.fn(async (..._args: Parameters<SheetHost["writeResults"]>) => undefined);
  select = jest.fn(async (_cells: readonly string[]) => undefined);
  readRecord = jest.fn(async (_lang: string): Promise<RecordRead> => ({ overrides: [...this.record], problems: this.problems }));
  appendRecord = jest.fn(async (overrides: readonly Override[], _lang: Lang) => {
    this.record.push(...overrides);
  });
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterEach(cleanup);

async function renderPane(host: SheetHost) {
  render(createElement(App, { host }));
  await screen.findByTestId("table-detected");
}

/** Choose an option of a Fluent Dropdown inside the open dialog. */
async function choose(dialog: HTMLElement, label: string, option: string) {
  fireEvent.click(within(dialog).getByRole("combobox", { name: label, hidden: true }));
  fireEvent.click(await screen.findByRole("option", { name: option, hidden: true }));
}

const tieWarnings = () => screen.queryAllByTestId("violation").filter((b) => b.dataset.code === "TIE_AT_BOUNDARY");

test("a tie is decided from its warning, with a reason; apply writes the decided tier; 撤销 brings the computed one back", async () => {
  const host = new RecordingHost();
  await renderPane(host);
  expect(host.readRecord).toHaveBeenCalledWith("zh-CN");
  fireEvent.click(screen.getByRole("button", { name: "配额校验" }));
  await waitFor(() => expect(tieWarnings()).toHaveLength(1));
  expect(screen.getByText("尚无生效中的人工调整。")).toBeTruthy();

  // the 调整 button beside the tie offers its two subjects
  fireEvent.click(screen.getByRole("button", { name: "人工调整：单位3、单位4" }));
  const dialog = await screen.findByRole("dialog");
  fireEvent.click(within(dialog).getByRole("combobox", { name: "考核对象", hidden: true }));
  expect((await screen.findAllByRole("option", { hidden: true })).map((o) => o.textContent)).toEqual(["单位3（区直单位）", "单位4（区直单位）"]);
  fireEvent.click(screen.getByRole("option", { name: "单位3（区直单位）", hidden: true }));
  expect(within(dialog).getByText("现为“良好”（计算结果“良好”）")).toBeTruthy();
  await choose(dialog, "调整为", "优秀");
  expect(within(dialog).getByRole("combobox", { name: "涉及规则", hidden: true }).textContent).toContain("名额线并列");

  // no reason: the engine's message on the field, nothing recorded
  await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "记录调整", hidden: true })));
  expect(await within(dialog).findByText("【区直单位】单位3 的等次调整须写明理由")).toBeTruthy();
  expect(host.appendRecord).not.toHaveBeenCalled();

  fireEvent.change(within(dialog).getByRole("textbox", { name: /理由/, hidden: true }), { target: { value: "并列第3名，经考核委员会研究确定" } });
  fireEvent.change(within(dialog).getByRole("textbox", { name: "操作人（选填）", hidden: true }), { target: { value: "王五" } });
  await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "记录调整", hidden: true })));
  await waitFor(() => expect(host.appendRecord).toHaveBeenCalledTimes(1));
  const [[entry]] = host.appendRecord.mock.calls[0]!;
  expect(entry).toMatchObject({ subject: "单位3", group: "区直单位", field: "tier", from: "良好", to: "优秀", rule: "TIE_AT_BOUNDARY", reason: "并列第3名，经考核委员会研究确定", by: "王五" });
  expect(entry!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  expect(host.appendRecord.mock.calls[0]![1]).toBe("zh-CN");

  // recorded, read again: the tie is decided and listed with its reason
  expect((await screen.findByTestId("override-notice")).textContent).toBe("已记入“变更记录”：单位3 的等次 良好 → 优秀");
  await waitFor(() => expect(tieWarnings()).toHaveLength(0));
  expect(screen.getByTestId("check-summary").textContent).toBe("未发现问题");
  expect(screen.getByTestId("override-item").textContent).toContain("【区直单位】单位3：等次 良好 → 优秀");
  expect(screen.getByTestId("override-item").textContent).toContain("理由：并列第3名，经考核委员会研究确定");
  expect(screen.getByText(/单位3、单位4 同为 93 分/)).toBeTruthy(); // under 已由调整确定的并列

  // apply writes 优秀 for 单位3 and what was computed beside it
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "写回结果" })));
  await waitFor(() => expect(host.writeResults).toHaveBeenCalledTimes(1));
  const [, columns, board] = host.writeResults.mock.calls[0]!;
  expect(columns.find((c) => c.key === "tier")!.values.slice(0, 4)).toEqual(["优秀", "优秀", "优秀", "良好"]);
  expect(columns.find((c) => c.key === "override")).toMatchObject({ header: "【计算】人工调整" });
  expect(columns.find((c) => c.key === "override")!.values[2]).toBe("等次由“良好”调整为“优秀”");
  expect(board[2]).toMatchObject({ name: "单位3", tier: "优秀※" });

  // 撤销: a reason again, then a CLEARED entry back to the computed 良好
  fireEvent.click(screen.getByRole("button", { name: "撤销 单位3 的等次调整" }));
  const clear = await screen.findByRole("dialog");
  await act(async () => fireEvent.click(within(clear).getByRole("button", { name: "撤销并记录", hidden: true })));
  expect(await within(clear).findByText("【区直单位】单位3 的等次调整须写明理由")).toBeTruthy();
  fireEvent.change(within(clear).getByRole("textbox", { name: /撤销理由/, hidden: true }), { target: { value: "复核后改由表决确定" } });
  await act(async () => fireEvent.click(within(clear).getByRole("button", { name: "撤销并记录", hidden: true })));
  await waitFor(() => expect(host.appendRecord).toHaveBeenCalledTimes(2));
  expect(host.appendRecord.mock.calls[1]![0][0]).toMatchObject({ subject: "单位3", from: "优秀", to: "良好", rule: "CLEARED", reason: "复核后改由表决确定", by: "王五" });
  await waitFor(() => expect(tieWarnings()).toHaveLength(1));
  expect(screen.queryByTestId("override-item")).toBeNull();
  expect(screen.getByText("变更记录共 2 条")).toBeTruthy();
});

test("any subject can be overridden from the section, a light too; problems of the record are shown", async () => {
  const host = new RecordingHost();
  host.problems = [{ code: "REASON_REQUIRED", severity: "error", cell: "变更记录!H3", message: "变更记录!H3 缺少理由" }];
  await renderPane(host);
  expect((await screen.findByTestId("override-problem")).textContent).toBe("变更记录!H3 缺少理由");
  fireEvent.click(screen.getByRole("button", { name: "调整等次/亮灯" }));
  const dialog = await screen.findByRole("dialog");
  await choose(dialog, "考核对象", "单位9（区直单位）");
  fireEvent.click(within(dialog).getByRole("radio", { name: "亮灯", hidden: true }));
  await choose(dialog, "调整为", "黄");
  fireEvent.change(within(dialog).getByRole("textbox", { name: /理由/, hidden: true }), { target: { value: "数据更正后复核" } });
  await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "记录调整", hidden: true })));
  await waitFor(() => expect(host.appendRecord).toHaveBeenCalledTimes(1));
  expect(host.appendRecord.mock.calls[0]![0][0]).toMatchObject({ subject: "单位9", field: "light", from: "红", to: "黄", rule: "OTHER" });
  expect((await screen.findByTestId("override-item")).textContent).toContain("亮灯 红 → 黄");
});

test("in English, from the same catalogue; a host without a record offers no overrides", async () => {
  const host = new RecordingHost();
  await renderPane(host);
  fireEvent.click(screen.getByRole("button", { name: "English" }));
  expect(await screen.findByRole("heading", { name: "Overrides (change record)" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Override a tier or light" })).toBeTruthy();
  await waitFor(() => expect(host.readRecord).toHaveBeenLastCalledWith("en-US"));
  cleanup();

  const plain: SheetHost = { readTable: () => host.readTable(), writeResults: host.writeResults, select: host.select };
  await renderPane(plain);
  fireEvent.click(screen.getByRole("button", { name: "配额校验" }));
  await waitFor(() => expect(tieWarnings()).toHaveLength(1));
  expect(screen.queryByTestId("override-violation")).toBeNull();
  expect(screen.queryByRole("button", { name: "调整等次/亮灯" })).toBeNull();
  expect(screen.getByText("此处无法读写变更记录。")).toBeTruthy();
});

test("on a period's sheet (2026年3月) a decision names its period; the record's other periods do not count here", async () => {
  const host = new RecordingHost("2026年3月");
  // February's decision about 单位4 is in the record too: it must not decide March's tie.
  host.record.push({ at: "2026-03-02T09:00:00+08:00", subject: "单位4", group: "区直单位", field: "tier", from: "良好", to: "优秀", reason: "二月的决定", period: "2026年2月" });
  await renderPane(host);
  fireEvent.click(screen.getByRole("button", { name: "配额校验" }));
  await waitFor(() => expect(tieWarnings()).toHaveLength(1));
  expect(screen.getByText("尚无生效中的人工调整。")).toBeTruthy();

  fireEvent.click(screen.getByRole("button", { name: "人工调整：单位3、单位4" }));
  const dialog = await screen.findByRole("dialog");
  fireEvent.click(within(dialog).getByRole("combobox", { name: "考核对象", hidden: true }));
  fireEvent.click(await screen.findByRole("option", { name: "单位3（区直单位）", hidden: true }));
  await choose(dialog, "调整为", "优秀");
  fireEvent.change(within(dialog).getByRole("textbox", { name: /理由/, hidden: true }), { target: { value: "三月并列，经考核委员会研究确定" } });
  await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "记录调整", hidden: true })));
  await waitFor(() => expect(host.appendRecord).toHaveBeenCalledTimes(1));
  expect(host.appendRecord.mock.calls[0]![0][0]).toMatchObject({ subject: "单位3", to: "优秀", period: "2026年3月" });
  await waitFor(() => expect(tieWarnings()).toHaveLength(0));
  expect(screen.getAllByTestId("override-item").map((x) => x.textContent)).toEqual([expect.stringContaining("【区直单位】单位3：等次 良好 → 优秀")]);
});
