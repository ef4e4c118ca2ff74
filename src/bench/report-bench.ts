/**
 * Bench of the PDF report: 500 subjects in 5 groups, all three parts (board, summary, check
 * report), built, fitted to the fonts and rendered in Node. Median of 3 after a warm-up; target
 * under 2 s. Prints the time and the file size.
 */
import { performance } from "node:perf_hooks";
import { evaluate } from "../engine/check/evaluate";
import { buildReport } from "../report/document";
import { fitFonts } from "../report/fonts";
import { loadNodeFonts, pageCount, renderPdf } from "../report/render-node";
import { benchScheme, makeLargeTable } from "./large";

/** `npm run bench`'s report section. */
export async function reportBench(): Promise<void> {
  const scheme = benchScheme;

  const { table, map } = makeLargeTable(500, 5, "2026年第一季度");
  // Every ninth unit typed 优秀 by hand: quotas broken and order inverted, so the check report is long.
  const typed = table.columns[5]!;
  for (let i = 0; i < typed.length; i += 9) typed[i] = "优秀";
  const ev = evaluate(table, map, scheme, "zh-CN");
  const fonts = await loadNodeFonts();
  const once = async () => {
    const doc = buildReport(ev, { parts: ["board", "summary", "check"], title: "500 个单位考核结果", date: "2026-04-08", orientation: "landscape", lang: "zh-CN" });
    const fitted = fitFonts(doc, fonts, "zh-CN");
    return renderPdf(fitted.doc, fonts);
  };
  let pdf = await once(); // warm-up: fonts parsed, code compiled
  const t: number[] = [];
  for (let k = 0; k < 3; k++) {
    const s = performance.now();
    pdf = await once();
    t.push(performance.now() - s);
  }
  const median = t.sort((a, b) => a - b)[1]!;
  console.log(`PDF report, 500 subjects in 5 groups, board + summary + check (median of 3, Node):`);
  console.log(`  build + fonts + render: ${median.toFixed(0)} ms  (target < 2000 ms)`);
  console.log(`  ${pageCount(pdf)} pages, ${(pdf.length / 1024).toFixed(0)} KB, ${ev.check.violations.length} violations listed`);
}
