/**
 * A real browser for the pane's screenshot suite: the web build in dist-pane/ (built when missing or
 * older than its sources — the e2e suite's build is reused), served on 127.0.0.1, Debian chromium
 * through playwright-core with TOOLCHAIN.md's flags; every outside request is aborted.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const root = resolve(__dirname, "../..");
export const dist = join(root, "dist-pane");
export const artifacts = join(root, "test-artifacts");
export const sample = join(root, "samples/jiuyuan-2026q1.xlsx");
export const CHROMIUM = "/usr/bin/chromium";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require("../../scripts/serve-static.js") as {
  serveStatic(dir: string, port?: number): Promise<{ server: import("node:http").Server; url: string }>;
};

function newest(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p).reduce((m, f) => Math.max(m, newest(join(p, f))), st.mtimeMs);
}

/** Build dist-pane/ unless it is newer than every source. */
export function buildPane(): void {
  const marker = join(dist, "stats.json");
  const sources = ["src", "assets", "webpack.config.js", "package.json"].map((p) => join(root, p));
  if (!existsSync(marker) || statSync(marker).mtimeMs < Math.max(...sources.map(newest)))
    execFileSync(process.execPath, [join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--env", "stats", "--output-path", dist, "--json=dist-pane/stats.json"], {
      cwd: root,
      stdio: "pipe",
    });
  mkdirSync(join(dist, "samples"), { recursive: true });
  copyFileSync(sample, join(dist, "samples", "jiuyuan-2026q1.xlsx"));
  mkdirSync(artifacts, { recursive: true });
}

export interface Session {
  browser: Browser;
  server: import("node:http").Server;
  base: string;
  close(): Promise<void>;
}

export async function startBrowser(): Promise<Session> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium; this suite must not pass without it`);
  buildPane();
  const { server, url } = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    browser,
    server,
    base: url,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** A fresh page of the given width: 127.0.0.1 through, anything else aborted; page errors and CSP reports kept. */
export async function openPage(s: Session, width: number, height = 900): Promise<{ context: BrowserContext; page: Page; errors: string[]; console: string[] }> {
  const context = await s.browser.newContext({ acceptDownloads: true, viewport: { width, height } });
  await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
  const page = await context.newPage();
  const errors: string[] = [];
  const consoleLines: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  return { context, page, errors, console: consoleLines };
}
