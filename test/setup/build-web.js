/**
 * jest globalSetup: build the web add-in (dist-web/) once for the suites that read it (manifest,
 * functions metadata) — only when it is missing or older than its sources; then the single-file
 * offline page (dist-web/assess-offline.html, scripts/build-offline.js) when it is missing or older
 * than the web build (test/deploy reads it).
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
  if (!existsSync(marker) || statSync(marker).mtimeMs < Math.max(...sources.map(newest)))
    execFileSync(process.execPath, [join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], { cwd: root, stdio: "pipe" });
  const offline = join(out, "assess-offline.html");
  if (!existsSync(offline) || statSync(offline).mtimeMs < Math.max(statSync(marker).mtimeMs, newest(join(root, "webpack.offline.js")), newest(join(root, "scripts/build-offline.js"))))
    execFileSync(process.execPath, [join(root, "scripts/build-offline.js")], { cwd: root, stdio: "pipe" });
};
