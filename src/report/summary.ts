/**
 * 考核结果汇总 — the results summary part: per group, the computed count of each tier against its
 * limit, and the places the forced bottom requires.
 */
import type { Content, TableCell } from "pdfmake/interfaces";
import type { Evaluation } from "../engine/check/evaluate";
import { format } from "../messages";
import { tierLabel } from "../engine/scheme/scheme";
import type { Lang } from "../engine/types";
import { ERROR_FILL, ERROR_TEXT, GRID } from "./style";

/** A "count / limit" cell; over the limit it says by how much, in words and with a fill. */
export function countCell(count: number, limit: number | null | undefined, lang: Lang): TableCell {
  if (limit === null || limit === undefined) return { text: String(count), alignment: "center" };
  if (count <= limit) return { text: format("report.countOfLimit", lang, { count, limit }), alignment: "center" };
  return { text: format("report.over", lang, { count, limit, over: count - limit }), alignment: "center", bold: true, fillColor: ERROR_FILL, color: ERROR_TEXT };
}

/** Header cells: group, subjects, one per tier (and forced bottom when `bottom`). */
export function countsHeader(ev: Evaluation, lang: Lang, bottom: boolean): TableCell[] {
  return [
    format("board.group", lang),
    format("report.n", lang),
    ...ev.scheme.tiers.map((_, t) => tierLabel(ev.scheme, t, lang)),
    ...(bottom ? [format("report.forcedBottom", lang)] : []),
  ].map((text) => ({ text, style: "th" }));
}

/** Column widths of a counts table: the group as wide as it needs, the counts alike. */
export function countWidths(ev: Evaluation, bottom: boolean): (string | number)[] {
  return ["auto", 56, ...ev.scheme.tiers.map(() => 72), ...(bottom ? [80] : [])];
}

/** The summary part's content. */
export function summaryPart(ev: Evaluation, lang: Lang): Content[] {
  // With a decision record, the tiers in force (decided.ts); the overrides are listed in the check report.
  const groups = ev.decisions?.groups ?? ev.assessment.groups;
  const bottom = ev.scheme.forcedBottom !== undefined;
  const body: TableCell[][] = [countsHeader(ev, lang, bottom)];
  for (const g of groups) {
    body.push([
      { text: g.group || format("report.noGroup", lang) },
      { text: String(g.n), alignment: "center" },
      ...g.counts.map((c, t) => countCell(c, g.limits[t], lang)),
      ...(bottom ? [{ text: g.forcedBottom === null ? "—" : String(g.forcedBottom), alignment: "center" } as TableCell] : []),
    ]);
  }
  if (groups.length > 1) {
    const sum = (f: (g: (typeof groups)[number]) => number) => groups.reduce((a, g) => a + f(g), 0);
    body.push([
      { text: format("report.total", lang), bold: true },
      { text: String(sum((g) => g.n)), alignment: "center", bold: true },
      ...ev.scheme.tiers.map((_, t) => ({ text: String(sum((g) => g.counts[t] ?? 0)), alignment: "center", bold: true }) as TableCell),
      ...(bottom ? [{ text: String(sum((g) => g.forcedBottom ?? 0)), alignment: "center", bold: true } as TableCell] : []),
    ]);
  }
  return [
    { text: format("report.part.summary", lang), style: "h2" },
    { table: { headerRows: 1, dontBreakRows: true, widths: countWidths(ev, bottom), body }, layout: GRID },
    { text: format("report.summaryNote", lang), style: "note" },
    ...(ev.decisions?.applied.length ? [{ text: format("record.report.summaryNote", lang, { count: ev.decisions.applied.length }), style: "note" }] : []),
  ];
}
