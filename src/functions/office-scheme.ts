/// <reference types="office-js" />
/**
 * The Office side of the scheme store — the only functions file that says `Office` or `Excel`.
 * At start-up it reads the workbook's scheme through the Excel host (the document setting the pane
 * writes, else the 考核方案 sheet as `assess apply` writes it), validates it with the engine's
 * schema and puts it in the store.
 */
import { parseScheme } from "../engine/scheme/scheme";
import { OfficeHost } from "../workbook/office-host";
import { setWorkbookScheme } from "./scheme-store";

/** Read the scheme from the document into the store. Does nothing outside Office. */
export async function loadWorkbookScheme(): Promise<void> {
  if (typeof Office === "undefined" || typeof Excel === "undefined") return;
  await Office.onReady();
  const input = await new OfficeHost().readScheme();
  if (input === null) return;
  const r = parseScheme(input);
  if (r.ok) setWorkbookScheme(r.scheme);
}
