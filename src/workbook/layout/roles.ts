/**
 * Roles per column (列的角色): which column names the subjects, gives the score, the tier, the group…
 * Where two columns could play a role the choice is stated (LAYOUT_ASSUMPTION) with the other
 * candidate; where no rule can choose, the reading stops and names the option that decides.
 */
import { isBlank } from "../../engine/input/cells";
import type { CellValue, ColumnMap, Role } from "../../engine/types";
import type { LayoutColumn, LayoutNote, LayoutOptions, LayoutRole } from "./types";
import { PERSON_HEADERS, REMARKS_HEADERS, ROLES, SERIAL, TOTAL_HEADERS, columnIndex, columnLetter, findColumn, headerKey, matchHeader } from "./vocabulary";

/** The roles of one header. */
export interface RoleMap {
  map: ColumnMap;
  ownColumns: Record<string, number>;
  /** Sum of match strengths: how much the row looks like a header. */
  score: number;
  /** Named columns with no role (indicators, mostly). */
  unknown: number[];
  unit?: number;
  remarks?: number;
  notes: LayoutNote[];
}

/** A reading that cannot be made without the user: the candidates and the option that decides. */
export interface RoleFailure {
  error: "LAYOUT_AMBIGUOUS" | "LAYOUT_COLUMN_NOT_FOUND";
  params: Record<string, string | number>;
}

/** `--columns tier=none` (or 无, -): the table has no column for that role. */
const NO_COLUMN = /^(none|无|-|—)$/i;

const label = (headers: readonly string[], c: number) => `${columnLetter(c)}（${headers[c] ?? ""}）`;

/** Share of distinct values among the non-blank values of a column (1 = every row its own). */
function distinctShare(data: readonly CellValue[][], col: number): number {
  const seen = new Set<string>();
  let n = 0;
  for (const row of data) {
    const v = row[col];
    if (isBlank(v)) continue;
    n++;
    seen.add(String(v));
  }
  return n === 0 ? 0 : seen.size / n;
}

/**
 * Map a header's columns to roles. `sub` marks sub-columns under a shared parent (never a role:
 * 党建工作/得分 is an indicator, not the total). `data` is a sample of the rows below (merges filled).
 */
export function mapRoles(
  headers: readonly string[],
  sub: readonly boolean[],
  data: readonly CellValue[][],
  opts: LayoutOptions,
  /** The year the sheet assesses, from its name or title ("2025年度…"), when one is given. */
  assessedYear?: number,
): RoleMap | RoleFailure {
  const matches = headers.map((h, c) => (sub[c] ? (matchHeader(h).kind === "own" ? matchHeader(h) : { kind: "none" as const }) : matchHeader(h)));
  const cands = new Map<Role, { col: number; strength: number }[]>();
  const years: { year: number; col: number }[] = [];
  const ownColumns: Record<string, number> = {};
  let score = 0;
  matches.forEach((m, col) => {
    if (m.kind === "own") ownColumns[headers[col] as string] = col;
    else if (m.kind === "year") {
      if (!years.some((y) => y.year === m.year)) years.push({ year: m.year, col });
      score += 1;
    } else if (m.kind === "role") {
      score += m.strength;
      const list = cands.get(m.role) ?? [];
      list.push({ col, strength: m.strength });
      cands.set(m.role, list);
    }
  });

  const notes: LayoutNote[] = [];
  const map: ColumnMap = {};
  const used = new Set<number>();
  const out: RoleMap = { map, ownColumns, score, unknown: [], notes };

  // Columns the user named come first.
  for (const [role, value] of Object.entries(opts.columns ?? {}) as [LayoutRole, string][]) {
    if (NO_COLUMN.test(value.trim())) continue; // tier=none: the table has no such column
    const c = columnIndex(value) ?? findColumn([...headers], value);
    if (c === null || c < 0) return { error: "LAYOUT_COLUMN_NOT_FOUND", params: { role, value, headers: headers.filter((h) => h !== "").join("、") } };
    if (role === "unit") out.unit = c;
    else if (role === "remarks") out.remarks = c;
    else map[role] = c;
    if (role !== "unit" || map.group !== c) used.add(c);
  }
  const given = (role: LayoutRole) => opts.columns?.[role] !== undefined;
  const top = (role: Role) => {
    const list = (cands.get(role) ?? []).filter((x) => !used.has(x.col));
    const best = Math.max(0, ...list.map((x) => x.strength));
    return list.filter((x) => x.strength === best);
  };
  const assume = (role: string, chosen: number, others: number[], option: string) =>
    notes.push({
      code: "LAYOUT_ASSUMPTION",
      key: "layout.assume.column",
      params: { role, chosen: label(headers, chosen), others: others.map((c) => label(headers, c)).join("、"), option },
    });

  // 姓名 beside 单位/部门: the person is the subject, the unit is kept beside the name.
  if (!given("name")) {
    const all = (cands.get("name") ?? []).filter((x) => !used.has(x.col));
    const persons = all.filter((x) => PERSON_HEADERS.has(headerKey(headers[x.col] as string)));
    const units = all.filter((x) => !PERSON_HEADERS.has(headerKey(headers[x.col] as string)));
    if (persons.length > 0 && units.length > 0) {
      map.name = (persons[0] as { col: number }).col;
      used.add(map.name);
      if (!given("unit")) {
        const unit = [...units].sort((a, b) => b.strength - a.strength || a.col - b.col)[0] as { col: number };
        out.unit = unit.col;
        used.add(unit.col);
      }
    } else {
      const list = top("name");
      if (list.length === 1) map.name = (list[0] as { col: number }).col;
      else if (list.length > 1) {
        // The subject column names every row once; a column repeating its values is a group.
        const shares = list.map((x) => ({ col: x.col, share: distinctShare(data, x.col) }));
        const unique = shares.filter((s) => s.share >= 0.9);
        if (unique.length !== 1)
          return { error: "LAYOUT_AMBIGUOUS", params: { role: "name", candidates: list.map((x) => label(headers, x.col)).join("、"), option: `--columns name=${columnLetter((list[0] as { col: number }).col)}` } };
        map.name = (unique[0] as { col: number }).col;
        assume("name", map.name, list.map((x) => x.col).filter((c) => c !== map.name), "name");
      }
      if (map.name !== undefined) used.add(map.name);
    }
  }

  const ask = (role: Role, list: { col: number }[]): RoleFailure => ({
    error: "LAYOUT_AMBIGUOUS",
    params: { role, candidates: list.map((x) => label(headers, x.col)).join("、"), option: `--columns ${role}=${columnLetter((list[list.length - 1] as { col: number }).col)}` },
  });
  const all = (role: Role) => (cands.get(role) ?? []).filter((x) => !used.has(x.col));

  // The score: a total's name (总分, 综合得分) wins and the others are named; else the one exact
  // header; two equally good score columns (初评得分, 复核得分) are the user's choice.
  if (!given("score")) {
    const list = all("score");
    if (list.length > 0) {
      const totals = list.filter((x) => TOTAL_HEADERS.has(headerKey(headers[x.col] as string)));
      const best = Math.max(...list.map((x) => x.strength));
      const tops = list.filter((x) => x.strength === best);
      if (totals.length === 0 && tops.length > 1) return ask("score", tops);
      const chosen = (totals.length > 0 ? totals.reduce((a, b) => (b.col > a.col ? b : a)) : (tops[0] as { col: number })).col;
      map.score = chosen;
      used.add(chosen);
      if (list.length > 1) assume("score", chosen, list.map((x) => x.col).filter((c) => c !== chosen), "score");
    }
  }
  // The tier: two tier columns (拟定等次 beside 审定等次) are the user's choice.
  if (!given("tier")) {
    const list = all("tier");
    if (list.length > 1) return ask("tier", list);
    if (list.length === 1) {
      map.tier = (list[0] as { col: number }).col;
      used.add(map.tier);
    }
  }
  if (!given("group")) {
    const list = top("group");
    if (list.length > 0) {
      const chosen = (list[0] as { col: number }).col;
      map.group = chosen;
      used.add(chosen);
      if (list.length > 1) assume("group", chosen, list.slice(1).map((x) => x.col), "group");
    }
  }
  for (const role of ROLES) {
    if (map[role] !== undefined || given(role)) continue;
    const list = top(role);
    if (list.length > 0) {
      map[role] = (list[0] as { col: number }).col;
      used.add(map[role] as number);
    }
  }
  if (out.remarks === undefined) {
    const r = headers.findIndex((h, c) => !used.has(c) && REMARKS_HEADERS.has(headerKey(h)));
    if (r >= 0) {
      out.remarks = r;
      used.add(r);
    }
  }
  // No tier column but year columns (2024年等次, 2025年等次): the assessed year's column is the tier
  // typed this time, the earlier ones are history. Without a year in the sheet's name or title the
  // latest is taken, and said — checking nothing typed would be a silent "no problem".
  if (!given("tier") && map.tier === undefined && years.length > 0) {
    const latest = years.reduce((a, b) => (b.year > a.year ? b : a));
    const current = assessedYear === undefined ? latest : years.find((y) => y.year >= assessedYear);
    if (current) {
      map.tier = current.col;
      used.add(current.col);
      years.splice(years.indexOf(current), 1);
      notes.push({
        code: "LAYOUT_ASSUMPTION",
        key: assessedYear === undefined ? "layout.assume.latestYearTier" : "layout.assume.yearTier",
        params: { column: label(headers, current.col), year: assessedYear ?? current.year, others: years.map((y) => label(headers, y.col)).join("、") },
      });
    }
  }
  if (years.length > 0) map.years = [...years].sort((a, b) => a.year - b.year);
  years.forEach((y) => used.add(y.col));
  headers.forEach((h, c) => {
    if (h !== "" && !used.has(c) && matches[c]?.kind !== "own" && !SERIAL.has(headerKey(h))) out.unknown.push(c);
  });
  return out;
}

/** The role columns of a map, for the report. */
export function layoutColumns(headers: readonly string[], roles: RoleMap): LayoutColumn[] {
  const cols: LayoutColumn[] = [];
  const add = (role: LayoutRole, index: number | undefined) => {
    if (index !== undefined) cols.push({ role, column: columnLetter(index), index, header: headers[index] ?? "" });
  };
  add("name", roles.map.name);
  add("unit", roles.unit);
  add("group", roles.map.group);
  add("score", roles.map.score);
  add("tier", roles.map.tier);
  for (const role of ["regular", "annual", "deduction", "veto", "linked", "groupOutcome", "team"] as const) add(role, roles.map[role]);
  add("remarks", roles.remarks);
  return cols;
}
