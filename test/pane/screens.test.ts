/**
 * The pane as a reviewer sees it, in a real browser at a task pane's widths (320, 420 px) and a
 * desktop's (1280 px), in Chinese and English: screenshots into test-artifacts/ (looked at by a
 * person), and what can be measured — 配额校验 on the first screen with no form above it, nothing
 * wider than the page, one primary button at a time, violation cards of one width, what was
 * written shown after 写回结果, keyboard only, the page's CSP and favicon. The 版式识别 card at
 * 320 and 450 px: one line, then its details and the 更正读取方式 form inside the pane's width, and a
 * reading that stops shown with its form.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { artifacts, dist, openPage, root, startBrowser, type Session } from "./browser";

jest.setTimeout(180_000);

let s: Session;
beforeAll(async () => {
  s = await startBrowser();
}, 600_000);
afterAll(async () => s?.close());

const T = {
  "zh-CN": { check: "配额校验", apply: "写回结果", scheme: "方案", change: "更改" },
  "en-US": { check: "Check", apply: "Apply", scheme: "Scheme", change: "Change" },
} as const;

/** How far the page scrolls sideways (0 when nothing is wider than the window). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * Visible buttons drawn in the brand colour (Fluent's primary appearance), once their colour
 * transition has settled (Fluent animates a button's background when its appearance changes).
 */
async function primaries(page: Page): Promise<(string | null)[]> {
  let last: (string | null)[] = [];
  for (let i = 0; i < 10; i++) {
    const now = await brandButtons(page);
    if (i > 0 && JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
    await page.waitForTimeout(150);
  }
  return last;
}

const brandButtons = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement("div");
    probe.style.backgroundColor = "var(--colorBrandBackground)";
    document.querySelector(".fui-FluentProvider")!.appendChild(probe);
    const brand = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return Array.from(document.querySelectorAll("button"))
      .filter((b) => b.offsetParent !== null && getComputedStyle(b).backgroundColor === brand)
      .map((b) => b.textContent);
  });

describe.each(["zh-CN", "en-US"] as const)("%s", (lang) => {
  test.each([320, 420, 1280])("at %i px: the first screen, the check, what was written", async (width) => {
    const t = T[lang];
    const { context, page, errors, console: lines } = await openPage(s, width, 720);
    await page.goto(`${s.base}/standalone.html?sample=jiuyuan-2026q1.xlsx&lang=${lang}`);
    await page.getByTestId("table-detected").waitFor();
    const name = (step: string) => join(artifacts, `pane-${lang}-${width}-${step}.png`);
    await page.screenshot({ path: name("1-start") });

    // First screen: 配额校验 fully inside a 720 px high window, no input or dropdown above it.
    const check = page.getByRole("button", { name: t.check, exact: true });
    const box = (await check.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(720);
    const above = await page.evaluate((y) => Array.from(document.querySelectorAll("input:not([type=file]), [role=combobox], textarea")).filter((e) => (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().top < y).length, box.y);
    expect(above).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await primaries(page)).toEqual([t.check]);
    // the standalone page keeps a readable width at desktop sizes
    const main = (await page.locator("main").boundingBox())!;
    expect(main.width).toBeLessThanOrEqual(960);

    // Results under the action: the bars, then the violations, cards of one width.
    await check.click();
    await page.getByTestId("violation").first().waitFor();
    const firstCard = (await page.getByTestId("violation-card").first().boundingBox())!;
    expect(firstCard.y).toBeGreaterThan(box.y);
    const widths = await page.getByTestId("violation-card").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)));
    expect(new Set(widths).size).toBe(1);
    expect(await primaries(page)).toEqual([t.apply]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // a cell of a card selects it: the preview, right under the violations, shows that row
    await page.getByTestId("violation-cell").first().click();
    await page.getByTestId("preview").waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: name("2-check"), fullPage: true });

    // 写回结果: what was written, read back, before any download.
    await page.getByRole("button", { name: t.apply, exact: true }).click();
    await page.getByTestId("written").waitFor();
    expect(await page.getByTestId("written-columns").textContent()).toContain(lang === "en-US" ? "【计算】Tier" : "【计算】等次");
    expect(await page.getByTestId("written-board").textContent()).toMatch(/区|县|局/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByTestId("written").scrollIntoViewIfNeeded();
    await page.screenshot({ path: name("3-written"), fullPage: true });

    // the other tabs, collapsed until asked for
    await page.getByRole("tab", { name: t.scheme, exact: true }).click();
    await page.getByRole("combobox").first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: name("4-scheme"), fullPage: true });

    expect(errors).toEqual([]);
    expect(lines.filter((l) => /Content Security Policy|Refused to/i.test(l))).toEqual([]);
    await context.close();
  });
});

test("one language at a time, a favicon, and a CSP like save.html's on the standalone page", async () => {
  const { context, page } = await openPage(s, 420);
  await page.goto(`${s.base}/standalone.html`);
  await page.getByTestId("drop-zone").waitFor();
  const text = (await page.getByTestId("drop-zone").textContent()) ?? "";
  expect(text).toContain("选择 Excel 文件");
  expect(text).not.toMatch(/[A-Za-z]{4,} (an|the|file)/); // no English sentence beside the Chinese
  await page.screenshot({ path: join(artifacts, "pane-zh-CN-420-0-picker.png") });
  await page.getByRole("button", { name: "English" }).click();
  const en = (await page.getByTestId("drop-zone").textContent()) ?? "";
  expect(en).toContain("Choose an Excel file");
  expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect((await page.request.get(`${s.base}/${icon}`)).status()).toBe(200);
  await context.close();
});

test("keyboard only: Tab reaches 配额校验 with a visible focus, Enter checks, a violation selects its cells", async () => {
  const { context, page } = await openPage(s, 420);
  await page.goto(`${s.base}/standalone.html?sample=jiuyuan-2026q1.xlsx`);
  await page.getByTestId("table-detected").waitFor();
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = (await page.evaluate(() => document.activeElement?.textContent)) === "配额校验";
  }
  expect(reached).toBe(true);
  // Fluent marks keyboard focus and draws its focus ring from it
  expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-fui-focus-visible"))).toBe(true);
  await page.keyboard.press("Enter");
  await page.getByTestId("violation").first().waitFor();
  let onViolation = false;
  for (let i = 0; i < 60 && !onViolation; i++) {
    await page.keyboard.press("Tab");
    onViolation = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid === "violation");
  }
  expect(onViolation).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await page.getByTestId("preview").waitFor();
  await page.screenshot({ path: join(artifacts, "pane-zh-CN-420-keyboard.png") });
  await context.close();
});

/** Layout fixtures served beside the page as samples (`?sample=` opens them). */
function serveLayoutSamples(...names: string[]): void {
  for (const n of names) copyFileSync(join(root, "test/fixtures/layouts", n), join(dist, "samples", n));
}

describe("版式识别 (the layout card)", () => {
  test.each([320, 450])("at %i px: a heading and one summary line under the table and scheme lines, 详情 and 更正读取方式 inside the pane's width", async (width) => {
    serveLayoutSamples("06-label-count-wrong.xlsx");
    const { context, page, errors } = await openPage(s, width, 720);
    await page.goto(`${s.base}/standalone.html?sample=06-label-count-wrong.xlsx`);
    const card = page.getByTestId("layout-card");
    await card.waitFor();
    // the heading line (版式识别, the count to confirm, 详情) and one summary line: nothing more until asked
    const summary = card.getByTestId("layout-summary");
    const lineHeight = await summary.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect((await summary.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
    expect(await card.getByRole("button").count()).toBe(1);
    expect(await card.getByTestId("layout-warning-count").isVisible()).toBe(true);
    // 配额校验 stays on the first screen, still the one primary button, no field above it
    const check = (await page.getByRole("button", { name: "配额校验", exact: true }).boundingBox())!;
    expect(check.y + check.height).toBeLessThan(720);
    expect(await primaries(page)).toEqual(["配额校验"]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(artifacts, `layout-zh-CN-${width}-1-line.png`) });

    await card.getByRole("button", { name: "详情" }).click();
    await card.getByTestId("layout-warning").waitFor();
    await card.getByRole("button", { name: "更正读取方式" }).click();
    await card.getByTestId("layout-form").waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // every field inside the card
    const outside = await card.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return Array.from(el.querySelectorAll("input, button, [role=combobox]")).flatMap((f) => {
        const b = f.getBoundingClientRect();
        if (b.width === 0 && b.height === 0) return []; // not drawn (a Dropdown's hidden clear button)
        return b.left >= r.left - 0.5 && b.right <= r.right + 0.5 ? [] : [`${f.tagName} ${f.textContent} ${b.left}–${b.right} in ${r.left}–${r.right}`];
      });
    });
    expect(outside).toEqual([]);
    await card.screenshot({ path: join(artifacts, `layout-zh-CN-${width}-2-details.png`) });
    expect(errors).toEqual([]);
    await context.close();
  });

  test("at 320 px: a reading that stops (two score columns) shows its message and the form; reading with 复核得分 checks", async () => {
    serveLayoutSamples("27-ambiguous-two-scores.xlsx");
    const { context, page, errors } = await openPage(s, 320, 720);
    await page.goto(`${s.base}/standalone.html?sample=27-ambiguous-two-scores.xlsx`);
    const form = page.getByTestId("layout-form");
    await form.waitFor();
    expect(await page.getByText("C（初评得分）、D（复核得分）").isVisible()).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(artifacts, "layout-zh-CN-320-3-stopped.png"), fullPage: true });
    await page.getByRole("combobox", { name: "得分" }).click();
    await page.getByRole("option", { name: "D · 复核得分" }).click();
    await page.getByRole("button", { name: "按此读取" }).click();
    await page.getByTestId("check-group").first().waitFor();
    expect(await page.getByTestId("check-group").first().textContent()).toContain("优秀 5/4");
    expect(await page.getByTestId("table-detected").textContent()).toBe("考核得分 · 16 个对象");
    await page.screenshot({ path: join(artifacts, "layout-zh-CN-320-4-read.png"), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
