/**
 * The standalone page: pick or drop an .xlsx file, then the same pane as in Excel over a
 * StandaloneHost. The file is read in the browser; nothing is uploaded. The page speaks one
 * language at a time (`?lang=en-US`, or the pane's language switch), and keeps a readable width
 * on a desktop screen.
 */
import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, Text, ToggleButton, makeStyles, mergeClasses, shorthands, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { format } from "../messages";
import type { Lang } from "../engine/types";
import { App } from "../taskpane/pane";
import { errorText } from "../taskpane/use-pane";
import { downloadName, StandaloneHost } from "../workbook/standalone-host";
import { Preview } from "./Preview";

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    maxWidth: "960px",
    marginInline: "auto",
    minHeight: "100vh",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2, ...shorthands.borderColor(tokens.colorBrandStroke1) },
  opened: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  openedName: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  privacy: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  /** The native input stays in the page for the keyboard-free path (tests, assistive tools) but unseen. */
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

const ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function startLang(): Lang {
  const q = typeof window === "undefined" ? null : new URLSearchParams(window.location.search).get("lang");
  return q === "en-US" ? "en-US" : "zh-CN";
}

export function Standalone() {
  const c = useStyles();
  const [lang, setLang] = useState<Lang>(startLang);
  const [host, setHost] = useState<StandaloneHost | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [opened, setOpened] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const open = useCallback(
    async (file: { arrayBuffer(): Promise<ArrayBuffer>; name: string } | undefined) => {
      if (!file) return;
      setReading(file.name);
      try {
        setHost(await StandaloneHost.open(await file.arrayBuffer(), file.name));
        setOpened((n) => n + 1);
        setError(null);
      } catch (e) {
        setHost(null);
        setError(errorText(e, lang));
      } finally {
        setReading(null);
      }
    },
    [lang],
  );
  // `?sample=jiuyuan-2026q1.xlsx` opens a bundled sample (served beside the page by `npm start`).
  useEffect(() => {
    const sample = new URLSearchParams(window.location.search).get("sample");
    if (!sample || !/^[\w.-]+\.xlsx$/.test(sample)) return;
    void fetch(`samples/${sample}`).then(
      (r) => (r.ok ? open({ arrayBuffer: () => r.arrayBuffer(), name: sample }) : setError(`${sample}: ${r.status}`)),
      (e: unknown) => setError(String(e)),
    );
    // once, on load
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${format("pane.title", lang)} · ${format("pane.file.offline", lang)}`;
  }, [lang]);
  const dropProps = {
    onDragOver: (e: React.DragEvent) => {
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      setDragging(false);
      void open(e.dataTransfer.files[0]);
    },
  };
  const pick = () => input.current?.click();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={c.page} lang={lang} {...dropProps}>
        <header className={c.bar}>
          <h1 className={c.title}>{format("pane.title", lang)}</h1>
          <ToggleButton size="small" checked={lang === "en-US"} title={format("pane.languageLabel", lang)} onClick={() => setLang(lang === "en-US" ? "zh-CN" : "en-US")}>
            {format("pane.language", lang)}
          </ToggleButton>
        </header>
        <input
          ref={input}
          id="file"
          className={c.hidden}
          type="file"
          tabIndex={-1}
          aria-hidden="true"
          accept={ACCEPT}
          onChange={(e) => {
            void open(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        {!host ? (
          <section className={mergeClasses(c.drop, dragging && c.dragging)} aria-label={format("pane.file.pick", lang)} data-testid="drop-zone">
            <Text>{format("pane.file.dropHere", lang)}</Text>
            <Button appearance="primary" onClick={pick}>
              {format("pane.file.pick", lang)}
            </Button>
            <Text className={c.privacy} data-testid="privacy">
              {format("pane.file.privacy", lang)}
            </Text>
            {reading && <Spinner size="tiny" label={format("pane.file.reading", lang, { name: reading })} />}
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
          </section>
        ) : (
          <div className={mergeClasses(c.opened, dragging && c.dragging)}>
            <Text className={c.openedName} title={host.fileName} data-testid="opened">
              {format("pane.file.opened", lang, { name: host.fileName })}
            </Text>
            <Button size="small" appearance="subtle" onClick={pick}>
              {format("pane.file.change", lang)}
            </Button>
          </div>
        )}
        {host && error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {host && (
          <App
            key={opened}
            bare
            host={host}
            lang={lang}
            onLangChange={setLang}
            download={async () => ({ blob: await host.download(), name: downloadName(host.fileName) })}
            preview={<Preview host={host} lang={lang} />}
          />
        )}
      </div>
    </FluentProvider>
  );
}
