/**
 * 等次 — assigning tiers within one group, by rank, thresholds, quotas, caps and forced bottom.
 *
 * The exact rules (DESIGN.md, "Semantics that must be exact"):
 * - Tiers are filled best first, walking the group in rank order. A subject reaches a tier only if
 *   its score meets the tier's threshold (if any) and it fits in the tier's quota (if any).
 * - A quota is never exceeded. Subjects tied on score that straddle the limit are all left out of
 *   the higher tier, and a tie-at-boundary event is reported for a person to decide. No subject
 *   below the tie takes the places left: that would put a lower score above a higher one.
 * - Caps (veto, linked responsibility) apply after ranking: a capped subject never sits above its
 *   cap. The place it cannot take passes to the next eligible subject in rank order (依次递补);
 *   with `scheme.keepCappedPlaces` it still uses that place, which stays empty (`emptied`).
 * - Forced bottom: the lowest `share` of the group (same rounding) get the last tier, whatever
 *   they had. A tie that straddles that line is left out of the forced set and reported.
 * - Subjects not placed in a higher tier get the last tier.
 */
import type { GroupLimits } from "./quota";
import { tied, type RankKeys } from "./rank";
import type { Scheme } from "../scheme/scheme";
import type { Subject } from "../types";

/** Ties that a person must decide: at a quota line (`quota`) or at the forced-bottom line (`bottom`). */
export interface BoundaryEvent {
  kind: "quota" | "bottom";
  /** The tier whose line is straddled (the last tier for `bottom`). */
  tier: number;
  /** Subject indices of the tied subjects. */
  members: number[];
  /** Places of the tier (or of the forced bottom). */
  limit: number;
  /** Places already taken when the tie was reached. */
  used: number;
}

/** Index of the best tier a subject may receive (0 when uncapped). */
export function capOf(s: Subject, linkedCap: number): number {
  let cap = s.vetoCap ?? 0;
  if (s.linked && linkedCap > cap) cap = linkedCap;
  return cap;
}

/** Best tier each subject may receive (0 = uncapped), by subject index. */
export function capsOf(subjects: readonly Subject[], scheme: Scheme): Int8Array {
  const linkedCap = linkedCapIndex(scheme);
  const caps = new Int8Array(subjects.length);
  for (let i = 0; i < subjects.length; i++) caps[i] = capOf(subjects[i] as Subject, linkedCap);
  return caps;
}

/** The linked-responsibility cap of a scheme: its `linked.cap`, else the second-to-last tier. */
export function linkedCapIndex(scheme: Scheme): number {
  const i = scheme.linked ? scheme.tiers.findIndex((t) => t.id === scheme.linked!.cap) : -1;
  return i >= 0 ? i : Math.max(1, scheme.tiers.length - 2);
}

/** The veto cap of a scheme: its `veto.cap`, else the second tier (a veto never allows the first). */
export function vetoCapIndex(scheme: Scheme): number {
  const i = scheme.veto ? scheme.tiers.findIndex((t) => t.id === scheme.veto!.cap) : -1;
  return i >= 0 ? i : 1;
}

/**
 * Assign tiers to the subjects of one group.
 * @param order subject indices of the group's tier-taking subjects (scored, not pending), best first
 * @param tiers output: `tiers[subjectIndex]` is set for every subject of `order`
 * @returns the ties a person must decide, the subjects put in the last tier by the forced bottom, and
 *   per tier the places kept empty for capped subjects (all 0 unless `keepCappedPlaces`)
 * @example
 * // five subjects, 优秀 ≤ 40% (2 places), scores 95, 90, 90, 80, 70:
 * // the two 90s straddle the line → only 95 is 优秀, one TIE event
 */
export function assignGroupTiers(
  order: ArrayLike<number>,
  scheme: Scheme,
  limits: GroupLimits,
  tiers: (number | null)[] | Int8Array,
  keys: RankKeys,
  capsBySubject: Int8Array,
): { events: BoundaryEvent[]; forced: number[]; emptied: number[] } {
  const events: BoundaryEvent[] = [];
  const last = scheme.tiers.length - 1;
  const release = !scheme.keepCappedPlaces;
  const emptied = scheme.tiers.map(() => 0);
  const scores = keys.scores;
  const m = order.length;
  // Caps by position; most subjects have none.
  const caps = new Int8Array(m);
  let anyCap = false;
  for (let p = 0; p < m; p++) {
    const c = capsBySubject[order[p] as number] as number;
    caps[p] = c;
    if (c > 0) anyCap = true;
  }
  // Positions (into `order`) still to place; the walk keeps them in rank order.
  let remaining = new Int32Array(m);
  for (let p = 0; p < m; p++) remaining[p] = p;
  let count = m;
  const next = new Int32Array(m);

  for (let t = 0; t < last && count > 0; t++) {
    const limit = limits.limits[t] ?? null;
    const threshold = scheme.tiers[t]?.threshold;
    let kept = 0;
    let used = 0;
    let stopped = false;
    if (limit === null && threshold === undefined && !anyCap) {
      // Nothing bounds this tier: everyone left takes it.
      for (let k = 0; k < count; k++) tiers[order[remaining[k] as number] as number] = t;
      count = 0;
      break;
    }
    let s = 0;
    while (s < count) {
      const head = order[remaining[s] as number] as number;
      if (stopped || (threshold !== undefined && (scores[head] as number) < threshold)) {
        // The tier is closed: the rest of the walk (in rank order) goes on to the next tier.
        next.set(remaining.subarray(s, count), kept);
        kept += count - s;
        break;
      }
      let e = s + 1;
      while (e < count && tied(keys, head, order[remaining[e] as number] as number)) e++;
      let eligible = e - s;
      if (anyCap) for (let k = s; k < e; k++) if ((caps[remaining[k] as number] as number) > t) eligible--;
      const consumes = release ? eligible : e - s;
      if (limit === null || used + consumes <= limit) {
        for (let k = s; k < e; k++) {
          const p = remaining[k] as number;
          if ((caps[p] as number) <= t) tiers[order[p] as number] = t;
          else next[kept++] = p;
        }
        used += consumes;
        if (limit !== null) emptied[t]! += consumes - eligible;
        if (limit !== null && used >= limit) stopped = true;
      } else {
        if (used < limit && eligible > 0) {
          const members: number[] = [];
          for (let k = s; k < e; k++) if ((caps[remaining[k] as number] as number) <= t) members.push(order[remaining[k] as number] as number);
          events.push({ kind: "quota", tier: t, members, limit, used });
        }
        stopped = true;
        for (let k = s; k < e; k++) next[kept++] = remaining[k] as number;
      }
      s = e;
    }
    // What was kept is what the next tier walks.
    remaining = next.slice(0, kept);
    count = kept;
  }
  for (let k = 0; k < count; k++) tiers[order[remaining[k] as number] as number] = last;

  // Forced bottom: walk tie blocks from the end of the order.
  const forced: number[] = [];
  const bottom = limits.forcedBottom;
  if (bottom !== null && bottom > 0) {
    let e = m;
    while (e > 0 && forced.length < bottom) {
      let s = e - 1;
      while (s > 0 && tied(keys, order[e - 1] as number, order[s - 1] as number)) s--;
      if (forced.length + (e - s) > bottom) {
        const members: number[] = [];
        for (let p = s; p < e; p++) members.push(order[p] as number);
        events.push({ kind: "bottom", tier: last, members, limit: bottom, used: forced.length });
        break;
      }
      for (let p = s; p < e; p++) {
        const i = order[p] as number;
        forced.push(i);
        tiers[i] = last;
      }
      e = s;
    }
  }
  return { events, forced, emptied };
}
