/**
 * The workbook's scheme (考核方案) as the custom functions see it: set at start-up from the document
 * (see `office-scheme.ts`) and by the pane when the reviewer changes it. The functions, the pane
 * and the scheme share one context (the shared runtime), so this module is the one store.
 * Each scheme set gets a new version number, which the functions' caches key on.
 */
import type { Scheme } from "../engine/scheme/scheme";
import type { Lang } from "../engine/types";

let current: Scheme | null = null;
let loaded: Promise<void> = Promise.resolve();
let version = 0;
const versions = new WeakMap<Scheme, number>();

/** Set (or clear with null) the workbook's scheme. */
export function setWorkbookScheme(scheme: Scheme | null): void {
  current = scheme;
  if (scheme && !versions.has(scheme)) versions.set(scheme, ++version);
}

/** The workbook's scheme, or null when none is set. */
export function workbookScheme(): Scheme | null {
  return current;
}

/** A stable number for a scheme object, for cache keys (presets and parsed tables included). */
export function schemeVersion(scheme: Scheme): number {
  let v = versions.get(scheme);
  if (v === undefined) versions.set(scheme, (v = ++version));
  return v;
}

/** The language results and messages are written in: the workbook scheme's, else Chinese. */
export function currentLang(): Lang {
  return current?.lang ?? "zh-CN";
}

/** Note the document's scheme being read: functions that use it wait for this (failure included). */
export function loadingScheme(load: Promise<unknown>): void {
  loaded = load.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Run a function body once the document's scheme has been read (at once when it has), so that a
 * TIER computed while Excel opens the workbook uses the workbook's scheme rather than failing.
 * @example afterSchemeLoad(() => call(fn.tier, [score, scores])) // Promise<"优秀">
 */
export function afterSchemeLoad<T>(run: () => T): Promise<T> {
  return loaded.then(run);
}
