/**
 * What the pane asks of Office besides the host: the display language and the requirement set.
 * Guarded for outside Office (office.js loaded in a plain browser: no context, no requirements).
 */
import type { Lang } from "../engine/types";

/** The Excel API set the Office host needs (getUsedRange(valuesOnly), conditional formats, footers). */
export const REQUIRED_SET = { name: "ExcelApi", version: "1.9" } as const;

interface OfficeLike {
  context?: { displayLanguage?: string; requirements?: { isSetSupported?(name: string, version?: string): boolean } };
}

function office(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

/** zh-* → zh-CN, anything else present → en-US; undefined outside Office. */
export function officeLanguage(): Lang | undefined {
  const l = office()?.context?.displayLanguage;
  if (!l) return undefined;
  return l.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

/** The missing requirement set, or null when supported (or when Office cannot say). */
export function missingRequirement(): { set: string; version: string } | null {
  const req = office()?.context?.requirements;
  if (!req?.isSetSupported) return null;
  return req.isSetSupported(REQUIRED_SET.name, REQUIRED_SET.version) ? null : { set: REQUIRED_SET.name, version: REQUIRED_SET.version };
}
