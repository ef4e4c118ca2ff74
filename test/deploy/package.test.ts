/**
 * `npm run package` (scripts/package.js) over the web build of jest's globalSetup (dist-web/):
 * the packaged manifest is well-formed, keeps the source manifest's elements in their order, names
 * only URLs under the base URL that are files of the folder, and carries a 4-part version that
 * rises; a folder missing a file the manifest names is refused. Then the packaged pages load in
 * Chromium from a local HTTPS server (a self-signed certificate made here with openssl) with every
 * other origin refused: with --office-js local office.js comes from the folder; with the CDN
 * (refused here) the pane still starts outside Office.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { chromium, type Browser } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require("../../scripts/package.js") as {
  run(argv: string[]): { out: string; version: string; base: string; files: number; bytes: number };
  nextVersion(previous: string | undefined, build: string | undefined, now?: number): string;
  UsageError: new (m: string) => Error;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { staticHandler } = require("../../scripts/serve-static.js") as { staticHandler(dir: string): (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void };

const root = resolve(__dirname, "../..");
const web = join(root, "dist-web");
const sample = join(root, "samples/jiuyuan-2026q1.xlsx");
const CHROMIUM = "/usr/bin/chromium";
const work = mkdtempSync(join(tmpdir(), "assess-package-"));
const BASE = "https://host.example/assess/";

jest.setTimeout(180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Element names in document order (a depth-first walk of fast-xml-parser's ordered output). */
function elementOrder(xml: string): string[] {
  const out: string[] = [];
  const walk = (nodes: Record<string, unknown>[]) => {
    for (const n of nodes) {
      const name = Object.keys(n).find((k) => k !== ":@" && k !== "#text" && k !== "?xml");
      if (!name) continue;
      out.push(name);
      walk(n[name] as Record<string, unknown>[]);
    }
  };
  walk(new XMLParser({ preserveOrder: true, ignoreAttributes: false }).parse(xml) as Record<string, unknown>[]);
  return out;
}

/** Every http(s) URL in attribute values and element text (not namespaces, comments), found independently of the script. */
function urlsOf(xml: string): string[] {
  const m = new XMLParser({ ignoreAttributes: false }).parse(xml) as unknown;
  const out: string[] = [];
  const walk = (v: unknown, key = ""): void => {
    if (typeof v === "string") {
      if (/^https?:\/\//.test(v) && !key.startsWith("@_xmlns")) out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(m);
  return out;
}

describe("the packaged folder", () => {
  let out: string;
  let xml: string;
  let version: string;
  beforeAll(() => {
    out = join(work, "cdn");
    ({ version } = pkg.run(["--base-url", BASE, "--out", out, "--from", web]));
    xml = readFileSync(join(out, "manifest.xml"), "utf8");
  });

  test("the manifest is well-formed and keeps the source manifest's elements, in order", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    if (spawnSync("xmllint", ["--version"]).error === undefined) execFileSync("xmllint", ["--noout", join(out, "manifest.xml")]);
    const source = readFileSync(join(root, "manifest.xml"), "utf8");
    expect(elementOrder(xml)).toEqual(elementOrder(source));
    expect(elementOrder(xml).slice(0, 4)).toEqual(["OfficeApp", "Id", "Version", "ProviderName"]);
  });

  test("every URL is under the base URL and a file of the folder; the AppDomain is its origin", () => {
    const urls = urlsOf(xml);
    expect(urls.length).toBeGreaterThan(8);
    expect(xml).not.toContain("localhost");
    const m = new XMLParser({ ignoreAttributes: false }).parse(xml).OfficeApp;
    expect(m.AppDomains.AppDomain).toBe("https://host.example");
    for (const u of urls.filter((x) => x !== "https://host.example")) {
      expect(u.startsWith(BASE)).toBe(true);
      const rel = u.slice(BASE.length);
      expect({ u, file: existsSync(join(out, rel)) && statSync(join(out, rel)).isFile() }).toEqual({ u, file: true });
    }
    expect(m.DefaultSettings.SourceLocation["@_DefaultValue"]).toBe(`${BASE}taskpane.html`);
  });

  test("a 4-part version of at most 5 digits a part, rising on every package", () => {
    expect(version).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    expect(xml).toContain(`<Version>${version}</Version>`);
    const again = pkg.run(["--base-url", BASE, "--out", out, "--from", web]).version;
    const build = (v: string) => Number(v.split(".")[3]);
    expect(build(again)).toBeGreaterThan(build(version));
    // time-based: hours since 2026-01-01, and never below a previous build
    expect(pkg.nextVersion(undefined, undefined, Date.UTC(2026, 0, 2))).toMatch(/\.24$/);
    expect(pkg.nextVersion("0.1.0.500", undefined, Date.UTC(2026, 0, 2))).toMatch(/\.501$/);
    expect(() => pkg.nextVersion("0.1.0.500", "500")).toThrow(/rise/);
    expect(() => pkg.run(["--base-url", BASE, "--out", out, "--from", web, "--build", "3"])).toThrow(/rise/);
  });

  test("the web build, the offline page, web.config and the font's licence; no samples or stats", () => {
    for (const f of ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "functions.zh-CN.json", "standalone.html", "save.html", "assess-offline.html", "web.config", "fonts/OFL.txt"]) expect([f, existsSync(join(out, f))]).toEqual([f, true]);
    expect(existsSync(join(out, "samples"))).toBe(false);
    expect(existsSync(join(out, "office-js"))).toBe(false);
    expect(XMLValidator.validate(readFileSync(join(out, "web.config"), "utf8"))).toBe(true);
    expect(readFileSync(join(out, "taskpane.html"), "utf8")).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });
});

describe("refusals", () => {
  test("a folder without a file the manifest names is refused, and nothing is left", () => {
    const partial = join(work, "partial-web");
    cpSync(web, partial, { recursive: true, filter: (f) => !f.endsWith("functions.zh-CN.json") });
    const out = join(work, "partial");
    expect(() => pkg.run(["--base-url", BASE, "--out", out, "--from", partial])).toThrow(/functions\.zh-CN\.json is no file of the folder/);
    expect(existsSync(out)).toBe(false);
  });

  test("bad arguments: http, no base URL, an unknown --office-js, a folder that is no package", () => {
    expect(() => pkg.run(["--base-url", "http://host.example/assess/", "--from", web, "--out", join(work, "x")])).toThrow(/https/);
    expect(() => pkg.run(["--from", web])).toThrow(/--base-url/);
    expect(() => pkg.run(["--base-url", BASE, "--office-js", "maybe", "--from", web])).toThrow(/cdn or local/);
    const other = join(work, "not-a-package");
    cpSync(join(root, "assets"), other, { recursive: true });
    expect(() => pkg.run(["--base-url", BASE, "--from", web, "--out", other])).toThrow(/not wiping/);
    expect(readdirSync(other).length).toBeGreaterThan(0);
  });

  test("the command line: exit code 2 and one message", () => {
    const r = spawnSync(process.execPath, [join(root, "scripts/package.js"), "--base-url", "ftp://x/"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/https/);
  });
});

describe("served over HTTPS with no other origin reachable", () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  const dirs: Record<string, string> = {};

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium; this suite must not pass without it`);
    if (spawnSync("openssl", ["version"]).error !== undefined) throw new Error("openssl is missing: it makes the test's self-signed certificate");
    const key = join(work, "key.pem");
    const cert = join(work, "cert.pem");
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "pipe" });
    // /local/… and /cdn/… serve the two packages.
    const handlers: Record<string, ReturnType<typeof staticHandler>> = {};
    server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
      const m = /^\/(local|cdn)(\/.*)$/.exec(req.url ?? "");
      const h = m && handlers[m[1]!];
      if (!m || !h) return void res.writeHead(404).end();
      req.url = m[2];
      h(req, res);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `https://127.0.0.1:${(server.address() as import("node:net").AddressInfo).port}`;
    for (const mode of ["local", "cdn"]) {
      dirs[mode] = join(work, `served-${mode}`);
      pkg.run(["--base-url", `${base}/${mode}/`, "--office-js", mode, "--out", dirs[mode]!, "--from", web]);
      handlers[mode] = staticHandler(dirs[mode]!);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
  });

  /** A page where only our HTTPS server answers; every other request is refused and recorded. */
  async function open(path: string) {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, acceptDownloads: true });
    const refused: string[] = [];
    const served: string[] = [];
    await context.route("**", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${base}/`)) {
        served.push(url.slice(base.length));
        return route.continue();
      }
      refused.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${base}${path}`);
    return { context, page, refused, served, errors };
  }

  test("--office-js local: the pages name office-js/office.js, the folder has it and Microsoft's licence", () => {
    const html = readFileSync(join(dirs.local!, "taskpane.html"), "utf8");
    expect(html).not.toContain("appsforoffice.microsoft.com");
    expect(html).toMatch(/src="?office-js\/office\.js/);
    for (const f of ["office.js", "excel-win32-16.01.js", "excel-web-16.00.js", "zh-cn/office_strings.js", "LICENSE.md"]) expect([f, existsSync(join(dirs.local!, "office-js", f))]).toEqual([f, true]);
    expect(readdirSync(join(dirs.local!, "office-js")).filter((f) => f.endsWith(".debug.js"))).toEqual([]);
  });

  test("--office-js local: the pane loads office.js from the folder, nothing from elsewhere, and starts outside Office", async () => {
    const { context, page, refused, served, errors } = await open("/local/taskpane.html");
    await page.waitForFunction(() => (document.getElementById("root")?.childElementCount ?? 0) > 0, undefined, { timeout: 60_000 });
    expect(served).toContain("/local/office-js/office.js");
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("--office-js cdn: the CDN is refused here, and the pane still starts (outside Office)", async () => {
    const { context, page, refused, errors } = await open("/cdn/taskpane.html");
    await page.waitForFunction(() => (document.getElementById("root")?.childElementCount ?? 0) > 0, undefined, { timeout: 60_000 });
    expect(refused).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    // Without office.js the custom functions' generated CustomFunctions.associate calls (functions.js)
    // throw; the pane does not depend on them.
    expect(errors.filter((e) => !/CustomFunctions is not defined/.test(e))).toEqual([]);
    await context.close();
  });

  test("the standalone page and the offline page work from the package over HTTPS", async () => {
    for (const path of ["/cdn/standalone.html", "/cdn/assess-offline.html"]) {
      const { context, page, refused, errors } = await open(path);
      await page.locator("input[type=file]").setInputFiles(sample);
      await page.getByRole("button", { name: /配额校验/ }).first().click();
      await page.getByText(/超过名额 15/).first().waitFor();
      expect([path, refused]).toEqual([path, []]);
      expect([path, errors]).toEqual([path, []]);
      await context.close();
    }
  });

  test("the server answers the manifest and every page the manifest names", async () => {
    const xml = readFileSync(join(dirs.cdn!, "manifest.xml"), "utf8");
    const { context, page } = await open("/cdn/standalone.html");
    expect(await page.evaluate(async (url) => (await fetch(url)).status, `${base}/cdn/manifest.xml`)).toBe(200);
    for (const u of new Set(urlsOf(xml).filter((x) => x.startsWith(`${base}/cdn/`)))) {
      const status = await page.evaluate(async (url) => (await fetch(url)).status, u);
      expect([u, status]).toEqual([u, 200]);
    }
    await context.close();
  });
});

test("deploy/: the README shows the IIS and nginx files as they are", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  for (const f of ["deploy/iis/web.config", "deploy/nginx/assess.conf"]) expect([f, readme.includes(readFileSync(join(root, f), "utf8").trim())]).toEqual([f, true]);
  writeFileSync(join(work, "touch"), ""); // (work dir exists)
});
