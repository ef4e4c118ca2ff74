/** @jest-environment jsdom */
/**
 * 名额分配 in the pane: the workbook's 名额分配 sheet read through the host and applied to the check
 * (its groups' own places in the messages), its unreadable cells shown, and the scheme editor's
 * per-group field saved into the scheme.
 */
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createElement } from "react";
import type { CellValue } from "../../src/engine/types";
import { detectTable } from "../../src/workbook/headers";
import type { HostTable, SheetHost } from "../../src/workbook/host";
import { App } from "../../src/taskpane/pane";

/** 农村: 4 subjects, 2 typed 优秀; 社区: 6 subjects, 3 typed 优秀. */
function grid(): CellValue[][] {
  const rows: CellValue[][] = [["类别", "姓名", "总分", "等次"]];
  ["优秀", "优秀", "良好", "良好"].forEach((t, i) => rows.push(["农村", `农村${i + 1}`, 95 - i, t]));
  ["优秀", "优秀", "优秀", "良好", "良好", "一般"].forEach((t, i) => rows.push(["社区", `社区${i + 1}`, 90 - i, t]));
  return rows;
}

class AllocationHost implements SheetHost {
  constructor(private allocation: CellValue[][] | null) {}
  async readTable(): Promise<HostTable> {
    const cells = grid();
    const found = detectTable(cells, "表1");
    if (!found.ok) throw new Error(found.error);
    return { sheet: "表1", table: found.table, map: found.map, ownColumns: found.ownColumns, grid: cells };
  }
  async readAllocation() {
    return this.allocation ? { name: "名额分配", grid: this.allocation } : null;
  }
  writeResults = jest.fn(async () => undefined);
  select = jest.fn(async () => undefined);
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterEach(cleanup);

async function check(host: SheetHost) {
  render(createElement(App, { host }));
  await screen.findByTestId("table-detected");
  fireEvent.click(screen.getByRole("button", { name: "配额校验" }));
  await screen.findByTestId("check-summary");
}

test("the 名额分配 sheet sets each group's places; the message names it", async () => {
  await check(new AllocationHost([["类别", "优秀"], ["农村", 2], ["社区", 2]]));
  expect(screen.getAllByTestId("allocation-line").map((e) => e.textContent)).toEqual(["名额分配（名额分配表）：优秀 — 农村 2 名、社区 2 名"]);
  expect(await screen.findByText(/【社区】“优秀”等次 3 人（个），超过名额 2（名额分配表：社区 2 名）/)).toBeTruthy();
  expect(screen.queryByText(/【农村】“优秀”等次/)).toBeNull();
});

test("an unreadable cell of the sheet is shown with its address", async () => {
  await check(new AllocationHost([["类别", "优秀"], ["农村", "两名"]]));
  expect(screen.getByTestId("allocation-problems").textContent).toContain("名额分配!B2");
});

test("the scheme editor's per-group field allocates the first tier", async () => {
  await check(new AllocationHost(null));
  fireEvent.click(screen.getByRole("tab", { name: "方案" }));
  const field = screen.getByRole("textbox", { name: /按类别分配名额/ });
  fireEvent.change(field, { target: { value: "农村=1, 社区=3" } });
  await waitFor(() => expect(screen.getAllByTestId("allocation-line").map((e) => e.textContent)).toEqual(["名额分配（考核方案）：优秀 — 农村 1 名、社区 3 名"]));
  expect(await screen.findByText(/【农村】“优秀”等次 2 人（个），超过名额 1（考核方案名额分配：农村 1 名）/)).toBeTruthy();
  fireEvent.change(field, { target: { value: "农村=一" } });
  await waitFor(() => expect(screen.getByText(/tiers\[0\]\.quota\.groups/)).toBeTruthy());
});
