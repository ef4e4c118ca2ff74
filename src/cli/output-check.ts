/**
 * What `-o` may name, checked before any work so a refused output writes nothing: `report` writes
 * a PDF, so `.pdf`; `apply` and `override` write the input workbook patched, so the input's own
 * kind — `.xlsx`, or `.xlsm` for a macro-enabled input (Excel refuses to open a macro-enabled
 * package under an .xlsx name). The output's folder must exist.
 */
import { basename, extname } from "node:path";
import { format } from "../messages";
import type { Lang } from "../engine/types";
import { isWorkbookError } from "../workbook/errors";
import { checkOutputFolder } from "../workbook/output-file";

/** What a command writes. */
export type OutputKind = "pdf" | "workbook";

/** `x.xlsx` → `x.pdf`: the name the user most likely meant. */
function withExtension(file: string, ext: string): string {
  const old = extname(file);
  return (old ? file.slice(0, -old.length) : file) + ext;
}

/**
 * The message refusing `-o output`, or null when it may be written.
 * @example outputProblem("report", "pdf", "x.xlsx", "in.xlsx", "zh-CN") // "PDF 报告请输出到 .pdf 文件：…"
 * @example outputProblem("apply", "workbook", "out.xlsx", "in.xlsx", "zh-CN") // null
 */
export function outputProblem(command: string, kind: OutputKind, output: string, input: string, lang: Lang): string | null {
  try {
    checkOutputFolder(output, lang);
  } catch (e) {
    if (isWorkbookError(e)) return e.message;
    throw e;
  }
  const ext = extname(output).toLowerCase();
  if (kind === "pdf") return ext === ".pdf" ? null : format("cli.output.pdfOnly", lang, { path: output, suggest: withExtension(output, ".pdf") });
  const wanted = extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  if (ext === wanted) return null;
  return format(ext === ".pdf" ? "cli.output.workbookNotPdf" : "cli.output.workbookOnly", lang, { command, path: output, ext: wanted, suggest: withExtension(output, wanted), input: basename(input) });
}
