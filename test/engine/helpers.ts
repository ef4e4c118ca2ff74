/** Helpers for engine tests: subjects and schemes from literal tables. */
import { parseSchemeOrThrow, type Scheme, type SchemeInput } from "../../src/engine/scheme/scheme";
import type { Subject } from "../../src/engine/types";

/**
 * Subjects from a literal table: `name score [group]`, one per line; extra fields by name.
 * @example subjects("甲 95\n乙 90") → two subjects in group ""
 */
export function subjects(text: string, extra: Record<string, Partial<Subject>> = {}): Subject[] {
  return text
    .trim()
    .split("\n")
    .map((line, i) => {
      const [name, score, group] = line.trim().split(/\s+/);
      return { name: name!, row: i + 2, group: group ?? "", score: score === "-" ? null : Number(score), ...extra[name!] };
    });
}

/** A four-tier scheme (优秀/良好/一般/较差) with the given changes. */
export function scheme(
  changes: Partial<SchemeInput> & { top?: NonNullable<SchemeInput["tiers"]>[number]["quota"]; thresholds?: number[] } = {},
): Scheme {
  const { top, thresholds = [], ...rest } = changes;
  const tiers = [
    { id: "excellent", label: { zh: "优秀", zhHant: "優秀", en: "Excellent" }, ...(top ? { quota: top } : {}) },
    { id: "good", label: { zh: "良好", en: "Good" } },
    { id: "fair", label: { zh: "一般", en: "Fair" } },
    { id: "poor", label: { zh: "较差", zhHant: "較差", en: "Poor" } },
  ].map((t, i) => (thresholds[i] !== undefined ? { ...t, threshold: thresholds[i] } : t));
  return parseSchemeOrThrow({ id: "test", name: { zh: "测试", en: "Test" }, tiers, ...rest });
}

/** Tier labels (zh) of an assessment's results, by subject name. */
export function labelsByName(subs: Subject[], tiers: (number | null)[], s: Scheme): Record<string, string> {
  return Object.fromEntries(subs.map((x, i) => [x.name, tiers[i] === null ? "—" : s.tiers[tiers[i]!]!.label.zh]));
}
