/**
 * Scheme: a preset (or the workbook's scheme), the first tier's quota, the forced bottom share and
 * the lights, validated by parseScheme with each message on its field.
 */
import { Button, Checkbox, Dropdown, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Option, Text } from "@fluentui/react-components";
import { format } from "../../messages";
import { presetIds, presetInput } from "../../engine/scheme/presets";
import type { Lang, Rounding } from "../../engine/types";
import { indicatorGroups, weightSum, type QuotaMode } from "../scheme-form";
import { useSectionStyles } from "../styles";
import { WORKBOOK_SCHEME, type Pane } from "../use-pane";

const ROUNDINGS: Rounding[] = ["floor", "round", "ceil"];
const MODES: QuotaMode[] = ["share", "places", "none"];
const MODE_KEY = { none: "pane.scheme.quotaNone", share: "pane.scheme.quotaShare", places: "pane.scheme.quotaPlaces" } as const;

function nameOf(input: { name: { zh: string; en: string } } | undefined | null, lang: Lang): string {
  return input ? (lang === "en-US" ? input.name.en : input.name.zh) : "";
}

export function SchemeSection({ pane }: { pane: Pane }) {
  const s = useSectionStyles();
  const { lang, form, validation, choice, workbookScheme } = pane;
  const { byField, general } = validation;
  const state = (f: keyof typeof byField) => (byField[f] ? "error" : "none") as "error" | "none";
  const choices = [...(workbookScheme ? [WORKBOOK_SCHEME] : []), ...presetIds];
  const choiceName = (id: string) =>
    id === WORKBOOK_SCHEME ? format("pane.scheme.workbook", lang, { name: nameOf(workbookScheme, lang) }) : nameOf(presetInput(id), lang);
  const first = validation.input.tiers[0];
  const firstName = first ? (lang === "en-US" ? first.label.en : first.label.zh) : "";
  const source = validation.input.source;
  const groups = indicatorGroups(validation.input);
  const tiers = validation.input.tiers;
  const tierName = (t: (typeof tiers)[number]) => (lang === "en-US" ? t.label.en : t.label.zh);
  /** A cap: the best tier allowed (any but the first), or `none`'s meaning when blank. */
  const capField = (field: "veto" | "linked", label: "pane.caps.veto" | "pane.caps.linked", none: "pane.caps.default" | "pane.caps.none", value: string, set: (v: string) => void) => {
    const current = tiers.find((x) => x.id === value);
    return (
      <Field label={format(label, lang)} validationState={state(field)} validationMessage={byField[field]}>
        <Dropdown className={s.control} value={current ? tierName(current) : format(none, lang)} selectedOptions={[value]} onOptionSelect={(_, d) => set(d.optionValue ?? "")}>
          <Option value="">{format(none, lang)}</Option>
          {tiers.slice(1).map((t) => (
            <Option key={t.id} value={t.id}>
              {tierName(t)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  };
  const labelOf = (id: string) => validation.input.scoring?.indicators?.find((i) => i.id === id)?.label ?? id;
  return (
    <section className={s.section} aria-labelledby="pane-scheme">
      <h2 id="pane-scheme" className={s.heading}>
        {format("pane.scheme.heading", lang)}
      </h2>
      <Field label={format("pane.scheme.preset", lang)}>
        <Dropdown className={s.control} value={choiceName(choice)} selectedOptions={[choice]} onOptionSelect={(_, d) => d.optionValue && pane.chooseScheme(d.optionValue)}>
          {choices.map((id) => (
            <Option key={id} value={id}>
              {choiceName(id)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {source && <Text className={s.muted}>{format("pane.scheme.source", lang, { source })}</Text>}
      <div className={s.grid}>
        <Field label={format("pane.scheme.quotaMode", lang, { tier: firstName })} validationState={state("quota")} validationMessage={byField.quota}>
          <Dropdown className={s.control}
            value={format(MODE_KEY[form.quotaMode], lang)}
            selectedOptions={[form.quotaMode]}
            onOptionSelect={(_, d) => d.optionValue && pane.editForm({ quotaMode: d.optionValue as QuotaMode })}
          >
            {MODES.map((m) => (
              <Option key={m} value={m}>
                {format(MODE_KEY[m], lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {form.quotaMode === "share" && (
          <Field label={format("pane.scheme.share", lang)} validationState={state("share")} validationMessage={byField.share}>
            <Input inputMode="decimal" value={form.share} onChange={(_, d) => pane.editForm({ share: d.value })} />
          </Field>
        )}
        {form.quotaMode === "places" && (
          <Field label={format("pane.scheme.places", lang)} validationState={state("places")} validationMessage={byField.places}>
            <Input inputMode="numeric" value={form.places} onChange={(_, d) => pane.editForm({ places: d.value })} />
          </Field>
        )}
        {form.quotaMode === "share" && (
          <Field label={format("pane.scheme.rounding", lang)}>
            <Dropdown className={s.control}
              value={format(`rounding.${form.rounding}`, lang)}
              selectedOptions={[form.rounding]}
              onOptionSelect={(_, d) => d.optionValue && pane.editForm({ rounding: d.optionValue as Rounding })}
            >
              {ROUNDINGS.map((r) => (
                <Option key={r} value={r}>
                  {format(`rounding.${r}`, lang)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        <Field
          label={format("pane.scheme.allocation", lang, { tier: firstName })}
          hint={format("pane.scheme.allocationHint", lang)}
          validationState={state("allocation")}
          validationMessage={byField.allocation}
        >
          <Input value={form.allocation} placeholder="农村=5, 社区=13" onChange={(_, d) => pane.editForm({ allocation: d.value })} />
        </Field>
        <Field label={format("pane.scheme.forcedBottom", lang)} validationState={state("forcedBottom")} validationMessage={byField.forcedBottom}>
          <Input inputMode="decimal" value={form.forcedBottom} onChange={(_, d) => pane.editForm({ forcedBottom: d.value })} />
        </Field>
        <Field label={format("pane.scheme.green", lang)} validationState={state("green")} validationMessage={byField.green}>
          <Input inputMode="numeric" value={form.green} onChange={(_, d) => pane.editForm({ green: d.value })} />
        </Field>
        <Field label={format("pane.scheme.red", lang)} validationState={state("red")} validationMessage={byField.red}>
          <Input inputMode="numeric" value={form.red} onChange={(_, d) => pane.editForm({ red: d.value })} />
        </Field>
      </div>
      <div role="group" aria-labelledby="pane-tiers">
        <h3 id="pane-tiers" className={s.heading}>
          {format("pane.tiers.heading", lang)}
        </h3>
        <div className={s.grid}>
          {tiers.map((t, i) => (
            <Field
              key={t.id}
              label={format("pane.tiers.threshold", lang, { tier: tierName(t) })}
              validationState={i === 0 ? state("thresholds") : "none"}
              validationMessage={i === 0 ? byField.thresholds : undefined}
            >
              <Input inputMode="decimal" value={form.thresholds[i] ?? ""} onChange={(_, d) => pane.editForm({ thresholds: form.thresholds.map((x, k) => (k === i ? d.value : x)) })} />
            </Field>
          ))}
          {capField("veto", "pane.caps.veto", "pane.caps.default", form.vetoCap, (v) => pane.editForm({ vetoCap: v }))}
          {capField("linked", "pane.caps.linked", "pane.caps.none", form.linkedCap, (v) => pane.editForm({ linkedCap: v }))}
          {form.linkedCap !== "" && (
            <Field label={format("pane.caps.linkedShare", lang, { tier: firstName })}>
              <Input inputMode="decimal" value={form.linkedShare} onChange={(_, d) => pane.editForm({ linkedShare: d.value })} />
            </Field>
          )}
          <Checkbox
            label={format("pane.caps.keepPlaces", lang)}
            checked={form.keepCappedPlaces}
            onChange={(_, d) => pane.editForm({ keepCappedPlaces: d.checked === true })}
          />
        </div>
      </div>
      {groups.length > 0 && (
        <div role="group" aria-labelledby="pane-weights">
          <h3 id="pane-weights" className={s.heading}>
            {format("pane.weights.heading", lang)}
          </h3>
          {groups.map((g) => {
            const sum = weightSum(form, g.ids);
            const ok = Math.abs(sum - 100) < 1e-7;
            return (
              <div key={g.section} className={s.grid} data-testid="weights-group">
                {g.ids.map((id) => (
                  <Field key={id} label={labelOf(id)}>
                    <Input inputMode="decimal" value={form.weights[id] ?? ""} onChange={(_, d) => pane.editForm({ weights: { ...form.weights, [id]: d.value } })} />
                  </Field>
                ))}
                <Field
                  label={g.label || format("pane.weights.all", lang)}
                  validationState={ok ? "success" : "error"}
                  validationMessage={format(ok ? "pane.weights.sumOk" : "pane.weights.sumBad", lang, { sum: Number.isNaN(sum) ? "?" : Number(sum.toFixed(4)) })}
                >
                  <Text data-testid="weights-sum">{Number.isNaN(sum) ? "?" : `${Number(sum.toFixed(4))}%`}</Text>
                </Field>
              </div>
            );
          })}
        </div>
      )}
      {!validation.parsed.ok && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{format("pane.scheme.invalid", lang)}</MessageBarTitle>
            {general.join("；")}
          </MessageBarBody>
        </MessageBar>
      )}
      {pane.canSaveScheme && (
        <div>
          <Button size="small" disabled={!validation.parsed.ok} onClick={() => void pane.saveScheme()}>
            {format("pane.scheme.save", lang)}
          </Button>
        </div>
      )}
    </section>
  );
}
