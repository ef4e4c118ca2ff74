/**
 * 晾晒表 — the board part: units by group and rank with score, tier and light (fill + symbol +
 * word), and the rank change against a previous period when one is given.
 */
import type { Content, TableCell } from "pdfmake/interfaces";
import type { Evaluation } from "../engine/evaluate";
import { format, type MessageKey } from "../engine/messages";
import { boardRows, type BoardRow } from "../engine/outputs";
import type { Lang } from "../engine/types";
import { scoreText } from "./format";
import { GRID, HEADER_FILL, LIGHT } from "./style";

/**
 * The rank change of each board row against a previous evaluation: "▲3", "▼2", "—" (same rank),
 * "新"/"new" (not in the previous period), "" (no rank now). Subjects are matched by group and
 * name, else by name alone (a unit that changed group).
 * @example rankChanges(rows, prev, "zh-CN") // ["▲2", "—", "新", …]
 */
export function rankChanges(rows: readonly BoardRow[], previous: Evaluation, lang: Lang): string[] {
  const byKey = new Map<string, number | null>();
  const byName = new Map<string, number | null>();
  for (const r of boardRows(previous, lang)) {
    byKey.set(`${r.group}\u0000${r.name.trim()}`, r.rank);
    if (!byName.has(r.name.trim())) byName.set(r.name.trim(), r.rank);
  }
  return rows.map((r) => {
    if (r.rank === null) return "";
    const key = `${r.group}\u0000${r.name.trim()}`;
    const before = byKey.has(key) ? byKey.get(key) : byName.get(r.name.trim());
    if (before === undefined || before === null) return format("report.changeNew", lang);
    const d = before - r.rank;
    return d > 0 ? `▲${d}` : d < 0 ? `▼${-d}` : "—";
  });
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
      { text: r.tier, alignment: "center" },
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
  return [
    { text: format("report.part.board", lang), style: "h2" },
    { table: { headerRows: 1, dontBreakRows: true, widths, body }, layout: GRID },
    ...notes,
  ];
}

function lightCell(r: BoardRow, lang: Lang): TableCell {
  if (!r.light) return { text: "" };
  const s = LIGHT[r.light];
  return { text: `${s.symbol} ${format(`light.${r.light}`, lang)}`, fillColor: s.fill, color: s.color, bold: true, alignment: "center" };
}
