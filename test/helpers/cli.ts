/** Running the built `assess` command from tests (`npm test` builds it before jest). */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const root = resolve(__dirname, "../..");
const bin = join(root, "bin/assess.js");

/** Run `assess …` as a user does: exit code, stdout, stderr. */
export function assess(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** SHA-256 of a file, to show it was not modified. */
export const sha = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

/** A temporary folder for one suite (made in beforeAll, removed in afterAll); the built CLI must exist. */
export function tempDirForSuite(prefix: string): () => string {
  let dir = "";
  beforeAll(() => {
    expect(existsSync(join(root, "dist/cli/main.js"))).toBe(true); // built by `npm test`
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}
