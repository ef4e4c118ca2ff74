/** @jest-environment jsdom */
/**
 * 版式识别 in the pane, over the standalone page's host and the real layout fixtures: one line says
 * how the sheet was read (and how many points need confirming); 详情 shows the same lines as
 * `assess check` with each assumption as a warning; 更正读取方式 reads again with a header row, a
 * column per role or the group rows and checks at once; 记住 keeps the choice in the downloaded
 * workbook. A reading that stops (two score columns) shows its message and the form, not a dead end.
 */
import "./jsdom-node-globals";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createElement } from "react";
import { layoutLines } from "../../src/workbook/layout";
import { StandaloneHost } from "../../src/workbook/standalone-host";
import { App } from "../../src/taskpane/pane";

const dir = join(__dirname, "../fixtures/layouts");
const open = (name: string) => StandaloneHost.open(new Uint8Array(readFileSync(join(dir, `${name}.xlsx`))), `${name}.xlsx`);

beforeAll(() => {
  (globalThis as Record<string, unknown>).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterEach(cleanup);

/** Choose an option of a Fluent Dropdown by its label. */
async function choose(combobox: string, option: string) {
  fireEvent.click(screen.getByRole("combobox", { name: combobox }));
  fireEvent.click(await screen.findByRole("option", { name: option }));
}

test("06: one line on the first screen; 详情 gives the CLI's lines and the count that disagrees as a warning", async () => {
  const host = await open("06-label-count-wrong");
  render(createElement(App, { host }));
  const card = await screen.findByTestId("layout-card");
  expect(within(card).getByTestId("layout-summary").textContent).toBe("表头第 2 行 · 数据第 4–26 行 · 按标题行分 2 组");
  expect(within(card).getByTestId("layout-warning-count").textContent).toBe("1 条需确认");
  // collapsed: no field, no details
  expect(within(card).queryAllByRole("combobox")).toEqual([]);
  expect(within(card).queryByTestId("layout-lines")).toBeNull();

  fireEvent.click(within(card).getByRole("button", { name: "详情" }));
  const read = await host.readTable();
  const cli = layoutLines(read.layout!, "zh-CN");
  expect(within(card).getAllByRole("listitem").map((li) => li.textContent)).toEqual(cli.filter((l) => !l.includes("! [")).map((l) => l.trim()));
  const warnings = within(card).getAllByTestId("layout-warning");
  expect(warnings.map((w) => [w.dataset.code, w.textContent])).toEqual([["GROUP_COUNT_MISMATCH", "第 3 行“（一）党群部门（10个）”写明 10 个，下面实际有 9 个"]]);
  expect(within(card).queryAllByRole("combobox")).toEqual([]); // the form waits behind 更正读取方式
});

test("27: the reading stops — the message names both score columns and the form is there; 按此读取 checks; 记住 goes into the download", async () => {
  const host = await open("27-ambiguous-two-scores");
  render(createElement(App, { host }));
  expect(await screen.findByText("工作表“考核得分”第 2 行的表头有多列可作为得分列：C（初评得分）、D（复核得分），无法确定；请在“版式识别”中选择")).toBeTruthy();
  const card = await screen.findByTestId("layout-card");
  expect(within(card).getByTestId("layout-summary").textContent).toBe("未能确定读取方式，请在下面选择后读取");
  const form = within(card).getByTestId("layout-form");
  expect((within(form).getByRole("textbox", { name: "表头行" }) as HTMLInputElement).placeholder).toBe("自动（第 2 行）");

  await choose("得分", "D · 复核得分");
  await act(async () => fireEvent.click(within(card).getByRole("button", { name: "按此读取" })));
  expect((await screen.findByTestId("table-detected")).textContent).toBe("考核得分 · 16 个对象");
  // checked at once: 16 units, 5 优秀 for 4 places
  expect((await screen.findByTestId("check-group")).textContent).toContain("优秀 5/4");
  expect(screen.getByTestId("check-summary").textContent).toMatch(/1 个错误/);
  expect(screen.getByTestId("layout-summary").textContent).toBe("表头第 2 行 · 数据第 3–18 行 · 不分组");
  // 写回结果 reads the table back with the same choice (not the stop again)
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "写回结果" })));
  await screen.findByTestId("written");
  expect(screen.getByTestId("table-detected").textContent).toBe("考核得分 · 16 个对象");

  // 记住: into the 考核方案 sheet of the workbook the page downloads
  await act(async () => fireEvent.click(within(screen.getByTestId("layout-card")).getByRole("button", { name: "记住" })));
  expect(await screen.findByText("已记住读取方式：下次按此读取此工作簿")).toBeTruthy();
  // The workbook had no 考核方案 sheet; it has one now, and the scheme list offers it.
  fireEvent.click(screen.getByRole("tab", { name: "方案" }));
  fireEvent.click(screen.getByRole("combobox", { name: "方案" }));
  expect((await screen.findAllByRole("option")).map((o) => o.textContent)[0]).toMatch(/^工作簿中的考核方案：/);
  const again = await StandaloneHost.open(new Uint8Array(await (await host.download()).arrayBuffer()), "again.xlsx");
  const read = await again.readTable();
  expect(read.options).toEqual({ columns: { score: "D" } });
  expect(read.map.score).toBe(3);
});

test("05: 不按标题行分组 reads one group, says the label rows are not used, and the form keeps the choice", async () => {
  const host = await open("05-group-label-rows");
  render(createElement(App, { host }));
  const card = await screen.findByTestId("layout-card");
  expect(within(card).getByTestId("layout-summary").textContent).toBe("表头第 2 行 · 数据第 4–26 行 · 按标题行分 2 组");
  fireEvent.click(within(card).getByRole("button", { name: "详情" }));
  fireEvent.click(within(card).getByRole("button", { name: "更正读取方式" }));
  expect(screen.getByRole("combobox", { name: "单位/姓名" }).textContent).toBe("自动（B · 单位名称）");
  await choose("分组标题行", "不按标题行分组");
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "按此读取" })));
  await waitFor(() => expect(screen.getByTestId("layout-summary").textContent).toBe("表头第 2 行 · 数据第 4–26 行 · 不分组"));
  expect(screen.getAllByTestId("layout-warning").map((w) => w.textContent)).toEqual(["第 3, 18 行的分组标题未用于分组（--no-group-rows）"]);
  expect(screen.getByRole("combobox", { name: "分组标题行" }).textContent).toBe("不按标题行分组");
  expect((await screen.findAllByTestId("check-group")).map((g) => g.textContent)).toEqual([expect.stringContaining("优秀 6/6")]);
});

test("a header row that is not a number is named on its field and cannot be applied", async () => {
  const host = await open("05-group-label-rows");
  render(createElement(App, { host }));
  const card = await screen.findByTestId("layout-card");
  fireEvent.click(within(card).getByRole("button", { name: "详情" }));
  fireEvent.click(within(card).getByRole("button", { name: "更正读取方式" }));
  fireEvent.change(screen.getByRole("textbox", { name: "表头行" }), { target: { value: "第二行" } });
  expect(screen.getByText("请填写行号（正整数），或留空自动识别")).toBeTruthy();
  expect((screen.getByRole("button", { name: "按此读取" }) as HTMLButtonElement).disabled).toBe(true);
  // full-width digits are a row number
  fireEvent.change(screen.getByRole("textbox", { name: "表头行" }), { target: { value: "２" } });
  expect((screen.getByRole("button", { name: "按此读取" }) as HTMLButtonElement).disabled).toBe(false);
});

test("in English: the card, its warning count and the form's labels", async () => {
  const host = await open("06-label-count-wrong");
  render(createElement(App, { host, initialLang: "en-US" }));
  const card = await screen.findByTestId("layout-card");
  expect(within(card).getByRole("heading").textContent).toBe("Layout");
  expect(within(card).getByTestId("layout-summary").textContent).toBe("header row 2 · rows 4–26 · 2 groups from label rows");
  expect(within(card).getByTestId("layout-warning-count").textContent).toBe("1 to confirm");
  fireEvent.click(within(card).getByRole("button", { name: "Details" }));
  expect(within(card).getByTestId("layout-warning").textContent).toBe("row 3 “（一）党群部门（10个）” announces 10, 9 follow");
  fireEvent.click(within(card).getByRole("button", { name: "Correct the reading" }));
  expect(within(card).getByRole("button", { name: "Remember" })).toBeTruthy();
  expect(within(card).getByRole("combobox", { name: "Group label rows" }).textContent).toBe("Decide automatically");
});
