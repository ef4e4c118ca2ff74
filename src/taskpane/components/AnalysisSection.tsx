/**
 * 分析与趋势: a heading and a button; the charts (and the chart library, d3 included) load only when
 * the reviewer asks for them — a separate chunk, so the pane opens as fast as before.
 */
import { Button, Spinner } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { format } from "../../messages";
import type { SheetHost } from "../../workbook/host";
import { useSectionStyles } from "../styles";
import type { Pane } from "../use-pane";

const AnalysisCharts = lazy(() => import(/* webpackChunkName: "charts" */ "./AnalysisCharts"));

export function AnalysisSection({ pane, host }: { pane: Pane; host: SheetHost }) {
  const s = useSectionStyles();
  const { lang, ev } = pane;
  const [shown, setShown] = useState(false);
  return (
    <section className={s.section} aria-labelledby="pane-analysis">
      <h2 id="pane-analysis" className={s.heading}>
        {format("chart.heading", lang)}
      </h2>
      {!shown && (
        <div className={s.row}>
          <Button disabled={!ev} onClick={() => setShown(true)}>
            {format("chart.show", lang)}
          </Button>
        </div>
      )}
      {shown && ev && (
        <Suspense fallback={<Spinner size="tiny" label={format("chart.loading", lang)} />}>
          <AnalysisCharts pane={pane} host={host} />
        </Suspense>
      )}
    </section>
  );
}
