/**
 * Core data types of the assessment engine. Plain data only: no Office, DOM or Node types.
 * The glossary in DESIGN.md is the dictionary for the names used here.
 */

/** 正向/逆向 — whether a higher or a lower value is better. */
export type Direction = "higher" | "lower";

/** How a quota share becomes a number of places: floor (default), round half up, ceil. */
export type Rounding = "floor" | "round" | "ceil";

/** The languages messages and labels are written in. */
export type Lang = "zh-CN" | "en-US";

/**
 * A raw cell value as a host hands it over, already reduced to plain data.
 * Formula cells arrive as their cached result. Error values arrive as `{ error: "#N/A" }`.
 */
export type CellValue = number | string | boolean | Date | null | undefined | { error: string };

/** 红/黄/绿 — the light a subject gets on the 晾晒表 board. */
export type Light = "green" | "yellow" | "red";

/** Severity of a violation: errors break the rules, warnings need a person to decide. */
export type Severity = "error" | "warning";

/** Codes of problems found in cells. */
export type CellProblemCode = "BAD_CELL" | "MISSING_VALUE";

/**
 * A cell that could not be used, with its address. Never silently read as 0.
 * @example { code: "BAD_CELL", cell: "Sheet1!E7", value: "#N/A", reason: "errorValue" }
 */
export interface CellProblem {
  code: CellProblemCode;
  /** Address like `Sheet1!E7`. */
  cell: string;
  /** The raw value as text, for the message. */
  value: string;
  /** Why the cell is unusable: a key into the message catalogue's reasons. */
  reason: CellReason;
  /** Which field of the subject the cell was meant for (score, regular, an indicator id…). */
  field: string;
  /** The subject's name, when known. */
  subject?: string;
}

export type CellReason =
  | "blank"
  | "errorValue"
  | "notANumber"
  | "boolean"
  | "date"
  | "notFinite"
  | "divideByZero"
  | "notACount"
  | "noVotes";

/** Result of parsing one cell: a number or a problem. */
export type Parsed = { ok: true; value: number } | { ok: false; problem: CellProblem };

/**
 * 考核对象 — one assessed unit or cadre, as the engine sees it after parsing.
 * `score` is the value the subject is ranked on (already combined, deducted and rounded when the
 * scheme computes it); `null` when its cells were unusable: such a subject gets no rank or tier.
 */
export interface Subject {
  /** Name of the unit or cadre (单位/姓名). */
  name: string;
  /** 1-based sheet row of the subject, used for cell addresses. */
  row: number;
  /** 单位 beside a person's name (individuals): messages show it beside the name, 张三（区财政局）. */
  unit?: string;
  /** 类别/赛道 — the group it is ranked within; "" when the table has no group column. */
  group: string;
  score: number | null;
  /** Extra ranking keys (tie-break columns), compared after the score, each already oriented so
   *  that higher is better. */
  tieBreak?: number[];
  /** 一票否决/负面清单: index of the best tier this subject may receive, or undefined. */
  vetoCap?: number;
  /** 连带责任: the subject's team is under linked responsibility. */
  linked?: boolean;
  /** 不确定等次: the subject takes part but receives no tier yet. */
  pending?: boolean;
  /** The group's own outcome, for quotas that depend on it (事业单位: the unit's own rating). */
  groupOutcome?: GroupOutcome;
  /** 班子等次 — the team's own rating, as a tier label already normalised (for 先进单位). */
  teamExcellent?: boolean;
  /** Previous years' tier indexes, oldest first (for consecutive first-tier flags). */
  history?: (number | null)[];
}

/** 单位自身的考核结果 — what the 20/25/15% rule looks at. */
export type GroupOutcome = "excellent" | "penalised" | "normal";

/**
 * A table of subjects as a host reads it from a sheet, column by column: plain data, no host
 * objects. Data row i is subject i throughout: `rows[i]` is its 1-based sheet row and
 * `columns[c][i]` its cell under `headers[c]` (0-based; column A is 0). The engine reads a column
 * at a time; {@link tableFromRows} builds a table from rows written out one by one.
 */
export interface Table {
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  headers: string[];
  /** 1-based sheet row of each data row. */
  rows: number[];
  /** One array per header, as long as `rows`: the column's cells, data row by data row. */
  columns: CellValue[][];
  /** By data row: 类别 from a group label row above (一、区直部门…); wins over the group column where set. */
  groups?: (string | undefined)[];
  /** By data row: why the subject takes no part (不参加考核, 免考…), or undefined when it does. */
  pending?: (string | undefined)[];
  /** By data row: the 单位 beside a person's name (individuals), for messages, or undefined. */
  units?: (string | undefined)[];
}

/** The roles a column can play, found by header detection or set by the reviewer. */
export type Role =
  | "name"
  | "group"
  | "score"
  | "tier"
  | "regular"
  | "annual"
  | "deduction"
  | "veto"
  | "linked"
  | "groupOutcome"
  | "team";

/** Which column (0-based index) plays which role; `years` are past tier columns (2023年等次…). */
export type ColumnMap = Partial<Record<Role, number>> & { years?: { year: number; col: number }[] };

/** The fields a cell address can be asked for. */
export type Field = Role | `indicator:${string}` | `tieBreak:${number}`;

/** Codes of violations found by the engine (配额校验 and assignment warnings). */
export type ViolationCode =
  | "QUOTA_EXCEEDED"
  | "TIER_ABOVE_CAP"
  | "FORCED_BOTTOM_MISSING"
  | "ORDER_INVERSION"
  | "TIE_AT_BOUNDARY"
  | "BELOW_THRESHOLD"
  | "UNKNOWN_TIER"
  | "BAD_CELL"
  | "MISSING_VALUE"
  | "DUPLICATE_SUBJECT"
  /** 名额分配 names a group the table does not have (warning). */
  | "ALLOCATION_UNKNOWN_GROUP"
  /** 名额分配 gives a group more places than it has subjects. */
  | "ALLOCATION_ABOVE_SIZE"
  | "PLACE_PASSED_ON"
  | "HIDDEN_CHARS"
  /** A score of at most 1 in a column of points (0.91 among 86–95): a percentage typed as a fraction? (warning) */
  | "SCORE_SCALE";

/** A proposed change of one subject's tier. */
export interface Change {
  subject: string;
  cell?: string;
  from: string;
  to: string;
}

/** 问题 — one violation, with everything a reviewer needs to find and fix it. */
export interface Violation {
  code: ViolationCode;
  severity: Severity;
  /** The group ("" when the table has no group column). */
  group: string;
  subjects: string[];
  cells: string[];
  message: string;
  fix?: { message: string; changes: Change[] };
}

/** What the engine decided for one subject. Index-aligned with the subjects given. */
export interface SubjectResult {
  /** Competition rank within the group (1, 2, 2, 4); null when the subject has no usable score. */
  rank: number | null;
  /** Index of the tier in `scheme.tiers`; null when pending or unusable. */
  tier: number | null;
  status: "ranked" | "pending" | "unusable";
  light: Light | null;
  /** 先进单位: first tier and team rated excellent. */
  commended: boolean;
  /** Years in a row in the first tier, counting this one (0 when not first tier). */
  firstTierYears: number;
}

/** Per-group counts and limits, tier by tier (index-aligned with `scheme.tiers`). */
export interface GroupSummary {
  group: string;
  /** Subjects taking part in the quota (ranked, not pending). */
  n: number;
  counts: number[];
  /** Places open per tier (the quota, less places kept empty with `keepCappedPlaces`); null where the tier has no quota. */
  limits: (number | null)[];
  /** Places the forced bottom requires in the last tier, or null. */
  forcedBottom: number | null;
}
