/**
 * The scheme editor's form: the few fields a reviewer edits (first tier's quota, forced bottom,
 * lights, indicator weights) as the text typed, laid over a base scheme (a preset or the workbook's). Only the
 * fields the user touched replace the base's, so a workbook scheme keeps what the form cannot show.
 * Pure: no React, no host.
 */
import { groupPlacesText, parseGroupPlaces } from "../engine/rules/allocation";
import { parseScheme, type SchemeInput, type SchemeIssue } from "../engine/scheme/scheme";
import type { Lang, Rounding } from "../engine/types";

export type QuotaMode = "none" | "share" | "places";

export interface SchemeForm {
  quotaMode: QuotaMode;
  /** Percent, as typed. */
  share: string;
  places: string;
  rounding: Rounding;
  /** 名额分配 of the first tier, as typed: "农村=5, 社区=13" (blank: the same quota for every group). */
  allocation: string;
  /** Percent, as typed; blank for none. */
  forcedBottom: string;
  /** Counts, as typed; both blank for no lights. */
  green: string;
  red: string;
  /** Minimum score per tier (index-aligned with the scheme's tiers), as typed; blank for none. */
  thresholds: readonly string[];
  /** 一票否决: the best tier a vetoed subject may get (tier id); "" for the scheme's default. */
  vetoCap: string;
  /** 连带责任: the team's cap (tier id, "" for none) and the first tier's lower share, percent as typed. */
  linkedCap: string;
  linkedShare: string;
  /** Keep the place a capped subject cannot take empty, instead of passing it on (依次递补). */
  keepCappedPlaces: boolean;
  /** Indicator weights in percent, as typed, by indicator id (within its section). */
  weights: Readonly<Record<string, string>>;
  /** Fields the user changed. */
  dirty: ReadonlySet<keyof Omit<SchemeForm, "dirty">>;
}

/** Fields of the form that messages can be shown on. */
export type FormField = "quota" | "share" | "places" | "allocation" | "forcedBottom" | "green" | "red" | "weights" | "thresholds" | "veto" | "linked";

const pct = (x: number | undefined) => (x === undefined ? "" : String(Number((x * 100).toFixed(6))));

/** The form as a base scheme fills it. */
export function formFromInput(input: SchemeInput): SchemeForm {
  const q = input.tiers[0]?.quota;
  const count = (c: unknown) => (c && typeof c === "object" && "count" in c ? String((c as { count: number }).count) : "");
  return {
    quotaMode: !q ? "none" : q.places !== undefined ? "places" : "share",
    share: pct(q?.share),
    places: q?.places === undefined ? "" : String(q.places),
    rounding: q?.rounding ?? "floor",
    allocation: q?.groups ? groupPlacesText(q.groups) : "",
    forcedBottom: pct(input.forcedBottom?.share),
    green: count(input.lights?.green),
    red: count(input.lights?.red),
    weights: weightsInPercent(input),
    thresholds: input.tiers.map((t) => (t.threshold === undefined ? "" : String(t.threshold))),
    vetoCap: input.veto?.cap ?? "",
    linkedCap: input.linked?.cap ?? "",
    linkedShare: pct(input.linked?.topShare),
    keepCappedPlaces: input.keepCappedPlaces ?? input.releaseCappedPlaces === false,
    dirty: new Set(),
  };
}

/** The indicators of a scheme grouped by section (section id "" when there are none). */
export function indicatorGroups(input: SchemeInput): { section: string; label: string; ids: string[] }[] {
  const indicators = input.scoring?.indicators ?? [];
  const sections = input.scoring?.sections ?? [];
  const groups = new Map<string, { section: string; label: string; ids: string[] }>();
  for (const ind of indicators) {
    const sec = ind.section ?? "";
    const label = sections.find((x) => x.id === sec)?.label ?? "";
    if (!groups.has(sec)) groups.set(sec, { section: sec, label, ids: [] });
    groups.get(sec)!.ids.push(ind.id);
  }
  return [...groups.values()];
}

/** Weights as percents: a section whose weights add up to 1 is shown × 100. */
function weightsInPercent(input: SchemeInput): Record<string, string> {
  const indicators = input.scoring?.indicators ?? [];
  const out: Record<string, string> = {};
  for (const g of indicatorGroups(input)) {
    const ws = g.ids.map((id) => indicators.find((i) => i.id === id)!.weight);
    const scale = Math.abs(ws.reduce((a, b) => a + b, 0) - 1) < 1e-9 ? 100 : 1;
    g.ids.forEach((id, k) => (out[id] = String(Number(((ws[k] as number) * scale).toFixed(6)))));
  }
  return out;
}

/** The live sum of a group of weights as typed (NaN when one is unreadable). */
export function weightSum(form: SchemeForm, ids: readonly string[]): number {
  return ids.reduce((sum, id) => sum + (num(form.weights[id] ?? "") ?? Number.NaN), 0);
}

/** A typed number: blank → undefined; anything unreadable → NaN (so the scheme check names it). */
function num(text: string): number | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  return Number(t.replace(/[%％]$/, ""));
}

/** The base scheme with the form's touched fields laid over it. */
export function applyForm(base: SchemeInput, form: SchemeForm): SchemeInput {
  const out = JSON.parse(JSON.stringify(base)) as SchemeInput; // plain JSON data
  const d = form.dirty;
  if ((["quotaMode", "share", "places", "rounding", "allocation"] as const).some((k) => d.has(k)) && out.tiers[0]) {
    const first = { ...out.tiers[0] };
    const byOutcome = first.quota?.byOutcome;
    const groups = d.has("allocation") ? allocationOf(form.allocation) : first.quota?.groups;
    if (form.quotaMode === "none" && groups === undefined) delete first.quota;
    else {
      const share = num(form.share);
      const places = num(form.places);
      first.quota = {
        rounding: form.rounding,
        ...(form.quotaMode === "share" ? (share === undefined ? {} : { share: share / 100 }) : form.quotaMode === "places" && places !== undefined ? { places } : {}),
        ...(byOutcome ? { byOutcome } : {}),
        ...(groups ? { groups } : {}),
      };
    }
    out.tiers = [first, ...out.tiers.slice(1)];
  }
  if (d.has("forcedBottom")) {
    const fb = num(form.forcedBottom);
    if (fb === undefined) delete out.forcedBottom;
    else out.forcedBottom = { share: fb / 100, rounding: out.forcedBottom?.rounding ?? "floor" };
  }
  if (d.has("thresholds")) {
    out.tiers = out.tiers.map((t, i) => {
      const v = num(form.thresholds[i] ?? "");
      const { threshold: _old, ...rest } = t;
      return v === undefined ? rest : { ...rest, threshold: v };
    });
  }
  if (d.has("vetoCap")) {
    if (form.vetoCap === "") delete out.veto;
    else out.veto = { cap: form.vetoCap };
  }
  if (d.has("linkedCap") || d.has("linkedShare")) {
    const share = num(form.linkedShare);
    if (form.linkedCap === "") delete out.linked;
    else out.linked = { cap: form.linkedCap, ...(share === undefined ? {} : { topShare: share / 100 }) };
  }
  if (d.has("keepCappedPlaces")) {
    delete out.releaseCappedPlaces; // the old key, replaced
    out.keepCappedPlaces = form.keepCappedPlaces;
  }
  if (d.has("weights") && out.scoring?.indicators) {
    // Percents: each section's weights must add up to 100 (the engine's check names the sum).
    out.scoring = { ...out.scoring, indicators: out.scoring.indicators.map((ind) => ({ ...ind, weight: num(form.weights[ind.id] ?? "") ?? Number.NaN })) };
  }
  if (d.has("green") || d.has("red")) {
    const g = num(form.green);
    const r = num(form.red);
    if (g === undefined && r === undefined) delete out.lights;
    else out.lights = { green: { count: g ?? 0 }, red: { count: r ?? 0 } };
  }
  return out;
}

/**
 * The typed allocation as the scheme's `quota.groups`: undefined when blank (none), and an item
 * that cannot be read becomes a group with no places, so the scheme check names it on the field.
 */
function allocationOf(text: string): Record<string, { places?: number; share?: number }> | undefined {
  if (text.trim() === "") return undefined;
  const { groups, bad } = parseGroupPlaces(text);
  const out: Record<string, { places?: number; share?: number }> = Object.fromEntries(groups);
  for (const item of bad) out[item] = {};
  return out;
}

/** Which form field a scheme issue belongs to, or null for the general list. */
export function issueField(issue: SchemeIssue): FormField | null {
  const f = issue.field;
  if (f.startsWith("tiers[0].quota.groups")) return "allocation";
  if (f.startsWith("tiers[0].quota.share")) return "share";
  if (f.startsWith("tiers[0].quota.places")) return "places";
  if (f.startsWith("tiers[0].quota")) return "quota";
  if (f.startsWith("forcedBottom")) return "forcedBottom";
  if (f.startsWith("lights.green")) return "green";
  if (f.startsWith("scoring.indicators")) return "weights";
  if (/^tiers\[\d+\]\.threshold/.test(f)) return "thresholds";
  if (f.startsWith("veto")) return "veto";
  if (f.startsWith("linked")) return "linked";
  if (f.startsWith("lights")) return "red";
  return null;
}

/** Validate the scheme the form gives: the scheme, or issues split by field. */
export function validateForm(base: SchemeInput, form: SchemeForm, lang: Lang) {
  const input = applyForm(base, form);
  const parsed = parseScheme(input, lang);
  const byField: Partial<Record<FormField, string>> = {};
  const general: string[] = [];
  if (!parsed.ok) {
    for (const i of parsed.issues) {
      const f = issueField(i);
      if (f && byField[f] === undefined) byField[f] = i.message;
      else if (!f) general.push(i.message);
    }
  }
  return { input, parsed, byField, general };
}
