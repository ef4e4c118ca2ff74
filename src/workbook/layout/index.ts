/**
 * The layout interpretation (grid → table + layout report), one pure function for every host.
 * See docs/workbook-layer.md.
 */
export { interpretGrid, HEADER_SEARCH_ROWS, type InterpretOptions } from "./interpret";
export { readSheets, type SheetReading } from "./sheets";
export { layoutLines, layoutNoteMessage, parseColumnsOption } from "./report";
export type * from "./types";
export * from "./vocabulary";
