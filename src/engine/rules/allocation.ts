/**
 * 名额分配 — places per group: the organisation department allocates a tier's places by category
 * (5 excellent secretaries for rural villages, 13 for communities) instead of one share for all.
 *
 * An allocation comes from three places, the later replacing the earlier tier by tier:
 * the scheme (`tiers[t].quota.groups`), the workbook's 名额分配 sheet, and `--places` on the
 * command line. A tier's allocation replaces the one before it as a whole, so what a reviewer sees
 * in the source named by a message is the whole rule for that tier.
 */
import { cellAddress, cellText, isBlank, parseNumberText } from "../input/cells";
import { matchTier, normalizeText } from "../input/labels";
import { format } from "../../messages";
import type { AllocationSource, GroupQuota, Scheme } from "../scheme/scheme";
import type { CellValue, Lang } from "../types";

/** One group's allocation of a tier: places, or a share of the group. */
export type GroupPlaces = { places: number } | { share: number };

/** Allocations by tier index, then by group name. */
export type Allocation = Map<number, Map<string, GroupPlaces>>;

/** A problem found reading an allocation: the cell (or argument) and what is wrong with it. */
export interface AllocationProblem {
  /** `名额分配!C3` for the sheet; absent for `--places`. */
  cell?: string;
  message: string;
}

/** What reading an allocation gives: the allocation (possibly empty) and every problem. */
export interface AllocationRead {
  allocation: Allocation;
  problems: AllocationProblem[];
}

/** Names of the allocation sheet (名额分配, 名额分配表; Places / Allocation in English workbooks). */
const SHEET_NAMES = ["名额分配", "名额分配表", "名额", "places", "allocation", "quotaallocation"].map(normalizeText);

/**
 * Whether a sheet name is that of a 名额分配 sheet.
 * @example isAllocationSheetName("名额分配表") // true
 */
export function isAllocationSheetName(name: string): boolean {
  return SHEET_NAMES.includes(normalizeText(name));
}

/** The group column's header words. */
const GROUP_HEADERS = ["类别", "分类", "类型", "分组", "组别", "赛道", "group", "category"].map(normalizeText);

/**
 * A number of places or a share from a cell: a whole number is places; "30%" or a fraction such
 * as 0.3 (a cell formatted as a percentage) is a share. Null when the meaning is not certain.
 */
function placesOf(v: CellValue): GroupPlaces | null {
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 0) return { places: v };
    if (v > 0 && v < 1) return { share: v };
    return null;
  }
  if (typeof v !== "string") return null;
  const text = v.trim().replace(/[名个人]$/, "");
  if (/%|％/.test(text)) {
    const share = parseNumberText(text, "fraction");
    return share !== null && share > 0 && share <= 1 ? { share } : null;
  }
  const n = parseNumberText(text);
  return n !== null && Number.isInteger(n) && n >= 0 ? { places: n } : null;
}

/**
 * Read a 名额分配 sheet: a header row with 类别 (or 分类, 组别…) and one column per tier label
 * (优秀, or the scale's own labels), then one row per group whose cells are places (13) or shares
 * (30%). Blank cells allocate nothing. Cells that are neither are reported with their address.
 * @example
 * allocationFromGrid([["类别", "优秀"], ["农村", 5], ["社区", 13]], "名额分配", scheme, "zh-CN").allocation.get(0)
 * // Map { "农村" => { places: 5 }, "社区" => { places: 13 } }
 */
export function allocationFromGrid(grid: readonly (readonly CellValue[])[], sheet: string, scheme: Scheme, lang: Lang): AllocationRead {
  const allocation: Allocation = new Map();
  const problems: AllocationProblem[] = [];
  let headerRow = -1;
  let groupCol = -1;
  const tierCols: { col: number; tier: number }[] = [];
  for (let r = 0; r < Math.min(grid.length, 10) && headerRow < 0; r++) {
    const row = grid[r] ?? [];
    const g = row.findIndex((v) => typeof v === "string" && GROUP_HEADERS.includes(normalizeText(v)));
    if (g < 0) continue;
    const cols: { col: number; tier: number }[] = [];
    row.forEach((v, c) => {
      if (c === g || isBlank(v)) return;
      const t = matchTier(scheme, cellText(v).replace(/名额|人数|places?$/gi, ""));
      if (typeof t === "number") cols.push({ col: c, tier: t });
    });
    if (cols.length === 0) continue;
    headerRow = r;
    groupCol = g;
    tierCols.push(...cols);
  }
  if (headerRow < 0) {
    problems.push({ cell: cellAddress(sheet, 0, 1), message: format("allocation.noHeader", lang, { sheet, tiers: scheme.tiers.map((t) => (lang === "en-US" ? t.label.en : t.label.zh)).join(lang === "en-US" ? ", " : "、") }) });
    return { allocation, problems };
  }
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const name = row[groupCol];
    if (isBlank(name)) continue;
    const group = cellText(name).trim();
    if (/^(合计|总计|小计|total)$/i.test(normalizeText(group))) continue;
    for (const { col, tier } of tierCols) {
      const v = row[col];
      if (isBlank(v)) continue;
      const p = placesOf(v as CellValue);
      if (!p) {
        problems.push({ cell: cellAddress(sheet, col, r + 1), message: format("allocation.badCell", lang, { cell: cellAddress(sheet, col, r + 1), value: cellText(v as CellValue), group }) });
        continue;
      }
      let byGroup = allocation.get(tier);
      if (!byGroup) allocation.set(tier, (byGroup = new Map()));
      byGroup.set(group, p);
    }
  }
  return { allocation, problems };
}

/**
 * A list of `group=places` items (`农村=5, 社区=13`, `社区=30%`), separated by commas or 、: the
 * groups read, and the items that could not be.
 * @example parseGroupPlaces("农村=5，社区=30%").groups // Map { "农村" => { places: 5 }, "社区" => { share: 0.3 } }
 */
export function parseGroupPlaces(list: string): { groups: Map<string, GroupPlaces>; bad: string[] } {
  const groups = new Map<string, GroupPlaces>();
  const bad: string[] = [];
  for (const item of list.split(/[,，、]/)) {
    if (item.trim() === "") continue;
    const m = /^([^=＝]+)[=＝](.+)$/.exec(item.trim());
    const p = m ? placesOf(m[2] as string) : null;
    if (!m || !p) bad.push(item.trim());
    else groups.set((m[1] as string).trim(), p);
  }
  return { groups, bad };
}

/**
 * The list form of a tier's allocation, as {@link parseGroupPlaces} reads it back.
 * @example groupPlacesText({ 农村: { places: 5 }, 社区: { share: 0.3 } }) // "农村=5, 社区=30%"
 */
export function groupPlacesText(groups: Readonly<Record<string, { places?: number | undefined; share?: number | undefined }>>): string {
  return Object.entries(groups)
    .map(([g, q]) => `${g}=${q.places !== undefined ? q.places : `${Number(((q.share ?? 0) * 100).toPrecision(12))}%`}`)
    .join(", ");
}

/**
 * Parse `--places`: `农村=5,社区=13` allocates the first tier; `良好:农村=10,社区=20` another tier;
 * several tiers are separated by `;`. A share is written `30%`.
 * @example parsePlaces("农村=5,社区=13", scheme, "zh-CN").allocation.get(0)?.get("社区") // { places: 13 }
 */
export function parsePlaces(text: string, scheme: Scheme, lang: Lang): AllocationRead {
  const allocation: Allocation = new Map();
  const problems: AllocationProblem[] = [];
  for (const part of text.split(/[;；]/)) {
    if (part.trim() === "") continue;
    let tier = 0;
    let list = part;
    const colon = /^([^=:：]+)[:：](.*)$/.exec(part);
    if (colon) {
      const t = matchTier(scheme, (colon[1] as string).trim());
      if (typeof t !== "number") {
        problems.push({ message: format("allocation.badTier", lang, { tier: (colon[1] as string).trim(), tiers: scheme.tiers.map((x) => (lang === "en-US" ? x.label.en : x.label.zh)).join(lang === "en-US" ? ", " : "、") }) });
        continue;
      }
      tier = t;
      list = colon[2] as string;
    }
    const { groups: byGroup, bad } = parseGroupPlaces(list);
    for (const item of bad) problems.push({ message: format("allocation.badItem", lang, { item }) });
    if (byGroup.size > 0) allocation.set(tier, byGroup);
  }
  return { allocation, problems };
}

/**
 * The scheme with an allocation applied: each tier the allocation names gets exactly those
 * groups (replacing the scheme's own `quota.groups` for that tier), marked with their source.
 * A tier without a quota gains one with only the groups (other groups keep no quota). Pure.
 * @example withAllocation(scheme, parsePlaces("农村=5,社区=13", scheme, "zh-CN").allocation, "cli").tiers[0].quota.groups
 * // { 农村: { places: 5, source: "cli" }, 社区: { places: 13, source: "cli" } }
 */
export function withAllocation(scheme: Scheme, allocation: Allocation, source: AllocationSource): Scheme {
  if (allocation.size === 0) return scheme;
  return {
    ...scheme,
    tiers: scheme.tiers.map((tier, t) => {
      const byGroup = allocation.get(t);
      if (!byGroup) return tier;
      const groups: Record<string, GroupQuota> = {};
      for (const [g, p] of byGroup) groups[g] = { ...p, source };
      const quota = tier.quota ?? { rounding: "floor" as const, minOne: false };
      return { ...tier, quota: { ...quota, groups } };
    }),
  };
}

/**
 * A one-line account of the allocations in force, for the CLI's first lines and the layout report:
 * "名额分配（名额分配表）：优秀 — 农村 5 名、社区 13 名". Empty when no tier allocates by group.
 */
export function allocationSummary(scheme: Scheme, lang: Lang): string[] {
  const lines: string[] = [];
  const sep = lang === "en-US" ? ", " : "、";
  scheme.tiers.forEach((tier, t) => {
    const groups = Object.entries(tier.quota?.groups ?? {});
    if (groups.length === 0) return;
    const sources = [...new Set(groups.map(([, q]) => q.source ?? "scheme"))].map((s) => format(`allocation.source.${s}`, lang)).join(sep);
    const items = groups
      .map(([g, q]) => `${g} ${q.places !== undefined ? format("rule.allocationPlaces", lang, { places: q.places }) : `${Number(((q.share ?? 0) * 100).toPrecision(12))}%`}`)
      .join(sep);
    lines.push(format("allocation.summary", lang, { tier: lang === "en-US" ? tier.label.en : tier.label.zh, source: sources, items, index: t }));
  });
  return lines;
}
