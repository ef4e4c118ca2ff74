/**
 * jest globalSetup: build the web add-in (dist-web/) once for the suites that read it (manifest,
 * functions metadata) — only when it is missing or older than its sources.
 */
const { execFileSync } = require("node:child_process");
const { existsSync, readdirSync, statSync } = require("node:fs");
const { join, resolve } = require("node:path");

const root = resolve(__dirname, "../..");

function newest(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p).reduce((m, f) => Math.max(m, newest(join(p, f))), st.mtimeMs);
}

module.exports = async function buildWeb() {
  const out = join(root, "dist-web");
  const marker = join(out, "functions.zh-CN.json");
  const sources = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json"].map((p) => join(root, p));
  if (existsSync(marker) && statSync(marker).mtimeMs >= Math.max(...sources.map(newest))) return;
  execFileSync(process.execPath, [join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], { cwd: root, stdio: "pipe" });
};
