/** @jest-environment jsdom */
/**
 * The pane's 权重设计 section against a fake SheetHost (in memory): a judgement matrix pasted as
 * Excel copies it gives the engine's weights, λmax / CI / RI / CR and the verdict; 写入考核方案
 * puts them into the scheme form's indicator weights (matched by name, or in order), asking first
 * when CR ≥ 0.1; names that match no indicator are listed and nothing is written; bad cells are
 * named by their place in the pasted block, or by their address when read from the selection;
 * entropy weights need their variant chosen. (Named .test.ts: jest.config.js matches *.test.ts only.)
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createElement } from "react";
import { ahp, entropyWeights } from "../../src/engine/mcdm";
import { paneMessages } from "../../src/messages/pane";
import { weightMessages } from "../../src/messages/weights";
import { presetInput } from "../../src/engine/scheme/presets";
import type { SchemeInput } from "../../src/engine/scheme/scheme";
import type { CellValue } from "../../src/engine/types";
import { detectTable } from "../../src/workbook/headers";
import type { HostTable, SheetHost } from "../../src/workbook/host";
import { App } from "../../src/taskpane/pane";
import { matchIndicators, percentsOf } from "../../src/taskpane/use-weights";

// Fluent UI in jsdom is slow on a loaded 2-core machine (one test took 60 s in a run beside other
// builds): a hang guard, not a speed requirement.
jest.setTimeout(180_000);

/** Sheet 表1: header in row 1, four units with the three 通报 indicators. */
function grid(): CellValue[][] {
  const rows: CellValue[][] = [["类别", "单位", "招商引资", "项目建设", "乡村振兴", "总分", "等次"]];
  ["甲", "乙", "丙", "丁"].forEach((u, i) => rows.push(["区直单位", `单位${u}`, 90 - i, 80 + i, 85, 85, i === 0 ? "优秀" : "良好"]));
  return rows;
}

/** The 九原区 sample's scheme: the jiuyuan preset with three indicators 0.4 / 0.35 / 0.25. */
function sampleScheme(): SchemeInput {
  return {
    ...(JSON.parse(JSON.stringify(presetInput("jiuyuan"))) as SchemeInput),
    scoring: {
      indicators: [
        { id: "investment", label: "招商引资", column: "招商引资", weight: 0.4 },
        { id: "projects", label: "项目建设", column: "项目建设", weight: 0.35 },
        { id: "rural", label: "乡村振兴", column: "乡村振兴", weight: 0.25 },
      ],
    },
  };
}

class FakeHost implements SheetHost {
  constructor(
    private cells: CellValue[][] = grid(),
    private scheme: SchemeInput | null = sampleScheme(),
  ) {}
  async readTable(): Promise<HostTable> {
    const found = detectTable(this.cells, "表1");
    if (!found.ok) throw new Error(found.error);
    return { sheet: "表1", table: found.table, map: found.map, ownColumns: found.ownColumns, grid: this.cells };
  }
  readScheme = async () => this.scheme;
  saveScheme = jest.fn(async (_input: unknown) => undefined);
  writeResults = jest.fn(async () => undefined);
  select = jest.fn(async () => undefined);
}

async function renderPane(host: SheetHost = new FakeHost()) {
  render(createElement(App, { host }));
  await screen.findByTestId("table-detected", undefined, { timeout: 10_000 });
  if (host.readScheme && (await host.readScheme())) {
    openTab("方案");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "方案" }).textContent).toContain("工作簿中的考核方案"));
  }
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

/** Open one of the pane's tabs: 权重 holds the weight design, 方案 the scheme's fields. */
const openTab = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));
const paste = (text: string) => {
  openTab("权重");
  fireEvent.change(screen.getByRole("textbox", { name: /^粘贴判断矩阵/ }), { target: { value: text } });
};
const field = (name: string) => {
  openTab("方案");
  return (screen.getByRole("textbox", { name }) as HTMLInputElement).value;
};
/** A button of a tab, the tab opened first. */
const inTab = (tab: string, name: string) => {
  openTab(tab);
  return screen.getByRole("button", { name });
};
const shownWeights = () => screen.getAllByTestId("weights-row").map((r) => Array.from(r.querySelectorAll("td")).map((td) => td.textContent));
const pct = (w: number) => `${(w * 100).toFixed(2)}%`;

/** 招商引资 : 项目建设 : 乡村振兴 — consistent (CR ≈ 0.008). */
const CONSISTENT = "\t招商引资\t项目建设\t乡村振兴\n招商引资\t1\t2\t3\n项目建设\t1/2\t1\t2\n乡村振兴\t1/3\t1/2\t1\n";
/** Circular: 招商引资 ≻ 项目建设 ≻ 乡村振兴 ≻ 招商引资 (CR ≈ 1.15). */
const CIRCULAR = "\t招商引资\t项目建设\t乡村振兴\n招商引资\t1\t3\t1/3\n项目建设\t1/3\t1\t3\n乡村振兴\t3\t1/3\t1\n";

test("a pasted judgement matrix: the engine's weights in percent, λmax/CI/RI/CR, and the verdict", async () => {
  await renderPane();
  paste(CONSISTENT);
  const expected = ahp([
    [1, 2, 3],
    [1 / 2, 1, 2],
    [1 / 3, 1 / 2, 1],
  ]);
  if (!expected.ok) throw new Error("matrix");
  const w = expected.value.weights;
  expect(shownWeights()).toEqual([
    ["招商引资", pct(w[0]!)],
    ["项目建设", pct(w[1]!)],
    ["乡村振兴", pct(w[2]!)],
  ]);
  expect(shownWeights().map((r) => r[1])).toEqual(["53.96%", "29.70%", "16.34%"]);
  expect(screen.getByTestId("weights-stats").textContent).toBe(
    `λmax = ${expected.value.lambdaMax.toFixed(4)}　CI = ${expected.value.ci.toFixed(4)}　RI = 0.58（Saaty 1980）　CR = ${expected.value.cr!.toFixed(4)}`,
  );
  expect(screen.getByTestId("weights-verdict").textContent).toBe(`✓ 通过一致性检验（CR = ${expected.value.cr!.toFixed(4)} < 0.10）`);
});

test("写入考核方案 puts the weights into the scheme form's indicators by name; the section adds up to 100%", async () => {
  const host = new FakeHost();
  await renderPane(host);
  expect([field("招商引资"), field("项目建设"), field("乡村振兴")]).toEqual(["40", "35", "25"]);
  // rows in another order than the scheme's, names in full-width and with spaces: still matched
  paste("\t项目建设\t招 商 引 资\t乡村振兴\n项目建设\t1\t1/2\t2\n招 商 引 资\t2\t1\t3\n乡村振兴\t1/2\t1/3\t1\n");
  fireEvent.click(inTab("权重", "写入考核方案"));
  await waitFor(() => expect(field("招商引资")).toBe("53.96"));
  expect([field("项目建设"), field("乡村振兴")]).toEqual(["29.7", "16.34"]);
  expect(screen.getByTestId("weights-sum").textContent).toBe("100%");
  expect(screen.getByTestId("weights-outcome").textContent).toBe(
    "已将 3 个指标的权重写入考核方案：项目建设 29.70%、招商引资 53.96%、乡村振兴 16.34%。请在“考核方案”中核对，再点“保存方案到工作簿”。",
  );
  expect(screen.queryByRole("dialog")).toBeNull();
  // saved only with the scheme's own button, and then with the new weights
  expect(host.saveScheme).not.toHaveBeenCalled();
  openTab("方案");
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "保存方案到工作簿" })));
  const saved = host.saveScheme.mock.calls[0]![0] as SchemeInput;
  expect(saved.scoring!.indicators!.map((i) => [i.id, i.weight])).toEqual([
    ["investment", 53.96],
    ["projects", 29.7],
    ["rural", 16.34],
  ]);
});

test("CR ≥ 0.1: a warning, and a Dialog asks before writing; 取消 writes nothing", async () => {
  await renderPane();
  paste(CIRCULAR);
  const verdict = screen.getByTestId("weights-verdict").textContent!;
  expect(verdict).toMatch(/^⚠ 未通过一致性检验：CR = 1\.149\d ≥ 0\.10/);
  fireEvent.click(inTab("权重", "写入考核方案"));
  const dialog = await screen.findByRole("dialog");
  expect(dialog.textContent).toMatch(/判断矩阵未通过一致性检验（CR = 1\.149\d ≥ 0\.10），仍要写入吗？/);
  fireEvent.click(within(dialog).getByRole("button", { name: "取消", hidden: true }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  expect(field("招商引资")).toBe("40");

  fireEvent.click(inTab("权重", "写入考核方案"));
  fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "仍要写入", hidden: true }));
  await waitFor(() => expect(field("招商引资")).toBe("33.34"));
  expect([field("项目建设"), field("乡村振兴")]).toEqual(["33.33", "33.33"]);
  expect(screen.getByTestId("weights-sum").textContent).toBe("100%");
});

test("names that match no indicator are listed, and nothing is written", async () => {
  await renderPane();
  paste("\t招商引资\t营商环境\t乡村振兴\n招商引资\t1\t2\t3\n营商环境\t1/2\t1\t2\n乡村振兴\t1/3\t1/2\t1\n");
  fireEvent.click(inTab("权重", "写入考核方案"));
  expect((await screen.findByTestId("weights-outcome")).textContent).toBe(
    "以下名称与考核方案的指标都对不上，未写入：“营商环境”。方案的指标为：招商引资、项目建设、乡村振兴。",
  );
  expect([field("招商引资"), field("项目建设"), field("乡村振兴")]).toEqual(["40", "35", "25"]);
});

test("a scheme without indicators (a preset): a clear message, nothing written", async () => {
  await renderPane(new FakeHost(grid(), null));
  paste("1\t3\n1/3\t1");
  fireEvent.click(inTab("权重", "写入考核方案"));
  expect((await screen.findByTestId("weights-outcome")).textContent).toMatch(/^当前考核方案没有指标权重，无处写入/);
});

test("numbers only: matched in order when the counts agree", async () => {
  await renderPane();
  paste("1 2 3\n1/2 1 2\n1/3 1/2 1");
  expect(shownWeights().map((r) => r[0])).toEqual(["第 1 项", "第 2 项", "第 3 项"]);
  fireEvent.click(inTab("权重", "写入考核方案"));
  await waitFor(() => expect(field("招商引资")).toBe("53.96"));
});

test("bad cells are named by their row and column in the pasted block; nothing is computed", async () => {
  await renderPane();
  paste("\t招商引资\t项目建设\t乡村振兴\n招商引资\t1\t2\tx\n项目建设\t1/2\t1\t2\n乡村振兴\t\t1/2\t1\n");
  const problems = screen.getByTestId("weights-problems");
  expect(problems.textContent).toContain("无法计算：2 处问题");
  expect(Array.from(problems.querySelectorAll("li")).map((li) => li.textContent)).toEqual(["第 2 行第 4 列 的值“x”不是数字", "第 4 行第 2 列 为空白，应填写数字"]);
  expect(screen.queryByRole("button", { name: "写入考核方案" })).toBeNull();
});

describe("the selection (Excel)", () => {
  class SelectionHost extends FakeHost {
    constructor(private selected: { address: string; values: CellValue[][] }) {
      super();
    }
    readSelectedGrid = jest.fn(async () => this.selected);
  }

  test("读取选区 reads the selected range; problems name real addresses", async () => {
    const host = new SelectionHost({
      address: "判断矩阵!B2:E5",
      values: [
        [null, "招商引资", "项目建设", "乡村振兴"],
        ["招商引资", 1, 2, 3],
        ["项目建设", 0.5, 1, 3],
        ["乡村振兴", new Date(Date.UTC(2026, 0, 3)), 0.5, 1],
      ],
    });
    await renderPane(host);
    openTab("权重"); // outside act: inside it the tab's render would wait for the act to end
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "读取选区" })));
    expect(host.readSelectedGrid).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId("weights-selection").textContent).toMatch(/^已读取选区 判断矩阵!B2:E5（4 行 × 4 列）/);
    const items = Array.from(screen.getByTestId("weights-problems").querySelectorAll("li")).map((li) => li.textContent);
    expect(items).toEqual([
      "判断矩阵!C5 的值“2026-01-03”不是数字（在 Excel 中直接输入 1/3 会变成日期：请输入 =1/3 或 0.333，或把单元格设为文本）",
      "判断矩阵!D5 的值 0.5 与 判断矩阵!E4 不互为倒数，应为 1/3",
    ]);
    // typing in the paste box uses the pasted block instead
    paste(CONSISTENT);
    expect(screen.queryByTestId("weights-selection")).toBeNull();
    expect(shownWeights()).toHaveLength(3);
  });

  test("a host without it (the standalone page) shows no 读取选区 button", async () => {
    await renderPane();
    expect(screen.queryByRole("button", { name: "读取选区" })).toBeNull();
  });
});

describe("entropy weights", () => {
  const DATA = "单位\t招商引资\t项目建设\t乡村振兴\n甲\t90\t80\t85\n乙\t70\t82\t60\n丙\t85\t79\t95\n丁\t60\t81\t70\n";
  const values = [
    [90, 80, 85],
    [70, 82, 60],
    [85, 79, 95],
    [60, 81, 70],
  ];

  test("the variant must be chosen; min–max takes a direction per criterion", async () => {
    await renderPane();
    openTab("权重");
    fireEvent.click(screen.getByRole("radio", { name: "熵权法" }));
    fireEvent.change(screen.getByRole("textbox", { name: /^粘贴数据表/ }), { target: { value: DATA } });
    expect(screen.getByText(/请先选择计算方式/)).toBeTruthy();
    expect(screen.queryByTestId("weights-table")).toBeNull();

    fireEvent.click(screen.getByRole("combobox", { name: "计算方式（须选择）" }));
    fireEvent.click(await screen.findByRole("option", { name: "极差标准化后求比重" }));
    const benefit = entropyWeights(values, { variant: "minmax" });
    if (!benefit.ok) throw new Error("data");
    await waitFor(() => expect(shownWeights().map((r) => r[3])).toEqual(benefit.value.weights.map(pct)));
    expect(shownWeights()[0]!.slice(0, 3)).toEqual(["招商引资", benefit.value.entropy[0]!.toFixed(4), benefit.value.divergence[0]!.toFixed(4)]);
    expect(screen.queryByTestId("weights-verdict")).toBeNull();

    fireEvent.click(screen.getByRole("combobox", { name: "“项目建设”的方向" }));
    fireEvent.click(await screen.findByRole("option", { name: "逆向" }));
    const cost = entropyWeights(values, { variant: "minmax", directions: ["benefit", "cost", "benefit"] });
    if (!cost.ok) throw new Error("data");
    await waitFor(() => expect(shownWeights().map((r) => r[3])).toEqual(cost.value.weights.map(pct)));

    fireEvent.click(inTab("权重", "写入考核方案"));
    await waitFor(() => expect(screen.getByTestId("weights-sum").textContent).toBe("100%"));
    expect(field("项目建设")).toBe(String(percentsOf(cost.value.weights)[1]));
  });
});

test("in English through the pane's language switch", async () => {
  await renderPane();
  fireEvent.click(screen.getByRole("button", { name: "English" }));
  openTab("Weights");
  expect(await screen.findByRole("heading", { name: "Weight design" })).toBeTruthy();
  fireEvent.change(screen.getByRole("textbox", { name: /^Paste the judgement matrix/ }), { target: { value: CIRCULAR } });
  expect(screen.getByTestId("weights-verdict").textContent).toMatch(/^⚠ inconsistent: CR = 1\.149\d ≥ 0\.10/);
  fireEvent.click(screen.getByRole("button", { name: "Write into the scheme" }));
  expect((await screen.findByRole("dialog")).textContent).toMatch(/The judgement matrix fails the consistency check \(CR = 1\.149\d ≥ 0\.10\)\. Write the weights anyway\?/);
});

describe("pure parts", () => {
  test("percents with two decimals add up to exactly 100", () => {
    expect(percentsOf([1 / 3, 1 / 3, 1 / 3])).toEqual([33.34, 33.33, 33.33]);
    expect(percentsOf([0.5396, 0.297, 0.1634])).toEqual([53.96, 29.7, 16.34]);
    for (const ws of [[0.1, 0.2, 0.7], [1 / 7, 2 / 7, 4 / 7], [0.123456, 0.876544]]) {
      expect(Math.round(percentsOf(ws).reduce((a, b) => a + b, 0) * 100)).toBe(10_000);
    }
  });

  test("matching: sections must be whole and single; unnamed criteria go in order only when one level fits", () => {
    const zhejiang: SchemeInput = {
      ...sampleScheme(),
      scoring: {
        sections: [
          { id: "party", label: "党的建设", weight: 0.3 },
          { id: "performance", label: "高质量发展绩效", weight: 0.7 },
        ],
        indicators: [
          { id: "p1", label: "党建引领", column: "党建引领", section: "party", weight: 0.5 },
          { id: "p2", label: "班子建设", column: "班子建设", section: "party", weight: 0.5 },
          { id: "g1", label: "经济发展", column: "经济发展", section: "performance", weight: 0.6 },
          { id: "g2", label: "社会民生", column: "社会民生", section: "performance", weight: 0.4 },
        ],
      },
    };
    expect(matchIndicators(["班子建设", "党建引领"], 2, zhejiang)).toEqual({ ok: true, ids: ["p2", "p1"], section: "party" });
    const text = (m: ReturnType<typeof matchIndicators>) => (m.ok ? "" : m.message("zh-CN"));
    expect(text(matchIndicators(["党建引领", "经济发展"], 2, zhejiang))).toMatch(/分属不同的考卷\/维度（党的建设、高质量发展绩效）/);
    expect(text(matchIndicators(["党建引领"], 1, zhejiang))).toMatch(/考核方案（党的建设）中还有指标不在本次计算中：班子建设/);
    expect(text(matchIndicators(["党建引领", "黨建引領"], 2, zhejiang))).toMatch(/^“黨建引領”与另一个名称对应同一个指标/);
    expect(text(matchIndicators(null, 2, zhejiang))).toMatch(/没有恰好 2 个指标的层级（现有：党的建设 2、高质量发展绩效 2）/);
    expect(matchIndicators(null, 3, sampleScheme())).toEqual({ ok: true, ids: ["investment", "projects", "rural"], section: "" });
    expect(matchIndicators(["INVESTMENT", "projects", "乡村振兴"], 3, sampleScheme())).toMatchObject({ ok: true });
  });

  test("the section's catalogue keys do not collide with the pane's (a merged duplicate would win silently)", () => {
    const pane = new Set(Object.keys(paneMessages));
    expect(Object.keys(weightMessages).filter((k) => pane.has(k))).toEqual([]);
  });
});
