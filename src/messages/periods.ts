/**
 * Catalogue part for periods, analysis and the decision record (通报, 排名变化, 趋势, 变更记录).
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./index";

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const periodMessages = {
  // ── period labels (periods.ts) ─────────────────────────────────────────────────────
  "period.month": { "zh-CN": "{year}年{index}月", "en-US": (p) => `${EN_MONTHS[Number(p.index) - 1] ?? p.index} ${p.year}` },
  "period.quarter": { "zh-CN": "{year}年第{cn}季度", "en-US": "Q{index} {year}" },
  "period.firstHalf": { "zh-CN": "{year}年上半年", "en-US": "H1 {year}" },
  "period.secondHalf": { "zh-CN": "{year}年下半年", "en-US": "H2 {year}" },
  "period.year": { "zh-CN": "{year}年度", "en-US": "{year}" },

  // ── rank change (compare.ts) ───────────────────────────────────────────────────────
  "change.new": { "zh-CN": "新", "en-US": "new" },
  "change.regrouped": { "zh-CN": "转入", "en-US": "moved in" },

  // ── 平时考核 roll-up (rollup.ts) ─────────────────────────────────────────────────────
  "rollup.periodAbsent": {
    "zh-CN": "缺少 {period} 的平时考核结果",
    "en-US": "the regular assessment of {period} is missing",
  },
  "rollup.periodMissing": {
    "zh-CN": "{group}{subject} 在 {period} 没有平时考核得分：按已有期次平均，未按 0 分计",
    "en-US": "{group}{subject} has no regular score for {period}: averaged over the periods it has, not counted as 0",
  },
  "rollup.noRegular": {
    "zh-CN": "{group}{subject} 各期均无平时考核得分，无法计算综合得分",
    "en-US": "{group}{subject} has no regular score in any period, so no combined score",
  },
  "rollup.annualMissing": {
    "zh-CN": "{group}{subject} 没有年度考核得分，无法计算综合得分",
    "en-US": "{group}{subject} has no annual score, so no combined score",
  },
  "rollup.notInAnnual": {
    "zh-CN": "{group}{subject} 出现在 {period} 的平时考核中，但不在年度考核表中",
    "en-US": "{group}{subject} is in the regular assessment of {period} but not in the annual table",
  },

  // ── multi-year flags (multiyear.ts) ─────────────────────────────────────────────────
  "multiyear.consecutiveFirst": {
    "zh-CN": "{group}{subject} 连续 {count} 年（{from}—{to}年）评为“{tier}”",
    "en-US": "{group}{subject}: rated “{tier}” {count} years in a row ({from}–{to})",
  },
  "multiyear.repeatedBottom": {
    "zh-CN": "{group}{subject} 连续 {count} 年（{from}—{to}年）{bottom}，应{label}",
    "en-US": "{group}{subject}: {bottom} {count} years in a row ({from}–{to}); {label}",
  },
  "multiyear.bottomTier": { "zh-CN": "评为“{tier}”", "en-US": "rated “{tier}”" },
  "multiyear.bottomCount": { "zh-CN": "排名后 {count} 位", "en-US": "in the bottom {count} of the group" },
  "multiyear.bottomShare": { "zh-CN": "排名后 {share}", "en-US": "in the bottom {share} of the group" },
  "multiyear.talk": { "zh-CN": "约谈", "en-US": "to be called in for a talk (约谈)" },

  // ── analysis (analysis.ts) and 实绩到人 (attribution.ts) ──────────────────────────────
  "analysis.total": { "zh-CN": "总分", "en-US": "Total" },
  "owners.sheet": { "zh-CN": "指标责任人", "en-US": "Indicator owners" },
  "owners.unknownIndicator": {
    "zh-CN": "{cell} 的指标“{value}”不是本方案的指标",
    "en-US": "{cell}: “{value}” is not an indicator of this scheme",
  },
  "owners.noOwner": { "zh-CN": "{cell} 缺少指标“{indicator}”的责任人", "en-US": "{cell}: indicator “{indicator}” has no owner" },

  // ── decision record (overrides.ts) ──────────────────────────────────────────────────
  "override.field.tier": { "zh-CN": "等次", "en-US": "Tier" },
  "override.field.light": { "zh-CN": "亮灯", "en-US": "Light" },
  "override.reasonRequired": {
    "zh-CN": "{group}{subject} 的{field}调整须写明理由",
    "en-US": "{group}{subject}: a change of {field} needs a reason",
  },
  "override.badTime": {
    "zh-CN": "{group}{subject} 的调整时间“{at}”无效，应如 2026-04-28T10:30",
    "en-US": "{group}{subject}: the time “{at}” is not valid; write it like 2026-04-28T10:30",
  },
  "override.unknownTarget": {
    "zh-CN": "{group}{subject} 的{field}不能调整为“{to}”；可选：{options}",
    "en-US": "{group}{subject}: {field} cannot be changed to “{to}”; choose one of: {options}",
  },
  "override.unknownSubject": {
    "zh-CN": "考核表中没有考核对象 {group}{subject}",
    "en-US": "there is no subject {group}{subject} in the table",
  },
  "override.ambiguousSubject": {
    "zh-CN": "{group}{subject} 同名 {count} 人：{who}；请写明单位，如“{example}”",
    "en-US": "{group}{subject} is the name of {count} people: {who}; write the unit too, as “{example}”",
  },
  "override.ambiguousRow": {
    "zh-CN": "{group}{subject} 同名 {count} 人（{who}）：其{field}调整（{from} → {to}，{at}）未生效，仍保留在变更记录中；请在“对象”中写明单位，如“{example}”",
    "en-US": "{group}{subject} is the name of {count} people ({who}): its {field} change ({from} → {to}, {at}) is not applied and stays in the record; write the unit in the subject, as “{example}”",
  },
  "override.stale": {
    "zh-CN": "{group}{subject} 已不在考核表中：其{field}调整（{from} → {to}，{at}）未生效，仍保留在变更记录中",
    "en-US": "{group}{subject} is no longer in the table: its {field} change ({from} → {to}, {at}) is not applied and stays in the record",
  },
  "override.fromChanged": {
    "zh-CN": "{group}{subject} 的{field}现计算为“{now}”，与调整时的原结果“{from}”不同；仍按调整为“{to}”，请复核",
    "en-US": "{group}{subject}: {field} is now computed as “{now}”, not “{from}” as when it was changed; still set to “{to}” — please review",
  },
  "overrideRule.QUOTA_EXCEEDED": { "zh-CN": "超出名额", "en-US": "Quota exceeded" },
  "overrideRule.TIER_ABOVE_CAP": { "zh-CN": "高于等次上限", "en-US": "Above the cap" },
  "overrideRule.FORCED_BOTTOM_MISSING": { "zh-CN": "后位比例", "en-US": "Forced bottom" },
  "overrideRule.ORDER_INVERSION": { "zh-CN": "等次倒挂", "en-US": "Order inversion" },
  "overrideRule.TIE_AT_BOUNDARY": { "zh-CN": "名额线并列", "en-US": "Tie at the limit" },
  "overrideRule.BELOW_THRESHOLD": { "zh-CN": "未达分数线", "en-US": "Below the threshold" },
  "overrideRule.UNKNOWN_TIER": { "zh-CN": "等次无法识别", "en-US": "Unknown tier" },
  "overrideRule.BAD_CELL": { "zh-CN": "单元格无效", "en-US": "Bad cell" },
  "overrideRule.MISSING_VALUE": { "zh-CN": "缺少数据", "en-US": "Missing value" },
  "overrideRule.DUPLICATE_SUBJECT": { "zh-CN": "考核对象重复", "en-US": "Duplicate subject" },
  "overrideRule.ALLOCATION_UNKNOWN_GROUP": { "zh-CN": "名额分配类别不存在", "en-US": "Allocation to an unknown group" },
  "overrideRule.ALLOCATION_ABOVE_SIZE": { "zh-CN": "名额分配超过人数", "en-US": "Allocation above the group's size" },
  "overrideRule.PLACE_PASSED_ON": { "zh-CN": "依次递补", "en-US": "Place passed on" },
  "overrideRule.HIDDEN_CHARS": { "zh-CN": "名称含不可见字符", "en-US": "Hidden characters in a name" },
  "overrideRule.SCORE_SCALE": { "zh-CN": "得分疑似按百分比填写", "en-US": "A score that looks like a fraction" },
  "overrideRule.TIE_DECISION": { "zh-CN": "并列人工确定", "en-US": "Tie decided" },
  "overrideRule.VETO": { "zh-CN": "一票否决", "en-US": "Veto" },
  "overrideRule.OTHER": { "zh-CN": "其他", "en-US": "Other" },

  // ── the 变更记录 sheet ────────────────────────────────────────────────────────────────
  "record.sheet": { "zh-CN": "变更记录", "en-US": "Change record" },
  "record.header.at": { "zh-CN": "时间", "en-US": "Time" },
  "record.header.subject": { "zh-CN": "考核对象", "en-US": "Subject" },
  "record.header.group": { "zh-CN": "类别", "en-US": "Group" },
  "record.header.field": { "zh-CN": "项目", "en-US": "Item" },
  "record.header.from": { "zh-CN": "原结果", "en-US": "Was" },
  "record.header.to": { "zh-CN": "调整为", "en-US": "Changed to" },
  "record.header.rule": { "zh-CN": "涉及规则", "en-US": "Rule" },
  "record.header.reason": { "zh-CN": "理由", "en-US": "Reason" },
  "record.header.by": { "zh-CN": "操作人", "en-US": "By" },
  "record.header.period": { "zh-CN": "期间", "en-US": "Period" },
  "record.missingColumn": { "zh-CN": "工作表“{sheet}”缺少“{header}”列", "en-US": "sheet “{sheet}” has no “{header}” column" },
  "record.missingValue": { "zh-CN": "{cell} 缺少{header}", "en-US": "{cell}: {header} is missing" },
  "record.badTime": {
    "zh-CN": "{cell} 的时间“{value}”无效，应如 2026-04-28T10:30",
    "en-US": "{cell}: the time “{value}” is not valid; write it like 2026-04-28T10:30",
  },
  "record.badField": { "zh-CN": "{cell} 的项目“{value}”无法识别；应为：等次、亮灯", "en-US": "{cell}: item “{value}” is not recognised; use Tier or Light" },
  "record.badRule": { "zh-CN": "{cell} 的涉及规则“{value}”无法识别", "en-US": "{cell}: rule “{value}” is not recognised" },
  "record.badPeriod": { "zh-CN": "{cell} 的期间“{value}”无法识别，应如 2026年3月、2026年第一季度", "en-US": "{cell}: period “{value}” is not recognised (e.g. 2026年3月, 2026Q1)" },
} as const satisfies Record<string, Entry>;
