/**
 * Table & columns: what was detected (sheet, header row, role → column) and a Dropdown per role
 * to correct it; the WorkbookError message when no table is found.
 */
import { Button, Dropdown, Field, MessageBar, MessageBarBody, MessageBarTitle, Option, Spinner, Text } from "@fluentui/react-components";
import { format, type MessageKey } from "../../engine/messages";
import type { Role } from "../../engine/types";
import { useSectionStyles } from "../styles";
import { errorText, type Pane } from "../use-pane";

/** The roles shown for correction, in order. */
const ROLES: Role[] = ["name", "group", "score", "tier", "veto", "linked", "deduction", "regular", "annual", "groupOutcome", "team"];
const ALWAYS: Role[] = ["name", "group", "score", "tier", "veto"];

/** 0 → A, 27 → AB. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function TableSection({ pane }: { pane: Pane }) {
  const s = useSectionStyles();
  const { lang, read, readError, loading, map } = pane;
  const none = format("pane.table.unmapped", lang);
  const label = (col: number | undefined) => (col === undefined || !read ? none : `${columnLetter(col)} · ${read.table.headers[col] ?? ""}`);
  const roles = ROLES.filter((r) => ALWAYS.includes(r) || map[r] !== undefined || read?.map[r] !== undefined);
  return (
    <section className={s.section} aria-labelledby="pane-table">
      <h2 id="pane-table" className={s.heading}>
        {format("pane.table.heading", lang)}
      </h2>
      {loading && <Spinner size="tiny" label={format("pane.loading", lang)} />}
      {!loading && readError !== null && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{format("pane.table.none", lang)}</MessageBarTitle>
            {errorText(readError, lang)}
          </MessageBarBody>
        </MessageBar>
      )}
      {read && (
        <>
          <Text data-testid="table-detected">
            {format("pane.table.detected", lang, { sheet: read.sheet, row: read.table.headerRow, count: read.table.rows.length })}
          </Text>
          <div className={s.grid}>
            {roles.map((role) => (
              <Field key={role} label={format(`pane.role.${role}` as MessageKey, lang)}>
                <Dropdown className={s.control}
                  value={label(map[role])}
                  selectedOptions={[map[role] === undefined ? "" : String(map[role])]}
                  onOptionSelect={(_, d) => pane.setRole(role, d.optionValue === "" || d.optionValue === undefined ? undefined : Number(d.optionValue))}
                >
                  <Option value="">{none}</Option>
                  {read.table.headers.map((h, c) =>
                    h ? (
                      <Option key={c} value={String(c)} text={label(c)}>
                        {label(c)}
                      </Option>
                    ) : null,
                  )}
                </Dropdown>
              </Field>
            ))}
          </div>
        </>
      )}
      {!loading && (
        <div>
          <Button size="small" onClick={() => void pane.reload()}>
            {format("pane.reload", lang)}
          </Button>{" "}
          {pane.readSelection && (
            <Button size="small" onClick={() => void pane.readSelection?.()}>
              {format("pane.readSelection", lang)}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
