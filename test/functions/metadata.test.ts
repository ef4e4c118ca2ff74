/**
 * The metadata Excel reads: functions.json (generated from the JSDoc by the webpack build, run once
 * by jest's globalSetup) and functions.zh-CN.json (generated from it and src/functions/zh-CN.json).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

interface Param { name: string; type: string; dimensionality?: string; optional?: boolean; description?: string }
interface Fn { id: string; name: string; description: string; parameters: Param[]; result: { type: string; dimensionality?: string }; options?: Record<string, boolean> }

const out = resolve(__dirname, "../../dist-web");
const en = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")).functions as Fn[];
const zh = JSON.parse(readFileSync(join(out, "functions.zh-CN.json"), "utf8")).functions as Fn[];
const byId = (list: Fn[], id: string) => list.find((f) => f.id === id)!;
const sig = (f: Fn) => f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}:${p.dimensionality === "matrix" ? "range" : p.type}`).join(", ");
const shape = (f: Fn) => f.parameters.map((p) => `${p.optional ? "?" : ""}${p.dimensionality === "matrix" ? "range" : p.type}`).join(", ");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { metadataProblems } = require("../../scripts/function-names.js") as { metadataProblems(meta: unknown): string[] };

test("ids, parameters (ranges are matrix, none repeating), optional flags and result types", () => {
  const table = Object.fromEntries(en.map((f) => [f.id, `${sig(f)} → ${f.result.type ?? "any"}${f.result.dimensionality === "matrix" ? "[][]" : ""}`]));
  expect(table).toEqual({
    WEIGHTED: "values:range, weights:range, renormalize?:boolean → number",
    COMPLETION: "actual:any, target:any, direction?:string, cap?:any → number",
    NORMALIZE: "value:any, range:range, direction?:string → number",
    COMBINE: "regular:any, annual:any, regularWeight?:any → number",
    DEDUCT: "score:any, deductions:range, max?:any, floor?:any → number",
    RANK: "score:any, scores:range, groups?:range, group?:any → number",
    TIER: "score:any, scores?:range, scheme?:range, groups?:range, group?:any, vetoes?:range, veto?:any → string",
    TIERS: "scores:range, scheme?:range, groups?:range, vetoes?:range → string[][]",
    LIGHT: "score:any, scores:range, green?:any, red?:any, groups?:range, group?:any, style?:string → string",
    LIGHTS: "scores:range, green?:any, red?:any, groups?:range, style?:string → string[][]",
    QUOTA: "tiers:range, tier:any, scheme?:range, groups?:range, group?:any → string",
    "QUOTA.LEFT": "tiers:range, tier:any, scheme?:range, groups?:range, group?:any → number",
    VOTES: "counts:range, values?:range → number",
    AHP: "matrix:range, output?:any, method?:any, ri?:any → any[][]",
    ENTROPY: "data:range, variant:any, directions?:range → number[][]",
    TOPSIS: "data:range, weights:range, directions:range, normalization:any, output?:any → number[][]",
  });
  for (const f of en) for (const p of f.parameters) expect({ f: f.id, p: p.name, repeating: p.dimensionality === "scalar" ? false : (p as { repeating?: boolean }).repeating ?? false }).toEqual({ f: f.id, p: p.name, repeating: false });
  for (const f of en) expect(f.name).toBe(f.id);
});

test("argument addresses only where documented: functions with a matrix result", () => {
  const withAddresses = en.filter((f) => f.options?.requiresParameterAddresses).map((f) => f.id);
  expect(withAddresses).toEqual(["TIERS", "LIGHTS", "AHP", "ENTROPY", "TOPSIS"]);
  for (const id of withAddresses) expect(byId(en, id).result.dimensionality).toBe("matrix");
  for (const id of ["RANK", "TIER", "LIGHT", "QUOTA", "QUOTA.LEFT"]) expect(byId(en, id).options).toBeUndefined();
});

test("both files accept data types (linked types arrive as objects) and error cells (the message names them)", () => {
  for (const file of ["functions.json", "functions.zh-CN.json"]) {
    const meta = JSON.parse(readFileSync(join(out, file), "utf8"));
    expect({ file, any: meta.allowCustomDataForDataTypeAny, errors: meta.allowErrorForDataTypeAny }).toEqual({ file, any: true, errors: true });
  }
});

test("every function and parameter has an English description", () => {
  for (const f of en) {
    expect(f.description.length).toBeGreaterThan(10);
    for (const p of f.parameters) expect({ f: f.id, p: p.name, ok: (p.description ?? "").length > 3 }).toEqual({ f: f.id, p: p.name, ok: true });
  }
});

test("the zh-CN metadata: every function with a Chinese name of three or more characters, Chinese parameter names and descriptions, the same shape", () => {
  expect(zh.map((f) => f.id)).toEqual(en.map((f) => f.id));
  const cjk = /[\u4e00-\u9fff]/;
  for (const f of zh) {
    const e = byId(en, f.id);
    expect(f.name).toMatch(/^[\u4e00-\u9fff]{3,}$/);
    expect(f.description).toMatch(cjk);
    expect(shape(f)).toBe(shape(e));
    expect(f.result).toEqual(e.result);
    expect(f.options).toEqual(e.options);
    for (const p of f.parameters) expect({ f: f.id, p: p.name, zh: cjk.test(p.name) && cjk.test(p.description ?? "") }).toEqual({ f: f.id, p: p.name, zh: true });
  }
  expect(byId(zh, "TIER").name).toBe("评定等次");
  expect(byId(zh, "WEIGHTED").name).toBe("加权得分");
  expect(byId(zh, "TIER").parameters.map((p) => p.name)).toEqual(["得分", "全部得分", "方案", "类别列", "类别", "否决列", "否决"]);
  expect(new Set(zh.map((f) => f.name)).size).toBe(zh.length);
  expect(metadataProblems({ functions: zh })).toEqual([]);
  expect(metadataProblems({ functions: en })).toEqual([]);
});

test("the naming check refuses what Excel refuses: two characters, a leading digit or symbol, a cell reference, a repeated name", () => {
  const fn = (name: string, params: string[] = ["得分"]) => ({ id: "X", name, parameters: params.map((p) => ({ name: p })) });
  expect(metadataProblems({ functions: [fn("等次")] })).toEqual(['function X: "等次" has fewer than three characters']);
  expect(metadataProblems({ functions: [fn("1等次")] })[0]).toMatch(/must start with a letter/);
  expect(metadataProblems({ functions: [fn("等次-表")] })[0]).toMatch(/must start with a letter/);
  expect(metadataProblems({ functions: [fn("ABC12")] })).toEqual(['function X: "ABC12" reads as a cell reference']);
  expect(metadataProblems({ functions: [fn("评定等次"), fn("评定等次")] })[0]).toMatch(/also the name of X/);
  expect(metadataProblems({ functions: [fn("评定等次", ["得 分"])] })[0]).toMatch(/parameter "得 分"/);
  expect(metadataProblems({ functions: [fn("评定.等次_2", ["得分2"])] })).toEqual([]);
});
