#!/usr/bin/env node
/*
 * Writes the fixtures of `assess weights` (test/fixtures/weights/): judgement matrices and data
 * tables as .xlsx (with exceljs) and .csv. Deterministic: fixed workbook dates, literal cells.
 *
 *   node scripts/make-weight-fixtures.js            # writes test/fixtures/weights/
 *   node scripts/make-weight-fixtures.js <outDir>   # writes somewhere else
 *
 * What each file holds (and where its numbers come from) is written next to it below;
 * test/cli/weights.test.ts checks the command's answers on them.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");

const FIXED_DATE = new Date("2026-04-01T00:00:00Z");

/** A workbook with one sheet: optional title row, then the rows as given (null = empty cell). */
async function writeXlsx(file, sheetName, rows, { title } = {}) {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.creator = "assess fixtures";
  const ws = wb.addWorksheet(sheetName);
  if (title) ws.addRow([title]);
  for (const row of rows) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  await wb.xlsx.writeFile(file);
  return file;
}

/** A CSV file: UTF-8 with a BOM (as Excel's “CSV UTF-8” saves it) unless `bom` is false; CRLF line ends. */
function writeCsv(file, rows, { bom = true } = {}) {
  const field = (v) => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = rows.map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
  fs.writeFileSync(file, (bom ? "\ufeff" : "") + text, "utf8");
  return file;
}

/** Excel's formula cell for 1/k with its cached result, as Excel saves `=1/k`. */
const inv = (k) => ({ formula: `1/${k}`, result: 1 / k });

async function makeWeightFixtures(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const out = (name) => path.join(outDir, name);
  const files = [];

  // Saaty (1990), "How to make a decision: the analytic hierarchy process", EJOR 48, 9–26: the
  // eight criteria of buying a house. Published: weights .173 .054 .188 .018 .031 .036 .167 .333,
  // λmax 9.669, CI 0.238, CR 0.169 — inconsistent. Reciprocals typed three ways: as formulas
  // (=1/5 with its cached result), as text fractions ("1/3") and as numbers (0.5).
  const house = ["房屋面积", "交通", "周边环境", "房龄", "庭院", "现代设施", "总体状况", "贷款条件"];
  const H = [
    [1, 5, 3, 7, 6, 6, "1/3", "1/4"],
    [inv(5), 1, "1/3", 5, 3, 3, "1/5", "1/7"],
    ["1/3", 3, 1, 6, 3, 4, 6, "1/5"],
    [inv(7), inv(5), inv(6), 1, "1/3", "1/4", "1/7", "1/8"],
    [inv(6), "1/3", "1/3", 3, 1, 0.5, "1/5", "1/6"],
    [inv(6), "1/3", "1/4", 4, 2, 1, "1/5", "1/6"],
    [3, 5, "1/6", 7, 5, 5, 1, 0.5],
    [4, 7, 5, 8, 6, 6, 2, 1],
  ];
  files.push(
    await writeXlsx(out("ahp-house.xlsx"), "判断矩阵", [[null, ...house], ...H.map((r, i) => [house[i], ...r])], {
      title: "购房决策准则判断矩阵（Saaty 1990）",
    }),
  );

  // A consistent 3 × 3 matrix of the three 考卷 sections (the 浙江 article), lower triangle typed as a
  // clerk does (0.333, 0.2, "１/３" in full-width): weights ≈ 63.70% / 25.83% / 10.47%, CR ≈ 0.033.
  const sections = ["党的建设", "高质量发展绩效", "满意度评价"];
  files.push(
    await writeXlsx(
      out("ahp-sections.xlsx"),
      "Sheet1",
      [
        ["指标", ...sections],
        [sections[0], 1, 3, 5],
        [sections[1], 0.333, 1, 3],
        [sections[2], 0.2, "１/３", 1],
      ],
      { title: "考卷权重判断矩阵" },
    ),
  );

  // Every kind of unusable judgement, each at a known cell of Sheet1 (header in row 1, names in A):
  //   C2 blank, D2 "重要" (text), B3 0 (not positive), C3 2 (diagonal), E3 a date (1/3 typed into
  //   Excel becomes 3 January), B5 #N/A, and D5 0.5 whose mirror E4 is 4 (not reciprocal: 1/4).
  files.push(
    await writeXlsx(out("bad-ahp.xlsx"), "Sheet1", [
      ["", "甲", "乙", "丙", "丁"],
      ["甲", 1, null, "重要", 2],
      ["乙", 0, 2, 1, new Date(Date.UTC(2026, 0, 3))],
      ["丙", 1 / 3, 1, 1, 4],
      ["丁", { error: "#N/A" }, 0.5, 0.5, 1],
    ]),
  );

  // Xu (2004), "A note on the subjective and objective integrated approach to determine attribute
  // weights", EJOR 156(2), 530–532: four alternatives, four criteria. Entropy weights (proportions
  // of the raw values) 0.4630, 0.3992, 0.1378, 0.0000.
  files.push(
    writeCsv(out("entropy-xu2004.csv"), [
      ["方案", "C1", "C2", "C3", "C4"],
      ["A1", 30, 30, 38, 29],
      ["A2", 19, 54, 86, 29],
      ["A3", 19, 15, 85, 28.9],
      ["A4", 68, 70, 60, 29],
    ]),
  );

  // Scores of five units on three indicators, as an office keeps them ("92分", full-width "８８"),
  // the third indicator the same for everyone: entropy minmax must refuse it (CONSTANT_COLUMN, D).
  files.push(
    writeCsv(
      out("entropy-constant.csv"),
      [
        ["单位", "党建工作", "重点任务", "基础分"],
        ["区财政局", "92分", 85, 60],
        ["区教育局", 88, 79, 60],
        ["区卫健委", "８８", 91, 60],
        ["区水利局", 75, 70, 60],
        ["区科技局", 81, 95, 60],
      ],
      { bom: false },
    ),
  );

  // Hodgett's "TOPSIS in Excel" example, the one R package MCDA's TOPSIS documentation uses: three
  // cars, price (cost) and three benefit criteria, weights 0.35/0.25/0.25/0.15, vector
  // normalisation. Published ideal and anti-ideal in its documentation; closeness in the test.
  files.push(
    await writeXlsx(out("topsis-cars.xlsx"), "Cars", [
      ["Car", "Purchase Price", "Economy", "Aesthetics", "Boot Capacity"],
      ["Corsa", 5490, 51.4, 8.5, 285],
      ["Clio", 6500, 70.6, 7, 288],
      ["Fiesta", 6489, 54.3, 7.5, 290],
    ]),
  );

  // Opricovic & Tzeng (2004), "Compromise solution by MCDM methods: a comparative analysis of VIKOR
  // and TOPSIS", EJOR 156(2), 445–455: three alternatives, f1 a cost, f2 a benefit, equal weights;
  // with min–max normalisation C = 0.500, 0.617, 0.500 (as pymcdm's test suite reproduces it).
  files.push(
    writeCsv(out("topsis-opricovic.csv"), [
      ["Alternative", "f1", "f2"],
      ["A1", 1, 3000],
      ["A2", 2, 3750],
      ["A3", 5, 4500],
    ]),
  );

  // A data table with unusable cells for TOPSIS: C3 "缺考" (text), B4 blank.
  files.push(
    writeCsv(out("bad-topsis.csv"), [
      ["单位", "得分", "完成率"],
      ["甲", 90, 0.95],
      ["乙", 85, "缺考"],
      ["丙", null, 0.8],
    ]),
  );
  return files;
}

module.exports = { makeWeightFixtures };

if (require.main === module) {
  const outDir = process.argv[2] ?? path.join(__dirname, "..", "test", "fixtures", "weights");
  makeWeightFixtures(outDir).then(
    (files) => files.forEach((f) => console.log(f)),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
