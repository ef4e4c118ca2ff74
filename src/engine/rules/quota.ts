/**
 * 比例/名额 — how many places each tier has in a group.
 *
 * `limit = floor(n × share)` by default (`round`/`ceil` selectable), or a fixed number of places;
 * `minOne` gives small groups one place where the share rounds to 0. The share may depend on the
 * group's own outcome (事业单位: 20%, 25% where the unit was rated excellent, 15% where it was
 * penalised), and linked responsibility (连带责任) lowers the first tier's share of the group.
 * A quota is a hard maximum.
 */
import { placesOf } from "./round";
import type { AllocationSource, Count, Scheme } from "../scheme/scheme";
import type { GroupOutcome } from "../types";

/** The limits of one group: places per tier (null = no quota) and the forced bottom count. */
export interface GroupLimits {
  limits: (number | null)[];
  /** Shares actually used per tier (after outcome and linked adjustments), for messages. */
  shares: (number | null)[];
  forcedBottom: number | null;
  /**
   * Per tier, the group's own allocation when one applies (名额分配), with where it came from;
   * null where the tier's default applies.
   */
  allocations: (GroupAllocation | null)[];
}

/** A group's own allocation of a tier, as applied: its places or share and its source. */
export interface GroupAllocation {
  group: string;
  places?: number;
  share?: number;
  source: AllocationSource;
}

/**
 * Limits for a group of `n` subjects. A tier that allocates places to the group by name
 * (`quota.groups`, 名额分配) uses the group's own places or share; other groups take the tier's default.
 * @example groupLimits(jiuyuan, 52, "normal", false).limits // [15, null, null, null]
 * @example groupLimits(secretaries, 40, "normal", false, "社区").limits // [13, null, null, null]
 */
export function groupLimits(scheme: Scheme, n: number, outcome: GroupOutcome = "normal", linked = false, group?: string): GroupLimits {
  const limits: (number | null)[] = [];
  const shares: (number | null)[] = [];
  const allocations: (GroupAllocation | null)[] = [];
  const topShare = linked ? scheme.linked?.topShare : undefined;
  scheme.tiers.forEach((tier, t) => {
    const q = tier.quota;
    const own = group !== undefined ? q?.groups?.[group] : undefined;
    const rounding = own?.rounding ?? q?.rounding ?? "floor";
    let share: number | null;
    let limit: number | null;
    if (own) {
      share = own.share ?? null;
      limit = own.places ?? (share !== null ? placesOf(share, n, rounding) : null);
      allocations.push({ group: group as string, ...(own.places !== undefined ? { places: own.places } : { share: own.share as number }), source: own.source ?? "scheme" });
    } else {
      share = q?.share !== undefined ? (outcome !== "normal" ? (q.byOutcome?.[outcome] ?? q.share) : q.share) : null;
      limit = q?.places ?? (share !== null ? placesOf(share, n, rounding) : null);
      allocations.push(null);
    }
    if (t === 0 && topShare !== undefined) {
      // 连带责任 lowers the first tier's share: never above topShare of the group.
      const reduced = placesOf(topShare, n, rounding);
      if (limit === null || reduced < limit) {
        limit = reduced;
        share = topShare;
      }
    }
    if (limit !== null && q?.minOne && n > 0) limit = Math.max(1, limit);
    limits.push(limit);
    shares.push(share);
  });
  const fb = scheme.forcedBottom;
  return { limits, shares, forcedBottom: fb ? placesOf(fb.share, n, fb.rounding) : null, allocations };
}

/**
 * A count or a share of n as a number of subjects (lights).
 * @example countOf({ count: 4 }, 10) // 4
 * @example countOf({ share: 0.3, rounding: "floor" }, 10) // 3
 */
export function countOf(c: Count, n: number): number {
  return "count" in c ? c.count : placesOf(c.share, n, c.rounding);
}

/** The group's own outcome from its members: penalised wins over excellent. */
export function outcomeOf(outcomes: Iterable<GroupOutcome | undefined>): GroupOutcome {
  let out: GroupOutcome = "normal";
  for (const o of outcomes) {
    if (o === "penalised") return "penalised";
    if (o === "excellent") out = "excellent";
  }
  return out;
}
