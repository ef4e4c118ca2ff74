/**
 * Web build of the add-in: the task pane and the custom functions page, into dist-web/.
 * (The command line is built by tsc into dist/.)
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** Copy assets/ into the build without a plugin package. */
class CopyAssets {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CopyAssets", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CopyAssets", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const fs = require("node:fs");
        const dir = path.resolve(__dirname, "assets");
        for (const f of fs.readdirSync(dir)) {
          compilation.emitAsset(`assets/${f}`, new compiler.webpack.sources.RawSource(fs.readFileSync(path.join(dir, f))));
        }
      });
    });
  }
}

module.exports = (env, argv) => ({
  mode: argv.mode ?? "production",
  devtool: argv.mode === "development" ? "source-map" : false,
  entry: {
    taskpane: "./src/taskpane/index.ts",
    functions: "./src/functions/functions.ts",
  },
  output: { path: path.resolve(__dirname, "dist-web"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } } }],
  },
  plugins: [
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
    new HtmlWebpackPlugin({ filename: "functions.html", template: "./src/functions/functions.html", chunks: ["functions"] }),
    new CopyAssets(),
  ],
  performance: { hints: false },
});
