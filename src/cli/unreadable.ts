/**
 * What a command says when a workbook could not be read: the reader's own message (file missing,
 * not an .xlsx, too large, damaged part …), else the unexpected error with the file named.
 */
import { format } from "../messages";
import type { Lang } from "../engine/types";
import { isWorkbookError } from "../workbook/errors";
import { toWorkbookError } from "../workbook/package";

/**
 * A failure while reading `file`, as the message a command prints.
 * @example unreadable(new Error("boom"), "a.xlsx", "en-US") // { ok: false, message: "a.xlsx: unexpected error: boom" }
 */
export function unreadable(raw: unknown, file: string, lang: Lang): { ok: false; message: string } {
  const e = toWorkbookError(raw, file, lang);
  return { ok: false, message: isWorkbookError(e) ? e.message : format("cli.unexpected", lang, { file, detail: (e as Error).message }) };
}
