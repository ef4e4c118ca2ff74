/**
 * The table's columns, opened from the table line's 更改: a Dropdown per role to correct what was
 * detected, and reading the table again (or the selected range, where the host can).
 */
import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { columnLetter } from "../../engine/input/cells";
import { format, type MessageKey } from "../../messages";
import type { Role } from "../../engine/types";
import { useSectionStyles } from "../styles";
import type { Pane } from "../use-pane";

/** The roles shown for correction, in order. */
const ROLES: Role[] = ["name", "group", "score", "tier", "veto", "linked", "deduction", "regular", "annual", "groupOutcome", "team"];
const ALWAYS: Role[] = ["name", "group", "score", "tier", "veto"];

export { columnLetter };

export function TableSection({ pane }: { pane: Pane }) {
  const s = useSectionStyles();
  const { lang, read, loading, map } = pane;
  const none = format("pane.table.unmapped", lang);
  const label = (col: number | undefined) => (col === undefined || !read ? none : `${columnLetter(col)} · ${read.table.headers[col] ?? ""}`);
  const roles = ROLES.filter((r) => ALWAYS.includes(r) || map[r] !== undefined || read?.map[r] !== undefined);
  return (
    <section className={s.section} aria-labelledby="pane-table">
      <h2 id="pane-table" className={s.heading}>
        {format("pane.table.heading", lang)}
      </h2>
      {read && (
        <div className={s.grid}>
          {roles.map((role) => (
            <Field key={role} label={format(`pane.role.${role}` as MessageKey, lang)}>
              <Dropdown
                className={s.control}
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
      )}
      {!loading && (
        <div className={s.row}>
          <Button size="small" onClick={() => void pane.reload()}>
            {format("pane.reload", lang)}
          </Button>
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
