/**
 * The `assess` command as one bundle (dist/cli-bundle/, after `tsc` has built dist/): node loads a
 * few files instead of about 170 modules, and zod comes in its ES build with only what the command
 * uses (its CommonJS build loads every locale). Each command's code is one chunk of its own, loaded
 * when the command runs (named after its module: `src_cli_report-command_ts.js`). Packages with
 * files of their own to read (pdfmake and its fonts, exceljs, fflate) stay in node_modules.
 * bin/assess.js runs this bundle; the bench and the tests that import modules use dist/ (tsc).
 */
const path = require("node:path");

module.exports = {
  mode: "production",
  target: "node20",
  entry: { assess: "./src/cli/main.ts" },
  output: {
    path: path.resolve(__dirname, "dist/cli-bundle"),
    filename: "[name].js",
    chunkFilename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    // createRequire(__filename).resolve(…) stays a run-time lookup (render-node.ts finds the font package).
    parser: { javascript: { createRequire: false } },
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { module: "es2022", sourceMap: false } } } }],
  },
  externals: [({ request }, callback) => (/^(exceljs|pdfmake|fflate|@expo-google-fonts)(\/|$)/.test(request ?? "") ? callback(undefined, `commonjs ${request}`) : callback())],
  // Readable output (stack traces name our functions); node does not gain from minifying.
  optimization: { minimize: false, chunkIds: "named", splitChunks: false },
  // Node's own __filename and __dirname, not the bundler's stand-ins.
  node: { __filename: false, __dirname: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};
