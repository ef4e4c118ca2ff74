#!/usr/bin/env node
/**
 * The single-file offline page, dist-web/assess-offline.html: the standalone page with everything
 * inlined, so it works opened from disk (file://) with no network — for WPS users and machines
 * where add-ins are blocked ("send this one file to a colleague").
 *   1. webpack.offline.js builds the standalone page's script as one chunk (dist-offline/offline.js);
 *   2. the report font, Noto Sans SC cut to ASCII + GB2312 + Big5 (build-font-subset.js; a
 *      character outside it is named in the PDF, never left blank — src/report/fonts.ts), goes in
 *      as base64 of its gzip (src/report/inline-font.ts reads it), with its licence (SIL OFL 1.1);
 *   3. the icon as a data: URL, the script and the bundled libraries' licence notices inline, and
 *      a Content-Security-Policy that allows the page no request to any server.
 *
 *   node scripts/build-offline.js [--skip-webpack]     (npm run build runs it after the web build)
 *
 * Prints the file's size (raw and gzip).
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { subsetFace } = require("./build-font-subset.js");

const root = path.resolve(__dirname, "..");
const FONT_ID = "assess-report-font"; // src/report/inline-font.ts INLINE_FONT_ID

/** Run webpack.offline.js; resolves with the one script it emitted (fails on errors or on more than one chunk). */
function bundle() {
  const webpack = require("webpack");
  const config = require(path.join(root, "webpack.offline.js"))({}, { mode: "production" });
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      const js = Object.keys(stats.compilation.assets).filter((f) => f.endsWith(".js"));
      if (js.length !== 1) return reject(new Error(`webpack.offline.js must emit one script, emitted: ${js.join(", ")}`));
      resolve(path.join(config.output.path, js[0]));
    });
  });
}

/** Script text safe inside <script>…</script>: "<" before "/script", "script" or "!--" as \x3C (same meaning in strings and regexps). */
function scriptText(js) {
  return js.replace(/<(?=\/script|script|!--)/gi, "\\x3C");
}

/** Text safe inside an HTML comment. */
function commentText(s) {
  return s.replace(/--/g, "- -");
}

/**
 * The offline page's own policy: its inline script and styles, images and fetches of data: and
 * blob: URLs only — the page cannot reach any server, whatever a future change to it tries.
 */
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src data: blob:; worker-src blob:";

/**
 * The page from src/standalone/standalone.html with everything inlined (a policy of the template's
 * own is replaced by CSP above: a hosted page's 'self' means nothing from file://).
 * @returns {string}
 */
function page({ js, licences, font, fontLicence, icon }) {
  const template = fs
    .readFileSync(path.join(root, "src/standalone/standalone.html"), "utf8")
    .replace(/\s*<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi, "")
    // The template's own icons are files beside a hosted page: the inlined one below replaces them.
    .replace(/\s*<link\s+rel=["']?icon["']?[^>]*>/gi, "");
  const head = [
    `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
    `<link rel="icon" type="image/png" href="data:image/png;base64,${icon.toString("base64")}" />`,
    "</head>",
  ].join("\n    ");
  const body = [
    `<!-- The report font: Noto Sans SC (ASCII, GB2312, Big5), base64 of its gzip. Licence:\n${commentText(fontLicence)}\n-->`,
    `<script type="application/octet-stream" id="${FONT_ID}" data-encoding="gzip+base64">${zlib.gzipSync(font, { level: 9 }).toString("base64")}</script>`,
    `<!-- Licences of the libraries bundled in the script below:\n${commentText(licences)}\n-->`,
    `<script>${scriptText(js)}</script>`,
    "</body>",
  ].join("\n    ");
  if (!template.includes("</head>") || !template.includes("</body>")) throw new Error("standalone.html: no </head> or </body>");
  return template.replace("</head>", () => head).replace("</body>", () => body);
}

async function main() {
  const skip = process.argv.includes("--skip-webpack");
  const t = Date.now();
  const script = skip ? path.join(root, "dist-offline/offline.js") : await bundle();
  const licenceFile = `${script}.LICENSE.txt`;
  const fontFile = await subsetFace("Regular", path.join(root, "dist-fonts"));
  const html = page({
    js: fs.readFileSync(script, "utf8"),
    licences: fs.existsSync(licenceFile) ? fs.readFileSync(licenceFile, "utf8") : "",
    font: fs.readFileSync(fontFile),
    fontLicence: fs.readFileSync(path.join(path.dirname(fontFile), "OFL.txt"), "utf8"),
    icon: fs.readFileSync(path.join(root, "assets/icon-32.png")),
  });
  const out = path.join(root, "dist-web", "assess-offline.html");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, html);
  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  console.log(`${path.relative(root, out)}: ${mb(Buffer.byteLength(html))} (gzip ${mb(zlib.gzipSync(html).length)}), ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

module.exports = { scriptText };

if (require.main === module)
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
