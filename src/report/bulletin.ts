/**
 * 通报 — the one-page bulletin of one period (九原区's monthly and quarterly 通报式 bulletins,
 * the 九原区 article): the board with each unit's rank change against the previous period, the top three
 * and bottom three of each group, the tiers of each group against the quota as a chart, and the
 * period's problems. Pure, like `document.ts`: the pane and the CLI build the same document.
 *
 * One page: the board runs in side-by-side columns and the type shrinks step by step
 * ({@link BULLETIN_DENSITIES}); {@link renderBulletin} renders, counts the pages and steps on.
 * What cannot fit even at the smallest size flows onto a second page and says so.
 */
import type { Content, ContentTable, CustomTableLayout, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { compare, periodResults, rankChangeSymbol, type PeriodResult, type SubjectComparison } from "../engine/periods/compare";
import type { Evaluation } from "../engine/check/evaluate";
import { format, type MessageKey } from "../messages";
import { boardRows, type BoardRow } from "../engine/check/outputs";
import { tierLabel } from "../engine/scheme/scheme";
import type { Lang, Violation } from "../engine/types";
import { boardResults } from "./board";
import { swatchSvg, tierBarSvg, tierFill } from "./chart-svg";
import { dateText, scoreText, sep } from "./format";
import { ERROR_FILL, ERROR_TEXT, FAMILY, HEADER_FILL, LIGHT, WARNING_FILL, WARNING_TEXT } from "./style";

/** Options of {@link buildBulletin}. */
export interface BulletinOptions {
  /** Default: 「{scheme}通报（{period}）」. */
  title?: string;
  /** The period's label as printed (2026年3月). */
  period: string;
  /** 发文单位. */
  issuer?: string;
  /** YYYY-MM-DD. */
  date: string;
  lang: Lang;
  orientation?: "landscape" | "portrait";
  /** The previous period's results and label: the board then shows the rank change. */
  previous?: { results: readonly PeriodResult[]; label: string } | null;
  /** 0 (largest type) … BULLETIN_DENSITIES − 1 (smallest); default: estimated to fit one page. */
  density?: number;
  /** Say in the bulletin that it does not fit on one page. */
  overflow?: boolean;
}

/** Body font sizes, one per density step. */
const FONT_SIZES = [8, 7.5, 7, 6.5, 6, 5.5, 5] as const;
/** Number of density steps. */
export const BULLETIN_DENSITIES = FONT_SIZES.length;
/** The step a bulletin that cannot fit on one page is printed at: it flows on, so it may as well be readable. */
const FLOW_DENSITY = 3;
/** Violations listed at most; the rest are counted. */
const MAX_VIOLATIONS = 10;

const PAGE = { landscape: { width: 841.89, height: 595.28 }, portrait: { width: 595.28, height: 841.89 } };
const MARGINS: [number, number, number, number] = [28, 22, 28, 26];
const GAP = 8;
const UP = "#006100";
const DOWN = "#9C0006";

/** Height of a line of text, and of a table row, at a font size (Noto Sans SC: ascent + descent ≈ 1.45 em). */
const lineH = (fs: number) => fs * 1.45;
const rowH = (fs: number) => lineH(fs) + 3.5;
/** Width of a text: CJK and full-width characters 1 em, others about 0.55 em. */
function textWidth(s: string, fs: number): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! > 0x2e80 ? fs : fs * 0.55;
  return w;
}
/** Lines a text wraps into at a width. */
const linesOf = (s: string, fs: number, width: number) => Math.max(1, Math.ceil(textWidth(s, fs) / Math.max(width, 1)));

const TIGHT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => "#9E9E9E",
  vLineColor: () => "#9E9E9E",
  paddingLeft: () => 2.5,
  paddingRight: () => 2.5,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};
const BARE: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 1.5,
  paddingRight: () => 1.5,
  paddingTop: () => 1,
  paddingBottom: () => 1,
};

/** The facts the bulletin prints, worked out once for every density. */
interface Facts {
  lang: Lang;
  rows: BoardRow[];
  /** The rank change of each board row (board order); null without a previous period. */
  changes: string[] | null;
  groups: { group: string; rows: BoardRow[] }[];
  hasLights: boolean;
  /** The scheme's decimals for scores (undefined: as they are). */
  decimals: number | undefined;
  tierChanges: string[];
  newUnits: string[];
  leftUnits: string[];
  /** The reviewers' decisions in force (变更记录), as the ※ note explains them. */
  overrides: string[];
  violations: Violation[];
}

function factsOf(ev: Evaluation, opts: BulletinOptions): Facts {
  const { lang } = opts;
  const rows = boardRows(ev, lang);
  const prev = opts.previous ?? null;
  const onBoard = prev ? compare(prev.results, boardResults(rows)) : null;
  // Tier changes need tier indexes: the table's own results against the previous period's.
  const byTable = prev ? compare(prev.results, periodResults(ev)) : null;
  const groups: Facts["groups"] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last && last.group === r.group) last.rows.push(r);
    else groups.push({ group: r.group, rows: [r] });
  }
  const tier = (t: number | null) => (t === null ? "—" : tierLabel(ev.scheme, t, lang));
  const moved = (s: SubjectComparison) => s.tierChange !== null && (s.tierChange.direction === "up" || s.tierChange.direction === "down");
  return {
    lang,
    rows,
    changes: onBoard ? onBoard.subjects.map((s) => rankChangeSymbol(s.rankChange, lang)) : null,
    groups,
    hasLights: ev.scheme.lights !== undefined,
    decimals: ev.scheme.scoring.decimals,
    tierChanges: (byTable?.subjects ?? []).filter(moved).map((s) => format("bulletin.tierChange", lang, { name: s.current.name, from: tier(s.tierChange!.from), to: tier(s.tierChange!.to) })),
    newUnits: (onBoard?.subjects ?? []).filter((s) => s.rankChange.kind === "new").map((s) => s.current.name),
    leftUnits: (onBoard?.left ?? []).map((l) => l.name),
    overrides: (ev.decisions?.applied ?? []).map((o) =>
      format("bulletin.override", lang, {
        name: o.subject,
        field: format(`override.field.${o.field}`, lang),
        from: o.from || "—",
        to: o.to,
        reason: o.rule ? `${format(`overrideRule.${o.rule}`, lang)}${lang === "en-US" ? ": " : "："}${o.reason}` : o.reason,
      }),
    ),
    violations: [...ev.check.violations.filter((v) => v.severity === "error"), ...ev.check.violations.filter((v) => v.severity !== "error")],
  };
}

/** The geometry of one density step. */
interface Layout {
  fs: number;
  columns: number;
  width: number;
  height: number;
  /** Estimated height of the whole content. */
  estimate: number;
}

/** Lines of the board: a heading per group, then its rows. */
type BoardLine = { kind: "group"; group: string; n: number; cont: boolean } | { kind: "row"; index: number };

function boardLines(facts: Facts): BoardLine[] {
  const out: BoardLine[] = [];
  let index = 0;
  for (const g of facts.groups) {
    out.push({ kind: "group", group: g.group, n: g.rows.length, cont: false });
    for (let k = 0; k < g.rows.length; k++) out.push({ kind: "row", index: index++ });
  }
  return out;
}

/**
 * The board's lines split into `k` columns of at most `per` lines: a column that starts inside a
 * group starts with the group's heading again (续), and no column ends on a heading.
 */
function splitColumns(lines: readonly BoardLine[], k: number): BoardLine[][] {
  const per = Math.ceil((lines.length + k - 1) / k);
  const cols: BoardLine[][] = [[]];
  let group: BoardLine | null = null;
  for (const line of lines) {
    let col = cols[cols.length - 1]!;
    const full = col.length >= per || (line.kind === "group" && col.length >= per - 1);
    if (full) {
      cols.push((col = []));
      if (line.kind === "row" && group && group.kind === "group") col.push({ ...group, cont: true });
    }
    if (line.kind === "group") group = line;
    col.push(line);
  }
  return cols;
}

/** The layout of a density step: the board's column count and the estimated height. */
function layoutOf(facts: Facts, ev: Evaluation, opts: BulletinOptions, density: number): Layout {
  const page = PAGE[opts.orientation ?? "landscape"];
  const width = page.width - MARGINS[0] - MARGINS[2];
  const height = page.height - MARGINS[1] - MARGINS[3];
  const fs = FONT_SIZES[Math.max(0, Math.min(density, FONT_SIZES.length - 1))]!;
  const lines = boardLines(facts);
  const longest = Math.max(4, ...facts.rows.map((r) => [...r.name].length));
  const columnWidth = fs * (Math.min(longest, 12) + 16) + 6;
  const maxColumns = Math.max(1, Math.min(4, Math.floor((width + GAP) / (columnWidth + GAP))));
  const others = otherHeight(facts, ev, fs, width);
  const boardHeight = (k: number) => (Math.ceil((lines.length + k - 1) / k) + 1) * rowH(fs);
  // A column no wider than about 400 pt (a board across the whole landscape page is mostly blank).
  const fewest = Math.min(maxColumns, lines.length > 10 ? Math.ceil(width / 400) : 1);
  let columns = maxColumns;
  for (let k = fewest; k <= maxColumns; k++)
    if (others + boardHeight(k) <= height * SAFETY) {
      columns = k;
      break;
    }
  return { fs, columns, width, height, estimate: others + boardHeight(columns) };
}

/** Estimated height of everything but the board's rows. */
function otherHeight(facts: Facts, ev: Evaluation, fs: number, width: number): number {
  const small = fs - 0.5;
  const title = lineH(fs + 6) + 2 + lineH(small) + 6;
  const notes = [legendText(facts), ...notesText(facts)].reduce((h, t) => h + linesOf(t, small, width) * lineH(small), 0) + 4;
  const half = (width - GAP * 2) / 2;
  const heading = lineH(fs + 1.5) + 4;
  const topBottom = heading + rowH(fs) + facts.groups.reduce((h, g) => h + Math.max(1, topBottomOf(g.rows).top.length, topBottomOf(g.rows).bottom.length) * lineH(fs) + 3.5, 0);
  const chart = heading + ev.check.groups.length * (Math.max(lineH(fs), barHeight(fs)) + 2) + lineH(small) * 2 + 6;
  const shown = facts.violations.slice(0, MAX_VIOLATIONS);
  const violations =
    heading +
    (shown.length === 0 ? lineH(fs) : 0) +
    shown.reduce((h, v) => h + (linesOf(v.message, fs, half - 20) + (v.fix ? linesOf(v.fix.message, small, half - 20) : 0)) * lineH(fs) + 3, 0) +
    (facts.violations.length > MAX_VIOLATIONS ? lineH(small) : 0);
  return title + notes + 6 + Math.max(topBottom, chart + violations);
}

const barHeight = (fs: number) => Math.max(8, fs * 1.6);
/** The share of the page an estimate may fill: the estimate is rough, and a step too large costs a render. */
const SAFETY = 0.96;

/**
 * The first step whose estimated height fits the page (else the last): where {@link renderBulletin} starts.
 * @example bulletinDensity(ev, { period: "2026年3月", date: "2026-04-08", lang: "zh-CN" }) // 2
 */
export function bulletinDensity(ev: Evaluation, opts: BulletinOptions): number {
  return plan(ev, opts).density;
}

/** The estimated step, and whether even the smallest type is far from fitting (no use trying each step). */
function plan(ev: Evaluation, opts: BulletinOptions): { density: number; hopeless: boolean } {
  const facts = factsOf(ev, opts);
  let l: Layout | undefined;
  for (let d = 0; d < BULLETIN_DENSITIES; d++) {
    l = layoutOf(facts, ev, opts, d);
    if (l.estimate <= l.height * SAFETY) return { density: d, hopeless: false };
  }
  return { density: BULLETIN_DENSITIES - 1, hopeless: l !== undefined && l.estimate > l.height * 1.2 };
}

/**
 * Build the bulletin's document definition at a density step (default: {@link bulletinDensity}).
 * @example
 * const doc = buildBulletin(run.ev, { period: "2026年3月", date: "2026-04-08", lang: "zh-CN",
 *   previous: { results: before.results, label: "2026年2月" } });
 */
export function buildBulletin(ev: Evaluation, opts: BulletinOptions): TDocumentDefinitions {
  const { lang } = opts;
  const facts = factsOf(ev, opts);
  const density = opts.density ?? bulletinDensity(ev, opts);
  const layout = layoutOf(facts, ev, opts, density);
  const { fs, width } = layout;
  const small = fs - 0.5;
  const schemeName = lang === "en-US" ? ev.scheme.name.en : ev.scheme.name.zh;
  const title = opts.title ?? format("bulletin.title", lang, { scheme: schemeName, period: opts.period });
  const meta = [
    format("report.period", lang, { value: opts.period }),
    format("report.scheme", lang, { value: schemeName }),
    opts.issuer ? format("report.issuer", lang, { value: opts.issuer }) : "",
    opts.previous ? format("bulletin.previous", lang, { period: opts.previous.label }) : format("bulletin.firstPeriod", lang),
    format("report.date", lang, { value: dateText(opts.date, lang) }),
  ].filter((s) => s !== "");

  const half = (width - GAP * 2) / 2;
  const content: Content[] = [
    { text: title, fontSize: fs + 6, bold: true, alignment: "center", marginBottom: 2 },
    { text: meta.join(format("report.metaSep", lang)), fontSize: small, alignment: "center", color: "#333333", marginBottom: 6 },
    ...(opts.overflow ? [{ text: format("bulletin.overflow", lang), fontSize: small, color: ERROR_TEXT, alignment: "center", marginTop: -3, marginBottom: 4 } as Content] : []),
    boardColumns(facts, layout),
    { text: [legendText(facts), ...notesText(facts)].join("\n"), fontSize: small, color: "#333333", marginTop: 3, marginBottom: 6 },
    {
      // Kept together: when the page is full it moves whole to the next one, headings with it.
      unbreakable: true,
      columns: [
        { width: half, stack: topBottomPart(facts, fs) },
        { width: width - half - GAP * 2, stack: [...chartPart(ev, lang, fs, width - half - GAP * 2), ...violationsPart(facts, fs, lang)] },
      ],
      columnGap: GAP * 2,
    },
  ];
  return {
    pageSize: "A4",
    pageOrientation: opts.orientation ?? "landscape",
    pageMargins: MARGINS,
    info: { title, creator: "Assess 考核助手", producer: "Assess 考核助手 (pdfmake)" },
    defaultStyle: { font: FAMILY, fontSize: fs, lineHeight: 1 },
    footer: (current: number, total: number) => ({
      text: format("bulletin.page", lang, { page: current, pages: total }),
      alignment: "center",
      fontSize: 6.5,
      color: "#666666",
      marginTop: 10,
    }),
    content,
  };
}

/**
 * Render the bulletin on as few pages as the density steps allow: start at the estimated step,
 * render, and take the next smaller type while it runs over one page; when even the smallest does
 * not fit (or is estimated far from fitting), render it once more, in a readable size again, with
 * the note that it flows on. `render` returns the rendered
 * bytes (or anything) with their page count — Node's pdfmake or the browser's.
 * @example const { result: pdf, pages } = await renderBulletin(ev, opts, async (doc) => { const pdf = await renderPdf(doc, fonts); return { result: pdf, pages: pageCount(pdf) }; });
 */
export async function renderBulletin<T>(
  ev: Evaluation,
  opts: BulletinOptions,
  render: (doc: TDocumentDefinitions) => Promise<{ result: T; pages: number }>,
): Promise<{ result: T; pages: number; density: number; fits: boolean }> {
  const planned = plan(ev, opts);
  let density = opts.density ?? planned.density;
  while (!planned.hopeless) {
    const out = await render(buildBulletin(ev, { ...opts, density, overflow: false }));
    if (out.pages <= 1) return { ...out, density, fits: true };
    if (density >= BULLETIN_DENSITIES - 1) break;
    density++;
  }
  density = Math.min(density, FLOW_DENSITY);
  const out = await render(buildBulletin(ev, { ...opts, density, overflow: true }));
  return { ...out, density, fits: out.pages <= 1 };
}

// ── the board ────────────────────────────────────────────────────────────────────────

function boardColumns(facts: Facts, layout: Layout): Content {
  const cols = splitColumns(boardLines(facts), layout.columns);
  const w = (layout.width - GAP * (layout.columns - 1)) / layout.columns;
  return { columns: cols.map((lines) => ({ width: w, stack: [boardTable(facts, lines, layout.fs)] })), columnGap: GAP };
}

function boardTable(facts: Facts, lines: readonly BoardLine[], fs: number): ContentTable {
  const { lang } = facts;
  const keys: MessageKey[] = ["board.rank", "board.name", "board.score", "board.tier", ...(facts.hasLights ? (["board.light"] as const) : [])];
  const head: TableCell[] = [...keys.map((k) => format(k, lang)), ...(facts.changes ? [format("report.change", lang)] : [])].map((text) => ({
    text,
    bold: true,
    fillColor: HEADER_FILL,
    alignment: "center",
  }));
  const n = head.length;
  const body: TableCell[][] = [head];
  for (const line of lines) {
    if (line.kind === "group") {
      const name = line.group || format("report.noGroup", lang);
      const text = line.cont ? format("bulletin.groupCont", lang, { group: name }) : format("bulletin.groupHead", lang, { group: name, n: line.n });
      body.push([{ text, colSpan: n, bold: true, fillColor: "#F5F5F5" }, ...Array.from({ length: n - 1 }, () => ({ text: "" }))]);
      continue;
    }
    const r = facts.rows[line.index]!;
    const row: TableCell[] = [
      { text: r.rank === null ? "—" : String(r.rank), alignment: "center" },
      { text: r.name },
      { text: scoreText(r.score, facts.decimals), alignment: "right" },
      { text: r.tier, alignment: "center" },
    ];
    if (facts.hasLights) row.push(lightCell(r, lang));
    if (facts.changes) row.push(changeCell(facts.changes[line.index] ?? ""));
    body.push(row);
  }
  const widths = ["auto", "*", "auto", "auto", ...(facts.hasLights ? ["auto"] : []), ...(facts.changes ? ["auto"] : [])];
  return { table: { headerRows: 1, dontBreakRows: true, widths, body }, layout: TIGHT, fontSize: fs };
}

function lightCell(r: BoardRow, lang: Lang): TableCell {
  if (!r.light) return { text: "" };
  const s = LIGHT[r.light];
  return { text: `${s.symbol}${format(`light.${r.light}`, lang)}`, fillColor: s.fill, color: s.color, alignment: "center" };
}

function changeCell(c: string): TableCell {
  return { text: c, alignment: "center", color: c.startsWith("▲") ? UP : c.startsWith("▼") ? DOWN : "#333333", bold: c.startsWith("▲") || c.startsWith("▼") };
}

function legendText(facts: Facts): string {
  return [facts.hasLights ? format("bulletin.legend", facts.lang) : "", facts.changes ? format("bulletin.changeLegend", facts.lang) : ""].filter((s) => s).join(" ");
}

function notesText(facts: Facts): string[] {
  const { lang } = facts;
  const out: string[] = [];
  if (facts.tierChanges.length > 0) out.push(format("bulletin.tierChanges", lang, { items: facts.tierChanges.join(lang === "en-US" ? "; " : "；") }));
  const units = [
    facts.newUnits.length > 0 ? format("bulletin.newUnits", lang, { names: facts.newUnits.join(sep(lang)) }) : "",
    facts.leftUnits.length > 0 ? format("bulletin.leftUnits", lang, { names: facts.leftUnits.join(sep(lang)) }) : "",
  ].filter((s) => s);
  if (units.length > 0) out.push(units.join(lang === "en-US" ? ". " : "。"));
  if (facts.overrides.length > 0) out.push(format("bulletin.overrides", lang, { items: facts.overrides.join(lang === "en-US" ? "; " : "；") }));
  return out;
}

// ── top three and bottom three ──────────────────────────────────────────────────────

/**
 * The top three of a group (rank ≤ 3, ties included) and its bottom three (the last three
 * places, ties included), none listed twice. `rows` are the group's board rows, by rank.
 */
function topBottomOf(rows: readonly BoardRow[]): { top: number[]; bottom: number[] } {
  const ranked = rows.flatMap((r, i) => (r.rank === null ? [] : [i]));
  const top = ranked.filter((i) => rows[i]!.rank! <= 3);
  const cut = ranked.length >= 3 ? rows[ranked[ranked.length - 3]!]!.rank! : 1;
  const bottom = ranked.filter((i) => rows[i]!.rank! >= cut && !top.includes(i));
  return { top, bottom };
}

function heading(text: string, fs: number): Content {
  return { text, bold: true, fontSize: fs + 1.5, marginBottom: 3, marginTop: 1 };
}

function topBottomPart(facts: Facts, fs: number): Content[] {
  const { lang } = facts;
  const body: TableCell[][] = [[format("board.group", lang), format("bulletin.top", lang), format("bulletin.bottom", lang)].map((text) => ({ text, bold: true, fillColor: HEADER_FILL, alignment: "center" }))];
  let offset = 0;
  for (const g of facts.groups) {
    const { top, bottom } = topBottomOf(g.rows);
    const entry = (i: number): Content => {
      const r = g.rows[i]!;
      const change = facts.changes?.[offset + i] ?? "";
      return {
        text: [
          { text: `${r.rank}. `, color: "#555555" },
          { text: r.name },
          { text: ` ${scoreText(r.score, facts.decimals)}`, color: "#555555" },
          ...(change ? [{ text: ` ${change}`, color: change.startsWith("▲") ? UP : change.startsWith("▼") ? DOWN : "#555555" }] : []),
        ],
      };
    };
    body.push([{ text: g.group || format("report.noGroup", lang), bold: true }, { stack: top.map(entry) }, { stack: bottom.map(entry) }]);
    offset += g.rows.length;
  }
  return [heading(format("bulletin.topBottom", lang), fs), { table: { headerRows: 1, dontBreakRows: true, widths: ["auto", "*", "*"], body }, layout: TIGHT, fontSize: fs }];
}

// ── the chart: tiers per group against the quota ────────────────────────────────────

function chartPart(ev: Evaluation, lang: Lang, fs: number, width: number): Content[] {
  const groups = ev.check.groups;
  const tiers = ev.scheme.tiers.length;
  const small = fs - 0.5;
  const countsText = (g: (typeof groups)[number]) =>
    g.counts.map((c, t) => {
      const limit = g.limits[t];
      const over = limit !== null && limit !== undefined && c > limit;
      const space = t === 0 ? "" : lang === "en-US" ? "  " : "\u3000";
      return { text: `${space}${tierLabel(ev.scheme, t, lang)} ${limit === null || limit === undefined ? c : `${c}/${limit}`}`, color: over ? ERROR_TEXT : "#222222", bold: over };
    });
  const labels = groups.map((g) => g.group || format("report.noGroup", lang));
  const labelW = Math.min(width * 0.3, Math.max(...labels.map((l) => textWidth(l, fs))) + 4);
  const countsW = Math.max(...groups.map((g) => textWidth(countsText(g).map((x) => x.text).join(""), fs))) + 4;
  const barW = Math.max(60, width - labelW - countsW - 12);
  const barH = barHeight(fs);
  const body: TableCell[][] = groups.map((g, k) => [
    { text: labels[k]!, noWrap: true, marginTop: Math.max(0, (barH - lineH(fs)) / 2) },
    { svg: tierBarSvg({ counts: g.counts, limits: g.limits }, barW, barH), width: barW, height: barH },
    { text: countsText(g), noWrap: true, marginTop: Math.max(0, (barH - lineH(fs)) / 2) },
  ]);
  const over = groups.some((g) => g.counts.some((c, t) => g.limits[t] !== null && g.limits[t] !== undefined && c > g.limits[t]!));
  const limited = groups.some((g) => g.limits.some((l) => l !== null && l !== undefined));
  const sw = Math.max(6, small);
  const legend: TableCell[] = [];
  for (let t = 0; t < tiers; t++) legend.push({ svg: swatchSvg({ fill: tierFill(t, tiers) }, sw), width: sw, height: sw }, { text: tierLabel(ev.scheme, t, lang), marginRight: 4 });
  if (limited) legend.push({ svg: swatchSvg("limit", sw), width: sw, height: sw }, { text: format("bulletin.quota", lang), marginRight: 4 });
  if (over) legend.push({ svg: swatchSvg("over", sw), width: sw, height: sw }, { text: format("bulletin.over", lang) });
  return [
    heading(format("bulletin.chart", lang), fs),
    { table: { widths: [labelW, barW, "*"], body }, layout: BARE, fontSize: fs },
    { table: { widths: legend.map(() => "auto"), body: [legend] }, layout: BARE, fontSize: small, marginTop: 1 },
    { text: format(ev.check.typed ? "bulletin.chartTyped" : "bulletin.chartComputed", lang), fontSize: small, color: "#444444", marginTop: 1, marginBottom: 6 },
  ];
}

// ── the period's problems ────────────────────────────────────────────────────────────

function violationsPart(facts: Facts, fs: number, lang: Lang): Content[] {
  const all = facts.violations;
  const errors = all.filter((v) => v.severity === "error").length;
  if (all.length === 0) return [heading(format("bulletin.problems", lang), fs), { text: format("bulletin.clean", lang), fontSize: fs }];
  const out: Content[] = [heading(format("bulletin.violations", lang, { errors, warnings: all.length - errors }), fs)];
  const body: TableCell[][] = all.slice(0, MAX_VIOLATIONS).map((v) => {
    const error = v.severity === "error";
    return [
      { text: error ? "×" : "!", bold: true, alignment: "center", color: error ? ERROR_TEXT : WARNING_TEXT, fillColor: error ? ERROR_FILL : WARNING_FILL },
      { stack: [{ text: v.message }, ...(v.fix ? [{ text: format("bulletin.fix", lang, { fix: v.fix.message }), fontSize: fs - 0.5, color: "#555555" }] : [])] },
    ];
  });
  out.push({ table: { widths: [fs + 2, "*"], body }, layout: { ...BARE, paddingBottom: () => 2 }, fontSize: fs });
  if (all.length > MAX_VIOLATIONS) out.push({ text: format("bulletin.moreViolations", lang, { n: all.length - MAX_VIOLATIONS }), fontSize: fs - 0.5, color: "#444444", marginTop: 2 });
  return out;
}
