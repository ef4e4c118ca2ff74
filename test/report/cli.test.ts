/**
 * `assess report`, spawned as a user runs it (`npm test` builds it first): exit codes, one stderr
 * line on failure, the written PDF (title from the workbook, all parts), never the input.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assess, sha, tempDirForSuite } from "../helpers/cli";
import { jiuyuanFile } from "./fixtures";
import { pdfText } from "./pdf";

const dir = tempDirForSuite("assess-report-");

test("writes the PDF: title from the workbook, all three parts, exit 0; the input unchanged", () => {
  const before = sha(jiuyuanFile);
  const out = join(dir(), "九原区.pdf");
  const r = assess("report", jiuyuanFile, "-o", out, "--issuer", "九原区考核办", "--date", "2026-04-08");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^已写入 .*九原区\.pdf：\d+ 页（\d+ KB）\n$/);
  const pages = pdfText(readFileSync(out)).map((p) => p.join(""));
  expect(pages[0]).toContain("九原区2026年第一季度通报考核结果"); // the sheet's own title row
  expect(pages[0]).toContain("考核期间：2026年第一季度");
  const all = pages.join("");
  for (const s of ["晾晒表", "考核结果汇总", "配额校验报告", "发文单位：九原区考核办", "日期：2026年4月8日"]) expect(all).toContain(s);
  expect(sha(jiuyuanFile)).toBe(before);
});

test("--help prints the usage with the report command", () => {
  const r = assess("report", "--help");
  expect(r.code).toBe(0);
  expect(r.out).toContain("assess report <文件.xlsx> -o <输出.pdf>");
});

test("--parts, --title, --lang en, --orientation portrait", () => {
  const out = join(dir(), "check.pdf");
  const r = assess("report", jiuyuanFile, "-o", out, "--parts", "check", "--title", "Q1 check", "--lang", "en", "--orientation", "portrait");
  expect(r.code).toBe(0);
  const pages = pdfText(readFileSync(out)).map((p) => p.join(""));
  expect(pages[0]).toContain("Q1 check");
  expect(pages[0]).toContain("Quota check report");
  expect(pages.join("")).not.toContain("Assessment board");
  expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
});

test("--previous adds the rank change (the same workbook as its own previous period: all unchanged)", () => {
  const out = join(dir(), "prev.pdf");
  const r = assess("report", jiuyuanFile, "-o", out, "--parts", "board", "--previous", jiuyuanFile);
  expect(r.code).toBe(0);
  const text = pdfText(readFileSync(out)).map((p) => p.join("")).join("");
  expect(text).toContain("排名变化");
  expect(text).toContain("与上期（2026年第一季度）比较");
  expect(text).not.toMatch(/[▲▼]\d/);
});

test("refuses to overwrite without --force, and never writes the input", () => {
  const out = join(dir(), "exists.pdf");
  writeFileSync(out, "keep");
  let r = assess("report", jiuyuanFile, "-o", out);
  expect(r.code).toBe(2);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toContain("--force");
  expect(readFileSync(out, "utf8")).toBe("keep");
  r = assess("report", jiuyuanFile, "-o", out, "--force");
  expect(r.code).toBe(0);
  expect(readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
  const before = sha(jiuyuanFile);
  r = assess("report", jiuyuanFile, "-o", jiuyuanFile, "--force");
  expect(r.code).toBe(2);
  expect(r.err).toContain("输入");
  expect(sha(jiuyuanFile)).toBe(before);
});

test("unusable input and bad arguments: exit 2 with one stderr line", () => {
  const out = join(dir(), "x.pdf");
  const cases: [string[], RegExp][] = [
    [[jiuyuanFile, "-o", out, "--parts", "board,chart"], /“chart”.*board.*summary.*check/],
    [[jiuyuanFile, "-o", out, "--orientation", "sideways"], /landscape/],
    [[jiuyuanFile, "-o", out, "--date", "2026-13-01"], /YYYY-MM-DD/],
    [[jiuyuanFile], /-o/],
    [[join(dir(), "missing.xlsx"), "-o", out], /missing\.xlsx/],
    [[jiuyuanFile, "-o", out, "--preset", "nope"], /nope/],
    [[jiuyuanFile, "-o", out, "--bogus"], /bogus/],
    [[jiuyuanFile, "-o", out, "--font", join(dir(), "nofont.ttf")], /nofont\.ttf/],
    [[jiuyuanFile, "-o", out, "--font", jiuyuanFile], /TrueType/],
  ];
  for (const [args, message] of cases) {
    const r = assess("report", ...args);
    expect({ args, code: r.code }).toEqual({ args, code: 2 });
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(existsSync(out)).toBe(false);
  }
});
