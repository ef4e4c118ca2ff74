/** The entries of a zip as stored, for tests that compare packages entry by entry (the package's own zip reader). */
import { openZip } from "../../src/workbook/package/zip";

export interface StoredEntry {
  name: string;
  method: number;
  crc: number;
  /** The stored (compressed) bytes. */
  compressed: Uint8Array;
  /** The entry's content, inflated. */
  inflated(): Uint8Array;
}

/** Every entry of a zip, in central-directory order. */
export function storedEntries(bytes: Uint8Array): StoredEntry[] {
  const zip = openZip(bytes);
  return zip.entries.map((e) => ({
    name: e.name,
    method: e.method,
    crc: e.crc32,
    compressed: zip.rawEntry(e.name).data,
    inflated: () => zip.entryBytes(e.name, 1 << 30),
  }));
}
