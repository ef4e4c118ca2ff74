/// <reference types="office-js" />
/**
 * The Office adapter of the scheme store — the only functions file that says `Office` or `Excel`.
 * At start-up it reads the workbook's scheme from the document settings ("assess.scheme") or,
 * failing that, from the 考核方案 sheet (JSON in column A from row 2, as `assess apply` writes it),
 * in one `context.sync()`, validates it with the engine's schema and puts it in the store.
 */
import { parseScheme } from "../engine/scheme";
import { setWorkbookScheme } from "./scheme-store";

/** Settings key the pane writes the scheme under. */
export const SCHEME_SETTING = "assess.scheme";
const SCHEME_SHEETS = ["考核方案", "Scheme"];

/** Read the scheme from the document into the store. Does nothing outside Office. */
export async function loadWorkbookScheme(): Promise<void> {
  if (typeof Office === "undefined" || typeof Excel === "undefined") return;
  await Office.onReady();
  let input: unknown = Office.context?.document?.settings?.get(SCHEME_SETTING) ?? null;
  if (typeof input === "string") input = safeJson(input);
  if (input === null) input = await readSchemeSheet();
  if (input === null) return;
  const r = parseScheme(input);
  if (r.ok) setWorkbookScheme(r.scheme);
}

/** Two round trips: the sheet names, then column A of the scheme sheet. */
async function readSchemeSheet(): Promise<unknown> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const ws = sheets.items.find((w) => SCHEME_SHEETS.includes(w.name));
    if (!ws) return null;
    const range = ws.getRange("A2:A200");
    range.load("values");
    await context.sync();
    let json = "";
    for (const [v] of range.values as unknown[][]) {
      if (v === null || v === "") break;
      json += String(v);
    }
    return safeJson(json);
  });
}

function safeJson(text: string): unknown {
  try {
    return text.trim() === "" ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}
