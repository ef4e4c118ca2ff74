/**
 * The interpretation (版式识别): a sheet's grid → the table of subjects with roles, and the layout
 * report of what was read. Pure — the CLI, the standalone page and Excel call the same function.
 *
 * What it decides, in order:
 * 1. Merged ranges give their value to every cell they cover (类别 merged down a group).
 * 2. The header: the best-matching block of one to three rows among the first 20 (or an Excel
 *    table's header, or `headerRow`), sub-columns named "党建工作/基层组织", units rows skipped.
 * 3. Roles per column (roles.ts); 姓名 beside 单位 makes the person the subject.
 * 4. Each row below: a subject, or left out with its reason — blank, a repeated header, 合计/平均分/
 *    最高分, a footnote (注：, 填表人：), a group label (一、区直部门（32个）) or another line merged
 *    across the width. Label rows set the group of the rows below them until the next label.
 * 5. A subject marked 不参加考核/免考/新组建… in its tier, score or remarks cell is pending.
 * A header that repeats itself across the row (左右分栏, panels.ts) is refused with the panels named.
 * Hidden rows stay subjects (hiding is how offices print, not how they assess) and are listed.
 */
import { isBlank, parseNumberText } from "../../engine/input/cells";
import type { CellValue, Table } from "../../engine/types";
import type { CellBox, SheetGrid } from "../grid";
import { headerBlock, type HeaderBlock } from "./header";
import { filledCells, widestMerge } from "./merges";
import { panelList, sidePanels } from "./panels";
import { layoutColumns, mapRoles, type RoleFailure, type RoleMap } from "./roles";
import type { GroupLabelRow, Interpretation, Layout, LayoutNote, LayoutOptions, LeftOutRow, PendingRow } from "./types";
import { columnLetter, groupLabel, headerKey, headerText, isNoteText, isSummaryKey, matchHeader, pendingReason, sectionGroup } from "./vocabulary";

/** Rows searched for the header (title rows and blank rows may come first). */
export const HEADER_SEARCH_ROWS = 20;

/** Options of {@link interpretGrid} beyond the user's choices. */
export interface InterpretOptions extends LayoutOptions {
  /** The host could not read merged ranges (Office without ExcelApi 1.13). */
  mergesUnavailable?: boolean;
}

const isNumeric = (v: CellValue) => typeof v === "number" || (typeof v === "string" && parseNumberText(v) !== null);

/** How much a header looks like one (sum of match strengths). */
function headerScore(block: HeaderBlock): number {
  let s = 0;
  block.headers.forEach((h, c) => {
    if (block.sub[c]) return;
    const m = matchHeader(h);
    if (m.kind === "role") s += m.strength;
    else if (m.kind === "year") s += 1;
  });
  return s;
}

/** Whether a header can be an assessment table: subjects, and something to assess them on. */
function usable(roles: RoleMap, data: readonly CellValue[][]): boolean {
  const m = roles.map;
  if (m.name === undefined) return false;
  if (m.score !== undefined || m.tier !== undefined) return true;
  if (m.regular !== undefined && m.annual !== undefined) return true;
  return roles.unknown.some((col) => {
    let seen = 0;
    let numbers = 0;
    for (const row of data) {
      const v = row[col];
      if (isBlank(v)) continue;
      if (++seen > 5) break;
      if (isNumeric(v)) numbers++;
    }
    return seen > 0 && numbers * 2 > Math.min(seen, 5);
  });
}

const isFailure = (r: RoleMap | RoleFailure): r is RoleFailure => "error" in r;

/**
 * The {@link headerKey} of each cell of the row being read, made once when first asked for: the
 * repeated-header test and the summary test look at the same cells.
 */
class RowKeys {
  private readonly keys: (string | undefined)[];
  private cells: readonly CellValue[] = [];

  constructor(width: number) {
    this.keys = new Array<string | undefined>(width).fill(undefined);
  }

  /** Start a row. */
  reset(cells: readonly CellValue[]): void {
    this.cells = cells;
    this.keys.fill(undefined);
  }

  at(c: number): string {
    let k = this.keys[c];
    if (k === undefined) this.keys[c] = k = headerKey(headerText(this.cells[c] as CellValue));
    return k;
  }

  /** The text of the first of these columns (name, group, first filled) that names a summary row (合计, 平均分…). */
  summary(name: number | undefined, group: number | undefined, first: number): string | undefined {
    for (const c of [name, group, first]) if (c !== undefined && isSummaryKey(this.at(c))) return headerText(this.cells[c] as CellValue);
    return undefined;
  }
}

/**
 * Read a sheet's grid as an assessment table.
 * @example
 * interpretGrid(plainGrid("Q1", [["2026年一季度考核结果"], ["单位", "总分"], ["甲", 90], ["平均分", 90]]))
 * // { ok: true, table: { sheet: "Q1", headerRow: 2, headers: ["单位", "总分"], rows: [3], columns: [["甲"], [90]] },
 * //   map: { name: 0, score: 1 }, layout: { leftOut: [{ row: 4, reason: "summary", text: "平均分" }], … } }
 */
export function interpretGrid(grid: SheetGrid, opts: InterpretOptions = {}): Interpretation {
  if (opts.headerRow === undefined) {
    for (const t of grid.tables) {
      if (!t.headerRow) continue;
      const r = interpretBox(grid, { ...t.box, bottom: t.box.bottom - (t.totalsRow ? 1 : 0) }, { ...opts, headerRow: t.box.top + 1 });
      if (!r.ok) continue;
      // The table's totals row is left out, and listed.
      if (t.totalsRow) {
        const first = (grid.cells[t.box.bottom] ?? []).find((v, c) => c >= t.box.left && !isBlank(v));
        r.layout.leftOut.push({ row: t.box.bottom + 1, reason: "summary", text: headerText(first ?? null) });
      }
      return r;
    }
  }
  let width = 0;
  for (const row of grid.cells) if (row && row.length > width) width = row.length;
  return interpretBox(grid, { top: 0, left: 0, bottom: grid.cells.length - 1, right: Math.max(0, width - 1) }, opts);
}

/**
 * The year a sheet assesses: from its title rows (the first text above the header with a year,
 * dates such as 填报日期 2026年1月10日 passed over), else from the sheet's name.
 * @example assessedYear("Sheet1", [["2025年度区直机关考核结果汇总表"], ["填报日期：2026年1月10日"]]) // 2025
 */
export function assessedYear(sheet: string, above: readonly CellValue[][]): number | undefined {
  const yearIn = (text: string) => {
    const t = text.normalize("NFKC");
    if (/(19|20)\d{2}\s*[年.\/-]\s*\d{1,2}\s*[月.\/-]\s*\d{1,2}/.test(t)) return undefined;
    const m = /((?:19|20)\d{2})\s*年/.exec(t);
    return m ? Number(m[1]) : undefined;
  };
  for (const row of above) for (const v of row) if (typeof v === "string") {
    const y = yearIn(v);
    if (y !== undefined) return y;
  }
  return yearIn(sheet);
}

/**
 * The group label standing directly above the header (blank rows skipped): one text alone on its
 * row that reads as a label (一、区直单位), or — when `stacked`, the sheet's tables each under a
 * title — as a table's title (区直单位考核结果). Null for anything else, such as the sheet's title.
 */
function firstTableLabel(filled: readonly CellValue[][], top: number, headerTop: number, stacked: boolean): { row: number; text: string; group: string; count?: number } | null {
  for (let r = headerTop - 1; r >= top; r--) {
    const texts = (filled[r - top] ?? []).filter((v) => !isBlank(v)).map((v) => headerText(v));
    if (texts.length === 0) continue;
    if (new Set(texts).size !== 1) return null;
    const text = texts[0] as string;
    const g = groupLabel(text, false) ?? (stacked ? sectionGroup(text) : null);
    return g ? { row: r + 1, text, ...g } : null;
  }
  return null;
}

function interpretBox(grid: SheetGrid, box: CellBox, opts: InterpretOptions): Interpretation {
  const top = box.top;
  const bottom = box.bottom;
  if (bottom < top) return { ok: false, error: "NO_TABLE" };
  const raw = grid.cells;
  const clip = (row: CellValue[] | undefined): CellValue[] => {
    const r = row ?? [];
    if (box.left === 0 && r.length <= box.right + 1) return r;
    return r.slice(0, box.right + 1).map((v, c) => (c < box.left ? null : v));
  };
  const filled = filledCells(raw, grid.merges, top, bottom).map(clip);
  const wide = widestMerge(grid.merges, top, bottom);
  const width = box.right + 1;
  const at = (r: number) => filled[r - top] ?? [];
  const sample = (from: number) => filled.slice(from - top, from - top + 200);

  // ── the header ──
  let chosen: { block: HeaderBlock; roles: RoleMap | RoleFailure } | undefined;
  if (opts.headerRow !== undefined) {
    const r = opts.headerRow - 1;
    if (r < top || r > bottom) return { ok: false, error: "NO_TABLE", headerRow: opts.headerRow };
    const block = headerBlock(filled, top, grid.merges, r, width, bottom);
    if (block.headers.length === 0) return { ok: false, error: "NO_TABLE", headerRow: opts.headerRow };
    chosen = { block, roles: mapRoles(block.headers, block.sub, sample(r + block.rows.length), opts, assessedYear(grid.name, filled.slice(0, r - top))) };
  } else {
    let best = 0;
    const last = Math.min(bottom, top + HEADER_SEARCH_ROWS - 1);
    for (let r = top; r <= last; r++) {
      if (at(r).every((v) => isBlank(v))) continue;
      // One text over the whole row (a title or a label merged across) names no columns.
      if (new Set(at(r).filter((v) => !isBlank(v)).map(String)).size < 2 && (wide[r - top] ?? 0) >= 2) continue;
      // A row under a header cell merged down is that header's second row, not a header of its own.
      if (grid.merges.some((m) => m.top < r && m.bottom >= r && m.top >= top)) continue;
      const block = headerBlock(filled, top, grid.merges, r, width, bottom);
      const s = headerScore(block);
      if (s === 0 || s <= best) continue;
      const roles = mapRoles(block.headers, block.sub, sample(r + block.rows.length), opts, assessedYear(grid.name, filled.slice(0, r - top)));
      if (!isFailure(roles) && !usable(roles, sample(r + block.rows.length))) continue;
      best = s;
      chosen = { block, roles };
    }
    if (!chosen) return { ok: false, error: "NO_TABLE" };
  }
  const { block } = chosen;
  const headerRow = (block.rows[block.rows.length - 1] as number) + 1;
  // Panels side by side: read as one table the right panels would be dropped, whatever --columns says.
  const panels = sidePanels(block.headers);
  if (panels) return { ok: false, error: "LAYOUT_SIDE_BY_SIDE", headerRow, params: { sheet: grid.name, panels: panelList(panels), count: panels.length }, headers: block.headers };
  if (isFailure(chosen.roles)) return { ok: false, error: chosen.roles.error, headerRow, params: { sheet: grid.name, ...chosen.roles.params }, headers: block.headers };
  const roles = chosen.roles;
  const map = roles.map;
  if (map.name === undefined) return { ok: false, error: "NO_NAME_COLUMN", headerRow, headers: block.headers };
  const headers = block.headers;
  const hw = headers.length;

  // ── the rows ──
  const notes: LayoutNote[] = [...roles.notes];
  const leftOut: LeftOutRow[] = [];
  const pending: PendingRow[] = [];
  const labels: GroupLabelRow[] = [];
  // The data rows, as grid rows (0-based) and sheet rows; what the layout found about each.
  const dataAt: number[] = [];
  const rows: number[] = [];
  let labelOf: (string | undefined)[] | undefined;
  let units: (string | undefined)[] | undefined;
  let pendingOf: (string | undefined)[] | undefined;
  const hiddenRows: number[] = [];
  const headerKeys = headers.map((h) => headerKey(h.split("/").pop() ?? h));
  const named = headerKeys.filter((k) => k !== "").length;
  const sameNeeded = Math.max(2, Math.ceil(named / 2));
  const roleCols = [map.name, map.score, map.tier].filter((c): c is number => c !== undefined);
  let afterNote = false;
  let label: GroupLabelRow | undefined;
  let lastNonBlank = block.rows[block.rows.length - 1] as number;
  for (let r = bottom; r > lastNonBlank; r--) if (!at(r).every((v) => isBlank(v))) { lastNonBlank = r; break; }

  // A number's text always holds a digit, so it can repeat only a header whose key holds one.
  const keyHasDigit = headerKeys.map((k) => /\d/.test(k));
  const leave = (row: number, reason: LeftOutRow["reason"], text: string) => leftOut.push({ row, reason, text: text.slice(0, 40) });
  const rowKeys = new RowKeys(hw);
  /** Whether a row repeats the header (printed on each page, or heading a table stacked below). */
  const repeatsHeader = (cells: readonly CellValue[], keys: RowKeys): boolean => {
    if (named < 2) return false;
    let same = 0;
    for (let c = 0; c < hw && same < sameNeeded; c++) {
      const key = headerKeys[c] as string;
      const v = cells[c];
      if (key === "" || isBlank(v) || (typeof v === "number" && Number.isFinite(v) && !keyHasDigit[c])) continue;
      if (keys.at(c) === key) same++;
    }
    return same >= sameNeeded;
  };
  const ahead = new RowKeys(hw);
  /** Whether the next filled row below `r` repeats the header: `r` then titles a table stacked below. */
  const headsStackedTable = (r: number): boolean => {
    for (let k = r + 1; k <= lastNonBlank; k++) {
      const next = at(k);
      if (next.every((v) => isBlank(v))) continue;
      ahead.reset(next);
      return repeatsHeader(next, ahead);
    }
    return false;
  };
  // Set once a lone text titles a table stacked below: the text above the first table's header then
  // names the first table's group too.
  let stacked = false;

  for (let r = (block.rows[block.rows.length - 1] as number) + 1; r <= lastNonBlank; r++) {
    // The grid's own row, read up to the header's width (a missing cell reads as blank); the
    // table's columns are built from these rows once they are known.
    const cells = at(r);
    // The first filled cell, and whether the row holds more than one distinct text (a label row
    // has one, repeated across its merge).
    let firstIdx = -1;
    let firstString = "";
    let several = false;
    for (let c = 0; c < hw; c++) {
      const v = cells[c];
      if (isBlank(v)) continue;
      if (firstIdx < 0) {
        firstIdx = c;
        firstString = String(v);
      } else if (!several && String(v) !== firstString) several = true;
    }
    const sheetRow = r + 1;
    rowKeys.reset(cells);
    if (firstIdx < 0) {
      leave(sheetRow, "blank", "");
      continue;
    }
    const firstText = headerText(cells[firstIdx] as CellValue);
    const rowWide = (wide[r - top] ?? 0) >= Math.max(2, Math.ceil(0.6 * hw));
    const scoreV = map.score === undefined ? null : cells[map.score];
    const tierV = map.tier === undefined ? null : cells[map.tier];
    const hasData = (!isBlank(scoreV) && isNumeric(scoreV)) || (several && !isBlank(tierV));

    // A header repeated for printing, or heading a table stacked below.
    if (repeatsHeader(cells, rowKeys)) {
      leave(sheetRow, "repeatedHeader", firstText);
      continue;
    }
    if (isNoteText(firstText) && !hasData) {
      afterNote = true;
      leave(sheetRow, "note", firstText);
      continue;
    }
    // A footnote ends the table: what follows it is more notes or another table.
    if (afterNote) {
      leave(sheetRow, "note", firstText);
      continue;
    }
    const summaryText = rowKeys.summary(map.name, map.group, firstIdx);
    if (summaryText !== undefined) {
      leave(sheetRow, "summary", summaryText);
      continue;
    }
    if (!hasData && !several) {
      // One text alone on its row: a label when it reads as one, or stands left of the names.
      const onlyRaw = (raw[r] ?? []).findIndex((v) => !isBlank(v));
      const loose = rowWide || (onlyRaw >= 0 && onlyRaw < (map.name as number));
      // A lone text above a repeated header titles a stacked table (乡镇考核结果): its group.
      const section = !loose && groupLabel(firstText, false) === null && headsStackedTable(r);
      if (section) stacked = true;
      const g = section ? sectionGroup(firstText) : groupLabel(firstText, loose);
      if (section && !g) {
        leave(sheetRow, "title", firstText);
        continue;
      }
      if (g) {
        label = { row: sheetRow, text: firstText, group: g.group, ...(g.count !== undefined ? { count: g.count } : {}), found: 0 };
        labels.push(label);
        leave(sheetRow, "groupLabel", firstText);
        continue;
      }
      if (rowWide) {
        leave(sheetRow, "title", firstText);
        continue;
      }
    }
    if (roleCols.every((c) => isBlank(cells[c]))) {
      leave(sheetRow, "noSubject", firstText);
      continue;
    }
    const i = rows.length;
    dataAt.push(r);
    rows.push(sheetRow);
    if (label) {
      label.found++;
      (labelOf ??= [])[i] = label.group;
    }
    if (roles.unit !== undefined && !isBlank(cells[roles.unit])) (units ??= [])[i] = headerText(cells[roles.unit]);
    const why = pendingReason(tierV) ?? pendingReason(scoreV) ?? (roles.remarks === undefined ? null : pendingReason(cells[roles.remarks]));
    if (why !== null) {
      (pendingOf ??= [])[i] = why;
      pending.push({ row: sheetRow, subject: headerText(cells[map.name]) || `#${sheetRow}`, reason: why });
    }
    if (grid.hiddenRows.has(r)) hiddenRows.push(sheetRow);
  }
  const n = rows.length;
  if (n === 0) return { ok: false, error: "EMPTY_TABLE", headerRow, headers };

  // ── the columns the engine reads: one array per header, data row by data row ──
  const columns: CellValue[][] = new Array<CellValue[]>(hw);
  for (let c = 0; c < hw; c++) columns[c] = new Array<CellValue>(n);
  for (let i = 0; i < n; i++) {
    const src = filled[(dataAt[i] as number) - top] ?? [];
    for (let c = 0; c < hw; c++) (columns[c] as CellValue[])[i] = src[c] ?? null;
  }
  if (units) units.length = n;
  if (pendingOf) pendingOf.length = n;
  let groups: string[] | undefined;

  // ── groups ──
  let from: Layout["groups"]["from"] = "none";
  const useLabels = labels.length > 0 && opts.groupRows !== false && (map.group === undefined || opts.groupRows === true);
  if (useLabels) {
    from = "labels";
    if (map.group !== undefined) {
      notes.push({ code: "LAYOUT_ASSUMPTION", key: "layout.assume.labelsOverColumn", params: { column: `${columnLetter(map.group)}（${headers[map.group]}）` } });
      delete map.group;
    }
    for (const l of labels)
      if (l.count !== undefined && l.count !== l.found)
        notes.push({ code: "GROUP_COUNT_MISMATCH", key: "layout.groupCount", params: { row: l.row, text: l.text, count: l.count, found: l.found } });
    groups = new Array<string>(n);
    const before: number[] = [];
    for (let i = 0; i < n; i++) if (labelOf?.[i] === undefined) before.push(rows[i] as number);
    // The first table's own label, above its header (一、区直单位; or, in a sheet of stacked tables
    // with titles, 区直单位考核结果), names the rows before the first label below.
    const first = before.length > 0 ? firstTableLabel(filled, top, block.rows[0] as number, stacked) : null;
    for (let i = 0; i < n; i++) groups[i] = labelOf?.[i] ?? first?.group ?? "";
    if (first) {
      labels.unshift({ row: first.row, text: first.text, group: first.group, ...(first.count !== undefined ? { count: first.count } : {}), found: before.length });
      if (first.count !== undefined && first.count !== before.length)
        notes.push({ code: "GROUP_COUNT_MISMATCH", key: "layout.groupCount", params: { row: first.row, text: first.text, count: first.count, found: before.length } });
    } else if (before.length > 0)
      notes.push({ code: "LAYOUT_ASSUMPTION", key: "layout.assume.beforeLabels", params: { rows: before.join(", "), label: (labels[0] as GroupLabelRow).text } });
  } else {
    if (map.group !== undefined) {
      from = "column";
      if (labels.length > 0) notes.push({ code: "LAYOUT_ASSUMPTION", key: "layout.assume.columnOverLabels", params: { column: `${columnLetter(map.group)}（${headers[map.group]}）`, labels: labels.map((l) => l.row).join(", ") } });
      // A group typed once and left blank below (a merge lost on the way): the rows carry it.
      const column = columns[map.group] as CellValue[];
      const filledRows: number[] = [];
      let prev: CellValue = null;
      for (let i = 0; i < n; i++) {
        if (isBlank(column[i])) {
          if (!isBlank(prev)) {
            column[i] = prev;
            filledRows.push(rows[i] as number);
          }
        } else prev = column[i] ?? null;
      }
      if (filledRows.length > 0) notes.push({ code: "LAYOUT_ASSUMPTION", key: "layout.assume.groupFilled", params: { column: columnLetter(map.group), rows: filledRows.join(", ") } });
    } else if (labels.length > 0) {
      notes.push({ code: "LAYOUT_ASSUMPTION", key: "layout.assume.labelsIgnored", params: { labels: labels.map((l) => l.row).join(", ") } });
    }
  }
  const hiddenRoleCols = layoutColumns(headers, roles).filter((c) => grid.hiddenCols.has(c.index));
  if (hiddenRoleCols.length > 0) notes.push({ code: "LAYOUT_ASSUMPTION", key: "layout.assume.hiddenColumns", params: { columns: hiddenRoleCols.map((c) => `${c.column}（${c.header}）`).join("、") } });
  if (hiddenRows.length > 0) notes.push({ code: "LAYOUT_ASSUMPTION", key: "layout.assume.hiddenRows", params: { rows: hiddenRows.join(", ") } });

  const table: Table = { sheet: grid.name, headerRow, headers, rows, columns, ...(groups ? { groups } : {}), ...(pendingOf ? { pending: pendingOf } : {}), ...(units ? { units } : {}) };
  const layout: Layout = {
    sheet: grid.name,
    headerRows: block.rows.map((r) => r + 1),
    columns: layoutColumns(headers, roles),
    points: block.points,
    groups: { from, ...(from === "column" && map.group !== undefined ? { column: columnLetter(map.group) } : {}), labels },
    dataRows: { first: rows[0] as number, last: rows[n - 1] as number, count: n },
    leftOut: leftOut.filter((l) => l.row <= (rows[n - 1] as number) || l.reason !== "blank"),
    pending,
    hiddenRows,
    merges: opts.mergesUnavailable ? "unavailable" : "read",
    notes,
  };
  return { ok: true, table, map, ownColumns: roles.ownColumns, layout };
}
