/**
 * The 指标责任人 sheet (Indicator owners): who answers for each indicator, as two columns
 * 指标 | 责任人 under an optional header row, for 实绩到人 (engine/analysis/attribution.ts). Pure: the hosts
 * hand over the sheets' cells.
 */
import { normalizeText } from "../engine/input/labels";
import { format } from "../messages";
import { parseOwners, type IndicatorNames, type Owners, type OwnersProblem } from "../engine/analysis/attribution";
import { cellText, isBlank } from "../engine/input/cells";
import type { CellValue, Lang } from "../engine/types";

/** The names the owners sheet may have (指标责任人 / Indicator owners; full-width and case folded). */
export const OWNERS_SHEET_NAMES: readonly string[] = (["zh-CN", "en-US"] as const).map((l) => format("owners.sheet", l));

/**
 * The owners sheet among a workbook's sheets, or null.
 * @example findOwnersSheet([{ name: "考核表", grid }, { name: "指标责任人", grid: g }])?.name // "指标责任人"
 */
export function findOwnersSheet<S extends { name: string }>(sheets: readonly S[]): S | null {
  const names = OWNERS_SHEET_NAMES.map(normalizeText);
  return sheets.find((s) => names.includes(normalizeText(s.name))) ?? null;
}

/**
 * The owners in a sheet's cells (`grid[row - 1][col]`). The first row holding anything is a header
 * unless its first cell already names an indicator; rows that cannot be used come back as
 * problems with their cells.
 * @example readOwnersGrid([["指标", "责任人"], ["党的建设", "市委组织部"]], "指标责任人", scheme.scoring.indicators, "zh-CN").owners // { party: ["市委组织部"] }
 */
export function readOwnersGrid(
  grid: readonly (readonly CellValue[])[],
  sheet: string,
  indicators: readonly IndicatorNames[],
  lang: Lang,
): { owners: Owners; problems: OwnersProblem[] } {
  const first = grid.findIndex((row) => row.some((v) => !isBlank(v)));
  if (first < 0) return { owners: {}, problems: [] };
  const names = new Set(indicators.flatMap((i) => [i.id, i.label, i.column]).flatMap((n) => (n ? [normalizeText(n)] : [])));
  const header = !names.has(normalizeText(cellText(grid[first]![0] ?? null)));
  const start = header ? first + 1 : first;
  return parseOwners(grid.slice(start), indicators, lang, { sheet, firstRow: start + 1 });
}
