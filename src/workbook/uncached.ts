/**
 * Formulas saved without their result (公式没有计算结果): a workbook written by a program (openpyxl,
 * some export tools) keeps the formula but no cached value, so the reader sees a blank cell. A
 * problem on such a cell says so — recalculate and save in Excel — instead of "missing", naming
 * the cell and the field. Pure: the reader lists the cells (`SheetGrid.uncached`).
 */
import type { Evaluation } from "../engine/check/evaluate";
import { fieldName } from "../engine/check/field-name";
import { format } from "../messages";
import type { Lang } from "../engine/types";

/** "'2026年第一季度'!D5" → "D5". */
function local(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/**
 * The evaluation with each MISSING_VALUE on a formula cell without a cached value told as such.
 * @example explainUncached(ev, ["D5"], "zh-CN").check.violations[0].message
 * // "'2026年第一季度'!D5 是公式，但文件中没有它的计算结果（指标“招商引资”）：请在 Excel 中重新计算并保存后再试"
 */
export function explainUncached(ev: Evaluation, uncached: readonly string[], lang: Lang): Evaluation {
  if (uncached.length === 0) return ev;
  const cells = new Set(uncached);
  const fieldOf = new Map(ev.read.problems.map((p) => [p.cell, p.field]));
  let changed = false;
  const violations = ev.check.violations.map((v) => {
    const cell = v.cells[0];
    if (v.code !== "MISSING_VALUE" || v.cells.length !== 1 || cell === undefined || !cells.has(local(cell))) return v;
    changed = true;
    const field = fieldOf.get(cell) ?? (cell === ev.read.cellOf(ev.read.subjects.findIndex((s) => s.name === v.subjects[0]), "tier") ? "tier" : undefined);
    return { ...v, message: format("cell.uncachedFormula", lang, { cell, field: field === undefined ? "" : fieldName(field, ev.scheme, lang) }) };
  });
  return changed ? { ...ev, check: { ...ev.check, violations } } : ev;
}
