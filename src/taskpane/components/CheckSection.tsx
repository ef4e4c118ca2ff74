/**
 * Check (配额校验): per group the counts against the limits with a bar per tier; the violations,
 * errors first, each a button that selects its cells; a fix writes its changes after a Dialog.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { format } from "../../messages";
import { tierLabel, type Scheme } from "../../engine/scheme/scheme";
import type { CheckedGroup } from "../../engine/check/check";
import type { Lang, Violation } from "../../engine/types";
import { useSectionStyles } from "../styles";
import { OverrideDialog, isOverridable } from "./OverridesSection";
import type { Pane } from "../use-pane";

const useStyles = makeStyles({
  action: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  tiers: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  tier: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
  track: { height: "6px", borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground5, overflow: "hidden" },
  fill: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  fillOver: { backgroundColor: tokens.colorPaletteRedBackground3 },
  overText: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: tokens.spacingVerticalS },
  /** Every card the full width of the list: one width, whatever its text. */
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    boxSizing: "border-box",
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
  },
  cardError: { borderLeftWidth: tokens.strokeWidthThickest, borderLeftColor: tokens.colorPaletteRedBorder2 },
  cardWarning: { borderLeftWidth: tokens.strokeWidthThickest, borderLeftColor: tokens.colorPaletteYellowBorder2 },
  cardSelected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  message: {
    textAlign: "start",
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: "transparent",
    ...shorthands.border("0"),
    padding: 0,
    cursor: "pointer",
    ":hover": { textDecorationLine: "underline" },
    ":focus-visible": { outlineWidth: tokens.strokeWidthThick, outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2, outlineOffset: "2px" },
  },
  cells: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS },
  cellsLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginInlineEnd: tokens.spacingHorizontalXS },
  cell: { minWidth: 0, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  fix: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
  },
  fixText: { flexGrow: 1, flexBasis: "12em", minWidth: 0, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  subheading: { margin: 0, marginBottom: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

function GroupRow({ g, scheme, lang }: { g: CheckedGroup; scheme: Scheme; lang: Lang }) {
  const c = useStyles();
  return (
    <div className={c.group} data-testid="check-group">
      <Text weight="semibold">{format("pane.check.groupLine", lang, { group: g.group || format("pane.check.noGroup", lang), n: g.n })}</Text>
      <div className={c.tiers}>
        {g.counts.map((count, t) => {
          const limit = g.limits[t] ?? null;
          const over = limit !== null && count > limit;
          const width = g.n > 0 ? Math.min(100, (count / Math.max(limit ?? g.n, 1)) * 100) : 0;
          const tier = tierLabel(scheme, t, lang);
          return (
            <div key={t} className={c.tier}>
              <span className={over ? c.overText : undefined}>
                {limit === null ? format("pane.check.countNoLimit", lang, { tier, count }) : format("pane.check.count", lang, { tier, count, limit })}
              </span>
              <div className={c.track} aria-hidden="true">
                <div className={mergeClasses(c.fill, over && c.fillOver)} style={{ width: `${width}%` }} />
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function FixButton({ v, pane }: { v: Violation; pane: Pane }) {
  const { lang } = pane;
  const changes = v.fix?.changes.filter((ch) => ch.cell) ?? [];
  if (!pane.canFix || !v.fix || changes.length === 0) return null;
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" title={v.fix.message}>
          {format("pane.check.fix", lang)}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{format("pane.check.fixTitle", lang)}</DialogTitle>
          <DialogContent>
            <p>{v.fix.message}</p>
            <p>
              {format("pane.check.fixBody", lang, {
                changes: changes.map((ch) => format("pane.check.fixChange", lang, { cell: ch.cell, from: ch.from || "—", to: ch.to })).join("；"),
              })}
            </p>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={() => void pane.fix(v)}>
                {format("pane.check.fixConfirm", lang)}
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button>{format("pane.cancel", lang)}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** A violation as a card: its message (selects all its cells), each cell, and its fix inline. */
function ViolationCard({ v, pane, selected }: { v: Violation; pane: Pane; selected: boolean }) {
  const c = useStyles();
  const { lang } = pane;
  const changes = v.fix?.changes.filter((ch) => ch.cell) ?? [];
  const fixable = pane.canFix && v.fix !== undefined && changes.length > 0;
  const overridable = isOverridable(v);
  return (
    <li className={mergeClasses(c.card, v.severity === "error" ? c.cardError : c.cardWarning, selected && c.cardSelected)} data-testid="violation-card">
      <button
        type="button"
        data-testid="violation"
        data-code={v.code}
        data-cells={v.cells.join(",")}
        aria-label={`${format(`severity.${v.severity}`, lang)}：${v.message}`}
        title={format("pane.check.locate", lang, { cells: v.cells.join(", ") })}
        className={c.message}
        onClick={() => void pane.select(v)}
      >
        {v.message}
      </button>
      {v.cells.length > 0 && (
        <div className={c.cells}>
          <span className={c.cellsLabel}>{format("pane.check.cells", lang)}</span>
          {v.cells.map((cell) => (
            <Button
              key={cell}
              size="small"
              appearance="subtle"
              className={c.cell}
              data-testid="violation-cell"
              aria-label={format("pane.check.cellLabel", lang, { cell })}
              onClick={() => void pane.selectCells([cell])}
            >
              {cell.replace(/^.*!/, "")}
            </Button>
          ))}
        </div>
      )}
      {(fixable || overridable || v.fix) && (
        <div className={c.fix}>
          {v.fix && (
            <Text className={c.fixText} data-testid="violation-fix">
              {format("pane.check.proposal", lang, {
                fix: changes.length > 0 ? changes.map((ch) => format("pane.check.fixChange", lang, { cell: (ch.cell ?? "").replace(/^.*!/, ""), from: ch.from || "—", to: ch.to })).join(lang === "en-US" ? "; " : "；") : v.fix.message,
              })}
            </Text>
          )}
          <div className={c.actions}>
            <FixButton v={v} pane={pane} />
            {overridable && <OverrideDialog pane={pane} violation={v} />}
          </div>
        </div>
      )}
    </li>
  );
}

function ViolationList({ items, pane, title }: { items: Violation[]; pane: Pane; title: string }) {
  const c = useStyles();
  if (items.length === 0) return null;
  const sel = pane.selected.join(",");
  return (
    <div>
      <h3 className={c.subheading}>{title}</h3>
      <ul className={c.list}>
        {items.map((v, i) => (
          <ViolationCard key={i} v={v} pane={pane} selected={sel !== "" && v.cells.join(",") === sel} />
        ))}
      </ul>
    </div>
  );
}

export function CheckSection({ pane, preview }: { pane: Pane; preview?: ReactNode }) {
  const s = useSectionStyles();
  const c = useStyles();
  const { lang, ev, checked, scheme } = pane;
  const missing = ev?.read.missingColumns ?? [];
  const violations = ev?.check.violations ?? [];
  const errors = violations.filter((v) => v.severity === "error");
  const warnings = violations.filter((v) => v.severity === "warning");
  return (
    <section className={s.section} aria-labelledby="pane-check">
      <h2 id="pane-check" className={s.visuallyHidden}>
        {format("pane.check.heading", lang)}
      </h2>
      <div className={c.action}>
        {/* The one primary button: the next step. Once checked, 写回结果 takes that place. */}
        <Button appearance={checked ? "secondary" : "primary"} disabled={!ev} onClick={pane.runCheck}>
          {format("pane.check.run", lang)}
        </Button>
      </div>
      {checked && ev && scheme && (
        <>
          {missing.length > 0 && (
            <MessageBar intent="error">
              <MessageBarBody>{format("pane.missingColumns", lang, { columns: missing.join(lang === "en-US" ? ", " : "、") })}</MessageBarBody>
            </MessageBar>
          )}
          <MessageBar intent={errors.length ? "error" : warnings.length ? "warning" : "success"}>
            <MessageBarBody data-testid="check-summary">
              {violations.length === 0 ? format("pane.check.ok", lang) : format("pane.check.summary", lang, { errors: errors.length, warnings: warnings.length })}
            </MessageBarBody>
          </MessageBar>
          {pane.allocation.problems.length > 0 && (
            <MessageBar intent="error">
              <MessageBarBody data-testid="allocation-problems">
                {format("pane.allocation.unreadable", lang, { problems: pane.allocation.problems.map((p) => p.message).join(lang === "en-US" ? "; " : "；") })}
              </MessageBarBody>
            </MessageBar>
          )}
          {pane.allocation.lines.map((line) => (
            <Text key={line} className={s.muted} data-testid="allocation-line">
              {line}
            </Text>
          ))}
                    <h3 className={c.subheading}>{format("pane.check.groups", lang)}</h3>
          {ev.check.groups.map((g) => (
            <GroupRow key={g.group} g={g} scheme={scheme} lang={lang} />
          ))}
          <ViolationList items={errors} pane={pane} title={format("pane.check.errors", lang, { count: errors.length })} />
          <ViolationList items={warnings} pane={pane} title={format("pane.check.warnings", lang, { count: warnings.length })} />
          {pane.selected.length > 0 && (
            <Text className={s.muted} role="status">
              {format("pane.check.selected", lang, { cells: pane.selected.join(", ") })}
            </Text>
          )}
          {preview}
        </>
      )}
    </section>
  );
}
