/**
 * What Assess writes back: the score, rank, tier, light and flag columns (each header starting
 * with 【计算】 so that Assess recognises its own columns and never reads them as input), and the
 * rows of the 晾晒表 board. Pure: the hosts turn these into cells.
 */
import type { Evaluation } from "./evaluate";
import { format } from "./messages";
import { tierLabel } from "./scheme";
import type { Lang, Light } from "./types";

/** Prefix of every column header Assess writes. */
export const OWN_PREFIX = "【计算】";

export interface OutputColumn {
  key: "score" | "rank" | "tier" | "light" | "flags";
  header: string;
  values: (string | number | null)[];
}

const HEADERS: Record<OutputColumn["key"], Record<Lang, string>> = {
  score: { "zh-CN": "得分", "en-US": "Score" },
  rank: { "zh-CN": "组内排名", "en-US": "Rank in group" },
  tier: { "zh-CN": "等次", "en-US": "Tier" },
  light: { "zh-CN": "亮灯", "en-US": "Light" },
  flags: { "zh-CN": "标记", "en-US": "Flags" },
};

/** The header Assess writes for a column. */
export function outputHeader(key: OutputColumn["key"], lang: Lang): string {
  return OWN_PREFIX + HEADERS[key][lang];
}

/** The word for a light in a language (绿/黄/红). */
export function lightWord(light: Light | null, lang: Lang): string {
  return light ? format(`light.${light}`, lang) : "";
}

/**
 * The columns to write for an evaluation, index-aligned with the table's rows.
 * The light column is left out when the scheme has no lights.
 */
export function outputColumns(ev: Evaluation, lang: Lang): OutputColumn[] {
  const { scheme, read, assessment } = ev;
  const r = assessment.results;
  const cols: OutputColumn[] = [
    { key: "score", header: outputHeader("score", lang), values: read.subjects.map((s) => s.score) },
    { key: "rank", header: outputHeader("rank", lang), values: r.map((x) => x.rank) },
    {
      key: "tier",
      header: outputHeader("tier", lang),
      values: r.map((x) => (x.status === "pending" ? format("status.pending", lang) : x.tier === null ? null : tierLabel(scheme, x.tier, lang))),
    },
  ];
  if (scheme.lights) cols.push({ key: "light", header: outputHeader("light", lang), values: r.map((x) => lightWord(x.light, lang) || null) });
  const flags = r.map((x) => {
    const f: string[] = [];
    if (x.commended) f.push(format("flag.commended", lang));
    if (x.firstTierYears >= scheme.consecutiveYears) f.push(format("flag.consecutive", lang, { years: x.firstTierYears }));
    return f.length ? f.join(lang === "en-US" ? "; " : "；") : null;
  });
  if (flags.some((f) => f !== null)) cols.push({ key: "flags", header: outputHeader("flags", lang), values: flags });
  return cols;
}

/** One row of the 晾晒表 board. */
export interface BoardRow {
  group: string;
  rank: number | null;
  name: string;
  score: number | null;
  tier: string;
  light: Light | null;
}

/**
 * Board rows: groups in order of first appearance, each by rank; unscored subjects last.
 */
export function boardRows(ev: Evaluation, lang: Lang): BoardRow[] {
  const { scheme, read, assessment } = ev;
  const rows: BoardRow[] = [];
  for (const st of assessment.states) {
    const members = Array.from(st.order);
    const unscored = read.subjects.flatMap((s, i) => (s.group === st.group && s.score === null ? [i] : []));
    for (const i of [...members, ...unscored]) {
      const s = read.subjects[i]!;
      const res = assessment.results[i]!;
      rows.push({
        group: s.group,
        rank: res.rank,
        name: s.name,
        score: s.score,
        tier: res.status === "pending" ? format("status.pending", lang) : res.tier === null ? "" : tierLabel(scheme, res.tier, lang),
        light: res.light,
      });
    }
  }
  return rows;
}
