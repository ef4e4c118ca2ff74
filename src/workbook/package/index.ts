/** The .xlsx/.xlsm package: zip, reader (and, from the writer branch, the patcher). */
export { openZip, ZipArchive, NATIVE_MAX, type ZipEntry, type RawEntry, type InflateRaw, type ZipOptions } from "./zip";
export { openPackage, parseTable, DEFAULT_LIMITS, type ReadLimits, type OpenPackageOptions, type SheetEntry, type WorkbookPackage } from "./read";
export { PackageError, isPackageError, toWorkbookError, type PackageErrorCode } from "./errors";
export { columnIndex, columnLetters, parseRef } from "./sheet";
export { isDateFormat, serialToDate } from "./styles";
export { resolveTarget, relsPathOf, parseRels, type Relationship } from "./rels";
