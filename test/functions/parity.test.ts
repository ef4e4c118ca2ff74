/**
 * Parity: the bundled sample workbook computed through the custom functions, as a clerk would
 * write them — =ROUND(ASSESS.WEIGHTED(D3:F3, weights), 2) for the score, then ASSESS.RANK,
 * ASSESS.TIER (with the 类别 column and the 一票否决 column) and ASSESS.LIGHT under the scheme of
 * its 考核方案 sheet — equals what `assess apply` writes, row by row.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { excelRound } from "../../src/engine/rules/round";
import { parseSchemeOrThrow } from "../../src/engine/scheme/scheme";
import * as F from "../../src/functions/functions";
import { setWorkbookScheme } from "../../src/functions/scheme-store";
import { readSchemeSheet, readTable } from "../../src/workbook/xlsx";
import { loadWorkbook } from "../../src/workbook/xlsx-file";
import { tableRows } from "../../src/engine/input/table";

const root = resolve(__dirname, "../..");
const sample = join(root, "samples/jiuyuan-2026q1.xlsx");
let dir: string;

beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "assess-parity-"))));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  setWorkbookScheme(null);
});

test("jiuyuan-2026q1.xlsx: 【计算】组内排名, 【计算】等次, 【计算】亮灯 equal the functions' results", async () => {
  const out = join(dir, "applied.xlsx");
  const r = spawnSync(process.execPath, [join(root, "bin/assess.js"), "apply", sample, "-o", out], { encoding: "utf8" });
  expect([0, 1]).toContain(r.status);

  const wb = await loadWorkbook(sample);
  const scheme = parseSchemeOrThrow(readSchemeSheet(wb));
  setWorkbookScheme(scheme);
  const { table, map } = readTable(wb);
  const col = (c: number) => table.columns[c]!.map((v) => [v ?? null]);
  const indicators = scheme.scoring.indicators.map((ind) => table.headers.indexOf(ind.column));
  const weights = [scheme.scoring.indicators.map((ind) => ind.weight)];
  // =ROUND(ASSESS.WEIGHTED(D3:F3, $H$1:$J$1), 2) in each row (Excel's ROUND: the engine's excelRound).
  const scores = tableRows(table).map((row) => [excelRound(F.weighted([indicators.map((c) => row.cells[c])], weights), scheme.scoring.decimals ?? 2)]);
  const groups = col(map.group!);
  const vetoes = col(map.veto!);

  const got = await Promise.all(
    table.rows.map(async (_, i) => ({
      rank: F.rank(scores[i]![0], scores, groups, groups[i]![0]),
      tier: await F.tier(scores[i]![0], scores, undefined, groups, groups[i]![0], vetoes, vetoes[i]![0]),
      light: await F.light(scores[i]![0], scores, undefined, undefined, groups, groups[i]![0]),
    })),
  );
  // The spilling variants agree with the per-cell ones.
  expect((await F.tiers(scores, undefined, groups, vetoes)).flat()).toEqual(got.map((g) => g.tier));
  expect((await F.lights(scores, undefined, undefined, groups)).flat()).toEqual(got.map((g) => g.light));

  const applied = readTable(await loadWorkbook(out));
  const own = (h: string) => applied.ownColumns[h] ?? applied.table.headers.indexOf(h);
  const [rankCol, tierCol, lightCol] = ["【计算】组内排名", "【计算】等次", "【计算】亮灯"].map(own);
  expect([rankCol, tierCol, lightCol].every((c) => c !== undefined && c >= 0)).toBe(true);
  const want = tableRows(applied.table).map((row) => ({ rank: row.cells[rankCol!], tier: row.cells[tierCol!], light: row.cells[lightCol!] }));
  expect(got).toEqual(want);
  // The sample has a vetoed unit and a full 优秀 quota: both are exercised.
  expect(vetoes.some(([v]) => v === "是")).toBe(true);
  expect(got.filter((g) => g.tier === "优秀").length).toBeGreaterThan(0);
});
