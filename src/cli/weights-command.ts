/**
 * `assess weights --method ahp|entropy|topsis <input.xlsx|input.csv>`: 权重设计 from a table — AHP
 * weights and consistency of a judgement matrix, entropy weights of a data table, or TOPSIS
 * closeness and ranks of alternatives. The table is the first sheet (or --sheet) of a workbook, or
 * a CSV file: a header row of criterion names above a first column of row names. Never writes.
 * Exit codes: 0 computed; 1 computed but the AHP matrix is not (or cannot be shown to be)
 * consistent; 2 unusable input (every bad cell named by its address) or bad arguments.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { z } from "zod";
import { EXIT, helpCommand, LangArg, langOf, parseCommand, usageText, type CommandOptions, type Io } from "./command";
import { cellText, columnLetter, cellAddress, isBlank, parseCell, parseNumberText, toHalfWidth } from "../engine/input/cells";
import { normalizeText } from "../engine/input/labels";
import { delimitedRows } from "../engine/mcdm/grid";
import { format, type MessageKey } from "../messages";
import {
  ahp,
  ahpMethods,
  consistencyProblem,
  entropyVariants,
  entropyWeights,
  isRiTableId,
  mcdmMessage,
  normalizations,
  parseJudgementText,
  RI_TABLES,
  riTableIds,
  topsis,
  type AhpMethod,
  type Direction,
  type EntropyVariant,
  type McdmProblem,
  type Normalization,
  type RiTableId,
} from "../engine/mcdm";
import type { CellValue, Lang, Parsed } from "../engine/types";
import { WorkbookError } from "../workbook/errors";
import { columnIndex, headerKey, matchHeader, SERIAL, TOTAL_HEADERS } from "../workbook/layout/vocabulary";
import { openWorkbookFile } from "../workbook/xlsx-file";
import { displayWidth } from "./report";
import { unreadable } from "./unreadable";

const METHODS = ["ahp", "entropy", "topsis"] as const;
type Method = (typeof METHODS)[number];

const Args = z.object({
  method: z.string().optional(),
  sheet: z.string().min(1).optional(),
  json: z.boolean().default(false),
  lang: LangArg,
  ri: z.string().optional(),
  "ahp-method": z.string().optional(),
  variant: z.string().optional(),
  normalization: z.string().optional(),
  weights: z.string().optional(),
  directions: z.string().optional(),
  shift: z.string().optional(),
  columns: z.string().optional(),
  help: z.boolean().default(false),
});

/** The options `parseArgs` reads (their values are checked by `Args`). */
const OPTIONS: CommandOptions = {
  method: { type: "string", short: "m" },
  sheet: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
  ri: { type: "string" },
  "ahp-method": { type: "string" },
  variant: { type: "string" },
  normalization: { type: "string" },
  weights: { type: "string" },
  directions: { type: "string" },
  shift: { type: "string" },
  columns: { type: "string" },
  help: { type: "boolean", short: "h" },
};

type Args = z.output<typeof Args>;

/** What the command was asked to compute, its options checked. */
type Plan =
  | { method: "ahp"; ahpMethod: AhpMethod; ri: RiTableId }
  | { method: "entropy"; variant: EntropyVariant; directions: Direction[] | undefined; shift: number }
  | { method: "topsis"; normalization: Normalization; weights: number[]; directions: Direction[] };

/**
 * Run `assess weights` with the arguments after the command name.
 * @example await runWeights(["--method", "ahp", "判断矩阵.xlsx"], io) // 0, or 1 when CR ≥ 0.1
 */
export async function runWeights(argv: readonly string[], io: Io): Promise<number> {
  let lang: Lang = langOf(argv);
  const badArgs = (key: MessageKey, params: Record<string, unknown> = {}) => {
    io.err(format(key, lang, params));
    io.err(usageText(lang, "weights"));
    return EXIT.unusable;
  };
  if (argv.includes("--help") || argv.includes("-h")) {
    io.out(usageText(lang, "weights"));
    return EXIT.ok;
  }
  const parsed = parseCommand(joinDirections(argv), OPTIONS, Args);
  if (!parsed.ok) return badArgs("cli.badArgs", { detail: parsed.detail, help: helpCommand("weights") });
  const args = parsed.args;
  lang = args.lang;
  const plan = planOf(args);
  if ("error" in plan) return badArgs(plan.error.key, plan.error.params);
  if (parsed.positionals.length !== 1) return badArgs(parsed.positionals.length === 0 ? "cli.noFiles" : "weights.cli.oneFile");
  const file = parsed.positionals[0]!;

  const input = await readInput(file, args.sheet, lang);
  if (!input.ok) {
    io.err(input.message);
    return EXIT.unusable;
  }
  const frame = findFrame(input.grid, input.sheet);
  if (!frame) {
    io.err(format("weights.cli.noTable", lang, { file, sheet: input.where }));
    return EXIT.unusable;
  }
  // AHP reads the matrix as typed; entropy and TOPSIS the indicator columns.
  const chosen = plan.method === "ahp" ? { cols: allColumns(frame) } : chooseColumns(frame, args.columns, lang);
  if ("error" in chosen) {
    io.err(chosen.error);
    return EXIT.unusable;
  }
  if (chosen.note) (args.json ? io.err : io.out)(chosen.note);
  const table = tableOf(frame, chosen.cols);
  const ctx: Context = { file, where: input.where, table, lang, io, json: args.json };
  if (plan.method === "ahp") return runAhp(ctx, plan);
  if (plan.method === "entropy") return runEntropy(ctx, plan);
  return runTopsis(ctx, plan);
}

// ── arguments ────────────────────────────────────────────────────────────────────────────

type PlanError = { error: { key: MessageKey; params?: Record<string, unknown> } };

/** The method and its options, or the first argument that is wrong. */
function planOf(args: Args): Plan | PlanError {
  const error = (key: MessageKey, params: Record<string, unknown> = {}): PlanError => ({ error: { key, params } });
  const bad = (option: string, value: string, options: readonly string[]) => error("weights.cli.badValue", { option, value, options: options.join(", ") });
  if (args.method === undefined) return error("weights.cli.needMethod");
  const method = args.method.trim().toLowerCase();
  if (!(METHODS as readonly string[]).includes(method)) return bad("method", args.method, METHODS);
  const only: Record<string, readonly Method[]> = {
    ri: ["ahp"],
    "ahp-method": ["ahp"],
    variant: ["entropy"],
    shift: ["entropy"],
    normalization: ["topsis"],
    weights: ["topsis"],
    directions: ["entropy", "topsis"],
    columns: ["entropy", "topsis"],
  };
  for (const [option, methods] of Object.entries(only)) {
    if (args[option as keyof Args] !== undefined && !methods.includes(method as Method)) return error("weights.cli.notFor", { option, method });
  }
  if (method === "ahp") {
    const ahpMethod = args["ahp-method"] ?? "eigenvector";
    if (!(ahpMethods as string[]).includes(ahpMethod)) return bad("ahp-method", ahpMethod, ahpMethods);
    const ri = args.ri ?? "saaty";
    if (!isRiTableId(ri)) return bad("ri", ri, riTableIds);
    return { method, ahpMethod: ahpMethod as AhpMethod, ri };
  }
  const directions = args.directions === undefined ? undefined : parseDirections(args.directions);
  if (directions && "bad" in directions) return error("weights.cli.badDirection", { value: directions.bad });
  if (method === "entropy") {
    if (args.variant === undefined) return error("weights.cli.needVariant");
    if (!(entropyVariants as string[]).includes(args.variant)) return bad("variant", args.variant, entropyVariants);
    if (directions && args.variant !== "minmax") return error("weights.cli.notFor", { option: "directions", method: "entropy --variant sum" });
    if (args.shift !== undefined && args.variant !== "minmax") return error("weights.cli.notFor", { option: "shift", method: "entropy --variant sum" });
    const shift = args.shift === undefined ? 0 : parseNumberText(args.shift);
    if (shift === null || shift < 0) return error("weights.cli.badShift", { value: args.shift });
    return { method, variant: args.variant as EntropyVariant, directions: directions?.list, shift };
  }
  if (args.normalization === undefined) return error("weights.cli.needNormalization");
  if (!(normalizations as string[]).includes(args.normalization)) return bad("normalization", args.normalization, normalizations);
  if (args.weights === undefined) return error("weights.cli.needWeights");
  const weights: number[] = [];
  for (const item of splitList(args.weights)) {
    const w = parseNumberText(item);
    if (w === null) return error("weights.cli.badNumber", { value: item });
    weights.push(w);
  }
  if (!directions) return error("weights.cli.needDirections");
  return { method: "topsis", normalization: args.normalization as Normalization, weights, directions: directions.list };
}

/** Items of a list typed with commas (also full-width ， and 、) or spaces. */
function splitList(s: string): string[] {
  return s
    .split(/[,，、;；\s]+/)
    .map((x) => x.trim())
    .filter((x) => x !== "");
}

const DIRECTION_WORDS: Record<string, Direction> = {
  "+": "benefit",
  "-": "cost",
  benefit: "benefit",
  cost: "cost",
  max: "benefit",
  min: "cost",
  正: "benefit",
  逆: "cost",
  正向: "benefit",
  逆向: "cost",
};

/** "+,-,+", "+-+", "正向,逆向", "benefit,cost"… */
function parseDirections(s: string): { list: Direction[] } | { bad: string } {
  const text = toHalfWidth(s).replace(/[\u2212\u2012\u2013\uFE63]/g, "-").trim();
  const items = /^[+-]+$/.test(text) ? [...text] : splitList(text);
  const list: Direction[] = [];
  for (const item of items) {
    const d = DIRECTION_WORDS[item.toLowerCase()];
    if (!d) return { bad: item };
    list.push(d);
  }
  return list.length === 0 ? { bad: s } : { list };
}

/** `--directions -,+` as `--directions=-,+`, which parseArgs would otherwise take for an option. */
function joinDirections(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (argv[i] === "--directions" && next !== undefined && /^[-+−,，、\s]+$/.test(next)) {
      out.push(`--directions=${next}`);
      i++;
    } else out.push(argv[i]!);
  }
  return out;
}

// ── input ────────────────────────────────────────────────────────────────────────────────

type Input = { ok: true; grid: CellValue[][]; sheet: string; where: string } | { ok: false; message: string };

/** The cells of the sheet (first, or --sheet) of an .xlsx, or of a CSV file; `sheet` names cells in addresses. */
async function readInput(file: string, sheet: string | undefined, lang: Lang): Promise<Input> {
  try {
    if (extname(file).toLowerCase() === ".csv") {
      if (!existsSync(file)) throw new WorkbookError("FILE_NOT_FOUND", lang, { path: file });
      if (statSync(file).isDirectory()) throw new WorkbookError("IS_DIRECTORY", lang, { path: file });
      const text = decodeText(readFileSync(file));
      if (text === null) return { ok: false, message: format("weights.cli.encoding", lang, { path: file }) };
      // Excel opens a CSV as one sheet named after the file: its cells are addressed so.
      return { ok: true, grid: parseCsv(text), sheet: basename(file, extname(file)), where: "CSV" };
    }
    const pkg = await openWorkbookFile(file, { lang });
    const ws = sheet === undefined ? pkg.sheets[0] : pkg.sheets.find((s) => s.name === sheet);
    if (!ws) throw new WorkbookError("SHEET_NOT_FOUND", lang, { sheet, sheets: pkg.sheets.map((w) => w.name).join(", ") });
    return { ok: true, grid: pkg.grid(ws.name).cells, sheet: ws.name, where: format("weights.cli.sheet", lang, { sheet: ws.name }) };
  } catch (raw) {
    return unreadable(raw, file, lang);
  }
}

/** UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030 (what Excel saves as “CSV” on Chinese Windows). */
function decodeText(bytes: Buffer): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  for (const encoding of ["utf-8", "gb18030"]) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(body);
    } catch {
      // not this encoding (or not available in this Node build)
    }
  }
  return null;
}

/**
 * CSV as RFC 4180 has it: fields in double quotes may hold separators, line breaks and "" for a
 * quote; CRLF or LF line ends. The separator is the comma, or a tab or semicolon when the first
 * line has more of those. Blank fields become null.
 * @example parseCsv('单位,"得分,总"\r\n甲,85\r\n') // [["单位", "得分,总"], ["甲", "85"]]
 */
export function parseCsv(text: string): CellValue[][] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => firstLine.split(c).length - 1;
  const sep = [",", "\t", ";"].reduce((best, c) => (count(c) > count(best) ? c : best), ",");
  return delimitedRows(text, sep);
}

/** The table of a sheet: criterion names across, row names down, the values between. */
interface Table {
  /** Criterion names (a blank header becomes its column letter). */
  headers: string[];
  /** Whether header j was blank. */
  headerBlank: boolean[];
  /** Row names. */
  labels: string[];
  cells: CellValue[][];
  /** Address of value (i, j), e.g. Sheet1!C4. */
  address: (i: number, j: number) => string;
  /** The column letter of criterion j. */
  letter: (j: number) => string;
}

/** Where a table lies in its grid: header row, data rows, the row names' column, the header's columns. */
interface Frame {
  grid: CellValue[][];
  sheet: string;
  /** 0-based header row. */
  header: number;
  /** 0-based data rows. */
  rows: number[];
  /** 0-based column of the row names. */
  labelCol: number;
  /** 0-based columns holding a header cell, left to right. */
  headerCols: number[];
}

const cellString = (v: CellValue) => (isBlank(v) ? "" : cellText(v).trim());

/**
 * Find the table: the header is the first row with two or more cells (title rows above it have
 * one); the rows below it down to the first blank row are the data; the leftmost column used is
 * the row names (or, in an assessment table, its name column: 单位名称, 考核对象 …).
 */
function findFrame(grid: CellValue[][], sheet: string): Frame | null {
  const filled = (row: CellValue[] | undefined, from = 0, to = Infinity) => {
    const cols: number[] = [];
    (row ?? []).forEach((v, c) => {
      if (c >= from && c <= to && !isBlank(v)) cols.push(c);
    });
    return cols;
  };
  const h = grid.findIndex((row) => filled(row).length >= 2);
  if (h < 0) return null;
  const headerCols = filled(grid[h]);
  const last = headerCols[headerCols.length - 1]!;
  const rows: number[] = [];
  for (let r = h + 1; r < grid.length; r++) {
    if (filled(grid[r], 0, last).length > 0) rows.push(r);
    else if (rows.length > 0) break;
  }
  if (rows.length === 0) return null;
  const leftmost = rows.reduce((min, r) => Math.min(min, filled(grid[r], 0, last)[0]!), headerCols[0]!);
  const named = headerCols.find((c) => {
    const m = matchHeader(cellString(grid[h]![c]));
    return m.kind === "role" && m.role === "name" && m.strength === 2;
  });
  const labelCol = named ?? leftmost;
  if (labelCol >= last && named === undefined) return null;
  return { grid, sheet, header: h, rows, labelCol, headerCols };
}

/** The table of the criteria in `cols` (0-based columns), named by the frame's header and label column. */
function tableOf(f: Frame, cols: readonly number[]): Table {
  const { grid, header: h, rows } = f;
  const headerBlank = cols.map((c) => cellString(grid[h]![c]) === "");
  return {
    headers: cols.map((c, j) => (headerBlank[j] ? columnLetter(c) : cellString(grid[h]![c]))),
    headerBlank,
    labels: rows.map((r) => cellString(grid[r]![f.labelCol]) || String(r + 1)),
    cells: rows.map((r) => cols.map((c) => grid[r]![c] ?? null)),
    address: (i, j) => cellAddress(f.sheet, cols[j]!, rows[i]! + 1),
    letter: (j) => columnLetter(cols[j]!),
  };
}

/** Every column right of the row names up to the header's last: the table as typed (AHP, plain data). */
function allColumns(f: Frame): number[] {
  const last = f.headerCols[f.headerCols.length - 1]!;
  return Array.from({ length: Math.max(0, last - f.labelCol) }, (_, j) => f.labelCol + 1 + j);
}

/**
 * Why a column of an assessment table is not an indicator, or null when it is one: "total" for a
 * total-score header (总分, 得分 — a criterion in a plain data table), "other" for a header naming
 * another role (名称, 类别, 等次, 序号, 排名, 一票否决, 2024年等次 …) or a column of text.
 */
function notIndicator(f: Frame, c: number): "total" | "other" | null {
  const header = cellString(f.grid[f.header]![c]);
  const m = matchHeader(header);
  const key = headerKey(header);
  if (SERIAL.has(key)) return "other";
  if (TOTAL_HEADERS.has(key) || (m.kind === "role" && m.role === "score" && m.strength === 2)) return "total";
  if (m.kind === "own" || m.kind === "year") return "other";
  // A header that merely ends in 得分 (党建得分) is an indicator's score.
  if (m.kind === "role" && m.role !== "score") return "other";
  const values = f.rows.map((r) => f.grid[r]![c] ?? null).filter((v) => !isBlank(v));
  const numbers = values.filter((v) => parseCell(v, "", "").ok).length;
  return values.length > 0 && numbers * 2 <= values.length ? "other" : null;
}

/**
 * The criteria an entropy or TOPSIS run uses: the columns named by --columns; else, when the
 * table is an assessment table (some columns are names, groups, totals, tiers, ranks or text),
 * its indicator columns, with a note saying which; else every column, as typed.
 */
function chooseColumns(f: Frame, given: string | undefined, lang: Lang): { cols: number[]; note?: string } | { error: string } {
  const described = (c: number) => `${columnLetter(c)} ${cellString(f.grid[f.header]![c])}`.trim();
  const sep = lang === "en-US" ? ", " : "、";
  if (given !== undefined) {
    const cols: number[] = [];
    for (const item of splitList(given)) {
      const byHeader = f.headerCols.find((c) => normalizeText(cellString(f.grid[f.header]![c])) === normalizeText(item));
      const c = byHeader ?? columnIndex(item) ?? undefined;
      if (c === undefined) return { error: format("weights.cli.columnNotFound", lang, { item, headers: f.headerCols.map(described).join(sep) }) };
      if (c === f.labelCol) return { error: format("weights.cli.columnIsLabels", lang, { item: described(c) }) };
      if (!cols.includes(c)) cols.push(c);
    }
    return cols.length === 0 ? { error: format("weights.cli.columnNotFound", lang, { item: given, headers: f.headerCols.map(described).join(sep) }) } : { cols };
  }
  const candidates = f.headerCols.filter((c) => c !== f.labelCol);
  const why = new Map(candidates.map((c) => [c, notIndicator(f, c)]));
  // A plain data table (names, then numbers — even under a header such as 得分) is read as typed.
  const typed = allColumns(f);
  if (f.labelCol <= f.headerCols[0]! && ![...why.values()].includes("other")) return { cols: typed };
  const left = candidates.filter((c) => why.get(c) !== null);
  const cols = candidates.filter((c) => why.get(c) === null);
  if (cols.length === 0) return { error: format("weights.cli.noIndicators", lang, { headers: f.headerCols.map(described).join(sep) }) };
  return {
    cols,
    note: format("weights.cli.picked", lang, { columns: cols.map(described).join(sep), labels: described(f.labelCol), left: left.map(described).join(sep) }),
  };
}


// ── methods ──────────────────────────────────────────────────────────────────────────────

interface Context {
  file: string;
  /** 工作表“S” or CSV, for messages. */
  where: string;
  table: Table;
  lang: Lang;
  io: Io;
  json: boolean;
}

/** A problem found while reading cells or by the engine, with where it is, for sorting. */
interface Found {
  row: number;
  col: number;
  text: string;
}

/** Cells as numbers (null where unusable) and the messages of the unusable ones. */
function readCells(ctx: Context, field: MessageKey, judgement: boolean): { values: (number | null)[][]; found: Found[] } {
  const { table, lang } = ctx;
  const found: Found[] = [];
  const fieldText = format(field, lang);
  const values = table.cells.map((row, i) =>
    row.map((v, j) => {
      const cell = table.address(i, j);
      const fraction = judgement && typeof v === "string" ? parseJudgementText(v) : null;
      if (fraction !== null) return fraction;
      const parsed: Parsed = parseCell(v, cell, fieldText);
      if (parsed.ok) return parsed.value;
      const p = parsed.problem;
      const reason = format(`cell.${p.reason}` as MessageKey, lang);
      let text = p.code === "MISSING_VALUE" ? format("MISSING_VALUE", lang, { cell, field: fieldText }) : format("BAD_CELL", lang, { cell, value: p.value, reason, field: fieldText });
      if (judgement && p.reason === "date") text += format("weights.cli.dateHint", lang);
      found.push({ row: i, col: j, text });
      return null;
    }),
  );
  return { values, found };
}

/** How many problems are listed; the rest are counted (a wrong sheet can have hundreds). */
const SHOWN_PROBLEMS = 20;

/**
 * Report the problems (reading problems and the engine's, minus the engine's NOT_NUMBER for cells
 * already reported) on stderr, in reading order; exit 2.
 */
function reportProblems(ctx: Context, found: Found[], problems: readonly McdmProblem[]): number {
  const { table, lang, io } = ctx;
  const seen = new Set(found.map((f) => `${f.row},${f.col}`));
  const all = [...found];
  for (const p of problems) {
    if (p.code === "NOT_NUMBER" && p.row !== undefined && seen.has(`${p.row},${p.col}`)) continue;
    const text = mcdmMessage(p, lang, table.address, (j) => format("weights.cli.column", lang, { name: table.headers[j] ?? "", letter: table.letter(j) }));
    all.push({ row: p.row ?? (p.col === undefined ? -1 : Number.MAX_SAFE_INTEGER), col: p.col ?? 0, text });
  }
  all.sort((a, b) => a.row - b.row || a.col - b.col);
  io.err(format("weights.cli.problems", lang, { file: ctx.file, n: all.length }));
  for (const f of all.slice(0, SHOWN_PROBLEMS)) io.err(`  ${f.text}`);
  if (all.length > SHOWN_PROBLEMS) io.err(`  ${format("weights.cli.moreProblems", lang, { n: all.length - SHOWN_PROBLEMS })}`);
  return EXIT.unusable;
}

function runAhp(ctx: Context, plan: Extract<Plan, { method: "ahp" }>): number {
  const { table, lang, io } = ctx;
  const { values, found } = readCells(ctx, "weights.cli.fieldJudgement", true);
  const r = ahp(values, { method: plan.ahpMethod, ri: plan.ri });
  if (found.length > 0 || !r.ok) return reportProblems(ctx, found, r.ok ? [] : r.problems);
  const a = r.value;
  // Criteria are named by the header, or by the row name where the header is blank.
  const criteria = table.headers.map((h, j) => (table.headerBlank[j] && table.labels[j] ? table.labels[j]! : h));
  const mismatch = table.labels.findIndex((l, i) => !table.headerBlank[i] && normalizeText(l) !== normalizeText(table.headers[i] ?? ""));
  if (mismatch >= 0) io.err(format("weights.cli.labelOrder", lang, { i: mismatch + 1, row: table.labels[mismatch], col: table.headers[mismatch] }));
  const unknown = consistencyProblem(a);
  const verdict =
    a.cr === null
      ? unknown
        ? format("weights.unknownConsistency", lang, { detail: mcdmMessage(unknown, lang) })
        : format("weights.consistentSmall", lang, { n: a.n })
      : format(a.consistent ? "weights.consistent" : "weights.inconsistent", lang, { cr: fixed(a.cr, 4) });
  const exit = a.consistent ? EXIT.ok : EXIT.violations;
  if (ctx.json) {
    io.out(
      JSON.stringify(
        { method: "ahp", labels: criteria, criteria, weights: a.weights, lambdaMax: a.lambdaMax, ci: a.ci, cr: a.cr, ri: a.ri, riTable: a.riTable, consistent: a.consistent },
        null,
        2,
      ),
    );
    if (!a.consistent) io.err(verdict);
    return exit;
  }
  const none = format("weights.cli.none", lang);
  io.out(
    format("weights.cli.summaryAhp", lang, {
      method: format("weights.method.ahp", lang),
      how: format(`weights.ahpMethod.${a.method}`, lang),
      file: ctx.file,
      sheet: ctx.where,
      n: a.n,
    }),
  );
  io.out(
    aligned(
      [[format("weights.cli.colCriterion", lang), format("weights.cli.colWeight", lang)], ...criteria.map((c, j) => [c, percent(a.weights[j]!)])],
      [false, true],
    ),
  );
  io.out(
    format("weights.cli.ahpStats", lang, {
      lambda: fixed(a.lambdaMax, 4),
      ci: fixed(a.ci, 4),
      ri: a.ri === null ? none : String(a.ri),
      table: RI_TABLES[a.riTable].label[lang],
      cr: a.cr === null ? none : fixed(a.cr, 4),
    }),
  );
  io.out(verdict);
  return exit;
}

function runEntropy(ctx: Context, plan: Extract<Plan, { method: "entropy" }>): number {
  const { table, lang, io } = ctx;
  const { values, found } = readCells(ctx, "weights.cli.fieldValue", false);
  const r = entropyWeights(values, { variant: plan.variant, ...(plan.directions ? { directions: plan.directions } : {}), shift: plan.shift });
  if (found.length > 0 || !r.ok) return reportProblems(ctx, found, r.ok ? [] : r.problems);
  const e = r.value;
  if (ctx.json) {
    io.out(JSON.stringify({ method: "entropy", labels: table.headers, criteria: table.headers, weights: e.weights }, null, 2));
    return EXIT.ok;
  }
  io.out(
    format("weights.cli.summaryEntropy", lang, {
      method: format("weights.method.entropy", lang),
      how: format(`weights.variant.${e.variant}`, lang),
      file: ctx.file,
      sheet: ctx.where,
      m: table.labels.length,
      n: table.headers.length,
    }),
  );
  const withDirections = plan.directions !== undefined;
  const head = [format("weights.cli.colCriterion", lang), ...(withDirections ? [format("weights.cli.colDirection", lang)] : []), format("weights.cli.colEntropy", lang), format("weights.cli.colDivergence", lang), format("weights.cli.colWeight", lang)];
  const rows = table.headers.map((c, j) => [
    c,
    ...(withDirections ? [format(`weights.direction.${plan.directions![j]!}`, lang)] : []),
    fixed(e.entropy[j]!, 4),
    fixed(e.divergence[j]!, 4),
    percent(e.weights[j]!),
  ]);
  io.out(aligned([head, ...rows], [false, ...(withDirections ? [false] : []), true, true, true]));
  return EXIT.ok;
}

function runTopsis(ctx: Context, plan: Extract<Plan, { method: "topsis" }>): number {
  const { table, lang, io } = ctx;
  const { values, found } = readCells(ctx, "weights.cli.fieldValue", false);
  const r = topsis(values, plan.weights, plan.directions, { normalization: plan.normalization });
  if (found.length > 0 || !r.ok) return reportProblems(ctx, found, r.ok ? [] : r.problems);
  const t = r.value;
  const sum = plan.weights.reduce((s, w) => s + w, 0);
  const weights = plan.weights.map((w) => w / (Math.abs(sum - 100) < 1e-6 ? 100 : 1));
  if (ctx.json) {
    io.out(
      JSON.stringify(
        { method: "topsis", labels: table.labels, criteria: table.headers, alternatives: table.labels, weights, scores: t.scores, ranks: t.ranks },
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  io.out(
    format("weights.cli.summaryTopsis", lang, {
      method: format("weights.method.topsis", lang),
      how: format(`weights.normalization.${t.normalization}`, lang),
      file: ctx.file,
      sheet: ctx.where,
      m: table.labels.length,
      n: table.headers.length,
    }),
  );
  io.out(
    aligned(
      [
        [format("weights.cli.colCriterion", lang), format("weights.cli.colWeight", lang), format("weights.cli.colDirection", lang)],
        ...table.headers.map((c, j) => [c, percent(weights[j]!), format(`weights.direction.${plan.directions[j]!}`, lang)]),
      ],
      [false, true, false],
    ),
  );
  io.out("");
  const order = t.ranks.map((_, i) => i).sort((a, b) => t.ranks[a]! - t.ranks[b]! || a - b);
  io.out(
    aligned(
      [
        [format("weights.cli.colRank", lang), format("weights.cli.colAlternative", lang), format("weights.cli.colScore", lang), "D⁺", "D⁻"],
        ...order.map((i) => [String(t.ranks[i]), table.labels[i]!, fixed(t.scores[i]!, 4), fixed(t.dPlus[i]!, 4), fixed(t.dMinus[i]!, 4)]),
      ],
      [true, false, true, true, true],
    ),
  );
  return EXIT.ok;
}

// ── output ───────────────────────────────────────────────────────────────────────────────

/** A share as a percentage with two decimals: 0.46302 → "46.30%". */
function percent(w: number): string {
  return `${fixed(w * 100, 2)}%`;
}

/** toFixed without "-0.0000". */
function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return Number(s) === 0 ? (0).toFixed(digits) : s;
}

/** Rows as columns padded to the widest cell (CJK characters count two), indented two spaces. */
function aligned(rows: string[][], right: boolean[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ""))));
  return rows
    .map((r) =>
      `  ${r
        .map((cell, c) => {
          const pad = " ".repeat(widths[c]! - displayWidth(cell));
          return right[c] ? pad + cell : c === r.length - 1 ? cell : cell + pad;
        })
        .join("  ")}`.trimEnd(),
    )
    .join("\n");
}
