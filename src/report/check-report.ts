/**
 * 配额校验报告 — the check report part: the verdict, the typed tiers per group against their
 * limits, and each violation with its severity, message, cells and proposed fix.
 */
import type { Content, TableCell } from "pdfmake/interfaces";
import type { Evaluation } from "../engine/check/evaluate";
import { format } from "../messages";
import type { Lang, Violation } from "../engine/types";
import { sep } from "./format";
import { ERROR_FILL, ERROR_TEXT, GRID, WARNING_FILL, WARNING_TEXT } from "./style";
import { countCell, countsHeader, countWidths } from "./summary";
import { overridesPart } from "./overrides-part";

/**
 * The check report part's content. Errors first, then warnings, each in the engine's order; then
 * the decision record (人工调整记录) when the workbook has one.
 */
export function checkPart(ev: Evaluation, lang: Lang): Content[] {
  const all = ev.check.violations;
  const errors = all.filter((v) => v.severity === "error");
  const warnings = all.filter((v) => v.severity === "warning");
  const out: Content[] = [
    { text: format("report.part.check", lang), style: "h2" },
    {
      text: all.length === 0 ? format("report.verdictClean", lang) : format("report.verdict", lang, { errors: errors.length, warnings: warnings.length }),
      style: "verdict",
    },
  ];
  if (ev.check.typed) {
    const body: TableCell[][] = [countsHeader(ev, lang, false)];
    for (const g of ev.check.groups)
      body.push([{ text: g.group || format("report.noGroup", lang) }, { text: String(g.n), alignment: "center" }, ...g.counts.map((c, t) => countCell(c, g.limits[t], lang))]);
    out.push({ text: format("report.typedCounts", lang), style: "h3" });
    out.push({ table: { headerRows: 1, dontBreakRows: true, widths: countWidths(ev, false), body }, layout: GRID, marginBottom: 8 });
  }
  if (all.length === 0) return [...out, ...overridesPart(ev, lang)];
  const header = (["report.col.no", "report.col.severity", "board.group", "report.col.message", "report.col.cells", "report.col.fix"] as const).map(
    (k): TableCell => ({ text: format(k, lang), style: "th" }),
  );
  const sheets = new Set(all.flatMap((v) => v.cells.map(sheetOf)));
  const [only] = sheets;
  const strip = sheets.size === 1 && only !== undefined && only !== "";
  const body: TableCell[][] = [header, ...[...errors, ...warnings].map((v, i) => violationRow(v, i + 1, lang, strip))];
  if (strip) out.push({ text: format("report.cellsOnSheet", lang, { sheet: only }), style: "note", marginTop: 0, marginBottom: 4 });
  out.push({ table: { headerRows: 1, dontBreakRows: true, widths: [20, 42, 64, "*", 110, "*"], body }, layout: GRID });
  out.push(...overridesPart(ev, lang));
  return out;
}

function violationRow(v: Violation, no: number, lang: Lang, strip: boolean): TableCell[] {
  const error = v.severity === "error";
  return [
    { text: String(no), alignment: "center" },
    {
      text: `${error ? "×" : "!"} ${format(`severity.${v.severity}`, lang)}`,
      fillColor: error ? ERROR_FILL : WARNING_FILL,
      color: error ? ERROR_TEXT : WARNING_TEXT,
      bold: true,
      alignment: "center",
    },
    { text: v.group || format("report.noGroup", lang) },
    { stack: [{ text: v.message }, { text: v.code, style: "code" }] },
    { text: (strip ? v.cells.map(cellOnly) : v.cells).join(sep(lang)), style: "cells" },
    { text: v.fix?.message ?? "" },
  ];
}

/** `'2026年第一季度'!I27` → `I27`. */
function cellOnly(cell: string): string {
  const i = cell.lastIndexOf("!");
  return i < 0 ? cell : cell.slice(i + 1);
}

/** `'2026年第一季度'!I27` → `2026年第一季度`; "" without a sheet. */
function sheetOf(cell: string): string {
  const i = cell.lastIndexOf("!");
  if (i < 0) return "";
  const s = cell.slice(0, i);
  return s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}
