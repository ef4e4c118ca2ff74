/**
 * The pane: the same components for Excel and the standalone page. The host comes in as a prop;
 * nothing here says Excel. `App` is what both entries render.
 */
import { FluentProvider, MessageBar, MessageBarBody, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { format } from "../engine/messages";
import type { Lang } from "../engine/types";
import type { SheetHost } from "../workbook/host";
import { AnalysisSection } from "./components/AnalysisSection";
import { ApplySection, type Download } from "./components/ApplySection";
import { CheckSection } from "./components/CheckSection";
import { OverridesSection } from "./components/OverridesSection";
import { SchemeSection } from "./components/SchemeSection";
import { TableSection } from "./components/TableSection";
import { WeightsSection } from "./components/WeightsSection";
import { useOsTheme } from "./theme";
import { usePane } from "./use-pane";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  bar: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface AppProps {
  host: SheetHost;
  initialLang?: Lang;
  /** A problem to show above everything (the Excel requirement check). */
  banner?: string | null;
  /** The standalone page's download of the changed workbook. */
  download?: Download;
  /** Extra content under the pane (the standalone page's preview). */
  children?: ReactNode;
}

function Pane({ host, initialLang = "zh-CN", banner, download, children }: AppProps) {
  const c = useStyles();
  const pane = usePane(host, initialLang);
  const { lang } = pane;
  return (
    <main className={c.root} lang={lang}>
      <div className={c.bar}>
        <h1 className={c.title}>{format("pane.title", lang)}</h1>
        <ToggleButton
          size="small"
          checked={lang === "en-US"}
          title={format("pane.languageLabel", lang)}
          onClick={() => pane.setLang(lang === "en-US" ? "zh-CN" : "en-US")}
        >
          {format("pane.language", lang)}
        </ToggleButton>
      </div>
      {banner && (
        <MessageBar intent="warning">
          <MessageBarBody>{banner}</MessageBarBody>
        </MessageBar>
      )}
      {pane.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{pane.notice}</MessageBarBody>
        </MessageBar>
      )}
      {pane.actionError && (
        <MessageBar intent="error">
          <MessageBarBody>{pane.actionError}</MessageBarBody>
        </MessageBar>
      )}
      <TableSection pane={pane} />
      <SchemeSection pane={pane} />
      <WeightsSection pane={pane} host={host} />
      <CheckSection pane={pane} />
      <OverridesSection pane={pane} />
      <ApplySection pane={pane} download={download} />
      <AnalysisSection pane={pane} host={host} />
      {children}
    </main>
  );
}

/** The whole pane inside its Fluent theme (following the OS: light, dark, high contrast). */
export function App(props: AppProps) {
  const theme = useOsTheme();
  return (
    <FluentProvider theme={theme}>
      <Pane {...props} />
    </FluentProvider>
  );
}
