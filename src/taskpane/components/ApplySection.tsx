/**
 * Apply (写回结果): writes the result columns and the 晾晒表 through the host, with progress and a
 * message naming what was written; in the standalone page, then a Download button.
 */
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { format } from "../../engine/messages";
import { useSectionStyles } from "../styles";
import type { Pane } from "../use-pane";

/** The standalone page's download: the changed workbook and the file name to give it. */
export type Download = () => Promise<{ blob: Blob; name: string }>;

/** Hand a Blob to the browser as a file download (object URL → <a download>). */
export async function saveBlob(download: Download): Promise<void> {
  const { blob, name } = await download();
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ApplySection({ pane, download }: { pane: Pane; download?: Download | undefined }) {
  const s = useSectionStyles();
  const { lang, apply, ev } = pane;
  const blocked = !ev || ev.read.missingColumns.length > 0 || apply.kind === "running";
  return (
    <section className={s.section} aria-labelledby="pane-apply">
      <h2 id="pane-apply" className={s.heading}>
        {format("pane.apply.heading", lang)}
      </h2>
      <div className={s.row}>
        <Button appearance="primary" disabled={blocked} onClick={() => void pane.applyResults()}>
          {format("pane.apply.run", lang)}
        </Button>
        {apply.kind === "done" && download && <Button onClick={() => void saveBlob(download)}>{format("pane.download", lang)}</Button>}
      </div>
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
