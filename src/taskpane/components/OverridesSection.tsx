/**
 * 人工调整（变更记录）: a reviewer overrides a computed tier or light — a tie at the quota line, a
 * veto — always with a reason, and the pane appends it to the workbook's 变更记录 sheet. The
 * dialog opens from a tie or cap violation in the check (its subjects offered) or from this
 * section (any subject); the overrides in force are listed, each with 撤销 (a clearing, recorded
 * too). Reasons are validated by the engine, and its message shows on the field.
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
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Evaluation } from "../../engine/check/evaluate";
import { format } from "../../messages";
import type { OverrideField, OverrideProblem, OverrideRule } from "../../engine/record/overrides";
import { tierLabel } from "../../engine/scheme/scheme";
import type { Lang, Light, Violation } from "../../engine/types";
import { useSectionStyles } from "../styles";
import type { Pane } from "../use-pane";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  itemText: { flexGrow: 1, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** Rules offered in the dialog, the usual ones first (CLEARED is the 撤销 action's). */
const RULES: OverrideRule[] = [
  "TIE_AT_BOUNDARY",
  "TIE_DECISION",
  "VETO",
  "TIER_ABOVE_CAP",
  "QUOTA_EXCEEDED",
  "FORCED_BOTTOM_MISSING",
  "ORDER_INVERSION",
  "BELOW_THRESHOLD",
  "OTHER",
];
const LIGHTS: Light[] = ["green", "yellow", "red"];

/** The violations a reviewer decides by an override. */
export function isOverridable(v: Violation): boolean {
  return v.code === "TIE_AT_BOUNDARY" || v.code === "TIER_ABOVE_CAP";
}

const groupText = (group: string, lang: Lang) => (group ? format("group.prefix", lang, { group }) : "");

/** Subject indices a dialog offers: a violation's subjects, else every subject. */
function candidates(ev: Evaluation, v?: Violation): number[] {
  const subjects = ev.read.subjects;
  if (!v) return subjects.map((_, i) => i);
  const out: number[] = [];
  for (const name of v.subjects) {
    const i = subjects.findIndex((s, k) => s.name === name && s.group === v.group && !out.includes(k));
    if (i >= 0) out.push(i);
  }
  return out;
}

/**
 * The override dialog and the button that opens it: beside a violation (`violation`), or for any
 * subject. Nothing when the host cannot record.
 */
export function OverrideDialog({ pane, violation }: { pane: Pane; violation?: Violation }) {
  const c = useStyles();
  const s = useSectionStyles();
  const { lang, ev, overrides } = pane;
  const [open, setOpen] = useState(false);
  const [subject, setSubject] = useState<number | null>(null);
  const [field, setField] = useState<OverrideField>("tier");
  const [to, setTo] = useState("");
  const [rule, setRule] = useState<OverrideRule>("OTHER");
  const [reason, setReason] = useState("");
  const [by, setBy] = useState("");
  const [problems, setProblems] = useState<OverrideProblem[]>([]);
  if (!overrides.canRecord || !ev) return null;
  const offered = candidates(ev, violation);
  const subjects = ev.read.subjects;
  const optionText = (i: number) => {
    const x = subjects[i]!;
    return x.group ? format("record.pane.subjectOption", lang, { name: x.name, group: x.group }) : x.name;
  };
  const targets =
    field === "tier"
      ? ev.scheme.tiers.map((_, t) => ({ value: String(t), text: tierLabel(ev.scheme, t, lang) }))
      : LIGHTS.map((l) => ({ value: l, text: format(`light.${l}`, lang) }));
  const reset = () => {
    setSubject(offered.length === 1 ? offered[0]! : null);
    setField("tier");
    setTo("");
    setRule(violation?.code === "TIER_ABOVE_CAP" ? "TIER_ABOVE_CAP" : violation ? "TIE_AT_BOUNDARY" : "OTHER");
    setReason("");
    setBy(overrides.by);
    setProblems([]);
  };
  const reasonProblem = problems.find((p) => p.code === "REASON_REQUIRED");
  const others = problems.filter((p) => p !== reasonProblem);
  const submit = async () => {
    if (subject === null || to === "") return;
    const found = await overrides.save({ subject, field, to, rule, reason, by });
    setProblems(found);
    if (found.length === 0) setOpen(false);
  };
  const label = violation ? format("record.pane.adjust", lang) : format("record.pane.add", lang);
  return (
    <Dialog
      open={open}
      onOpenChange={(_, d) => {
        if (d.open) reset();
        setOpen(d.open);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button
          size={violation ? "small" : "medium"}
          data-testid={violation ? "override-violation" : "override-add"}
          aria-label={violation ? format("record.pane.adjustFor", lang, { subjects: violation.subjects.join(lang === "en-US" ? ", " : "、") }) : undefined}
        >
          {label}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{format("record.pane.title", lang)}</DialogTitle>
            <DialogContent className={c.form}>
              <Field
                label={format("record.pane.subject", lang)}
                required
                hint={subject === null ? undefined : format("record.pane.current", lang, { now: overrides.valueText(ev, subject, field, "now") || "—", computed: overrides.valueText(ev, subject, field, "computed") || "—" })}
              >
                <Dropdown
                  className={s.control}
                  value={subject === null ? "" : optionText(subject)}
                  selectedOptions={subject === null ? [] : [String(subject)]}
                  onOptionSelect={(_, d) => d.optionValue !== undefined && setSubject(Number(d.optionValue))}
                >
                  {offered.map((i) => (
                    <Option key={i} value={String(i)}>
                      {optionText(i)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              {ev.scheme.lights && (
                <Field label={format("record.pane.field", lang)}>
                  <RadioGroup
                    layout="horizontal"
                    value={field}
                    onChange={(_, d) => {
                      setField(d.value as OverrideField);
                      setTo("");
                    }}
                  >
                    <Radio value="tier" label={format("override.field.tier", lang)} />
                    <Radio value="light" label={format("override.field.light", lang)} />
                  </RadioGroup>
                </Field>
              )}
              <Field label={format("record.pane.to", lang)} required>
                <Dropdown
                  className={s.control}
                  value={targets.find((t) => t.value === to)?.text ?? ""}
                  selectedOptions={to === "" ? [] : [to]}
                  onOptionSelect={(_, d) => setTo(d.optionValue ?? "")}
                >
                  {targets.map((t) => (
                    <Option key={t.value} value={t.value}>
                      {t.text}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field label={format("record.pane.rule", lang)}>
                <Dropdown className={s.control} value={format(`overrideRule.${rule}`, lang)} selectedOptions={[rule]} onOptionSelect={(_, d) => d.optionValue && setRule(d.optionValue as OverrideRule)}>
                  {RULES.map((r) => (
                    <Option key={r} value={r}>
                      {format(`overrideRule.${r}`, lang)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field label={format("record.pane.reason", lang)} required validationState={reasonProblem ? "error" : "none"} validationMessage={reasonProblem?.message}>
                <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
              </Field>
              <Field label={format("record.pane.by", lang)} hint={format("record.pane.byHint", lang)}>
                <Input value={by} onChange={(_, d) => setBy(d.value)} />
              </Field>
              {others.map((p, k) => (
                <MessageBar key={k} intent="error">
                  <MessageBarBody>{p.message}</MessageBarBody>
                </MessageBar>
              ))}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={subject === null || to === "" || overrides.busy}>
                {format("record.pane.save", lang)}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>{format("pane.cancel", lang)}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

/** 撤销: clear one override in force, with a reason; the clearing is recorded. */
function ClearButton({ pane, subject, field }: { pane: Pane; subject: number; field: OverrideField }) {
  const c = useStyles();
  const { lang, ev, overrides } = pane;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  if (!ev) return null;
  const name = ev.read.subjects[subject]!.name;
  const fieldText = format(`override.field.${field}`, lang);
  const submit = async () => {
    const found = await overrides.clear(subject, field, reason);
    setProblem(found[0]?.message);
    if (found.length === 0) setOpen(false);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(_, d) => {
        if (d.open) {
          setReason("");
          setProblem(undefined);
        }
        setOpen(d.open);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" aria-label={format("record.pane.clearLabel", lang, { subject: name, field: fieldText })}>
          {format("record.pane.clear", lang)}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{format("record.pane.clearTitle", lang)}</DialogTitle>
            <DialogContent className={c.form}>
              <p>{format("record.pane.clearBody", lang, { subject: name, field: fieldText, computed: overrides.valueText(ev, subject, field, "computed") || "—" })}</p>
              <Field label={format("record.pane.clearReason", lang)} required validationState={problem ? "error" : "none"} validationMessage={problem}>
                <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={overrides.busy}>
                {format("record.pane.clearConfirm", lang)}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>{format("pane.cancel", lang)}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

export function OverridesSection({ pane }: { pane: Pane }) {
  const s = useSectionStyles();
  const c = useStyles();
  const { lang, ev, overrides } = pane;
  const d = ev?.decisions;
  const inForce = ev && d ? ev.read.subjects.flatMap((x, i) => (["tier", "light"] as const).flatMap((field) => (d.marks[i]?.[field] ? [{ i, field, mark: d.marks[i]![field]! }] : []))) : [];
  return (
    <section className={s.section} aria-labelledby="pane-overrides">
      <h2 id="pane-overrides" className={s.heading}>
        {format("record.pane.heading", lang)}
      </h2>
      <Text className={s.muted}>{format("record.pane.intro", lang)}</Text>
      {!overrides.canRecord ? (
        <Text className={s.muted}>{format("record.pane.unsupported", lang)}</Text>
      ) : (
        <>
          <div className={s.row}>
            <OverrideDialog pane={pane} />
          </div>
          {overrides.readError && (
            <MessageBar intent="error">
              <MessageBarBody>{overrides.readError}</MessageBarBody>
            </MessageBar>
          )}
          {overrides.notice && (
            <MessageBar intent={overrides.notice.intent}>
              <MessageBarBody data-testid="override-notice">{overrides.notice.text}</MessageBarBody>
            </MessageBar>
          )}
          <h3 className={c.subheading}>{format("record.pane.inForce", lang, { count: inForce.length })}</h3>
          {inForce.length === 0 ? (
            <Text className={s.muted}>{format("record.pane.none", lang)}</Text>
          ) : (
            <ul className={c.list}>
              {inForce.map(({ i, field, mark }) => {
                const x = ev!.read.subjects[i]!;
                return (
                  <li key={`${i}-${field}`} className={c.item} data-testid="override-item">
                    <div className={c.itemText}>
                      <Text weight="semibold">
                        {format("record.pane.item", lang, { group: groupText(x.group, lang), subject: x.name, field: format(`override.field.${field}`, lang), from: mark.from || "—", to: mark.to })}
                      </Text>
                      <Text className={s.muted}>
                        {format("record.pane.itemDetail", lang, {
                          rule: format(`overrideRule.${mark.rule ?? "OTHER"}`, lang),
                          reason: mark.reason,
                          at: mark.at,
                          by: mark.by ? ` · ${mark.by}` : "",
                        })}
                      </Text>
                    </div>
                    <ClearButton pane={pane} subject={i} field={field} />
                  </li>
                );
              })}
            </ul>
          )}
          {d && d.decidedTies.length > 0 && (
            <>
              <h3 className={c.subheading}>{format("record.pane.decidedTies", lang, { count: d.decidedTies.length })}</h3>
              <ul className={c.list}>
                {d.decidedTies.map((v, k) => (
                  <li key={k}>
                    <Text>{v.message}</Text>
                  </li>
                ))}
              </ul>
            </>
          )}
          {d && d.problems.length > 0 && (
            <>
              <h3 className={c.subheading}>{format("record.pane.problems", lang, { count: d.problems.length })}</h3>
              {d.problems.map((p, k) => (
                <MessageBar key={k} intent={p.severity === "error" ? "error" : "warning"}>
                  <MessageBarBody data-testid="override-problem">{p.message}</MessageBarBody>
                </MessageBar>
              ))}
            </>
          )}
          {d && d.record.length > 0 && <Text className={s.muted}>{format("record.pane.history", lang, { count: d.record.length })}</Text>}
        </>
      )}
    </section>
  );
}
