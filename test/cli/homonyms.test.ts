/**
 * Two people of one name (王伟 of 区财政局 and 王伟 of 区教育局) in a table of individuals, on a real
 * .xlsx written by openpyxl's way of laying it out (ExcelJS here): they are two people — no
 * DUPLICATE_SUBJECT — while the same name in the same 单位 twice still is one; a decision names
 * which one is meant (`--subject 王伟（区教育局）`), a bare 王伟 is refused saying who it could be;
 * and periods follow each by name and 单位 even when their rows swap.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { assess, tempDirForSuite } from "../helpers/cli";

const dir = tempDirForSuite("assess-homonyms-");

type Row = [unit: string, name: string, score: number, tier: string];
const PEOPLE: Row[] = [
  ["区财政局", "王伟", 95, "优秀"],
  ["区财政局", "李娜", 90, "称职"],
  ["区教育局", "王伟", 88, "称职"],
  ["区教育局", "张敏", 85, "称职"],
  ["区卫健委", "刘洋", 80, "称职"],
  ["区卫健委", "陈静", 70, "称职"],
  ["区民政局", "杨帆", 92, "称职"],
  ["区民政局", "赵磊", 75, "称职"],
  ["区商务局", "黄丽", 83, "称职"],
  ["区商务局", "周杰", 60, "称职"],
];

async function workbook(name: string, sheets: Record<string, Row[]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    ws.addRow(["序号", "单位", "姓名", "总分", "等次"]);
    rows.forEach((r, k) => ws.addRow([k + 1, ...r]));
  }
  const file = join(dir(), name);
  await wb.xlsx.writeFile(file);
  return file;
}

type Report = { violations: { code: string; message: string; cells: string[] }[]; overrides: { subject: string; to: string; status: string }[] };

test("two 王伟 in two 单位 are two people; the same 王伟 of one 单位 twice is a duplicate, named with its 单位", async () => {
  const two = await workbook("two.xlsx", { 考核结果: PEOPLE });
  const r = JSON.parse(assess("check", two, "--preset", "civil-servant", "--json").out) as Report;
  expect(r.violations.map((v) => v.code)).not.toContain("DUPLICATE_SUBJECT");

  const twice = await workbook("twice.xlsx", { 考核结果: [...PEOPLE, ["区财政局", "王伟", 66, "称职"]] });
  const d = JSON.parse(assess("check", twice, "--preset", "civil-servant", "--json").out) as Report;
  const dup = d.violations.filter((v) => v.code === "DUPLICATE_SUBJECT");
  expect(dup.map((v) => [v.message, v.cells])).toEqual([["考核对象“王伟（区财政局）”出现 2 次", ["考核结果!C2", "考核结果!C12"]]]);
});

test("a decision says which 王伟: a bare name is refused listing both; 王伟（区教育局） is recorded and applied to that row", async () => {
  const file = await workbook("decide.xlsx", { 考核结果: PEOPLE });
  const args = ["--tier", "优秀", "--reason", "考核委员会决定", "--preset", "civil-servant"];
  const bare = assess("override", file, "--subject", "王伟", ...args, "-o", join(dir(), "bare.xlsx"));
  expect(bare.code).toBe(2);
  expect(bare.err).toContain("王伟 同名 2 人：王伟（区财政局）、王伟（区教育局）；请写明单位，如“王伟（区财政局）”");

  const out = join(dir(), "decided.xlsx");
  const ok = assess("override", file, "--subject", "王伟(区教育局)", ...args, "-o", out);
  // Exit 1: the table is still over its 优秀 share with the decision; the decision is written.
  expect(ok.code).toBe(1);
  expect(ok.out).toContain("记录 王伟（区教育局） 的等次 称职 → 优秀");
  const r = JSON.parse(assess("check", out, "--preset", "civil-servant", "--json").out) as Report;
  expect(r.overrides.map((o) => [o.subject, o.to, o.status])).toEqual([["王伟（区教育局）", "优秀", "applied"]]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const record = wb.getWorksheet("变更记录")!;
  expect(record.getRow(2).getCell(2).value).toBe("王伟（区教育局）");
});

test("periods follow each 王伟 by his 单位 when their rows swap", async () => {
  const swapped: Row[] = [PEOPLE[2]!, PEOPLE[1]!, PEOPLE[0]!, ...PEOPLE.slice(3)].map((r) => [...r] as Row);
  swapped[0]![2] = 99; // 区教育局's 王伟 moves to the top
  const file = await workbook("periods.xlsx", { "2026年1月": PEOPLE, "2026年2月": swapped });
  const j = JSON.parse(assess("periods", file, "--preset", "civil-servant", "--json").out) as {
    latest: { changes: { name: string; rank: number; previousRank: number | null; change: string }[] };
  };
  const wang = j.latest.changes.filter((c) => c.name === "王伟").map((c) => [c.rank, c.previousRank]);
  // 区教育局's 王伟 was 4th (88) and is 1st (99); 区财政局's was 1st (95) and is 2nd.
  expect(wang.sort()).toEqual([
    [1, 4],
    [2, 1],
  ]);
});
