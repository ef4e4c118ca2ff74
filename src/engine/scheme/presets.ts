/**
 * Preset schemes, validated: the inputs (each citing the article or regulation its figures come
 * from; figures that could not be checked against the regulation's text are said to be so in the
 * preset's `source`) are in preset-inputs.ts.
 */
import { format } from "../../messages";
import { presetIds, presetInputs } from "./preset-inputs";
import { parseSchemeOrThrow, type Scheme } from "./scheme";
import type { Lang } from "../types";

/**
 * The preset schemes, each validated the first time it is asked for (validating all of them when
 * the module loads cost every `assess` run about 20 ms, most of them for presets it never used).
 */
export const presets: Record<string, Scheme> = Object.defineProperties(
  {},
  Object.fromEntries(
    Object.entries(presetInputs).map(([id, input]) => {
      let scheme: Scheme | undefined;
      return [id, { enumerable: true, get: () => (scheme ??= parseSchemeOrThrow(input, "en-US")) }];
    }),
  ),
);

export { presetIds, presetInput } from "./preset-inputs";

/**
 * A preset by id, or an error message naming the ids there are.
 * @example getPreset("jiuyuan").ok // true
 */
export function getPreset(id: string, lang: Lang = "zh-CN"): { ok: true; scheme: Scheme } | { ok: false; message: string } {
  const s = presets[id];
  if (s) return { ok: true, scheme: s };
  return { ok: false, message: format("scheme.unknownPreset", lang, { id, ids: presetIds.join(", ") }) };
}
