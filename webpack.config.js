/**
 * Web build of the add-in into dist-web/: the task pane page (React + Fluent UI over the Excel
 * host), which also loads the custom functions (one shared runtime); functions.json (generated from
 * the JSDoc of src/functions/functions.ts) and functions.zh-CN.json (from functions.json and
 * src/functions/zh-CN.json); save.html (the pane's save page for webviews that drop downloads); and standalone.html, the same pane over an .xlsx file opened in the
 * browser (exceljs lives only in that page's bundle). `--env stats` keeps modules unconcatenated so
 * that stats list every module by chunk (the pane test checks what the Excel pane bundle holds).
 * (The command line is built by tsc into dist/.)
 */
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { metadataProblems } = require("./scripts/function-names");

/**
 * Writes functions.<locale>.json: the generated metadata with function names, parameter names and
 * descriptions from a translation table. Fails the build when the table misses a function or a
 * parameter, or when a localized name breaks Excel's naming rules (scripts/function-names.js: the
 * generator checks the English names, nobody else checks these). Both files get
 * `allowErrorForDataTypeAny` (a top-level flag the generator does not write): an error cell reaches
 * the functions, which name it in their message, instead of Excel answering with the error unasked.
 */
class LocalizeFunctions {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const { source, table, output } = this.options;
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("LocalizeFunctions", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizeFunctions", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(source);
        if (!asset) return; // the metadata plugin reported its own error
        const file = path.resolve(__dirname, table);
        compilation.fileDependencies.add(file);
        const t = JSON.parse(fs.readFileSync(file, "utf8")).functions;
        const base = JSON.parse(asset.source.source().toString());
        base.allowErrorForDataTypeAny = true;
        compilation.updateAsset(source, new RawSource(JSON.stringify(base, null, 4)));
        const meta = JSON.parse(JSON.stringify(base));
        const missing = [];
        for (const f of meta.functions) {
          const tr = t[f.id];
          if (!tr) {
            missing.push(f.id);
            continue;
          }
          f.name = tr.name;
          f.description = tr.description;
          for (const p of f.parameters ?? []) {
            const tp = tr.parameters?.[p.name];
            if (tp === undefined) missing.push(`${f.id}(${p.name})`);
            else {
              p.name = tp.name;
              p.description = tp.description;
            }
          }
        }
        const { WebpackError } = compiler.webpack;
        if (missing.length) compilation.errors.push(new WebpackError(`${table}: no translation for ${missing.join(", ")}`));
        for (const problem of metadataProblems(meta)) compilation.errors.push(new WebpackError(`${table}: ${problem}`));
        compilation.emitAsset(output, new RawSource(JSON.stringify(meta, null, 2)));
      });
    });
  }
}

/** Copy assets/ (and the report's font) into the build without a plugin package. */
class CopyAssets {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CopyAssets", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CopyAssets", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const fs = require("node:fs");
        const dir = path.resolve(__dirname, "assets");
        for (const f of fs.readdirSync(dir)) {
          compilation.emitAsset(`assets/${f}`, new compiler.webpack.sources.RawSource(fs.readFileSync(path.join(dir, f))));
        }
        // The PDF report's font (Noto Sans SC, SIL OFL 1.1), fetched only when a reviewer exports.
        const font = path.join(path.dirname(require.resolve("@expo-google-fonts/noto-sans-sc/package.json")), "400Regular", "NotoSansSC_400Regular.ttf");
        compilation.emitAsset("fonts/NotoSansSC-Regular.ttf", new compiler.webpack.sources.RawSource(fs.readFileSync(font)));
      });
    });
  }
}

/**
 * HTTPS for `npm run dev-server` on https://localhost:3000 (the manifest's URLs): office-addin-dev-certs
 * renews the localhost certificate when it has expired (it lasts 30 days) and installs its CA where
 * Office trusts it. Where it cannot install the CA (Linux without sudo — no Excel there either) the
 * generated files are served untrusted, regenerated when expired, and the reason is printed.
 */
async function devServerHttps() {
  const certs = require("office-addin-dev-certs");
  try {
    return await certs.getHttpsServerOptions();
  } catch (e) {
    const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require("office-addin-dev-certs/lib/defaults");
    const { X509Certificate } = require("node:crypto");
    const valid = () => fs.existsSync(localhostCertificatePath) && fs.existsSync(localhostKeyPath) && Date.parse(new X509Certificate(fs.readFileSync(localhostCertificatePath)).validTo) > Date.now() + 86_400_000;
    if (!valid()) await certs.generateCertificates();
    console.warn(`office-addin-dev-certs could not trust its certificate here (${e instanceof Error ? e.message : e}); serving ${localhostCertificatePath} untrusted.`);
    return { ca: fs.readFileSync(caCertificatePath), cert: fs.readFileSync(localhostCertificatePath), key: fs.readFileSync(localhostKeyPath) };
  }
}

/** `webpack serve` (npm run dev-server): the build from memory on https://localhost:3000, samples beside it. */
module.exports = async (env = {}, argv = {}) => {
  const c = config(env, argv);
  if (env.WEBPACK_SERVE) {
    c.devServer = {
      host: "localhost",
      port: Number(process.env.PORT ?? 3000),
      server: { type: "https", options: await devServerHttps() },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: path.resolve(__dirname, "samples"), publicPath: "/samples" }],
      client: { overlay: { warnings: false } },
    };
  }
  return c;
};

const config = (env = {}, argv = {}) => ({
  mode: argv.mode ?? "production",
  devtool: argv.mode === "development" ? "source-map" : false,
  entry: {
    // Shared runtime: taskpane.js depends on functions.js, so the pane page runs one webpack
    // runtime and one instance of every module both use — the scheme store above all (a scheme the
    // pane saves is the functions' scheme at once). functions.js alone still runs the functions.
    functions: "./src/functions/functions.ts",
    taskpane: { import: "./src/taskpane/pane-entry.tsx", dependOn: "functions" },
    standalone: "./src/standalone/index.tsx",
    save: "./src/save/save-page.ts",
  },
  output: { path: path.resolve(__dirname, "dist-web"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { module: "es2022" } } } }],
  },
  plugins: [
    new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
    new LocalizeFunctions({ source: "functions.json", table: "src/functions/zh-CN.json", output: "functions.zh-CN.json" }),
    // Shared runtime: the pane page also runs the functions (manifest: Runtimes, CustomFunctions Page).
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["functions", "taskpane"], chunksSortMode: "manual" }),
    new HtmlWebpackPlugin({ filename: "standalone.html", template: "./src/standalone/standalone.html", chunks: ["standalone"] }),
    // The page the Excel pane opens in the system browser to save a file where the webview cannot (Mac).
    new HtmlWebpackPlugin({ filename: "save.html", template: "./src/save/save.html", chunks: ["save"] }),
    new CopyAssets(),
  ],
  optimization: { concatenateModules: !env.stats },
  performance: { hints: false },
});

// For test/build/localize.test.ts: the localisation step on its own.
module.exports.LocalizeFunctions = LocalizeFunctions;
