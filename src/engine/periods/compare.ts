/**
 * 排名变化 — one assessed period against the previous one (通报式/报告式 bulletins, the 九原区 article), and
 * the series of N periods (趋势). Subjects are matched by name (and 单位, for people) within their
 * group, else by name alone where that leaves one candidate (a unit that moved to another group, a
 * person to another 单位), names and groups compared after {@link normalizeText} (優秀 = 优秀,
 * full-width = half-width, spaces and brackets ignored).
 */
import type { Evaluation } from "../check/evaluate";
import { normalizeText } from "../input/labels";
import { format } from "../../messages";
import type { Lang, Light } from "../types";

/**
 * A subject's result in one period: the plain data the comparisons work on.
 * `tier` is an index into the scheme's tiers; rank, tier, light and score are null when the
 * subject had none that period (unusable score, pending).
 */
export interface PeriodResult {
  name: string;
  group: string;
  /** 单位 beside a person's name (a table of individuals): two people of one name are told apart by it. */
  unit?: string;
  rank: number | null;
  tier: number | null;
  light: Light | null;
  score: number | null;
}

/**
 * The period results of an evaluation, in table order.
 * @example periodResults(evaluate(table, map, presets.jiuyuan))[0]
 * // { name: "区财政局", group: "区直单位", rank: 1, tier: 0, light: "green", score: 95 }
 */
export function periodResults(ev: Evaluation): PeriodResult[] {
  const results = ev.assessment.results;
  return ev.read.subjects.map((s, i) => {
    const r = results[i]!;
    return { name: s.name, group: s.group, ...(s.unit !== undefined ? { unit: s.unit } : {}), rank: r.rank, tier: r.tier, light: r.light, score: s.score };
  });
}

/** What matching looks at: a name and a group, and the 单位 beside a person's name where there is one. */
export interface Named {
  name: string;
  group: string;
  unit?: string;
}

/**
 * Who an entry is, as matching compares it: the name with its 单位 (王伟（区财政局） and 王伟区财政局
 * alike, since normalizeText drops brackets), or the name alone.
 */
const identity = (x: Named) => (x.unit === undefined ? normalizeText(x.name) : normalizeText(x.name) + normalizeText(x.unit));
const key = (x: Named) => `${normalizeText(x.group)}\u0000${identity(x)}`;

/**
 * Whether a text a person typed names this entry: its name, or its name with its 单位
 * (王伟（区教育局）, either width of brackets), compared as matching compares them.
 * @example namesEntry("王伟(区教育局)", { name: "王伟", group: "", unit: "区教育局" }) // true
 */
export function namesEntry(text: string, x: Named): boolean {
  const t = normalizeText(text);
  return t === normalizeText(x.name) || (x.unit !== undefined && t === identity(x));
}

/**
 * Which earlier entry each later entry is, by index, in three passes (each earlier entry matches
 * at most once; all compared after normalizeText):
 * 1. same group and same identity — the name, with its 单位 where the entry has one; an override
 *    written 王伟（区财政局） is that person. Twice the same in a group: in order of appearance.
 * 2. same group and same name where exactly one unmatched earlier entry has it: an override
 *    naming only 王伟 when one 王伟 is in the group, a person who moved to another 单位.
 * 3. the same name alone where exactly one unmatched earlier entry has it (a subject that changed group).
 * Two people of one name in a group are never matched by the name alone: the caller says that
 * which one is meant is unclear ({@link sameNamed}).
 * @example matchSubjects([{ name: "甲", group: "A" }, { name: "乙", group: "A" }], [{ name: "乙", group: "B" }, { name: "丙", group: "A" }])
 * // [1, null]
 * @example matchSubjects([{ name: "王伟", group: "", unit: "区财政局" }, { name: "王伟", group: "", unit: "区教育局" }], [{ name: "王伟（区教育局）", group: "" }, { name: "王伟", group: "" }])
 * // [1, null]
 */
export function matchSubjects(before: readonly Named[], after: readonly Named[]): (number | null)[] {
  const out: (number | null)[] = after.map(() => null);
  const taken = new Uint8Array(before.length);
  const byKey = new Map<string, number[]>();
  before.forEach((b, i) => {
    const k = key(b);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  after.forEach((a, j) => {
    const list = byKey.get(key(a));
    const i = list?.shift();
    if (i !== undefined) {
      out[j] = i;
      taken[i] = 1;
    }
  });
  /** Match what is left by `k` where exactly one unmatched earlier entry has the later one's key. */
  const byOnly = (k: (x: Named) => string) => {
    const left = new Map<string, number[]>();
    before.forEach((b, i) => {
      if (taken[i]) return;
      const kb = k(b);
      const list = left.get(kb);
      if (list) list.push(i);
      else left.set(kb, [i]);
    });
    after.forEach((a, j) => {
      if (out[j] !== null) return;
      const list = left.get(k(a));
      if (list && list.length === 1) {
        out[j] = list[0]!;
        taken[list[0]!] = 1;
        left.delete(k(a));
      }
    });
  };
  // Without any 单位 the second pass is the first one again.
  if (before.some((b) => b.unit !== undefined) || after.some((a) => a.unit !== undefined)) byOnly((x) => `${normalizeText(x.group)}\u0000${normalizeText(x.name)}`);
  byOnly((x) => normalizeText(x.name));
  return out;
}

/**
 * The entries a name could mean when it names no one alone — those of its group with that name
 * (two people of one name in different 单位) — for a message asking which. Empty otherwise.
 * @example sameNamed([{ name: "王伟", group: "", unit: "区财政局" }, { name: "王伟", group: "", unit: "区教育局" }], { name: "王伟", group: "" }) // [0, 1]
 */
export function sameNamed(among: readonly Named[], x: Named): number[] {
  const name = normalizeText(x.name);
  const group = normalizeText(x.group);
  const out: number[] = [];
  among.forEach((b, i) => {
    if (normalizeText(b.name) === name && normalizeText(b.group) === group) out.push(i);
  });
  return out.length > 1 ? out : [];
}

/**
 * 排名变化 — `by` is the previous rank minus the current one: positive = moved up.
 * `new`: the subject was not in the previous period. `regrouped`: it was, in another group, where
 * its rank meant something else. `unranked`: it has no rank in one of the two periods (an
 * unusable score), so no change can be told.
 */
export type RankChange = { kind: "up" | "down" | "same"; by: number } | { kind: "new" } | { kind: "regrouped" } | { kind: "unranked" };

/** A move between two values of an ordered scale: tiers (0 best) or lights (green best). */
export interface Move<T> {
  from: T | null;
  to: T | null;
  /** `unknown` when either side is null. */
  direction: "up" | "down" | "same" | "unknown";
}

/** One subject of the current period against the previous one. */
export interface SubjectComparison {
  current: PeriodResult;
  /** The matched subject of the previous period; null when new. */
  previous: PeriodResult | null;
  rankChange: RankChange;
  /** Null when new. */
  tierChange: Move<number> | null;
  lightChange: Move<Light> | null;
  /** Current score minus previous (12 significant digits); null when new or either is missing. */
  scoreChange: number | null;
  /** The subject moved to another group (matched by name). */
  groupChange: { from: string; to: string } | null;
}

/** Result of {@link compare}. */
export interface Comparison {
  /** One entry per subject of the current period, in its order. */
  subjects: SubjectComparison[];
  /** Subjects of the previous period not in the current one (撤并, renamed), in their order. */
  left: PeriodResult[];
}

const LIGHT_ORDER: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

/** Up when the new position (0 = best) is better. */
function move<T>(from: T | null, to: T | null, position: (v: T) => number): Move<T> {
  if (from === null || to === null) return { from, to, direction: "unknown" };
  const d = position(from) - position(to);
  return { from, to, direction: d > 0 ? "up" : d < 0 ? "down" : "same" };
}

/**
 * The rank change between two ranks (previous, current).
 * @example rankChange(5, 2) // { kind: "up", by: 3 }
 * @example rankChange(null, 2) // { kind: "unranked" }
 */
export function rankChange(before: number | null, now: number | null): RankChange {
  if (before === null || now === null) return { kind: "unranked" };
  const by = before - now;
  return { kind: by > 0 ? "up" : by < 0 ? "down" : "same", by };
}

/**
 * Compare the current period with the previous one.
 * @example
 * compare([{ name: "甲", group: "", rank: 3, tier: 1, light: "yellow", score: 85 }],
 *         [{ name: "甲", group: "", rank: 1, tier: 0, light: "green", score: 92 }]).subjects[0]
 * // { rankChange: { kind: "up", by: 2 }, tierChange: { from: 1, to: 0, direction: "up" },
 * //   lightChange: { from: "yellow", to: "green", direction: "up" }, scoreChange: 7, groupChange: null, … }
 */
export function compare(previous: readonly PeriodResult[], current: readonly PeriodResult[]): Comparison {
  const match = matchSubjects(previous, current);
  const used = new Uint8Array(previous.length);
  const subjects = current.map((cur, j): SubjectComparison => {
    const i = match[j] ?? null;
    if (i === null) return { current: cur, previous: null, rankChange: { kind: "new" }, tierChange: null, lightChange: null, scoreChange: null, groupChange: null };
    used[i] = 1;
    const prev = previous[i]!;
    const regrouped = normalizeText(prev.group) !== normalizeText(cur.group);
    return {
      current: cur,
      previous: prev,
      rankChange: regrouped ? { kind: "regrouped" } : rankChange(prev.rank, cur.rank),
      tierChange: move(prev.tier, cur.tier, (t) => t),
      lightChange: move(prev.light, cur.light, (l) => LIGHT_ORDER[l]),
      scoreChange: prev.score === null || cur.score === null ? null : Number((cur.score - prev.score).toPrecision(12)),
      groupChange: regrouped ? { from: prev.group, to: cur.group } : null,
    };
  });
  return { subjects, left: previous.filter((_, i) => !used[i]) };
}

/**
 * Subjects by group (in the order the groups first appear), then by rank within the group
 * (unranked last), then in their table order: the order a bulletin lists its changes in.
 * @example byGroupThenRank(compare(jan, feb).subjects).map((s) => `${s.current.group} ${s.current.rank}`)
 * // ["区直单位 1", "区直单位 2", …, "苏木乡镇街道 1", …]
 */
export function byGroupThenRank(subjects: readonly SubjectComparison[]): SubjectComparison[] {
  const groupOrder = new Map<string, number>();
  for (const s of subjects) if (!groupOrder.has(s.current.group)) groupOrder.set(s.current.group, groupOrder.size);
  const rank = (s: SubjectComparison) => s.current.rank ?? Number.POSITIVE_INFINITY;
  return subjects
    .map((s, i) => ({ s, i }))
    .sort((a, b) => groupOrder.get(a.s.current.group)! - groupOrder.get(b.s.current.group)! || rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s);
}

/**
 * The rank change as the board shows it: ▲3 (up three places), ▼2, — (unchanged), 新 / new
 * (not in the previous period), 转入 / moved in (from another group), "" (no rank in one of the periods).
 * @example rankChangeSymbol({ kind: "up", by: 3 }, "zh-CN") // "▲3"
 * @example rankChangeSymbol({ kind: "new" }, "en-US") // "new"
 */
export function rankChangeSymbol(c: RankChange, lang: Lang): string {
  switch (c.kind) {
    case "up":
      return `▲${c.by}`;
    case "down":
      return `▼${-c.by}`;
    case "same":
      return "—";
    case "new":
      return format("change.new", lang);
    case "regrouped":
      return format("change.regrouped", lang);
    case "unranked":
      return "";
  }
}

// ── series of periods (趋势) ─────────────────────────────────────────────────────────

/** One subject followed through periods. */
export interface Track {
  /** Name and group as in the latest period the subject appears in. */
  name: string;
  group: string;
  /** Index of the subject in each period's list, null where absent. */
  at: (number | null)[];
}

/**
 * Follow subjects through ordered periods: each period's list is matched ({@link matchSubjects})
 * against every subject seen so far, by its latest name and group. Tracks are ordered as the
 * latest period lists them, then the subjects absent from it in order of first appearance.
 * @example trackSubjects([[{ name: "甲", group: "" }], [{ name: "乙", group: "" }, { name: "甲", group: "" }]])
 * // [{ name: "乙", group: "", at: [null, 0] }, { name: "甲", group: "", at: [0, 1] }]
 */
export function trackSubjects(periods: readonly (readonly Named[])[]): Track[] {
  const tracks: Track[] = [];
  periods.forEach((list, p) => {
    const match = matchSubjects(tracks, list);
    list.forEach((s, j) => {
      const t = match[j];
      if (t === null || t === undefined) {
        const at: (number | null)[] = periods.map(() => null);
        at[p] = j;
        tracks.push({ name: s.name, group: s.group, at });
      } else {
        const track = tracks[t]!;
        track.at[p] = j;
        track.name = s.name;
        track.group = s.group;
      }
    });
  });
  const last = periods.length - 1;
  const inLast = tracks.filter((t) => t.at[last] !== null && t.at[last] !== undefined).sort((a, b) => (a.at[last] as number) - (b.at[last] as number));
  return [...inLast, ...tracks.filter((t) => t.at[last] === null || t.at[last] === undefined)];
}

/** A subject's ranks, scores, tiers and lights, one entry per period (null where absent). */
export interface SubjectTrend {
  name: string;
  group: string;
  ranks: (number | null)[];
  scores: (number | null)[];
  tiers: (number | null)[];
  lights: (Light | null)[];
}

/** A group's figures per period. */
export interface GroupTrend {
  group: string;
  /** Subjects of the group present in each period. */
  n: number[];
  /** Mean score of the group's scored subjects per period; null when none was scored. */
  meanScore: (number | null)[];
  /** `tierCounts[p][t]`: subjects of tier t in period p. */
  tierCounts: number[][];
}

/** Result of {@link series}. */
export interface Series {
  periods: string[];
  subjects: SubjectTrend[];
  groups: GroupTrend[];
}

/**
 * 趋势 — N ordered periods side by side: per subject its rank, score, tier and light per period;
 * per group the mean score and the tier counts per period. Groups are matched after
 * {@link normalizeText} and shown as the latest period writes them, in order of first appearance.
 * `tierCount` is the number of tiers of the scheme (default: the highest tier seen + 1).
 * @example
 * series([{ period: "2026年1月", results: jan }, { period: "2026年2月", results: feb }], 4).subjects[0]
 * // { name: "甲", group: "", ranks: [3, 1], scores: [85, 92], tiers: [1, 0], lights: ["yellow", "green"] }
 */
export function series(periods: readonly { period: string; results: readonly PeriodResult[] }[], tierCount?: number): Series {
  const tracks = trackSubjects(periods.map((p) => p.results));
  const pick = <K extends keyof PeriodResult>(t: Track, k: K) => t.at.map((j, p) => (j === null ? null : periods[p]!.results[j]![k]));
  const subjects = tracks.map((t) => ({
    name: t.name,
    group: t.group,
    ranks: pick(t, "rank"),
    scores: pick(t, "score"),
    tiers: pick(t, "tier"),
    lights: pick(t, "light"),
  }));

  let tiers = tierCount ?? 0;
  if (tierCount === undefined) for (const p of periods) for (const r of p.results) if (r.tier !== null && r.tier + 1 > tiers) tiers = r.tier + 1;
  const groups = new Map<string, { group: string; n: number[]; sum: number[]; scored: number[]; tierCounts: number[][] }>();
  periods.forEach((p, k) => {
    for (const r of p.results) {
      const g = normalizeText(r.group);
      let acc = groups.get(g);
      if (!acc) {
        acc = { group: r.group, n: periods.map(() => 0), sum: periods.map(() => 0), scored: periods.map(() => 0), tierCounts: periods.map(() => new Array<number>(tiers).fill(0)) };
        groups.set(g, acc);
      }
      acc.group = r.group;
      acc.n[k]!++;
      if (r.score !== null) {
        acc.sum[k]! += r.score;
        acc.scored[k]!++;
      }
      if (r.tier !== null && r.tier < tiers) acc.tierCounts[k]![r.tier]!++;
    }
  });
  return {
    periods: periods.map((p) => p.period),
    subjects,
    groups: [...groups.values()].map((g) => ({
      group: g.group,
      n: g.n,
      meanScore: g.sum.map((s, k) => (g.scored[k]! > 0 ? s / g.scored[k]! : null)),
      tierCounts: g.tierCounts,
    })),
  };
}
