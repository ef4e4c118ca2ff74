/**
 * Each command's `--help` is its own usage — its options, what `-o` means for it, its exit codes —
 * in the language asked for (issue 14); argument errors name the command's help; `assess help X`
 * is `assess X --help`; an unknown command lists every command, even with --help.
 */
import { join } from "node:path";
import { assess, root } from "../helpers/cli";

const jiuyuan = join(root, "samples/jiuyuan-2026q1.xlsx");
const COMMANDS = ["check", "apply", "report", "weights", "periods", "override", "analyze", "presets"];

test.each(COMMANDS)("assess %s --help: that command's usage, exit 0", (command) => {
  const r = assess(command, "--help");
  expect(r.code).toBe(0);
  expect(r.err).toBe("");
  expect(r.out.startsWith(`用法：assess ${command}`)).toBe(true);
  // Not the overview of every command.
  for (const other of COMMANDS.filter((c) => c !== command)) expect(r.out).not.toContain(`用法：assess ${other}`);
  expect(r.out).not.toContain("assess <命令> --help");
  const en = assess(command, "-h", "--lang", "en");
  expect(en.code).toBe(0);
  expect(en.out.startsWith(`Usage: assess ${command}`)).toBe(true);
});

test("-o is told for what each command writes", () => {
  expect(assess("apply", "--help").out).toContain("-o, --output F     输出的工作簿：.xlsx（输入为 .xlsm 时为 .xlsm），所在文件夹须已存在，不能是输入文件");
  expect(assess("override", "--help").out).toContain("-o, --output F     输出的工作簿：.xlsx（输入为 .xlsm 时为 .xlsm）");
  expect(assess("report", "--help").out).toContain("-o, --output F     输出的 PDF 文件（须以 .pdf 结尾），所在文件夹须已存在");
  expect(assess("report", "--help", "--lang", "en").out).toContain("-o, --output F     the PDF file to write (ending in .pdf), in a folder that exists");
  expect(assess("check", "--help").out).not.toContain("--output");
  expect(assess("apply", "--help").out).toContain("1 已写入，但仍有错误级问题");
});

test("assess help apply is assess apply --help; assess --help is the overview", () => {
  expect(assess("help", "apply").out).toBe(assess("apply", "--help").out);
  expect(assess("help", "report", "--lang", "en").out).toBe(assess("report", "--help", "--lang", "en").out);
  const all = assess("--help");
  expect(all.code).toBe(0);
  expect(all.out).toContain("assess <命令> --help               各命令的用法与选项");
  for (const c of COMMANDS) expect(all.out).toContain(`assess ${c}`);
});

test.each([
  [["report", jiuyuan, "--jsn"], "参数错误：没有选项 --jsn（是否应为 --font）。用 assess report --help 查看用法"],
  [["periods", jiuyuan, "--jsn", "--lang", "en"], "bad arguments: there is no option --jsn (did you mean --json?). See assess periods --help"],
  [["analyze", jiuyuan, "--threshold"], "参数错误：选项 --threshold 后缺少取值。用 assess analyze --help 查看用法"],
  [["override", jiuyuan, "--lang", "de"], "参数错误：--lang 的取值“de”无效，可选：zh-CN | zh | en | en-US。用 assess override --help 查看用法"],
  [["apply", jiuyuan, "--max-rows", "lots", "-o", "x.xlsx", "--lang", "en"], "bad arguments: --max-rows lots. See assess apply --help"],
])("%j", (argv, message) => {
  const r = assess(...argv);
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.err.trim()).toBe(message);
});

test("an unknown command lists every command, also with --help and in English", () => {
  for (const argv of [["chek"], ["chek", "--help"], ["help", "chek"]]) {
    const r = assess(...argv);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe("未知命令“chek”，可用：check、apply、report、weights、periods、override、analyze、presets");
  }
  expect(assess("chek", "--lang", "en").err.trim()).toBe("unknown command “chek”; use check, apply, report, weights, periods, override, analyze or presets");
});

test("weights without --method: exit 2, the message and the weights usage on stderr", () => {
  const r = assess("weights", join(root, "samples/zhejiang-2025.xlsx"));
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  const lines = r.err.split("\n");
  expect(lines[0]).toBe("assess weights 需要 --method ahp|entropy|topsis");
  expect(lines[1]).toBe("用法：assess weights --method ahp|entropy|topsis <文件.xlsx|文件.csv> [选项]");
});
