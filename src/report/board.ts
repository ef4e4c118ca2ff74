/**
 * 晾晒表 — the board part: units by group and rank with score, tier and light (fill + symbol +
 * word), and the rank change against a previous period when one is given.
 */
import type { Content, TableCell } from "pdfmake/interfaces";
import { compare, periodResults, rankChangeSymbol, type PeriodResult } from "../engine/periods/compare";
import type { Evaluation } from "../engine/check/evaluate";
import { format, type MessageKey } from "../messages";
import { boardRows, type BoardRow } from "../engine/check/outputs";
import { OVERRIDE_MARK } from "../engine/record/decided";
import type { Lang } from "../engine/types";
import { scoreText } from "./format";
import { fitPrefix, textWidth } from "./measure";
import { GRID, LIGHT } from "./style";

/**
 * The board rows as period results (in board order), for {@link compare}: a board row carries no
 * tier index, so `tier` is null — only ranks, lights and scores are compared.
 */
export function boardResults(rows: readonly BoardRow[]): PeriodResult[] {
  return rows.map((r) => ({ name: r.name, group: r.group, rank: r.rank, tier: null, light: r.light, score: r.score }));
}

/**
 * The rank change of each board row against a previous period, by the engine's one rule
 * ({@link compare}: matched by name within the group, else by name alone) shown with
 * {@link rankChangeSymbol}: "▲3", "▼2", "—" (same rank), "新"/"new" (not in the previous period),
 * "转入"/"moved in" (from another group), "" (no rank in one of the two periods).
 * @example rankChanges(rows, prev, "zh-CN") // ["▲2", "—", "新", …]
 */
export function rankChanges(rows: readonly BoardRow[], previous: Evaluation | readonly PeriodResult[], lang: Lang): string[] {
  const before = Array.isArray(previous) ? (previous as readonly PeriodResult[]) : periodResults(previous as Evaluation);
  return compare(before, boardResults(rows)).subjects.map((s) => rankChangeSymbol(s.rankChange, lang));
}

/** Points of a cell's padding on both sides (GRID: 4 + 4) and a little slack. */
const PAD = 10;
/** Font size of the board's cells (the document's default). */
const SIZE = 9;
/** Lines a name may take before it is shortened. */
export const NAME_LINES = 3;

/** Usable width of an A4 page with the report's 40 pt margins. */
export function pageWidth(orientation: "landscape" | "portrait"): number {
  return (orientation === "landscape" ? 842 : 595) - 80;
}

/**
 * A name in its column: wrapped up to {@link NAME_LINES} lines; longer, shortened with … and a
 * mark that points to a note holding the full name (never dropped, never a row taller than a page).
 */
export function fitName(name: string, width: number, mark: string): { text: string; shortened: boolean } {
  // each line loses up to one character's width to wrapping: budget one em less per line
  const room = NAME_LINES * Math.max(width - SIZE, SIZE);
  if (textWidth(name, SIZE) <= room) return { text: name, shortened: false };
  return { text: `${fitPrefix(name, room - textWidth(`…${mark}`, SIZE) - SIZE, SIZE)}…${mark}`, shortened: true };
}

/**
 * The board part's content: a heading row per 类别 (with its count) and under it the rows by rank;
 * every column as wide as its content, the name column taking what is left up to its own need.
 */
export function boardPart(ev: Evaluation, lang: Lang, previous?: Evaluation, previousLabel?: string, orientation: "landscape" | "portrait" = "landscape"): Content[] {
  const rows = boardRows(ev, lang);
  const hasLights = ev.scheme.lights !== undefined;
  const changes = previous ? rankChanges(rows, previous, lang) : null;
  const decimals = ev.scheme.scoring.decimals;
  const keys: MessageKey[] = ["board.rank", "board.name", "board.score", "board.tier", ...(hasLights ? (["board.light"] as const) : [])];
  const heads = [...keys.map((k) => format(k, lang)), ...(changes ? [format("report.change", lang)] : [])];
  const header: TableCell[] = heads.map((text) => ({ text, style: "th" }));
  const cols = heads.length;
  const NAME = 1;

  // The cells' texts first, so the widths come from them.
  const texts = rows.map((r, i) => [
    r.rank === null ? "—" : String(r.rank),
    r.name,
    scoreText(r.score, decimals),
    r.tier,
    ...(hasLights ? [r.light ? `${LIGHT[r.light].symbol} ${format(`light.${r.light}`, lang)}${r.overridden?.light ? OVERRIDE_MARK : ""}` : ""] : []),
    ...(changes ? [changes[i] ?? ""] : []),
  ]);
  const need = heads.map((h, c) => Math.max(textWidth(h, SIZE), ...texts.map((t) => textWidth(t[c] ?? "", SIZE))));
  const others = need.reduce((a, w, c) => (c === NAME ? a : a + w + PAD), 0);
  const available = pageWidth(orientation) - others - PAD;
  const nameWidth = Math.max(textWidth(heads[NAME] ?? "", SIZE), Math.min(need[NAME] ?? 0, available));
  const widths = need.map((w, c) => Math.ceil(c === NAME ? nameWidth : w));

  // One table per 类别, all with the same widths: its header rows are the column header and the
  // group's heading, so a page where a group goes on starts with both, and a heading never stands
  // alone at the foot of a page (keepWithHeaderRows).
  const notes: Content[] = [];
  const tables: Content[] = [];
  const fullNames: string[] = [];
  const groups: { group: string; rows: number[] }[] = [];
  rows.forEach((r, i) => {
    const last = groups[groups.length - 1];
    if (last && last.group === r.group) last.rows.push(i);
    else groups.push({ group: r.group, rows: [i] });
  });
  for (const g of groups) {
    const text = format("report.groupHeading", lang, { group: g.group || format("report.noGroup", lang), n: g.rows.length });
    const body: TableCell[][] = [header, [{ text, colSpan: cols, style: "groupRow" }, ...Array.from({ length: cols - 1 }, () => ({ text: "" }))]];
    for (const i of g.rows) {
      const r = rows[i]!;
      const t = texts[i] ?? [];
      const name = fitName(r.name, nameWidth, format("report.nameMark", lang, { n: fullNames.length + 1 }));
      if (name.shortened) fullNames.push(r.name);
      const row: TableCell[] = [
        { text: t[0] ?? "", alignment: "center" },
        { text: name.text },
        { text: t[2] ?? "", alignment: "right" },
        { text: r.tier, alignment: "center", ...(r.overridden?.tier ? { bold: true } : {}) },
      ];
      if (hasLights) row.push(lightCell(r, lang));
      if (changes) row.push({ text: changes[i] ?? "", alignment: "center" });
      body.push(row);
    }
    tables.push({ table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths, body }, layout: GRID, marginBottom: 6 });
  }
  if (rows.length === 0) tables.push({ table: { headerRows: 1, widths, body: [header, [{ text: format("report.noRows", lang), colSpan: cols }, ...header.slice(1).map(() => ({ text: "" }))]] }, layout: GRID });
  if (hasLights) notes.push({ text: format("report.lightLegend", lang), style: "note" });
  if (changes) notes.push({ text: format("report.previousNote", lang, { period: previousLabel ?? "" }), style: "note" });
  if (rows.some((r) => r.overridden)) notes.push({ text: format("record.report.boardNote", lang), style: "note" });
  fullNames.forEach((name, k) => notes.push({ text: format("report.nameNote", lang, { n: k + 1, name }), style: "note" }));
  return [
    { text: format("report.part.board", lang), style: "h2" },
    ...tables,
    ...notes,
  ];
}

function lightCell(r: BoardRow, lang: Lang): TableCell {
  if (!r.light) return { text: "" };
  const s = LIGHT[r.light];
  const mark = r.overridden?.light ? OVERRIDE_MARK : "";
  return { text: `${s.symbol} ${format(`light.${r.light}`, lang)}${mark}`, fillColor: s.fill, color: s.color, bold: true, alignment: "center" };
}
