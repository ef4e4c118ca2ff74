/**
 * The 变更记录 sheet in an .xlsx workbook (exceljs): the CLI and the standalone page read the
 * decision record from it and append to it. The layout (header row, columns, where rows go) is
 * record-layout.ts's, shared with the Excel host. Rows are only ever appended: the record is an
 * audit trail, and clearing an override is a row of its own.
 */
import type ExcelJS from "exceljs";
import type { Override } from "../engine/record/overrides";
import { recordSheetName } from "../engine/record/overrides";
import type { Lang } from "../engine/types";
import { isRecordSheetName, placeRecord, readRecordGrid, type RecordRead } from "./record-layout";
import { sheetGrid } from "./xlsx";

/** The workbook's record sheet (变更记录, or Change record), if it has one. */
export function recordSheetOf(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => isRecordSheetName(ws.name));
}

/**
 * The decision record of a workbook: every entry of its 变更记录 sheet in sheet order, and the rows
 * that could not be read (with their cells). Empty when the workbook has no such sheet.
 * @example readRecordSheet(wb, "zh-CN").overrides.map((o) => o.subject) // ["麻池镇"]
 */
export function readRecordSheet(wb: ExcelJS.Workbook, lang: Lang = "zh-CN"): RecordRead {
  const ws = recordSheetOf(wb);
  return ws ? readRecordGrid(sheetGrid(ws), ws.name, lang) : { overrides: [], problems: [] };
}

/** Column widths of a new record sheet: 时间, 考核对象, 类别, 项目, 原结果, 调整为, 涉及规则, 理由, 操作人. */
const WIDTHS = [26, 20, 14, 8, 10, 10, 14, 40, 10];

/**
 * Append overrides to the workbook's 变更记录 sheet, created (at the end, with its header) when
 * missing. Rows already there, and any cell a person added, are kept. Every value is written as
 * text, so a time keeps its offset. Returns the sheet.
 * @example appendRecordSheet(wb, [decision], "zh-CN").name // "变更记录"
 */
export function appendRecordSheet(wb: ExcelJS.Workbook, overrides: readonly Override[], lang: Lang = "zh-CN"): ExcelJS.Worksheet {
  const existing = recordSheetOf(wb);
  const ws = existing ?? wb.addWorksheet(recordSheetName(lang));
  const place = placeRecord(existing ? sheetGrid(existing) : [], overrides, lang);
  for (const h of place.headers) {
    const cell = ws.getCell(place.headerRow, h.col + 1);
    cell.value = h.value;
    cell.font = { bold: true };
  }
  place.rows.forEach((values, k) => {
    values.forEach((v, c) => {
      if (v === "") return;
      const cell = ws.getCell(place.startRow + k, c + 1);
      cell.value = v;
      cell.numFmt = "@";
    });
  });
  if (!existing) {
    WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
  }
  return ws;
}
