/**
 * The built pages in a real browser (Debian chromium through playwright-core; never
 * `npx playwright install`): the web build (webpack.config.js, --env stats) goes to dist-pane/ once, a 127.0.0.1 server serves it,
 * office.js is answered from node_modules and every other outside request is aborted.
 * (1) standalone page: upload the 九原区 sample, check, apply, download, open the download.
 * (2) Excel pane with fake `Excel` and `Office` globals: check → select → apply, recorded.
 * (3) axe-core on the standalone page after a check: no serious or critical violations.
 * (4) saving where webviews cannot download: the pane on a (fake) Mac hands the PDF to save.html
 *     through openBrowserWindow, and that page, opened like the system browser would, saves it.
 * (5) 分析与趋势: the charts load only when asked; a unit's trend over three months.
 * (6) 人工调整: a tie decided in the pane is in the 变更记录 sheet of the downloaded workbook.
 * (7) 导出通报 PDF: the one-page bulletin of a chosen period, read back and rendered.
 * (8) 权重设计: a pasted judgement matrix's weights saved into the downloaded workbook's scheme.
 * Also: the Excel pane's bundle holds no exceljs, pdfmake or fonts (webpack stats).
 * If chromium is missing the suite fails — it never passes silently.
 */
import { execFileSync } from "node:child_process";
import { darkPixels, havePdftoppm, pdfText, renderPage } from "../report/pdf";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { readSchemeSheet, sheetGrid } from "../../src/workbook/xlsx";

const root = resolve(__dirname, "../..");
const dist = join(root, "dist-pane");
const artifacts = join(root, "test-artifacts");
const sample = join(root, "samples/jiuyuan-2026q1.xlsx");
const officeDist = join(root, "node_modules/@microsoft/office-js/dist");
const CHROMIUM = "/usr/bin/chromium";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require("../../scripts/serve-static.js") as {
  serveStatic(dir: string, port?: number): Promise<{ server: import("node:http").Server; url: string }>;
};

let browser: Browser;
let server: import("node:http").Server;
let base: string;

jest.setTimeout(120_000);

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); this suite must not pass without it`);
  // PANE_E2E_REUSE=1 reuses dist-pane/ from a previous run (while debugging the tests only).
  if (process.env.PANE_E2E_REUSE !== "1" || !existsSync(join(dist, "stats.json")))
    execFileSync(process.execPath, [join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--env", "stats", "--output-path", dist, "--json=dist-pane/stats.json"], {
    cwd: root,
    stdio: "pipe",
  });
  mkdirSync(artifacts, { recursive: true });
  ({ server, url: base } = await serveStatic(dist));
  // launch() gives every run a fresh, temporary user data dir (it refuses --user-data-dir).
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
});

/** A fresh context: office.js from node_modules, 127.0.0.1 through, anything else aborted. */
async function newPage(opts: { bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 420, height: 900 }, ...opts });
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "appsforoffice.microsoft.com" && url.pathname.startsWith("/lib/1/hosted/")) {
      const file = join(officeDist, url.pathname.slice("/lib/1/hosted/".length));
      if (existsSync(file) && statSync(file).isFile()) return route.fulfill({ path: file, contentType: file.endsWith(".js") ? "text/javascript" : undefined });
      return route.fulfill({ status: 404, body: "" });
    }
    if (url.hostname === "127.0.0.1") return route.continue();
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return { context, page, errors };
}

test("the Excel pane's bundle holds no exceljs, pdfmake or fonts; the standalone page's holds the package reader, not exceljs", () => {
  const stats = JSON.parse(readFileSync(join(dist, "stats.json"), "utf8")) as {
    chunks: { names: string[]; modules?: { name?: string }[] }[];
  };
  // Every module of a chunk (the stats build does not concatenate modules, so each is listed).
  const names = (chunk: string) => (stats.chunks.find((c) => c.names.includes(chunk))?.modules ?? []).map((m) => m.name ?? "");
  const pane = names("taskpane");
  const standalone = names("standalone");
  expect(pane.length).toBeGreaterThan(100);
  expect(pane.filter((n) => /exceljs|pdfmake|noto-sans|\.(ttf|otf|woff2?)\b|src\/report\/|workbook\/xlsx\.ts/.test(n))).toEqual([]);
  // The standalone page reads and patches the package itself (src/workbook/package): no exceljs either.
  expect(standalone.some((n) => /node_modules\/exceljs/.test(n))).toBe(false);
  expect(standalone.some((n) => /src\/workbook\/package\/patch\.ts/.test(n))).toBe(true);
  expect(standalone.filter((n) => /pdfmake|noto-sans|\.(ttf|otf|woff2?)\b|src\/report\//.test(n))).toEqual([]);
  // and by content: exceljs's part names, pdfmake's name
  expect(readFileSync(join(dist, "standalone.js"), "utf8")).toContain("xl/workbook.xml");
  const paneJs = readFileSync(join(dist, "taskpane.js"), "utf8");
  expect(paneJs).not.toContain("xl/workbook.xml");
  expect(paneJs).not.toMatch(/pdfmake|NotoSansSC/i);
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f))).length;
  console.log(`dist-pane gzip: taskpane.js ${(gz("taskpane.js") / 1024).toFixed(1)} KB, standalone.js ${(gz("standalone.js") / 1024).toFixed(1)} KB`);
});

test("standalone page: ?sample= opens a sample served beside the page, as `npm start` prints it", async () => {
  mkdirSync(join(dist, "samples"), { recursive: true });
  copyFileSync(sample, join(dist, "samples", "jiuyuan-2026q1.xlsx"));
  const { context, page } = await newPage();
  await page.goto(`${base}/standalone.html?sample=jiuyuan-2026q1.xlsx`);
  await page.getByTestId("table-detected").waitFor();
  expect(await page.getByTestId("table-detected").textContent()).toContain("60");
  await context.close();
});

test("standalone page: 导出 PDF loads the report and the font only then, and the PDF holds the board in Chinese", async () => {
  const { context, page } = await newPage();
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(r.url()));
  await page.goto(`${base}/standalone.html`);
  await page.setInputFiles("#file", sample);
  await page.getByTestId("table-detected").waitFor();
  expect(fetched.some((u) => u.includes("NotoSansSC"))).toBe(false);
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "导出 PDF" }).click()]);
  expect(download.suggestedFilename()).toBe("2026年第一季度-考核报告.pdf");
  expect(fetched.some((u) => u.endsWith("fonts/NotoSansSC-Regular.ttf"))).toBe(true);
  const saved = join(artifacts, "standalone-report.pdf");
  await download.saveAs(saved);
  const pages = pdfText(readFileSync(saved));
  const all = pages.flat().join("");
  // the same title as `assess report` prints for this workbook (its own title row; test/report/cli.test.ts)
  expect(pages[0]!.join("")).toContain("九原区2026年第一季度通报考核结果");
  expect(all).toContain("区水利局");
  expect(all).toContain("晾晒表");
  expect(all).toContain(`第 1 页 / 共 ${pages.length} 页`);
  expect(all).toContain("超过名额 15");
  // Glyphs with ink, not blanks (text extraction alone passes on PDFs that render blank).
  if (havePdftoppm()) {
    const g = renderPage(readFileSync(saved), 1, 50, join(artifacts, "standalone-report-page1.png"));
    // the title band holds only text: a blank page has 0 dark pixels there, this title (regular weight) ≈ 250
    expect(darkPixels(g, 100, 0, 0.09)).toBeGreaterThan(100);
  }
  await page.getByTestId("pdf-status").waitFor();
  await context.close();
});

test("standalone page: upload, check, apply, download; axe finds nothing serious", async () => {
  // The page's Content-Security-Policy forbids inline scripts: axe is injected past it (the policy
  // itself is checked in screens.test.ts).
  const { context, page, errors } = await newPage({ bypassCSP: true });
  await page.goto(`${base}/standalone.html`);
  await page.getByTestId("privacy").waitFor();
  await page.setInputFiles("#file", sample);
  await page.getByTestId("table-detected").waitFor();
  expect(await page.getByTestId("table-detected").textContent()).toContain("2026年第一季度");
  // the workbook's own scheme (考核方案 sheet) is chosen: on the scheme line, and in the 方案 tab
  expect(await page.getByTestId("scheme-line").textContent()).toBe("九原区登记式考核");
  await page.getByRole("tab", { name: "方案" }).click();
  expect(await page.getByRole("combobox", { name: "方案" }).textContent()).toContain("工作簿中的考核方案");
  await page.getByRole("tab", { name: "校验" }).click();

  await page.getByRole("button", { name: "配额校验" }).click();
  await page.getByTestId("violation").first().waitFor();
  const codes = await page.getByTestId("violation").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.code));
  expect(codes).toContain("QUOTA_EXCEEDED");
  expect(codes).toContain("TIER_ABOVE_CAP");
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text).toContain("超过名额 15");
  expect(text).toContain("一票否决");
  await page.getByTestId("violation").filter({ hasText: "区水利局" }).first().click();
  await page.getByTestId("preview").waitFor();
  expect(await page.getByTestId("preview").textContent()).toContain("区水利局");
  await page.screenshot({ path: join(artifacts, "standalone-check.png"), fullPage: true });

  // (3) axe-core after the check
  await page.addScriptTag({ path: join(root, "node_modules/axe-core/axe.min.js") });
  const found = (await page.evaluate(async () => {
    // Fluent's focus manager (tabster) puts aria-hidden <i tabindex=0 data-tabster-dummy> sentinels
    // around focus groups; they hand focus on at once and are never read. Everything else is checked.
    const r = await (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  })) as { id: string; impact: string; help: string; targets: string[] }[];
  if (found.length) console.log("axe:", JSON.stringify(found, null, 2));
  expect(found.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await page.getByRole("button", { name: "写回结果" }).click();
  await page.getByTestId("apply-done").waitFor();
  expect(await page.getByTestId("apply-done").textContent()).toContain("【计算】等次");
  // what was written, read back and shown before any download
  expect(await page.getByTestId("written-columns").textContent()).toContain("【计算】等次");
  expect(await page.getByTestId("written-board").textContent()).toContain("区财政局");
  await page.screenshot({ path: join(artifacts, "standalone-applied.png"), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载" }).click()]);
  expect(download.suggestedFilename()).toBe("jiuyuan-2026q1-assess.xlsx");
  const saved = join(artifacts, "jiuyuan-2026q1-assess.xlsx");
  await download.saveAs(saved);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const ws = wb.getWorksheet("2026年第一季度")!;
  const header = ws.getRow(2).values as unknown[];
  const tierCol = header.indexOf("【计算】等次");
  expect(tierCol).toBeGreaterThan(9);
  expect(ws.getCell(27, 3).value).toBe("区水利局");
  expect(ws.getCell(27, tierCol).value).toBe("一般");
  const board = wb.getWorksheet("晾晒表");
  expect(board).toBeDefined();
  expect(board!.getCell(2, 1).value).toBe("类别");
  expect(board!.rowCount).toBeGreaterThanOrEqual(62);
  expect(errors).toEqual([]);
  await context.close();
});

/** The sample's first sheet as Excel's used range would give it: values and value types. */
async function sampleRange() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  const ws = wb.worksheets[0]!;
  const grid = sheetGrid(ws);
  const width = Math.max(...grid.map((r) => r.length));
  const values = grid.map((r) => Array.from({ length: width }, (_, c) => r[c]).map((v) => (v === null || v === undefined ? "" : typeof v === "object" && "error" in v ? v.error : v instanceof Date ? v.toISOString() : v)));
  const valueTypes = grid.map((r) =>
    Array.from({ length: width }, (_, c) => r[c]).map((v) =>
      v === null || v === undefined ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : typeof v === "object" && !(v instanceof Date) ? "Error" : "String",
    ),
  );
  return { sheet: ws.name, values, valueTypes };
}

/** In-page fakes of the few Office.js calls the pane and OfficeHost make, recording every write. */
function installFakes(arg: { sheet: string; values: unknown[][]; valueTypes: string[][]; platform?: string }) {
  const w = window as unknown as Record<string, unknown>;
  const log: { sheet?: string; op: string; args?: unknown[]; value?: unknown }[] = [];
  w.__excelLog = log;
  const range = (sheet: string, op: string, args: unknown[]) => {
    const e: { sheet: string; op: string; args: unknown[]; value?: unknown } = { sheet, op, args };
    log.push(e);
    return {
      set values(v: unknown) {
        e.value = v;
      },
      set formulas(v: unknown) {
        e.value = { formulas: v };
      },
      format: { font: {}, fill: {}, autofitColumns: () => undefined },
      conditionalFormats: { add: () => ({ textComparison: { rule: {}, format: { fill: {}, font: {} } } }) },
      select: () => log.push({ sheet, op: "select", args }),
      clear: () => log.push({ sheet, op: "clear", args }),
      load: () => undefined,
    };
  };
  const sheet = (name: string) => ({
    name,
    load: () => undefined,
    getUsedRange: () => ({
      values: arg.values,
      valueTypes: arg.valueTypes,
      rowIndex: 0,
      columnIndex: 0,
      load: () => undefined,
      // ExcelApi 1.13 (the fake claims every requirement set): the sample has no merged cells.
      getMergedAreasOrNullObject: () => ({ isNullObject: true, load: () => undefined, areas: { items: [] } }),
    }),
    getRange: (a: string) => range(name, "getRange", [a]),
    getRanges: (a: string) => range(name, "getRanges", [a]),
    getRangeByIndexes: (...a: number[]) => range(name, "getRangeByIndexes", a),
    freezePanes: { freezeRows: () => undefined },
    pageLayout: { headersFooters: { defaultForAllPages: {} } },
    activate: () => log.push({ sheet: name, op: "activate" }),
    delete: () => log.push({ sheet: name, op: "delete" }),
  });
  const context = {
    workbook: {
      worksheets: {
        getActiveWorksheet: () => sheet(arg.sheet),
        getItem: (n: string) => sheet(n),
        getItemOrNullObject: () => ({
          isNullObject: true,
          load: () => undefined,
          delete: () => undefined,
          // column A of the (absent) 考核方案 sheet, read for its 版式 entry with the table
          getRange: () => ({ values: [], load: () => undefined }),
          pageLayout: { headersFooters: { defaultForAllPages: { leftFooter: "", load: () => undefined } } },
        }),
        add: (n: string) => {
          log.push({ sheet: n, op: "add" });
          return sheet(n);
        },
      },
      getSelectedRange: () => sheet(arg.sheet).getUsedRange(),
      // Excel recalculates: the test's formula cells (window.__formulas) are evaluated again.
      application: {
        calculate: (type: string) => {
          log.push({ op: "calculate", args: [type] });
          (w.__recalc as (() => void) | undefined)?.();
        },
      },
    },
    sync: async () => {
      log.push({ op: "sync" });
    },
  };
  w.Excel = {
    run: async (cb: (c: unknown) => Promise<unknown>) => cb(context),
    ConditionalFormatType: { containsText: "ContainsText" },
    ConditionalTextOperator: { contains: "Contains" },
    CalculationType: { full: "Full", recalculate: "Recalculate" },
  };
  // Excel's CustomFunctions: associate records each function as functions.js registers it.
  const registered: Record<string, (...a: unknown[]) => unknown> = {};
  w.__functions = registered;
  class CFError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? "");
    }
  }
  const customFunctions = Object.freeze({
    associate: (id: string, f: (...a: unknown[]) => unknown) => void (registered[id] = f),
    Error: CFError,
    ErrorCode: Object.freeze({ invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" }),
  });
  Object.defineProperty(window, "CustomFunctions", { configurable: false, get: () => customFunctions, set: () => undefined });
  // office.js (loaded by the page) must not replace the fake Office: a frozen object behind a
  // getter that ignores assignment.
  const office = Object.freeze({
    onReady: () => Promise.resolve({ host: "Excel", platform: arg.platform ?? "PC" }),
    context: Object.freeze({
      displayLanguage: "zh-CN",
      platform: arg.platform ?? "PC",
      requirements: Object.freeze({ isSetSupported: () => true }),
      ui: Object.freeze({ openBrowserWindow: (url: string) => ((w.__opened ??= []) as string[]).push(url) }),
    }),
  });
  Object.defineProperty(window, "Office", { configurable: false, get: () => office, set: () => undefined });
}

test("Excel pane with fake Excel and Office: check → select a violation → apply, all recorded", async () => {
  const { context, page, errors } = await newPage();
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.addInitScript(installFakes, await sampleRange());
  await page.goto(`${base}/taskpane.html`);
  // office.js itself complains about the frozen fake Office (Office.Promise); the pane must not.
  await page.getByTestId("table-detected").waitFor({ timeout: 30_000 }).catch((e: unknown) => {
    throw new Error(`${String(e)}\npage errors: ${errors.join("\n")}`);
  });
  await page.getByRole("button", { name: "配额校验" }).click();
  const quota = page.locator('[data-testid="violation"][data-code="QUOTA_EXCEEDED"]').first();
  await quota.waitFor();
  const cells = ((await quota.getAttribute("data-cells")) ?? "").split(",");
  expect(cells.length).toBeGreaterThan(0);
  await quota.click();
  await page.getByText(/^已选中：/).waitFor();
  const local = cells.map((c) => c.slice(c.lastIndexOf("!") + 1)).join(",");
  type Log = { sheet?: string; op: string; args?: unknown[]; value?: unknown }[];
  let log = (await page.evaluate(() => (window as unknown as { __excelLog: unknown }).__excelLog)) as Log;
  expect(log).toContainEqual({ sheet: "2026年第一季度", op: "select", args: [local] });

  await page.getByRole("button", { name: "写回结果" }).click();
  await page.getByTestId("apply-done").waitFor();
  await page.screenshot({ path: join(artifacts, "excel-pane.png"), fullPage: true });
  log = (await page.evaluate(() => (window as unknown as { __excelLog: unknown }).__excelLog)) as Log;
  const columnWrites = log.filter((e) => e.sheet === "2026年第一季度" && e.op === "getRangeByIndexes" && Array.isArray(e.value));
  const headers = columnWrites.map((e) => (e.value as unknown[][])[0]![0]);
  expect(headers).toEqual(expect.arrayContaining(["【计算】得分", "【计算】组内排名", "【计算】等次", "【计算】亮灯"]));
  const tier = columnWrites.find((e) => (e.value as unknown[][])[0]![0] === "【计算】等次")!;
  expect(tier.args![0]).toBe(1); // from the header row (row 2)
  expect((tier.value as unknown[][])[27 - 2]![0]).toBe("一般"); // row 27, 区水利局 (vetoed)
  expect(log).toContainEqual({ sheet: "晾晒表", op: "add" });
  await context.close();
});

test("shared runtime: a scheme saved in the pane changes =ASSESS.TIER() at once, and Excel is asked to recalculate", async () => {
  const { context, page } = await newPage();
  // Errors thrown by our bundles (office.js's own complaints about the frozen fake Office are not ours).
  const ours: string[] = [];
  page.on("pageerror", (e) => (/appsforoffice|office\.js/.test(e.stack ?? "") ? undefined : ours.push(`${e.message}\n${e.stack}`)));
  await page.addInitScript(installFakes, await sampleRange());
  await page.goto(`${base}/taskpane.html`);
  await page.getByTestId("table-detected").waitFor({ timeout: 30_000 });
  // Two cells as Excel would compute them: =ASSESS.TIER(E2, E$2:E$11) and =ASSESS.LIGHT(E2, E$2:E$11),
  // scheme left blank (the workbook's), evaluated through the functions functions.js registered.
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const f = w.__functions as Record<string, (...a: unknown[]) => Promise<unknown>>;
    const scores = [[98], [95], [92], [90], [88], [80], [78], [70], [65], [60]];
    const cells: Record<string, unknown> = {};
    w.__cells = cells;
    const show = (p: Promise<unknown>) => p.then((v) => v, (e: { code?: string; message?: string }) => `${e.code} ${e.message}`);
    w.__recalc = () => {
      w.__pending = Promise.all([show(f.TIER!(98, scores, null)), show(f.LIGHT!(98, scores))]).then(([t, l]) => {
        cells.tier = t;
        cells.light = l;
      });
    };
    (w.__recalc as () => void)();
  });
  const cells = async () => page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    await w.__pending;
    return w.__cells as { tier: string; light: string };
  });
  // No scheme in the workbook yet: #N/A with what to do.
  const before = await cells();
  expect(before.tier).toMatch(/^#N\/A 未设置考核方案/);
  expect(before.light).toMatch(/^#N\/A/);

  // The pane's scheme form starts at the first preset (九原区); saving it makes it the workbook's.
  await page.getByRole("tab", { name: "方案" }).click();
  await page.getByRole("button", { name: "保存方案到工作簿" }).click();
  await page.getByText("考核方案已写入“考核方案”工作表").waitFor();
  type Log = { sheet?: string; op: string; args?: unknown[] }[];
  const log = (await page.evaluate(() => (window as unknown as { __excelLog: unknown }).__excelLog)) as Log;
  expect(log.filter((e) => e.op === "calculate")).toEqual([{ op: "calculate", args: ["Full"] }]);
  // The recalculated cells use the scheme the pane saved: the pane and the functions share one store.
  expect(await cells()).toEqual({ tier: "优秀", light: "绿" });

  // 写回结果 as formulas: the 等次 and 亮灯 columns get one spilling call each under their header.
  await page.getByRole("tab", { name: "校验" }).click();
  await page.getByTestId("apply-formulas").check();
  await page.getByRole("button", { name: "写回结果" }).click();
  await page.getByTestId("apply-done").waitFor();
  expect(await page.getByTestId("apply-done").textContent()).toMatch(/【计算】等次、【计算】亮灯列已写为公式/);
  const after = (await page.evaluate(() => (window as unknown as { __excelLog: unknown }).__excelLog)) as (Log[number] & { value?: { formulas?: string[][] } })[];
  const spills = after.filter((e) => e.value?.formulas).map((e) => e.value!.formulas![0]![0]);
  expect(spills).toHaveLength(2);
  expect(spills[0]).toMatch(/^=ASSESS\.TIERS\(\$[A-Z]+\$3:\$[A-Z]+\$\d+,,\$[A-Z]+\$3:\$[A-Z]+\$\d+/);
  expect(spills[1]).toMatch(/^=ASSESS\.LIGHTS\(/);
  expect(ours).toEqual([]);
  await context.close();
});

test("save page: a file in the fragment is saved at once, byte for byte, and wiped from the address bar", async () => {
  const { toFragment } = await import("../../src/save/fragment");
  const bytes = Uint8Array.from(readFileSync(sample));
  const { context, page, errors } = await newPage();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.goto(`${base}/save.html#${toFragment({ name: "九原区-2026.xlsx", type: "application/octet-stream", bytes })!}`),
  ]);
  expect(download.suggestedFilename()).toBe("九原区-2026.xlsx");
  const saved = join(artifacts, "save-page.xlsx");
  await download.saveAs(saved);
  expect(readFileSync(saved).equals(Buffer.from(bytes))).toBe(true);
  expect(new URL(page.url()).hash).toBe("");
  // This browser speaks en-US, so the page does too.
  await expect(page.getByRole("button", { name: "Save 九原区-2026.xlsx" }).isVisible()).resolves.toBe(true);
  expect(errors).toEqual([]);
  // Reloaded (the fragment is gone): a clear message, no download.
  await page.reload();
  expect(await page.getByRole("alert").textContent()).toContain("There is no file to save");
  await context.close();
});

test("Excel pane on a Mac: 导出 PDF opens our save page in the system browser, and that page saves the PDF", async () => {
  const { context, page, errors } = await newPage();
  await page.addInitScript(installFakes, { ...(await sampleRange()), platform: "Mac" });
  await page.goto(`${base}/taskpane.html`);
  await page.getByTestId("table-detected").waitFor({ timeout: 30_000 }).catch((e: unknown) => {
    throw new Error(`${String(e)}\npage errors: ${errors.join("\n")}`);
  });
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await page.getByRole("button", { name: "导出 PDF" }).click();
  const status = page.getByTestId("pdf-status");
  await status.waitFor({ timeout: 60_000 });
  expect(await status.textContent()).toContain("已在系统浏览器中打开 2026年第一季度-考核报告.pdf 的保存页面");
  const opened = (await page.evaluate(() => (window as unknown as { __opened?: string[] }).__opened ?? [])) as string[];
  expect(opened).toHaveLength(1);
  expect(opened[0]!.startsWith(`${base}/save.html#`)).toBe(true);
  expect(downloaded).toBe(false); // the webview's download is not relied on
  // "The system browser": a second page opening the URL the pane handed to Office.
  const browserPage = await context.newPage();
  const [download] = await Promise.all([browserPage.waitForEvent("download"), browserPage.goto(opened[0]!)]);
  expect(download.suggestedFilename()).toBe("2026年第一季度-考核报告.pdf");
  const saved = join(artifacts, "mac-route-report.pdf");
  await download.saveAs(saved);
  const text = pdfText(readFileSync(saved)).flat().join("");
  expect(text).toContain("区水利局");
  expect(text).toContain("晾晒表");
  await context.close();
});

test("standalone page: 分析与趋势 loads the charts only when asked, and draws a unit's trend over three months", async () => {
  mkdirSync(join(dist, "samples"), { recursive: true });
  copyFileSync(join(root, "samples/jiuyuan-2026-monthly.xlsx"), join(dist, "samples", "jiuyuan-2026-monthly.xlsx"));
  const { context, page, errors } = await newPage();
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(r.url()));
  await page.goto(`${base}/standalone.html?sample=jiuyuan-2026-monthly.xlsx`);
  await page.getByTestId("table-detected").waitFor();
  expect(fetched.some((u) => /charts/.test(u))).toBe(false);
  await page.getByRole("tab", { name: "分析" }).click();
  await page.getByRole("button", { name: "显示图表" }).click();
  const distribution = page.getByTestId("chart-distribution");
  await distribution.waitFor({ timeout: 30_000 });
  expect(fetched.some((u) => /charts/.test(u))).toBe(true);
  // Bars drawn (SVG rects), and the figures as text: the latest month's sheet (2026年3月, read as the
  // table since the workbook is kept by period) has 12 区直单位.
  await expect(distribution.locator("svg rect").count()).resolves.toBeGreaterThan(3);
  await expect(page.getByText(/^区直单位：优秀 \d+ · 良好 \d+ · 一般 \d+ · 较差 \d+；优秀名额 3$/).count()).resolves.toBe(1);
  await expect(distribution.locator("svg text", { hasText: "区直单位" }).count()).resolves.toBeGreaterThan(0);
  await expect(distribution.locator("svg text", { hasText: "优秀≤3" }).count()).resolves.toBeGreaterThan(0);
  await page.getByTestId("chart-contribution").locator("svg path").first().waitFor();
  // 指标分析 as text: the total, then each indicator with its share; who pulls a group down.
  const items = page.getByTestId("indicator-item");
  await expect(items.count()).resolves.toBe(4);
  expect(await items.nth(0).textContent()).toMatch(/^总分 均值 79\.24 · 最低 68\.12（区政协办公室）· 最高 88\.59（区委党校）/);
  expect(await items.nth(0).textContent()).toContain("区直单位拉低本组：区政协办公室 68.12、区投资促进中心 68.47、区委统战部 69.40");
  expect(await items.nth(1).textContent()).toMatch(/^招商引资（占总分 40%） 均值 78\.68/);
  await page.getByRole("button", { name: "读取各期工作表" }).click();
  expect(await page.getByTestId("periods-found").textContent()).toBe("工作簿中有 3 期：2026年1月、2026年2月、2026年3月");
  const trend = page.getByTestId("chart-trend");
  await trend.getByText("区直单位平均分").first().waitFor();
  // Two lines (the unit, its group's mean), each two segments across three months, and a tick per
  // month labelled as the month.
  await expect(trend.locator("svg line[stroke='#0072B2']").count()).resolves.toBe(2);
  await expect(trend.locator("svg line[stroke='#8A8886']").count()).resolves.toBe(2);
  for (const m of ["2026年1月", "2026年2月", "2026年3月"]) await expect(trend.locator("svg text", { hasText: m }).count()).resolves.toBe(1);
  await expect(trend.getByText("区委办公室", { exact: true }).count()).resolves.toBeGreaterThan(0);
  await page.locator('section[aria-labelledby="pane-analysis"]').screenshot({ path: join(artifacts, "standalone-charts.png") });
  expect(errors).toEqual([]);
  await context.close();
});

test("standalone page: a tie decided from its warning is recorded in the 变更记录 sheet of the downloaded workbook", async () => {
  const { context, page, errors } = await newPage();
  await page.goto(`${base}/standalone.html`);
  await page.setInputFiles("#file", sample);
  await page.getByTestId("table-detected").waitFor();
  await page.getByRole("button", { name: "配额校验" }).click();
  await page.getByTestId("violation").first().waitFor();
  const tie = page.locator("[data-testid=violation][data-code=TIE_AT_BOUNDARY]");
  await expect(tie.count()).resolves.toBe(1);

  await page.getByRole("button", { name: "人工调整：沙河街道、麻池镇" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "考核对象" }).click();
  await page.getByRole("option", { name: "沙河街道（苏木乡镇街道）" }).click();
  await dialog.getByRole("combobox", { name: "调整为" }).click();
  await page.getByRole("option", { name: "优秀", exact: true }).click();
  await dialog.getByRole("textbox", { name: /理由/ }).fill("并列，经考核委员会研究确定");
  await dialog.getByRole("button", { name: "记录调整" }).click();
  await page.getByTestId("override-notice").waitFor();
  expect(await page.getByTestId("override-notice").textContent()).toBe("已记入“变更记录”：沙河街道 的等次 良好 → 优秀");
  await expect(tie.count()).resolves.toBe(0);
  await page.locator('section[aria-labelledby="pane-overrides"]').screenshot({ path: join(artifacts, "standalone-override.png") });

  await page.getByRole("button", { name: "写回结果" }).click();
  await page.getByTestId("apply-done").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载" }).click()]);
  const saved = join(artifacts, "jiuyuan-2026q1-override.xlsx");
  await download.saveAs(saved);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const record = wb.getWorksheet("变更记录");
  expect(record).toBeDefined();
  const header = (record!.getRow(1).values as unknown[]).slice(1);
  const row = (record!.getRow(2).values as unknown[]).slice(1);
  const entry = Object.fromEntries(header.map((h, k) => [String(h), row[k]]));
  expect(entry).toMatchObject({ 考核对象: "沙河街道", 类别: "苏木乡镇街道", 原结果: "良好", 调整为: "优秀", 理由: "并列，经考核委员会研究确定" });
  expect(record!.rowCount).toBe(2);
  // The decided tier is what was written back, and the board marks it.
  const ws = wb.getWorksheet("2026年第一季度")!;
  const head = ws.getRow(2).values as unknown[];
  const tierCol = head.indexOf("【计算】等次");
  const noteCol = head.indexOf("【计算】人工调整");
  expect(noteCol).toBeGreaterThan(tierCol);
  let found = 0;
  ws.eachRow((r, n) => {
    if (n > 2 && r.getCell(3).value === "沙河街道") {
      found++;
      expect(r.getCell(tierCol).value).toBe("优秀");
      expect(r.getCell(noteCol).value).toBe("等次由“良好”调整为“优秀”");
    }
  });
  expect(found).toBe(1);
  const board: string[] = [];
  wb.getWorksheet("晾晒表")!.eachRow((r) => board.push((r.values as unknown[]).map((v) => String(v ?? "")).join("|")));
  expect(board.find((l) => l.includes("沙河街道"))).toContain("优秀※");
  expect(errors).toEqual([]);
  await context.close();
});

test("standalone page: 导出通报 PDF makes the one-page bulletin of the chosen period against the one before", async () => {
  mkdirSync(join(dist, "samples"), { recursive: true });
  copyFileSync(join(root, "samples/jiuyuan-2026-monthly.xlsx"), join(dist, "samples", "jiuyuan-2026-monthly.xlsx"));
  const { context, page, errors } = await newPage();
  await page.goto(`${base}/standalone.html?sample=jiuyuan-2026-monthly.xlsx`);
  await page.getByTestId("table-detected").waitFor();
  await page.getByRole("tab", { name: "分析" }).click();
  await page.getByRole("button", { name: "显示图表" }).click();
  await page.getByRole("button", { name: "读取各期工作表" }).click({ timeout: 30_000 });
  // The latest period is offered first; the reviewer picks February.
  const picker = page.getByRole("combobox", { name: "通报期间" });
  expect(await picker.textContent()).toBe("2026年3月");
  await picker.click();
  await page.getByRole("option", { name: "2026年2月" }).click();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "导出通报 PDF" }).click()]);
  expect(download.suggestedFilename()).toBe("2026年2月-通报.pdf");
  const saved = join(artifacts, "standalone-bulletin.pdf");
  await download.saveAs(saved);
  const pages = pdfText(readFileSync(saved));
  expect(pages).toHaveLength(1);
  const all = pages.flat().join("");
  expect(all).toContain("通报（2026年2月）");
  expect(all).toContain("与上期（2026年1月）比较");
  expect(all).toContain("各类别前三名与后三名");
  expect(all).toContain("本期新增：区投资促进中心"); // the unit new in February
  expect(await page.getByTestId("bulletin-status").textContent()).toBe("已生成 2026年2月-通报.pdf（一页通报，与2026年1月比较）");
  // The 导出 PDF area does not repeat the bulletin's message.
  await expect(page.getByTestId("pdf-status").count()).resolves.toBe(0);
  if (havePdftoppm()) {
    const g = renderPage(readFileSync(saved), 1, 50, join(artifacts, "standalone-bulletin-page1.png"));
    expect(darkPixels(g, 100, 0, 0.09)).toBeGreaterThan(100);
  }
  expect(errors).toEqual([]);
  await context.close();
});

test("standalone page: 权重设计 — a pasted judgement matrix's weights go into the scheme and, saved, into the downloaded workbook", async () => {
  mkdirSync(join(dist, "samples"), { recursive: true });
  copyFileSync(join(root, "samples/jiuyuan-2026-monthly.xlsx"), join(dist, "samples", "jiuyuan-2026-monthly.xlsx"));
  const { context, page, errors } = await newPage();
  await page.goto(`${base}/standalone.html?sample=jiuyuan-2026-monthly.xlsx`);
  await page.getByTestId("table-detected").waitFor();
  await page.getByRole("tab", { name: "权重" }).click();
  // 招商引资 : 项目建设 : 乡村振兴 as a clerk pastes it from Excel (tabs, 1/2 typed as text)
  await page.getByRole("textbox", { name: /^粘贴判断矩阵/ }).fill("\t招商引资\t项目建设\t乡村振兴\n招商引资\t1\t2\t3\n项目建设\t1/2\t1\t2\n乡村振兴\t1/3\t1/2\t1\n");
  const rows = page.getByTestId("weights-row");
  await expect(rows.count()).resolves.toBe(3);
  expect(await rows.allTextContents()).toEqual(["招商引资53.96%", "项目建设29.70%", "乡村振兴16.34%"]);
  expect(await page.getByTestId("weights-verdict").textContent()).toMatch(/^✓ 通过一致性检验（CR = 0\.0\d+ < 0\.10）$/);
  await page.getByRole("button", { name: "写入考核方案" }).click();
  await page.getByTestId("weights-outcome").waitFor();
  await page.getByRole("tab", { name: "方案" }).click();
  expect(await page.getByRole("textbox", { name: "招商引资" }).inputValue()).toBe("53.96");
  await page.getByRole("tab", { name: "方案" }).click();
  await page.getByRole("button", { name: "保存方案到工作簿" }).click();
  await page.getByRole("tab", { name: "校验" }).click();
  await page.getByRole("button", { name: "写回结果" }).click();
  await page.getByTestId("apply-done").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载" }).click()]);
  const saved = join(artifacts, "jiuyuan-monthly-weights.xlsx");
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const scheme = readSchemeSheet(wb) as { scoring: { indicators: { label: string; weight: number }[] } };
  expect(scheme.scoring.indicators.map((i) => [i.label, i.weight])).toEqual([
    ["招商引资", 53.96],
    ["项目建设", 29.7],
    ["乡村振兴", 16.34],
  ]);
  expect(errors).toEqual([]);
  await context.close();
});
