/**
 * The assessment of a whole table: per group, rank, tiers under quotas and caps, forced bottom,
 * lights and flags. Pure and deterministic: the same subjects give the same result, whatever the
 * order of the groups; inputs are never mutated.
 */
import { assignGroupLights } from "./lights";
import { groupLimits, outcomeOf, type GroupLimits } from "./quota";
import { assignRanks, rankOrder, scoresOf } from "./rank";
import type { Scheme } from "./scheme";
import { assignGroupTiers, capOf, linkedCapIndex, type BoundaryEvent } from "./tiers";
import type { GroupOutcome, GroupSummary, Light, Subject, SubjectResult } from "./types";

/** Everything decided for one group, kept for the check and the reports. */
export interface GroupState {
  group: string;
  /** Subjects with a usable score (pending included), best first. */
  order: Int32Array;
  /** Tier-taking subjects (scored, not pending), best first. */
  tierOrder: Int32Array;
  limits: GroupLimits;
  /** Subjects put in the last tier by the forced bottom. */
  forced: number[];
  events: BoundaryEvent[];
}

export interface Assessment {
  results: SubjectResult[];
  /** Scores by subject index (NaN where unusable), shared with the check. */
  scores: Float64Array;
  /** Best tier each subject may receive (0 = uncapped), from vetoes and linked responsibility. */
  caps: Int8Array;
  groups: GroupSummary[];
  states: GroupState[];
}

/**
 * Indices of the subjects of each group, groups in order of first appearance.
 * @example groupMembers([{ group: "A" }, { group: "B" }, { group: "A" }]) // Map { "A" => [0, 2], "B" => [1] }
 */
export function groupMembers(subjects: readonly Pick<Subject, "group">[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (let i = 0; i < subjects.length; i++) {
    const g = (subjects[i] as Subject).group;
    let a = m.get(g);
    if (!a) m.set(g, (a = []));
    a.push(i);
  }
  return m;
}

/**
 * Assess subjects under a scheme.
 * @example
 * const { results } = assess([{ name: "甲", row: 2, group: "", score: 90 }, { name: "乙", row: 3, group: "", score: 80 }], presets.jiuyuan);
 * results[0].rank // 1
 */
export function assess(subjects: readonly Subject[], scheme: Scheme): Assessment {
  const n = subjects.length;
  const ranks = new Float64Array(n); // 0 = no rank
  const tiers = new Int8Array(n).fill(-1);
  const lights: (Light | null)[] = new Array(n).fill(null);
  const groups: GroupSummary[] = [];
  const states: GroupState[] = [];
  const scores = scoresOf(subjects);
  const linkedCap = linkedCapIndex(scheme);
  const caps = new Int8Array(n);
  for (let i = 0; i < n; i++) caps[i] = capOf(subjects[i] as Subject, linkedCap);

  for (const [group, members] of groupMembers(subjects)) {
    const scored = members.filter((i) => !Number.isNaN(scores[i] as number));
    const order = rankOrder(subjects, scored, scores);
    assignRanks(subjects, order, ranks, scores);
    let outcome: GroupOutcome = "normal";
    let linked = false;
    for (const i of members) {
      const s = subjects[i] as Subject;
      if (s.groupOutcome) outcome = outcomeOf([outcome, s.groupOutcome]);
      if (s.linked && !s.pending && s.score !== null) linked = true;
    }
    const tierOrder = order.filter((i) => !(subjects[i] as Subject).pending);
    const limits = groupLimits(scheme, tierOrder.length, outcome, linked);
    const { events, forced } = assignGroupTiers(subjects, tierOrder, scheme, limits, tiers, scores, caps);
    if (scheme.lights) assignGroupLights(subjects, order, scheme.lights, lights, scores);

    const counts = scheme.tiers.map(() => 0);
    for (const i of tierOrder) counts[tiers[i] as number]!++;
    groups.push({ group, n: tierOrder.length, counts, limits: limits.limits, forcedBottom: limits.forcedBottom });
    states.push({ group, order, tierOrder, limits, forced, events });
  }

  const results: SubjectResult[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = subjects[i] as Subject;
    const t = tiers[i] as number;
    const tier = t < 0 ? null : t;
    results[i] = {
      rank: ranks[i] === 0 ? null : (ranks[i] as number),
      tier,
      status: s.score === null ? "unusable" : s.pending ? "pending" : "ranked",
      light: lights[i] ?? null,
      commended: tier === 0 && s.teamExcellent === true,
      firstTierYears: tier === 0 ? firstTierYears(tier, s.history) : 0,
    };
  }
  return { results, scores, caps, groups, states };
}

/**
 * Years in a row in the first tier, counting this year: 0 unless this year is first tier.
 * @example firstTierYears(0, [0, 0]) // 3
 * @example firstTierYears(0, [0, 1]) // 1
 */
export function firstTierYears(tier: number | null, history: readonly (number | null)[] | undefined): number {
  if (tier !== 0) return 0;
  let years = 1;
  for (let k = (history?.length ?? 0) - 1; k >= 0 && history![k] === 0; k--) years++;
  return years;
}
