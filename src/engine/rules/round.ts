/**
 * Rounding like Excel's ROUND: the value taken to 15 significant digits, then half away from zero.
 * ROUND(77.975, 2) is 77.98 in Excel, although `Math.round(77.975 * 100) / 100` gives 77.97.
 */

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/**
 * @example excelRound(77.975, 2) // 77.98
 * @example excelRound(-2.5, 0) // -3
 */
export function excelRound(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  if (digits >= 0 && digits <= 10) {
    const p = POW10[digits] as number;
    const x = Math.abs(value) * p;
    if (x < 1e15) {
      const floor = Math.floor(x);
      const d = x - floor - 0.5;
      // Within 15 significant digits of the half, the value *is* the half (77.975 is stored as
      // 77.97499999999999…): round it away from zero, as Excel does.
      const tolerance = x * 1e-15;
      const up = d > -tolerance;
      return (value < 0 ? -1 : 1) * ((up ? floor + 1 : floor) / p) || 0;
    }
  }
  // 15 significant digits, as Excel stores and displays doubles.
  const v15 = Number(value.toPrecision(15));
  const sign = v15 < 0 ? -1 : 1;
  const abs = Math.abs(v15);
  // Work on the decimal text so that binary fractions (77.975 = 77.97499999…) do not round down.
  const [mant, expPart] = abs.toExponential(14).split("e");
  const exp = Number(expPart);
  const digitsStr = (mant ?? "0").replace(".", ""); // 15 digits, the first before the point
  const keep = exp + 1 + digits; // digits kept from the start of digitsStr
  if (keep < 0) return 0;
  if (keep >= digitsStr.length) return sign * abs;
  const head = keep === 0 ? 0 : Number(digitsStr.slice(0, keep));
  const next = Number(digitsStr[keep]);
  const rounded = next >= 5 ? head + 1 : head;
  const result = rounded * Math.pow(10, exp + 1 - keep);
  // Re-take to 15 digits to drop the float noise of the multiplication.
  return sign * Number(result.toPrecision(15)) || 0;
}

/**
 * Share of n as a number of places with the given rounding. Shares are taken to 12 significant
 * digits first, so that 10 × 0.3 (= 2.9999999999999996 in floating point) floors to 3.
 * @example placesOf(0.3, 10, "floor") // 3
 */
export function placesOf(share: number, n: number, rounding: "floor" | "round" | "ceil"): number {
  const x = Number((share * n).toPrecision(12));
  if (rounding === "ceil") return Math.ceil(x);
  if (rounding === "round") return Math.floor(x + 0.5);
  return Math.floor(x);
}
