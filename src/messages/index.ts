/**
 * The message catalogue: every text a user reads, in zh-CN and en-US, keyed by code.
 * The pane, the PDF, the CLI and the custom functions all render from here, so a message is
 * written once. Parts of the catalogue live in `messages.*.ts` beside this file (one per face)
 * and are merged into the one `catalogue` below.
 */
import type { Lang } from "../engine/types";
import { cliMessages } from "./cli";
import { hostMessages } from "./host";
import { functionMessages } from "./functions";
import { reportMessages } from "./report";
import { paneMessages } from "./pane";
import { weightMessages } from "./weights";
import { periodMessages } from "./periods";
import { bulletinMessages } from "./bulletin";
import { recordMessages } from "./record";
import { chartMessages } from "./charts";
import { analysisMessages } from "./analysis";
import { layoutMessages } from "./layout";

export type Template = string | ((p: Record<string, unknown>) => string);
export interface Entry {
  "zh-CN": Template;
  "en-US": Template;
}

const engineMessages = {
  // ── scheme validation ──────────────────────────────────────────────────────────────
  "scheme.field": { "zh-CN": "考核方案字段 {field} 无效：{detail}", "en-US": "Scheme field {field} is invalid: {detail}" },
  "scheme.duplicateTier": { "zh-CN": "等次编号 “{id}” 重复", "en-US": "tier id “{id}” is used twice" },
  "scheme.quotaShareOrPlaces": {
    "zh-CN": "比例（share）与名额（places）须且只能填写一项",
    "en-US": "give exactly one of share and places",
  },
  "scheme.quotaOnLastTier": {
    "zh-CN": "最后一个等次不能设名额；后位比例请用 forcedBottom",
    "en-US": "the last tier cannot have a quota; use forcedBottom for a bottom share",
  },
  "scheme.thresholdOrder": {
    "zh-CN": "分数线 {value} 高于上一等次的分数线 {previous}",
    "en-US": "threshold {value} is above the previous tier's threshold {previous}",
  },
  "scheme.unknownTier": { "zh-CN": "没有编号为 “{id}” 的等次", "en-US": "there is no tier with id “{id}”" },
  "scheme.unknownSection": { "zh-CN": "没有编号为 “{id}” 的考卷/维度", "en-US": "there is no section with id “{id}”" },
  "scheme.weightsSum": {
    "zh-CN": "同一层级的权重之和为 {sum}，应为 1 或 100",
    "en-US": "weights at this level add up to {sum}; they must add up to 1 or 100",
  },
  "scheme.completionTarget": {
    "zh-CN": "完成率指标 “{id}” 需要目标值（target）或目标值列（targetColumn）",
    "en-US": "completion indicator “{id}” needs a target or a targetColumn",
  },
  "scheme.votesGrades": { "zh-CN": "民主测评指标 “{id}” 需要各档票数列（grades）", "en-US": "votes indicator “{id}” needs grades" },
  "scheme.lowerNeedsScale": {
    "zh-CN": "指标 “{id}” 为逆向指标，须用 completion 或 normalize 计分",
    "en-US": "indicator “{id}” is lower-is-better: score it with completion or normalize",
  },
  "scheme.unknownPreset": { "zh-CN": "没有名为 “{id}” 的预设方案；可选：{ids}", "en-US": "no preset named “{id}”; choose one of: {ids}" },
  "zod.invalidType": { "zh-CN": "应为 {expected}", "en-US": "expected {expected}" },
  "zod.tooSmall": {
    "zh-CN": (p) => (p.inclusive ? `不能小于 ${p.min}（或数量太少）` : `必须大于 ${p.min}`),
    "en-US": (p) => (p.inclusive ? `must be at least ${p.min} (or have at least ${p.min} items)` : `must be greater than ${p.min}`),
  },
  "zod.tooBig": {
    "zh-CN": (p) => (p.inclusive ? `不能大于 ${p.max}` : `必须小于 ${p.max}`),
    "en-US": (p) => (p.inclusive ? `must be at most ${p.max}` : `must be less than ${p.max}`),
  },
  "zod.invalidValue": { "zh-CN": "应为以下之一：{values}", "en-US": "must be one of: {values}" },
  "zod.unrecognizedKeys": { "zh-CN": "无法识别的字段：{keys}", "en-US": "unrecognised keys: {keys}" },
  "zod.invalid": { "zh-CN": "格式不正确（{raw}）", "en-US": "invalid ({raw})" },

  // ── cells ─────────────────────────────────────────────────────────────────────────
  "cell.blank": { "zh-CN": "空白", "en-US": "blank" },
  "cell.errorValue": { "zh-CN": "错误值", "en-US": "an error value" },
  "cell.notANumber": { "zh-CN": "不是数字", "en-US": "not a number" },
  "cell.boolean": { "zh-CN": "是逻辑值", "en-US": "a TRUE/FALSE value" },
  "cell.date": { "zh-CN": "是日期", "en-US": "a date" },
  "cell.notFinite": { "zh-CN": "不是有限数", "en-US": "not a finite number" },
  "cell.divideByZero": { "zh-CN": "目标值不大于 0，无法计算完成率", "en-US": "the target is 0 or negative, so no completion rate" },
  "cell.notACount": { "zh-CN": "不是非负整数票数", "en-US": "not a whole, non-negative number of votes" },
  "cell.noVotes": { "zh-CN": "没有投票（各档票数均为 0）", "en-US": "no votes were cast" },
  "weights.length": { "zh-CN": "数值与权重的个数不同", "en-US": "values and weights differ in number" },
  "weights.blank": { "zh-CN": "第 {index} 个数值为空白", "en-US": "value {index} is blank" },
  "scheme.emptySection": { "zh-CN": "考卷/维度 “{id}” 下没有指标", "en-US": "section “{id}” has no indicators" },
  "scheme.unknownKey": { "zh-CN": "无法识别的字段“{key}”", "en-US": "unknown field “{key}”" },
  "scheme.unknownKeyNear": { "zh-CN": "无法识别的字段“{key}”，是否应为“{nearest}”？", "en-US": "unknown field “{key}” — did you mean “{nearest}”?" },
  "scheme.cappedPlacesConflict": {
    "zh-CN": "releaseCappedPlaces 已停用，且与 keepCappedPlaces 矛盾：请只保留 keepCappedPlaces",
    "en-US": "releaseCappedPlaces is deprecated and contradicts keepCappedPlaces: keep only keepCappedPlaces",
  },
  "scheme.targetPositive": { "zh-CN": "完成率指标 “{id}” 的目标值必须大于 0", "en-US": "completion indicator “{id}” needs a target above 0" },

  // ── violations (配额校验) ───────────────────────────────────────────────────────────
  "QUOTA_EXCEEDED": {
    "zh-CN": "{group}“{tier}”等次 {count} 人（个），超过名额 {limit}（{rule}）",
    "en-US": "{group}: {count} subjects rated “{tier}”, above the limit of {limit} ({rule})",
  },
  "TIER_ABOVE_CAP": {
    "zh-CN": "{subject} 因{reason}最高只能评“{cap}”，现为“{tier}”",
    "en-US": "{subject} may be rated at most “{cap}” because of {reason}, but is rated “{tier}”",
  },
  "FORCED_BOTTOM_MISSING": {
    "zh-CN": "{group}排名后 {share}（{limit} 个）应评“{tier}”，{subjects} 未评",
    "en-US": "{group}: the bottom {share} ({limit}) must be rated “{tier}”; not rated so: {subjects}",
  },
  "ORDER_INVERSION": {
    "zh-CN": "{group}{subject}（{score} 分）评为“{tier}”，高于得分更高的 {other}（{otherScore} 分，“{otherTier}”）",
    "en-US": "{group}: {subject} ({score}) is rated “{tier}”, above {other} with a higher score ({otherScore}, “{otherTier}”)",
  },
  "TIE_AT_BOUNDARY": {
    "zh-CN": "{group}{subjects} 同为 {score} 分，跨越“{tier}”名额线（名额 {limit}，已用 {used}），需人工确定",
    "en-US": "{group}: {subjects} are tied at {score} across the “{tier}” limit ({limit} places, {used} used); a person must decide",
  },
  "TIE_AT_BOTTOM": {
    "zh-CN": "{group}{subjects} 同为 {score} 分，跨越后位比例线（应评“{tier}”{limit} 个，已定 {used} 个），需人工确定",
    "en-US": "{group}: {subjects} are tied at {score} across the forced-bottom line ({limit} to be rated “{tier}”, {used} decided); a person must decide",
  },
  "BELOW_THRESHOLD": {
    "zh-CN": "{subject}（{score} 分）未达“{tier}”分数线 {threshold}",
    "en-US": "{subject} ({score}) is below the “{tier}” threshold of {threshold}",
  },
  "UNKNOWN_TIER": {
    "zh-CN": "{subject} 的等次“{value}”无法识别；本方案等次为：{tiers}",
    "en-US": "{subject}: tier “{value}” is not recognised; this scheme's tiers are: {tiers}",
  },
  "BAD_CELL": { "zh-CN": "{cell} 的值“{value}”{reason}，无法作为{field}使用", "en-US": "{cell}: “{value}” is {reason}, unusable as {field}" },
  "MISSING_VALUE": { "zh-CN": "{cell} 缺少{field}", "en-US": "{cell}: {field} is missing" },
  "DUPLICATE_SUBJECT": { "zh-CN": "考核对象“{subject}”出现 {count} 次", "en-US": "subject “{subject}” appears {count} times" },
  "HIDDEN_CHARS": {
    "zh-CN": "{cell} 的名称“{subject}”含不可见字符（零宽或文字方向控制符），查重时已忽略，建议删除",
    "en-US": "{cell}: the name “{subject}” holds invisible characters (zero-width or direction controls); ignored when looking for duplicates — better removed",
  },
  "SCORE_SCALE": {
    "zh-CN": "{cell} 的{field}为 {score}，远低于同列其他得分（中位数 {median}）：是否把 {points} 分按百分比写成了小数？请核对；核对无误可忽略本提醒",
    "en-US": "{cell}: {field} is {score}, far below the column's other scores (median {median}): {points} points written as a fraction? Please check; if it is right, ignore this",
  },
  "PLACE_PASSED_ON": {
    "zh-CN": "{group}{capped} 受等次上限限制不能占用的名额依次递补：{fix}（“应用”将按此写入）",
    "en-US": "{group}: the places {capped} cannot take because of a cap pass to the next subjects: {fix} (as “apply” writes)",
  },
  "fix.moveDown": { "zh-CN": "将 {subjects} 调为“{tier}”", "en-US": "move {subjects} to “{tier}”" },
  "fix.setCap": { "zh-CN": "将 {subject} 调为“{tier}”", "en-US": "set {subject} to “{tier}”" },
  "fix.setBottom": { "zh-CN": "将 {subjects} 调为“{tier}”", "en-US": "set {subjects} to “{tier}”" },
  "fix.decideTie": {
    "zh-CN": "由考核委员会在 {subjects} 中确定，或全部评为“{tier}”",
    "en-US": "let the committee decide among {subjects}, or rate them all “{tier}”",
  },
  "reason.veto": { "zh-CN": "一票否决/负面清单", "en-US": "a veto (negative list)" },
  "reason.linked": { "zh-CN": "连带责任", "en-US": "linked responsibility" },
  "rule.share": { "zh-CN": "{n} 个的 {share}，{rounding}", "en-US": "{share} of {n}, {rounding}" },
  "rule.places": { "zh-CN": "固定名额", "en-US": "fixed places" },
  "rule.allocationPlaces": { "zh-CN": "{places} 名", "en-US": "{places} places" },
  "rule.allocation.sheet": { "zh-CN": "名额分配表：{group} {amount}", "en-US": "allocation sheet: {group} {amount}" },
  "rule.allocation.cli": { "zh-CN": "--places：{group} {amount}", "en-US": "--places: {group} {amount}" },
  "rule.allocation.scheme": { "zh-CN": "考核方案名额分配：{group} {amount}", "en-US": "the scheme's allocation: {group} {amount}" },
  "allocation.noHeader": {
    "zh-CN": "名额分配表“{sheet}”没有表头行：需要“类别”一列和至少一列等次（{tiers}）",
    "en-US": "the allocation sheet “{sheet}” has no header row: it needs a 类别 (group) column and at least one tier column ({tiers})",
  },
  "allocation.badCell": {
    "zh-CN": "{cell}（{group}）的名额“{value}”无法识别：应为名额数（如 13）或比例（如 30%）",
    "en-US": "{cell} ({group}): “{value}” is neither a number of places (13) nor a share (30%)",
  },
  "allocation.badTier": { "zh-CN": "--places 中的等次“{tier}”不存在（可用：{tiers}）", "en-US": "--places: there is no tier “{tier}” (tiers: {tiers})" },
  "allocation.badItem": {
    "zh-CN": "--places 中的“{item}”无法识别：应写作 类别=名额，如 农村=5,社区=13",
    "en-US": "--places: “{item}” is not group=places, as in 农村=5,社区=13",
  },
  "allocation.summary": { "zh-CN": "名额分配（{source}）：{tier} — {items}", "en-US": "Places per group ({source}): {tier} — {items}" },
  "allocation.source.sheet": { "zh-CN": "名额分配表", "en-US": "the allocation sheet" },
  "allocation.source.cli": { "zh-CN": "--places", "en-US": "--places" },
  "allocation.source.scheme": { "zh-CN": "考核方案", "en-US": "the scheme" },
  "ALLOCATION_UNKNOWN_GROUP": {
    "zh-CN": "{source}为“{group}”分配了“{tier}”名额，但表中没有这一类别（表中类别：{groups}）",
    "en-US": "{source} allocates “{tier}” places to “{group}”, but the table has no such group (groups in the table: {groups})",
  },
  "ALLOCATION_ABOVE_SIZE": {
    "zh-CN": "{source}为“{group}”分配“{tier}”{places} 名，超过该类别的人数 {n}",
    "en-US": "{source} allocates {places} “{tier}” places to “{group}”, more than its {n} subjects",
  },
  "rule.keptEmpty": { "zh-CN": "；名额 {places} 个中 {emptied} 个为受等次上限限制的对象保留空缺", "en-US": "; {emptied} of the {places} places kept empty for capped subjects" },
  "rounding.floor": { "zh-CN": "向下取整", "en-US": "rounded down" },
  "rounding.round": { "zh-CN": "四舍五入", "en-US": "rounded" },
  "rounding.ceil": { "zh-CN": "向上取整", "en-US": "rounded up" },
  "group.prefix": { "zh-CN": "【{group}】", "en-US": "[{group}]" },
  "subject.withUnit": { "zh-CN": "{name}（{unit}）", "en-US": "{name} ({unit})" },
  "severity.error": { "zh-CN": "错误", "en-US": "error" },
  "severity.warning": { "zh-CN": "提醒", "en-US": "warning" },
  "light.green": { "zh-CN": "绿", "en-US": "green" },
  "light.yellow": { "zh-CN": "黄", "en-US": "yellow" },
  "light.red": { "zh-CN": "红", "en-US": "red" },
  "flag.commended": { "zh-CN": "先进单位", "en-US": "commended" },
  "flag.consecutive": { "zh-CN": "连续{years}年第一等次", "en-US": "{years} years in the first tier" },
  "status.pending": { "zh-CN": "不确定等次", "en-US": "pending" },
  "field.name": { "zh-CN": "名称", "en-US": "name" },
  "field.group": { "zh-CN": "类别", "en-US": "group" },
  "field.score": { "zh-CN": "得分", "en-US": "score" },
  "field.regular": { "zh-CN": "平时考核", "en-US": "regular assessment" },
  "field.annual": { "zh-CN": "年度考核", "en-US": "annual assessment" },
  "field.deduction": { "zh-CN": "扣分", "en-US": "deduction" },
  "field.tier": { "zh-CN": "等次", "en-US": "tier" },
  "field.indicator": { "zh-CN": "指标“{id}”", "en-US": "indicator “{id}”" },
  "field.tieBreak": { "zh-CN": "并列比较列“{id}”", "en-US": "tie-break column “{id}”" },
} satisfies Record<string, Entry>;

/** The one catalogue: engine messages plus those of the hosts and faces. */
export const catalogue = { ...engineMessages, ...hostMessages, ...cliMessages, ...functionMessages, ...reportMessages, ...paneMessages, ...weightMessages, ...periodMessages, ...bulletinMessages, ...recordMessages, ...chartMessages, ...analysisMessages, ...layoutMessages } as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof catalogue;

/**
 * Render a message in a language. `{name}` placeholders take the params' values.
 * @example format("DUPLICATE_SUBJECT", "en-US", { subject: "A", count: 2 }) // "subject “A” appears 2 times"
 */
export function format(key: MessageKey, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry: Entry | undefined = (catalogue as Record<string, Entry>)[key];
  if (!entry) return String(key);
  const t = entry[lang];
  if (typeof t === "function") return t(params);
  return t.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Whether a string is a key of the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}
