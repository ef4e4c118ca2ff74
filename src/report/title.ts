/**
 * The report's title and period, by one rule for the CLI's `assess report` and the pane's 导出 PDF:
 * the workbook's own title (the first text above the table's header — its merged title row), else
 * "方案（工作表）"; the period is the sheet's name unless it is a default name like Sheet1.
 */
import { format } from "../messages";
import type { Lang } from "../engine/types";

/** A cell's text: a string, or a rich text's runs joined; anything else is no text. */
function cellText(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (v && typeof v === "object" && "richText" in v) {
    const runs = (v as { richText?: { text?: string }[] }).richText ?? [];
    return runs.map((x) => x.text ?? "").join("").trim();
  }
  return "";
}

/**
 * The first text in the rows above the header (each row its cells' values).
 * @example titleAbove([[null, "九原区2026年第一季度考核"]]) // "九原区2026年第一季度考核"
 */
export function titleAbove(rowsAbove: readonly (readonly unknown[] | unknown)[]): string | undefined {
  for (const row of rowsAbove) {
    for (const v of Array.isArray(row) ? row : []) {
      const text = cellText(v);
      if (text) return text;
    }
  }
  return undefined;
}

/**
 * The sheet name as the period (2026年第一季度), unless it is a default name like Sheet1.
 * @example periodOf("Sheet1") // undefined
 */
export function periodOf(sheet: string): string | undefined {
  return /^(sheet|工作表)\s*\d*$/i.test(sheet.trim()) ? undefined : sheet;
}

/**
 * The report's title: the workbook's own, else the scheme's name with the sheet's.
 * @example reportTitle([], "九原区登记式考核", "2026年第一季度", "zh-CN") // "九原区登记式考核（2026年第一季度）"
 */
export function reportTitle(rowsAbove: readonly (readonly unknown[] | unknown)[], schemeName: string, sheet: string, lang: Lang): string {
  return titleAbove(rowsAbove) ?? format("report.title", lang, { scheme: schemeName, sheet });
}
