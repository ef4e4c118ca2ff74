/**
 * From a table of cells to subjects: names, groups, scores (through `computeScores`), caps,
 * outcomes, past tiers and the tier typed by hand — with every unusable cell reported.
 */
import { cellAddress, cellText, isBlank, parseCell } from "./cells";
import { matchTier, normalizeText } from "./labels";
import type { Scheme } from "../scheme/scheme";
import { computeScores } from "../scoring/score";
import { vetoCapIndex } from "../rules/tiers";
import { format } from "../../messages";
import type { CellProblem, CellValue, ColumnMap, GroupOutcome, Lang, Role, Subject, Table } from "../types";

/** Codes in {@link TypedTiers.index} besides tier indexes. */
export const TYPED_BLANK = -1;
export const TYPED_UNKNOWN = -2;
export const TYPED_PENDING = -3;

/**
 * The tier column typed by hand, by subject index (a subject's cell: `cellOf(i, "tier")`):
 * the text as typed, and the tier index it means, or TYPED_BLANK / TYPED_UNKNOWN / TYPED_PENDING.
 */
export interface TypedTiers {
  raw: string[];
  index: Int8Array;
}

export interface SubjectsRead {
  subjects: Subject[];
  /** The typed tier column; null when the table has none. */
  typed: TypedTiers | null;
  problems: CellProblem[];
  /** Header texts the scheme needs that the table lacks. */
  missingColumns: string[];
  /** Where the score came from. */
  source: "indicators" | "column" | "combined" | "none";
  /** Address of a subject's cell for a role; falls back to its name cell. */
  cellOf: (subject: number, role: Role) => string;
}

/** Texts that mean "no" in a veto or linked-responsibility column. */
const NO = new Set(["否", "无", "没有", "不", "no", "n", "none", "false", "0", "-", "/", "×", "x"].map(normalizeText));

function isNo(v: CellValue): boolean {
  return isBlank(v) || v === false || v === 0 || (typeof v === "string" && NO.has(normalizeText(v)));
}

/**
 * Read the subjects of a table under a scheme.
 * @example
 * const read = readSubjects(table, { name: 1, group: 0, score: 2, tier: 3 }, presets.jiuyuan);
 * read.subjects[0] // { name: "区财政局", row: 3, group: "区直单位", score: 91.5 }
 */
export function readSubjects(table: Table, map: ColumnMap, scheme: Scheme): SubjectsRead {
  const rows = table.rows;
  const columns = table.columns;
  const problems: CellProblem[] = [];
  const addr = (col: number, row: number) => cellAddress(table.sheet, col, row);
  const column = (col: number | undefined): readonly CellValue[] | undefined => (col === undefined ? undefined : (columns[col] ?? []));
  const cell = (r: number, col: number | undefined): CellValue => (col === undefined ? undefined : (columns[col]?.[r] ?? null));

  const n = rows.length;
  const names: string[] = new Array(n);
  // Built only when a problem lacks its subject (declared before any problem is read).
  let rowIndex: Map<number, number> | undefined;
  const indexOf = (address: string): number | undefined => {
    rowIndex ??= new Map(rows.map((row, r) => [row, r]));
    const m = /(\d+)$/.exec(address);
    return m ? rowIndex.get(Number(m[1])) : undefined;
  };
  const nameAt = (address: string): string | undefined => {
    const r = indexOf(address);
    return r === undefined ? undefined : names[r];
  };
  const groups: string[] = new Array(n);
  const nameColumn = column(map.name);
  // A group label row above (一、区直部门) sets the group; else the group column.
  const labelGroups = table.groups;
  const groupColumn = column(map.group);
  for (let r = 0; r < n; r++) {
    const v = nameColumn === undefined ? undefined : nameColumn[r];
    if (isBlank(v)) {
      if (map.name !== undefined) problems.push({ code: "MISSING_VALUE", cell: addr(map.name, rows[r]!), value: "", reason: "blank", field: "name" });
      names[r] = `#${rows[r]!}`;
    } else names[r] = typeof v === "string" ? v.trim() : cellText(v).trim();
    const g = labelGroups?.[r] ?? (groupColumn === undefined ? "" : groupColumn[r]);
    groups[r] = typeof g === "string" ? g.trim() : cellText(g).trim();
  }
  const scored = computeScores(table, map, scheme, groups);
  for (const p of scored.problems) {
    // A subject that takes no part (不参加考核) has no score to miss or misread.
    const r = indexOf(p.cell);
    if (r !== undefined && table.pending?.[r] !== undefined) continue;
    problems.push(p.subject === undefined ? { ...p, subject: nameAt(p.cell) } : p);
  }

  const vetoDefault = vetoCapIndex(scheme);
  const tieBreakCols = scheme.rank.tieBreak.map((tb) => ({ ...tb, col: table.headers.findIndex((h) => normalizeText(h) === normalizeText(tb.column)) }));
  for (const tb of tieBreakCols) if (tb.col < 0) scored.missingColumns.push(tb.column);

  const subjects: Subject[] = new Array(rows.length);
  const typed: TypedTiers | null = map.tier === undefined ? null : { raw: new Array(n), index: new Int8Array(n) };
  const tierColumn = column(map.tier);
  for (let r = 0; r < n; r++) {
    const row = rows[r]!;
    const s: Subject = { name: names[r]!, row, group: groups[r]!, score: scored.scores[r] ?? null };
    // 单位 beside a name (individuals), unless it is the group already (--columns group=单位).
    const unit = table.units?.[r];
    if (unit !== undefined && unit !== "" && unit !== groups[r]) s.unit = unit;
    if (map.veto !== undefined && !isNo(cell(r, map.veto))) {
      const t = matchTier(scheme, cellText(cell(r, map.veto)));
      s.vetoCap = typeof t === "number" ? t : vetoDefault;
    }
    if (map.linked !== undefined && !isNo(cell(r, map.linked))) s.linked = true;
    if (map.groupOutcome !== undefined) {
      const o = outcomeFrom(scheme, cell(r, map.groupOutcome));
      if (o) s.groupOutcome = o;
    }
    if (map.team !== undefined) {
      const t = normalizeText(cellText(cell(r, map.team)));
      if (t === "优秀" || t === "excellent" || matchTier(scheme, t) === 0) s.teamExcellent = true;
    }
    if (map.years && map.years.length > 0) {
      s.history = map.years.map(({ col }) => {
        const t = matchTier(scheme, cellText(cell(r, col)));
        return typeof t === "number" ? t : null;
      });
    }
    if (tieBreakCols.length > 0 && tieBreakCols.every((tb) => tb.col >= 0)) {
      const keys: number[] = [];
      for (const tb of tieBreakCols) {
        const p = parseCell(cell(r, tb.col), addr(tb.col, row), `tieBreak:${tb.column}`, { subject: s.name });
        if (p.ok) keys.push(tb.direction === "lower" ? -p.value : p.value);
        else {
          problems.push(p.problem);
          s.score = null;
        }
      }
      s.tieBreak = keys;
    }
    if (typed) {
      const v = (tierColumn as readonly CellValue[])[r] ?? null;
      const raw = typeof v === "string" ? v.trim() : cellText(v).trim();
      const t = isBlank(v) ? TYPED_BLANK : matchTier(scheme, raw);
      typed.raw[r] = raw;
      typed.index[r] = t === "pending" ? TYPED_PENDING : t === null ? TYPED_UNKNOWN : t;
      if (t === "pending") s.pending = true;
    }
    if (table.pending?.[r] !== undefined) {
      s.pending = true;
      if (typed) typed.index[r] = TYPED_PENDING;
    }
    subjects[r] = s;
  }

  const cellOf = (i: number, role: Role): string => {
    const col = map[role] ?? map.name ?? 0;
    return addr(col, rows[i]!);
  };
  return { subjects, typed, problems, missingColumns: scored.missingColumns, source: scored.source, cellOf };
}

/**
 * A subject as messages name it: the name, with its 单位 beside it where the table has both.
 * @example subjectLabel({ name: "杨帆", unit: "区财政局" }, "zh-CN") // "杨帆（区财政局）"
 */
export function subjectLabel(s: Pick<Subject, "name" | "unit">, lang: Lang): string {
  return s.unit === undefined ? s.name : format("subject.withUnit", lang, { name: s.name, unit: s.unit });
}

/** 单位等次 → the group outcome: first tier or 优秀 → excellent; last tier, 不合格, 较差 or 问责 → penalised. */
function outcomeFrom(scheme: Scheme, v: CellValue): GroupOutcome | undefined {
  if (isBlank(v)) return undefined;
  const text = normalizeText(cellText(v));
  if (text === "优秀" || text === "excellent") return "excellent";
  if (/不合格|较差|问责|unqualified|poor|penal/.test(text)) return "penalised";
  const t = matchTier(scheme, text);
  if (t === 0) return "excellent";
  if (t === scheme.tiers.length - 1) return "penalised";
  return "normal";
}
