/**
 * The PDF report as a pdfmake document definition: title block, the chosen parts (晾晒表, 考核结果汇总,
 * 配额校验报告), page numbers and signature lines. Pure: no Node and no DOM, so the pane, the
 * standalone page and the CLI build the same document and only the rendering differs.
 */
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { Evaluation } from "../engine/check/evaluate";
import { format } from "../messages";
import type { Lang } from "../engine/types";
import { boardPart } from "./board";
import { checkPart } from "./check-report";
import { dateText } from "./format";
import { FAMILY } from "./style";
import { summaryPart } from "./summary";

/** The parts a report can hold, in the order they are printed. */
export const REPORT_PARTS = ["board", "summary", "check"] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];

export interface ReportOptions {
  /** Which parts to print; printed in the order of {@link REPORT_PARTS} whatever the order given. */
  parts: readonly ReportPart[];
  title: string;
  /** 发文单位 — the issuing unit. */
  issuer?: string;
  /** 考核期间 — e.g. 2026年第一季度. */
  period?: string;
  /** Date printed under the title, YYYY-MM-DD (printed 2026年4月8日 in Chinese). */
  date: string;
  orientation: "landscape" | "portrait";
  lang: Lang;
  /** The previous period's evaluation: the board then shows the rank change. */
  previous?: Evaluation;
  /** How the previous period is named in the board's note (its period or sheet). */
  previousLabel?: string;
}

/**
 * Whether a string names a report part.
 * @example isReportPart("board") // true
 */
export function isReportPart(s: string): s is ReportPart {
  return (REPORT_PARTS as readonly string[]).includes(s);
}

/**
 * Build the report's document definition.
 * @example
 * const doc = buildReport(ev, { parts: ["board", "check"], title: "九原区2026年第一季度通报考核结果",
 *   date: "2026-04-08", orientation: "landscape", lang: "zh-CN" });
 */
export function buildReport(ev: Evaluation, opts: ReportOptions): TDocumentDefinitions {
  const { lang } = opts;
  const meta = [
    opts.issuer ? format("report.issuer", lang, { value: opts.issuer }) : "",
    opts.period ? format("report.period", lang, { value: opts.period }) : "",
    format("report.scheme", lang, { value: lang === "en-US" ? ev.scheme.name.en : ev.scheme.name.zh }),
    format("report.date", lang, { value: dateText(opts.date, lang) }),
  ].filter((s) => s !== "");
  const content: Content[] = [
    { text: opts.title, style: "title" },
    { text: meta.join(format("report.metaSep", lang)), style: "meta" },
  ];
  const parts = REPORT_PARTS.filter((p) => opts.parts.includes(p));
  parts.forEach((part, i) => {
    const body =
      part === "board" ? boardPart(ev, lang, opts.previous, opts.previousLabel, opts.orientation) : part === "summary" ? summaryPart(ev, lang) : checkPart(ev, lang);
    // Each part follows the one before on the same page; the summary (a few rows) is kept in one
    // piece, so it moves to the next page only when it does not fit under the board.
    content.push(i === 0 ? { stack: body } : part === "summary" ? { stack: body, marginTop: 14, unbreakable: true } : { stack: body, marginTop: 14 });
  });
  content.push(signatures(lang));
  return {
    pageSize: "A4",
    pageOrientation: opts.orientation,
    pageMargins: [40, 40, 40, 44],
    info: { title: opts.title, creator: "Assess 考核助手", producer: "Assess 考核助手 (pdfmake)" },
    defaultStyle: { font: FAMILY, fontSize: 9, lineHeight: 1 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: "center", marginBottom: 4 },
      meta: { fontSize: 9, alignment: "center", color: "#333333", marginBottom: 10 },
      h2: { fontSize: 12, bold: true, marginTop: 4, marginBottom: 6 },
      h3: { fontSize: 10, bold: true, marginTop: 4, marginBottom: 4 },
      th: { bold: true, fillColor: "#EDEDED", alignment: "center" },
      groupRow: { bold: true, fillColor: "#F5F5F5", marginTop: 1 },
      note: { fontSize: 8, color: "#444444", marginTop: 4 },
      verdict: { fontSize: 10, marginBottom: 6 },
      code: { fontSize: 7, color: "#666666" },
      cells: { fontSize: 8 },
      signature: { fontSize: 10 },
    },
    footer: (current: number, total: number) => ({
      text: format("report.page", lang, { page: current, pages: total }),
      alignment: "center",
      fontSize: 8,
      marginTop: 14,
    }),
    content,
  };
}

/** 制表人 / 审核人 lines at the end, kept together on one page. */
function signatures(lang: Lang): Content {
  const line = "＿＿＿＿＿＿＿＿＿＿";
  return {
    unbreakable: true,
    marginTop: 28,
    columns: [
      { text: format("report.preparer", lang) + line, style: "signature" },
      { text: format("report.reviewer", lang) + line, style: "signature" },
    ],
  };
}
