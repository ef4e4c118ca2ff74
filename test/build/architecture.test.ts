/**
 * The layout of src/ is the architecture: these rules are read from the import statements, so a
 * change that breaks one fails here rather than in a review.
 * - The engine (src/engine) imports only itself and the message catalogue (src/messages).
 * - The catalogue imports only the engine's types.
 * - No import circle among the imports that load code (type-only imports are erased; dynamic
 *   `import()` is how the CLI defers code).
 * - No command module imports the dispatcher (src/cli/run.ts).
 */
import { readFileSync, readdirSync, statSync, existsSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const root = resolve(__dirname, "../..");
const src = join(root, "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Static imports and re-exports of a file, resolved to files under src/; `runtime` leaves out `import type`. */
function imports(file: string, runtime = false): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s(type\s)?[^;]*?from\s+"(\.[^"]+)"/gms)) {
    if (runtime && m[2]) continue;
    const base = resolve(dirname(file), m[3]!);
    const hit = [".ts", ".tsx", "/index.ts", "/index.tsx", ""].map((e) => base + e).find((p) => existsSync(p) && statSync(p).isFile());
    if (hit) out.push(hit);
  }
  return out;
}

const all = files(src);
const graph = new Map(all.map((f) => [f, imports(f)]));
const runtimeGraph = new Map(all.map((f) => [f, imports(f, true)]));
const rel = (f: string) => relative(root, f);

test("the engine imports only itself and src/messages; the catalogue only the engine's types", () => {
  const engine = join(src, "engine");
  const messages = join(src, "messages");
  const outside = [...graph]
    .filter(([f]) => f.startsWith(engine + "/"))
    .flatMap(([f, deps]) => deps.filter((d) => !d.startsWith(engine + "/") && !d.startsWith(messages + "/")).map((d) => `${rel(f)} → ${rel(d)}`));
  expect(outside).toEqual([]);
  const fromMessages = [...graph]
    .filter(([f]) => f.startsWith(messages + "/"))
    .flatMap(([f, deps]) => deps.filter((d) => !d.startsWith(messages + "/") && d !== join(engine, "types.ts")).map((d) => `${rel(f)} → ${rel(d)}`));
  expect(fromMessages).toEqual([]);
  expect(graph.size).toBeGreaterThan(100);
});

test("no command imports the dispatcher", () => {
  const run = join(src, "cli", "run.ts");
  expect([...graph].filter(([f, deps]) => f !== run && deps.includes(run)).map(([f]) => rel(f)).filter((f) => !f.endsWith("main.ts"))).toEqual([]);
});

test("no import circle among the imports that load code (type-only imports are erased)", () => {
  const state = new Map<string, "open" | "done">();
  const circles: string[] = [];
  const visit = (f: string, path: string[]) => {
    if (state.get(f) === "done") return;
    if (state.get(f) === "open") {
      circles.push([...path.slice(path.indexOf(f)), f].map(rel).join(" → "));
      return;
    }
    state.set(f, "open");
    for (const d of runtimeGraph.get(f) ?? []) visit(d, [...path, f]);
    state.set(f, "done");
  };
  for (const f of graph.keys()) visit(f, []);
  expect(circles).toEqual([]);
});
