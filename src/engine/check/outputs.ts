/**
 * What Assess writes back: the score, rank, tier, light and flag columns (each header starting
 * with 【计算】 so that Assess recognises its own columns and never reads them as input), and the
 * rows of the 晾晒表 board. Pure: the hosts turn these into cells.
 */
import { OVERRIDE_MARK } from "../record/decided";
import type { Evaluation } from "./evaluate";
import { format } from "../../messages";
import { tierLabel } from "../scheme/scheme";
import type { Lang, Light } from "../types";

/** Prefix of every column header Assess writes. */
export const OWN_PREFIX = "【计算】";

export interface OutputColumn {
  key: "score" | "rank" | "tier" | "light" | "flags" | "override";
  header: string;
  values: (string | number | null)[];
}

const HEADERS: Record<OutputColumn["key"], Record<Lang, string>> = {
  score: { "zh-CN": "得分", "en-US": "Score" },
  rank: { "zh-CN": "组内排名", "en-US": "Rank in group" },
  tier: { "zh-CN": "等次", "en-US": "Tier" },
  light: { "zh-CN": "亮灯", "en-US": "Light" },
  flags: { "zh-CN": "标记", "en-US": "Flags" },
  override: { "zh-CN": "人工调整", "en-US": "Override" },
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
 * The light column is left out when the scheme has no lights. With a decision record (`decide`),
 * the tier and light columns hold the values in force and a 【计算】人工调整 column says, per
 * overridden subject, what was computed and what it was set to.
 */
export function outputColumns(ev: Evaluation, lang: Lang): OutputColumn[] {
  const { scheme, read, assessment } = ev;
  const d = ev.decisions;
  const r = d ? assessment.results.map((x, i) => ({ ...x, tier: d.marks[i]?.tier ? d.tiers[i]! : x.tier, status: d.marks[i]?.tier ? "ranked" : x.status, light: d.lights[i] ?? null })) : assessment.results;
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
  if (d && d.record.length > 0) cols.push({ key: "override", header: outputHeader("override", lang), values: overrideNotes(ev, lang) });
  return cols;
}

/** Per subject, what a reviewer changed: "等次由“良好”调整为“优秀”" (null where nothing was). */
function overrideNotes(ev: Evaluation, lang: Lang): (string | null)[] {
  const { scheme, assessment } = ev;
  const d = ev.decisions;
  return assessment.results.map((x, i) => {
    const m = d?.marks[i];
    if (!m) return null;
    const parts: string[] = [];
    const computed = (field: "tier" | "light") =>
      field === "tier" ? (x.tier === null ? "—" : tierLabel(scheme, x.tier, lang)) : lightWord(x.light, lang) || "—";
    for (const field of ["tier", "light"] as const) {
      const mark = m[field];
      if (!mark) continue;
      const to = field === "tier" ? tierLabel(scheme, d.tiers[i]!, lang) : lightWord(d.lights[i] ?? null, lang);
      parts.push(format("record.column.change", lang, { field: format(`override.field.${field}`, lang), computed: computed(field), to }));
    }
    return parts.join(lang === "en-US" ? "; " : "；");
  });
}

/** One row of the 晾晒表 board. */
export interface BoardRow {
  group: string;
  rank: number | null;
  name: string;
  score: number | null;
  /** The tier as shown: with {@link OVERRIDE_MARK} when a reviewer set it. */
  tier: string;
  light: Light | null;
  /** Which of tier and light a reviewer set (the 变更记录), when any. */
  overridden?: { tier: boolean; light: boolean };
}

/**
 * Board rows: groups in order of first appearance, each by rank; unscored subjects last. With a
 * decision record, the tiers and lights in force, an overridden tier marked "优秀※".
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
      const mark = ev.decisions?.marks[i];
      const tier = mark?.tier ? tierLabel(scheme, ev.decisions!.tiers[i]!, lang) + OVERRIDE_MARK : res.status === "pending" ? format("status.pending", lang) : res.tier === null ? "" : tierLabel(scheme, res.tier, lang);
      rows.push({
        group: s.group,
        rank: res.rank,
        name: s.name,
        score: s.score,
        tier,
        light: ev.decisions ? (ev.decisions.lights[i] ?? null) : res.light,
        ...(mark ? { overridden: { tier: mark.tier !== undefined, light: mark.light !== undefined } } : {}),
      });
    }
  }
  return rows;
}
