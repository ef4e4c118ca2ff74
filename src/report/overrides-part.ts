/**
 * 人工调整记录 — the decision record in the check report: every entry of the workbook's 变更记录
 * sheet (subject, from → to, rule, reason, when and by whom, and how it stands), the ties the
 * overrides decided, and the record's problems (stale, changed, unreadable rows). Empty without
 * a record.
 */
import type { Content, TableCell } from "pdfmake/interfaces";
import { recordStatus } from "../engine/record/decided";
import type { Evaluation } from "../engine/check/evaluate";
import { format } from "../messages";
import type { Lang } from "../engine/types";
import { ERROR_FILL, ERROR_TEXT, GRID, WARNING_FILL, WARNING_TEXT } from "./style";

/** Fill of an entry in force: the board's mark is on these. */
const APPLIED_FILL = "#DDEBF7";

/** The overrides section's content (nothing when the evaluation has no decision record). */
export function overridesPart(ev: Evaluation, lang: Lang): Content[] {
  const d = ev.decisions;
  if (!d) return [];
  const out: Content[] = [
    { text: format("record.report.heading", lang), style: "h3", marginTop: 8 },
    { text: format("record.report.intro", lang), style: "note", marginTop: 0, marginBottom: 4 },
  ];
  if (d.record.length > 0) {
    const header = (["report.col.no", "record.report.col.subject", "record.report.col.change", "record.report.col.rule", "record.report.col.reason", "record.report.col.when", "record.report.col.status"] as const).map(
      (k): TableCell => ({ text: format(k, lang), style: "th" }),
    );
    const body: TableCell[][] = [header];
    d.record.forEach((o, i) => {
      const status = recordStatus(d, o);
      const bad = status === "invalid" || status === "stale";
      body.push([
        { text: String(i + 1), alignment: "center" },
        { text: o.group ? `${format("group.prefix", lang, { group: o.group })}${o.subject}` : o.subject },
        { text: format("record.report.change", lang, { field: format(`override.field.${o.field}`, lang), from: o.from || "—", to: o.to || "—" }), bold: status === "applied" },
        { text: o.rule ? format(`overrideRule.${o.rule}`, lang) : "" },
        { text: o.reason || "—" },
        { stack: [{ text: o.at, style: "cells" }, ...(o.by ? [{ text: o.by }] : [])] },
        {
          text: `${status === "applied" ? "※ " : ""}${format(`record.status.${status}`, lang)}`,
          alignment: "center",
          ...(status === "applied" ? { fillColor: APPLIED_FILL, bold: true } : bad ? { fillColor: ERROR_FILL, color: ERROR_TEXT } : {}),
        },
      ]);
    });
    out.push({ table: { headerRows: 1, dontBreakRows: true, widths: [20, 90, 100, 60, "*", 90, 60], body }, layout: GRID });
  }
  if (d.decidedTies.length > 0) {
    out.push({ text: format("record.report.decidedTies", lang), style: "note", bold: true });
    out.push({ ul: d.decidedTies.map((v) => ({ text: v.message, style: "note", marginTop: 0 })) });
  }
  if (d.problems.length > 0) {
    out.push({ text: format("record.report.problems", lang), style: "note", bold: true });
    out.push({
      ul: d.problems.map((p) => ({
        text: `${p.severity === "error" ? "×" : "!"} ${p.message}`,
        style: "note",
        marginTop: 0,
        color: p.severity === "error" ? ERROR_TEXT : WARNING_TEXT,
        background: p.severity === "error" ? ERROR_FILL : WARNING_FILL,
      })),
    });
  }
  return out;
}
