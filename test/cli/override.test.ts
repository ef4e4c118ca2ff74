/**
 * `assess override`, spawned as a user runs it, on samples/jiuyuan-2026q1.xlsx, where 沙河街道 and
 * 麻池镇 tie at 88.3 across the 优秀 line of 苏木乡镇街道 (places 2, one used). The committee's
 * decision is appended to the 变更记录 sheet of a new workbook (the input untouched); `check` then
 * lists it as in force and no longer warns about the tie; `apply` writes the decided tier with a
 * 【计算】人工调整 note and a ※ on the board; `--clear` records the end of the decision and the tie
 * warns again. A decision without a reason, or about a subject not in the table, writes nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { FileReport } from "../../src/cli/report";
import { assess, root, sha, tempDirForSuite } from "../helpers/cli";
import { pdfText } from "../report/pdf";

const sample = join(root, "samples/jiuyuan-2026q1.xlsx");
const dir = tempDirForSuite("assess-override-");

const check = (file: string) => {
  const r = assess("check", file, "--json");
  return JSON.parse(r.out) as FileReport;
};
const ties = (rep: FileReport) => rep.violations.filter((v) => v.code === "TIE_AT_BOUNDARY").map((v) => v.subjects);

/** The record sheet's rows as text, header first. */
async function recordSheet(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("变更记录");
  if (!ws) throw new Error(`no 变更记录 sheet in ${file}`);
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))));
  return rows;
}

test("a tie decided with a reason is recorded in a new workbook; check lists it and stops warning; the input is untouched", async () => {
  const before = sha(sample);
  expect(ties(check(sample))).toEqual([["沙河街道", "麻池镇"]]);

  const out = join(dir(), "decided.xlsx");
  const r = assess("override", sample, "--subject", "沙河街道", "--tier", "优秀", "--rule", "名额线并列", "--reason", "并列，经考核委员会研究确定", "--by", "王五", "-o", out);
  // Written; the sample's other errors (quota, veto) remain, so exit 1 as check on the output would.
  expect(r.err).toBe(`${out} 已写入，但仍有 3 项错误级问题（退出码 1）；用 assess check ${out} 查看\n`);
  expect(r.code).toBe(1);
  expect(assess("check", out).code).toBe(1);
  expect(r.out).toContain("【苏木乡镇街道】沙河街道 的等次 良好 → 优秀");
  expect(sha(sample)).toBe(before);

  const rows = await recordSheet(out);
  expect(rows[0]).toEqual(expect.arrayContaining(["时间", "考核对象", "理由"]));
  expect(rows).toHaveLength(2);
  const entry = Object.fromEntries(rows[0]!.map((h, k) => [h, rows[1]![k]]));
  expect(entry).toMatchObject({ 考核对象: "沙河街道", 类别: "苏木乡镇街道", 原结果: "良好", 调整为: "优秀", 涉及规则: "名额线并列", 理由: "并列，经考核委员会研究确定", 操作人: "王五" });
  expect(entry["时间"]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

  const rep = check(out);
  expect(rep.overrides).toEqual([expect.objectContaining({ subject: "沙河街道", from: "良好", to: "优秀", rule: "TIE_AT_BOUNDARY", by: "王五", status: "applied" })]);
  expect(rep.recordProblems).toEqual([]);
  expect(ties(rep)).toEqual([]);
  const text = assess("check", out).out;
  expect(text).toContain("人工调整（变更记录）1 项");
  expect(text).toContain("并列已由人工调整确定：【苏木乡镇街道】沙河街道、麻池镇 同为 88.3 分");
});

test("apply writes the decided tier, a 【计算】人工调整 note and ※ on the board", async () => {
  const decided = join(dir(), "decided.xlsx");
  const out = join(dir(), "applied.xlsx");
  const r = assess("apply", decided, "-o", out);
  expect(r.code).toBe(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.worksheets[0]!;
  let headerRow = 0;
  const col: Record<string, number> = {};
  ws.eachRow((row, n) => {
    if (headerRow) return;
    (row.values as unknown[]).forEach((v, c) => typeof v === "string" && (col[v] = c));
    if (col["【计算】等次"]) headerRow = n;
  });
  expect(col["【计算】人工调整"]).toBeDefined();
  const byName = new Map<string, ExcelJS.Row>();
  ws.eachRow((row, n) => n > headerRow && byName.set(String(row.getCell(col["单位名称"] ?? col["考核对象"] ?? 2).value), row));
  const row = [...byName.entries()].find(([name]) => name === "沙河街道")?.[1];
  expect(row).toBeDefined();
  expect(row!.getCell(col["【计算】等次"]!).value).toBe("优秀");
  expect(row!.getCell(col["【计算】人工调整"]!).value).toBe("等次由“良好”调整为“优秀”");
  const other = [...byName.entries()].find(([name]) => name === "麻池镇")?.[1];
  expect(other!.getCell(col["【计算】人工调整"]!).value ?? null).toBeNull();

  const board = wb.getWorksheet("晾晒表")!;
  const cells: string[] = [];
  board.eachRow((r) => cells.push((r.values as unknown[]).map((v) => String(v ?? "")).join("|")));
  expect(cells.find((l) => l.includes("沙河街道"))).toContain("优秀※");
  expect(cells.find((l) => l.includes("麻池镇"))).not.toContain("※");
});

test("--clear records the end of the decision (nothing deleted) and the tie warns again", async () => {
  const decided = join(dir(), "decided.xlsx");
  const out = join(dir(), "cleared.xlsx");
  const r = assess("override", decided, "--subject", "沙河街道", "--clear", "tier", "--reason", "复核后改由表决确定", "-o", out);
  expect(r.code).toBe(1);
  const rows = await recordSheet(out);
  expect(rows).toHaveLength(3);
  const rep = check(out);
  expect(rep.overrides.map((o) => [o.subject, o.rule, o.status])).toEqual([
    ["沙河街道", "TIE_AT_BOUNDARY", "superseded"],
    ["沙河街道", "CLEARED", "cleared"],
  ]);
  expect(ties(rep)).toEqual([["沙河街道", "麻池镇"]]);
});

test("no reason, an unknown subject or tier, no output: a clear message, exit 2, nothing written", () => {
  const out = join(dir(), "never.xlsx");
  const noReason = assess("override", sample, "--subject", "沙河街道", "--tier", "优秀", "-o", out);
  expect(noReason.code).toBe(2);
  expect(noReason.err).toContain("【苏木乡镇街道】沙河街道 的等次调整须写明理由");
  const unknown = assess("override", sample, "--subject", "不存在的单位", "--tier", "优", "--reason", "x", "-o", out);
  expect(unknown.code).toBe(2);
  expect(unknown.err).toContain("考核表中没有考核对象 不存在的单位");
  expect(unknown.err).toContain("可选：优秀、良好、一般、较差");
  const noOutput = assess("override", sample, "--subject", "沙河街道", "--tier", "优秀", "--reason", "x");
  expect(noOutput.code).toBe(2);
  expect(noOutput.err).not.toBe("");
  expect(existsSync(out)).toBe(false);
});

test("a workbook kept by period: a decision on 2026年3月 names its period, counts in March (check, bulletin) and not in February", async () => {
  const monthly = join(root, "samples/jiuyuan-2026-monthly.xlsx");
  const out = join(dir(), "monthly-decided.xlsx");
  const r = assess("override", monthly, "--sheet", "2026年3月", "--subject", "区政协办公室", "--tier", "一般", "--rule", "一票否决", "--reason", "负面清单事项", "-o", out);
  expect(r.code).toBe(assess("check", out, "--sheet", "2026年3月").code);
  expect(r.err === "").toBe(r.code === 0);
  const rows = await recordSheet(out);
  expect(rows[0]![rows[0]!.length - 1]).toBe("期间");
  expect(rows[1]![rows[1]!.length - 1]).toBe("2026年3月");

  const march = JSON.parse(assess("check", out, "--sheet", "2026年3月", "--json").out) as FileReport;
  expect(march.overrides.map((o) => [o.subject, o.to, o.status])).toEqual([["区政协办公室", "一般", "applied"]]);
  const february = JSON.parse(assess("check", out, "--sheet", "2026年2月", "--json").out) as FileReport;
  expect(february.overrides).toEqual([]);

  // The bulletin of March marks the decided tier; February's does not.
  const pdf = join(dir(), "march.pdf");
  expect(assess("report", out, "--period", "2026年3月", "-o", pdf).code).toBe(0);
  const text = pdfText(readFileSync(pdf)).flat().join("");
  expect(text).toMatch(/区政协办公室\s*[\d.]+\s*一般※/);
  expect(text).toContain("※ 人工调整（见“变更记录”）：区政协办公室 等次 良好→一般（一票否决：负面清单事项）");
  const feb = join(dir(), "feb.pdf");
  expect(assess("report", out, "--period", "2026年2月", "-o", feb).code).toBe(0);
  expect(pdfText(readFileSync(feb)).flat().join("")).not.toContain("※");
  // assess periods leaves the record sheet out of the periods, silently
  const periods = JSON.parse(assess("periods", out, "--json").out) as { skipped: unknown[] };
  expect(periods.skipped).toEqual([]);
});
