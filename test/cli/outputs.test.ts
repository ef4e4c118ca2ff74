/**
 * What `-o` may name (issue 14), spawned as a user runs the command: `report` writes a PDF, so only
 * to .pdf; `apply` and `override` write the input workbook patched, so only to its own kind (.xlsx,
 * or .xlsm for a macro-enabled input). A refused output exits 2 and writes nothing. A missing
 * output folder, a folder given as the output, and a folder without write permission are said in
 * words — never an errno or the temporary file's name. The input is never modified.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { writeError } from "../../src/workbook/output-file";
import { assess, root, sha, tempDirForSuite } from "../helpers/cli";

const jiuyuan = join(root, "samples/jiuyuan-2026q1.xlsx");
const dir = tempDirForSuite("assess-outputs-");
const decide = ["--subject", "沙河街道", "--tier", "优秀", "--reason", "经考核委员会研究确定"];

/** Run, then check it was refused with `message` and that the folder holds nothing new. */
function refused(args: string[], message: string | RegExp, folder = dir()): void {
  const before = readdirSync(folder).sort();
  const input = sha(jiuyuan);
  const r = assess(...args);
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  if (typeof message === "string") expect(r.err.trim()).toBe(message);
  else expect(r.err.trim()).toMatch(message);
  expect(r.err).not.toMatch(/ENOENT|EACCES|EISDIR|\.tmp\b|errno/);
  expect(readdirSync(folder).sort()).toEqual(before);
  expect(sha(jiuyuan)).toBe(input);
}

describe("the output's kind", () => {
  test("report -o x.xlsx: refused, nothing written (zh-CN and en-US)", () => {
    const out = join(dir(), "x.xlsx");
    refused(["report", jiuyuan, "-o", out], `PDF 报告请输出到 .pdf 文件：-o ${out} 不是 .pdf（例如 -o ${join(dir(), "x.pdf")}）；写出 Excel 结果请用 assess apply`);
    refused(["report", jiuyuan, "-o", out, "--lang", "en"], `the PDF report must be written to a .pdf file: -o ${out} is not .pdf (e.g. -o ${join(dir(), "x.pdf")}); for an Excel result use assess apply`);
    expect(existsSync(out)).toBe(false);
  });

  test("apply -o x.pdf / x.csv: refused, nothing written", () => {
    refused(["apply", jiuyuan, "-o", join(dir(), "x.pdf")], `apply 写出的是与输入 jiuyuan-2026q1.xlsx 同类的 Excel 工作簿，请输出到 .xlsx 文件：-o ${join(dir(), "x.pdf")} 不是 .xlsx（例如 -o ${join(dir(), "x.xlsx")}）；PDF 报告请用 assess report`);
    refused(["apply", jiuyuan, "-o", join(dir(), "x.csv"), "--lang", "en"], `apply writes an Excel workbook of the same kind as jiuyuan-2026q1.xlsx: write it to a .xlsx file; -o ${join(dir(), "x.csv")} is not .xlsx (e.g. -o ${join(dir(), "x.xlsx")})`);
  });

  test("override -o x.pdf / x.csv: refused, nothing written", () => {
    refused(["override", jiuyuan, ...decide, "-o", join(dir(), "x.pdf")], /^override 写出的是与输入 jiuyuan-2026q1\.xlsx 同类的 Excel 工作簿，请输出到 \.xlsx 文件.*PDF 报告请用 assess report$/);
    refused(["override", jiuyuan, ...decide, "-o", join(dir(), "x.csv")], /^override 写出的是与输入 jiuyuan-2026q1\.xlsx 同类的 Excel 工作簿，请输出到 \.xlsx 文件：-o .*x\.csv 不是 \.xlsx/);
  });

  test("a macro-enabled input is written as .xlsm only", () => {
    const xlsm = join(root, "test/fixtures/rich.xlsm");
    refused(["apply", xlsm, "-o", join(dir(), "rich.xlsx")], /^apply 写出的是与输入 rich\.xlsm 同类的 Excel 工作簿，请输出到 \.xlsm 文件：-o .*rich\.xlsx 不是 \.xlsm（例如 -o .*rich\.xlsm）$/);
  });

  test("the right kinds are written: .pdf for report, .xlsx for apply and override (upper case too)", () => {
    const pdf = join(dir(), "ok.PDF");
    expect(assess("report", jiuyuan, "-o", pdf).code).toBe(0);
    expect(existsSync(pdf)).toBe(true);
    const xlsx = join(dir(), "ok.xlsx");
    expect(assess("apply", jiuyuan, "-o", xlsx).code).toBe(1); // written; the sample's violations remain
    expect(existsSync(xlsx)).toBe(true);
    const decided = join(dir(), "decided.xlsx");
    expect(assess("override", jiuyuan, ...decide, "-o", decided).code).toBe(1);
    expect(existsSync(decided)).toBe(true);
  });
});

describe("where the output goes", () => {
  test("a missing folder: said so, with no errno and no temporary name; nothing written", () => {
    const out = join(dir(), "nope", "x.xlsx");
    refused(["apply", jiuyuan, "-o", out], `无法写入 ${out}：输出文件夹 ${join(dir(), "nope")} 不存在，请先创建它或换一个已有的文件夹`);
    refused(["report", jiuyuan, "-o", join(dir(), "nope", "x.pdf"), "--lang", "en"], `cannot write ${join(dir(), "nope", "x.pdf")}: the output folder ${join(dir(), "nope")} does not exist; create it or choose a folder that exists`);
    refused(["override", jiuyuan, ...decide, "-o", out], `无法写入 ${out}：输出文件夹 ${join(dir(), "nope")} 不存在，请先创建它或换一个已有的文件夹`);
    expect(existsSync(join(dir(), "nope"))).toBe(false);
  });

  test("a folder given as the output", () => {
    const folder = join(dir(), "results");
    mkdirSync(folder);
    refused(["apply", jiuyuan, "-o", folder], `无法写入 ${folder}：这是一个文件夹；请在 -o 后给出文件名，如 ${folder}/结果.xlsx`);
    expect(readdirSync(folder)).toEqual([]);
  });

  const sys = process.platform === "linux" && existsSync("/sys/kernel") ? test : test.skip;
  sys("a folder without write permission (/sys refuses even root): said so, nothing written", () => {
    refused(["apply", jiuyuan, "-o", "/sys/x.xlsx"], "无法写入 /sys/x.xlsx：没有在文件夹 /sys 中写入的权限（或该位置只读），请换一个可写的文件夹", "/sys");
    refused(["report", jiuyuan, "-o", "/sys/x.pdf", "--lang", "en"], "cannot write /sys/x.pdf: no permission to write in the folder /sys (or it is read-only); choose a folder you can write to", "/sys");
  });

  test("writeError tells each failure in words", () => {
    const err = (code: string) => Object.assign(new Error(`${code}: failed, open '/x/.out.xlsx.123.ab.tmp'`), { code });
    expect(writeError(err("EACCES"), "/x/out.xlsx", "zh-CN").message).toBe("无法写入 /x/out.xlsx：没有在文件夹 /x 中写入的权限（或该位置只读），请换一个可写的文件夹");
    expect(writeError(err("EROFS"), "/x/out.xlsx", "zh-CN").code).toBe("OUTPUT_DENIED");
    expect(writeError(err("ENOENT"), "/x/out.xlsx", "zh-CN").code).toBe("OUTPUT_FOLDER_MISSING");
    expect(writeError(err("ENOSPC"), "/x/out.xlsx", "en-US").message).toBe("could not write /x/out.xlsx: the disk is full");
    expect(writeError(err("EIO"), "/x/out.xlsx", "en-US").message).toBe("could not write /x/out.xlsx: EIO: failed");
  });

  test("the input is never the output, whatever its name", () => {
    const copy = join(dir(), "copy.xlsx");
    copyFileSync(jiuyuan, copy);
    const before = sha(copy);
    const r = assess("apply", copy, "-o", copy, "--force");
    expect(r.code).toBe(2);
    expect(sha(copy)).toBe(before);
  });
});
