/**
 * The localisation step of the build (webpack.config.js, LocalizeFunctions) on a one-function
 * add-in: a translation that breaks Excel's naming rules fails the build with the reason; a good
 * one writes functions.<locale>.json with the name, parameter names and allowErrorForDataTypeAny.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LocalizeFunctions } = require("../../webpack.config.js") as { LocalizeFunctions: new (o: { source: string; table: string; output: string }) => webpack.WebpackPluginInstance };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin") as new (o: { output: string; input: string }) => webpack.WebpackPluginInstance;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "assess-localize-"));
  writeFileSync(
    join(dir, "fn.js"),
    ["/**", " * Tier of a score.", " * @customfunction TIER", " * @param {number} score The score.", " * @returns {string} The tier.", " */", "function tier(score) { return String(score); }", ""].join("\n"),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(name: string, param: string): Promise<{ errors: string[]; out: string }> {
  const table = join(dir, `zh-${name}.json`);
  writeFileSync(table, JSON.stringify({ functions: { TIER: { name, description: "等次。", parameters: { score: { name: param, description: "得分。" } } } } }));
  const out = join(dir, `out-${name}`);
  const compiler = webpack({
    mode: "none",
    context: dir,
    entry: "./fn.js",
    output: { path: out },
    plugins: [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: join(dir, "fn.js") }), new LocalizeFunctions({ source: "functions.json", table, output: "functions.zh-CN.json" })],
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      if (err || !stats) return reject(err);
      compiler.close(() => resolve({ errors: stats.toJson({ all: false, errors: true }).errors?.map((e) => e.message) ?? [], out }));
    }),
  );
}

test("a two-character name fails the build, with the rule it breaks", async () => {
  const { errors } = await build("等次", "得分");
  expect(errors.join("\n")).toMatch(/function TIER: "等次" has fewer than three characters/);
});

test("a parameter name with a space fails the build", async () => {
  const { errors } = await build("评定等次", "得 分");
  expect(errors.join("\n")).toMatch(/parameter "得 分"/);
});

test("a good table gives the localized metadata: names, parameter names, error cells allowed", async () => {
  const { errors, out } = await build("评定等次", "得分");
  expect(errors).toEqual([]);
  const meta = JSON.parse(readFileSync(join(out, "functions.zh-CN.json"), "utf8"));
  expect(meta.allowErrorForDataTypeAny).toBe(true);
  expect(meta.functions[0]).toMatchObject({ id: "TIER", name: "评定等次", parameters: [{ name: "得分", description: "得分。" }] });
  expect(JSON.parse(readFileSync(join(out, "functions.json"), "utf8")).allowErrorForDataTypeAny).toBe(true);
});
