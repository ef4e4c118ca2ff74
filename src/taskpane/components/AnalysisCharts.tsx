/**
 * The charts of 分析与趋势 (a lazily loaded chunk with @fluentui/react-charts): the tier
 * distribution of each group against its quota; for a chosen subject, its indicator contributions
 * and — when the workbook keeps one sheet per period — its score over the periods beside its
 * group's mean. Each chart has its figures as text too (screen readers, greyscale print).
 */
import { DonutChart, LineChart, VerticalStackedBarChart } from "@fluentui/react-charts";
import { Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { analyse, contributions, scoreSheet, type MeasureAnalysis } from "../../engine/analysis/analysis";
import { format } from "../../messages";
import type { PeriodRun } from "../../engine/periods/period-run";
import type { Lang } from "../../engine/types";
import { periodKey, periodLabel } from "../../engine/periods/periods";
import { tierLabel } from "../../engine/scheme/scheme";
import type { SheetHost } from "../../workbook/host";
import { contributionChart, periodAxis, tierDistribution, trendChart } from "../charts";
import { useSectionStyles } from "../styles";
import { usePeriods } from "../use-periods";
import { PdfStatus } from "./ApplySection";
import type { Pane } from "../use-pane";

const useStyles = makeStyles({
  chart: { width: "100%", minHeight: "240px" },
  figures: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  title: { fontWeight: tokens.fontWeightSemibold },
});

export default function AnalysisCharts({ pane, host }: { pane: Pane; host: SheetHost }) {
  const s = useSectionStyles();
  const c = useStyles();
  const { lang, ev, read } = pane;
  const periods = usePeriods(host, pane);
  const distribution = useMemo(() => (ev ? tierDistribution(ev, lang) : []), [ev, lang]);
  const names = useMemo(() => (ev ? ev.read.subjects.filter((x) => x.score !== null).map((x) => x.name) : []), [ev]);
  const [subject, setSubject] = useState<string | null>(null);
  const chosen = subject !== null && names.includes(subject) ? subject : (names[0] ?? null);
  const sheet = useMemo(() => {
    if (!ev || !read || ev.scheme.scoring.indicators.length === 0) return null;
    return scoreSheet(read.table, pane.map, ev.scheme, ev.read.subjects);
  }, [ev, read, pane.map]);
  const parts = useMemo(() => (sheet ? contributions(sheet) : null), [sheet]);
  const analysis = useMemo(() => (sheet ? analyse(sheet, lang) : null), [sheet, lang]);
  if (!ev) return null;
  const part = chosen === null ? undefined : parts?.find((p) => p.name === chosen);

  return (
    <>
      <Text className={c.title}>{format("chart.distributionTitle", lang)}</Text>
      <div className={c.chart} data-testid="chart-distribution">
        <VerticalStackedBarChart data={distribution} height={240} barWidth="auto" wrapXAxisLables hideTickOverlap={false} />
      </div>
      <ul className={c.figures}>
        {ev.assessment.groups.map((g) => (
          <li key={g.group}>
            {format("chart.distributionTable", lang, {
              group: g.group || format("chart.allSubjects", lang),
              counts: ev.scheme.tiers.map((_, t) => `${tierLabel(ev.scheme, t, lang)} ${g.counts[t] ?? 0}`).join(" · "),
              tier: tierLabel(ev.scheme, 0, lang),
              limit: g.limits[0] ?? null,
            })}
          </li>
        ))}
      </ul>

      {names.length > 0 && (
        <Field label={format("chart.subject", lang)}>
          <Dropdown className={s.control} value={chosen ?? ""} selectedOptions={chosen ? [chosen] : []} onOptionSelect={(_, d) => setSubject(d.optionValue ?? null)}>
            {names.map((n) => (
              <Option key={n} value={n}>
                {n}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}

      {chosen !== null &&
        (part ? (
          <div className={c.chart} data-testid="chart-contribution">
            <DonutChart data={contributionChart(part, lang)} innerRadius={45} height={220} valueInsideDonut={part.total ?? undefined} />
          </div>
        ) : (
          <Text className={s.muted}>{format("chart.noIndicators", lang)}</Text>
        ))}

      {analysis && <IndicatorList measures={[analysis.total, ...analysis.indicators]} lang={lang} />}

      {periods.state.kind === "idle" && periods.read && (
        <div className={s.row}>
          <Button onClick={() => void periods.read?.()}>{format("chart.readPeriods", lang)}</Button>
        </div>
      )}
      {periods.state.kind === "loading" && <Spinner size="tiny" label={format("pane.loading", lang)} />}
      {periods.state.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{periods.state.message}</MessageBarBody>
        </MessageBar>
      )}
      {periods.state.kind === "done" &&
        (periods.state.periods.length < 2 ? (
          <Text className={s.muted}>{format("chart.onePeriod", lang)}</Text>
        ) : (
          <>
            <Text className={s.muted} data-testid="periods-found">
              {format("chart.periods", lang, { n: periods.state.periods.length, labels: periods.state.periods.map((p) => periodLabel(p, lang)).join("、") })}
            </Text>
            {chosen !== null && (
              <div className={c.chart} data-testid="chart-trend">
                <LineChart data={trendChart(periods.state.series, periods.state.periods, chosen, ev.scheme, lang)} height={240} margins={{ left: 40, right: 40, top: 10, bottom: 35 }} {...periodAxis(periods.state.periods, lang)} />
              </div>
            )}
          </>
        ))}
      {periods.state.kind === "done" && periods.state.runs.length > 0 && <BulletinExport pane={pane} runs={periods.state.runs} />}
    </>
  );
}

/**
 * 指标分析 as text: per measure (the total, then each indicator) the mean and extremes over all
 * subjects, and per group who pulls it down (over one standard deviation below the group's mean).
 */
function IndicatorList({ measures, lang }: { measures: readonly MeasureAnalysis[]; lang: Lang }) {
  const c = useStyles();
  const sep = lang === "en-US" ? ", " : "、";
  const fig = (x: number | null | undefined) => (x === null || x === undefined ? "—" : x.toFixed(2));
  return (
    <>
      <Text className={c.title}>{format("analysis.pane.title", lang)}</Text>
      <ul className={c.figures} data-testid="indicator-analysis">
        {measures.map((m) => (
          <li key={`${m.kind}:${m.id}`} data-testid="indicator-item">
            <span className={c.title}>{m.weight === null ? m.label : format("analysis.cli.measure", lang, { label: m.label, weight: Math.round(m.weight * 1000) / 10 })}</span>{" "}
            {m.all.n === 0
              ? format("analysis.cli.noValues", lang)
              : format("analysis.pane.line", lang, {
                  mean: fig(m.all.mean),
                  min: fig(m.all.min?.value),
                  minWho: (m.all.min?.subjects ?? []).join(sep),
                  max: fig(m.all.max?.value),
                  maxWho: (m.all.max?.subjects ?? []).join(sep),
                })}
            {m.groups
              .filter((g) => g.pullingDown.length > 0)
              .map((g) => (
                <div key={g.group}>
                  {format("analysis.pane.pulling", lang, {
                    group: g.group || format("chart.allSubjects", lang),
                    items: g.pullingDown.map((p) => `${p.name} ${fig(p.value)}`).join(sep),
                  })}
                </div>
              ))}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * 导出通报 PDF: a period of the workbook (the latest by default) as the one-page bulletin, against
 * the period before it — the same document as `assess report --period`.
 */
function BulletinExport({ pane, runs }: { pane: Pane; runs: readonly PeriodRun[] }) {
  const s = useSectionStyles();
  const { lang } = pane;
  const [picked, setPicked] = useState<string | null>(null);
  const k = Math.max(0, picked === null ? runs.length - 1 : runs.findIndex((r) => periodKey(r.period) === picked));
  const run = runs[k]!;
  const before = k > 0 ? runs[k - 1]! : null;
  const label = (r: PeriodRun) => periodLabel(r.period, lang);
  const busy = pane.pdf.kind === "running";
  return (
    <>
      <div className={s.row}>
        <Field label={format("bulletin.pane.period", lang)}>
          <Dropdown className={s.control} value={label(run)} selectedOptions={[periodKey(run.period)]} onOptionSelect={(_, d) => d.optionValue && setPicked(d.optionValue)}>
            {runs.map((r) => (
              <Option key={periodKey(r.period)} value={periodKey(r.period)}>
                {label(r)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button
          disabled={busy}
          onClick={() => {
            void pane.exportBulletin({ ev: run.ev, label: label(run), previous: before ? { results: before.results, label: label(before) } : null });
          }}
        >
          {format("bulletin.pane.run", lang)}
        </Button>
      </div>
      {pane.pdfFrom === "bulletin" && <PdfStatus pane={pane} testId="bulletin-status" />}
    </>
  );
}
