/**
 * 等次表 — a small scheme typed in cells: one row per tier, best first, with the label, an optional
 * threshold (分数线) and an optional quota (比例 "30%" / 0.3, or a number of places 9).
 *
 * | 优秀 | 90 | 30% |
 * | 良好 | 80 |     |
 * | 一般 | 60 |     |
 * | 较差 |    |     |
 */
import { cellText, isBlank, parseNumberText } from "../input/cells";
import { parseScheme, type Scheme, type SchemeInput } from "./scheme";
import type { CellValue, Lang } from "../types";

/** Why a tier table is unusable: a cell (1-based row and column of the table) or the scheme's own issue. */
export type TierTableResult =
  | { ok: true; scheme: Scheme }
  | { ok: false; reason: "cell"; row: number; col: number; value: string }
  | { ok: false; reason: "scheme"; message: string };

function num(v: CellValue, percent: "points" | "fraction"): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return parseNumberText(v, percent);
  return null;
}

/**
 * Build a scheme from a tier table (rows of label, threshold, quota). Labels are written back as
 * typed; the scheme's language is Chinese when a label has Chinese characters.
 * @example schemeFromTierTable([["优秀", 90, "30%"], ["良好", 80, null], ["一般", 60, null], ["较差", null, null]])
 * // { ok: true, scheme: { tiers: [{ label: { zh: "优秀" }, threshold: 90, quota: { share: 0.3 } }, …] } }
 */
export function schemeFromTierTable(rows: readonly (readonly CellValue[])[], lang: Lang = "zh-CN"): TierTableResult {
  const tiers: NonNullable<SchemeInput["tiers"]> = [];
  let chinese = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly CellValue[];
    if (isBlank(row[0])) continue;
    const label = cellText(row[0]).trim();
    if (/[\u3400-\u9fff]/.test(label)) chinese = true;
    const tier: (typeof tiers)[number] = { id: `t${tiers.length + 1}`, label: { zh: label, en: label } };
    if (!isBlank(row[1])) {
      const t = num(row[1], "points");
      if (t === null) return { ok: false, reason: "cell", row: r + 1, col: 2, value: cellText(row[1]) };
      tier.threshold = t;
    }
    if (!isBlank(row[2])) {
      const q = num(row[2], "fraction");
      if (q === null || q <= 0) return { ok: false, reason: "cell", row: r + 1, col: 3, value: cellText(row[2]) };
      if (q >= 1 && !Number.isInteger(q)) return { ok: false, reason: "cell", row: r + 1, col: 3, value: cellText(row[2]) };
      tier.quota = q < 1 ? { share: q } : { places: q };
    }
    tiers.push(tier);
  }
  const r = parseScheme({ id: "tier-table", name: { zh: "等次表", en: "Tier table" }, lang: chinese ? "zh-CN" : "en-US", tiers }, lang);
  return r.ok ? r : { ok: false, reason: "scheme", message: r.issues.map((i) => i.message).join("; ") };
}
