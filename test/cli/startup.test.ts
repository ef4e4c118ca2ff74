/**
 * What each command loads (issue 13): `assess --help` loads no command's code and not the
 * validator; `check` loads the package reader and zod but neither exceljs, pdfmake nor the
 * patcher. Seen from inside a real `node bin/assess.js` process: a preloaded script lists every
 * module the process required.
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

test("--help loads neither a command nor zod", () => {
  const r = loaded("--help");
  expect(r.code).toBe(0);
  expect(r.modules.filter((m) => m.startsWith("node_modules/"))).toEqual([]);
  for (const part of ["check-command", "report-command", "/workbook/", "engine/scheme/scheme.js", "engine/scheme/presets.js"]) expect({ part, loaded: has(r.modules, part) }).toEqual({ part, loaded: false });
});

test("check loads the reader and zod, not exceljs, pdfmake or the patcher", () => {
  const r = loaded("check", sample, "--json");
  expect(r.code).toBe(1); // the sample has violations
  expect(has(r.modules, "dist/workbook/package/read.js")).toBe(true);
  expect(has(r.modules, "node_modules/zod/")).toBe(true);
  for (const part of ["node_modules/exceljs/", "node_modules/pdfmake/", "dist/workbook/package/patch.js", "dist/report/"]) expect({ part, loaded: has(r.modules, part) }).toEqual({ part, loaded: false });
});

test("only-help arguments: a --lang the parser would refuse is left to it", () => {
  expect([[], ["--help"], ["-h"], ["help"], ["--help", "--lang", "en"], ["--lang=en-US", "-h"]].map(onlyHelp)).toEqual([true, true, true, true, true, true]);
  expect([["check", "--help"], ["--help", "--lang", "fr"], ["--help", "--lang"], ["--lang=de", "help"], ["--help", "--json"]].map(onlyHelp)).toEqual([false, false, false, false, false]);
});
