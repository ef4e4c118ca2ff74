/**
 * The pane's state and its side effects (host calls), in one hook: read the table, the scheme
 * (preset, workbook, form), the evaluation, apply, fixes. Components render what it returns and
 * call its actions; they never call the host themselves.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PeriodResult } from "../engine/periods/compare";
import { evaluate, type Evaluation } from "../engine/check/evaluate";
import { format, isMessageKey } from "../messages";
import { boardRows, lightWord, outputColumns, outputHeader, OWN_PREFIX, type BoardRow } from "../engine/check/outputs";
import { presetIds, presetInput } from "../engine/scheme/presets";
import { parseScheme, type SchemeInput } from "../engine/scheme/scheme";
import type { CellValue, ColumnMap, Lang, Role, Violation } from "../engine/types";
import { allocationFromGrid, allocationSummary, withAllocation } from "../engine/rules/allocation";
import { cellAt } from "../engine/input/table";
import type { HostTable, SaveOutcome, SaveRoute, SheetHost, TableSource } from "../workbook/host";
import type { LayoutOptions } from "../workbook/layout/types";
import { sizeText } from "../save/size";
import { saveBlob } from "../save/download";
import { formFromInput, validateForm, type SchemeForm } from "./scheme-form";
import { useOverrides } from "./use-overrides";

/** The scheme choice meaning "the scheme stored in the workbook". */
export const WORKBOOK_SCHEME = "workbook";

/**
 * A host failure as a message in the pane's language (WorkbookError re-rendered by its code; a
 * code with a pane wording — a reading the pane lets the reviewer choose — in that wording).
 */
export function errorText(e: unknown, lang: Lang): string {
  const w = e as { name?: string; code?: string; params?: Record<string, unknown>; message?: string };
  const paneKey = `pane.workbook.${w?.code ?? ""}`;
  const key = `workbook.${w?.code ?? ""}`;
  if (w?.name === "WorkbookError" && isMessageKey(paneKey)) return format(paneKey, lang, w.params ?? {});
  if (w?.name === "WorkbookError" && isMessageKey(key)) return format(key, lang, w.params ?? {});
  return format("pane.error", lang, { detail: w?.message ?? String(e) });
}

/** A small table of what was written, read back from the workbook. */
export interface WrittenTable {
  title: string;
  headers: string[];
  rows: (string | number | null)[][];
}

/** How many rows of each written table the pane shows. */
export const WRITTEN_ROWS = 5;

const cellText = (v: CellValue): string | number | null =>
  v === null || v === undefined ? null : typeof v === "number" || typeof v === "string" ? v : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "boolean" ? String(v) : "error" in v ? v.error : null;

/** The 【计算】 columns of the first rows of the table as read back after a write. */
function writtenColumns(after: HostTable, lang: Lang): WrittenTable | null {
  const own = Object.entries(after.ownColumns).sort((a, b) => a[1] - b[1]);
  if (own.length === 0) return null;
  const name = after.map.name;
  const t = after.table;
  const rows = t.rows.slice(0, WRITTEN_ROWS);
  const text = (col: number, i: number) => cellText(cellAt(t, i, col));
  return {
    title: format("pane.written.columns", lang, { sheet: after.sheet, n: rows.length }),
    headers: [format("pane.written.row", lang), ...(name === undefined ? [] : [t.headers[name] ?? ""]), ...own.map(([h]) => h)],
    rows: rows.map((row, i) => [row, ...(name === undefined ? [] : [text(name, i)]), ...own.map(([, col]) => text(col, i))]),
  };
}

/** The top of the 晾晒表 as read back (hosts that can read sheets), else as it was written. */
function writtenBoard(sheets: { name: string; grid: CellValue[][] }[] | null, board: readonly BoardRow[], ev: Evaluation, lang: Lang): WrittenTable {
  const name = format("board.sheet", lang);
  const grid = sheets?.find((x) => x.name === name)?.grid;
  if (grid) {
    const filled = grid.map((r) => r.map(cellText)).filter((r) => r.some((v) => v !== null && v !== ""));
    const width = Math.max(0, ...filled.map((r) => r.reduce<number>((w, v, i) => (v !== null && v !== "" ? i + 1 : w), 0)));
    // The board's title row (one cell) is the heading; the next row is its header.
    const body = filled[0] && filled[0].filter((v) => v !== null && v !== "").length === 1 ? filled.slice(1) : filled;
    const [head, ...rows] = body.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
    if (head) {
      const shown = rows.slice(0, WRITTEN_ROWS);
      return { title: format("pane.written.board", lang, { board: name, n: shown.length }), headers: head.map((h) => String(h ?? "")), rows: shown };
    }
  }
  const shown = board.slice(0, WRITTEN_ROWS);
  return {
    title: format("pane.written.board", lang, { board: name, n: shown.length }),
    headers: (["group", "name", "score", "tier"] as const).map((r) => format(`pane.role.${r}`, lang)).concat(ev.scheme.lights ? [outputHeader("light", lang).replace(OWN_PREFIX, "")] : []),
    rows: shown.map((b) => [b.group, b.name, b.score, b.tier, ...(ev.scheme.lights ? [lightWord(b.light, lang) || null] : [])]),
  };
}

export type ApplyState = { kind: "idle" } | { kind: "running"; label?: string } | { kind: "done"; message: string; written?: WrittenTable[] } | { kind: "error"; message: string };

/** How long the sheet must stay unchanged before the pane re-reads it. */
export const RECHECK_DELAY_MS = 800;

export function usePane(host: SheetHost, initialLang: Lang) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [read, setRead] = useState<HostTable | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [map, setMap] = useState<ColumnMap>({});
  const [workbookScheme, setWorkbookScheme] = useState<SchemeInput | null>(null);
  const [choice, setChoice] = useState<string>(presetIds[0] as string);
  const [form, setForm] = useState<SchemeForm>(() => formFromInput(presetInput(presetIds[0] as string) as SchemeInput));
  const [checked, setChecked] = useState(false);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [apply, setApply] = useState<ApplyState>({ kind: "idle" });
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [pdf, setPdf] = useState<ApplyState>({ kind: "idle" });
  /** Which export the status is about: 导出 PDF (and the workbook's) or 导出通报 (分析与趋势). */
  const [pdfFrom, setPdfFrom] = useState<"report" | "bulletin">("report");

  /** Where the table was last read from: later re-reads (after a write, on a change) use it too. */
  const source = useRef<TableSource>({ kind: "usedRange" });
  /** The reading options the reviewer chose (版式识别); undefined: those remembered in the workbook. */
  const layoutOptions = useRef<LayoutOptions | undefined>(undefined);

  /** Read the table; `keepMap` keeps the user's column choices (after a write). Resolves with whether it was read. */
  const reload = useCallback(
    async (keepMap: boolean, from?: TableSource): Promise<boolean> => {
      if (from) source.current = from;
      setLoading(true);
      try {
        const r = await host.readTable(source.current, layoutOptions.current);
        setRead(r);
        setReadError(null);
        if (!keepMap) setMap(r.map);
        return true;
      } catch (e) {
        setRead(null);
        setReadError(e);
        return false;
      } finally {
        setLoading(false);
      }
    },
    [host],
  );

  const [allocationSheet, setAllocationSheet] = useState<{ name: string; grid: CellValue[][] } | null>(null);
  useEffect(() => {
    let live = true;
    void host.readAllocation?.().then(
      (a) => live && setAllocationSheet(a),
      () => undefined, // an unreadable sheet: the scheme's own allocation remains
    );
    return () => {
      live = false;
    };
  }, [host]);

  useEffect(() => {
    let live = true;
    void (async () => {
      await reload(false);
      if (!host.readScheme) return;
      try {
        const input = await host.readScheme();
        if (!live || input === null) return;
        if (parseScheme(input).ok) {
          setWorkbookScheme(input as SchemeInput);
          setChoice(WORKBOOK_SCHEME);
          setForm(formFromInput(input as SchemeInput));
        }
      } catch {
        // An unreadable 考核方案 sheet: the presets remain.
      }
    })();
    return () => {
      live = false;
    };
  }, [host, reload]);

  // Recheck when the sheet changes (Excel): re-read once the typing has paused, never on each key.
  useEffect(() => {
    if (!host.onChanged) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    void host
      .onChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void reload(true), RECHECK_DELAY_MS);
      })
      .then(
        (s) => (live ? (stop = s) : void s()),
        () => undefined, // no change events (older Excel): the reviewer rechecks by hand
      );
    return () => {
      live = false;
      clearTimeout(timer);
      void stop?.();
    };
  }, [host, reload]);

  const base: SchemeInput = (choice === WORKBOOK_SCHEME ? workbookScheme : presetInput(choice)) ?? (presetInput(presetIds[0] as string) as SchemeInput);
  const validation = useMemo(() => validateForm(base, form, lang), [base, form, lang]);
  // The workbook's 名额分配 sheet replaces the scheme's allocation tier by tier (as on the command line).
  const allocationRead = useMemo(
    () => (allocationSheet && validation.parsed.ok ? allocationFromGrid(allocationSheet.grid, allocationSheet.name, validation.parsed.scheme, lang) : null),
    [allocationSheet, validation, lang],
  );
  const scheme = validation.parsed.ok
    ? allocationRead && allocationRead.problems.length === 0
      ? withAllocation(validation.parsed.scheme, allocationRead.allocation, "sheet")
      : validation.parsed.scheme
    : null;
  /** What the pane says of places per group: the allocation in force, or the sheet's unreadable cells. */
  const allocation = useMemo(
    () => ({ lines: scheme ? allocationSummary(scheme, lang) : [], problems: allocationRead?.problems ?? [] }),
    [scheme, allocationRead, lang],
  );

  const computed: Evaluation | null = useMemo(() => (read && scheme ? evaluate(read.table, map, scheme, lang) : null), [read, map, scheme, lang]);
  /** The decision record (变更记录) applied to it: what the pane checks, writes and exports. */
  const overrides = useOverrides(host, computed, lang, read?.sheet ?? null);
  const ev = overrides.ev;

  const chooseScheme = useCallback(
    (id: string) => {
      const input = id === WORKBOOK_SCHEME ? workbookScheme : presetInput(id);
      if (!input) return;
      setChoice(id);
      setForm(formFromInput(input));
    },
    [workbookScheme],
  );

  const editForm = useCallback((patch: Partial<Omit<SchemeForm, "dirty">>) => {
    setForm((f) => {
      const dirty = new Set(f.dirty);
      for (const k of Object.keys(patch)) dirty.add(k as keyof Omit<SchemeForm, "dirty">);
      return { ...f, ...patch, dirty };
    });
  }, []);

  const setRole = useCallback((role: Role, col: number | undefined) => {
    setMap((m) => {
      const next = { ...m };
      if (col === undefined) delete next[role];
      else next[role] = col;
      return next;
    });
  }, []);

  /** Select cells in the sheet (Excel) or the preview (the standalone page). */
  const selectCells = useCallback(
    async (cells: readonly string[]) => {
      setSelected(cells);
      try {
        await host.select(cells);
      } catch (e) {
        setActionError(errorText(e, lang));
      }
    },
    [host, lang],
  );
  const select = useCallback((v: Violation) => selectCells(v.cells), [selectCells]);

  const fix = useCallback(
    async (v: Violation) => {
      if (!host.writeCells || !v.fix) return;
      const changes = v.fix.changes.flatMap((c) => (c.cell ? [{ cell: c.cell, value: c.to }] : []));
      try {
        await host.writeCells(changes);
        await reload(true);
        setNotice(format("pane.check.fixDone", lang, { count: changes.length }));
      } catch (e) {
        setActionError(errorText(e, lang));
      }
    },
    [host, lang, reload],
  );

  /** Write the results; `asFormulas`: the tier and light columns as spilling ASSESS formulas (Excel). */
  const applyResults = useCallback(async (asFormulas = false) => {
    if (!read || !ev) return;
    setApply({ kind: "running" });
    try {
      const columns = outputColumns(ev, lang);
      const board = boardRows(ev, lang);
      await host.writeResults(read, columns, board, { lang });
      const sep = lang === "en-US" ? ", " : "、";
      let formulas = "";
      if (asFormulas && host.writeFormulas) {
        const keys = await host.writeFormulas(read, columns);
        const names = columns.filter((c) => keys.includes(c.key)).map((c) => c.header);
        formulas = names.length > 0 ? format("pane.apply.formulasDone", lang, { columns: names.join(sep) }) : format("pane.apply.formulasNone", lang);
      }
      // Read back what was written: the pane shows it (the standalone page too, before any download).
      const after = await host.readTable(source.current, layoutOptions.current);
      setRead(after);
      const sheets = host.readSheets ? await host.readSheets().catch(() => null) : null;
      const written = [writtenColumns(after, lang), writtenBoard(sheets, board, ev, lang)].filter((w): w is WrittenTable => w !== null);
      setApply({
        kind: "done",
        written,
        message:
          format("pane.apply.done", lang, {
            sheet: read.sheet,
            columns: columns.map((c) => c.header).join(sep),
            board: format("board.sheet", lang),
            rows: board.length,
          }) + formulas,
      });
    } catch (e) {
      setApply({ kind: "error", message: errorText(e, lang) });
    }
  }, [host, read, ev, lang, reload]);

  const saveScheme = useCallback(async () => {
    if (!host.saveScheme || !validation.parsed.ok) return;
    try {
      await host.saveScheme(validation.parsed.scheme, lang); // validated, defaults filled
      setWorkbookScheme(validation.input);
      setNotice(format("pane.scheme.saved", lang));
    } catch (e) {
      setActionError(errorText(e, lang));
    }
  }, [host, validation, lang]);

  /**
   * 版式识别 · 更正读取方式: read the table again with these options (header row, columns, group
   * rows) and check it. Later re-reads (after a write, on a change) keep them. Resolves with whether it was read.
   */
  const readWith = useCallback(
    async (options: LayoutOptions): Promise<boolean> => {
      layoutOptions.current = options;
      setNotice(null);
      const ok = await reload(false);
      if (ok) setChecked(true);
      return ok;
    },
    [reload],
  );

  /**
   * 记住: read with these options and keep them in the workbook (the 考核方案 sheet's 版式 entry;
   * Excel's document settings), so the next run reads it the same way.
   */
  const saveLayout = useCallback(
    async (options: LayoutOptions) => {
      if (!host.saveLayout) return;
      if (!(await readWith(options))) return;
      try {
        await host.saveLayout(options, lang, validation.parsed.ok ? validation.parsed.scheme : base);
        // A workbook without a 考核方案 sheet now has one, holding this scheme: offer it in the list.
        if (!workbookScheme) setWorkbookScheme(validation.parsed.ok ? validation.input : base);
        setNotice(format("pane.layout.saved", lang));
      } catch (e) {
        setActionError(errorText(e, lang));
      }
    },
    [host, readWith, lang, validation, base, workbookScheme],
  );

  /** The last exported file, kept so the reviewer can save it again in the browser. */
  const lastFile = useRef<{ blob: Blob; name: string } | null>(null);
  const [unsure, setUnsure] = useState(false);

  /** Hand a file over: the host's way (Office: download or the system browser), else a download. */
  const handOver = useCallback(
    async (blob: Blob, name: string, route?: SaveRoute): Promise<SaveOutcome> => {
      lastFile.current = { blob, name };
      if (host.saveFile) return host.saveFile(blob, name, route);
      await saveBlob(blob, name);
      return { route: "download", unsure: false };
    },
    [host],
  );

  /** The message after a hand-over: a download names the file, the browser route says where to look. */
  const savedText = (out: SaveOutcome, name: string, done: string) =>
    out.route === "browser" ? format("pane.pdf.browserOpened", lang, { name }) : done;

  /**
   * One export, whatever it makes: the status says where it was asked for (`from`) and that it is
   * running, then the file is handed over and the message names it — with the characters no font
   * could draw, if any — or the error.
   */
  const runExport = useCallback(
    async (from: "report" | "bulletin", running: string | undefined, make: () => Promise<{ blob: Blob; name: string; done: string; missing?: string[] }>) => {
      setPdfFrom(from);
      setPdf(running === undefined ? { kind: "running" } : { kind: "running", label: running });
      setUnsure(false);
      try {
        const { blob, name, done, missing = [] } = await make();
        const out = await handOver(blob, name);
        setUnsure(out.unsure);
        const note = missing.length > 0 ? ` ${format("report.warnGlyphs", lang, { chars: missing.join(" ") })}` : "";
        setPdf({ kind: "done", message: savedText(out, name, done) + note });
      } catch (e) {
        setPdf({ kind: "error", message: errorText(e, lang) });
      }
    },
    [lang, handOver],
  );

  /** 导出 PDF: the report module and the font load only now (a separate chunk). */
  const exportReport = useCallback(async () => {
    if (!ev || !read) return;
    await runExport("report", undefined, async () => {
      const { exportPdf, periodOf, reportTitle } = await import(/* webpackChunkName: "report" */ "../report/render-browser");
      // The same title as `assess report` gives for this workbook: its own title row, else 方案（工作表）.
      const title = reportTitle(read.grid.slice(0, Math.max(0, read.table.headerRow - 1)), lang === "en-US" ? ev.scheme.name.en : ev.scheme.name.zh, read.sheet, lang);
      const period = periodOf(read.sheet);
      const date = new Date().toISOString().slice(0, 10);
      const { blob, missing } = await exportPdf(ev, { parts: ["board", "summary", "check"], title, ...(period ? { period } : {}), date, orientation: "landscape", lang });
      const name = `${read.sheet}-${format("pane.pdf.file", lang)}.pdf`;
      return { blob, name, done: format("pane.pdf.done", lang, { name }), missing };
    });
  }, [ev, read, lang, runExport]);

  /**
   * 导出通报: the one-page bulletin of one period (from the workbook's period sheets), against the
   * period before it. The report module and the font load only now, as for 导出 PDF.
   */
  const exportBulletin = useCallback(
    (b: { ev: Evaluation; label: string; previous: { results: PeriodResult[]; label: string } | null }) =>
      runExport("bulletin", format("bulletin.pane.running", lang, { period: b.label }), async () => {
        const { exportBulletinPdf } = await import(/* webpackChunkName: "report" */ "../report/render-browser");
        const date = new Date().toISOString().slice(0, 10);
        const made = await exportBulletinPdf(b.ev, { period: b.label, date, orientation: "landscape", lang, previous: b.previous });
        const name = `${format("bulletin.pane.file", lang, { period: b.label })}.pdf`;
        const done = !made.fits
          ? format("bulletin.pane.overflow", lang, { name, pages: made.pages })
          : b.previous
            ? format("bulletin.pane.done", lang, { name, previous: b.previous.label })
            : format("bulletin.pane.doneFirst", lang, { name });
        return { blob: made.blob, name, done, missing: made.missing };
      }),
    [lang, runExport],
  );

  /** Excel's own PDF of the whole workbook (Excel only; an empty result is an error, not a file). */
  const exportWorkbook = useCallback(async () => {
    const workbookPdf = host.workbookPdf?.bind(host);
    if (!workbookPdf) return;
    await runExport("report", format("pane.pdf.workbookRunning", lang), async () => {
      const blob = await workbookPdf();
      const name = `${read?.sheet ?? format("pane.pdf.workbookFile", lang)}-${format("pane.pdf.workbookFile", lang)}.pdf`;
      return { blob, name, done: format("pane.pdf.workbookDone", lang, { name, size: sizeText(blob.size) }) };
    });
  }, [host, read, lang, runExport]);

  /** The last file again, through the system browser (a download may have been dropped silently). */
  const saveInBrowser = useCallback(async () => {
    const f = lastFile.current;
    if (!f) return;
    try {
      const out = await handOver(f.blob, f.name, "browser");
      setUnsure(false);
      setPdf({ kind: "done", message: savedText(out, f.name, format("pane.pdf.done", lang, { name: f.name })) });
    } catch (e) {
      setPdf({ kind: "error", message: errorText(e, lang) });
    }
  }, [handOver, lang]);

  return {
    pdf,
    pdfFrom,
    exportReport,
    exportBulletin,
    /** Excel's own PDF of the whole workbook, where the host can (Excel). */
    exportWorkbook: host.workbookPdf ? exportWorkbook : undefined,
    /** Offered after a download that may have been dropped silently (Office desktop). */
    saveInBrowser: unsure ? saveInBrowser : undefined,
    lang,
    setLang,
    read,
    readError,
    loading,
    map,
    setRole,
    choice,
    chooseScheme,
    workbookScheme,
    form,
    editForm,
    validation,
    scheme,
    /** 名额分配 in force (lines to show) and the 名额分配 sheet's unreadable cells. */
    allocation,
    ev,
    overrides,
    checked,
    runCheck: () => setChecked(true),
    selected,
    select,
    selectCells,
    fix,
    canFix: host.writeCells !== undefined,
    canSaveScheme: host.saveScheme !== undefined,
    saveScheme,
    apply,
    applyResults,
    canWriteFormulas: host.writeFormulas !== undefined,
    reload: () => reload(false, { kind: "usedRange" }),
    readWith,
    /** 记住 the reading options, where the host can. */
    saveLayout: host.saveLayout ? saveLayout : undefined,
    /** Read the selected range instead of the used range (hosts that can). */
    readSelection: host.sources?.includes("selection") ? () => reload(false, { kind: "selection" }) : undefined,
    notice,
    actionError,
  };
}

export type Pane = ReturnType<typeof usePane>;
