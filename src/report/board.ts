/**
 * 晾晒表 — the board part: units by group and rank with score, tier and light (fill + symbol +
 * word), and the rank change against a previous period when one is given.
 */
import type { Content, TableCell } from "pdfmake/interfaces";
import { compare, periodResults, rankChangeSymbol, type PeriodResult } from "../engine/compare";
import type { Evaluation } from "../engine/evaluate";
import { format, type MessageKey } from "../engine/messages";
import { boardRows, type BoardRow } from "../engine/outputs";
import { OVERRIDE_MARK } from "../engine/decided";
import type { Lang } from "../engine/types";
import { scoreText } from "./format";
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

/** The board part's content. */
export function boardPart(ev: Evaluation, lang: Lang, previous?: Evaluation, previousLabel?: string): Content[] {
  const rows = boardRows(ev, lang);
  const hasLights = ev.scheme.lights !== undefined;
  const changes = previous ? rankChanges(rows, previous, lang) : null;
  const decimals = ev.scheme.scoring.decimals;
  const keys: MessageKey[] = ["board.group", "board.rank", "board.name", "board.score", "board.tier", ...(hasLights ? (["board.light"] as const) : [])];
  const header: TableCell[] = [...keys.map((k) => format(k, lang)), ...(changes ? [format("report.change", lang)] : [])].map((text) => ({
    text,
    style: "th",
  }));
  const body: TableCell[][] = [header];
  rows.forEach((r, i) => {
    const row: TableCell[] = [
      { text: r.group || format("report.noGroup", lang) },
      { text: r.rank === null ? "—" : String(r.rank), alignment: "center" },
      { text: r.name },
      { text: scoreText(r.score, decimals), alignment: "right" },
      { text: r.tier, alignment: "center", ...(r.overridden?.tier ? { bold: true } : {}) },
    ];
    if (hasLights) row.push(lightCell(r, lang));
    if (changes) row.push({ text: changes[i] ?? "", alignment: "center" });
    body.push(row);
  });
  if (rows.length === 0) body.push([{ text: format("report.noRows", lang), colSpan: header.length }, ...header.slice(1).map(() => ({ text: "" }))]);
  const widths = ["auto", "auto", "*", "auto", "auto", ...(hasLights ? ["auto"] : []), ...(changes ? ["auto"] : [])];
  const notes: Content[] = [];
  if (hasLights) notes.push({ text: format("report.lightLegend", lang), style: "note" });
  if (changes) notes.push({ text: format("report.previousNote", lang, { period: previousLabel ?? "" }), style: "note" });
  if (rows.some((r) => r.overridden)) notes.push({ text: format("record.report.boardNote", lang), style: "note" });
  return [
    { text: format("report.part.board", lang), style: "h2" },
    { table: { headerRows: 1, dontBreakRows: true, widths, body }, layout: GRID },
    ...notes,
  ];
}

function lightCell(r: BoardRow, lang: Lang): TableCell {
  if (!r.light) return { text: "" };
  const s = LIGHT[r.light];
  const mark = r.overridden?.light ? OVERRIDE_MARK : "";
  return { text: `${s.symbol} ${format(`light.${r.light}`, lang)}${mark}`, fillColor: s.fill, color: s.color, bold: true, alignment: "center" };
}
