/**
 * A byte count as people read it.
 * @example sizeText(165_000) // "161 KB"
 * @example sizeText(1_500_000) // "1.4 MB"
 */
export function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
