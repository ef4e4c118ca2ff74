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
 *   cap. By default it still uses the place it would have taken in a higher tier, so that place is
 *   not handed to the next subject; `scheme.releaseCappedPlaces` hands it on.
 * - Forced bottom: the lowest `share` of the group (same rounding) get the last tier, whatever
 *   they had. A tie that straddles that line is left out of the forced set and reported.
 * - Subjects not placed in a higher tier get the last tier.
 */
import type { GroupLimits } from "./quota";
import { compareSubjects } from "./rank";
import type { Scheme } from "./scheme";
import type { Subject } from "./types";

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
 * @returns the ties a person must decide, and the subjects put in the last tier by the forced bottom
 * @example
 * // five subjects, 优秀 ≤ 40% (2 places), scores 95, 90, 90, 80, 70:
 * // the two 90s straddle the line → only 95 is 优秀, one TIE event
 */
export function assignGroupTiers(
  subjects: readonly Subject[],
  order: ArrayLike<number>,
  scheme: Scheme,
  limits: GroupLimits,
  tiers: (number | null)[],
): { events: BoundaryEvent[]; forced: number[] } {
  const events: BoundaryEvent[] = [];
  const last = scheme.tiers.length - 1;
  const linkedCap = linkedCapIndex(scheme);
  let remaining: number[] = Array.from(order);

  for (let t = 0; t < last && remaining.length > 0; t++) {
    const limit = limits.limits[t] ?? null;
    const threshold = scheme.tiers[t]?.threshold;
    const next: number[] = [];
    let used = 0;
    let stopped = false;
    let s = 0;
    while (s < remaining.length) {
      // The tie block [s, e) among the subjects still to place.
      let e = s + 1;
      const head = subjects[remaining[s] as number] as Subject;
      while (e < remaining.length && compareSubjects(head, subjects[remaining[e] as number] as Subject) === 0) e++;
      const block = remaining.slice(s, e);
      s = e;
      if (stopped || (threshold !== undefined && (head.score as number) < threshold)) {
        stopped = true;
        next.push(...block);
        continue;
      }
      const eligible = block.filter((i) => capOf(subjects[i] as Subject, linkedCap) <= t);
      const consumes = scheme.releaseCappedPlaces ? eligible.length : block.length;
      if (limit === null || used + consumes <= limit) {
        for (const i of block) {
          if (capOf(subjects[i] as Subject, linkedCap) <= t) tiers[i] = t;
          else next.push(i);
        }
        used += consumes;
        if (limit !== null && used >= limit) stopped = true;
      } else {
        if (used < limit && eligible.length > 0) events.push({ kind: "quota", tier: t, members: eligible, limit, used });
        stopped = true;
        next.push(...block);
      }
    }
    remaining = next;
  }
  for (const i of remaining) tiers[i] = last;

  // Forced bottom: walk tie blocks from the end of the order.
  const forced: number[] = [];
  const bottom = limits.forcedBottom;
  if (bottom !== null && bottom > 0) {
    let e = order.length;
    while (e > 0 && forced.length < bottom) {
      let s = e - 1;
      const tail = subjects[order[s] as number] as Subject;
      while (s > 0 && compareSubjects(tail, subjects[order[s - 1] as number] as Subject) === 0) s--;
      const size = e - s;
      if (forced.length + size > bottom) {
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
  return { events, forced };
}
