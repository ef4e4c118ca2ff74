/**
 * 名额分配 for one workbook on the command line: the scheme's own per-group places, replaced tier by
 * tier by the workbook's 名额分配 sheet, replaced in turn by `--places`. Every unreadable cell or
 * argument stops the file with a message naming it: a quota check with a half-read allocation
 * would be silently wrong.
 */
import { allocationFromGrid, isAllocationSheetName, parsePlaces, withAllocation, type AllocationProblem } from "../engine/rules/allocation";
import { format } from "../messages";
import type { Scheme } from "../engine/scheme/scheme";
import type { CellValue, Lang } from "../engine/types";

/** The workbook's sheets as the allocation needs them: names, and one sheet's cells on demand. */
export interface SheetSource {
  names: readonly string[];
  grid: (name: string) => CellValue[][];
}

export type Allocated = { ok: true; scheme: Scheme; sheet: string | null } | { ok: false; message: string };

/**
 * Apply the 名额分配 sheet (when the workbook has one) and `--places` (when given) to a scheme.
 * @example allocate(scheme, { names: ["考核结果", "名额分配"], grid }, "农村=5,社区=13", "x.xlsx", "zh-CN")
 */
export function allocate(scheme: Scheme, sheets: SheetSource, places: string | undefined, file: string, lang: Lang): Allocated {
  const fail = (problems: AllocationProblem[]): Allocated => ({
    ok: false,
    message: format("cli.allocationInvalid", lang, { file, problems: problems.map((p) => p.message).join(lang === "en-US" ? "; " : "；") }),
  });
  let out = scheme;
  const name = sheets.names.find(isAllocationSheetName) ?? null;
  if (name !== null) {
    const read = allocationFromGrid(sheets.grid(name), name, scheme, lang);
    if (read.problems.length > 0) return fail(read.problems);
    out = withAllocation(out, read.allocation, "sheet");
  }
  if (places !== undefined) {
    const read = parsePlaces(places, scheme, lang);
    if (read.problems.length > 0) return fail(read.problems);
    if (read.allocation.size === 0) return fail([{ message: format("allocation.badItem", lang, { item: places }) }]);
    out = withAllocation(out, read.allocation, "cli");
  }
  return { ok: true, scheme: out, sheet: name };
}
