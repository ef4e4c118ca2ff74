/**
 * The add-in shell: manifest.xml is well-formed, every resource id it references is defined, and
 * every URL it names is a file of the web build (built here once) or of assets/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const root = resolve(__dirname, "../..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const out = join(root, "dist-web");

beforeAll(() => {
  execFileSync(process.execPath, [join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], { cwd: root, stdio: "pipe" });
}, 120_000);

test("manifest.xml is well-formed XML", () => {
  expect(XMLValidator.validate(xml)).toBe(true);
});

test("the manifest names the add-in in zh-CN with an en-US override", () => {
  const m = new XMLParser({ ignoreAttributes: false }).parse(xml).OfficeApp;
  expect(m.DefaultLocale).toBe("zh-CN");
  expect(m.DisplayName["@_DefaultValue"]).toBe("考核助手");
  expect(m.DisplayName.Override["@_Locale"]).toBe("en-US");
  expect(m.Hosts.Host["@_Name"]).toBe("Workbook");
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

test.each([16, 32, 64, 80, 128])("icon-%i.png is a %i×%i PNG", (size) => {
  const png = readFileSync(join(root, "assets", `icon-${size}.png`));
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
});
