/**
 * What the 考核方案 sheet holds, cell by cell, for every host that writes it as a file (the exceljs
 * writer, the package patcher): A1 a label, column A from row 2 the scheme JSON in chunks of at most
 * 30,000 characters, and from column C a summary for reading (tiers with labels, quota and
 * threshold; forced bottom; caps; lights; indicators). Pure.
 */
import { format } from "../messages";
import { parseScheme, type Scheme } from "../engine/scheme/scheme";
import type { Lang } from "../engine/types";
import { LAYOUT_LABEL, SCHEME_CHUNK, chunkText } from "./scheme-sheet";
import type { LayoutOptions } from "./layout/types";

const percent = (x: number) => String(Number((x * 100).toPrecision(12)));

/** A summary cell's value. */
export type SummaryCell = string | number;

export function schemeSummary(s: Scheme, lang: Lang): { lines: [string, SummaryCell][]; tiers: SummaryCell[][]; indicators: SummaryCell[][] } {
  const t = (key: Parameters<typeof format>[0], p: Record<string, unknown> = {}) => format(key, lang, p);
  const label = (id: string) => {
    const tier = s.tiers.find((x) => x.id === id);
    return tier ? (lang === "en-US" ? tier.label.en : tier.label.zh) : id;
  };
  const count = (c: NonNullable<Scheme["lights"]>["green"]) =>
    "count" in c ? t("schemeSheet.count", { count: c.count }) : t("schemeSheet.share", { percent: percent(c.share) });
  const lines: [string, SummaryCell][] = [[t("schemeSheet.name"), lang === "en-US" ? s.name.en : s.name.zh]];
  if (s.source) lines.push([t("schemeSheet.source"), s.source]);
  if (s.forcedBottom) {
    const last = s.tiers[s.tiers.length - 1];
    lines.push([
      t("schemeSheet.forcedBottom"),
      t("schemeSheet.forcedBottomValue", { percent: percent(s.forcedBottom.share), rounding: t(`rounding.${s.forcedBottom.rounding}`), tier: last ? label(last.id) : "" }),
    ]);
  }
  if (s.veto) lines.push([t("schemeSheet.veto"), t("schemeSheet.capValue", { tier: label(s.veto.cap) })]);
  if (s.linked)
    lines.push([
      t("schemeSheet.linked"),
      t("schemeSheet.capValue", { tier: label(s.linked.cap) }) +
        (s.linked.topShare !== undefined ? t("schemeSheet.linkedShare", { percent: percent(s.linked.topShare) }) : ""),
    ]);
  if (s.lights) lines.push([t("schemeSheet.lights"), t("schemeSheet.lightsValue", { green: count(s.lights.green), red: count(s.lights.red) })]);
  if (s.scoring.decimals !== undefined) lines.push([t("schemeSheet.decimals"), s.scoring.decimals]);
  if (s.scoring.deductionMax !== undefined) lines.push([t("schemeSheet.deductionMax"), s.scoring.deductionMax]);

  const tiers: SummaryCell[][] = [[t("schemeSheet.tierLabel"), t("schemeSheet.tierEn"), t("schemeSheet.quota"), t("schemeSheet.threshold")]];
  for (const tier of s.tiers) {
    const q = tier.quota;
    const quota = !q
      ? t("schemeSheet.none")
      : q.places !== undefined
        ? t("schemeSheet.quotaPlaces", { places: q.places })
        : t("schemeSheet.quotaShare", { percent: percent(q.share ?? 0), rounding: t(`rounding.${q.rounding}`), minOne: q.minOne });
    tiers.push([
      lang === "en-US" ? tier.label.en : tier.label.zh,
      lang === "en-US" ? tier.label.zh : tier.label.en,
      quota,
      tier.threshold ?? t("schemeSheet.none"),
    ]);
  }
  const sections = new Map(s.scoring.sections.map((x) => [x.id, x]));
  const indicators: SummaryCell[][] =
    s.scoring.indicators.length === 0
      ? []
      : [
          [t("schemeSheet.indicator"), t("schemeSheet.column"), t("schemeSheet.weight"), t("schemeSheet.section"), t("schemeSheet.kind")],
          ...s.scoring.indicators.map((ind) => {
            const sec = ind.section !== undefined ? sections.get(ind.section) : undefined;
            return [
              ind.label ?? ind.id,
              ind.column,
              ind.weight,
              sec ? `${sec.label} (${sec.weight})` : t("schemeSheet.none"),
              t(`schemeSheet.kind.${ind.kind}`),
            ];
          }),
        ];
  return { lines, tiers, indicators };
}

/** One cell of the 考核方案 sheet: 1-based row, 0-based column. */
export interface SchemeCell {
  row: number;
  col: number;
  value: SummaryCell;
  bold?: boolean;
}

/** Column widths of the 考核方案 sheet from column A. */
const WIDTHS = [24, 3, 18, 22, 28, 12, 12];

/**
 * The cells of the 考核方案 sheet for a scheme as the user wrote it (stored as given; the summary
 * says when it is invalid).
 * @example schemeSheetLayout(presetInput("jiuyuan"), "zh-CN").cells[0] // { row: 1, col: 0, value: "Assess 考核方案 (JSON)", bold: true }
 */
export function schemeSheetLayout(schemeInput: unknown, lang: Lang, layout?: LayoutOptions): { widths: number[]; cells: SchemeCell[] } {
  const cells: SchemeCell[] = [{ row: 1, col: 0, value: format("schemeSheet.jsonLabel", lang), bold: true }];
  const chunks = chunkText(JSON.stringify(schemeInput), SCHEME_CHUNK);
  chunks.forEach((chunk, i) => cells.push({ row: i + 2, col: 0, value: chunk }));
  // The reading options (版式) of the last apply, below the JSON after a blank row, so the next run reads alike.
  if (layout && Object.keys(layout).length > 0) {
    cells.push({ row: chunks.length + 3, col: 0, value: LAYOUT_LABEL, bold: true });
    cells.push({ row: chunks.length + 4, col: 0, value: JSON.stringify(layout) });
  }
  let r = 1;
  const put = (values: SummaryCell[], bold = false) => {
    values.forEach((v, i) => cells.push({ row: r, col: 2 + i, value: v, ...(bold ? { bold } : {}) }));
    r++;
  };
  put([format("schemeSheet.summary", lang)], true);
  put([format("schemeSheet.note", lang)]);
  r++;
  const parsed = parseScheme(schemeInput, lang);
  if (!parsed.ok) {
    put([format("schemeSheet.invalid", lang, { detail: parsed.issues.map((i) => i.message).join("; ") })]);
    return { widths: WIDTHS, cells };
  }
  const { lines, tiers, indicators } = schemeSummary(parsed.scheme, lang);
  for (const [k, v] of lines) put([k, v]);
  r++;
  put([format("schemeSheet.tiers", lang)], true);
  tiers.forEach((row, i) => put(row, i === 0));
  if (indicators.length > 0) {
    r++;
    put([format("schemeSheet.indicators", lang)], true);
    indicators.forEach((row, i) => put(row, i === 0));
  }
  return { widths: WIDTHS, cells };
}
