/**
 * The pane's decision record (变更记录): read it from the host, apply it to the evaluation
 * (decided.ts), record a reviewer's override or its clearing through the host, then read it again.
 * Components render what it returns and call its actions; they never call the host themselves.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { decide, effectiveLight, effectiveTier, markOf } from "../engine/record/decided";
import type { Evaluation } from "../engine/check/evaluate";
import { format } from "../messages";
import { lightWord } from "../engine/check/outputs";
import { overrideSubject, recordFor, validateOverride, type Override, type OverrideField, type OverrideProblem, type OverrideRule } from "../engine/record/overrides";
import { parsePeriod, periodLabel } from "../engine/periods/periods";
import { tierLabel } from "../engine/scheme/scheme";
import type { Lang, Light } from "../engine/types";
import type { SheetHost } from "../workbook/host";
import { isoLocalTime, type RecordRead } from "../workbook/record-layout";

/** What the reviewer filled in the override dialog. */
export interface OverrideDraft {
  /** Index of the subject in `ev.read.subjects`. */
  subject: number;
  field: OverrideField;
  /** A tier index (as text) for a tier, a light ("green") for a light. */
  to: string;
  rule: OverrideRule;
  reason: string;
  by: string;
}

/** A notice after recording, for the section to show. */
export type RecordNotice = { intent: "success" | "error"; text: string } | null;

const EMPTY: RecordRead = { overrides: [], problems: [] };

export function useOverrides(host: SheetHost, computed: Evaluation | null, lang: Lang, sheet: string | null = null) {
  /** The period of the sheet read (2026年3月), when it is one: decisions are then about it alone. */
  const period = useMemo(() => (sheet === null ? null : parsePeriod(sheet)), [sheet]);
  const periodField = period ? { period: periodLabel(period, lang) } : {};
  const [record, setRecord] = useState<RecordRead>(EMPTY);
  const [readError, setReadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<RecordNotice>(null);
  const [busy, setBusy] = useState(false);
  /** 操作人: Excel gives add-ins no user name, so the name typed last is offered again. */
  const [by, setBy] = useState("");
  const canRecord = host.readRecord !== undefined && host.appendRecord !== undefined;

  const load = useCallback(async () => {
    if (!host.readRecord) return;
    try {
      setRecord(await host.readRecord(lang));
      setReadError(null);
    } catch (e) {
      setReadError(format("record.pane.readError", lang, { detail: (e as Error)?.message ?? String(e) }));
    }
  }, [host, lang]);

  useEffect(() => {
    void load();
  }, [load]);

  /** The evaluation with the record applied: what the pane checks, writes and exports. */
  const ev = useMemo(() => (computed ? decide(computed, recordFor(record.overrides, period), lang, record.problems) : null), [computed, record, period, lang]);

  /** A subject's tier or light as a label ("" when it has none). */
  const valueText = useCallback(
    (e: Evaluation, i: number, field: OverrideField, which: "now" | "computed"): string => {
      if (field === "tier") {
        const t = which === "now" ? effectiveTier(e, i) : (e.assessment.results[i]?.tier ?? null);
        return t === null ? "" : tierLabel(e.scheme, t, lang);
      }
      return lightWord(which === "now" ? effectiveLight(e, i) : (e.assessment.results[i]?.light ?? null), lang);
    },
    [lang],
  );

  /** The override a draft makes (time now), and the engine's problems with it (none: it can be recorded). */
  const draftOverride = useCallback(
    (draft: OverrideDraft): { override: Override; problems: OverrideProblem[] } | null => {
      if (!ev) return null;
      const s = ev.read.subjects[draft.subject];
      if (!s) return null;
      const to = draft.field === "tier" ? (draft.to === "" ? "" : tierLabel(ev.scheme, Number(draft.to), lang)) : lightWord((draft.to || null) as Light | null, lang);
      const name = draft.by.trim();
      const override: Override = {
        at: isoLocalTime(),
        subject: overrideSubject(ev.read.subjects, draft.subject, lang),
        group: s.group,
        field: draft.field,
        from: valueText(ev, draft.subject, draft.field, "now"),
        to,
        rule: draft.rule,
        reason: draft.reason.trim(),
        ...(name ? { by: name } : {}),
        ...periodField,
      };
      return { override, problems: validateOverride(override, { scheme: ev.scheme, subjects: ev.read.subjects }, lang) };
    },
    [ev, lang, valueText, period],
  );

  /** Append one entry to the record and read it again; false when it could not be written. */
  const append = useCallback(
    async (o: Override, done: string): Promise<boolean> => {
      if (!host.appendRecord) return false;
      setBusy(true);
      try {
        await host.appendRecord([o], lang);
        await load();
        if (o.by) setBy(o.by);
        setNotice({ intent: "success", text: done });
        return true;
      } catch (e) {
        setNotice({ intent: "error", text: format("pane.error", lang, { detail: (e as Error)?.message ?? String(e) }) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [host, lang, load],
  );

  /** Record an override: the engine's problems when it is not valid (nothing written), else []. */
  const save = useCallback(
    async (draft: OverrideDraft): Promise<OverrideProblem[]> => {
      const made = draftOverride(draft);
      if (!made) return [];
      if (made.problems.length > 0) return made.problems;
      const o = made.override;
      const field = format(`override.field.${o.field}`, lang);
      await append(o, format("record.pane.saved", lang, { subject: o.subject, field, from: o.from || "—", to: o.to }));
      return [];
    },
    [draftOverride, append, lang],
  );

  /**
   * Clear a subject's override of a field: a CLEARED entry back to the computed value, with a
   * reason. The engine's problems when the reason is missing (nothing written), else [].
   */
  const clear = useCallback(
    async (subject: number, field: OverrideField, reason: string, name: string = by): Promise<OverrideProblem[]> => {
      if (!ev || !markOf(ev, subject)?.[field]) return [];
      const s = ev.read.subjects[subject]!;
      const who = name.trim();
      const o: Override = {
        at: isoLocalTime(),
        subject: overrideSubject(ev.read.subjects, subject, lang),
        group: s.group,
        field,
        from: valueText(ev, subject, field, "now"),
        to: valueText(ev, subject, field, "computed"),
        rule: "CLEARED",
        reason: reason.trim(),
        ...(who ? { by: who } : {}),
        ...periodField,
      };
      const problems = validateOverride(o, { scheme: ev.scheme, subjects: ev.read.subjects }, lang);
      if (problems.length > 0) return problems;
      await append(o, format("record.pane.cleared", lang, { subject: s.name, field: format(`override.field.${field}`, lang) }));
      return [];
    },
    [ev, by, lang, valueText, append, period],
  );

  return {
    /** Whether this host can read and write the record (Excel, the standalone page). */
    canRecord,
    ev,
    record,
    readError,
    notice,
    busy,
    by,
    /** A subject's tier or light as shown now, or as computed. */
    valueText,
    save,
    clear,
    reload: load,
  };
}

export type Overrides = ReturnType<typeof useOverrides>;
