/**
 * 平均随机一致性指标 RI — the mean consistency index of random positive reciprocal matrices of
 * order n, against which an AHP judgement matrix's CI is measured (CR = CI / RI). Published tables
 * differ (different simulations); a scheme names the one it uses. Only tables whose values could be
 * checked against their publication (or its standard reproductions) are here.
 */

/**
 * The RI tables:
 * - `saaty`: Saaty (1980), orders 1–10 — the table most textbooks and most software use;
 * - `alonso-lamata`: Alonso & Lamata (2006), orders 1–15, from 100,000 random matrices per order;
 * - `xu-1988`: the 1–15 order table of Chinese AHP textbooks (1,000 random matrices per order).
 */
export type RiTableId = "saaty" | "alonso-lamata" | "xu-1988";

/** One RI table: `values[n]` is the RI of order n (`values[0]` unused, 0). */
export interface RiTable {
  id: RiTableId;
  label: { "zh-CN": string; "en-US": string };
  /** Where the numbers come from. */
  source: string;
  values: readonly number[];
}

/** The RI tables by id. */
export const RI_TABLES: Record<RiTableId, RiTable> = {
  saaty: {
    id: "saaty",
    label: { "zh-CN": "Saaty 1980", "en-US": "Saaty 1980" },
    source: "T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill, 1980 (RI for n = 1…10)",
    values: [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49],
  },
  "alonso-lamata": {
    id: "alonso-lamata",
    label: { "zh-CN": "Alonso–Lamata 2006", "en-US": "Alonso–Lamata 2006" },
    source:
      "J. A. Alonso, M. T. Lamata, Consistency in the analytic hierarchy process: a new approach, International Journal of Uncertainty, Fuzziness and Knowledge-Based Systems 14(4), 2006, 445–459 (100,000 matrices per order, n = 1…15)",
    values: [0, 0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838],
  },
  "xu-1988": {
    id: "xu-1988",
    label: { "zh-CN": "许树柏 1988 国内教材表", "en-US": "Xu Shubai 1988, Chinese textbooks" },
    source:
      "许树柏《实用决策方法——层次分析法原理》，天津大学出版社，1988：1–15 阶正互反矩阵各计算 1000 次的平均随机一致性指标（国内层次分析法教材通行此表）",
    values: [0, 0, 0, 0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59],
  },
};

/** The RI table ids, Saaty's first. */
export const riTableIds: RiTableId[] = ["saaty", "alonso-lamata", "xu-1988"];

/** Whether a string names an RI table. @example isRiTableId("alonso-lamata") // true */
export function isRiTableId(s: string): s is RiTableId {
  return (riTableIds as string[]).includes(s);
}

/** The largest order a table covers. @example maxOrder("saaty") // 10 */
export function maxOrder(id: RiTableId): number {
  return RI_TABLES[id].values.length - 1;
}

/**
 * The RI of order n in a table, or null when the table stops before n.
 * @example riFor("saaty", 4) // 0.9
 * @example riFor("saaty", 12) // null
 */
export function riFor(id: RiTableId, n: number): number | null {
  const v = RI_TABLES[id].values[n];
  return n >= 1 && v !== undefined ? v : null;
}
