/**
 * The layout report in words: a few lines for `assess check` and the pane, each assumption's
 * message, and the `--columns` option read into roles.
 */
import { format, type MessageKey } from "../../messages";
import type { Lang } from "../../engine/types";
import type { Layout, LayoutNote, LayoutOptions, LayoutRole } from "./types";

/** The message of a layout note in a language. */
export function layoutNoteMessage(note: LayoutNote, lang: Lang): string {
  return format(note.key as MessageKey, lang, note.params);
}

const MAX_ROWS = 12;

/** "5, 9–11, 30" from sorted row numbers, at most a few shown. */
function rowList(rows: readonly number[], lang: Lang): string {
  const shown = rows.slice(0, MAX_ROWS).join(", ");
  return rows.length > MAX_ROWS ? `${shown} ${format("cli.more", lang, { n: rows.length - MAX_ROWS })}` : shown;
}

/**
 * The layout in a few lines: sheet, header rows, data rows; each role's column; where groups come
 * from; rows left out and pending with their reasons; hidden rows; the assumptions.
 * @example layoutLines(layout, "zh-CN")[0] // "版式：工作表“考核结果”，表头第 3 行，数据第 4–28 行（25 行）"
 */
export function layoutLines(layout: Layout, lang: Lang): string[] {
  const sep = lang === "en-US" ? ", " : "，";
  const lines = [
    format("layout.heading", lang, { sheet: layout.sheet, headerRows: layout.headerRows.join("–"), first: layout.dataRows.first, last: layout.dataRows.last, count: layout.dataRows.count }),
    format("layout.columns", lang, {
      columns: layout.columns.map((c) => `${format("layout.roleName", lang, { role: c.role })} ${c.column}（${c.header}）`).join(sep),
    }),
  ];
  if (layout.groups.from === "column") lines.push(format("layout.groupsColumn", lang, { column: layout.groups.column ?? "" }));
  else if (layout.groups.from === "labels") lines.push(format("layout.groupsLabels", lang, { labels: layout.groups.labels.map((l) => `${l.row}“${l.group}”(${l.found})`).join(sep) }));
  else lines.push(format("layout.groupsNone", lang));
  const left = layout.leftOut.filter((l) => l.reason !== "groupLabel" || layout.groups.from !== "labels");
  if (left.length > 0) {
    const byReason = new Map<string, number[]>();
    for (const l of left) byReason.set(l.reason, [...(byReason.get(l.reason) ?? []), l.row]);
    lines.push(format("layout.leftOut", lang, { rows: [...byReason].map(([reason, rows]) => `${format("layout.reason", lang, { reason })} ${rowList(rows, lang)}`).join(sep) }));
  }
  if (layout.pending.length > 0)
    lines.push(format("layout.pending", lang, { rows: layout.pending.slice(0, MAX_ROWS).map((p) => `${p.row} ${p.subject}（${p.reason}）`).join(sep) }));
  if (layout.merges === "unavailable") lines.push(format("layout.mergesUnavailable", lang));
  for (const n of layout.notes) lines.push(format("layout.note", lang, { code: n.code, message: layoutNoteMessage(n, lang) }));
  return lines;
}

const ROLE_WORDS: Record<string, LayoutRole> = {
  name: "name", subject: "name", 对象: "name", 单位: "unit", unit: "unit", group: "group", 类别: "group", score: "score", 得分: "score", 总分: "score",
  tier: "tier", 等次: "tier", veto: "veto", 否决: "veto", remarks: "remarks", 备注: "remarks", regular: "regular", annual: "annual",
  deduction: "deduction", linked: "linked", team: "team", groupoutcome: "groupOutcome",
};

/**
 * Read `--columns name=C,group=B,score=G` (letters or header texts; ，and ＝ accepted), or null when
 * a part is not role=column.
 * @example parseColumnsOption("name=C,group=类别") // { name: "C", group: "类别" }
 */
export function parseColumnsOption(text: string): LayoutOptions["columns"] | null {
  const out: Partial<Record<LayoutRole, string>> = {};
  for (const part of text.normalize("NFKC").split(/[,，;；]/)) {
    if (part.trim() === "") continue;
    const m = /^\s*([^=:]+?)\s*[=:]\s*(.+?)\s*$/.exec(part);
    const role = m ? ROLE_WORDS[(m[1] as string).toLowerCase()] : undefined;
    if (!m || !role) return null;
    out[role] = m[2] as string;
  }
  return out;
}
