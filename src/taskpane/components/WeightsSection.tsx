/**
 * 权重设计 (weight design): a judgement matrix (层次分析法) or a data table (熵权法), pasted from
 * Excel or read from the selection; the weights with λmax / CI / RI / CR and the consistency
 * verdict; 写入考核方案 puts them into the scheme form's indicator weights (after a Dialog when
 * CR ≥ 0.1). State and host calls live in use-weights.ts.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { format } from "../../messages";
import { RI_TABLES, ahpMethods, entropyVariants, riTableIds, type AhpMethod, type Direction, type EntropyVariant, type RiTableId } from "../../engine/mcdm";
import type { Lang } from "../../engine/types";
import type { SheetHost } from "../../workbook/host";
import { useSectionStyles } from "../styles";
import type { Pane } from "../use-pane";
import { useWeights, type WeightMethod, type WeightsResult } from "../use-weights";

const METHODS: WeightMethod[] = ["ahp", "entropy"];
const DIRECTIONS: Direction[] = ["benefit", "cost"];

const useStyles = makeStyles({
  paste: { fontFamily: tokens.fontFamilyMonospace },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

const fixed = (x: number, digits: number) => {
  const s = x.toFixed(digits);
  return Number(s) === 0 ? (0).toFixed(digits) : s;
};

/** The weights as a table (percent, two decimals), with entropy's e and d when there. */
function WeightsTable({ r, lang }: { r: Extract<WeightsResult, { kind: "weights" }>; lang: Lang }) {
  const c = useStyles();
  const e = r.entropy;
  return (
    <Table size="small" aria-label={format("pane.weights.table", lang)} data-testid="weights-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{format("weights.cli.colCriterion", lang)}</TableHeaderCell>
          {e && <TableHeaderCell className={c.number}>{format("weights.cli.colEntropy", lang)}</TableHeaderCell>}
          {e && <TableHeaderCell className={c.number}>{format("weights.cli.colDivergence", lang)}</TableHeaderCell>}
          <TableHeaderCell className={c.number}>{format("weights.cli.colWeight", lang)}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {r.names.map((name, j) => (
          <TableRow key={j} data-testid="weights-row">
            <TableCell>{name}</TableCell>
            {e && <TableCell className={c.number}>{fixed(e.entropy[j]!, 4)}</TableCell>}
            {e && <TableCell className={c.number}>{fixed(e.divergence[j]!, 4)}</TableCell>}
            <TableCell className={c.number}>{`${fixed(r.percents[j]!, 2)}%`}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell className={c.total}>{format("pane.weights.all", lang)}</TableCell>
          {e && <TableCell />}
          {e && <TableCell />}
          <TableCell className={mergeClasses(c.number, c.total)}>100.00%</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

export function WeightsSection({ pane, host }: { pane: Pane; host: SheetHost }) {
  const s = useSectionStyles();
  const c = useStyles();
  const w = useWeights(host, pane);
  const { lang } = pane;
  const { settings, result } = w;
  const variantText = settings.variant ? format(`weights.variant.${settings.variant}`, lang) : "";
  return (
    <section className={s.section} aria-labelledby="pane-weight-design">
      <h2 id="pane-weight-design" className={s.heading}>
        {format("pane.weights.designHeading", lang)}
      </h2>
      <Text className={s.muted}>{format("pane.weights.intro", lang)}</Text>
      <Field label={format("pane.weights.method", lang)}>
        <RadioGroup layout="horizontal" value={settings.method} onChange={(_, d) => w.configure({ method: d.value as WeightMethod })}>
          {METHODS.map((m) => (
            <Radio key={m} value={m} label={format(`weights.method.${m}`, lang)} />
          ))}
        </RadioGroup>
      </Field>
      {settings.method === "ahp" ? (
        <div className={s.grid}>
          <Field label={format("pane.weights.ahpMethod", lang)}>
            <Dropdown
              className={s.control}
              value={format(`weights.ahpMethod.${settings.ahpMethod}`, lang)}
              selectedOptions={[settings.ahpMethod]}
              onOptionSelect={(_, d) => d.optionValue && w.configure({ ahpMethod: d.optionValue as AhpMethod })}
            >
              {ahpMethods.map((m) => (
                <Option key={m} value={m}>
                  {format(`weights.ahpMethod.${m}`, lang)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={format("pane.weights.ri", lang)}>
            <Dropdown
              className={s.control}
              value={RI_TABLES[settings.ri].label[lang]}
              selectedOptions={[settings.ri]}
              onOptionSelect={(_, d) => d.optionValue && w.configure({ ri: d.optionValue as RiTableId })}
            >
              {riTableIds.map((id) => (
                <Option key={id} value={id} title={RI_TABLES[id].source}>
                  {RI_TABLES[id].label[lang]}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
      ) : (
        <Field label={format("pane.weights.variant", lang)}>
          <Dropdown
            className={s.control}
            placeholder={format("pane.weights.variantPlaceholder", lang)}
            value={variantText}
            selectedOptions={settings.variant ? [settings.variant] : []}
            onOptionSelect={(_, d) => d.optionValue && w.configure({ variant: d.optionValue as EntropyVariant })}
          >
            {entropyVariants.map((v) => (
              <Option key={v} value={v}>
                {format(`weights.variant.${v}`, lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {settings.method === "ahp" && <Text className={s.muted}>{format("pane.weights.riSource", lang, { source: w.riTable.source })}</Text>}
      <Field label={format(settings.method === "ahp" ? "pane.weights.pasteMatrix" : "pane.weights.pasteData", lang)} hint={format("pane.weights.pasteHint", lang)}>
        <Textarea className={c.paste} resize="vertical" rows={5} value={w.text} onChange={(_, d) => w.setText(d.value)} data-testid="weights-paste" />
      </Field>
      {w.readSelection && (
        <div className={s.row}>
          <Button size="small" disabled={w.reading} onClick={() => void w.readSelection?.()}>
            {format("pane.weights.readSelection", lang)}
          </Button>
        </div>
      )}
      {w.selection && (
        <Text className={s.muted} role="status" data-testid="weights-selection">
          {format("pane.weights.fromSelection", lang, w.selection)}
        </Text>
      )}
      {w.readError && (
        <MessageBar intent="error">
          <MessageBarBody>{w.readError}</MessageBarBody>
        </MessageBar>
      )}
      {settings.method === "entropy" && settings.variant === "minmax" && result.kind !== "empty" && (
        <div role="group" aria-labelledby="pane-weight-directions">
          <Text id="pane-weight-directions" weight="semibold">
            {format("pane.weights.directions", lang)}
          </Text>
          <div className={s.grid}>
            {w.criteria.map((name, j) => {
              const d = settings.directions[j] ?? "benefit";
              return (
                <Field key={j} label={format("pane.weights.direction", lang, { name })}>
                  <Dropdown className={s.control} value={format(`weights.direction.${d}`, lang)} selectedOptions={[d]} onOptionSelect={(_, o) => o.optionValue && w.setDirection(j, o.optionValue as Direction)}>
                    {DIRECTIONS.map((x) => (
                      <Option key={x} value={x}>
                        {format(`weights.direction.${x}`, lang)}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              );
            })}
          </div>
        </div>
      )}
      <Result w={w} lang={lang} />
    </section>
  );
}

function Result({ w, lang }: { w: ReturnType<typeof useWeights>; lang: Lang }) {
  const s = useSectionStyles();
  const c = useStyles();
  const r = w.result;
  if (r.kind === "empty") return null;
  if (r.kind === "needVariant") {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{format("pane.weights.needVariant", lang)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (r.kind === "problems") {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="weights-problems">
        <MessageBarBody>
          <MessageBarTitle>{format("pane.weights.problems", lang, { n: r.messages.length })}</MessageBarTitle>
          <ul className={c.list}>
            {r.messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const a = r.ahp;
  return (
    <>
      <WeightsTable r={r} lang={lang} />
      {a && (
        <Text className={s.muted} data-testid="weights-stats">
          {format("weights.cli.ahpStats", lang, {
            lambda: fixed(a.lambdaMax, 4),
            ci: fixed(a.ci, 4),
            ri: a.ri === null ? format("weights.cli.none", lang) : String(a.ri),
            table: RI_TABLES[a.riTable].label[lang],
            cr: a.cr === null ? format("weights.cli.none", lang) : fixed(a.cr, 4),
          })}
        </Text>
      )}
      {r.verdict && (
        <MessageBar intent={r.verdict.intent} data-testid="weights-verdict">
          <MessageBarBody>{r.verdict.text}</MessageBarBody>
        </MessageBar>
      )}
      {r.note && (
        <MessageBar intent="warning">
          <MessageBarBody>{r.note}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        <Button appearance="primary" onClick={w.requestWrite}>
          {format("pane.weights.write", lang)}
        </Button>
      </div>
      {w.outcome && (
        <MessageBar intent={w.outcome.kind === "done" ? "success" : "error"} layout="multiline">
          <MessageBarBody data-testid="weights-outcome">{w.outcome.message}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={w.confirming} onOpenChange={(_, d) => !d.open && w.cancelWrite()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{format("pane.weights.confirmTitle", lang)}</DialogTitle>
            <DialogContent>{r.confirm}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={w.confirmWrite}>
                {format("pane.weights.confirmWrite", lang)}
              </Button>
              <Button onClick={w.cancelWrite}>{format("pane.cancel", lang)}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
