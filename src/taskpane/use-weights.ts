/**
 * The 权重设计 section's state and side effects: the block of cells (pasted, or the selection read
 * through the host), the method and its options, the weights the engine computes (src/engine/mcdm),
 * and writing them into the pane's scheme form — matched to its indicators by name (or in order) —
 * after a confirmation when the judgement matrix is not consistent. The form is then saved with the
 * scheme section's own button, as any other edit of it.
 */
import { useCallback, useMemo, useState } from "react";
import { cellAddress, columnLetter } from "../engine/input/cells";
import { normalizeText } from "../engine/input/labels";
import { format } from "../messages";
import {
  RI_TABLES,
  ahp,
  consistencyProblem,
  entropyWeights,
  mcdmMessage,
  type AhpMethod,
  type AhpResult,
  type Direction,
  type EntropyResult,
  type EntropyVariant,
  type McdmProblem,
  type RiTableId,
} from "../engine/mcdm";
import { pastedGrid, rangeOrigin, readGrid, withCellTexts, type GridRead } from "../engine/mcdm/grid";
import type { SchemeInput } from "../engine/scheme/scheme";
import type { CellValue, Lang } from "../engine/types";
import type { SheetHost } from "../workbook/host";
import { indicatorGroups } from "./scheme-form";
import { errorText, type Pane } from "./use-pane";

/** The weight methods the pane offers (TOPSIS ranks subjects: the CLI and the functions have it). */
export type WeightMethod = "ahp" | "entropy";

/** A text that renders in the pane's current language (so a message follows the language switch). */
export type Localized = (lang: Lang) => string;

/** What the section shows under its inputs. */
export type WeightsResult =
  | { kind: "empty" }
  | { kind: "needVariant" }
  | { kind: "problems"; messages: string[] }
  | {
      kind: "weights";
      /** The criteria's names as shown (an unnamed one as 第 n 项). */
      names: string[];
      /** The block's own names, null without: what is matched against the scheme's indicators. */
      labels: string[] | null;
      weights: number[];
      /** Percent with two decimals, adding up to exactly 100 (see {@link percentsOf}). */
      percents: number[];
      ahp: AhpResult | null;
      entropy: EntropyResult | null;
      /** The consistency verdict (AHP). */
      verdict: { intent: "success" | "warning"; text: string } | null;
      /** The question to confirm before writing (CR ≥ 0.1, or no CR for n > 2), else null. */
      confirm: string | null;
      /** A note on the block (rows and columns named differently). */
      note: string | null;
    };

/** The inputs of a computation. */
export interface WeightsSettings {
  method: WeightMethod;
  ahpMethod: AhpMethod;
  ri: RiTableId;
  /** Entropy: none until the reviewer chooses (the variants give different weights). */
  variant: EntropyVariant | null;
  /** Entropy (min–max): one per data column; missing ones are benefit criteria. */
  directions: readonly Direction[];
}

/**
 * Weights as percents with two decimals that add up to exactly 100: each rounded down to the
 * hundredth, the hundredths left over going to the largest remainders (ties to the first).
 * @example percentsOf([1 / 3, 1 / 3, 1 / 3]) // [33.34, 33.33, 33.33]
 */
export function percentsOf(weights: readonly number[]): number[] {
  const exact = weights.map((w) => w * 10_000);
  const hundredths = exact.map((x) => Math.floor(x + 1e-9));
  let left = 10_000 - hundredths.reduce((a, b) => a + b, 0);
  const order = exact.map((_, i) => i).sort((a, b) => exact[b]! - hundredths[b]! - (exact[a]! - hundredths[a]!) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    hundredths[i]!++;
    left--;
  }
  return hundredths.map((h) => h / 100);
}

const fixed = (x: number, digits: number) => {
  const s = x.toFixed(digits);
  return Number(s) === 0 ? (0).toFixed(digits) : s;
};
const list = (items: readonly string[], lang: Lang) => items.join(lang === "en-US" ? ", " : "、");

/**
 * Compute the weights of a block: a judgement matrix (AHP) or a data table (entropy). Problems
 * name their cells by address when the block came from the sheet (`origin`: the selection's
 * address), else by row and column of the pasted block.
 */
export function computeWeights(grid: readonly (readonly CellValue[])[], origin: string | null, s: WeightsSettings, lang: Lang): WeightsResult {
  return computeFrom(readGrid(grid, s.method === "ahp" ? "matrix" : "data"), origin, s, lang);
}

/**
 * The criteria's names as shown: the block's own, or 第 n 项 for one without.
 * @example criterionNames(readGrid([["甲", "乙"], [1, 2], [3, 4]], "data"), "zh-CN") // ["甲", "乙"]
 */
export function criterionNames(read: GridRead, lang: Lang): string[] {
  const k = read.values[0]?.length ?? 0;
  return Array.from({ length: k }, (_, j) => read.labels?.[j] || format("pane.weights.unnamed", lang, { n: j + 1 }));
}

function computeFrom(read: GridRead, origin: string | null, s: WeightsSettings, lang: Lang): WeightsResult {
  if (read.values.length === 0) return { kind: "empty" };
  if (s.method === "entropy" && s.variant === null) return { kind: "needVariant" };
  const at = origin === null ? null : rangeOrigin(origin);
  const where = (i: number, j: number) =>
    at ? cellAddress(at.sheet, at.col + read.left + j, at.row + read.top + i + 1) : format("mcdm.where", lang, { row: read.top + i + 1, col: read.left + j + 1 });
  const column = (j: number) => {
    const place = at ? format("pane.weights.letter", lang, { letter: columnLetter(at.col + read.left + j) }) : format("mcdm.column", lang, { col: read.left + j + 1 });
    const name = read.labels?.[j];
    return name ? format("pane.weights.criterion", lang, { name, where: place }) : place;
  };
  const problems = (ps: readonly McdmProblem[]): WeightsResult => ({
    kind: "problems",
    messages: withCellTexts(ps, read).map((p) => {
      const text = mcdmMessage(p, lang, where, column);
      const date = p.code === "NOT_NUMBER" && p.row !== undefined && p.col !== undefined && read.dates[p.row]?.[p.col];
      return date ? text + format("weights.cli.dateHint", lang) : text;
    }),
  });

  if (s.method === "ahp") {
    const r = ahp(read.values, { method: s.ahpMethod, ri: s.ri });
    if (!r.ok) return problems(r.problems);
    const a = r.value;
    const unknown = consistencyProblem(a);
    const detail = unknown ? format("pane.weights.tooLarge", lang, { value: unknown.value, expected: unknown.expected }) : "";
    const cr = a.cr === null ? "" : fixed(a.cr, 4);
    const verdict =
      a.cr === null
        ? unknown
          ? { intent: "warning" as const, text: format("weights.unknownConsistency", lang, { detail }) }
          : { intent: "success" as const, text: format("weights.consistentSmall", lang, { n: a.n }) }
        : { intent: a.consistent ? ("success" as const) : ("warning" as const), text: format(a.consistent ? "weights.consistent" : "weights.inconsistent", lang, { cr }) };
    const confirm = a.consistent ? null : unknown ? format("pane.weights.confirmUnknown", lang, { detail }) : format("pane.weights.confirmInconsistent", lang, { cr });
    const m = read.labelMismatch;
    const note = m === null ? null : format("weights.cli.labelOrder", lang, { i: m + 1, row: read.rowLabels?.[m] ?? "", col: read.columnLabels?.[m] ?? "" });
    return { kind: "weights", names: criterionNames(read, lang), labels: read.labels, weights: a.weights, percents: percentsOf(a.weights), ahp: a, entropy: null, verdict, confirm, note };
  }

  const k = read.values[0]?.length ?? 0;
  const variant = s.variant as EntropyVariant;
  const directions = Array.from({ length: k }, (_, j) => s.directions[j] ?? "benefit");
  const r = entropyWeights(read.values, { variant, ...(variant === "minmax" ? { directions } : {}) });
  if (!r.ok) return problems(r.problems);
  const e = r.value;
  return { kind: "weights", names: criterionNames(read, lang), labels: read.labels, weights: e.weights, percents: percentsOf(e.weights), ahp: null, entropy: e, verdict: null, confirm: null, note: null };
}

/** Where computed weights go in the scheme: indicator ids in the criteria's order, and their section. */
export type IndicatorMatch = { ok: true; ids: string[]; section: string } | { ok: false; message: Localized };

/**
 * Match the criteria to the scheme's indicators: by name (label, id or column, compared after
 * {@link normalizeText}: full-width, Traditional, case and spaces do not matter), or — when the
 * block names none — in order, to the one level with as many indicators. The criteria must be all
 * the indicators of one level (a section, or all indicators when there are none), since a level's
 * weights add up to 100; anything else is a message, and nothing is written.
 * @example matchIndicators(["项目建设", "招商引资", "乡村振兴"], 3, jiuyuanSample) // { ok: true, ids: ["projects", "investment", "rural"], section: "" }
 */
export function matchIndicators(labels: readonly string[] | null, n: number, input: SchemeInput): IndicatorMatch {
  const indicators = input.scoring?.indicators ?? [];
  const fail = (message: Localized): IndicatorMatch => ({ ok: false, message });
  if (indicators.length === 0) return fail((lang) => format("pane.weights.noIndicators", lang));
  const groups = indicatorGroups(input);
  const nameOf = (id: string) => {
    const ind = indicators.find((x) => x.id === id);
    return ind?.label ?? id;
  };
  const groupName = (g: { label: string; section: string }, lang: Lang) => g.label || g.section || format("pane.weights.all", lang);

  if (!labels || labels.every((l) => l.trim() === "")) {
    const fits = groups.filter((g) => g.ids.length === n);
    if (fits.length !== 1) {
      return fail((lang) => format("pane.weights.byOrder", lang, { n, counts: list(groups.map((g) => `${groupName(g, lang)} ${g.ids.length}`), lang) }));
    }
    return { ok: true, ids: [...fits[0]!.ids], section: fits[0]!.section };
  }

  const keys = indicators.map((ind) => new Set([ind.label, ind.id, ind.column].filter((x): x is string => !!x).map(normalizeText)));
  const ids: string[] = [];
  const unmatched: ((lang: Lang) => string)[] = [];
  labels.forEach((label, k) => {
    const key = normalizeText(label);
    const hit = key === "" ? -1 : keys.findIndex((ks) => ks.has(key));
    if (hit < 0) unmatched.push(label.trim() === "" ? (lang) => format("pane.weights.noName", lang, { n: k + 1 }) : () => `“${label.trim()}”`);
    else ids.push(indicators[hit]!.id);
  });
  if (unmatched.length > 0) {
    return fail((lang) =>
      format("pane.weights.unmatched", lang, { labels: list(unmatched.map((u) => u(lang)), lang), indicators: list(indicators.map((i) => i.label ?? i.id), lang) }),
    );
  }
  const twice = ids.findIndex((id, k) => ids.indexOf(id) !== k);
  if (twice >= 0) return fail((lang) => format("pane.weights.duplicate", lang, { label: labels[twice]!.trim() }));
  const sectionOf = (id: string) => indicators.find((i) => i.id === id)?.section ?? "";
  const sections = [...new Set(ids.map(sectionOf))];
  if (sections.length > 1) {
    return fail((lang) => format("pane.weights.sections", lang, { sections: list(sections.map((sec) => groupName(groups.find((g) => g.section === sec) ?? { label: "", section: sec }, lang)), lang) }));
  }
  const group = groups.find((g) => g.section === sections[0]);
  const missing = (group?.ids ?? []).filter((id) => !ids.includes(id));
  if (missing.length > 0) {
    return fail((lang) =>
      format("pane.weights.missing", lang, {
        section: group?.label ? format("pane.weights.writtenSection", lang, { section: group.label }) : "",
        indicators: list(missing.map(nameOf), lang),
      }),
    );
  }
  return { ok: true, ids, section: sections[0] ?? "" };
}

type Source = { kind: "paste" } | { kind: "selection"; address: string; values: CellValue[][] };

/** The outcome of 写入考核方案, shown under the button. */
export type WriteOutcome = { kind: "done"; message: Localized } | { kind: "error"; message: Localized } | null;

export function useWeights(host: SheetHost, pane: Pane) {
  const { lang } = pane;
  const [text, setTextState] = useState("");
  const [source, setSource] = useState<Source>({ kind: "paste" });
  const [settings, setSettings] = useState<WeightsSettings>({ method: "ahp", ahpMethod: "eigenvector", ri: "saaty", variant: null, directions: [] });
  const [reading, setReading] = useState(false);
  const [readFailure, setReadFailure] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<WriteOutcome>(null);
  const [confirming, setConfirming] = useState(false);

  const grid = useMemo(() => (source.kind === "selection" ? source.values : pastedGrid(text)), [source, text]);
  const read = useMemo(() => readGrid(grid, settings.method === "ahp" ? "matrix" : "data"), [grid, settings.method]);
  const criteria = useMemo(() => criterionNames(read, lang), [read, lang]);
  const result = useMemo(() => computeFrom(read, source.kind === "selection" ? source.address : null, settings, lang), [read, source, settings, lang]);

  const setText = useCallback((t: string) => {
    setTextState(t);
    setSource({ kind: "paste" });
    setOutcome(null);
  }, []);

  const configure = useCallback((patch: Partial<WeightsSettings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    setOutcome(null);
  }, []);

  const setDirection = useCallback((j: number, d: Direction) => {
    setSettings((s) => {
      const directions = [...s.directions];
      while (directions.length <= j) directions.push("benefit");
      directions[j] = d;
      return { ...s, directions };
    });
    setOutcome(null);
  }, []);

  /** Read the selected range through the host (Excel); the paste box stays as it is. */
  const readSelection = useCallback(async () => {
    if (!host.readSelectedGrid) return;
    setReading(true);
    setReadFailure(null);
    setOutcome(null);
    try {
      const got = await host.readSelectedGrid();
      setSource({ kind: "selection", address: got.address, values: got.values });
    } catch (e) {
      setReadFailure(e);
    } finally {
      setReading(false);
    }
  }, [host]);

  const match = useCallback(() => (result.kind === "weights" ? matchIndicators(result.labels, result.weights.length, pane.validation.input) : null), [result, pane.validation.input]);

  /** Write into the scheme form: each matched indicator its percent (the level then adds up to 100). */
  const write = useCallback(() => {
    setConfirming(false);
    const m = match();
    if (result.kind !== "weights" || !m) return;
    if (!m.ok) {
      setOutcome({ kind: "error", message: m.message });
      return;
    }
    const weights = { ...pane.form.weights };
    m.ids.forEach((id, k) => (weights[id] = String(result.percents[k])));
    pane.editForm({ weights });
    const input = pane.validation.input;
    const section = input.scoring?.sections?.find((x) => x.id === m.section)?.label ?? "";
    const percents = result.percents;
    const labelOf = (id: string) => input.scoring?.indicators?.find((i) => i.id === id)?.label ?? id;
    const save = pane.canSaveScheme;
    setOutcome({
      kind: "done",
      message: (l) =>
        format("pane.weights.written", l, {
          n: m.ids.length,
          section: section ? format("pane.weights.writtenSection", l, { section }) : "",
          list: list(m.ids.map((id, k) => format("pane.weights.writtenItem", l, { name: labelOf(id), weight: fixed(percents[k]!, 2) })), l),
        }) + (save ? format("pane.weights.writtenSave", l) : ""),
    });
  }, [match, result, pane]);

  /** 写入考核方案: a name that matches nothing is reported first; an inconsistent matrix asks first. */
  const requestWrite = useCallback(() => {
    if (result.kind !== "weights") return;
    const m = match();
    if (m && !m.ok) {
      setOutcome({ kind: "error", message: m.message });
      return;
    }
    if (result.confirm) setConfirming(true);
    else write();
  }, [result, match, write]);

  return {
    text,
    setText,
    settings,
    configure,
    setDirection,
    result,
    /** The criteria's names (the data table's columns, for the entropy directions). */
    criteria,
    /** The selection read (its address and size), while it is the block in use. */
    selection: source.kind === "selection" ? { address: source.address, rows: source.values.length, cols: source.values.reduce((w, r) => Math.max(w, r.length), 0) } : null,
    /** Read the selection, where the host can (Excel). */
    readSelection: host.readSelectedGrid ? readSelection : undefined,
    reading,
    readError: readFailure === null ? null : errorText(readFailure, lang),
    requestWrite,
    confirming,
    confirmWrite: write,
    cancelWrite: () => setConfirming(false),
    outcome: outcome ? { kind: outcome.kind, message: outcome.message(lang) } : null,
    /** The RI table's label and source, for the picker. */
    riTable: RI_TABLES[settings.ri],
  };
}

export type Weights = ReturnType<typeof useWeights>;
