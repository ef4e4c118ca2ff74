/** Evaluations for the report tests: the 九原区 sample, and a long table with Traditional data. */
import { join, resolve } from "node:path";
import { load } from "../../src/cli/load";
import { evaluate, type Evaluation } from "../../src/engine/check/evaluate";
import { parseSchemeOrThrow } from "../../src/engine/scheme/scheme";
import type { Table } from "../../src/engine/types";
import { loadNodeFonts } from "../../src/report/render-node";
import type { ReportFont } from "../../src/report/fonts";
import { tableFromRows, type RowInput } from "../../src/engine/input/table";

export const root = resolve(__dirname, "../..");
export const jiuyuanFile = join(root, "samples/jiuyuan-2026q1.xlsx");

const quiet = { out: () => undefined, err: () => undefined, progress: false };

/** The 九原区 sample as the CLI evaluates it (its own 考核方案 sheet). */
export async function jiuyuan(lang: "zh-CN" | "en-US" = "zh-CN"): Promise<Evaluation> {
  const r = await load(jiuyuanFile, { lang, sheet: undefined }, { kind: "workbook" }, quiet, [1, 1]);
  if (!r.ok) throw new Error(r.message);
  return r.ev;
}

/** A scheme whose own labels are Traditional (優秀 … 較差), with lights. */
export const traditionalScheme = parseSchemeOrThrow({
  id: "hant",
  name: { zh: "臺北市績效考核", en: "Taipei performance assessment" },
  tiers: [
    { id: "a", label: { zh: "優秀", en: "Excellent" }, quota: { share: 0.3 } },
    { id: "b", label: { zh: "良好", en: "Good" } },
    { id: "c", label: { zh: "一般", en: "Fair" } },
    { id: "d", label: { zh: "較差", en: "Poor" } },
  ],
  forcedBottom: { share: 0.1 },
  lights: { green: { count: 4 }, red: { count: 3 } },
});

/**
 * `n` units in two Traditional-named groups (區直單位, 鄉鎮街道), scores scattered by `step`,
 * typed tiers in Traditional (all 優秀 in the first five of each group: over the quota in small groups).
 */
export function traditionalTable(n: number, step = 37): Table {
  const rows: RowInput[] = [];
  for (let i = 0; i < n; i++) {
    const group = i % 4 === 3 ? "鄉鎮街道" : "區直單位";
    const score = 60 + ((i * step) % 400) / 10;
    rows.push({ row: i + 2, cells: [group, `臺北市政府第${i + 1}處`, score, i % 7 === 0 ? "優秀" : i % 5 === 0 ? "較差" : "良好"] });
  }
  return tableFromRows({ sheet: "等級評定", headerRow: 1, headers: ["類別", "單位名稱", "總分", "等級"], rows });
}

export function traditional(n: number, step = 37, lang: "zh-CN" | "en-US" = "zh-CN"): Evaluation {
  return evaluate(traditionalTable(n, step), { group: 0, name: 1, score: 2, tier: 3 }, traditionalScheme, lang);
}

let fonts: Promise<ReportFont[]> | undefined;
/** The fonts the CLI embeds, read once. */
export function nodeFonts(): Promise<ReportFont[]> {
  return (fonts ??= loadNodeFonts());
}
