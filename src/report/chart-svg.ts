/**
 * Small charts of the report drawn as SVG strings (pdfmake renders `{ svg }` nodes with
 * SVG-to-PDFKit): shapes only, no text — labels are pdfmake text beside them, so every character
 * goes through the embedded CJK font and the glyph check of `fonts.ts`. Units are points.
 */

/** Fill colours of the tiers, best first: dark to light, apart in greyscale too. */
const TIER_FILLS = ["#1F4E79", "#4F81BD", "#A9C4E4", "#E4E4E4", "#F7F7F7"];

/** The fill of tier `t` of `n` (the last tier always the lightest). */
export function tierFill(t: number, n: number): string {
  if (n <= 1) return TIER_FILLS[0]!;
  const k = Math.round((t * (Math.min(n, TIER_FILLS.length) - 1)) / (n - 1));
  return TIER_FILLS[Math.min(k, TIER_FILLS.length - 1)]!;
}

/** Colour of what is over a limit, and of the limit line. */
export const OVER_STROKE = "#C00000";
export const LIMIT_STROKE = "#000000";

/** One bar of {@link tierBarSvg}. */
export interface TierBar {
  /** Subjects per tier, best first. */
  counts: readonly number[];
  /** The most each tier may hold (null: no quota on that tier). */
  limits: readonly (number | null)[];
}

const f = (x: number) => String(Math.round(x * 100) / 100);

/**
 * Segments of the 45° hatch lines inside a rectangle, `gap` apart.
 * @example hatch(0, 0, 10, 4, 3).length // 4
 */
export function hatch(x: number, y: number, w: number, h: number, gap: number): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  // Lines x − y' = c (y' measured down from the rectangle's bottom edge going up): from the
  // bottom-left corner to the top-right, each clipped to the rectangle.
  for (let c = -h + gap / 2; c < w; c += gap) {
    const x0 = Math.max(c, 0);
    const x1 = Math.min(c + h, w);
    if (x1 - x0 <= 0.01) continue;
    out.push([x + x0, y + h - (x0 - c), x + x1, y + h - (x1 - c)]);
  }
  return out;
}

/**
 * A horizontal stacked bar of a group's tiers: one cell per subject (thin white lines between
 * them), each tier in its fill; a dashed line where each tier's limit ends; the part of a tier
 * over its limit hatched in red. The whole width is the group's subjects.
 * @example tierBarSvg({ counts: [4, 7, 1, 0], limits: [3, null, null, null] }, 200, 12)
 * // '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="12" viewBox="0 0 200 12">…</svg>'
 */
export function tierBarSvg(bar: TierBar, width: number, height: number): string {
  const n = bar.counts.reduce((a, b) => a + b, 0);
  const pad = 2; // room above and below the bar for the limit line
  const top = pad;
  const h = height - 2 * pad;
  const parts: string[] = [`<rect x="0" y="${f(top)}" width="${f(width)}" height="${f(h)}" fill="#FFFFFF" stroke="#7F7F7F" stroke-width="0.5"/>`];
  if (n > 0) {
    const unit = width / n;
    let at = 0;
    bar.counts.forEach((c, t) => {
      if (c <= 0) return;
      parts.push(`<rect x="${f(at * unit)}" y="${f(top)}" width="${f(c * unit)}" height="${f(h)}" fill="${tierFill(t, bar.counts.length)}"/>`);
      at += c;
    });
    // Cell lines, drawn only where a cell is wide enough to tell apart.
    if (unit >= 2.5) for (let k = 1; k < n; k++) parts.push(`<line x1="${f(k * unit)}" y1="${f(top)}" x2="${f(k * unit)}" y2="${f(top + h)}" stroke="#FFFFFF" stroke-width="0.6"/>`);
    at = 0;
    bar.counts.forEach((c, t) => {
      const limit = bar.limits[t];
      if (limit !== null && limit !== undefined) {
        if (c > limit) {
          const x = (at + limit) * unit;
          const w = (c - limit) * unit;
          parts.push(`<rect x="${f(x)}" y="${f(top)}" width="${f(w)}" height="${f(h)}" fill="#FFFFFF"/>`);
          for (const [x1, y1, x2, y2] of hatch(x, top, w, h, 2.2)) parts.push(`<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${OVER_STROKE}" stroke-width="0.8"/>`);
          parts.push(`<rect x="${f(x)}" y="${f(top)}" width="${f(w)}" height="${f(h)}" fill="none" stroke="${OVER_STROKE}" stroke-width="0.8"/>`);
        }
        const lx = (at + limit) * unit;
        parts.push(`<line x1="${f(lx)}" y1="0" x2="${f(lx)}" y2="${f(height)}" stroke="${LIMIT_STROKE}" stroke-width="1" stroke-dasharray="1.5,1"/>`);
      }
      at += c;
    });
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width)}" height="${f(height)}" viewBox="0 0 ${f(width)} ${f(height)}">${parts.join("")}</svg>`;
}

/**
 * A legend swatch: a tier's fill, the limit line, or the hatching of what is over a limit.
 * @example swatchSvg({ fill: "#1F4E79" }, 8)
 */
export function swatchSvg(kind: { fill: string } | "limit" | "over", size: number): string {
  const s = f(size);
  let body: string;
  if (kind === "limit") body = `<line x1="${f(size / 2)}" y1="0" x2="${f(size / 2)}" y2="${s}" stroke="${LIMIT_STROKE}" stroke-width="1" stroke-dasharray="1.5,1"/>`;
  else if (kind === "over")
    body =
      hatch(0, 0, size, size, 2.2)
        .map(([x1, y1, x2, y2]) => `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${OVER_STROKE}" stroke-width="0.8"/>`)
        .join("") + `<rect x="0" y="0" width="${s}" height="${s}" fill="none" stroke="${OVER_STROKE}" stroke-width="0.8"/>`;
  else body = `<rect x="0" y="0" width="${s}" height="${s}" fill="${kind.fill}" stroke="#7F7F7F" stroke-width="0.5"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">${body}</svg>`;
}
