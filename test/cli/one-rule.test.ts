/**
 * Issue 14 on the bundled 九原区 sample: a clerk who applies every fix `assess check` proposes gets
 * a clean check, and `assess apply` then writes the same 优秀 units and the fixed tiers — with
 * the place the vetoed 区水利局 cannot take passed on (依次递补), and with `keepCappedPlaces: true`
 * kept empty. One answer per unit.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { presets } from "../../src/engine/scheme/presets";
import { assess, root, tempDirForSuite } from "../helpers/cli";

const jiuyuan = join(root, "samples/jiuyuan-2026q1.xlsx");
const dir = tempDirForSuite("assess-one-rule-");
const SHEET = "2026年第一季度";

interface Change {
  subject: string;
  cell: string;
  to: string;
}

/** Apply every proposed fix of `assess check --json` to a copy of the workbook. */
async function applyFixes(file: string, out: string, schemeArgs: string[]): Promise<Change[]> {
  const r = assess("check", file, "--json", ...schemeArgs);
  const changes: Change[] = JSON.parse(r.out).violations.flatMap((v: { fix?: { changes: Change[] } }) => v.fix?.changes ?? []);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET)!;
  for (const c of changes) ws.getCell(c.cell.split("!")[1]!).value = c.to;
  await wb.xlsx.writeFile(out);
  return changes;
}

/** Typed 等次 (column I) and written 【计算】等次 (column L) of every subject row, by name (column C). */
async function typedAndWritten(file: string): Promise<Map<string, [unknown, unknown]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET)!;
  expect(ws.getCell("L2").value).toBe("【计算】等次");
  const m = new Map<string, [unknown, unknown]>();
  for (let r = 3; r <= ws.rowCount; r++) {
    const name = ws.getCell(r, 3).value;
    if (typeof name === "string" && name) m.set(name, [ws.getCell(r, 9).value, ws.getCell(r, 12).value]);
  }
  return m;
}

test.each([
  ["依次递补 (the default)", [] as string[], "优秀"],
  ["keepCappedPlaces: true", ["keep"], "良好"],
])("%s: after every proposed fix, check is clean and apply writes the same 优秀 and the fixed tiers", async (_, opts, redCross) => {
  const schemeArgs: string[] = [];
  if (opts.includes("keep")) {
    const file = join(dir(), "keep.json");
    writeFileSync(file, JSON.stringify({ ...presets.jiuyuan!, keepCappedPlaces: true }));
    schemeArgs.push("--scheme", file);
  }
  const input = join(dir(), `in-${opts.length}.xlsx`);
  copyFileSync(jiuyuan, input);
  const fixed = join(dir(), `fixed-${opts.length}.xlsx`);
  const changes = await applyFixes(input, fixed, schemeArgs);
  expect(changes).toContainEqual(expect.objectContaining({ subject: "区水利局", to: "一般" }));

  const again = assess("check", fixed, "--json", ...schemeArgs);
  const j = JSON.parse(again.out);
  expect(j.violations.filter((v: { severity: string }) => v.severity === "error")).toEqual([]);
  expect(again.code).toBe(0);

  const out = join(dir(), `out-${opts.length}.xlsx`);
  expect(assess("apply", fixed, "-o", out, ...schemeArgs).code).toBe(0);
  const rows = await typedAndWritten(out);
  expect(rows.size).toBe(60);
  // Every row a fix changed, and every 优秀 (the tier with places), typed and written alike.
  for (const c of changes) expect([c.subject, rows.get(c.subject)![1]]).toEqual([c.subject, c.to]);
  const excellent = (k: 0 | 1) => [...rows].filter(([, v]) => v[k] === "优秀").map(([name]) => name);
  expect(excellent(1)).toEqual(excellent(0));
  // The unit of the issue: 16th of 区直单位, 优秀 when the vetoed unit's place passes on.
  expect(rows.get("区红十字会")).toEqual([redCross, redCross]);
});
