/**
 * Property tests of the layout interpretation over generated office layouts (random title rows,
 * group label rows, merges, blank rows, footnotes, summary rows, shuffled columns):
 * - nothing ever escapes: every outcome is a table or a named WorkbookError code, and the engine
 *   then evaluates the table without throwing;
 * - mutations that do not change the data (shuffling rows within groups, adding blank rows and
 *   footnotes, merging the group column) leave the subjects and groups unchanged.
 */
import fc from "fast-check";
import { evaluate } from "../../src/engine/check/evaluate";
import { presets } from "../../src/engine/scheme/presets";
import type { CellValue } from "../../src/engine/types";
import type { CellBox, SheetGrid } from "../../src/workbook/grid";
import { interpretGrid } from "../../src/workbook/layout";

const NAMED_ERRORS = new Set(["NO_TABLE", "NO_NAME_COLUMN", "EMPTY_TABLE", "LAYOUT_AMBIGUOUS", "LAYOUT_COLUMN_NOT_FOUND"]);
const TIERS = ["优秀", "良好", "一般", "较差", "不参加考核", "", "优 秀"];

interface Spec {
  title: boolean;
  labels: boolean;
  mergeGroup: boolean;
  blankEvery: number;
  footnote: boolean;
  summary: boolean;
  order: number[]; // column order of 序号, 类别, 单位, 总分, 等次
  groups: { name: string; subjects: { name: string; score: number | null; tier: string }[] }[];
}

const spec: fc.Arbitrary<Spec> = fc.record({
  title: fc.boolean(),
  labels: fc.boolean(),
  mergeGroup: fc.boolean(),
  blankEvery: fc.integer({ min: 0, max: 4 }),
  footnote: fc.boolean(),
  summary: fc.boolean(),
  order: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
  groups: fc.array(
    fc.record({
      name: fc.constantFrom("区直单位", "乡镇街道", "国有企业", "开发区"),
      subjects: fc.array(
        fc.record({ name: fc.string({ minLength: 0, maxLength: 4 }), score: fc.option(fc.integer({ min: 40, max: 100 })), tier: fc.constantFrom(...TIERS) }),
        { minLength: 1, maxLength: 6 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

/** Lay a spec out as an office would. */
function layout(s: Spec): SheetGrid {
  const cells: CellValue[][] = [];
  const merges: CellBox[] = [];
  const width = 5;
  const put = (logical: (CellValue | undefined)[]) => {
    const row: CellValue[] = new Array(width).fill(null);
    logical.forEach((v, i) => (row[s.order.indexOf(i)] = v ?? null));
    cells.push(row);
  };
  if (s.title) {
    cells.push(["2025年度综合考核结果汇总表"]);
    merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });
  }
  put(["序号", "类别", "单位", "总分", "等次"]);
  let k = 0;
  s.groups.forEach((g, gi) => {
    if (s.labels) {
      cells.push([`${"一二三四"[gi]}、${g.name}（${g.subjects.length}个）`]);
      merges.push({ top: cells.length - 1, left: 0, bottom: cells.length - 1, right: width - 1 });
    }
    const first = cells.length;
    g.subjects.forEach((x, i) => {
      put([++k, s.mergeGroup && i > 0 ? null : g.name, x.name, x.score, x.tier]);
      if (s.blankEvery > 0 && i % s.blankEvery === 0) cells.push([]);
    });
    if (s.mergeGroup && cells.length - 1 > first) merges.push({ top: first, left: s.order.indexOf(1), bottom: cells.length - 1, right: s.order.indexOf(1) });
  });
  if (s.summary) put([null, null, "平均分", 80, null]);
  if (s.footnote) cells.push(["注：本表由考核办汇总。"], ["填表人：张三", null, "审核人：李四"]);
  return { name: "表1", cells, merges, hiddenRows: new Set(), hiddenCols: new Set(), tables: [] };
}

test("no exception ever escapes: a table the engine evaluates, or a named error", () => {
  fc.assert(
    fc.property(spec, (s) => {
      const r = interpretGrid(layout(s));
      if (!r.ok) {
        expect(NAMED_ERRORS.has(r.error)).toBe(true);
        return;
      }
      const ev = evaluate(r.table, r.map, presets.jiuyuan!, "zh-CN");
      expect(ev.read.subjects.length).toBe(r.table.rows.length);
    }),
    { numRuns: 300 },
  );
});

test("shuffling rows within groups, blank rows, footnotes, a summary row and a merged group column change nothing", () => {
  const named = fc.record({
    order: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
    groups: fc.uniqueArray(
      fc.record({
        name: fc.constantFrom("区直单位", "乡镇街道", "国有企业", "开发区"),
        subjects: fc.uniqueArray(fc.record({ name: fc.constantFrom("甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"), score: fc.integer({ min: 40, max: 100 }).map((n): number | null => n), tier: fc.constantFrom("优秀", "良好", "一般") }), {
          minLength: 1,
          maxLength: 6,
          selector: (x) => x.name,
        }),
      }),
      { minLength: 1, maxLength: 3, selector: (g) => g.name },
    ),
    seed: fc.integer(),
  });
  fc.assert(
    fc.property(named, fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.boolean(), (b, mergeGroup, footnote, blankEvery, summary, title) => {
      const base: Spec = { title: false, labels: false, mergeGroup: false, blankEvery: 0, footnote: false, summary: false, order: b.order, groups: b.groups };
      const shuffled = b.groups.map((g) => ({ ...g, subjects: [...g.subjects].sort((x, y) => ((x.name.charCodeAt(0) * b.seed) % 7) - ((y.name.charCodeAt(0) * b.seed) % 7)) }));
      const mutated: Spec = { title, labels: false, mergeGroup, blankEvery, footnote, summary, order: b.order, groups: shuffled };
      const read = (s: Spec) => {
        const r = interpretGrid(layout(s));
        if (!r.ok) throw new Error(r.error);
        const ev = evaluate(r.table, r.map, presets.jiuyuan!, "zh-CN");
        return ev.read.subjects
          .map((x, i) => `${x.group}|${x.name}|${x.score}|${ev.assessment.results[i]!.rank}`)
          .sort();
      };
      expect(read(mutated)).toEqual(read(base));
    }),
    { numRuns: 200 },
  );
});
