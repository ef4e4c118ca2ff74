/**
 * The add-in shell: manifest.xml is well-formed, every resource id it references is defined, and
 * every URL it names is a file of the web build (built once by jest's globalSetup, test/setup/build-web.js)
 * or of assets/. The custom functions run in the pane's shared runtime.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nameProblems } = require("../../scripts/function-names.js") as { nameProblems(name: string, what: string): string[] };

const root = resolve(__dirname, "../..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const out = join(root, "dist-web");

test("manifest.xml is well-formed XML", () => {
  expect(XMLValidator.validate(xml)).toBe(true);
});

test("default locale en-US, every Chinese text a zh-CN override (the default locale is never overridden)", () => {
  const m = new XMLParser({ ignoreAttributes: false }).parse(xml).OfficeApp;
  expect(m.DefaultLocale).toBe("en-US");
  expect(m.DisplayName["@_DefaultValue"]).toBe("Assess");
  expect(m.DisplayName.Override).toEqual({ "@_Locale": "zh-CN", "@_Value": "考核助手" });
  expect(m.Hosts.Host["@_Name"]).toBe("Workbook");
  const overrides = [...xml.matchAll(/<(?:bt:)?Override Locale="([^"]+)"/g)].map((x) => x[1]);
  expect(overrides.length).toBeGreaterThan(5);
  expect(new Set(overrides)).toEqual(new Set(["zh-CN"]));
  // No default value is Chinese: Chinese text lives in the overrides only.
  for (const d of xml.matchAll(/DefaultValue="([^"]*)"/g)) expect({ d: d[1], cjk: /[\u4e00-\u9fff]/.test(d[1]!) }).toEqual({ d: d[1], cjk: false });
});

test("requirement sets: ExcelApi 1.9 (what the pane needs without a fallback) and SharedRuntime 1.1", () => {
  const m = new XMLParser({ ignoreAttributes: false }).parse(xml).OfficeApp;
  const sets = Object.fromEntries([m.Requirements.Sets.Set].flat().map((x: Record<string, string>) => [x["@_Name"], x["@_MinVersion"]]));
  expect(sets).toEqual({ ExcelApi: "1.9", SharedRuntime: "1.1" });
});

test("shared runtime: no action under the host with the long-lived runtime carries a TaskpaneId", () => {
  const m = new XMLParser({ ignoreAttributes: false }).parse(xml).OfficeApp;
  expect(m.VersionOverrides.Hosts.Host.Runtimes.Runtime["@_lifetime"]).toBe("long");
  expect(xml).not.toMatch(/TaskpaneId/i);
  expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">\s*<SourceLocation resid="Taskpane.Url"\/>\s*<\/Action>/);
});

test("every resid is defined in Resources, and every defined resource is used", () => {
  const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  expect([...used].filter((id) => !defined.has(id))).toEqual([]);
  expect([...defined].filter((id) => !used.has(id))).toEqual([]);
});

test("every localhost URL is a file of the build", () => {
  const urls = [...xml.matchAll(/https:\/\/localhost:3000\/([^"]*)/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(5);
  for (const u of new Set(urls)) expect({ url: u, exists: existsSync(join(out, u)) }).toEqual({ url: u, exists: true });
});

test("custom functions: shared runtime, script, page, metadata with a zh-CN override, localized namespace", () => {
  const m = new XMLParser({ ignoreAttributes: false }).parse(xml).OfficeApp;
  const sets = [m.Requirements.Sets.Set].flat().map((x: Record<string, string>) => x["@_Name"]);
  expect(sets).toContain("SharedRuntime");
  const host = m.VersionOverrides.Hosts.Host;
  expect(host.Runtimes.Runtime["@_lifetime"]).toBe("long");
  const runtime = host.Runtimes.Runtime["@_resid"];
  const ep = host.AllFormFactors.ExtensionPoint;
  expect(ep["@_xsi:type"]).toBe("CustomFunctions");
  // The functions page is the pane's page: one runtime for both.
  expect(ep.Page.SourceLocation["@_resid"]).toBe(runtime);
  expect(host.DesktopFormFactor.FunctionFile["@_resid"]).toBe(runtime);
  const urls = [m.VersionOverrides.Resources["bt:Urls"]["bt:Url"]].flat();
  const url = (id: string) => urls.find((u: Record<string, unknown>) => u["@_id"] === id);
  expect(url(ep.Script.SourceLocation["@_resid"])["@_DefaultValue"]).toMatch(/\/functions\.js$/);
  const meta = url(ep.Metadata.SourceLocation["@_resid"]);
  expect(meta["@_DefaultValue"]).toMatch(/\/functions\.json$/);
  expect(meta["bt:Override"]["@_Locale"]).toBe("zh-CN");
  expect(meta["bt:Override"]["@_Value"]).toMatch(/\/functions\.zh-CN\.json$/);
  const strings = [m.VersionOverrides.Resources["bt:ShortStrings"]["bt:String"]].flat();
  const ns = strings.find((x: Record<string, unknown>) => x["@_id"] === ep.Namespace["@_resid"]);
  expect(ns["@_DefaultValue"]).toBe("ASSESS");
  expect(ns["bt:Override"]).toEqual({ "@_Locale": "zh-CN", "@_Value": "考核助手" });
  // The namespace keeps the functions' naming rules in both languages.
  expect([...nameProblems(ns["@_DefaultValue"], "namespace"), ...nameProblems(ns["bt:Override"]["@_Value"], "namespace")]).toEqual([]);
});

test("the pane page loads the functions bundle, then the pane's, which has no webpack runtime of its own", () => {
  const html = readFileSync(join(out, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((x) => x[1]);
  expect(scripts.filter((s) => !s!.startsWith("https://"))).toEqual(["functions.js", "taskpane.js"]);
  // taskpane.js (dependOn: functions) pushes its modules into the chunk list functions.js's
  // runtime reads, so both use one module registry and one scheme store (see test/pane/e2e).
  const pane = readFileSync(join(out, "taskpane.js"), "utf8");
  expect(pane).toMatch(/webpackChunk/);
});

test.each([16, 32, 64, 80, 128])("icon-%i.png is a %i×%i PNG", (size) => {
  const png = readFileSync(join(root, "assets", `icon-${size}.png`));
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
});
