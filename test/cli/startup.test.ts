/**
 * What each command loads (issue 13): bin/assess.js runs the command's bundle
 * (webpack.cli.config.js), whose commands are chunks loaded when they run. `assess --help` loads
 * the entry alone — no command, no zod, no package; `check` loads its chunks (zod is bundled in its
 * ES build) but neither exceljs, pdfmake nor the patcher. Seen from inside a real
 * `node bin/assess.js` process: a preloaded script lists every module the process required.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { onlyHelp } from "../../src/cli/usage";
import { root, tempDirForSuite } from "../helpers/cli";

const dir = tempDirForSuite("assess-startup-");
const sample = join(root, "samples/jiuyuan-2026q1.xlsx");

/** The modules `node bin/assess.js …args` required, as paths relative to the repository (node_modules/… for packages). */
function loaded(...args: string[]): { code: number | null; modules: string[] } {
  const list = join(dir(), `modules-${Math.random().toString(36).slice(2)}.json`);
  const hook = join(dir(), "list-modules.js");
  writeFileSync(hook, `process.on("exit", () => require("fs").writeFileSync(process.env.ASSESS_MODULES, JSON.stringify(Object.keys(require.cache))));\n`);
  const r = spawnSync(process.execPath, ["-r", hook, join(root, "bin/assess.js"), ...args], { encoding: "utf8", cwd: root, env: { ...process.env, ASSESS_MODULES: list } });
  const modules = (JSON.parse(readFileSync(list, "utf8")) as string[]).map((m) => m.replace(/^.*?\/node_modules\//, "node_modules/").replace(`${root}/`, ""));
  return { code: r.status, modules };
}

const has = (modules: string[], part: string) => modules.some((m) => m.includes(part));

test("--help loads the bundle's entry alone", () => {
  const r = loaded("--help");
  expect(r.code).toBe(0);
  expect(r.modules.filter((m) => m !== "bin/assess.js" && !m.endsWith("list-modules.js"))).toEqual(["dist/cli-bundle/assess.js"]);
});

test("check loads its chunks, not exceljs, pdfmake, zod's CommonJS build or the patcher", () => {
  const r = loaded("check", sample, "--json");
  expect(r.code).toBe(1); // the sample has violations
  expect(has(r.modules, "dist/cli-bundle/src_cli_check-command_ts.js")).toBe(true);
  for (const part of ["node_modules/exceljs/", "node_modules/pdfmake/", "node_modules/zod/", "package_patch", "report-command", "dist/workbook/"])
    expect({ part, loaded: has(r.modules, part) }).toEqual({ part, loaded: false });
});

test("only-help arguments: a --lang the parser would refuse is left to it", () => {
  expect([[], ["--help"], ["-h"], ["help"], ["--help", "--lang", "en"], ["--lang=en-US", "-h"]].map(onlyHelp)).toEqual([true, true, true, true, true, true]);
  expect([["check", "--help"], ["--help", "--lang", "fr"], ["--help", "--lang"], ["--lang=de", "help"], ["--help", "--json"]].map(onlyHelp)).toEqual([false, false, false, false, false]);
});
