/**
 * 左右分栏 — a table printed in two or three panels side by side (序号|单位|得分|等次|序号|单位|得分|等次),
 * as offices lay out a long list to fit one page. Read as one table it would keep the first panel and
 * drop the others, so the interpretation refuses it and names the panels.
 */
import { columnLetter, headerKey, matchHeader } from "./vocabulary";

/** A panel's first and last column (0-based). */
export interface Panel {
  left: number;
  right: number;
}

/**
 * The panels of a header row whose non-blank headers are one run repeated (the rest of the row,
 * after the repeats, may differ), where the run names a subject column; null when it is not so.
 * @example sidePanels(["序号", "单位", "得分", "", "序号", "单位", "得分"]) // [{ left: 0, right: 2 }, { left: 4, right: 6 }]
 */
export function sidePanels(headers: readonly string[]): Panel[] | null {
  const cols: number[] = [];
  const keys: string[] = [];
  headers.forEach((h, c) => {
    const k = headerKey(h ?? "");
    if (k === "") return;
    cols.push(c);
    keys.push(k);
  });
  for (let run = 2; run * 2 <= keys.length; run++) {
    const block = keys.slice(0, run);
    if (!block.some((k) => { const m = matchHeader(k); return m.kind === "role" && m.role === "name"; })) continue;
    let repeats = 1;
    while ((repeats + 1) * run <= keys.length && block.every((k, i) => keys[repeats * run + i] === k)) repeats++;
    if (repeats < 2) continue;
    return Array.from({ length: repeats }, (_, p) => ({ left: cols[p * run] as number, right: cols[p * run + run - 1] as number }));
  }
  return null;
}

/** "A–D、F–I" for a message. */
export function panelList(panels: readonly Panel[], sep = "、"): string {
  return panels.map((p) => `${columnLetter(p.left)}–${columnLetter(p.right)}`).join(sep);
}
