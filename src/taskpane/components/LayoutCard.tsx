/**
 * 版式识别: how the sheet was read, in one summary line (header row, data rows, where groups come
 * from) under its heading with how many points need confirming, the same report as `assess check` behind 详情 — its lines, each
 * LAYOUT_ASSUMPTION / GROUP_COUNT_MISMATCH as a warning — and the 更正读取方式 form: header row,
 * a column per role, group rows. 按此读取 reads the table again with them and checks it; 记住 keeps
 * them in the workbook. When the reading stops (two score columns …) the form is open at once.
 */
import { Button, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Text, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { format, type MessageKey } from "../../messages";
import type { Lang } from "../../engine/types";
import type { ReadingStop } from "../../workbook/errors";
import { layoutLines, layoutNoteMessage } from "../../workbook/layout/report";
import type { Layout } from "../../workbook/layout/types";
import { FORM_ROLES, columnChoices, formFromOptions, optionsFromForm, type ColumnChoice, type GroupRowsChoice, type LayoutForm } from "../layout-form";
import { useSectionStyles } from "../styles";
import type { Pane } from "../use-pane";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  /** The heading line: 版式识别, how many points need confirming, 详情. */
  top: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  heading: { margin: 0, flexGrow: 1, minWidth: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase300 },
  /** The one summary line under it (as the table and scheme lines have theirs). */
  summary: {
    marginTop: `calc(-1 * ${tokens.spacingVerticalXS})`,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  /** A reading that stopped: the line says so in full. */
  summaryStopped: { whiteSpace: "normal" },
  warnings: { flexShrink: 0, color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  action: { flexShrink: 0 },
  details: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  lines: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  line: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
  },
});

/** The summary line: header rows, data rows, where groups come from. */
export function layoutSummary(layout: Layout, lang: Lang): string {
  const groups =
    layout.groups.from === "column"
      ? format("pane.layout.groups.column", lang, { column: layout.groups.column ?? "" })
      : layout.groups.from === "labels"
        ? format("pane.layout.groups.labels", lang, { n: new Set(layout.groups.labels.map((l) => l.group)).size })
        : format("pane.layout.groups.none", lang);
  return format("pane.layout.summary", lang, { headerRows: layout.headerRows.join("–"), first: layout.dataRows.first, last: layout.dataRows.last, groups });
}

/** What needs a person's eye: each note's message (with its code), and merges Excel could not give. */
export function layoutWarnings(layout: Layout, lang: Lang): { code: string; message: string }[] {
  const out: { code: string; message: string }[] = layout.notes.map((n) => ({ code: n.code, message: layoutNoteMessage(n, lang) }));
  if (layout.merges === "unavailable") out.unshift({ code: "MERGES_UNAVAILABLE", message: format("layout.mergesUnavailable", lang).trim() });
  return out;
}

/** The report's other lines (as `assess check` prints them, without the notes shown as warnings). */
function plainLines(layout: Layout, lang: Lang): string[] {
  return layoutLines({ ...layout, notes: [], merges: "read" }, lang).map((l) => l.trim());
}

/** The options of a column Dropdown: automatic (what was read), then each column. */
function columnLabel(c: ColumnChoice, lang: Lang): string {
  return c.header === "" ? format("pane.layout.noHeader", lang, { column: c.letter }) : `${c.letter} · ${c.header}`;
}

function ReadingForm({ pane, headers, layout, stop }: { pane: Pane; headers: string[]; layout: Layout | undefined; stop: ReadingStop | undefined }) {
  const s = useSectionStyles();
  const c = useStyles();
  const { lang, read } = pane;
  const [form, setForm] = useState<LayoutForm>(() => formFromOptions(read?.options, headers));
  const [busy, setBusy] = useState(false);
  // A new reading (applied, remembered, or the workbook read again) shows its own options.
  const usedKey = JSON.stringify(read?.options ?? null);
  const [shownKey, setShownKey] = useState(usedKey);
  if (shownKey !== usedKey) {
    setShownKey(usedKey);
    setForm(formFromOptions(read?.options, headers));
  }
  const choices = useMemo(() => columnChoices(headers), [headers]);
  const parsed = optionsFromForm(form);
  const detectedRow = layout ? layout.headerRows[layout.headerRows.length - 1] : stop?.headerRow;
  const run = async (f: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await f();
    } finally {
      setBusy(false);
    }
  };
  const auto = format("pane.layout.auto", lang);
  return (
    <div className={c.form} data-testid="layout-form">
      <div className={s.grid}>
        <Field
          label={format("pane.layout.headerRow", lang)}
          validationState={parsed.ok ? "none" : "error"}
          validationMessage={parsed.ok ? undefined : format("pane.layout.headerRowBad", lang)}
        >
          <Input
            className={s.control}
            inputMode="numeric"
            value={form.headerRow}
            placeholder={detectedRow === undefined ? auto : format("pane.layout.headerRowAuto", lang, { row: detectedRow })}
            onChange={(_, d) => setForm({ ...form, headerRow: d.value })}
          />
        </Field>
        {FORM_ROLES.map((role) => {
          const read = layout?.columns.find((x) => x.role === role);
          const autoText = read ? format("pane.layout.columnAuto", lang, { column: `${read.column} · ${read.header}` }) : auto;
          const chosen = form.columns[role];
          const known = choices.find((x) => x.letter === chosen);
          return (
            <Field key={role} label={format(`pane.role.${role}` as MessageKey, lang)}>
              <Dropdown
                className={s.control}
                value={chosen === "" ? autoText : known ? columnLabel(known, lang) : chosen}
                selectedOptions={[chosen]}
                onOptionSelect={(_, d) => setForm({ ...form, columns: { ...form.columns, [role]: d.optionValue ?? "" } })}
              >
                <Option value="" text={autoText}>
                  {autoText}
                </Option>
                {choices.map((x) => (
                  <Option key={x.letter} value={x.letter} text={columnLabel(x, lang)}>
                    {columnLabel(x, lang)}
                  </Option>
                ))}
                {chosen !== "" && !known && (
                  <Option value={chosen} text={chosen}>
                    {chosen}
                  </Option>
                )}
              </Dropdown>
            </Field>
          );
        })}
        <Field label={format("pane.layout.groupRows", lang)}>
          <Dropdown
            className={s.control}
            value={format(`pane.layout.groupRows.${form.groupRows}`, lang)}
            selectedOptions={[form.groupRows]}
            onOptionSelect={(_, d) => setForm({ ...form, groupRows: (d.optionValue ?? "auto") as GroupRowsChoice })}
          >
            {(["auto", "yes", "no"] as const).map((g) => (
              <Option key={g} value={g} text={format(`pane.layout.groupRows.${g}`, lang)}>
                {format(`pane.layout.groupRows.${g}`, lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <div className={s.row}>
        <Button size="small" disabled={!parsed.ok || busy} onClick={() => parsed.ok && void run(() => pane.readWith(parsed.options))}>
          {format("pane.layout.apply", lang)}
        </Button>
        {pane.saveLayout && (
          <Button size="small" disabled={!parsed.ok || busy} title={format("pane.layout.rememberHint", lang)} onClick={() => parsed.ok && void run(() => pane.saveLayout!(parsed.options))}>
            {format("pane.layout.remember", lang)}
          </Button>
        )}
      </div>
    </div>
  );
}

export function LayoutCard({ pane }: { pane: Pane }) {
  const c = useStyles();
  const { lang, read, readError, loading } = pane;
  const [open, setOpen] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const layout = read?.layout;
  const stop = !read && readError !== null ? (readError as { stop?: ReadingStop }).stop : undefined;
  // A reading that stopped opens the form; once read that way, the card stays open to 记住 it.
  useEffect(() => {
    if (!stop) return;
    setOpen(true);
    setCorrecting(true);
  }, [stop]);
  if (loading && !layout && !stop) return null;
  if (!layout && !stop) return null;
  const warnings = layout ? layoutWarnings(layout, lang) : [];
  const summary = layout ? layoutSummary(layout, lang) : format("pane.layout.failed", lang);
  const headers = read ? read.table.headers : (stop?.headers ?? []);
  const showForm = correcting || (!layout && stop !== undefined);
  return (
    <section className={c.card} aria-labelledby="pane-layout" data-testid="layout-card">
      <div className={c.top}>
        <h2 id="pane-layout" className={c.heading}>
          {format("pane.layout.heading", lang)}
        </h2>
        {warnings.length > 0 && (
          <Text className={c.warnings} data-testid="layout-warning-count">
            {format("pane.layout.warnings", lang, { n: warnings.length })}
          </Text>
        )}
        {layout && (
          <Button className={c.action} size="small" appearance="subtle" aria-expanded={open} aria-controls="pane-layout-details" onClick={() => setOpen(!open)}>
            {format(open ? "pane.layout.hide" : "pane.layout.details", lang)}
          </Button>
        )}
      </div>
      <Text className={mergeClasses(c.summary, !layout && c.summaryStopped)} title={summary} data-testid="layout-summary">
        {summary}
      </Text>
      {layout && open && (
        <div id="pane-layout-details" className={c.details}>
          <ul className={c.lines} data-testid="layout-lines">
            {plainLines(layout, lang).map((l, i) => (
              <li key={i} className={c.line}>
                {l}
              </li>
            ))}
          </ul>
          {warnings.map((w, i) => (
            <MessageBar key={i} intent="warning" data-testid="layout-warning" data-code={w.code}>
              <MessageBarBody>{w.message}</MessageBarBody>
            </MessageBar>
          ))}
          {!correcting && (
            <div>
              <Button size="small" onClick={() => setCorrecting(true)}>
                {format("pane.layout.correct", lang)}
              </Button>
            </div>
          )}
        </div>
      )}
      {showForm && (layout === undefined || open) && <ReadingForm pane={pane} headers={headers} layout={layout} stop={stop} />}
    </section>
  );
}
