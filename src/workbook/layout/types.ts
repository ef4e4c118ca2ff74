/**
 * The layout report (版式说明): what the interpretation read from a sheet — the header rows, each
 * role's column, where groups come from, the data rows, the rows left out or pending and every
 * assumption — so a person can see it and correct it with an option.
 */
import type { ColumnMap, Table } from "../../engine/types";
import type { WorkbookErrorCode } from "../errors";

/** The roles a person can set with `--columns` (the engine's roles plus the unit beside a name). */
export type LayoutRole = "name" | "group" | "score" | "tier" | "veto" | "unit" | "remarks" | "regular" | "annual" | "deduction" | "linked" | "team" | "groupOutcome";

/** Options that decide a reading (CLI `--header-row`, `--columns`, `--group-rows`; the pane; the 考核方案 sheet). */
export interface LayoutOptions {
  /** 1-based sheet row of the (first) header row. */
  headerRow?: number;
  /** Role → column letter ("C") or header text ("姓名"). */
  columns?: Partial<Record<LayoutRole, string>>;
  /** Groups from label rows (一、区直部门…): true forces, false never, absent decides. */
  groupRows?: boolean;
}

/** One role's column as read. */
export interface LayoutColumn {
  role: LayoutRole;
  /** Column letter ("C"). */
  column: string;
  /** 0-based column index. */
  index: number;
  header: string;
}

/** Why a row is not a subject. */
export type LeftOutReason = "blank" | "title" | "groupLabel" | "summary" | "note" | "repeatedHeader" | "noSubject";

export interface LeftOutRow {
  /** 1-based sheet row. */
  row: number;
  reason: LeftOutReason;
  /** The row's first text (for the report). */
  text: string;
}

/** A subject that does not take part (不参加考核 …): not counted, no missing-score problem. */
export interface PendingRow {
  row: number;
  subject: string;
  reason: string;
}

/** A group label row and how many subjects followed it. */
export interface GroupLabelRow {
  row: number;
  text: string;
  group: string;
  /** The count the label announces (“（32个）”), when it does. */
  count?: number;
  /** Subject rows (pending included) up to the next label. */
  found: number;
}

/** What a reading rests on, and what else it could have been (LAYOUT_ASSUMPTION), or a count that disagrees. */
export interface LayoutNote {
  code: "LAYOUT_ASSUMPTION" | "GROUP_COUNT_MISMATCH";
  /** Catalogue key of the message (messages/layout.ts). */
  key: string;
  params: Record<string, string | number>;
}

/** The layout report. */
export interface Layout {
  sheet: string;
  /** 1-based sheet rows of the header (one to three). */
  headerRows: number[];
  columns: LayoutColumn[];
  /** Points a parent header gives its sub-columns ("党建工作(30分)"), by column name. */
  points: Record<string, number>;
  groups: { from: "column" | "labels" | "none"; column?: string; labels: GroupLabelRow[] };
  /** 1-based first and last subject row, and how many subject rows (pending included). */
  dataRows: { first: number; last: number; count: number };
  leftOut: LeftOutRow[];
  pending: PendingRow[];
  /** Subject rows that are hidden in the sheet (still subjects). */
  hiddenRows: number[];
  /** Whether merged ranges were read ("unavailable": the host could not give them). */
  merges: "read" | "unavailable";
  notes: LayoutNote[];
}

/** What the interpretation of one sheet gives. */
export type Interpretation =
  | { ok: true; table: Table; map: ColumnMap; ownColumns: Record<string, number>; layout: Layout }
  | {
      ok: false;
      error: WorkbookErrorCode;
      /** 1-based row of the header, when one was found. */
      headerRow?: number;
      /** What the message names (candidates, option). */
      params?: Record<string, string | number>;
      /** The header's texts by column, when a header was found (for a person to choose columns). */
      headers?: string[];
    };
