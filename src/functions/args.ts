/// <reference types="custom-functions-runtime" />
/**
 * The one place where Excel's arguments become engine inputs, and engine failures become Excel
 * errors. Excel hands a custom function ranges as arrays of rows (`[[85], [""], ["８５分"]]`),
 * blanks as `null` or `""`, numbers typed as text, and error values; every function goes through
 * {@link call}, which runs its body and turns a {@link Failure} into `CustomFunctions.Error` with the
 * message catalogue's text (in the workbook scheme's language). A bad cell is never read as 0.
 */
import { cellText, columnLetter, isBlank, parseCell } from "../engine/input/cells";
import { format, type MessageKey } from "../messages";
import type { CellValue, Lang } from "../engine/types";
import { currentLang } from "./scheme-store";

/** Excel's error codes used here. */
export type ErrorCode = "#VALUE!" | "#N/A" | "#NUM!";

/** A failure to show in the cell: an error code and a catalogue message. */
export class Failure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: Record<string, unknown> = {},
  ) {
    super(String(key));
    this.name = "Failure";
  }
}

/** What a function body knows of its call: the language and, when Excel gave them, the arguments' addresses. */
export interface Ctx {
  lang: Lang;
  /** `invocation.parameterAddresses` (functions tagged `@requiresParameterAddresses`). */
  addresses?: readonly (string | undefined)[];
  /** What each parameter is called in messages (catalogue keys), for functions without addresses. */
  names?: readonly (MessageKey | undefined)[];
}

/** Stop with #VALUE! (or another code) and a catalogue message. */
export function fail(key: MessageKey, params: Record<string, unknown> = {}, code: ErrorCode = "#VALUE!"): never {
  throw new Failure(code, key, params);
}

const CODES: Record<ErrorCode, () => CustomFunctions.ErrorCode> = {
  "#VALUE!": () => CustomFunctions.ErrorCode.invalidValue,
  "#N/A": () => CustomFunctions.ErrorCode.notAvailable,
  "#NUM!": () => CustomFunctions.ErrorCode.invalidNumber,
};

/**
 * Run a function body with Excel's arguments: failures become `CustomFunctions.Error`
 * (#NUM! carries no message in Excel, so none is given).
 * @example export function combine(a: any, b: any, w?: any): number { return call(impl.combine, [a, b, w]); }
 */
export function call<A extends unknown[], R>(body: (ctx: Ctx, ...args: A) => R, args: A, invocation?: CustomFunctions.Invocation, names?: readonly (MessageKey | undefined)[]): R {
  const ctx: Ctx = { lang: currentLang() };
  if (invocation?.parameterAddresses) ctx.addresses = invocation.parameterAddresses;
  if (names) ctx.names = names;
  try {
    return body(ctx, ...args);
  } catch (e) {
    if (e instanceof Failure) {
      const code = CODES[e.code]();
      if (e.code === "#NUM!") throw new CustomFunctions.Error(code);
      throw new CustomFunctions.Error(code, format(e.key, ctx.lang, { ...e.params, ...localParams(e.params, ctx.lang) }));
    }
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e instanceof Error ? e.message : String(e));
  }
}

/** Params that are themselves catalogue keys (`field: "field.score"`) are rendered in the language. */
function localParams(params: Record<string, unknown>, lang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) if (v instanceof Msg) out[k] = format(v.key, lang, v.params);
  return out;
}

/** A message used as a parameter of another (a field name, a reason), rendered in the call's language. */
export class Msg {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, unknown> = {},
  ) {}
}

// ── values ──────────────────────────────────────────────────────────────────────────

/**
 * One Excel value as the engine's cell value: "" and null are blank, error objects
 * (`CustomFunctions.Error`, `{ error }`, `{ code }`) become `{ error: "#N/A" }`. The metadata allows
 * data types (`allowCustomDataForDataTypeAny`), so a cell holding one arrives as a cell-value object:
 * formatted numbers, strings and booleans count by their `basicValue`; an error value
 * (`type: "Error"`) by its code; an entity or linked data type (a Stocks or Geography cell, whose
 * `basicValue` is itself #VALUE!) by the text the cell shows.
 * @example cellOf({ type: "Double", basicValue: 85, numberFormat: "0.0" }) // 85
 * @example cellOf({ type: "LinkedEntity", text: "九原区", basicType: "Error", basicValue: "#VALUE!" }) // "九原区"
 */
export function cellOf(v: unknown): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as { code?: unknown; error?: unknown; type?: unknown; basicType?: unknown; basicValue?: unknown; text?: unknown };
    if (typeof o.type === "string" && "basicValue" in o) {
      if (o.type === "Error") return { error: String(o.basicValue ?? "#VALUE!") };
      if (o.basicType !== "Error" && (typeof o.basicValue === "number" || typeof o.basicValue === "string" || typeof o.basicValue === "boolean")) return cellOf(o.basicValue);
      if (typeof o.text === "string") return cellOf(o.text);
      return { error: String(o.basicValue ?? "#VALUE!") };
    }
    return { error: String(o.code ?? o.error ?? "#VALUE!") };
  }
  return String(v);
}

/** A range argument as a flat list of cells (row by row) and its width. A single value is a 1×1 range. */
export interface Cells {
  values: CellValue[];
  cols: number;
}

/** Flatten a range argument (missing → empty). */
export function cellsOf(arg: unknown): Cells {
  if (arg === undefined || arg === null) return { values: [], cols: 1 };
  if (!Array.isArray(arg)) return { values: [cellOf(arg)], cols: 1 };
  const values: CellValue[] = [];
  let cols = 1;
  for (const row of arg as unknown[]) {
    if (Array.isArray(row)) {
      cols = Math.max(1, row.length);
      for (const c of row) values.push(cellOf(c));
    } else values.push(cellOf(row));
  }
  return { values, cols };
}

/** Whether an optional argument was left out (Excel passes null or undefined; a blank cell is [[null]]). */
export function omitted(arg: unknown): boolean {
  if (arg === undefined || arg === null || arg === "") return true;
  if (Array.isArray(arg)) return arg.length === 0 || (arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1 && isBlank(cellOf(arg[0][0])));
  return false;
}

/**
 * Where the i-th cell of parameter `param` is: its real address when Excel gave the parameter's
 * address (`Sheet1!E2:E61` + 3 → `Sheet1!E5`), else "row r, column c of <the argument>" when the
 * function named its parameters, else "row r, column c of the range".
 */
export function where(ctx: Ctx, param: number, index: number, cols: number): string | Msg {
  const row = Math.floor(index / cols);
  const col = index % cols;
  const a = ctx.addresses?.[param];
  const m = a ? /^(.*!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::.*)?$/.exec(a) : null;
  if (m) {
    const c0 = [...(m[2] as string).toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return `${m[1] ?? ""}${columnLetter(c0 + col)}${Number(m[3]) + row}`;
  }
  const name = ctx.names?.[param];
  if (name) return new Msg("fn.whereIn", { name: format(name, ctx.lang), row: row + 1, col: col + 1 });
  return new Msg("fn.where", { row: row + 1, col: col + 1 });
}

/** Where a single-value argument is: its address, or "argument name". */
function whereArg(ctx: Ctx, param: number, name: string): string | Msg {
  const a = ctx.addresses?.[param];
  return a ? a : new Msg("fn.argument", { name });
}

/** Stop on an unusable cell: #VALUE! with the engine's BAD_CELL / MISSING_VALUE text. */
function badCell(cell: string | Msg, v: CellValue, problem: { code: "BAD_CELL" | "MISSING_VALUE"; reason: string }, field: MessageKey): never {
  fail(problem.code, { cell, value: cellText(v), reason: new Msg(`cell.${problem.reason}` as MessageKey), field: new Msg(field) });
}

/** How blanks in a range are taken. */
export type Blanks = "skip" | "null" | "error" | "zero";

/**
 * The numbers of a range, parsed like the engine parses cells ("85分", "８５", "85%"). A cell that is
 * not a number stops the function with its position; blanks are dropped ("skip"), kept as null
 * ("null", e.g. rows that are not subjects), an error ("error") or no amount ("zero", deductions).
 * @example numbersOf(ctx, [[85], ["９０分"], [null]], 1, "field.score", "null") // [85, 90, null]
 */
export function numbersOf(ctx: Ctx, arg: unknown, param: number, field: MessageKey, blanks: Blanks, percent: "points" | "fraction" = "points"): (number | null)[] {
  const { values, cols } = cellsOf(arg);
  const out: (number | null)[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && Number.isFinite(v)) {
      out.push(v);
      continue;
    }
    if (isBlank(v) && blanks !== "error") {
      if (blanks === "null") out.push(null);
      else if (blanks === "zero") out.push(0);
      continue;
    }
    const p = parseCell(v, "", "", { percent });
    if (p.ok) out.push(p.value);
    else badCell(where(ctx, param, i, cols), v, p.problem, field);
  }
  return out;
}

/** One number argument (a cell or a literal), parsed like a cell; a blank is MISSING_VALUE. */
export function numberArg(ctx: Ctx, arg: unknown, param: number, name: string, field: MessageKey, percent: "points" | "fraction" = "points"): number {
  const v = Array.isArray(arg) ? cellsOf(arg).values[0] : cellOf(arg);
  if (typeof v === "number" && Number.isFinite(v)) return v;
  const p = parseCell(v ?? null, "", "", { percent });
  if (p.ok) return p.value;
  return badCell(whereArg(ctx, param, name), v ?? null, p.problem, field);
}

/** An optional number argument: the default when left out. */
export function optionalNumber(ctx: Ctx, arg: unknown, param: number, name: string, fallback: number | undefined, percent: "points" | "fraction" = "points"): number | undefined {
  return omitted(arg) ? fallback : numberArg(ctx, arg, param, name, "field.option", percent);
}

/** Text of a cell for matching (group names): trimmed, "" for blank. */
export function textOf(v: unknown): string {
  const c = Array.isArray(v) ? cellsOf(v).values[0] : cellOf(v);
  return typeof c === "string" ? c.trim() : cellText(c ?? null).trim();
}

/** The texts of a range, trimmed (groups). */
export function textsOf(arg: unknown): string[] {
  return cellsOf(arg).values.map((v) => (typeof v === "string" ? v.trim() : cellText(v).trim()));
}

/**
 * A choice among named options (case-insensitive, Chinese or English names), or the default.
 * @example option(ctx, "逆向", "fn.param.direction", { higher: ["higher", "正向"], lower: ["lower", "逆向"] }, "higher") // "lower"
 */
export function option<T extends string>(ctx: Ctx, arg: unknown, name: MessageKey, choices: Record<T, string[]>, fallback: T): T {
  if (omitted(arg)) return fallback;
  const t = textOf(arg).toLowerCase();
  for (const [k, names] of Object.entries(choices) as [T, string[]][]) if (names.some((n) => n.toLowerCase() === t)) return k;
  return fail("fn.badOption", {
    name: new Msg(name),
    value: textOf(arg),
    options: Object.values<string[]>(choices)
      .map((n) => n.join("/"))
      .join(ctx.lang === "en-US" ? ", " : "、"),
  });
}

/** Check that two ranges have as many cells. */
export function sameSize(a: number, b: number, aName: MessageKey, bName: MessageKey): void {
  if (a !== b) fail("fn.lengthMismatch", { a: new Msg(aName), b: new Msg(bName), n: a, m: b });
}
