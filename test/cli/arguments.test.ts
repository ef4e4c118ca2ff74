/**
 * Argument errors in the language asked for (issue 14): an unknown option with the nearest known
 * one, an option without its value, a switch given one, a value not in the list; the unknown
 * command lists every command. Exit 2, nothing on stdout.
 */
import { join } from "node:path";
import { levenshtein, nearest } from "../../src/engine/scheme/nearest";
import { assess, root } from "../helpers/cli";

const jiuyuan = join(root, "samples/jiuyuan-2026q1.xlsx");

test.each([
  [["check", jiuyuan, "--jsn"], "参数错误：没有选项 --jsn（是否应为 --json）。用 assess --help 查看用法"],
  [["check", jiuyuan, "--jsn", "--lang", "en"], "bad arguments: there is no option --jsn (did you mean --json?). See assess --help"],
  [["check", jiuyuan, "--lang", "fr"], "参数错误：--lang 的取值“fr”无效，可选：zh-CN | zh | en | en-US。用 assess --help 查看用法"],
  [["apply", jiuyuan, "-o"], "参数错误：选项 --output 后缺少取值。用 assess --help 查看用法"],
  [["check", jiuyuan, "--json=yes"], "参数错误：选项 --json 不带取值。用 assess --help 查看用法"],
  [["chek", jiuyuan], "未知命令“chek”，可用：check、apply、report、weights、periods、override、analyze、presets"],
])("%j", (argv, message) => {
  const r = assess(...argv);
  expect(r.code).toBe(2);
  expect(r.err.trim()).toBe(message);
  expect(r.out).toBe("");
  expect(r.err).not.toMatch(/Unknown option|To specify a positional|Invalid option/);
});

test("nearest: edit distance with swaps, first of equals", () => {
  expect(levenshtein("kidn", "kind")).toBe(1);
  expect(levenshtein("vetto", "veto")).toBe(1);
  expect(levenshtein("", "abc")).toBe(3);
  expect(nearest("--jsn", ["--sheet", "--json", "--preset"])).toBe("--json");
  expect(nearest("x", [])).toBeNull();
});
