/** How much a package may make the reader (and the patcher) hold. */
export interface ReadLimits {
  /** Bytes any one part may inflate to (sheets, shared strings…). */
  maxPartBytes: number;
  /** Rows a sheet may reach (by row number). */
  maxRows: number;
}

/**
 * The defaults: 400 MiB per part (a sheet of 1,000,000 rows of a dozen columns is about
 * 250 MiB of XML; a zip bomb of 450 MB fails at once on its declared size, or after 400 MiB of
 * inflating when its header lies) and 2,000,000 rows (past Excel's own 1,048,576).
 */
export const DEFAULT_LIMITS: Readonly<ReadLimits> = { maxPartBytes: 400 * 1024 * 1024, maxRows: 2_000_000 };
