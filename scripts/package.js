#!/usr/bin/env node
/**
 * `npm run package -- --base-url https://host.example/assess/ [--office-js cdn|local] [--out DIR]
 *  [--build N] [--from DIR]`: a folder IT can put on an intranet web server — the built web files
 * (dist-web/, from `npm run build`), the offline page, web.config for IIS, and a manifest.xml whose
 * every URL is under the base URL, with a fresh 4-part version (Office updates an add-in only when
 * the version rises).
 *
 * - The version is <package.json version>.<build>: build = hours since 2026-01-01 UTC, raised above
 *   the build of a manifest already in the output folder with the same first three parts; `--build N`
 *   sets it (it must still rise). Office allows at most 5 digits per part.
 * - `--office-js local` copies office.js and its companion files (not the .debug ones) from
 *   node_modules/@microsoft/office-js/dist into office-js/ and points the pages at it, for networks
 *   that cannot reach Microsoft's CDN. Microsoft supports the CDN; see README "Deployment".
 * - Validation (the folder is not left half-made: a failure removes it): the manifest is well-formed,
 *   every URL in it is under the base URL and is a file of the folder (AppDomain: the base origin),
 *   and every local script, link and image the pages name is a file of the folder.
 * Exit codes: 0 written, 2 bad arguments or a check failed (one line per problem on stderr).
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const DEV_ORIGIN = "https://localhost:3000";
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_DIST = path.join(root, "node_modules/@microsoft/office-js/dist");
const EPOCH = Date.UTC(2026, 0, 1);

class UsageError extends Error {}

function parseArgs(argv) {
  const o = { officeJs: "cdn", out: path.join(root, "dist-package"), from: path.join(root, "dist-web") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} 需要一个值 / needs a value`);
      return v;
    };
    if (a === "--base-url") o.baseUrl = value();
    else if (a === "--office-js") o.officeJs = value();
    else if (a === "--out") o.out = path.resolve(value());
    else if (a === "--from") o.from = path.resolve(value());
    else if (a === "--build") o.build = value();
    else throw new UsageError(`未知参数 / unknown argument: ${a}`);
  }
  if (!o.baseUrl) throw new UsageError("缺少 --base-url（例如 https://host.example/assess/）/ --base-url is required");
  let url;
  try {
    url = new URL(o.baseUrl);
  } catch {
    throw new UsageError(`--base-url 不是网址 / not a URL: ${o.baseUrl}`);
  }
  if (url.protocol !== "https:") throw new UsageError(`--base-url 必须是 https（Office 只加载 HTTPS 上的加载项）/ must be https: ${o.baseUrl}`);
  if (url.search || url.hash) throw new UsageError(`--base-url 不能带 ? 或 # / must have no query or fragment: ${o.baseUrl}`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  o.base = url.href;
  o.origin = url.origin;
  if (!["cdn", "local"].includes(o.officeJs)) throw new UsageError(`--office-js 只能是 cdn 或 local / must be cdn or local: ${o.officeJs}`);
  if (o.build !== undefined && !/^\d{1,5}$/.test(o.build)) throw new UsageError(`--build 必须是 0–99999 的整数 / must be an integer 0–99999: ${o.build}`);
  return o;
}

/** The version for this package: package.json's x.y.z and a build that rises (see the header). */
function nextVersion(previous, build, now = Date.now()) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})/.exec(pkg);
  if (!m) throw new UsageError(`package.json version ${pkg} is not x.y.z`);
  const prefix = `${m[1]}.${m[2]}.${m[3]}`;
  const prev = previous && previous.startsWith(`${prefix}.`) ? Number(previous.slice(prefix.length + 1)) : -1;
  let n;
  if (build !== undefined) {
    n = Number(build);
    if (n <= prev) throw new UsageError(`--build ${n} 不高于已有的 ${previous}：Office 只在版本号升高时更新 / must be above the packaged ${previous}: Office updates only when the version rises`);
  } else n = Math.max(Math.floor((now - EPOCH) / 3_600_000), prev + 1);
  if (n > 99999) throw new UsageError(`build ${n} > 99999 (Office allows 5 digits per version part): raise package.json's version`);
  return `${prefix}.${n}`;
}

/** Every file under `dir`, as paths relative to it with "/" separators. */
function filesUnder(dir, rel = "") {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...filesUnder(dir, r));
    else if (e.isFile()) out.push(r);
  }
  return out;
}

function copy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

/** The manifest for the base URL: every dev URL moved under it, the AppDomain its origin, the version set. */
function manifestFor(xml, o, version) {
  const note = `<!-- Assess 考核助手 ${version}, packaged by scripts/package.js for ${o.base} (office.js ${o.officeJs === "local" ? "from the folder" : "from Microsoft's CDN"}). -->`;
  let out = xml.replace(/<!--[\s\S]*?-->\s*/g, "").replace(/^(<\?xml[^>]*\?>\s*)/, (m) => `${m}${note}\n`);
  out = out.split(`${DEV_ORIGIN}/`).join(o.base);
  out = out.replace(new RegExp(`<AppDomain>${DEV_ORIGIN.replace(/[.]/g, "\\.")}</AppDomain>`, "g"), `<AppDomain>${o.origin}</AppDomain>`);
  if (!/<Version>[^<]*<\/Version>/.test(out)) throw new Error("manifest.xml has no <Version>");
  return out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

/** Every http(s) URL the manifest names (attribute values and element text; not namespaces, not comments). */
function manifestUrls(xml) {
  const plain = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/\sxmlns(?::\w+)?="[^"]*"/g, "");
  return [...plain.matchAll(/(?:="|>)(https?:\/\/[^"<\s]+)/g)].map((m) => m[1]);
}

/** Problems with the packaged folder: manifest URLs outside the base or missing, pages naming missing files. */
function problems(out, xml, o) {
  const found = [];
  const { XMLValidator } = require("fast-xml-parser");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) found.push(`manifest.xml: not well-formed XML (${valid.err.msg}, line ${valid.err.line})`);
  const urls = manifestUrls(xml);
  if (urls.length === 0) found.push("manifest.xml: names no URL");
  for (const u of urls) {
    if (xml.includes(`<AppDomain>${u}</AppDomain>`)) {
      if (u !== o.origin) found.push(`manifest.xml: AppDomain ${u} is not the base URL's origin ${o.origin}`);
      continue;
    }
    if (!u.startsWith(o.base)) {
      found.push(`manifest.xml: ${u} is not under ${o.base}`);
      continue;
    }
    const rel = decodeURIComponent(new URL(u).pathname.slice(new URL(o.base).pathname.length));
    const file = path.join(out, rel);
    if (!rel || !fs.existsSync(file) || !fs.statSync(file).isFile()) found.push(`manifest.xml: ${u} is no file of the folder`);
  }
  for (const page of filesUnder(out).filter((f) => f.endsWith(".html") && !f.startsWith("office-js/"))) {
    const html = fs.readFileSync(path.join(out, page), "utf8").replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (s) => s.slice(0, s.indexOf(">") + 1));
    for (const m of html.matchAll(/<(?:script|link|img)\b[^>]*?\s(?:src|href)="?([^"\s>]+)/gi)) {
      const ref = m[1];
      if (/^(data|blob):/.test(ref)) continue;
      if (/^[a-z]+:|^\/\//i.test(ref)) {
        if (ref === CDN && o.officeJs === "cdn") continue;
        found.push(`${page}: names ${ref}, outside the folder`);
        continue;
      }
      const file = path.join(out, path.dirname(page), ref.split(/[?#]/)[0]);
      if (!fs.existsSync(file)) found.push(`${page}: names ${ref}, no file of the folder`);
    }
  }
  return found;
}

function run(argv) {
  const o = parseArgs(argv);
  if (!fs.existsSync(path.join(o.from, "taskpane.html"))) throw new UsageError(`${path.relative(process.cwd(), o.from) || "."}: 没有构建结果，先运行 npm run build / no web build here: run npm run build first`);
  if (!fs.existsSync(path.join(o.from, "assess-offline.html"))) throw new UsageError(`${o.from}: no assess-offline.html — run npm run build (it builds the offline page too)`);
  // The previous package's version (the new one must rise above it); refuse to wipe a folder that is not one.
  let previous;
  if (fs.existsSync(o.out)) {
    const old = path.join(o.out, "manifest.xml");
    if (fs.readdirSync(o.out).length > 0 && !fs.existsSync(old)) throw new UsageError(`${o.out}: 已存在且不是打包目录，不会清空 / exists and holds no manifest.xml: not wiping it`);
    if (fs.existsSync(old)) previous = /<Version>([^<]*)<\/Version>/.exec(fs.readFileSync(old, "utf8"))?.[1];
  }
  const version = nextVersion(previous, o.build);
  fs.rmSync(o.out, { recursive: true, force: true });
  try {
    // The web build, less what only the dev server or the tests put there.
    for (const f of filesUnder(o.from)) if (!/^samples\/|^stats\.json$|\.map$/.test(f)) copy(path.join(o.from, f), path.join(o.out, f));
    copy(path.join(root, "deploy/iis/web.config"), path.join(o.out, "web.config"));
    const fontLicence = path.join(path.dirname(require.resolve("@expo-google-fonts/noto-sans-sc/package.json")), "LICENSE_FONT");
    if (fs.existsSync(path.join(o.out, "fonts"))) copy(fontLicence, path.join(o.out, "fonts/OFL.txt"));
    if (o.officeJs === "local") {
      for (const f of filesUnder(OFFICE_DIST)) if (!/\.debug\.js$|vsdoc|\.d\.ts$/.test(f)) copy(path.join(OFFICE_DIST, f), path.join(o.out, "office-js", f));
      copy(path.join(OFFICE_DIST, "../LICENSE.md"), path.join(o.out, "office-js/LICENSE.md"));
      for (const page of filesUnder(o.out).filter((f) => f.endsWith(".html") && !f.startsWith("office-js/"))) {
        const file = path.join(o.out, page);
        const html = fs.readFileSync(file, "utf8");
        const local = path.posix.relative(path.posix.dirname(page), "office-js/office.js");
        if (html.includes(CDN)) fs.writeFileSync(file, html.split(CDN).join(local));
      }
    }
    const xml = manifestFor(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"), o, version);
    fs.writeFileSync(path.join(o.out, "manifest.xml"), xml);
    const found = problems(o.out, xml, o);
    if (found.length) throw new UsageError(`打包检查失败 / package check failed:\n  ${found.join("\n  ")}`);
  } catch (e) {
    fs.rmSync(o.out, { recursive: true, force: true });
    throw e;
  }
  const files = filesUnder(o.out);
  const bytes = files.reduce((n, f) => n + fs.statSync(path.join(o.out, f)).size, 0);
  return { out: o.out, version, base: o.base, officeJs: o.officeJs, files: files.length, bytes };
}

module.exports = { run, nextVersion, manifestUrls, UsageError };

if (require.main === module) {
  try {
    const r = run(process.argv.slice(2));
    console.log(`${path.relative(process.cwd(), r.out) || r.out}: ${r.files} files, ${(r.bytes / 1048576).toFixed(1)} MB · manifest.xml version ${r.version} · ${r.base} · office.js ${r.officeJs === "local" ? "from the folder (office-js/)" : "from Microsoft's CDN"}`);
    console.log("部署说明 / how to deploy: README.md, section Deployment");
  } catch (e) {
    console.error(e instanceof UsageError ? e.message : e);
    process.exitCode = 2;
  }
}
