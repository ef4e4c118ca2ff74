/**
 * The 更正读取方式 form of the 版式识别 card, as plain data: the header row typed, a column letter
 * per role (name, group, score, tier, veto; "" = automatic) and the group rows (auto / yes / no),
 * to and from the reading options a host reads with. Pure, so it is tested without a browser.
 */
import { columnIndex, columnLetter } from "../workbook/layout/vocabulary";
import type { LayoutOptions, LayoutRole } from "../workbook/layout/types";

/** The roles the form offers, in order. */
export const FORM_ROLES = ["name", "group", "score", "tier", "veto"] as const satisfies readonly LayoutRole[];
export type FormRole = (typeof FORM_ROLES)[number];

export type GroupRowsChoice = "auto" | "yes" | "no";

export interface LayoutForm {
  /** The header row as typed ("" = automatic). */
  headerRow: string;
  /** Column letter per role ("" = automatic), or a header text remembered from the command line. */
  columns: Record<FormRole, string>;
  groupRows: GroupRowsChoice;
}

/** One column a role can be given: its letter and what the pane shows ("C · 姓名"). */
export interface ColumnChoice {
  letter: string;
  header: string;
}

/**
 * The columns to choose from: every column with a header text; when the header has none (no
 * header was found), every column up to the sheet's width by its letter.
 * @example columnChoices(["序号", "单位", "", "总分"]) // [{ letter: "A", header: "序号" }, { letter: "B", header: "单位" }, { letter: "D", header: "总分" }]
 */
export function columnChoices(headers: readonly string[]): ColumnChoice[] {
  const named = headers.flatMap((h, c) => (h.trim() !== "" ? [{ letter: columnLetter(c), header: h }] : []));
  return named.length > 0 ? named : headers.map((_, c) => ({ letter: columnLetter(c), header: "" }));
}

/**
 * The form for the options a reading used. A column named by its header text (`--columns
 * score=复核得分`) is shown by its letter when the header has it.
 * @example formFromOptions({ headerRow: 3, columns: { score: "复核得分" } }, ["单位", "初评得分", "复核得分"]).columns.score // "C"
 */
export function formFromOptions(options: LayoutOptions | undefined, headers: readonly string[]): LayoutForm {
  const columns = Object.fromEntries(FORM_ROLES.map((r) => [r, ""])) as Record<FormRole, string>;
  for (const role of FORM_ROLES) {
    const v = options?.columns?.[role]?.trim();
    if (!v) continue;
    const byText = headers.findIndex((h) => h.trim() === v);
    columns[role] = columnIndex(v) !== null ? v.toUpperCase() : byText >= 0 ? columnLetter(byText) : v;
  }
  return {
    headerRow: options?.headerRow === undefined ? "" : String(options.headerRow),
    columns,
    groupRows: options?.groupRows === undefined ? "auto" : options.groupRows ? "yes" : "no",
  };
}

/**
 * The reading options of a form, or `headerRow` false when the header row typed is not a row number.
 * Options left automatic are absent, so all-automatic is `{}` (and remembering it forgets).
 * @example optionsFromForm({ headerRow: "3", columns: { name: "", group: "B", score: "", tier: "", veto: "" }, groupRows: "no" })
 * // { ok: true, options: { headerRow: 3, columns: { group: "B" }, groupRows: false } }
 */
export function optionsFromForm(form: LayoutForm): { ok: true; options: LayoutOptions } | { ok: false; headerRow: false } {
  const options: LayoutOptions = {};
  const row = form.headerRow.normalize("NFKC").trim();
  if (row !== "") {
    if (!/^\d+$/.test(row) || Number(row) < 1) return { ok: false, headerRow: false };
    options.headerRow = Number(row);
  }
  const columns: Partial<Record<LayoutRole, string>> = {};
  for (const role of FORM_ROLES) if (form.columns[role] !== "") columns[role] = form.columns[role];
  if (Object.keys(columns).length > 0) options.columns = columns;
  if (form.groupRows !== "auto") options.groupRows = form.groupRows === "yes";
  return { ok: true, options };
}
