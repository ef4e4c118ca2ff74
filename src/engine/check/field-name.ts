/**
 * The name of a field in messages, as the user knows it: 得分, 等次, and an indicator by its label
 * or its column's header (指标“招商引资”), never by the scheme's internal id (investment).
 */
import { format, isMessageKey } from "../../messages";
import type { Scheme } from "../scheme/scheme";
import type { Lang } from "../types";

/**
 * A field of a cell problem ("score", "indicator:investment", "tieBreak:平时成绩") in words.
 * @example fieldName("indicator:investment", presets.jiuyuan, "zh-CN") // "指标“招商引资”" when the scheme's indicator reads column 招商引资
 * @example fieldName("score", scheme, "en-US") // "score"
 */
export function fieldName(field: string, scheme: Pick<Scheme, "scoring">, lang: Lang): string {
  if (field.startsWith("indicator:")) {
    const id = field.slice(10);
    const ind = scheme.scoring.indicators.find((i) => i.id === id);
    return format("field.indicator", lang, { id: ind?.label ?? ind?.column ?? id });
  }
  if (field.startsWith("tieBreak:")) return format("field.tieBreak", lang, { id: field.slice(9) });
  const key = `field.${field}`;
  return isMessageKey(key) ? format(key, lang) : field;
}
