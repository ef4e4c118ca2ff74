/**
 * Catalogue part for multi-period faces: the periods command, the 通报 bulletin PDF and the period reader.
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./messages";

export const bulletinMessages = {
  "periods.skip.notPeriod": { "zh-CN": "工作表“{sheet}”的名称不是考核期（如 2026年1月、2026年第一季度、2025年度），未作为一期", "en-US": "sheet “{sheet}” is not named as a period (e.g. 2026年1月, 2026年第一季度, 2025年度): not taken as one" },
  "periods.skip.noTable": { "zh-CN": "工作表“{sheet}”按名称是一期，但没有找到考核表（{detail}）", "en-US": "sheet “{sheet}” is named as a period but holds no assessment table ({detail})" },
  "periods.skip.duplicate": { "zh-CN": "工作表“{sheet}”与“{detail}”是同一期，只用“{detail}”", "en-US": "sheet “{sheet}” is the same period as “{detail}”: only “{detail}” is used" },
  "periods.oneFile": { "zh-CN": "periods 一次处理一个文件", "en-US": "periods takes exactly one input file" },
  "periods.none": {
    "zh-CN": "{file} 中没有找到考核期：请按期命名工作表（如 2026年1月、2026年第一季度、2025年度），或在表中加“期间/月份/季度”列",
    "en-US": "no periods in {file}: name the sheets by period (e.g. 2026年1月, 2026年第一季度, 2025年度) or add a 期间/月份/季度 column",
  },
  "periods.heading": { "zh-CN": "{file}：{n} 期", "en-US": "{file}: {n} periods" },
  "periods.line": {
    "zh-CN": (p) => `${p.subjects} 个考核对象，${p.errors} 个错误${Number(p.warnings) > 0 ? `，${p.warnings} 个提醒` : ""}`,
    "en-US": (p) => `${p.subjects} subjects, ${p.errors} errors${Number(p.warnings) > 0 ? `, ${p.warnings} warnings` : ""}`,
  },
  "periods.changes": { "zh-CN": "{period}与{previous}相比：", "en-US": "{period} against {previous}:" },
  "periods.col.group": { "zh-CN": "类别", "en-US": "Group" },
  "periods.col.name": { "zh-CN": "考核对象", "en-US": "Subject" },
  "periods.col.rank": { "zh-CN": "名次", "en-US": "Rank" },
  "periods.col.change": { "zh-CN": "变化", "en-US": "Change" },
  "periods.col.tier": { "zh-CN": "等次", "en-US": "Tier" },
  "periods.col.light": { "zh-CN": "亮灯", "en-US": "Light" },
  "periods.left": { "zh-CN": "{group} {name}：本期不在表中", "en-US": "{group} {name}: not in this period's table" },
  "periods.violations": { "zh-CN": "{period}配额校验：", "en-US": "{period} quota check:" },
  "periods.flags": { "zh-CN": "多年提示：", "en-US": "Across the years:" },
  "periods.rollup": { "zh-CN": "平时考核按 {weight}% 计入年度结果：", "en-US": "Regular assessments count {weight}% of the annual result:" },
} as const satisfies Record<string, Entry>;
