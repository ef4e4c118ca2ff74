/**
 * Which scheme a file is assessed under: `--scheme F.json`, else `--preset ID`, else the workbook's
 * own 考核方案 sheet. Every failure is a message for the user, never a stack trace.
 */
import { readFile } from "node:fs/promises";
import { format } from "../messages";
import { getPreset, presetIds } from "../engine/scheme/presets";
import { parseScheme, type Scheme } from "../engine/scheme/scheme";
import type { Lang } from "../engine/types";

export type SchemeChoice = { kind: "preset"; id: string } | { kind: "file"; path: string; input: unknown } | { kind: "workbook" };

export type Resolved = { ok: true; scheme: Scheme; input: unknown } | { ok: false; message: string };

/** Read a `--scheme` file once for the whole batch. */
export async function loadSchemeFile(path: string, lang: Lang): Promise<{ ok: true; input: unknown } | { ok: false; message: string }> {
  let input: unknown;
  try {
    // A UTF-8 byte order mark (Notepad writes one) is not part of the JSON.
    input = JSON.parse((await readFile(path, "utf8")).replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, message: format("cli.schemeFile", lang, { path, detail: (e as Error).message }) };
  }
  if (typeof input !== "object" || input === null || Array.isArray(input))
    return { ok: false, message: format("cli.schemeNotObject", lang, { path, value: JSON.stringify(input) }) };
  return { ok: true, input };
}

/**
 * The scheme for one workbook.
 * @param sheetScheme what the workbook's 考核方案 sheet holds (null when it has none)
 */
export function resolveScheme(choice: SchemeChoice, sheetScheme: unknown, file: string, lang: Lang): Resolved {
  if (choice.kind === "preset") {
    const p = getPreset(choice.id, lang);
    return p.ok ? { ok: true, scheme: p.scheme, input: p.scheme } : p;
  }
  const [input, source] =
    choice.kind === "file" ? [choice.input, choice.path] : [sheetScheme, `${file} ${format("cli.schemeFromSheet", lang)}`];
  if (input === null || input === undefined) {
    return { ok: false, message: format("cli.noScheme", lang, { file, presets: presetIds.join(", ") }) };
  }
  const r = parseScheme(input, lang);
  if (r.ok) return { ok: true, scheme: r.scheme, input };
  return { ok: false, message: format("cli.schemeInvalid", lang, { source, issues: r.issues.map((i) => i.message).join("; ") }) };
}

/**
 * The scheme choice the command line gives (`--scheme` wins over `--preset`, else the workbook's),
 * reading a `--scheme` file once for the whole batch; null after reporting an unreadable file.
 */
export async function chooseScheme(args: { preset?: string | undefined; scheme?: string | undefined }, lang: Lang, err: (text: string) => void): Promise<SchemeChoice | null> {
  if (args.scheme) {
    const f = await loadSchemeFile(args.scheme, lang);
    if (!f.ok) {
      err(f.message);
      return null;
    }
    return { kind: "file", path: args.scheme, input: f.input };
  }
  return args.preset ? { kind: "preset", id: args.preset } : { kind: "workbook" };
}
