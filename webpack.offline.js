/**
 * Web build of the single-file offline page's script: the standalone page (src/standalone) as ONE
 * chunk — its lazy parts (the report and pdfmake, the charts) merged in, since a page opened from
 * file:// cannot load chunks — into dist-offline/ (an intermediate). scripts/build-offline.js runs
 * it and inlines the script, the icon and the report font into dist-web/assess-offline.html.
 * Kept apart from webpack.config.js (the hosted pages) on purpose.
 */
const path = require("node:path");
const webpack = require("webpack");

module.exports = (env = {}, argv = {}) => ({
  name: "offline",
  mode: argv.mode ?? "production",
  devtool: false,
  entry: { offline: "./src/standalone/index.tsx" },
  output: { path: path.resolve(__dirname, "dist-offline"), filename: "[name].js", clean: true, publicPath: "" },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { module: "es2022" } } } }],
  },
  plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  optimization: { splitChunks: false, runtimeChunk: false },
  performance: { hints: false },
});
