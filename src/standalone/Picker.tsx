/**
 * The standalone page: pick or drop an .xlsx file, then the same pane as in Excel over a
 * StandaloneHost. The file is read in the browser; nothing is uploaded.
 */
import { FluentProvider, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, shorthands, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { format } from "../engine/messages";
import { App } from "../taskpane/pane";
import { errorText } from "../taskpane/use-pane";
import { downloadName, StandaloneHost } from "../workbook/standalone-host";
import { Preview } from "./Preview";

const useStyles = makeStyles({
  drop: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    padding: tokens.spacingHorizontalL,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: tokens.fontFamilyBase,
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2, borderTopColor: tokens.colorBrandStroke1, borderBottomColor: tokens.colorBrandStroke1, borderLeftColor: tokens.colorBrandStroke1, borderRightColor: tokens.colorBrandStroke1 },
  privacy: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
});

export function Standalone() {
  const c = useStyles();
  const [host, setHost] = useState<StandaloneHost | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [opened, setOpened] = useState(0);
  const open = useCallback(async (file: { arrayBuffer(): Promise<ArrayBuffer>; name: string } | undefined) => {
    if (!file) return;
    try {
      setHost(await StandaloneHost.open(await file.arrayBuffer(), file.name));
      setOpened((n) => n + 1);
      setError(null);
    } catch (e) {
      setHost(null);
      setError(errorText(e, "zh-CN"));
    }
  }, []);
  // `?sample=jiuyuan-2026q1.xlsx` opens a bundled sample (served beside the page by `npm start`).
  useEffect(() => {
    const sample = new URLSearchParams(window.location.search).get("sample");
    if (!sample || !/^[\w.-]+\.xlsx$/.test(sample)) return;
    void fetch(`samples/${sample}`).then(
      (r) => (r.ok ? open({ arrayBuffer: () => r.arrayBuffer(), name: sample }) : setError(`${sample}: ${r.status}`)),
      (e: unknown) => setError(String(e)),
    );
  }, [open]);
  const bi = (key: "pane.file.pick" | "pane.file.drop" | "pane.file.privacy") => `${format(key, "zh-CN")} ${format(key, "en-US")}`;
  return (
    <FluentProvider theme={webLightTheme}>
      <header
        className={mergeClasses(c.drop, dragging && c.dragging)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void open(e.dataTransfer.files[0]);
        }}
      >
        <label htmlFor="file">
          <Text weight="semibold">{format("pane.file.pick", "zh-CN")}</Text> · <Text>{format("pane.file.pick", "en-US")}</Text>
        </label>
        <input id="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void open(e.target.files?.[0])} />
        <Text>{bi("pane.file.drop")}</Text>
        <Text className={c.privacy} data-testid="privacy">{bi("pane.file.privacy")}</Text>
        {host && <Text>{format("pane.file.opened", "zh-CN", { name: host.fileName })}</Text>}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </header>
      {host && (
        <App key={opened} host={host} download={async () => ({ blob: await host.download(), name: downloadName(host.fileName) })}>
          <Preview host={host} />
        </App>
      )}
    </FluentProvider>
  );
}
