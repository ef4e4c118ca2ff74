/**
 * 得分 — the score each subject is ranked on, and the building blocks the custom functions use:
 * completion rates (开工率/完工率), min–max normalisation within a group, 平时考核 + 年度考核,
 * deductions (刚性扣分项), and the table-wide {@link computeScores}.
 *
 * A bad cell is never read as 0: the subject's score is null and every unusable cell of its row is
 * reported with its address. The one blank that is not a problem is a blank 扣分 cell (no deduction).
 */
import { cellAddress, cellText, isBlank, parseCell, parseNumberText } from "../input/cells";
import { normalizeText } from "../input/labels";
import { excelRound } from "../rules/round";
import type { Indicator, Scheme } from "../scheme/scheme";
import type { CellProblem, CellProblemCode, CellReason, CellValue, ColumnMap, Direction, Table } from "../types";
import { isVoteCount } from "./votes";
import { weightScale } from "./weights";

// ── building blocks ─────────────────────────────────────────────────────────────────

/**
 * 完成率得分 — a completion indicator as a 0–100 score (the 我市 article: 开工率, 完工率).
 * Higher is better: min(actual / target, cap) × 100. Lower is better: min(target / actual, cap) × 100,
 * and an actual of 0 (or below) is the best possible, cap × 100. Scores below 0 are 0.
 * Null when the target is 0, negative or not a number: the caller reports `divideByZero`.
 * @example completion(90, 100) // 90
 * @example completion(130, 100, "higher", 1.2) // 120
 * @example completion(80, 100, "lower") // 100 (capped at 1)
 * @example completion(125, 100, "lower") // 80
 * @example completion(5, 0) // null
 */
export function completion(actual: number, target: number, direction: Direction = "higher", cap = 1): number | null {
  if (!(target > 0) || target === Infinity) return null;
  let ratio: number;
  if (direction === "lower") ratio = actual <= 0 ? cap : target / actual;
  else ratio = actual / target;
  if (ratio > cap) ratio = cap;
  if (ratio < 0) ratio = 0;
  return ratio * 100;
}

/**
 * Min–max normalisation to 0–100: (value − min) / (max − min) × 100, or (max − value) / (max − min)
 * × 100 when lower is better. When max equals min every subject gets 100. Values outside
 * [min, max] are clamped to 0 or 100.
 * @example normalize(15, 10, 20) // 50
 * @example normalize(12, 10, 20, "lower") // 80
 * @example normalize(7, 7, 7) // 100
 */
export function normalize(value: number, min: number, max: number, direction: Direction = "higher"): number {
  if (max === min) return 100;
  const r = direction === "lower" ? (max - value) / (max - min) : (value - min) / (max - min);
  if (r <= 0) return 0;
  if (r >= 1) return 100;
  return r * 100;
}

/**
 * 平时考核 + 年度考核: regular × w + annual × (1 − w), w = 0.3 by default
 * (the 我市 article: 将平时考核权重提升至年度考核的30%).
 * @example combine(80, 90) // 87
 * @example combine(80, 90, 0.5) // 85
 */
export function combine(regular: number, annual: number, regularWeight = 0.3): number {
  return regular * regularWeight + annual * (1 - regularWeight);
}

/**
 * 扣分 — subtract a deduction, at most `max` points in total (扣分上限). A deduction typed as a
 * negative number ("-3") counts as 3 points off.
 * @example deduct(90, 3) // 87
 * @example deduct(90, -3) // 87
 * @example deduct(90, 12, 10) // 80
 */
export function deduct(score: number, deduction: number, max?: number): number {
  let d = deduction < 0 ? -deduction : deduction;
  if (max !== undefined && d > max) d = max;
  return score - d;
}

// ── the table ───────────────────────────────────────────────────────────────────────

/** Where the scores came from: the scheme's indicators, a score column, 平时 + 年度, or nowhere. */
export type ScoreSource = "indicators" | "column" | "combined" | "none";

/** The parts of computed scores, for showing how a score was made. Arrays are index-aligned with the rows. */
export interface ScoreComponents {
  /** Each indicator's 0–100 score, in scheme order; null where its cells were unusable. */
  indicators: { id: string; scores: (number | null)[] }[];
  /** Each section's weighted score (when the scheme has sections); null where an indicator was. */
  sections: { id: string; scores: (number | null)[] }[];
  /** The deduction taken off (after the cap; 0 for a blank cell), or null where the cell was
   *  unusable; null as a whole when the table has no deduction column. */
  deductions: (number | null)[] | null;
}

/** Options of {@link computeScores}. */
export interface ScoreOptions {
  /** Also return the parts of each computed score (off by default: a million rows × indicators). */
  components?: boolean;
}

/** Result of {@link computeScores}. `scores[i]` is data row i's (index-aligned with `table.rows`). */
export interface ScoreResult {
  /** The score each subject is ranked on; null when any cell it needs is unusable. */
  scores: (number | null)[];
  /** Every unusable cell, row by row, with its address. */
  problems: CellProblem[];
  /** Header texts the scheme needs that the table lacks (then every score is null). */
  missingColumns: string[];
  source: ScoreSource;
  /** With `{ components: true }`, when the engine computed the scores (source "indicators" or "combined"). */
  components?: ScoreComponents;
}

/** Thrown when a scheme that should have been validated by `SchemeSchema` cannot be scored. */
export class ScoringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScoringError";
  }
}

/**
 * Index of the column whose header means `header` (compared after {@link normalizeText}), or -1.
 * @example findColumn(["单位", "開工率 "], "开工率") // 1
 */
export function findColumn(headers: readonly string[], header: string): number {
  const key = normalizeText(header);
  for (let c = 0; c < headers.length; c++) if (normalizeText(headers[c] as string) === key) return c;
  return -1;
}

/**
 * Reads numbers out of a table's cells — column `col`, data row `i` — reporting each unusable
 * cell once, with its address and its subject's name.
 */
class CellReader {
  readonly problems: CellProblem[] = [];
  private readonly columns: readonly (readonly CellValue[])[];
  private readonly rows: readonly number[];
  constructor(
    private readonly table: Table,
    private readonly nameCol: number | undefined,
  ) {
    this.columns = table.columns;
    this.rows = table.rows;
  }

  /** The cell in column `col` of data row `i` (null past the table's columns). */
  cell(col: number, i: number): CellValue {
    return this.columns[col]?.[i] ?? null;
  }

  /** The number in a cell, or NaN after reporting the cell. Numbers take the fast path. */
  number(col: number, i: number, field: string, percent: "points" | "fraction"): number {
    const v = this.cell(col, i);
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (typeof v === "string") {
      const n = parseNumberText(v, percent);
      if (n !== null) return n;
    }
    const p = parseCell(v, cellAddress(this.table.sheet, col, this.rows[i]!), field, { percent });
    if (p.ok) return p.value;
    this.push(p.problem, i);
    return NaN;
  }

  /** A vote count: a whole number, zero or more; NaN after reporting the cell. */
  count(col: number, i: number, field: string): number {
    const v = this.cell(col, i);
    if (typeof v === "string" && /[%％]/.test(v)) {
      this.report("BAD_CELL", "notACount", col, i, field);
      return NaN;
    }
    const n = this.number(col, i, field, "points");
    if (Number.isNaN(n) || isVoteCount(n)) return n;
    this.report("BAD_CELL", "notACount", col, i, field);
    return NaN;
  }

  /** Report the cell in column `col` of data row `i`. */
  report(code: CellProblemCode, reason: CellReason, col: number, i: number, field: string): void {
    this.push({ code, cell: cellAddress(this.table.sheet, col, this.rows[i]!), value: cellText(this.cell(col, i)), reason, field }, i);
  }

  private push(problem: CellProblem, i: number): void {
    if (this.nameCol !== undefined && problem.subject === undefined) {
      const name = cellText(this.cell(this.nameCol, i)).trim();
      if (name !== "") problem.subject = name;
    }
    this.problems.push(problem);
  }
}

/** An indicator with its columns found and its constants taken out of the scheme. */
interface IndicatorPlan {
  id: string;
  field: string;
  kind: Indicator["kind"];
  direction: Direction;
  cap: number;
  col: number;
  /** Target column, or -1 for the constant `target`. */
  targetCol: number;
  target: number;
  gradeCols: number[];
  gradeValues: number[];
  /** normalize: min and max of the parsed values in each group. */
  min: Float64Array | null;
  max: Float64Array | null;
}

/** A section with the indexes of its indicators and the scales of its weights. */
interface SectionPlan {
  id: string;
  weight: number;
  members: number[];
  weights: number[];
  scale: 1 | 100;
}

/** The number in a cell without reporting anything (for the normalize min/max pass); NaN when unusable. */
function quietNumber(v: CellValue): number {
  if (typeof v === "number") return Number.isFinite(v) ? v : NaN;
  if (typeof v === "string") return parseNumberText(v, "fraction") ?? NaN;
  return NaN;
}

/**
 * The score of every subject of a table under a scheme, with every unusable cell reported.
 *
 * Where the score comes from, first match wins:
 * 1. `scheme.scoring.indicators` → each indicator's 0–100 score (score: the cell; completion:
 *    actual / target capped; normalize: min–max within the row's group; votes: 民主测评 counts),
 *    weighted within its section, sections weighted (or indicators weighted directly when the
 *    scheme has no sections). Weights of a level add up to 1 or 100. Indicator, target and grade
 *    columns are found by header text; a missing one goes to `missingColumns` and every score is null.
 * 2. `map.score` → the score cell as it is, taken as final (no deduction).
 * 3. `map.regular` and `map.annual` → {@link combine} with `scheme.scoring.regularWeight`.
 * 4. otherwise source "none", every score null.
 * When the engine computed the score (1 or 3) and `map.deduction` is set, the deduction cell is
 * taken off, at most `scheme.scoring.deductionMax`; a blank deduction cell is 0. Finally, when
 * `scheme.scoring.decimals` is set, scores are rounded like Excel's ROUND (also scores read from a column).
 *
 * Score cells read "85%" as 85 points; completion and normalize cells read "85%" as 0.85, so an
 * actual of "85%" against a target of 1 is 85% complete.
 *
 * `groups[i]` is row i's group (normalize works within it); missing entries are the group "".
 * Inputs are not modified. Throws {@link ScoringError} only for a scheme that cannot be scored and
 * should not have passed validation: weights not adding up to 1 or 100, an indicator in an unknown
 * section, a completion indicator without a target, a section without indicators.
 * @example
 * computeScores(table, { name: 0, regular: 2, annual: 3 }, scheme, groups)
 * // { scores: [87, null, …], problems: [{ code: "BAD_CELL", cell: "Sheet1!C3", … }], source: "combined", … }
 */
export function computeScores(table: Table, map: ColumnMap, scheme: Scheme, groups: readonly string[], opts: ScoreOptions = {}): ScoreResult {
  const scoring = scheme.scoring;
  const n = table.rows.length;
  const reader = new CellReader(table, map.name);

  if (scoring.indicators.length > 0) return byIndicators(table, map, scheme, groups, reader, opts.components === true);

  const scores: (number | null)[] = [];
  const decimals = scoring.decimals;
  if (map.score !== undefined) {
    const col = map.score;
    for (let i = 0; i < n; i++) {
      const s = reader.number(col, i, "score", "points");
      scores.push(Number.isNaN(s) ? null : decimals === undefined ? s : excelRound(s, decimals));
    }
    return { scores, problems: reader.problems, missingColumns: [], source: "column" };
  }

  if (map.regular !== undefined && map.annual !== undefined) {
    const regCol = map.regular;
    const annCol = map.annual;
    const w = scoring.regularWeight;
    const deductions = map.deduction !== undefined && opts.components === true ? ([] as (number | null)[]) : null;
    for (let i = 0; i < n; i++) {
      const reg = reader.number(regCol, i, "regular", "points");
      const ann = reader.number(annCol, i, "annual", "points");
      let s = combine(reg, ann, w);
      if (map.deduction !== undefined) {
        const d = readDeduction(reader, map.deduction, i, scoring.deductionMax);
        if (deductions !== null) deductions.push(Number.isNaN(d) ? null : d);
        s -= d;
      }
      scores.push(Number.isNaN(s) ? null : decimals === undefined ? s : excelRound(s, decimals));
    }
    const result: ScoreResult = { scores, problems: reader.problems, missingColumns: [], source: "combined" };
    if (opts.components === true) result.components = { indicators: [], sections: [], deductions };
    return result;
  }

  for (let i = 0; i < n; i++) scores.push(null);
  return { scores, problems: [], missingColumns: [], source: "none" };
}

/** The deduction to take off (blank = 0, capped at `max`), or NaN after reporting the cell. */
function readDeduction(reader: CellReader, col: number, i: number, max: number | undefined): number {
  const v = reader.cell(col, i);
  let d: number;
  if (typeof v === "number" && Number.isFinite(v)) d = v;
  else if (isBlank(v)) return 0;
  else d = reader.number(col, i, "deduction", "points");
  if (Number.isNaN(d)) return NaN;
  if (d < 0) d = -d;
  return max !== undefined && d > max ? max : d;
}

/** Source 1 of {@link computeScores}: the scheme's indicators. */
function byIndicators(table: Table, map: ColumnMap, scheme: Scheme, groups: readonly string[], reader: CellReader, withComponents: boolean): ScoreResult {
  const scoring = scheme.scoring;
  const n = table.rows.length;

  // Columns, found once.
  const missing: string[] = [];
  const locate = (header: string): number => {
    const c = findColumn(table.headers, header);
    if (c < 0 && !missing.includes(header)) missing.push(header);
    return c;
  };
  const plans: IndicatorPlan[] = scoring.indicators.map((ind) => ({
    id: ind.id,
    field: `indicator:${ind.id}`,
    kind: ind.kind,
    direction: ind.direction,
    cap: ind.cap,
    col: locate(ind.column),
    targetCol: ind.kind === "completion" && ind.targetColumn !== undefined ? locate(ind.targetColumn) : -1,
    target: ind.target ?? NaN,
    gradeCols: ind.kind === "votes" ? (ind.grades ?? []).map((g) => locate(g.column)) : [],
    gradeValues: ind.kind === "votes" ? (ind.grades ?? []).map((g) => g.value) : [],
    min: null,
    max: null,
  }));
  for (const ind of scoring.indicators)
    if (ind.kind === "completion" && ind.target === undefined && ind.targetColumn === undefined)
      throw new ScoringError(`completion indicator "${ind.id}" has neither target nor targetColumn`);
  const sections = planSections(scheme);
  if (missing.length > 0) {
    const scores: (number | null)[] = [];
    for (let i = 0; i < n; i++) scores.push(null);
    return { scores, problems: [], missingColumns: missing, source: "indicators" };
  }

  // normalize: min and max within each group, over the rows whose value parsed.
  const normalizing = plans.filter((p) => p.kind === "normalize");
  let groupOf: Int32Array | null = null;
  if (normalizing.length > 0) {
    groupOf = new Int32Array(n);
    const ids = new Map<string, number>();
    let lastGroup: string | undefined;
    let lastId = 0;
    for (let i = 0; i < n; i++) {
      const g = groups[i] ?? "";
      if (g !== lastGroup) {
        // Rows of a group usually sit together: look the name up only when it changes.
        let id = ids.get(g);
        if (id === undefined) ids.set(g, (id = ids.size));
        lastGroup = g;
        lastId = id;
      }
      groupOf[i] = lastId;
    }
    for (const p of normalizing) {
      const min = new Float64Array(ids.size).fill(Infinity);
      const max = new Float64Array(ids.size).fill(-Infinity);
      const column = table.columns[p.col] ?? [];
      for (let i = 0; i < n; i++) {
        const v = quietNumber(column[i] ?? null);
        if (Number.isNaN(v)) continue;
        const g = groupOf[i] as number;
        if (v < (min[g] as number)) min[g] = v;
        if (v > (max[g] as number)) max[g] = v;
      }
      p.min = min;
      p.max = max;
    }
  }

  const scores: (number | null)[] = [];
  const hasSections = scoring.sections.length > 0;
  const indicatorScores: (number | null)[][] | null = withComponents ? plans.map(() => []) : null;
  const sectionScores: (number | null)[][] | null = withComponents && hasSections ? sections.list.map(() => []) : null;
  const deductionCol = map.deduction;
  const deductions = deductionCol !== undefined && withComponents ? ([] as (number | null)[]) : null;
  const decimals = scoring.decimals;
  const scratch = new Float64Array(plans.length);

  for (let i = 0; i < n; i++) {
    let ok = true;
    for (let k = 0; k < plans.length; k++) {
      const s = indicatorScore(reader, plans[k]!, i, groupOf === null ? 0 : (groupOf[i] as number));
      scratch[k] = s;
      if (Number.isNaN(s)) ok = false;
      if (indicatorScores !== null) indicatorScores[k]!.push(Number.isNaN(s) ? null : s);
    }
    let total = 0;
    for (let j = 0; j < sections.list.length; j++) {
      const sec = sections.list[j]!;
      let sum = 0;
      for (let m = 0; m < sec.members.length; m++) sum += (scratch[sec.members[m]!] as number) * sec.weights[m]!;
      const secScore = sec.scale === 1 ? sum : sum / 100;
      if (sectionScores !== null) sectionScores[j]!.push(Number.isNaN(secScore) ? null : secScore);
      total += secScore * sec.weight;
    }
    if (sections.scale === 100) total /= 100;
    if (deductionCol !== undefined) {
      const d = readDeduction(reader, deductionCol, i, scoring.deductionMax);
      if (deductions !== null) deductions.push(Number.isNaN(d) ? null : d);
      if (Number.isNaN(d)) ok = false;
      else total -= d;
    }
    scores.push(!ok || Number.isNaN(total) ? null : decimals === undefined ? total : excelRound(total, decimals));
  }

  const result: ScoreResult = { scores, problems: reader.problems, missingColumns: [], source: "indicators" };
  if (indicatorScores !== null) {
    result.components = {
      indicators: plans.map((p, k) => ({ id: p.id, scores: indicatorScores[k]! })),
      sections: sectionScores === null ? [] : sections.list.map((s, j) => ({ id: s.id, scores: sectionScores[j]! })),
      deductions,
    };
  }
  return result;
}

/** One indicator's 0–100 score in data row `i`, or NaN after reporting every unusable cell. */
function indicatorScore(reader: CellReader, p: IndicatorPlan, i: number, group: number): number {
  switch (p.kind) {
    case "score":
      return reader.number(p.col, i, p.field, "points");
    case "completion": {
      const actual = reader.number(p.col, i, p.field, "fraction");
      const target = p.targetCol >= 0 ? reader.number(p.targetCol, i, p.field, "fraction") : p.target;
      if (Number.isNaN(actual) || Number.isNaN(target)) return NaN;
      const c = completion(actual, target, p.direction, p.cap);
      if (c !== null) return c;
      const col = p.targetCol >= 0 ? p.targetCol : p.col;
      reader.report("BAD_CELL", "divideByZero", col, i, p.field);
      return NaN;
    }
    case "normalize": {
      const v = reader.number(p.col, i, p.field, "fraction");
      if (Number.isNaN(v)) return NaN;
      return normalize(v, p.min![group] as number, p.max![group] as number, p.direction);
    }
    case "votes": {
      let total = 0;
      let sum = 0;
      let bad = false;
      for (let g = 0; g < p.gradeCols.length; g++) {
        const c = reader.count(p.gradeCols[g]!, i, p.field);
        if (Number.isNaN(c)) bad = true;
        else {
          total += c;
          sum += c * p.gradeValues[g]!;
        }
      }
      if (bad) return NaN;
      if (total === 0) {
        // Nobody voted: no score, and the form's first grade cell says so.
        const col = p.gradeCols[0]!;
        reader.report("MISSING_VALUE", "noVotes", col, i, p.field);
        return NaN;
      }
      return sum / total;
    }
  }
}

/** Sections with their indicators, from the scheme; one unnamed section when the scheme has none. */
function planSections(scheme: Scheme): { list: SectionPlan[]; scale: 1 | 100 } {
  const { sections, indicators } = scheme.scoring;
  const defs = sections.length > 0 ? sections : [{ id: "", label: "", weight: 1 }];
  const list: SectionPlan[] = defs.map((s) => ({ id: s.id, weight: s.weight, members: [], weights: [], scale: 1 }));
  indicators.forEach((ind, k) => {
    const sec = sections.length > 0 ? list.find((s) => s.id === ind.section) : list[0];
    if (!sec) throw new ScoringError(`indicator "${ind.id}" is in unknown section "${ind.section ?? ""}"`);
    sec.members.push(k);
    sec.weights.push(ind.weight);
  });
  for (const sec of list) {
    if (sec.members.length === 0) throw new ScoringError(`section "${sec.id}" has no indicators`);
    const sum = sec.weights.reduce((a, b) => a + b, 0);
    const scale = weightScale(sum);
    if (scale === null) throw new ScoringError(`indicator weights of section "${sec.id}" add up to ${Number(sum.toPrecision(12))}, not 1 or 100`);
    sec.scale = scale;
  }
  const sum = list.reduce((a, s) => a + s.weight, 0);
  const scale = weightScale(sum);
  if (scale === null) throw new ScoringError(`section weights add up to ${Number(sum.toPrecision(12))}, not 1 or 100`);
  return { list, scale };
}
