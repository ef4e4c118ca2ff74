/** Small text formatters shared by the report's parts. */
import type { Lang } from "../engine/types";

/**
 * A score as printed: the scheme's decimals when it rounds, else at most two, no trailing zeros.
 * @example scoreText(88.3, 2) // "88.30"
 * @example scoreText(88.3) // "88.3"
 */
export function scoreText(x: number | null, decimals?: number): string {
  if (x === null) return "—";
  return decimals === undefined ? String(Number(x.toFixed(2))) : x.toFixed(decimals);
}

/**
 * A date as printed: "2026年4月8日" in Chinese, "2026-04-08" in English; other text unchanged.
 * @example dateText("2026-04-08", "zh-CN") // "2026年4月8日"
 */
export function dateText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === "en-US") return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** The list separator of a language. */
export function sep(lang: Lang): string {
  return lang === "en-US" ? ", " : "、";
}
