/**
 * How wide a text prints, estimated without the font: a CJK or full-width character takes one em,
 * any other about 0.6 em (Noto Sans SC's Latin and digits are narrower). An estimate on the wide
 * side, so a column sized from it holds its text on one line.
 */

/** Whether a character prints one em wide (CJK, full-width forms, CJK punctuation). */
function wide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000 ||
    code === 0x25cf || // ● ◐ ○ — the lights' symbols
    code === 0x25d0 ||
    code === 0x25cb
  );
}

/**
 * Width in points of a text at a font size.
 * @example textWidth("区水利局", 9) // 36
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += wide(ch.codePointAt(0) ?? 0) ? 1 : 0.6;
  return em * fontSize;
}

/**
 * The longest prefix of `text` (whole characters) no wider than `width` points.
 * @example fitPrefix("区水利局", 20, 9) // "区水"
 */
export function fitPrefix(text: string, width: number, fontSize: number): string {
  let out = "";
  let w = 0;
  for (const ch of text) {
    const cw = textWidth(ch, fontSize);
    if (w + cw > width) break;
    out += ch;
    w += cw;
  }
  return out;
}
