/**
 * Load, read and evaluate one workbook for the commands that assess a single table (check, apply,
 * analyze, override, report): the package reader gives the grids, `findTable` the table, the
 * workbook's 考核方案 and 变更记录 sheets the scheme and the decisions.
 */
import { decide } from "../engine/record/decided";
import { evaluate, type Evaluation } from "../engine/check/evaluate";
import { format } from "../messages";
import { recordFor } from "../engine/record/overrides";
import { parsePeriod } from "../engine/periods/periods";
import type { Lang } from "../engine/types";
import { findTable, type FoundTable, type LazyGrids } from "../workbook/find-table";
import type { ReadLimits, WorkbookPackage } from "../workbook/package";
import { lazyGrids, layoutOfGrids, recordOfGrids, schemeOfGrids } from "../workbook/workbook-grids";
import { parseColumnsOption } from "../workbook/layout/report";
import type { LayoutOptions } from "../workbook/layout/types";
import { explainUncached } from "../workbook/uncached";
import { openWorkbookFile } from "../workbook/xlsx-file";
import { allocate } from "./allocation-source";
import { resolveScheme, type SchemeChoice } from "./scheme-source";
import { unreadable } from "./unreadable";

/** Where a command prints; `progress` whether progress lines go to `err`. */
interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  progress: boolean;
}

export type Loaded =
  | {
      ok: true;
      ev: Evaluation;
      sheet: string;
      /** The opened package: its sheets and their grids. */
      pkg: WorkbookPackage;
      /** The package's sheets, each parsed when asked for. */
      sheets: LazyGrids;
      read: FoundTable;
      /** The scheme as validated (defaults filled), before any 名额分配 sheet or --places: what apply stores in 考核方案. */
      schemeInput: unknown;
      /** The reading options used (given now, or remembered in the 考核方案 sheet), to remember on apply. */
      layoutOptions: LayoutOptions;
    }
  | { ok: false; message: string };

/** What {@link load} reads a file with. */
export interface LoadArgs {
  lang: Lang;
  sheet?: string | undefined;
  /** The reader's limits, when raised by --max-rows / --max-part-mb. */
  limits?: Partial<ReadLimits>;
  /** Per-group places given by --places (名额分配). */
  places?: string | undefined;
  /** --header-row, --columns, --group-rows / --no-group-rows. */
  "header-row"?: number | undefined;
  columns?: string | undefined;
  "group-rows"?: boolean | undefined;
  "no-group-rows"?: boolean | undefined;
}

/** The reading options given on the command line (`--header-row`, `--columns`, `--group-rows`), or a message. */
export function layoutArgs(args: LoadArgs): { ok: true; opts: LayoutOptions } | { ok: false; message: string } {
  const opts: LayoutOptions = {};
  if (args["header-row"] !== undefined) opts.headerRow = args["header-row"];
  if (args.columns !== undefined) {
    const columns = parseColumnsOption(args.columns);
    if (!columns) return { ok: false, message: format("layout.badColumnsOption", args.lang, { value: args.columns }) };
    opts.columns = columns;
  }
  if (args["group-rows"]) opts.groupRows = true;
  if (args["no-group-rows"]) opts.groupRows = false;
  return { ok: true, opts };
}

/** Load, read and evaluate one workbook; every failure becomes one message. */
export async function load(file: string, args: LoadArgs, choice: SchemeChoice, io: Io, position: [number, number]): Promise<Loaded> {
  const lang = args.lang;
  const given = layoutArgs(args);
  if (!given.ok) return { ok: false, message: given.message };
  try {
    if (io.progress) io.err(format("cli.progressRead", lang, { i: position[0], n: position[1], file }));
    const pkg = await openWorkbookFile(file, { lang, ...(args.limits ? { limits: args.limits } : {}) });
    const sheets = lazyGrids(pkg);
    const sheetScheme = choice.kind === "workbook" ? schemeOfGrids(sheets, lang) : null;
    // Options given now win over those remembered in the 考核方案 sheet by the last apply.
    const layoutOptions: LayoutOptions = { ...(layoutOfGrids(sheets) ?? {}), ...given.opts };
    const read = findTable(sheets, { ...(args.sheet ? { sheet: args.sheet } : {}), ...layoutOptions, lang });
    if (read.otherSheets.length > 0)
      read.layout.notes.push({ code: "LAYOUT_ASSUMPTION", key: "layout.assume.otherSheets", params: { sheet: read.sheet, others: read.otherSheets.join("、") } });
    const resolved = resolveScheme(choice, sheetScheme, file, lang);
    if (!resolved.ok) return { ok: false, message: resolved.message };
    const allocated = allocate(resolved.scheme, { names: sheets.map((s) => s.name), grid: (name) => sheets.find((s) => s.name === name)!.grid().cells }, args.places, file, lang);
    if (!allocated.ok) return { ok: false, message: allocated.message };
    const uncached = read.grid.uncached ?? [];
    if (uncached.length > 0)
      io.err(format("cli.uncached", lang, { file, sheet: read.sheet, n: uncached.length, cells: uncached.slice(0, 5).join(", ") + (uncached.length > 5 ? " …" : "") }));
    if (io.progress && read.table.rows.length >= 5000) io.err(format("cli.progressEval", lang, { i: position[0], n: position[1], rows: read.table.rows.length }));
    // The 变更记录 sheet's decisions apply to everything written and reported (decided.ts).
    const record = recordOfGrids(sheets, lang);
    const decided = decide(evaluate(read.table, read.map, allocated.scheme, lang), recordFor(record.overrides, parsePeriod(read.table.sheet)), lang, record.problems);
    const ev = explainUncached(decided, uncached, lang);
    const sheet = read.table.sheet;
    if (ev.read.missingColumns.length > 0) {
      return { ok: false, message: format("cli.missingColumns", lang, { file, sheet, columns: ev.read.missingColumns.join(lang === "en-US" ? ", " : "、") }) };
    }
    if (ev.read.source === "none") return { ok: false, message: format("cli.noScore", lang, { file, sheet }) };
    return { ok: true, ev, sheet, pkg, sheets, read, schemeInput: resolved.scheme, layoutOptions };
  } catch (raw) {
    return unreadable(raw, file, lang);
  }
}

