/**
 * From a table of cells to subjects: names, groups, scores (through `computeScores`), caps,
 * outcomes, past tiers and the tier typed by hand — with every unusable cell reported.
 */
import { cellAddress, cellText, isBlank, parseCell } from "./cells";
import { matchTier, normalizeText } from "./labels";
import type { Scheme } from "./scheme";
import { computeScores } from "./score";
import { vetoCapIndex } from "./tiers";
import type { CellProblem, CellValue, ColumnMap, GroupOutcome, Role, Subject, Table } from "./types";

/** The tier typed by hand in a subject's row (its cell: `cellOf(i, "tier")`). */
export interface TypedTier {
  raw: string;
  /** Tier index, "pending" for 不确定等次, null when not recognised, undefined when blank. */
  index: number | "pending" | null | undefined;
}

export interface SubjectsRead {
  subjects: Subject[];
  /** Index-aligned with subjects; null when the table has no tier column. */
  typed: (TypedTier | null)[];
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
  const problems: CellProblem[] = [];
  const addr = (col: number, row: number) => cellAddress(table.sheet, col, row);
  const cell = (r: number, col: number | undefined): CellValue => (col === undefined ? undefined : rows[r]!.cells[col]);

  const n = rows.length;
  const names: string[] = new Array(n);
  const groups: string[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const row = rows[r]!;
    const v = map.name === undefined ? undefined : row.cells[map.name];
    if (isBlank(v)) {
      if (map.name !== undefined) problems.push({ code: "MISSING_VALUE", cell: addr(map.name, row.row), value: "", reason: "blank", field: "name" });
      names[r] = `#${row.row}`;
    } else names[r] = typeof v === "string" ? v.trim() : cellText(v).trim();
    const g = map.group === undefined ? "" : row.cells[map.group];
    groups[r] = typeof g === "string" ? g.trim() : cellText(g).trim();
  }
  const scored = computeScores(table, map, scheme, groups);
  for (const p of scored.problems) problems.push(p.subject === undefined ? { ...p, subject: nameAt(p.cell) } : p);

  const vetoDefault = vetoCapIndex(scheme);
  const tieBreakCols = scheme.rank.tieBreak.map((tb) => ({ ...tb, col: table.headers.findIndex((h) => normalizeText(h) === normalizeText(tb.column)) }));
  for (const tb of tieBreakCols) if (tb.col < 0) scored.missingColumns.push(tb.column);

  const subjects: Subject[] = new Array(rows.length);
  const typed: (TypedTier | null)[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const s: Subject = { name: names[r]!, row: row.row, group: groups[r]!, score: scored.scores[r] ?? null };
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
        const p = parseCell(cell(r, tb.col), addr(tb.col, row.row), `tieBreak:${tb.column}`, { subject: s.name });
        if (p.ok) keys.push(tb.direction === "lower" ? -p.value : p.value);
        else {
          problems.push(p.problem);
          s.score = null;
        }
      }
      s.tieBreak = keys;
    }
    if (map.tier !== undefined) {
      const v = cell(r, map.tier);
      const raw = cellText(v).trim();
      const index = isBlank(v) ? undefined : matchTier(scheme, raw);
      typed[r] = { raw, index };
      if (index === "pending") s.pending = true;
    } else typed[r] = null;
    subjects[r] = s;
  }

  const rowIndex = new Map(rows.map((row, r) => [row.row, r]));
  function nameAt(address: string): string | undefined {
    const m = /(\d+)$/.exec(address);
    const r = m ? rowIndex.get(Number(m[1])) : undefined;
    return r === undefined ? undefined : names[r];
  }
  const cellOf = (i: number, role: Role): string => {
    const row = rows[i]!.row;
    const col = map[role] ?? map.name ?? 0;
    return addr(col, row);
  };
  return { subjects, typed, problems, missingColumns: scored.missingColumns, source: scored.source, cellOf };
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
