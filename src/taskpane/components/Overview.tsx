/**
 * The first lines of the pane: the table that was read (one line, 更改 opens the columns) and the
 * scheme in force (one line, 编辑 opens the 方案 tab). What a line says is built by `tableLine` and
 * `schemeLine` from what the host read, so a new fact about the table is one more part there.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { format, type MessageKey } from "../../messages";
import { columnLetter } from "../../engine/input/cells";
import type { Lang, Role } from "../../engine/types";
import type { SchemeInput } from "../../engine/scheme/scheme";
import type { HostTable } from "../../workbook/host";
import { errorText, type Pane } from "../use-pane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS },
  /** One line: what (bold, shortened with … when the pane is narrow) and its action at the end. */
  line: { display: "flex", flexDirection: "column", minWidth: 0 },
  top: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  main: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold },
  action: { flexShrink: 0 },
  sub: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  more: {
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorNeutralStroke2,
  },
});

/** Roles named on the table line, in this order, when the table has them. */
const LINE_ROLES: Role[] = ["name", "group", "score", "tier"];

/** The table line: what was read, and where its roles are ("单位 B · 类别 C · 得分 F"). */
export function tableLine(read: HostTable, lang: Lang): { main: string; sub: string } {
  const main = format("pane.line.table", lang, { sheet: read.sheet, count: read.table.rows.length });
  const parts = LINE_ROLES.flatMap((r) => {
    const col = read.map[r];
    return col === undefined ? [] : [`${format(`pane.role.${r}` as MessageKey, lang)} ${columnLetter(col)}`];
  });
  return { main, sub: [format("pane.line.header", lang, { row: read.table.headerRow }), ...parts].join(" · ") };
}

/** The scheme line: its name, and the first tier's quota. */
export function schemeLine(input: SchemeInput, ok: boolean, lang: Lang): { main: string; sub: string } {
  const name = lang === "en-US" ? input.name.en : input.name.zh;
  const first = input.tiers[0];
  const tier = first ? (lang === "en-US" ? first.label.en : first.label.zh) : "";
  const q = first?.quota as { share?: number; places?: number } | undefined | null;
  const sub =
    q && typeof q.share === "number"
      ? format("pane.line.share", lang, { tier, share: Number((q.share * 100).toFixed(4)) })
      : q && typeof q.places === "number"
        ? format("pane.line.places", lang, { tier, places: q.places })
        : format("pane.line.noQuota", lang, { tier });
  return { main: ok ? name : format("pane.line.schemeBad", lang, { name }), sub };
}

export function Overview({ pane, onEditScheme, children }: { pane: Pane; onEditScheme: () => void; children: ReactNode }) {
  const c = useStyles();
  const { lang, read, readError, loading, validation } = pane;
  const [open, setOpen] = useState(false);
  const showColumns = open || (!loading && readError !== null);
  const t = read ? tableLine(read, lang) : null;
  const sch = schemeLine(validation.input, validation.parsed.ok, lang);
  return (
    <div className={c.root}>
      <div className={c.line} role="group" aria-label={format("pane.line.tableLabel", lang)}>
        <div className={c.top}>
          {loading && <Spinner className={c.main} size="extra-tiny" label={format("pane.loading", lang)} labelPosition="after" />}
          {!loading && (
            <Text className={c.main} data-testid={t ? "table-detected" : undefined} title={t?.main}>
              {t ? t.main : format("pane.table.none", lang)}
            </Text>
          )}
          <Button className={c.action} size="small" appearance="subtle" aria-expanded={showColumns} aria-controls="pane-columns" onClick={() => setOpen(!open)}>
            {format(open ? "pane.line.done" : "pane.line.change", lang)}
          </Button>
        </div>
        {t && !loading && <Text className={c.sub}>{format("pane.line.labelled", lang, { label: format("pane.line.tableLabel", lang), text: t.sub })}</Text>}
      </div>
      {!loading && readError !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(readError, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {showColumns && (
        <div id="pane-columns" className={c.more}>
          {children}
        </div>
      )}
      <div className={c.line} role="group" aria-label={format("pane.line.schemeLabel", lang)}>
        <div className={c.top}>
          <Text className={c.main} data-testid="scheme-line" title={sch.main}>
            {sch.main}
          </Text>
          <Button className={c.action} size="small" appearance="subtle" onClick={onEditScheme}>
            {format("pane.line.edit", lang)}
          </Button>
        </div>
        <Text className={c.sub}>{format("pane.line.labelled", lang, { label: format("pane.line.schemeLabel", lang), text: sch.sub })}</Text>
      </div>
    </div>
  );
}
