/**
 * 考核期间 — the period a sheet or a period column stands for: a month (月度通报), a quarter
 * (季度通报, 报告式 the 九原区 article), a half year (半年评估, the 浙江 article) or a year (年度考核).
 *
 * Labels are read the way offices write them — 2026年1月, 2026-01, 2026年第一季度, 2026年一季度,
 * 2026年第1季度, 2026年第一季 (Traditional), 2026Q1, 2026年上半年, 2025年度, 2025年 — and in English
 * where it is cheap: Jan 2026, Q1 2026, 2026 H1. A label may sit inside a longer sheet name
 * (“2026年第一季度晾晒表”). A text that names no period, or names two different ones
 * (“2026年1月至2026年3月”), is not a period: the parser returns null and never guesses.
 */
import { toHalfWidth } from "../input/cells";
import { toSimplified } from "../input/labels";
import { format } from "../../messages";
import type { Lang } from "../types";

/** The length of a period: 月 / 季度 / 半年 / 年度. */
export type PeriodKind = "month" | "quarter" | "half" | "year";

/**
 * 考核期间 — one period. `index` is the month (1–12), the quarter (1–4), the half (1 = 上半年,
 * 2 = 下半年) or 1 for a year. `label` is the canonical Chinese label, whatever form was read
 * (“2026Q1” → “2026年第一季度”); {@link periodLabel} gives it in either language.
 */
export interface Period {
  year: number;
  kind: PeriodKind;
  index: number;
  label: string;
}

/** Options of {@link parsePeriod}. */
export interface PeriodOptions {
  /** The year for labels that give none (“1月”, “一季度”, “上半年”, “Q1”); without it they are not periods. */
  year?: number;
}

const MONTHS_PER: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const LIMIT: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, year: 1 };
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A number written in digits or as 一 … 十二; NaN otherwise. */
function numberOf(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (CN_DIGITS[s] ?? NaN);
}

/**
 * A period from its parts, with its canonical label; null when the index is out of range.
 * @example makePeriod(2026, "quarter", 1) // { year: 2026, kind: "quarter", index: 1, label: "2026年第一季度" }
 * @example makePeriod(2026, "month", 13) // null
 */
export function makePeriod(year: number, kind: PeriodKind, index: number): Period | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(index) || index < 1 || index > LIMIT[kind]) return null;
  return { year, kind, index, label: periodLabel({ year, kind, index }, "zh-CN") };
}

/** One way of writing a period: a sticky pattern and how its match becomes a period. */
interface Form {
  re: RegExp;
  /** Whether the form carries its own year (forms without one need `opts.year`). */
  dated: boolean;
  read: (m: RegExpExecArray, year: number | undefined) => Period | null;
}

const Y = String.raw`(?<!\d)(\d{4})(?!\d)`;
const YEAR_SEP = String.raw`\s*年?\s*(?:度)?\s*`;
const CN_MONTH = String.raw`(\d{1,2}|十[一二]?|[一二三四五六七八九])`;
// Any digit is read, so that 第五季度 is an impossible quarter rather than a bare year.
const CN_QUARTER = String.raw`第?\s*(\d|[一二三四五六七八九十])\s*季(?:度)?`;
const EN_MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![a-z])`;
const RANGE = String.raw`\s*月?\s*[\-~～至到]\s*`;

const form = (source: string, dated: boolean, read: Form["read"]): Form => ({ re: new RegExp(source, "y"), dated, read });
const yearOf = (m: RegExpExecArray, k: number) => Number(m[k]);
const monthOf = (name: string) => EN_MONTHS.indexOf(name.slice(0, 3)) + 1;

/** A run of months as the period it spans: 1–3月 a quarter, 1–6月 a half, 1–12月 the year; else null. */
function monthRange(year: number | undefined, from: number, to: number): Period | null {
  if (year === undefined) return null;
  const n = to - from + 1;
  if (from === to) return makePeriod(year, "month", from);
  for (const kind of ["quarter", "half", "year"] as const)
    if (n === MONTHS_PER[kind] && (from - 1) % n === 0) return makePeriod(year, kind, (from - 1) / n + 1);
  return null;
}

/** The forms, most specific first: at each position the first form that matches wins. */
const FORMS: Form[] = [
  // 2026年第一季度, 2026年一季度, 2026年第1季度, 2026年第一季, 2026年度第一季度, 2026一季度
  form(Y + YEAR_SEP + CN_QUARTER, true, (m) => makePeriod(yearOf(m, 1), "quarter", numberOf(m[2]!))),
  // 2026Q1, 2026-Q1, 2026 Q1, 2026年Q1
  form(Y + String.raw`\s*[年\-/ ]?\s*q([1-4])(?!\d)`, true, (m) => makePeriod(yearOf(m, 1), "quarter", Number(m[2]))),
  // Q1 2026, Q1-2026
  form(String.raw`(?<![a-z])q([1-4])\s*[\-/ ,]?\s*` + Y, true, (m) => makePeriod(yearOf(m, 2), "quarter", Number(m[1]))),
  // 2026年上半年, 2026上半年度
  form(Y + YEAR_SEP + String.raw`([上下])\s*半\s*年(?:度)?`, true, (m) => makePeriod(yearOf(m, 1), "half", m[2] === "上" ? 1 : 2)),
  // 2026H1, 2026 H1, H1 2026
  form(Y + String.raw`\s*[\-/ ]?\s*h([12])(?!\d)`, true, (m) => makePeriod(yearOf(m, 1), "half", Number(m[2]))),
  form(String.raw`(?<![a-z])h([12])\s*[\-/ ,]?\s*` + Y, true, (m) => makePeriod(yearOf(m, 2), "half", Number(m[1]))),
  // 2026年1-3月, 2026年1月至3月: the quarter, half or year the months span; any other run is no period
  form(Y + String.raw`\s*年\s*(?:度\s*)?` + CN_MONTH + RANGE + CN_MONTH + String.raw`\s*月(?:份)?`, true, (m) => monthRange(yearOf(m, 1), numberOf(m[2]!), numberOf(m[3]!))),
  // 2026年1月, 2026年01月, 2026年十二月, 2026年1月份
  form(Y + String.raw`\s*年\s*(?:度\s*)?` + CN_MONTH + String.raw`\s*月(?:份)?`, true, (m) => makePeriod(yearOf(m, 1), "month", numberOf(m[2]!))),
  // 2026-01, 2026/1, 2026.01 — not a date (2026-01-15)
  form(Y + String.raw`\s*[\-/.]\s*(\d{1,2})(?!\d)(?!\s*[\-/.]\s*\d)`, true, (m) => makePeriod(yearOf(m, 1), "month", Number(m[2]))),
  // Jan 2026, January 2026, 2026 Jan
  form(String.raw`(?<![a-z])` + EN_MONTH + String.raw`\s*[\-/ ,]?\s*` + Y, true, (m) => makePeriod(yearOf(m, 2), "month", monthOf(m[1]!))),
  form(Y + String.raw`\s*[\-/ ]?\s*` + EN_MONTH + String.raw`(?![a-z])`, true, (m) => makePeriod(yearOf(m, 1), "month", monthOf(m[2]!))),
  // 2025年度, 2025年
  form(Y + String.raw`\s*年(?:度)?`, true, (m) => makePeriod(yearOf(m, 1), "year", 1)),
  // Forms without a year: only with opts.year, or a bare year elsewhere in the text.
  form(CN_QUARTER, false, (m, y) => (y === undefined ? null : makePeriod(y, "quarter", numberOf(m[1]!)))),
  form(String.raw`(?<![a-z])q([1-4])(?![\d])`, false, (m, y) => (y === undefined ? null : makePeriod(y, "quarter", Number(m[1])))),
  form(String.raw`([上下])\s*半\s*年(?:度)?`, false, (m, y) => (y === undefined ? null : makePeriod(y, "half", m[1] === "上" ? 1 : 2))),
  form(String.raw`(?<![a-z])h([12])(?!\d)`, false, (m, y) => (y === undefined ? null : makePeriod(y, "half", Number(m[1])))),
  form(String.raw`(?<!\d)` + CN_MONTH + RANGE + CN_MONTH + String.raw`\s*月(?:份)?`, false, (m, y) => monthRange(y, numberOf(m[1]!), numberOf(m[2]!))),
  form(String.raw`(?<!\d)` + CN_MONTH + String.raw`\s*月(?:份)?`, false, (m, y) => (y === undefined ? null : makePeriod(y, "month", numberOf(m[1]!)))),
];

/** Half-width, Simplified, lower case, one space for any run of white space, one kind of dash. */
function prepare(text: string): string {
  return toSimplified(toHalfWidth(text))
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212\ufe63]/g, "-")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/**
 * The period a label names, or null when it names none (or two different ones).
 * @example parsePeriod("2026年第一季度") // { year: 2026, kind: "quarter", index: 1, label: "2026年第一季度" }
 * @example parsePeriod("2026Q1").label // "2026年第一季度"
 * @example parsePeriod("2026-01").label // "2026年1月"
 * @example parsePeriod("2025年度").kind // "year"
 * @example parsePeriod("一季度", { year: 2026 }).label // "2026年第一季度"
 * @example parsePeriod("Sheet1") // null
 */
export function parsePeriod(text: string, opts: PeriodOptions = {}): Period | null {
  const s = prepare(text);
  if (s === "") return null;
  if (/^\d{4}$/.test(s)) return makePeriod(Number(s), "year", 1);
  const dated: Period[] = [];
  const undated: RegExpExecArray[] = [];
  const undatedForms: Form[] = [];
  let pos = 0;
  while (pos < s.length) {
    let advanced = false;
    for (const f of FORMS) {
      f.re.lastIndex = pos;
      const m = f.re.exec(s);
      if (!m || m[0].length === 0) continue;
      if (f.dated) {
        const p = f.read(m, undefined);
        if (!p) return null; // 2026年13月: a period form with an impossible index
        dated.push(p);
      } else {
        undated.push(m);
        undatedForms.push(f);
      }
      pos += m[0].length;
      advanced = true;
      break;
    }
    if (!advanced) pos++;
  }
  // A year named on its own (“2026年通报（一季度）”) dates the forms that carry none.
  const years = new Set(dated.filter((p) => p.kind === "year").map((p) => p.year));
  const onlyYear = dated.length > 0 && dated.every((p) => p.kind === "year") && years.size === 1 ? dated[0]!.year : undefined;
  const found = [...dated];
  if (undated.length > 0) {
    // “2026年1月至3月” is read by the range form; a dated month beside an undated one is no single period.
    if (dated.length > 0 && onlyYear === undefined) return null;
    const y = onlyYear ?? opts.year;
    if (y === undefined) return null;
    if (onlyYear !== undefined) found.length = 0;
    for (let k = 0; k < undated.length; k++) {
      const p = undatedForms[k]!.read(undated[k]!, y);
      if (!p) return null;
      found.push(p);
    }
  }
  const keys = new Set(found.map(periodKey));
  return keys.size === 1 ? found[0]! : null;
}

/**
 * A short key for maps and file names: `2026-01`, `2026-Q1`, `2026-H1`, `2026`.
 * @example periodKey(parsePeriod("2026年第二季度")!) // "2026-Q2"
 */
export function periodKey(p: Pick<Period, "year" | "kind" | "index">): string {
  switch (p.kind) {
    case "month":
      return `${p.year}-${String(p.index).padStart(2, "0")}`;
    case "quarter":
      return `${p.year}-Q${p.index}`;
    case "half":
      return `${p.year}-H${p.index}`;
    case "year":
      return String(p.year);
  }
}

const CN_ORDINAL = ["", "一", "二", "三", "四"];

/**
 * A period's label in a language, from the catalogue: 2026年1月 / Jan 2026, 2026年第一季度 / Q1 2026,
 * 2026年上半年 / H1 2026, 2026年度 / 2026.
 * @example periodLabel({ year: 2026, kind: "quarter", index: 1 }, "en-US") // "Q1 2026"
 */
export function periodLabel(p: Pick<Period, "year" | "kind" | "index">, lang: Lang): string {
  const params = { year: p.year, index: p.index, cn: CN_ORDINAL[p.index] ?? String(p.index) };
  switch (p.kind) {
    case "month":
      return format("period.month", lang, params);
    case "quarter":
      return format("period.quarter", lang, params);
    case "half":
      return format(p.index === 1 ? "period.firstHalf" : "period.secondHalf", lang, params);
    case "year":
      return format("period.year", lang, params);
  }
}

/** The first and last month a period covers, counted from year 0 (year × 12 + month − 1). */
function span(p: Pick<Period, "year" | "kind" | "index">): { first: number; last: number } {
  const n = MONTHS_PER[p.kind];
  const last = p.year * 12 + p.index * n - 1;
  return { first: last - n + 1, last };
}

/**
 * Chronological order: by the last month a period covers, then shorter periods first — so a
 * quarter follows its third month and a year follows its fourth quarter and second half:
 * 1月, 2月, 3月, 第一季度, 4月 … 6月, 第二季度, 上半年 … 12月, 第四季度, 下半年, 年度.
 * @example ["2026年度", "2026Q1", "2026年3月"].map((t) => parsePeriod(t)!).sort(comparePeriods).map((p) => p.label)
 * // ["2026年3月", "2026年第一季度", "2026年度"]
 */
export function comparePeriods(a: Pick<Period, "year" | "kind" | "index">, b: Pick<Period, "year" | "kind" | "index">): number {
  const sa = span(a);
  const sb = span(b);
  return sa.last - sb.last || sb.first - sa.first;
}

/** Result of {@link orderPeriods}. */
export interface OrderedPeriods {
  /** The texts that name a period, in chronological order (texts naming the same period stay in input order). */
  periods: { text: string; period: Period }[];
  /** The texts that name no period, in input order (a sheet “考核方案”, “Sheet1”). */
  notPeriods: string[];
  /** Texts naming the same period (“2026年1月” and “2026-01”): a person must say which counts. */
  duplicates: string[][];
}

/**
 * Order sheet names (or period column values) chronologically and set aside those that are not periods.
 * @example orderPeriods(["2026年第二季度", "考核方案", "2026Q1"])
 * // { periods: [{ text: "2026Q1", … }, { text: "2026年第二季度", … }], notPeriods: ["考核方案"], duplicates: [] }
 */
export function orderPeriods(texts: readonly string[], opts: PeriodOptions = {}): OrderedPeriods {
  const periods: { text: string; period: Period }[] = [];
  const notPeriods: string[] = [];
  for (const text of texts) {
    const period = parsePeriod(text, opts);
    if (period) periods.push({ text, period });
    else notPeriods.push(text);
  }
  periods.sort((a, b) => comparePeriods(a.period, b.period)); // stable
  const byKey = new Map<string, string[]>();
  for (const p of periods) {
    const k = periodKey(p.period);
    byKey.set(k, [...(byKey.get(k) ?? []), p.text]);
  }
  return { periods, notPeriods, duplicates: [...byKey.values()].filter((g) => g.length > 1) };
}

/**
 * The period just before, of the same kind: 2026年第一季度 → 2025年第四季度, 2026年1月 → 2025年12月.
 * @example previousPeriod(parsePeriod("2026Q1")!).label // "2025年第四季度"
 */
export function previousPeriod(p: Pick<Period, "year" | "kind" | "index">): Period {
  const prev = p.index > 1 ? makePeriod(p.year, p.kind, p.index - 1) : makePeriod(p.year - 1, p.kind, LIMIT[p.kind]);
  return prev!;
}

/**
 * Periods missing from a run: for each year and kind among the periods, those of that kind from
 * the first to the last given that are absent (1月, 2月, 4月 → 3月). Chronological.
 * @example missingPeriods(["2026年1月", "2026年2月", "2026年4月"].map((t) => parsePeriod(t)!)).map((p) => p.label) // ["2026年3月"]
 */
export function missingPeriods(periods: readonly Pick<Period, "year" | "kind" | "index">[]): Period[] {
  const byRun = new Map<string, Set<number>>();
  for (const p of periods) {
    if (p.kind === "year") continue;
    const k = `${p.year}\u0000${p.kind}`;
    const set = byRun.get(k) ?? new Set<number>();
    set.add(p.index);
    byRun.set(k, set);
  }
  const out: Period[] = [];
  for (const [k, set] of byRun) {
    const [year, kind] = k.split("\u0000") as [string, PeriodKind];
    const lo = Math.min(...set);
    const hi = Math.max(...set);
    for (let i = lo; i <= hi; i++) if (!set.has(i)) out.push(makePeriod(Number(year), kind, i)!);
  }
  return out.sort(comparePeriods);
}
