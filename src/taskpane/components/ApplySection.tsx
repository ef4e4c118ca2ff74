/**
 * Apply (写回结果): writes the result columns and the 晾晒表 through the host, with progress and a
 * message naming what was written; in the standalone page, a Download button once a workbook is open
 * (results written, the scheme saved, decisions recorded — all go into the downloaded file). 导出 PDF (and, in
 * Excel, Excel's own PDF of the workbook); after a download that Office may have dropped without
 * telling, a link saves the same file through the system browser.
 */
import { Button, Checkbox, Link, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { format } from "../../engine/messages";
import { useSectionStyles } from "../styles";
import { saveBlob } from "../../save/download";
import type { Pane } from "../use-pane";

/** The standalone page's download: the changed workbook and the file name to give it. */
export type Download = () => Promise<{ blob: Blob; name: string }>;

/** The standalone page's download of the changed workbook. */
async function downloadWorkbook(download: Download): Promise<void> {
  const { blob, name } = await download();
  await saveBlob(blob, name);
}

/**
 * Where an export stands: a spinner, then its message — with, after a download Office may have
 * dropped without telling, the link that saves the same file through the system browser.
 */
export function PdfStatus({ pane, testId }: { pane: Pane; testId: string }) {
  const { lang, pdf } = pane;
  if (pdf.kind === "running") return <Spinner size="tiny" label={pdf.label ?? format("pane.pdf.running", lang)} />;
  if (pdf.kind !== "done" && pdf.kind !== "error") return null;
  return (
    <MessageBar intent={pdf.kind === "done" ? "success" : "error"}>
      <MessageBarBody data-testid={testId}>
        {pdf.message}
        {pane.saveInBrowser && (
          <>
            {" "}
            <Link as="button" data-testid="save-in-browser" onClick={() => void pane.saveInBrowser?.()}>
              {format("pane.pdf.notSeen", lang)}
            </Link>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

export function ApplySection({ pane, download }: { pane: Pane; download?: Download | undefined }) {
  const s = useSectionStyles();
  const { lang, apply, ev } = pane;
  const blocked = !ev || ev.read.missingColumns.length > 0 || apply.kind === "running";
  // Excel only: the tier and light columns as live spilling formulas (README: large tables).
  const [asFormulas, setAsFormulas] = useState(false);
  return (
    <section className={s.section} aria-labelledby="pane-apply">
      <h2 id="pane-apply" className={s.heading}>
        {format("pane.apply.heading", lang)}
      </h2>
      <div className={s.row}>
        <Button appearance="primary" disabled={blocked} onClick={() => void pane.applyResults(asFormulas)}>
          {format("pane.apply.run", lang)}
        </Button>
        {/* Once a workbook is open: what was written, saved or recorded (变更记录) is never only in the page. */}
        {pane.read && download && <Button onClick={() => void downloadWorkbook(download)}>{format("pane.download", lang)}</Button>}
        <Button disabled={!ev || pane.pdf.kind === "running"} onClick={() => void pane.exportReport()}>
          {format("pane.pdf.run", lang)}
        </Button>
      </div>
      {pane.canWriteFormulas && (
        <Checkbox data-testid="apply-formulas" checked={asFormulas} onChange={(_, d) => setAsFormulas(d.checked === true)} label={format("pane.apply.asFormulas", lang)} />
      )}
      {pane.exportWorkbook && (
        <div className={s.row}>
          <Button appearance="subtle" disabled={pane.pdf.kind === "running"} onClick={() => void pane.exportWorkbook?.()}>
            {format("pane.pdf.workbook", lang)}
          </Button>
        </div>
      )}
      {pane.pdfFrom === "report" && <PdfStatus pane={pane} testId="pdf-status" />}
      {apply.kind === "running" && <Spinner size="tiny" label={format("pane.apply.running", lang)} />}
      {apply.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody data-testid="apply-done">{apply.message}</MessageBarBody>
        </MessageBar>
      )}
      {apply.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{apply.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
