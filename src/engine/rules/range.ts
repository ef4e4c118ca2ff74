/**
 * 区域考核 — ranks, tiers and lights for a plain range of scores (what a custom function receives),
 * with the engine's own rules: the range becomes subjects and goes through {@link assess}, so a
 * tie at a quota line, a cap or a forced bottom is decided exactly as `assess apply` decides it.
 *
 * A subject of a range is known by what the range says of it: its group, its score and its cap.
 * Subjects alike in all three always get the same rank, tier and light (the engine treats a tie
 * block as a whole), so a per-cell function can look its caller up by (group, score, cap) without
 * knowing its row.
 */
import { assess, type Assessment } from "./assess";
import { isBlank, cellText } from "../input/cells";
import { matchTier, normalizeText } from "../input/labels";
import { parseSchemeOrThrow, type Count, type Scheme } from "../scheme/scheme";
import { vetoCapIndex } from "./tiers";
import type { CellValue, Light, Subject } from "../types";

/** A range as subjects: score (null = blank row, not a subject), group ("" = none), cap (0 = none). */
export interface RangeSubjects {
  scores: readonly (number | null)[];
  groups?: readonly string[];
  caps?: ArrayLike<number>;
}

/** The assessment of a range, with lookups by what a cell knows of itself. */
export interface RangeAssessment {
  assessment: Assessment;
  /** Competition rank of a score within its group (RANK.EQ), or undefined when the score is not there. */
  rankOf(group: string, score: number): number | undefined;
  /** Tier index of a subject (group, score, cap), undefined when no such subject is in the range. */
  tierOf(group: string, score: number, cap?: number): number | undefined;
  /** Light of a score within its group, undefined when not there or the scheme has no lights. */
  lightOf(group: string, score: number): Light | undefined;
}

const key = (group: string, score: number, cap = 0) => `${group}\u0001${score + 0}\u0001${cap}`;

/**
 * Assess a range under a scheme (ranks, tiers, lights per group).
 * @example
 * const r = assessRange({ scores: [95, 90, 90, 80, 70] }, scheme40pct);
 * r.tierOf("", 90) // 1 — the two 90s straddle the 优秀 line and are both left out
 */
export function assessRange(range: RangeSubjects, scheme: Scheme): RangeAssessment {
  const n = range.scores.length;
  const subjects: Subject[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const cap = range.caps ? (range.caps[i] as number) : 0;
    const s: Subject = { name: "", row: i + 1, group: range.groups?.[i] ?? "", score: range.scores[i] ?? null };
    if (cap > 0) s.vetoCap = cap;
    subjects[i] = s;
  }
  const assessment = assess(subjects, scheme);
  let ranks: Map<string, number> | undefined;
  let tiers: Map<string, number> | undefined;
  let lights: Map<string, Light> | undefined;
  const build = <T>(value: (i: number) => T | null | undefined, withCap: boolean): Map<string, T> => {
    const m = new Map<string, T>();
    for (let i = 0; i < n; i++) {
      const s = subjects[i] as Subject;
      const v = value(i);
      if (s.score === null || v === null || v === undefined) continue;
      m.set(key(s.group, s.score, withCap ? (s.vetoCap ?? 0) : 0), v);
    }
    return m;
  };
  return {
    assessment,
    rankOf: (g, score) => (ranks ??= build((i) => assessment.ranks[i] || null, false)).get(key(g, score)),
    tierOf: (g, score, cap = 0) => (tiers ??= build((i) => ((assessment.tiers[i] as number) < 0 ? null : assessment.tiers[i]), true)).get(key(g, score, cap)),
    lightOf: (g, score) => (lights ??= build((i) => assessment.lights[i], false)).get(key(g, score)),
  };
}

/** Texts that mean "no" in a veto column (as the table reader reads them). */
const NO = new Set(["否", "无", "没有", "不", "no", "n", "none", "false", "0", "-", "/", "×", "x"].map(normalizeText));

/**
 * 一票否决 cell → the best tier index the subject may receive (0 = no cap): blank or a "no" word is
 * no cap; a tier label caps at that tier; anything else ("是", "√", TRUE) caps at the scheme's veto cap.
 * Same reading as the table reader's veto column.
 * @example capFromCell(jiuyuan, "是") // 2 (一般)
 * @example capFromCell(jiuyuan, "") // 0
 */
export function capFromCell(scheme: Scheme, v: CellValue): number {
  if (isBlank(v) || v === false || v === 0 || (typeof v === "string" && NO.has(normalizeText(v)))) return 0;
  const t = matchTier(scheme, cellText(v));
  return typeof t === "number" ? t : vetoCapIndex(scheme);
}

/** A minimal two-tier scheme with no quota: what ranking alone needs. */
export const RANK_ONLY: Scheme = parseSchemeOrThrow({
  id: "rank-only",
  name: { zh: "排名", en: "Ranking" },
  tiers: [
    { id: "a", label: { zh: "甲", en: "A" } },
    { id: "b", label: { zh: "乙", en: "B" } },
  ],
});

const withLightsMemo = new WeakMap<Scheme, Map<string, Scheme>>();

/**
 * The scheme with other light counts (the same object for the same counts, so caches keyed by
 * scheme identity keep working).
 * @example withLights(presets.jiuyuan, { count: 4 }, { count: 3 }).lights
 */
export function withLights(scheme: Scheme, green: Count, red: Count): Scheme {
  let m = withLightsMemo.get(scheme);
  if (!m) withLightsMemo.set(scheme, (m = new Map()));
  const k = JSON.stringify([green, red]);
  let s = m.get(k);
  if (!s) m.set(k, (s = { ...scheme, lights: { green, red } }));
  return s;
}
