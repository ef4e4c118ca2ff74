/**
 * The words of office tables (表头与行的词汇): header synonyms per role, and the texts that mark rows
 * that are not subjects (合计, 平均分, 注：…), group labels (一、区直部门（32个）) and non-participants
 * (不参加考核, 免考…). Pure: the same words in Excel, the standalone page and the CLI.
 *
 * Texts are compared after {@link headerKey}: NFKC, Traditional → Simplified, full-width folded,
 * case, spaces, line breaks inside a cell (Alt+Enter), brackets and colons removed — so
 * "县（市、区）", "县(市、区)" and "县\n(市、区)" are one header.
 */
import { isBlank, toHalfWidth } from "../../engine/input/cells";
import { isNormalText, normalizeText, toSimplified } from "../../engine/input/labels";
import { OWN_PREFIX } from "../../engine/check/outputs";
import type { CellValue, Role } from "../../engine/types";

export { OWN_PREFIX };

/**
 * A text as compared: NFKC, then `normalizeText` (Simplified, half-width, lower case, no spaces,
 * line breaks, brackets or colons).
 * @example headerKey("县（市、区）") === headerKey("县 (市、区)") // true
 */
export function headerKey(s: string): string {
  // Most cells of a large table ("单位12", "87.5") are their own key: nothing to build.
  return isNormalText(s) ? s : normalizeText(s.normalize("NFKC"));
}

/**
 * Header synonyms per role (表头同义词). An exact match (after normalisation) beats a "contains"
 * match; among "contains" matches the longest synonym wins, so 年度考核等次 is a tier, not 年度考核.
 */
export const HEADER_SYNONYMS: Record<Role, string[]> = {
  name: [
    "单位", "单位名称", "姓名", "考核对象", "被考核单位", "被考核对象", "部门", "名称", "单位/部门", "部门名称", "单位(部门)", "部门(单位)",
    "县(市、区)", "县市区", "县(市区)", "区县", "县区", "乡镇(街道)", "乡镇街道", "乡镇", "镇街", "被考核人", "干部姓名",
    "unit", "name", "subject", "department", "organisation", "organization",
  ],
  group: ["类别", "分组", "赛道", "组别", "类型", "领域", "单位类别", "考核类别", "group", "category", "track", "type"],
  score: [
    "总分", "得分", "综合得分", "考核得分", "最终得分", "合计得分", "综合考核得分", "总得分", "考核总分", "综合得分(总分)", "最后得分",
    "score", "total", "total score", "final score",
  ],
  tier: [
    "等次", "等级", "考核等次", "考核结果", "评定等次", "拟定等次", "年度考核等次", "拟评等次", "建议等次", "审定等次", "评定结果", "考核等级",
    "tier", "grade", "rating", "result",
  ],
  regular: ["平时考核", "平时考核得分", "平时成绩", "regular", "regular assessment"],
  annual: ["年度考核", "年度考核得分", "年终考核", "年终考核得分", "annual", "annual assessment"],
  deduction: ["扣分", "扣分项", "负面扣分", "扣减分", "deduction", "deductions"],
  veto: ["一票否决", "负面清单", "否决事项", "零容忍事项", "veto", "negative list"],
  linked: ["连带责任", "linked responsibility", "linked"],
  groupOutcome: ["单位等次", "单位考核结果", "单位绩效等次", "unit rating"],
  team: ["班子等次", "领导班子等次", "班子考核等次", "team rating"],
};

/** Headers naming a person (姓名): with a unit column beside it, the person is the subject. */
export const PERSON_HEADERS = new Set(["姓名", "干部姓名", "被考核人", "name"].map(headerKey));

/** Headers of a remarks column, where 不参加考核 and the like are written. */
export const REMARKS_HEADERS = new Set(["备注", "说明", "备注说明", "情况说明", "remarks", "remark", "note", "notes"].map(headerKey));

/** Headers that name the total among section scores (总分 beside 党建工作, 经济发展…). */
export const TOTAL_HEADERS = new Set(["总分", "综合得分", "最终得分", "合计得分", "综合考核得分", "总得分", "考核总分", "最后得分", "total", "totalscore", "finalscore"].map(headerKey));

/** Roles in the order a column is offered to them (a column plays one role only). */
export const ROLES = Object.keys(HEADER_SYNONYMS) as Role[];

/** Normalised synonym → role, for exact matches. */
const EXACT = new Map<string, Role>();
/** Normalised synonyms, longest first, for "contains" matches. */
const CONTAINS: { key: string; role: Role }[] = [];
for (const role of ROLES) {
  for (const s of HEADER_SYNONYMS[role]) {
    const key = headerKey(s);
    EXACT.set(key, role);
    CONTAINS.push({ key, role });
  }
}
CONTAINS.sort((a, b) => b.key.length - a.key.length);

/** The tier words that make "2023年等次" a past year's tier column. */
const YEAR_TIER_WORDS = ["等次", "等级", "考核等次", "考核结果", "评定等次", "结果", "tier", "grade", "rating", "result"].map(headerKey);

/** How one header cell was understood. */
export type HeaderMatch =
  | { kind: "role"; role: Role; strength: 2 | 1 }
  | { kind: "year"; year: number }
  | { kind: "own" }
  | { kind: "none" };

/** Text of a cell used as a header ("" for blanks and error values). */
export function headerText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.indexOf("\n") < 0 && v.indexOf("\r") < 0 ? v.trim() : v.replace(/\s*[\r\n]+\s*/g, "").trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return "";
}

/** Whether a header names one of Assess's own output columns (【计算】…). */
export function isOwnHeader(header: string): boolean {
  const s = toHalfWidth(header).trim();
  return s.startsWith(OWN_PREFIX) || s.startsWith("[计算]") || toSimplified(s).startsWith("【計算】");
}

/** A past year's tier column: "2023年等次", "2024年度等次", "2023年考核等次", "2023 tier". */
function yearOf(key: string): number | null {
  const m = /(19|20)\d{2}/.exec(key);
  if (!m) return null;
  let rest = key.slice(0, m.index) + key.slice(m.index + 4);
  rest = rest.replace(/^年度|^年/, "");
  if (rest === "" || !YEAR_TIER_WORDS.some((w) => rest === w || rest.endsWith(w))) return null;
  return Number(m[0]);
}

/**
 * Understand one header text.
 * @example matchHeader("县（市、区）") // { kind: "role", role: "name", strength: 2 }
 */
export function matchHeader(text: string): HeaderMatch {
  if (text === "") return { kind: "none" };
  if (isOwnHeader(text)) return { kind: "own" };
  const key = headerKey(text);
  if (key === "") return { kind: "none" };
  const year = yearOf(key);
  if (year !== null) return { kind: "year", year };
  const exact = EXACT.get(key);
  if (exact) return { kind: "role", role: exact, strength: 2 };
  // A Chinese header names its kind last (单位类别 is a 类别), so a synonym the header ends with
  // beats one it merely contains; then the longest wins. Short Latin words must start or end it.
  let contains: Role | undefined;
  for (const { key: syn, role } of CONTAINS) {
    if (key.endsWith(syn)) return { kind: "role", role, strength: 1 };
    const shortLatin = /^[a-z]+$/.test(syn) && syn.length < 5;
    if (contains === undefined && !shortLatin && key.includes(syn)) contains = role;
    if (contains === undefined && shortLatin && key.startsWith(syn)) contains = role;
  }
  return contains ? { kind: "role", role: contains, strength: 1 } : { kind: "none" };
}

/** Serial-number and rank headers: numeric, but not data to assess (序号, 排名…). */
export const SERIAL = new Set(["序号", "编号", "序", "号", "no", "no.", "number", "#", "id", "排名", "名次", "rank"].map(headerKey));

/** Units rows under a header ("(分)", "分值", "%"), skipped when composing column names. */
const UNIT_TEXT = /^[(（]?\s*(分|分值|得分值|%|％|万元|元|个|人|项|次|名|单位[:：]?分)\s*[)）]?$/;

/** Whether a header cell is only a unit ("(分)"). */
export function isUnitText(s: string): boolean {
  return UNIT_TEXT.test(s.normalize("NFKC").trim());
}

/** Points in a parent header: "党建工作(30分)" → 30 and "党建工作". */
export function splitPoints(s: string): { text: string; points?: number } {
  const m = /^(.*?)\s*[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$/.exec(s.normalize("NFKC"));
  if (!m || (m[1] ?? "").trim() === "") return { text: s };
  return { text: (m[1] as string).trim(), points: Number(m[2]) };
}

/** Names of rows that are not subjects: totals, averages, extremes (合计, 平均分, 最高分…). */
const SUMMARY = /^(合计|总计|小计|共计|平均|平均分|平均值|均值|总平均|最高分|最低分|最高|最低|中位数|total|totals|subtotal|sum|average|mean|max|min|maximum|minimum)$/;
/** "区直部门小计", "全区平均": a summary named for a part. */
const SUMMARY_TAIL = /(合计|总计|小计|平均分?|平均值)$/;

/**
 * Whether a text names a summary row (合计, 小计, 平均分, 最高分…).
 * @example isSummaryText("平 均 分") // true
 */
export function isSummaryText(s: string): boolean {
  return isSummaryKey(headerKey(s));
}

/**
 * {@link isSummaryText} of a text already turned into its {@link headerKey}.
 * @example isSummaryKey(headerKey("平 均 分")) // true
 */
export function isSummaryKey(key: string): boolean {
  return key !== "" && (SUMMARY.test(key) || (key.length <= 12 && SUMMARY_TAIL.test(key)));
}

/** A footnote or signature line: 注：…, 说明：…, 备注：…, 填表人：…, 审核人：…, 制表日期：… */
const NOTE = /^(注|备注|備註|说明|說明|附注|注释|填表人|填报人|审核人|审核|制表人|制表|负责人|单位负责人|联系人|联系电话|填表日期|填报日期|制表日期|签字|签章|notes?)\s*(\d*\s*[:：、.,，;；①②③④⑤(（]|$)/i;

/**
 * Whether a text opens a footnote or signature line.
 * @example isNoteText("注：1. 总分保留两位小数") // true
 */
export function isNoteText(s: string): boolean {
  return NOTE.test(isNormalText(s) ? s : toSimplified(s.normalize("NFKC").trim()));
}

/** A group label: 一、区直部门（32个）, （一）乡镇街道, 第一类, 区直单位：, A组. */
const LABEL_ORDINAL = /^\s*(?:[一二三四五六七八九十百]+\s*[、.．,，]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|第[一二三四五六七八九十\d]+(?:类|组|部分|片区)\s*[、.．:：]?|[A-Za-z]\s*[、.．]|\d+\s*[、．])\s*/;
const LABEL_COUNT = /\s*[(（]?\s*(?:共|计)?\s*(\d+)\s*(?:个|家|人|名|项|单位)\s*[)）]?\s*$/;

/**
 * Read a group label: the group's name and the count it announces, or null when the text is no label.
 * `loose` accepts any short text (a label merged across the width, or alone in a non-name column).
 * @example groupLabel("一、区直部门（32个）") // { group: "区直部门", count: 32 }
 */
export function groupLabel(raw: string, loose: boolean): { group: string; count?: number } | null {
  const s = raw.normalize("NFKC").replace(/\s*[\r\n]+\s*/g, "").trim();
  if (s === "" || s.length > 40) return null;
  const ordinal = LABEL_ORDINAL.exec(s);
  const colon = /[:：]\s*$/.test(s);
  if (!ordinal && !colon && !loose) return null;
  let rest = ordinal ? s.slice(ordinal[0].length) : s;
  rest = rest.replace(/[:：]\s*$/, "").trim();
  let count: number | undefined;
  const c = LABEL_COUNT.exec(rest);
  if (c && c.index > 0) {
    count = Number(c[1]);
    rest = rest.slice(0, c.index).trim();
  }
  rest = rest.replace(/[:：]\s*$/, "").trim();
  if (rest === "" || /^\d+(\.\d+)?$/.test(rest)) return null;
  return count === undefined ? { group: rest } : { group: rest, count };
}

/** Headers of a column that says which period a row is of (one table holding several months). */
const PERIOD_HEADERS = new Set(["期间", "考核期间", "考核期", "时期", "月份", "季度", "考核月份", "考核季度", "period"].map(normalizeText));

/**
 * Whether a header names a period column (期间, 月份, 季度…).
 * @example isPeriodHeader("考核月份") // true
 */
export function isPeriodHeader(header: string): boolean {
  return PERIOD_HEADERS.has(normalizeText(header));
}

/** What a table's title says besides its group: the year before it, 考核结果/情况/汇总表 after it. */
const SECTION_YEAR = /^(?:19|20)\d{2}\s*(?:年度|年)?\s*/;
const SECTION_TAIL = /(?:年度)?(?:综合)?(?:考核|考评|评价|测评|评议|绩效)?(?:结果|情况|得分|成绩|排名|等次)?(?:汇总|通报|一览)?表?$/;

/**
 * The group a stacked table's title names — the lone text above a header repeated lower in the
 * sheet: 乡镇考核结果 → 乡镇, 2026年度区直单位考核情况汇总表 → 区直单位, 二、乡镇（8个） → 乡镇 (8);
 * null when nothing is left (2026年度考核结果通报 is the sheet's own title).
 * @example sectionGroup("乡镇考核结果") // { group: "乡镇" }
 */
export function sectionGroup(raw: string): { group: string; count?: number } | null {
  const g = groupLabel(raw, true);
  if (!g) return null;
  const group = g.group.replace(SECTION_YEAR, "").replace(SECTION_TAIL, "").trim();
  if (group === "") return null;
  return { ...g, group };
}

/** Texts that mark a non-participant (不参加考核 …) in the tier or a remarks column. */
const PENDING_WORDS = [
  "不参加考核", "不参加评定", "不参加年度考核", "不参评", "不参与考核", "不参与评定", "不定等次", "不确定等次", "暂不确定等次",
  "不评定等次", "免考", "免于考核", "新任职", "新组建", "新成立", "新调入", "待定", "pending", "not assessed", "exempt",
].map(headerKey);

/**
 * The non-participation word a text contains, or null.
 * @example pendingReason("新组建单位，不定等次") // "不定等次"
 */
export function pendingReason(v: CellValue): string | null {
  if (isBlank(v) || typeof v !== "string") return null;
  // A tier or remarks column holds a handful of distinct texts: each is looked at once.
  let hit = pendingMemo.get(v);
  if (hit === undefined) {
    const key = headerKey(v);
    // Give back the words as the cell writes them.
    hit = PENDING_WORDS.some((w) => key.includes(w)) ? v.trim().slice(0, 40) : null;
    if (pendingMemo.size >= 4096) pendingMemo.clear();
    pendingMemo.set(v, hit);
  }
  return hit;
}

const pendingMemo = new Map<string, string | null>();

/** Sheets that explain, never assess (填报说明, 目录, 封面…). */
const INSTRUCTION_SHEETS = /^(填报说明|填表说明|使用说明|说明|目录|封面|instructions?|readme|read me|contents|cover|notes?)$/;

/**
 * Whether a sheet name is an instructions sheet.
 * @example isInstructionSheet("填报说明") // true
 */
export function isInstructionSheet(name: string): boolean {
  return INSTRUCTION_SHEETS.test(headerKey(name)) || /说明$|^目录|^封面/.test(headerKey(name));
}

/**
 * Index of the column whose header equals `header` after normalisation, or -1.
 * @example findColumn(["單位", "招商引資"], "招商引资") // 1
 */
export function findColumn(headers: string[], header: string): number {
  const key = headerKey(header);
  if (key === "") return -1;
  return headers.findIndex((h) => headerKey(h) === key);
}

/** Column letters of a 0-based index: 0 → A, 27 → AB. */
export function columnLetter(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based index of column letters ("B" → 1), or null when the text is not letters. */
export function columnIndex(letters: string): number | null {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return null;
  return [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
