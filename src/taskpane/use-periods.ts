/**
 * The periods of the workbook for the pane's trend chart: every sheet read once through the host
 * (one sync in Excel), the period sheets found (workbook/period-tables.ts) and assessed with the
 * pane's scheme (engine/periods/period-run.ts). Re-assessed, not re-read, when the scheme changes.
 */
import { useCallback, useMemo, useState } from "react";
import type { Series } from "../engine/periods/compare";
import type { Period } from "../engine/periods/periods";
import { assessPeriods, type PeriodRun } from "../engine/periods/period-run";
import type { CellValue } from "../engine/types";
import type { SheetHost } from "../workbook/host";
import { periodLayout, periodTables } from "../workbook/period-tables";
import { isRecordSheetName, readRecordGrid } from "../workbook/record-layout";
import { errorText, type Pane } from "./use-pane";

type Sheets = { name: string; grid: CellValue[][] }[];

export type PeriodsState =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "done"; periods: Period[]; series: Series; runs: PeriodRun[] };

export function usePeriods(host: SheetHost, pane: Pane) {
  const { scheme, lang } = pane;
  const layoutUsed = pane.read?.options;
  const [sheets, setSheets] = useState<Sheets | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const read = useCallback(async () => {
    if (!host.readSheets) return;
    setLoading(true);
    setFailure(null);
    try {
      setSheets(await host.readSheets());
    } catch (e) {
      setFailure(e);
    } finally {
      setLoading(false);
    }
  }, [host]);

  const state: PeriodsState = useMemo(() => {
    if (loading) return { kind: "loading" };
    if (failure !== null) return { kind: "error", message: errorText(failure, lang) };
    if (!sheets || !scheme) return { kind: "idle" };
    // Every period's sheet read as the assessment table is (the columns and group rows chosen or remembered).
    const found = periodTables(sheets, { layout: periodLayout(layoutUsed) });
    // The 变更记录 among the sheets: each period is decided by its own entries, as in assess periods.
    const recordSheet = sheets.find((s) => isRecordSheetName(s.name));
    const record = recordSheet ? readRecordGrid(recordSheet.grid, recordSheet.name, lang) : undefined;
    const run = assessPeriods(found.periods, scheme, lang, record);
    return { kind: "done", periods: run.runs.map((r) => r.period), series: run.series, runs: run.runs };
  }, [loading, failure, sheets, scheme, lang, layoutUsed]);

  return { state, read: host.readSheets ? read : undefined };
}
