/**
 * A tiny static file server for the built pages, bound to 127.0.0.1 only. Used by
 * test/pane/e2e.test.ts and `npm start` (scripts/start.js); by hand: `node scripts/serve-static.js dist-pane 3000`.
 */
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".css": "text/css", ".png": "image/png", ".txt": "text/plain; charset=utf-8", ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

/** A request handler serving the files under `dir` (nothing outside it). */
function staticHandler(dir) {
  const root = path.resolve(dir);
  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.resolve(root, "." + decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    fs.createReadStream(file).pipe(res);
  };
}

/** Serve `dir` on 127.0.0.1:`port` (0: any free port). Resolves with the server and its base URL. */
function serveStatic(dir, port = 0) {
  const server = http.createServer(staticHandler(dir));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

module.exports = { serveStatic, staticHandler };

if (require.main === module) {
  serveStatic(process.argv[2] ?? "dist-pane", Number(process.argv[3] ?? 3000)).then(({ url }) => console.log(`serving ${process.argv[2] ?? "dist-pane"} at ${url}`));
}
