/**
 * `assess weights`, spawned as a user runs it (the built CLI): the published examples of
 * test/fixtures/weights/ (see scripts/make-weight-fixtures.js for where each comes from), the
 * JSON shape, exit codes, every bad cell by its address, argument errors with the usage, CSV
 * quirks (BOM, quotes, GB18030), and inputs left untouched.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assess, root, sha, tempDirForSuite } from "../helpers/cli";
import { sheetGrid } from "../../src/workbook/xlsx";
import { loadWorkbook } from "../../src/workbook/xlsx-file";

const fixture = (name: string) => join(root, "test/fixtures/weights", name);
const dir = tempDirForSuite("assess-weights-");
const { makeWeightFixtures } = require("../../scripts/make-weight-fixtures.js") as { makeWeightFixtures: (dir: string) => Promise<string[]> };

const round = (xs: number[], digits: number) => xs.map((x) => Number(x.toFixed(digits)));

describe("assess weights --method ahp", () => {
  test("Saaty's house (1990): the published weights and CR 0.169, a warning, exit 1; the input untouched", () => {
    const file = fixture("ahp-house.xlsx");
    const before = sha(file);
    const r = assess("weights", "--method", "ahp", file);
    expect(r.code).toBe(1);
    expect(r.out).toContain("层次分析法（AHP）·特征向量法");
    expect(r.out).toContain("工作表“判断矩阵” · 8 个指标");
    expect(r.out).toMatch(/房屋面积 +17\.30%/);
    expect(r.out).toMatch(/贷款条件 +33\.32%/);
    expect(r.out).toContain("λmax = 9.6689　CI = 0.2384　RI = 1.41（Saaty 1980）　CR = 0.1691");
    expect(r.out).toContain("⚠ 未通过一致性检验：CR = 0.1691 ≥ 0.10");
    expect(r.err).toBe("");
    expect(sha(file)).toBe(before);
  });

  test("--json: exactly the documented keys; weights rounded as published; the warning on stderr", () => {
    const r = assess("weights", "--method", "ahp", fixture("ahp-house.xlsx"), "--json");
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["method", "labels", "criteria", "weights", "lambdaMax", "ci", "cr", "ri", "riTable", "consistent"]);
    expect(j).toMatchObject({ method: "ahp", ri: 1.41, riTable: "saaty", consistent: false });
    expect(j.labels).toEqual(["房屋面积", "交通", "周边环境", "房龄", "庭院", "现代设施", "总体状况", "贷款条件"]);
    expect(j.criteria).toEqual(j.labels);
    expect(round(j.weights, 3)).toEqual([0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]);
    expect([j.lambdaMax.toFixed(3), j.ci.toFixed(3), j.cr.toFixed(3)]).toEqual(["9.669", "0.238", "0.169"]);
    expect(r.err).toContain("CR = 0.1691 ≥ 0.10");
  });

  test("clerks' reciprocals (0.333, full-width １/３), --ahp-method and --ri, in English: consistent, exit 0", () => {
    const r = assess("weights", "--method", "ahp", fixture("ahp-sections.xlsx"), "--ahp-method", "geometric", "--ri", "alonso-lamata", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("AHP · geometric mean · ");
    expect(r.out).toMatch(/党的建设 +63\.\d\d%/);
    expect(r.out).toContain("RI = 0.5245 (Alonso–Lamata 2006)");
    expect(r.out).toMatch(/✓ consistent \(CR = 0\.03\d\d < 0\.10\)/);
  });

  test("every unusable judgement, by its address, in reading order; exit 2; nothing on stdout", () => {
    const r = assess("weights", "--method", "ahp", fixture("bad-ahp.xlsx"));
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    const lines = r.err.trim().split("\n");
    expect(lines[0]).toContain("bad-ahp.xlsx：7 处问题，无法计算");
    expect(lines.slice(1).map((l) => l.trim())).toEqual([
      "Sheet1!C2 缺少判断矩阵元素",
      "Sheet1!D2 的值“重要”不是数字，无法作为判断矩阵元素使用",
      "Sheet1!B3 的值 0 不是正数：判断矩阵的元素须大于 0（1–9 标度及其倒数）",
      "对角线上的 Sheet1!C3 值为 2，应为 1（指标与自身同等重要）",
      "Sheet1!E3 的值“2026-01-03”是日期，无法作为判断矩阵元素使用（在 Excel 中直接输入 1/3 会变成日期：请输入 =1/3 或 0.333，或把单元格设为文本）",
      "Sheet1!B5 的值“#N/A”错误值，无法作为判断矩阵元素使用",
      "Sheet1!D5 的值 0.5 与 Sheet1!E4 不互为倒数，应为 1/4",
    ]);
  });

  test("a matrix that is not square, from a CSV with fractions", () => {
    const file = join(dir(), "ahp-3x2.csv");
    writeFileSync(file, ",A,B\nA,1,3\nB,1/3,1\nC,1/5,1/2\n");
    const r = assess("weights", "--method", "ahp", file, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain("the judgement matrix must be square (as many rows as columns); it is 3×2 (rows × columns)");
  });
});

describe("assess weights --method entropy", () => {
  test("Xu (2004) from a CSV: 0.4630, 0.3992, 0.1378, 0.0000; the readable table", () => {
    const j = JSON.parse(assess("weights", "--method", "entropy", "--variant", "sum", fixture("entropy-xu2004.csv"), "--json").out);
    expect(Object.keys(j)).toEqual(["method", "labels", "criteria", "weights"]);
    expect(j.labels).toEqual(["C1", "C2", "C3", "C4"]);
    expect(round(j.weights, 4)).toEqual([0.463, 0.3992, 0.1378, 0]);
    const r = assess("weights", "--method", "entropy", "--variant", "sum", fixture("entropy-xu2004.csv"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("熵权法·比重法（原始数据求比重） · ");
    expect(r.out).toContain("CSV · 4 个考核对象 × 4 个指标");
    expect(r.out).toMatch(/C1 +0\.8872 +0\.1128 +46\.30%/);
  });

  test("a constant column: weight 0 under sum; refused under minmax, named by header and column", () => {
    const sum = assess("weights", "--method", "entropy", "--variant", "sum", fixture("entropy-constant.csv"));
    expect(sum.code).toBe(0);
    expect(sum.out).toMatch(/基础分 +1\.0000 +0\.0000 +0\.00%/);
    const mm = assess("weights", "--method", "entropy", "--variant", "minmax", fixture("entropy-constant.csv"), "--directions", "+,+,+");
    expect(mm.code).toBe(2);
    expect(mm.err).toContain("指标“基础分”（D 列）的数值全部相同，不含区分信息");
  });

  test("--variant is required, and --directions only with minmax", () => {
    const none = assess("weights", "--method", "entropy", fixture("entropy-xu2004.csv"));
    expect(none.code).toBe(2);
    expect(none.err).toContain("熵权法需要 --variant sum|minmax");
    expect(none.err).toContain("assess weights --method ahp|entropy|topsis");
    const dirs = assess("weights", "--method", "entropy", "--variant", "sum", "--directions", "+,+,+,+", fixture("entropy-xu2004.csv"));
    expect(dirs.code).toBe(2);
    expect(dirs.err).toContain("--directions 不适用于 --method entropy --variant sum");
  });
});

describe("assess weights --method topsis", () => {
  test("Hodgett's cars, vector normalisation: Clio, Corsa, Fiesta; the exact JSON keys", () => {
    const r = assess("weights", "--method", "topsis", fixture("topsis-cars.xlsx"), "--normalization", "vector", "--weights", "35,25,25,15", "--directions", "-,+,+,+", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["method", "labels", "criteria", "alternatives", "weights", "scores", "ranks"]);
    expect(j.labels).toEqual(["Corsa", "Clio", "Fiesta"]);
    expect(j.alternatives).toEqual(j.labels);
    expect(j.criteria).toEqual(["Purchase Price", "Economy", "Aesthetics", "Boot Capacity"]);
    expect(j.weights).toEqual([0.35, 0.25, 0.25, 0.15]);
    expect(j.ranks).toEqual([2, 1, 3]);
  });

  test("Opricovic & Tzeng (2004), min–max: 0.6172 first, A1 and A3 tied at 2, sorted by rank", () => {
    const r = assess("weights", "--method", "topsis", fixture("topsis-opricovic.csv"), "--normalization", "minmax", "--weights", "0.5,0.5", "--directions", "-+");
    expect(r.code).toBe(0);
    const rows = r.out.split("\n").filter((l) => /^\s+\d+\s+A\d/.test(l)).map((l) => l.trim().split(/\s+/).slice(0, 3));
    expect(rows).toEqual([
      ["1", "A2", "0.6172"],
      ["2", "A1", "0.5000"],
      ["2", "A3", "0.5000"],
    ]);
    expect(r.out).toMatch(/f1 +50\.00% +逆向/);
  });

  test("bad cells by address, and weights that do not fit the criteria; exit 2", () => {
    const r = assess("weights", "--method", "topsis", fixture("bad-topsis.csv"), "--normalization", "minmax", "--weights", "0.5,0.3,0.2", "--directions", "+,+");
    expect(r.code).toBe(2);
    const lines = r.err.trim().split("\n").slice(1).map((l) => l.trim());
    expect(lines).toEqual(["给出了 3 个权重，应与指标个数 2 相同", "'bad-topsis'!C3 的值“缺考”不是数字，无法作为指标值使用", "'bad-topsis'!B4 缺少指标值"]);
  });

  test("--normalization, --weights and --directions are required; a bad direction is named", () => {
    const f = fixture("topsis-opricovic.csv");
    expect(assess("weights", "--method", "topsis", f, "--weights", "1,1", "--directions", "+,+").err).toContain("TOPSIS 需要 --normalization vector|minmax");
    expect(assess("weights", "--method", "topsis", f, "--normalization", "vector", "--directions", "+,+").err).toContain("TOPSIS 需要 --weights");
    expect(assess("weights", "--method", "topsis", f, "--normalization", "vector", "--weights", "1,1").err).toContain("TOPSIS 需要 --directions");
    const bad = assess("weights", "--method", "topsis", f, "--normalization", "vector", "--weights", "0.5,0.5", "--directions", "+,?");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--directions 中的“?”无效");
    expect(assess("weights", "--method", "topsis", f, "--normalization", "vector", "--weights", "0.5,0.5", "--directions", "正向,逆向").code).toBe(0);
  });
});

describe("arguments and files", () => {
  test("no --method, an unknown method, an option of another method: message and usage on stderr, exit 2", () => {
    const f = fixture("ahp-sections.xlsx");
    const none = assess("weights", f);
    expect(none.code).toBe(2);
    expect(none.err).toContain("assess weights 需要 --method ahp|entropy|topsis");
    expect(none.err).toContain("用法：");
    const unknown = assess("weights", "--method", "critic", f, "--lang", "en");
    expect(unknown.err).toContain("--method “critic” is invalid; choose one of: ahp, entropy, topsis");
    expect(unknown.err).toContain("Usage:");
    expect(assess("weights", "--method", "ahp", "--normalization", "vector", f).err).toContain("--normalization 不适用于 --method ahp");
    expect(assess("weights", "--method", "ahp", "--ri", "noble", f).err).toContain("--ri 的值“noble”无效，可选：saaty, alonso-lamata, xu-1988");
  });

  test("the usage lists the weights command", () => {
    const r = assess("weights", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("assess weights --method ahp|entropy|topsis <文件.xlsx|文件.csv>");
    expect(assess("--help", "--lang", "en").out).toContain("weights Weight design from a table");
  });

  test("a missing file, a missing sheet: one line, exit 2", () => {
    const missing = assess("weights", "--method", "ahp", join(dir(), "none.csv"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("找不到文件");
    const sheet = assess("weights", "--method", "ahp", fixture("ahp-house.xlsx"), "--sheet", "Q9");
    expect(sheet.code).toBe(2);
    expect(sheet.err.trim().split("\n")).toHaveLength(1);
  });

  test("CSV: a BOM, quoted names with commas and quotes, CRLF — and GB18030 as Excel saves it on Chinese Windows", () => {
    const csv = '\ufeff"指标","党建,作风","发展 ""质量"""\r\n"党建,作风",1,2\r\n"发展 ""质量""",0.5,1\r\n';
    const utf8 = join(dir(), "quoted.csv");
    writeFileSync(utf8, csv, "utf8");
    const j = JSON.parse(assess("weights", "--method", "ahp", utf8, "--json").out);
    expect(j.labels).toEqual(["党建,作风", '发展 "质量"']);
    expect(round(j.weights, 6)).toEqual([0.666667, 0.333333]);
    // GB18030 bytes of a 2 × 2 matrix named 党建 / 发展 (no Node encoder for it, so written out).
    const gb = join(dir(), "gb.csv");
    const bytes = Buffer.concat([
      Buffer.from(",", "ascii"),
      Buffer.from([0xb5, 0xb3, 0xbd, 0xa8]), // 党建
      Buffer.from(",", "ascii"),
      Buffer.from([0xb7, 0xa2, 0xd5, 0xb9]), // 发展
      Buffer.from("\r\n", "ascii"),
      Buffer.from([0xb5, 0xb3, 0xbd, 0xa8]),
      Buffer.from(",1,3\r\n", "ascii"),
      Buffer.from([0xb7, 0xa2, 0xd5, 0xb9]),
      Buffer.from(",1/3,1\r\n", "ascii"),
    ]);
    writeFileSync(gb, bytes);
    const before = readFileSync(gb);
    const g = JSON.parse(assess("weights", "--method", "ahp", gb, "--json").out);
    expect(g.labels).toEqual(["党建", "发展"]);
    expect(round(g.weights, 4)).toEqual([0.75, 0.25]);
    expect(readFileSync(gb)).toEqual(before);
  });
});

test("test/fixtures/weights are what scripts/make-weight-fixtures.js writes", async () => {
  const files = await makeWeightFixtures(join(dir(), "fixtures"));
  expect(files.length).toBeGreaterThanOrEqual(8);
  for (const file of files) {
    const name = file.split(/[\\/]/).pop()!;
    const committed = fixture(name);
    if (name.endsWith(".csv")) expect([name, readFileSync(committed, "utf8")]).toEqual([name, readFileSync(file, "utf8")]);
    else {
      const cells = async (f: string) => (await loadWorkbook(f)).worksheets.map((ws) => [ws.name, sheetGrid(ws)]);
      expect([name, await cells(committed)]).toEqual([name, await cells(file)]);
    }
  }
});

describe("assess weights on an assessment workbook (issue 14)", () => {
  const zhejiang = join(root, "samples/zhejiang-2025.xlsx");
  const jiuyuan = join(root, "samples/jiuyuan-2026q1.xlsx");

  test("entropy picks the indicator columns, says which on the first line, and equals the same columns typed as a plain table", async () => {
    const before = sha(zhejiang);
    const r = assess("weights", "--method", "entropy", "--variant", "sum", zhejiang);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("自动选取的指标列：C 党的建设、D 高质量发展绩效、E 满意度评价（名称取 B 考核对象；未用：A 类别、F 扣分、G 班子等次、H 2023年等次、I 2024年等次、J 等次）；可用 --columns 指定");
    expect(lines[1]).toContain("53 个考核对象 × 3 个指标");
    // The same numbers as a CSV holding only the names and those three columns.
    const grid = sheetGrid((await loadWorkbook(zhejiang)).getWorksheet("2025年度综合考核")!);
    const rows = grid.slice(1).filter((row) => typeof row[2] === "number" || row[1] === "考核对象");
    const csv = join(dir(), "zhejiang-three.csv");
    writeFileSync(csv, rows.map((row) => [row[1], row[2], row[3], row[4]].join(",")).join("\n"));
    const plain = JSON.parse(assess("weights", "--method", "entropy", "--variant", "sum", csv, "--json").out);
    const picked = JSON.parse(assess("weights", "--method", "entropy", "--variant", "sum", zhejiang, "--json").out);
    expect(picked.criteria).toEqual(["党的建设", "高质量发展绩效", "满意度评价"]);
    expect(picked.weights).toEqual(plain.weights);
    expect(sha(zhejiang)).toBe(before);
  });

  test("with --json the note goes to stderr, stdout stays the documented JSON", () => {
    const r = assess("weights", "--method", "entropy", "--variant", "sum", jiuyuan, "--json", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.err.trim()).toBe("indicator columns picked: D 招商引资, E 项目建设, F 乡村振兴 (names from C 单位名称; not used: A 序号, B 类别, G 总分, H 一票否决, I 等次); name others with --columns");
    expect(Object.keys(JSON.parse(r.out))).toEqual(["method", "labels", "criteria", "weights"]);
  });

  test("--columns by header text or letter; TOPSIS ranks the subjects by the named columns", () => {
    const byText = JSON.parse(assess("weights", "--method", "entropy", "--variant", "sum", jiuyuan, "--columns", "招商引资,乡村振兴", "--json").out);
    const byLetter = JSON.parse(assess("weights", "--method", "entropy", "--variant", "sum", jiuyuan, "--columns", "D,F", "--json").out);
    expect(byText.criteria).toEqual(["招商引资", "乡村振兴"]);
    expect(byLetter).toEqual(byText);
    const t = assess("weights", "--method", "topsis", jiuyuan, "--columns", "招商引资，项目建设、F", "--normalization", "vector", "--weights", "0.4,0.35,0.25", "--directions", "+,+,+", "--json");
    expect(t.code).toBe(0);
    const j = JSON.parse(t.out);
    expect(j.criteria).toEqual(["招商引资", "项目建设", "乡村振兴"]);
    expect(j.alternatives).toHaveLength(60);
    expect(j.alternatives[0]).toBe("区委办公室");
  });

  test("--columns naming nothing, or the names column: exit 2 with the header listed", () => {
    const r = assess("weights", "--method", "entropy", "--variant", "sum", jiuyuan, "--columns", "财政收入");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe("--columns 中的“财政收入”不是表头中的列，也不是列号；表头：A 序号、B 类别、C 单位名称、D 招商引资、E 项目建设、F 乡村振兴、G 总分、H 一票否决、I 等次");
    expect(assess("weights", "--method", "entropy", "--variant", "sum", jiuyuan, "--columns", "C").err.trim()).toBe("--columns 中的 C 单位名称 是名称列，不能作为指标");
    expect(assess("weights", "--method", "ahp", jiuyuan, "--columns", "D").err).toContain("--columns 不适用于 --method ahp");
  });

  test("at most 20 cell errors, then how many more", () => {
    const r = assess("weights", "--method", "entropy", "--variant", "sum", jiuyuan, "--columns", "B,D,I");
    expect(r.code).toBe(2);
    const lines = r.err.trim().split("\n");
    expect(lines[0]).toMatch(/jiuyuan-2026q1\.xlsx：120 处问题，无法计算：$/);
    expect(lines).toHaveLength(22);
    expect(lines[1]).toBe("  '2026年第一季度'!B3 的值“区直单位”不是数字，无法作为指标值使用");
    expect(lines[21]).toBe("  ……另有 100 处");
    const en = assess("weights", "--method", "entropy", "--variant", "sum", jiuyuan, "--columns", "B,D,I", "--lang", "en").err.trim().split("\n");
    expect(en[21]).toBe("  … and 100 more");
  });

  test("a plain data table is read as typed: no note, every column", () => {
    const r = assess("weights", "--method", "entropy", "--variant", "sum", fixture("entropy-xu2004.csv"));
    expect(r.out.split("\n")[0]).not.toContain("自动选取");
  });
});
