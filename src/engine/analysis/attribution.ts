/**
 * 实绩到人 (the 浙江 article: “把每条指标的结果落到相应工作的责任人，防止‘帽子一起戴、板子一起挨’”) —
 * each indicator's results rolled up to the person (or office) responsible for it, so that praise
 * and blame fall on the right person.
 *
 * The rule, exactly: a person's figures are taken over the subjects' scores on the indicators they
 * own. `mean` is the mean over every (subject, indicator) score they own, each counting once;
 * a subject is *below* on an indicator when its score is under `threshold` (strictly; default
 * 60, the pass line of a 0–100 score). Unusable scores are counted as missing, never as 0. An
 * indicator with two owners counts fully for each.
 */
import type { ScoreSheet } from "./analysis";
import { cellAddress, cellText, isBlank } from "../input/cells";
import { normalizeText } from "../input/labels";
import { format } from "../../messages";
import type { CellValue, Lang } from "../types";

/** 责任人 — indicator id → the people (or offices) responsible for it. */
export type Owners = Record<string, string[]>;

/** One indicator a person owns, with the subjects' results on it. */
export interface OwnedIndicator {
  id: string;
  label: string;
  /** Subjects with a usable score. */
  n: number;
  missing: number;
  mean: number | null;
  /** Subjects below the threshold, lowest first. */
  below: { name: string; group: string; score: number }[];
}

/** One responsible person's roll-up. */
export interface PersonResult {
  person: string;
  indicators: OwnedIndicator[];
  /** Mean over every score on the person's indicators; null when there is none. */
  mean: number | null;
  /** Subjects below the threshold on at least one of the person's indicators, in sheet order. */
  subjectsBelow: string[];
}

/** Result of {@link attribute}. */
export interface Attribution {
  threshold: number;
  /** In order of the first indicator each person owns. */
  people: PersonResult[];
  /** Indicators of the sheet nobody owns. */
  unowned: string[];
  /** Indicator ids in the owners that the sheet does not have. */
  unknown: string[];
}

/**
 * Roll indicator results up to the people responsible.
 * @example
 * attribute(sheet, { gdp: ["省发改委"], jobs: ["省人社厅", "省发改委"] }, { threshold: 60 }).people[0]
 * // { person: "省发改委", indicators: [{ id: "gdp", mean: 84, below: [] , … }, { id: "jobs", … }], mean: 80.5, subjectsBelow: ["丙"] }
 */
export function attribute(sheet: ScoreSheet, owners: Owners, opts: { threshold?: number } = {}): Attribution {
  const threshold = opts.threshold ?? 60;
  const ids = sheet.indicators.map((m) => m.id);
  const people = new Map<string, { person: string; ks: number[] }>();
  sheet.indicators.forEach((m, k) => {
    for (const raw of owners[m.id] ?? []) {
      const person = raw.trim();
      if (person === "") continue;
      const key = normalizeText(person);
      const p = people.get(key) ?? { person, ks: [] };
      if (!p.ks.includes(k)) p.ks.push(k);
      people.set(key, p);
    }
  });
  const owned = (k: number): OwnedIndicator => {
    const m = sheet.indicators[k]!;
    let sum = 0;
    let n = 0;
    const below: OwnedIndicator["below"] = [];
    for (const r of sheet.rows) {
      const s = r.indicators[k];
      if (s === null || s === undefined) continue;
      sum += s;
      n++;
      if (s < threshold) below.push({ name: r.name, group: r.group, score: s });
    }
    below.sort((a, b) => a.score - b.score);
    return { id: m.id, label: m.label, n, missing: sheet.rows.length - n, mean: n > 0 ? sum / n : null, below };
  };
  const result = [...people.values()].map(({ person, ks }): PersonResult => {
    const indicators = ks.map(owned);
    const n = indicators.reduce((a, x) => a + x.n, 0);
    const sum = indicators.reduce((a, x) => a + (x.mean ?? 0) * x.n, 0);
    const belowNames = new Set(indicators.flatMap((x) => x.below.map((b) => `${b.group}\u0000${b.name}`)));
    const subjectsBelow = sheet.rows.filter((r) => belowNames.has(`${r.group}\u0000${r.name}`)).map((r) => r.name);
    return { person, indicators, mean: n > 0 ? sum / n : null, subjectsBelow };
  });
  return {
    threshold,
    people: result,
    unowned: ids.filter((id) => !(owners[id] ?? []).some((p) => p.trim() !== "")),
    unknown: Object.keys(owners).filter((id) => !ids.includes(id)),
  };
}

/** Codes of problems in an owners table. */
export type OwnersProblemCode = "UNKNOWN_INDICATOR" | "NO_OWNER";

/** A row of the owners table that could not be used, with its cell. */
export interface OwnersProblem {
  code: OwnersProblemCode;
  cell: string;
  value: string;
  message: string;
}

/** What an indicator can be named by in an owners table: its id, label or column header. */
export type IndicatorNames = { id: string; label?: string | undefined; column?: string | undefined };

/**
 * Owners from a small table of two columns, 指标 | 责任人 (several people separated by 、 , ; /).
 * The indicator may be written as its id, its label or its column header. Rows are data rows (no
 * header); `firstRow` is the sheet row of the first (default 2), for the cell addresses.
 * @example
 * parseOwners([["GDP增速", "省发改委"], ["就业", "省人社厅、省发改委"]], scheme.scoring.indicators, "en-US")
 * // { owners: { gdp: ["省发改委"], jobs: ["省人社厅", "省发改委"] }, problems: [] }
 */
export function parseOwners(
  rows: readonly (readonly CellValue[])[],
  indicators: readonly IndicatorNames[],
  lang: Lang = "zh-CN",
  opts: { sheet?: string; firstRow?: number } = {},
): { owners: Owners; problems: OwnersProblem[] } {
  const sheet = opts.sheet ?? format("owners.sheet", lang);
  const firstRow = opts.firstRow ?? 2;
  const names = new Map<string, string>();
  for (const ind of indicators) for (const n of [ind.id, ind.label, ind.column]) if (n) names.set(normalizeText(n), ind.id);
  const owners: Owners = {};
  const problems: OwnersProblem[] = [];
  rows.forEach((cells, r) => {
    const [a, b] = [cells[0], cells[1]];
    if (isBlank(a) && isBlank(b)) return;
    const row = firstRow + r;
    const id = names.get(normalizeText(cellText(a)));
    if (id === undefined) {
      const cell = cellAddress(sheet, 0, row);
      problems.push({ code: "UNKNOWN_INDICATOR", cell, value: cellText(a), message: format("owners.unknownIndicator", lang, { cell, value: cellText(a) }) });
      return;
    }
    const people = cellText(b)
      .split(/[、,，;；/\n]+/)
      .map((p) => p.trim())
      .filter((p) => p !== "");
    if (people.length === 0) {
      const cell = cellAddress(sheet, 1, row);
      problems.push({ code: "NO_OWNER", cell, value: cellText(b), message: format("owners.noOwner", lang, { cell, indicator: cellText(a) }) });
      return;
    }
    const list = (owners[id] ??= []);
    for (const p of people) if (!list.includes(p)) list.push(p);
  });
  return { owners, problems };
}
