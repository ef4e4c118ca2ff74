/**
 * Apply (写回结果): writes the result columns and the 晾晒表 through the host, with progress and a
 * message naming what was written; in the standalone page, a Download button once a workbook is open
 * (results written, the scheme saved, decisions recorded — all go into the downloaded file). 导出 PDF (and, in
 * Excel, Excel's own PDF of the workbook); after a download that Office may have dropped without
 * telling, a link saves the same file through the system browser.
 */
import { Button, Checkbox, Link, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { format } from "../../messages";
import { useSectionStyles } from "../styles";
import { saveBlob } from "../../save/download";
import type { Pane, WrittenTable } from "../use-pane";

const useStyles = makeStyles({
  written: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, paddingBottom: tokens.spacingVerticalXS },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "start",
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
    whiteSpace: "nowrap",
  },
  head: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

/** One table of what was written, scrolling inside its own box when wider than the pane. */
function Written({ t, testId }: { t: WrittenTable; testId: string }) {
  const s = useSectionStyles();
  const c = useStyles();
  return (
    <div className={s.scroll} role="region" aria-label={t.title} tabIndex={0} data-testid={testId}>
      <table className={c.table}>
        <caption className={c.caption}>{t.title}</caption>
        <thead>
          <tr>
            {t.headers.map((h, i) => (
              <th key={i} scope="col" className={`${c.cell} ${c.head}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {t.rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) => (
                <td key={j} className={c.cell}>
                  {v ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

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
  const c = useStyles();
  const { lang, apply, ev } = pane;
  const blocked = !ev || ev.read.missingColumns.length > 0 || apply.kind === "running";
  // Excel only: the tier and light columns as live spilling formulas (README: large tables).
  const [asFormulas, setAsFormulas] = useState(false);
  // One primary button at a time, the next step: 写回结果 once checked, then the download.
  const applied = apply.kind === "done";
  const applyPrimary = pane.checked && !applied;
  const downloadPrimary = applied && download !== undefined;
  return (
    <section className={s.section} aria-labelledby="pane-apply">
      <h2 id="pane-apply" className={s.heading}>
        {format("pane.apply.heading", lang)}
      </h2>
      <div className={s.row}>
        <Button appearance={applyPrimary ? "primary" : "secondary"} disabled={blocked} onClick={() => void pane.applyResults(asFormulas)}>
          {format("pane.apply.run", lang)}
        </Button>
        {/* Once a workbook is open: what was written, saved or recorded (变更记录) is never only in the page. */}
        {pane.read && download && (
          <Button appearance={downloadPrimary ? "primary" : "secondary"} onClick={() => void downloadWorkbook(download)}>
            {format("pane.download", lang)}
          </Button>
        )}
        <Button disabled={!ev || pane.pdf.kind === "running"} onClick={() => void pane.exportReport()}>
          {format("pane.pdf.run", lang)}
        </Button>
        {pane.exportWorkbook && (
          <Button appearance="subtle" disabled={pane.pdf.kind === "running"} onClick={() => void pane.exportWorkbook?.()}>
            {format("pane.pdf.workbook", lang)}
          </Button>
        )}
      </div>
      {pane.canWriteFormulas && (
        <Checkbox data-testid="apply-formulas" checked={asFormulas} onChange={(_, d) => setAsFormulas(d.checked === true)} label={format("pane.apply.asFormulas", lang)} />
      )}
      {pane.pdfFrom === "report" && <PdfStatus pane={pane} testId="pdf-status" />}
      {apply.kind === "running" && <Spinner size="tiny" label={format("pane.apply.running", lang)} />}
      {apply.kind === "done" && (
        <>
          <MessageBar intent="success">
            <MessageBarBody data-testid="apply-done">{apply.message}</MessageBarBody>
          </MessageBar>
          {apply.written && apply.written.length > 0 && (
            <div className={c.written} data-testid="written">
              <h3 className={s.heading}>{format("pane.written.heading", lang)}</h3>
              {apply.written.map((t, i) => (
                <Written key={i} t={t} testId={i === 0 && apply.written!.length > 1 ? "written-columns" : "written-board"} />
              ))}
            </div>
          )}
        </>
      )}
      {apply.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{apply.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
