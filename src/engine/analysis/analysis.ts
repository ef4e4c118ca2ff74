/**
 * 指标分析、领域分析、趋势分析 (the 浙江 article) — figures per indicator, per section (考卷/维度) and for
 * the total, group by group: count, mean, median, min and max with the subjects holding them,
 * standard deviation, a five-bin histogram, and the subjects that pull the group down; each
 * subject's indicator contributions to its total; group means across periods.
 *
 * Definitions, exactly:
 * - Standard deviation is the population one (Excel's STDEV.P): the group is the whole population.
 * - The median of an even count is the mean of the two middle values.
 * - A subject *pulls the group down* on a measure when its value is more than one standard
 *   deviation below the group mean (value < mean − sd, strictly). A relative rule rather than
 *   “the bottom 3”: a group whose subjects are all close names nobody.
 * - Histogram bins are the same for every group of a measure, so groups can be set side by side:
 *   five bins of whole-number width from ⌊min⌋ over all subjects, each [from, to), the last also
 *   holding its upper edge.
 * - Unusable values (null) are counted as `missing` and left out of every figure.
 */
import { normalizeText } from "../input/labels";
import { format } from "../../messages";
import type { Scheme } from "../scheme/scheme";
import { computeScores } from "../scoring/score";
import { readSubjects } from "../input/subjects";
import type { ColumnMap, Lang, Subject, Table } from "../types";

/** An indicator or section of the sheet, with its share of the total (0–1; all shares add up to 1). */
export interface SheetMeasure {
  id: string;
  label: string;
  /** The indicator's section id; null for sections and for indicators of a scheme without sections. */
  section: string | null;
  /** Share of the total score: section weight × indicator weight, each over its level's sum. */
  weight: number;
}

/** One subject's scores: total, per indicator and per section (index-aligned with the sheet's lists). */
export interface SheetRow {
  name: string;
  group: string;
  total: number | null;
  indicators: (number | null)[];
  sections: (number | null)[];
  /** The deduction taken off (扣分), null when none or unusable. */
  deduction: number | null;
}

/** The per-indicator and per-section scores of every subject: what analysis works on. */
export interface ScoreSheet {
  indicators: SheetMeasure[];
  sections: SheetMeasure[];
  rows: SheetRow[];
}

/**
 * The score sheet of a table under a scheme, from score.ts's `computeScores` with its components.
 * Pass `subjects` (`ev.read.subjects`) to reuse names, groups and totals already read.
 * A scheme without indicators gives totals only.
 * @example scoreSheet(table, map, presets.zhejiang).rows[0] // { name: "嘉兴市", group: "设区市", total: 91.2, indicators: [95, 88, …], sections: [93, 90, 89], deduction: null }
 */
export function scoreSheet(table: Table, map: ColumnMap, scheme: Scheme, subjects: readonly Subject[] = readSubjects(table, map, scheme).subjects): ScoreSheet {
  const { sections, indicators } = scheme.scoring;
  const groups = subjects.map((s) => s.group);
  const scored = computeScores(table, map, scheme, groups, { components: true });
  const comp = scored.components;
  const secSum = sections.reduce((a, s) => a + s.weight, 0);
  // Without sections every indicator is weighted against all the others (as computeScores does).
  const sectionOf = (ind: (typeof indicators)[number]) => (sections.length > 0 ? (ind.section ?? "") : "");
  const indSum = new Map<string, number>();
  for (const ind of indicators) indSum.set(sectionOf(ind), (indSum.get(sectionOf(ind)) ?? 0) + ind.weight);
  const secShare = (id: string) => {
    const s = sections.find((x) => x.id === id);
    return s && secSum > 0 ? s.weight / secSum : 1;
  };
  const sheetIndicators = indicators.map((ind) => ({
    id: ind.id,
    label: ind.label ?? ind.column,
    section: sections.length > 0 ? (ind.section ?? null) : null,
    weight: (sections.length > 0 ? secShare(sectionOf(ind)) : 1) * (ind.weight / (indSum.get(sectionOf(ind)) ?? ind.weight)),
  }));
  const sheetSections = sections.map((s) => ({ id: s.id, label: s.label, section: null, weight: secSum > 0 ? s.weight / secSum : 0 }));
  const column = (list: { id: string; scores: (number | null)[] }[] | undefined, id: string, i: number) => list?.find((x) => x.id === id)?.scores[i] ?? null;
  const rows = subjects.map((s, i) => ({
    name: s.name,
    group: s.group,
    total: s.score,
    indicators: sheetIndicators.map((m) => column(comp?.indicators, m.id, i)),
    sections: sheetSections.map((m) => column(comp?.sections, m.id, i)),
    deduction: comp?.deductions?.[i] ?? null,
  }));
  return { indicators: sheetIndicators, sections: sheetSections, rows };
}

// ── statistics ─────────────────────────────────────────────────────────────────────────

/** The lowest or highest value and every subject holding it. */
export interface Extreme {
  value: number;
  subjects: string[];
}

/** One histogram bin: values in [from, to) (the last bin also holds `to`). */
export interface Bin {
  from: number;
  to: number;
  count: number;
}

/** A subject more than one standard deviation below the group mean. */
export interface Laggard {
  name: string;
  value: number;
  /** Points below the mean. */
  belowMean: number;
}

/** Figures of one measure over a set of subjects. */
export interface Stats {
  /** Subjects with a value. */
  n: number;
  /** Subjects without a usable value. */
  missing: number;
  mean: number | null;
  median: number | null;
  /** Population standard deviation (STDEV.P). */
  sd: number | null;
  min: Extreme | null;
  max: Extreme | null;
  histogram: Bin[];
  /** Lowest first. */
  pullingDown: Laggard[];
}

/**
 * Five (or `bins`) bins of whole-number width covering the values, from ⌊min⌋.
 * @example histogramEdges([61.3, 98.7]) // [61, 69, 77, 85, 93, 101]
 * @example histogramEdges([80, 80]) // [80, 81, 82, 83, 84, 85]
 */
export function histogramEdges(values: readonly number[], bins = 5): number[] {
  if (values.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const lo = Math.floor(min);
  const hi = Math.ceil(max);
  const width = Math.max(1, Math.ceil((hi - lo) / bins));
  return Array.from({ length: bins + 1 }, (_, k) => lo + k * width);
}

/**
 * The figures of one measure over named values (null = unusable, counted as missing).
 * `edges` are the histogram's bin edges (default: {@link histogramEdges} of these values).
 * @example summarize([{ name: "甲", value: 90 }, { name: "乙", value: 80 }, { name: "丙", value: 40 }, { name: "丁", value: null }])
 * // { n: 3, missing: 1, mean: 70, median: 80, sd: 21.6…, min: { value: 40, subjects: ["丙"] },
 * //   max: { value: 90, subjects: ["甲"] }, histogram: [...], pullingDown: [{ name: "丙", value: 40, belowMean: 30 }] }
 */
export function summarize(values: readonly { name: string; value: number | null }[], edges?: readonly number[]): Stats {
  const present = values.filter((v): v is { name: string; value: number } => v.value !== null);
  const n = present.length;
  const xs = present.map((v) => v.value);
  const e = edges ?? histogramEdges(xs);
  const histogram: Bin[] = [];
  for (let k = 0; k + 1 < e.length; k++) histogram.push({ from: e[k]!, to: e[k + 1]!, count: 0 });
  for (const x of xs) {
    let k = histogram.findIndex((b) => x >= b.from && x < b.to);
    if (k < 0 && histogram.length > 0 && x === histogram[histogram.length - 1]!.to) k = histogram.length - 1;
    if (k >= 0) histogram[k]!.count++;
  }
  if (n === 0) return { n, missing: values.length, mean: null, median: null, sd: null, min: null, max: null, histogram, pullingDown: [] };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) * (x - mean), 0) / n);
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const lo = sorted[0]!;
  const hi = sorted[n - 1]!;
  const pullingDown = present
    .filter((v) => sd > 0 && v.value < mean - sd)
    .sort((a, b) => a.value - b.value)
    .map((v) => ({ name: v.name, value: v.value, belowMean: mean - v.value }));
  return {
    n,
    missing: values.length - n,
    mean,
    median,
    sd,
    min: { value: lo, subjects: present.filter((v) => v.value === lo).map((v) => v.name) },
    max: { value: hi, subjects: present.filter((v) => v.value === hi).map((v) => v.name) },
    histogram,
    pullingDown,
  };
}

// ── analysis of a sheet ────────────────────────────────────────────────────────────────

/** The figures of one measure: over all subjects and group by group. */
export interface MeasureAnalysis {
  kind: "total" | "section" | "indicator";
  id: string;
  label: string;
  section: string | null;
  /** Share of the total; null for the total itself. */
  weight: number | null;
  all: Stats;
  /** Groups in order of first appearance. */
  groups: (Stats & { group: string })[];
}

/** Result of {@link analyse}. */
export interface Analysis {
  total: MeasureAnalysis;
  sections: MeasureAnalysis[];
  indicators: MeasureAnalysis[];
}

/**
 * 指标分析 and 领域分析: the figures of the total, of each section and of each indicator, over all
 * subjects and per group. `lang` names the total (总分 / Total).
 * @example analyse(scoreSheet(table, map, scheme)).indicators[0].groups[0].pullingDown // [{ name: "丙", value: 40, belowMean: 30 }]
 */
export function analyse(sheet: ScoreSheet, lang: Lang = "zh-CN"): Analysis {
  // Row indexes of each group, groups in order of first appearance.
  const members = new Map<string, number[]>();
  sheet.rows.forEach((r, i) => {
    const list = members.get(r.group);
    if (list) list.push(i);
    else members.set(r.group, [i]);
  });
  const measure = (kind: MeasureAnalysis["kind"], m: SheetMeasure | null, value: (r: SheetRow) => number | null): MeasureAnalysis => {
    const values = sheet.rows.map((r) => ({ name: r.name, value: value(r) }));
    const edges = histogramEdges(values.flatMap((v) => (v.value === null ? [] : [v.value])));
    return {
      kind,
      id: m?.id ?? "total",
      label: m?.label ?? format("analysis.total", lang),
      section: m?.section ?? null,
      weight: m?.weight ?? null,
      all: summarize(values, edges),
      groups: [...members].map(([group, rows]) => ({ group, ...summarize(rows.map((i) => values[i]!), edges) })),
    };
  };
  return {
    total: measure("total", null, (r) => r.total),
    sections: sheet.sections.map((m, k) => measure("section", m, (r) => r.sections[k] ?? null)),
    indicators: sheet.indicators.map((m, k) => measure("indicator", m, (r) => r.indicators[k] ?? null)),
  };
}

/** One part of a subject's total. */
export interface Part {
  id: string;
  label: string;
  /** weight × score: the points the part adds to the total (before deductions). */
  points: number | null;
  /** points over the sum of all parts' points (0–1); null when any part is missing or the sum is 0. */
  share: number | null;
}

/** A subject's contributions, by indicator and by section. */
export interface Contribution {
  name: string;
  group: string;
  total: number | null;
  indicators: Part[];
  sections: Part[];
}

/**
 * Each subject's indicator (and section) contributions for a chart: points = the indicator's
 * share of the total × its score; share = points over the sum of points. The points add up to the
 * total before deductions and rounding.
 * @example contributions(sheet)[0].indicators // [{ id: "gdp", label: "GDP增速", points: 36, share: 0.4 }, …]
 */
export function contributions(sheet: ScoreSheet): Contribution[] {
  const parts = (measures: readonly SheetMeasure[], scores: readonly (number | null)[]): Part[] => {
    const points = measures.map((m, k) => (scores[k] === null || scores[k] === undefined ? null : m.weight * scores[k]!));
    const sum = points.every((p) => p !== null) ? (points as number[]).reduce((a, b) => a + b, 0) : null;
    return measures.map((m, k) => ({ id: m.id, label: m.label, points: points[k]!, share: sum === null || sum === 0 ? null : points[k]! / sum }));
  };
  return sheet.rows.map((r) => ({
    name: r.name,
    group: r.group,
    total: r.total,
    indicators: parts(sheet.indicators, r.indicators),
    sections: parts(sheet.sections, r.sections),
  }));
}

// ── trends (趋势分析) ─────────────────────────────────────────────────────────────────

/** One measure's means across periods, overall and per group (null where it had no value). */
export interface MeasureTrend {
  kind: MeasureAnalysis["kind"];
  id: string;
  label: string;
  all: (number | null)[];
  groups: { group: string; mean: (number | null)[] }[];
}

/** Result of {@link trends}. */
export interface Trends {
  periods: string[];
  /** The total first, then sections and indicators in order of first appearance. */
  measures: MeasureTrend[];
}

/**
 * 趋势分析 — the mean of the total, of each section and of each indicator per period, overall and
 * per group. Measures are matched across periods by id; groups by their normalised name.
 * @example trends([{ period: "2026年第一季度", sheet: q1 }, { period: "2026年第二季度", sheet: q2 }]).measures[0]
 * // { kind: "total", id: "total", label: "总分", all: [84.5, 86.1], groups: [{ group: "山区县", mean: [82, 85] }, …] }
 */
export function trends(periods: readonly { period: string; sheet: ScoreSheet }[], lang: Lang = "zh-CN"): Trends {
  const analyses = periods.map((p) => analyse(p.sheet, lang));
  const measures: MeasureTrend[] = [];
  const find = (kind: MeasureTrend["kind"], id: string) => measures.find((m) => m.kind === kind && m.id === id);
  analyses.forEach((a, p) => {
    for (const m of [a.total, ...a.sections, ...a.indicators]) {
      let t = find(m.kind, m.id);
      if (!t) measures.push((t = { kind: m.kind, id: m.id, label: m.label, all: periods.map(() => null), groups: [] }));
      t.label = m.label;
      t.all[p] = m.all.mean;
      for (const g of m.groups) {
        let tg = t.groups.find((x) => normalizeText(x.group) === normalizeText(g.group));
        if (!tg) t.groups.push((tg = { group: g.group, mean: periods.map(() => null) }));
        tg.group = g.group;
        tg.mean[p] = g.mean;
      }
    }
  });
  return { periods: periods.map((p) => p.period), measures };
}
