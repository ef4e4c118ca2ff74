/**
 * Custom functions as Excel calls them: 10,000 cells each calling =ASSESS.TIER(E2, E$2:E$10001),
 * each call receiving the whole column as a fresh 10,000×1 array. Three ways, in the same run:
 *  - naive: every call converts and re-assesses (re-sorts) the column — what a wrapper without a
 *    cache does (timed on a sample of calls and scaled to 10,000, said so in the output);
 *  - cached: the shipped ASSESS.TIER (content-keyed cache: a hash pass and a lookup per call);
 *  - spill: one ASSESS.TIERS call for the whole column.
 */
import { performance } from "node:perf_hooks";
import { presets } from "../engine/scheme/presets";
import { assessRange } from "../engine/rules/range";
import { tierLabel } from "../engine/scheme/scheme";
import { rangeCache } from "../functions/calls";
import * as F from "../functions/functions";
import { installCustomFunctionsShim } from "../functions/node-shim";

/** The column as Excel passes it: a new array of one-cell rows on every call. */
function column(scores: readonly number[]): number[][] {
  return scores.map((s) => [s]);
}

/** A per-call implementation without a cache: convert, assess, look up. */
function naiveTier(score: number, col: number[][]): string {
  const scheme = presets.jiuyuan!;
  const r = assessRange({ scores: col.map((r) => r[0] as number) }, scheme);
  const t = r.tierOf("", score);
  return t === undefined ? "" : tierLabel(scheme, t);
}

export async function functionsBench(): Promise<void> {
  installCustomFunctionsShim();
  const n = 10_000;
  let seed = 11;
  const scores = Array.from({ length: n }, () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return 60 + (seed % 4000) / 100;
  });
  // Distinct arrays with the same content, built before timing (Excel marshals a new one per call;
  // 10,000 copies of 10,000 rows would not fit in memory, and the cache never keys on identity).
  const pool = Array.from({ length: 8 }, () => column(scores));
  const args = { length: n, at: (i: number) => pool[i % pool.length]! };

  const sample = 500;
  let t = performance.now();
  const naive: string[] = [];
  for (let i = 0; i < sample; i++) naive.push(naiveTier(scores[i]!, args.at(i)));
  const naiveMs = ((performance.now() - t) / sample) * n;

  rangeCache.clear();
  t = performance.now();
  const cached: string[] = [];
  for (let i = 0; i < n; i++) cached.push(await F.tier(scores[i], args.at(i), [["jiuyuan"]]));
  const cachedMs = performance.now() - t;

  t = performance.now();
  const spill = (await F.tiers(column(scores), [["jiuyuan"]])).map((r) => r[0]);
  const spillMs = performance.now() - t;

  const same = cached.every((x, i) => x === spill[i]) && naive.every((x, i) => x === cached[i]);
  console.log(`custom functions, =ASSESS.TIER(E2, E$2:E$10001, "jiuyuan") in 10,000 cells (each call gets the 10,000×1 column):`);
  console.log(`  naive, re-assess per call:  ${naiveMs.toFixed(0)} ms  (${sample} calls timed, ×${n / sample})`);
  console.log(`  cached per-cell calls:      ${cachedMs.toFixed(0)} ms  (ranges assessed: ${rangeCache.misses}, reused: ${rangeCache.hits})`);
  console.log(`  one spilling ASSESS.TIERS:  ${spillMs.toFixed(1)} ms`);
  console.log(`  ratio naive / cached:       ${(naiveMs / cachedMs).toFixed(0)}×;  cached / spill: ${(cachedMs / spillMs).toFixed(0)}×  (same tiers: ${same})`);
}
