/**
 * Recognising tier labels and header texts in Simplified, Traditional and English:
 * 優秀 = 优秀 = excellent, 等級 = 等级. Normalisation is for matching only; the engine writes the
 * scheme's own labels on output.
 */
import { toHalfWidth } from "./cells";
import type { Scheme } from "../scheme/scheme";

/**
 * Traditional → Simplified for the characters that occur in assessment labels and headers.
 * Deliberately small: a full converter belongs in no engine that must load in a cell.
 */
const T2S: Record<string, string> = Object.fromEntries(
  [
    "優优", "較较", "稱称", "職职", "級级", "準准", "確确", "員员", "單单", "類类", "別别", "績绩", "總总", "數数",
    "項项", "評评", "測测", "權权", "組组", "區区", "縣县", "鎮镇", "號号", "決决", "負负", "責责", "連连", "帶带",
    "務务", "門门", "黨党", "業业", "擔担", "實实", "際际", "綜综", "態态", "滿满", "計计", "劃划", "標标", "際际",
    "稱称", "時时", "終终", "結结", "與与", "範范", "線线", "團团", "導导", "領领", "點点", "議议", "當当", "勵励",
    "獎奖", "懲惩", "後后", "後后", "選选", "舉举", "證证", "錄录", "備备", "註注", "達达", "險险", "狀状", "況况",
    "報报", "這这", "個个", "們们", "為为", "無无", "見见", "對对", "發发", "展展", "質质", "量量", "經经", "濟济",
    "設设", "建建", "農农", "鄉乡", "興兴", "資资", "環环", "境境", "衛卫", "創创", "億亿", "萬万", "並并", "併并",
    "績绩", "積积", "選选", "稅税", "財财", "產产", "車车", "運运", "體体", "會会", "費费", "單单", "名名", "稱称",
    "贊赞", "違违", "規规", "否否", "淨净", "紀纪", "檢检", "查查", "審审", "訪访", "問问", "題题", "總总", "覽览",
    "曬晒", "進进", "優优", "紅红", "黃黄", "綠绿", "燈灯", "歷历", "變变", "記记", "錄录", "頁页", "表表", "師师", "學学",
  ].map((p) => [p[0] as string, p[1] as string]),
);

/** Any of the Traditional characters of {@link T2S} (a text without one is its own Simplified form). */
const TRADITIONAL = new RegExp(`[${Object.keys(T2S).filter((t) => T2S[t] !== t).join("")}]`);

/** Simplified form of the Traditional characters this engine knows. */
export function toSimplified(s: string): string {
  if (!TRADITIONAL.test(s)) return s;
  let out = "";
  for (const ch of s) out += T2S[ch] ?? ch;
  return out;
}

/**
 * `SETTLED[c]` is 1 for the characters NFKC and normalisation leave alone: digits, lower-case Latin
 * letters, the dot and CJK ideographs (U+4E00–U+9FFF) other than the Traditional ones of {@link T2S}.
 * A table, not a RegExp: one array read per character.
 */
const SETTLED = (() => {
  const t = new Uint8Array(0xa000);
  for (let c = 0x30; c <= 0x39; c++) t[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = 1;
  t[0x2e] = 1;
  t.fill(1, 0x4e00, 0xa000);
  for (const [from, to] of Object.entries(T2S)) if (from !== to) t[from.charCodeAt(0)] = 0;
  return t;
})();

/**
 * Whether a text is already its own normalised form — under NFKC and {@link normalizeText} alike —
 * checked without building anything: only digits, lower-case Latin, dots and Simplified ideographs
 * ("单位12", "87.5"). Most cells of a large table are; matching them then costs no allocation.
 * @example isNormalText("第1组") // true
 * @example isNormalText("優秀") // false
 */
export function isNormalText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (SETTLED[s.charCodeAt(i)] !== 1) return false;
  return true;
}

/**
 * Normalise a label or header for matching: half-width, Simplified, lower case, no white space,
 * no brackets or the colon clerks put after headers.
 * @example normalizeText(" 優 秀 ") // "优秀"
 * @example normalizeText("Excellent") // "excellent"
 */
export function normalizeText(s: string): string {
  if (isNormalText(s)) return s;
  return toSimplified(toHalfWidth(s))
    .toLowerCase()
    .replace(/[\s\u00a0_\-–—·•:：]/g, "")
    .replace(/[()（）【】[\]<>《》“”"'‘’]/g, "");
}

/** Labels that mean "no tier yet" (不确定等次). */
const PENDING_LABELS = ["不确定等次", "不定等次", "暂不确定等次", "不评定等次", "待定", "pending", "undetermined", "notdetermined"].map(
  normalizeText,
);

/** The lookup from normalised label to tier index for a scheme, built once per scheme. */
const cache = new WeakMap<Scheme, Map<string, number>>();

function lookup(scheme: Scheme): Map<string, number> {
  let m = cache.get(scheme);
  if (!m) {
    m = new Map();
    scheme.tiers.forEach((t, i) => {
      for (const l of [t.id, t.label.zh, t.label.zhHant, t.label.en, ...t.label.aliases]) if (l) m!.set(normalizeText(l), i);
    });
    cache.set(scheme, m);
  }
  return m;
}

/**
 * Which tier of the scheme a typed label means: its index, "pending" for 不确定等次, or null when
 * the label is not one of the scheme's.
 * @example matchTier(jiuyuan, "優秀") // 0
 * @example matchTier(jiuyuan, "Poor") // 3
 */
export function matchTier(scheme: Scheme, raw: string): number | "pending" | null {
  // A column holds a handful of distinct labels: remember each raw text's answer per scheme.
  let memo = memos.get(scheme);
  if (!memo) memos.set(scheme, (memo = new Map()));
  let hit = memo.get(raw);
  if (hit === undefined) {
    const key = normalizeText(raw);
    hit = key === "" ? null : (lookup(scheme).get(key) ?? (PENDING_LABELS.includes(key) ? "pending" : null));
    if (memo.size < 10_000) memo.set(raw, hit);
  }
  return hit;
}

const memos = new WeakMap<Scheme, Map<string, number | "pending" | null>>();

/** All labels of a scheme's tiers in one language, for messages ("优秀、良好、一般、较差"). */
export function tierList(scheme: Scheme, lang: "zh-CN" | "en-US"): string {
  return scheme.tiers.map((t) => (lang === "en-US" ? t.label.en : t.label.zh)).join(lang === "en-US" ? ", " : "、");
}
