/**
 * The assessment of a whole table: per group, rank, tiers under quotas and caps, forced bottom,
 * lights and flags. Pure and deterministic: the same subjects give the same result, whatever the
 * order of the groups; inputs are never mutated.
 */
import { assignGroupLights } from "./lights";
import { groupLimits, type GroupLimits } from "./quota";
import { assignRanks, radixScratch, rankKeys, rankOrder, type RankKeys } from "./rank";
import type { Scheme } from "../scheme/scheme";
import { assignGroupTiers, capsOf, type BoundaryEvent } from "./tiers";
import type { GroupOutcome, GroupSummary, Light, Subject, SubjectResult } from "../types";

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
  /** Per tier, places kept empty for capped subjects (`keepCappedPlaces`; otherwise all 0). */
  emptied: number[];
  /**
   * Subjects whose tier is better because a capped subject's place passed to them (依次递补):
   * the tier they would have had with the places kept empty is worse. Empty with `keepCappedPlaces`.
   */
  passedOn: number[];
}

export interface Assessment {
  /** One object per subject, built from the columns below on first access. */
  readonly results: SubjectResult[];
  /** Competition rank by subject index, 0 where the subject has none. */
  ranks: Float64Array;
  /** Tier index by subject index, -1 where none (pending or unusable). */
  tiers: Int8Array;
  lights: (Light | null)[];
  /** Ranking keys by subject index (scores, NaN where unusable), shared with the check. */
  keys: RankKeys;
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
  const keys = rankKeys(subjects);
  const scores = keys.scores;
  const caps = capsOf(subjects, scheme);
  // One pass over the subjects for what the groups need: pending, linked, the group's outcome.
  const flags = new Uint8Array(n);
  let anyPending = false;
  let anyFlag = false;
  for (let i = 0; i < n; i++) {
    const s = subjects[i] as Subject;
    if (s.pending || s.linked || s.groupOutcome) {
      anyFlag = true;
      if (s.pending) anyPending = true;
      flags[i] = (s.pending ? PENDING : 0) | (s.linked ? LINKED : 0) | (s.groupOutcome === "excellent" ? EXCELLENT : s.groupOutcome === "penalised" ? PENALISED : 0);
    }
  }

  const byGroup = groupMembers(subjects);
  let largest = 0;
  for (const members of byGroup.values()) largest = Math.max(largest, members.length);
  const scratch = radixScratch(largest);
  let keptTiers: Int8Array | undefined;
  for (const [group, members] of byGroup) {
    const scored = members.filter((i) => !Number.isNaN(scores[i] as number));
    const order = rankOrder(keys, scored, scratch);
    assignRanks(keys, order, ranks);
    let outcome: GroupOutcome = "normal";
    let linked = false;
    if (anyFlag) {
      for (const i of members) {
        const f = flags[i] as number;
        if (f & PENALISED) outcome = "penalised";
        else if (f & EXCELLENT && outcome === "normal") outcome = "excellent";
        if (f & LINKED && !(f & PENDING) && !Number.isNaN(scores[i] as number)) linked = true;
      }
    }
    const tierOrder = anyPending ? order.filter((i) => !((flags[i] as number) & PENDING)) : order;
    const limits = groupLimits(scheme, tierOrder.length, outcome, linked, group);
    const { events, forced, emptied } = assignGroupTiers(tierOrder, scheme, limits, tiers, keys, caps);
    const passedOn: number[] = [];
    if (!scheme.keepCappedPlaces && tierOrder.some((i) => (caps[i] as number) > 0)) {
      // What keeping the places empty would have given: who moved up by 依次递补.
      keptTiers ??= new Int8Array(n);
      assignGroupTiers(tierOrder, { ...scheme, keepCappedPlaces: true }, limits, keptTiers, keys, caps);
      for (const i of tierOrder) if ((tiers[i] as number) < (keptTiers[i] as number)) passedOn.push(i);
    }
    if (scheme.lights) assignGroupLights(order, scheme.lights, lights, keys);

    const counts = scheme.tiers.map(() => 0);
    for (let p = 0; p < tierOrder.length; p++) counts[tiers[tierOrder[p] as number] as number]!++;
    // The places open to the group: with keepCappedPlaces, less those kept empty.
    const open = limits.limits.map((l, t) => (l === null ? null : Math.max(0, l - (emptied[t] as number))));
    groups.push({ group, n: tierOrder.length, counts, limits: open, forcedBottom: limits.forcedBottom });
    states.push({ group, order, tierOrder, limits, forced, events, emptied, passedOn });
  }

  let results: SubjectResult[] | undefined;
  const build = (): SubjectResult[] => {
    const out: SubjectResult[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const t = tiers[i] as number;
      const tier = t < 0 ? null : t;
      const s = tier === 0 ? (subjects[i] as Subject) : undefined;
      out[i] = {
        rank: ranks[i] === 0 ? null : (ranks[i] as number),
        tier,
        status: (flags[i] as number) & PENDING ? "pending" : Number.isNaN(scores[i] as number) ? "unusable" : "ranked",
        light: lights[i] ?? null,
        commended: s?.teamExcellent === true,
        firstTierYears: s ? firstTierYears(0, s.history) : 0,
      };
    }
    return out;
  };
  return {
    get results() {
      return (results ??= build());
    },
    ranks,
    tiers,
    lights,
    keys,
    caps,
    groups,
    states,
  };
}

const PENDING = 1;
const LINKED = 2;
const EXCELLENT = 4;
const PENALISED = 8;

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
