#!/usr/bin/env node
/**
 * `npm start`: build the add-in (dist-web/) and serve it on port 3000, with the sample workbooks
 * beside the pages.
 * - Excel (Windows/macOS/web) needs the add-in served over HTTPS on https://localhost:3000, the URL
 *   manifest.xml names. Put a trusted localhost certificate in ~/.office-addin-dev-certs/
 *   (`npx office-addin-dev-certs install` creates one) and this serves HTTPS; then sideload
 *   manifest.xml (Excel: Insert → Add-ins → My Add-ins → Upload My Add-in; or
 *   `npx office-addin-debugging start manifest.xml` where that tool installs).
 * - Without a certificate (e.g. Linux, no Excel) it serves http://127.0.0.1:3000 and prints the
 *   standalone page's address with the 九原区 sample already open.
 */
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");
const { serveStatic, staticHandler } = require("./serve-static.js");

const root = path.resolve(__dirname, "..");
const out = path.join(root, "dist-web");
const port = Number(process.env.PORT ?? 3000);

console.log("构建 / building dist-web …");
execFileSync(process.execPath, [path.join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], { cwd: root, stdio: "inherit" });
fs.mkdirSync(path.join(out, "samples"), { recursive: true });
for (const f of fs.readdirSync(path.join(root, "samples"))) if (f.endsWith(".xlsx")) fs.copyFileSync(path.join(root, "samples", f), path.join(out, "samples", f));

const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
const cert = path.join(certDir, "localhost.crt");
const key = path.join(certDir, "localhost.key");
const sample = "standalone.html?sample=jiuyuan-2026q1.xlsx";

if (fs.existsSync(cert) && fs.existsSync(key)) {
  https.createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, staticHandler(out)).listen(port, "127.0.0.1", () => {
    console.log(`\nAdd-in served at https://localhost:${port}/taskpane.html — sideload manifest.xml into Excel.`);
    console.log(`Standalone page: https://localhost:${port}/${sample}`);
  });
} else {
  serveStatic(out, port).then(({ url }) => {
    console.log(`\n没有本机 HTTPS 证书，Excel 加载项需要 https://localhost:${port}（见 scripts/start.js）。`);
    console.log(`No localhost HTTPS certificate: Excel needs https://localhost:${port} (see scripts/start.js).`);
    console.log(`\n离线版（已打开示例工作簿）/ Standalone page with the sample open:\n  ${url}/${sample}\n`);
  });
}
