/**
 * The pane: the same components for Excel and the standalone page. The host comes in as a prop;
 * nothing here says Excel. `App` is what both entries render.
 *
 * Its first screen, at a task pane's width, holds only what a reviewer needs to start: the table
 * that was read (one line, 更改), the scheme (one line, 编辑), how the sheet was read (版式识别, one
 * line, 详情) and 配额校验, with the results under it.
 * The rest waits behind tabs: 校验 · 方案 · 权重 · 分析. Every panel stays mounted (hidden when not
 * selected), so what a reviewer typed in one tab is still there when they come back.
 */
import { FluentProvider, MessageBar, MessageBarBody, Tab, TabList, ToggleButton, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { format } from "../messages";
import type { Lang } from "../engine/types";
import type { SheetHost } from "../workbook/host";
import { AnalysisSection } from "./components/AnalysisSection";
import { ApplySection, type Download } from "./components/ApplySection";
import { CheckSection } from "./components/CheckSection";
import { LayoutCard } from "./components/LayoutCard";
import { Overview } from "./components/Overview";
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
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
    minWidth: 0,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  bar: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", minWidth: 0 },
  /** A panel not selected: out of sight and of the tab order, its state kept. */
  panelHidden: { display: "none" },
});

export type PaneTab = "check" | "scheme" | "weights" | "analysis";
const TABS: PaneTab[] = ["check", "scheme", "weights", "analysis"];

export interface AppProps {
  host: SheetHost;
  initialLang?: Lang;
  /** The page's language, when the page around the pane chooses it (the standalone page). */
  lang?: Lang;
  /** Told when the reviewer switches the language inside the pane. */
  onLangChange?: (lang: Lang) => void;
  /** Leave out the pane's own title bar (the standalone page has its own). */
  bare?: boolean;
  /** A problem to show above everything (the Excel requirement check). */
  banner?: string | null;
  /** The standalone page's download of the changed workbook. */
  download?: Download;
  /** Shown under the violations (the standalone page's preview of the cells selected). */
  preview?: ReactNode;
}

function Pane({ host, initialLang = "zh-CN", lang: pageLang, onLangChange, bare, banner, download, preview }: AppProps) {
  const c = useStyles();
  const pane = usePane(host, pageLang ?? initialLang);
  const { lang, setLang } = pane;
  const [tab, setTab] = useState<PaneTab>("check");
  useEffect(() => {
    if (pageLang && pageLang !== lang) setLang(pageLang);
  }, [pageLang, lang, setLang]);
  const switchLang = () => {
    const next = lang === "en-US" ? "zh-CN" : "en-US";
    setLang(next);
    onLangChange?.(next);
  };
  const panel = (id: PaneTab, children: ReactNode) => (
    <div role="tabpanel" id={`pane-panel-${id}`} aria-labelledby={`pane-tab-${id}`} hidden={tab !== id} className={mergeClasses(c.panel, tab !== id && c.panelHidden)}>
      {children}
    </div>
  );
  return (
    <main className={c.root} lang={lang}>
      {!bare && (
        <div className={c.bar}>
          <h1 className={c.title}>{format("pane.title", lang)}</h1>
          <ToggleButton size="small" checked={lang === "en-US"} title={format("pane.languageLabel", lang)} onClick={switchLang}>
            {format("pane.language", lang)}
          </ToggleButton>
        </div>
      )}
      {banner && (
        <MessageBar intent="warning">
          <MessageBarBody>{banner}</MessageBarBody>
        </MessageBar>
      )}
      <TabList className={c.tabs} size="small" aria-label={format("pane.tabs", lang)} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as PaneTab)}>
        {TABS.map((t) => (
          <Tab key={t} value={t} id={`pane-tab-${t}`} aria-controls={`pane-panel-${t}`}>
            {format(`pane.tab.${t}`, lang)}
          </Tab>
        ))}
      </TabList>
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
      {panel(
        "check",
        <>
          <Overview pane={pane} onEditScheme={() => setTab("scheme")}>
            <TableSection pane={pane} />
          </Overview>
          <LayoutCard pane={pane} />
          <CheckSection pane={pane} preview={preview} />
          <ApplySection pane={pane} download={download} />
          <OverridesSection pane={pane} />
        </>,
      )}
      {panel("scheme", <SchemeSection pane={pane} />)}
      {panel("weights", <WeightsSection pane={pane} host={host} />)}
      {panel("analysis", <AnalysisSection pane={pane} host={host} />)}
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
