/**
 * A zip archive read from its bytes (the .xlsx/.xlsm package): the central directory (zip64
 * included), each entry's name, method, sizes and local header offset, its data inflated in
 * bounded chunks, and its raw span for copying byte for byte. The one zip reader: the package
 * reader (read.ts) and the patcher (package.ts, which writes with zip-write.ts) both open packages
 * here. Pure (fflate for inflate; no Node), so the CLI and the standalone page share it.
 *
 * Sizes come from the central directory (a local header written with a data descriptor has
 * zeros there). A declared size past the caller's limit fails before anything is inflated, and
 * the limit is enforced again while inflating, since a header can lie.
 */
import { Inflate } from "fflate";
import { PackageError } from "./errors";

/** One entry of the central directory. */
export interface ZipEntry {
  /** The path inside the zip, as stored (no leading slash): `xl/worksheets/sheet1.xml`. */
  name: string;
  /** The name's bytes as stored (UTF-8 when flag bit 11 is set; copied as they are by the writer). */
  nameBytes: Uint8Array;
  /** 0 stored, 8 deflate (others cannot be read). */
  method: number;
  /** General purpose flags (bit 0 encrypted, bit 3 data descriptor, bit 11 UTF-8 name). */
  flags: number;
  crc32: number;
  compressedSize: number;
  /** Uncompressed size as declared (a header can lie: reading enforces the limit anyway). */
  size: number;
  /** Offset of the local file header in the archive. */
  localHeaderOffset: number;
  /** Last modification, as MS-DOS time and date fields. */
  time: number;
  date: number;
}

/**
 * An entry's bytes as they sit in the archive, for the writer to copy without recompressing:
 * `bytes.subarray(start, end)` is the local header, the compressed data and the data descriptor
 * (when the entry has one), in that order; `data` the compressed data alone.
 */
export interface RawEntry {
  entry: ZipEntry;
  /** Start of the local file header. */
  start: number;
  /** Start of the compressed data (after the local header's name and extra field). */
  dataStart: number;
  /** End of the compressed data. */
  dataEnd: number;
  /** End of the entry: after its data descriptor when flag bit 3 is set, else `dataEnd`. */
  end: number;
  /** The local header (signature to the end of its extra field). */
  localHeader: Uint8Array;
  /** The compressed data. */
  data: Uint8Array;
  /** The data descriptor (signature optional, 12–24 bytes), or null. */
  descriptor: Uint8Array | null;
}

/** Compressed bytes handed to the inflater at a time: bounds each output chunk (≤ ~16 MiB at deflate's 1032:1). */
const INPUT_SLICE = 16 * 1024;
/** A stored entry is handed over in pieces of this size. */
const STORED_SLICE = 1024 * 1024;

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/**
 * A host's own raw-deflate inflater (Node's zlib: native, several times faster than fflate), used
 * for entries up to {@link NATIVE_MAX} bytes: it must inflate `data` whole and throw a RangeError
 * when the output would pass `maxOutput` bytes. Larger entries always stream through fflate.
 */
export type InflateRaw = (data: Uint8Array, maxOutput: number) => Uint8Array;

/** Entries declared up to this size may go to the host's {@link InflateRaw} in one piece. */
export const NATIVE_MAX = 64 * 1024 * 1024;

/** Options of {@link openZip}. */
export interface ZipOptions {
  inflateRaw?: InflateRaw;
}

/** An opened archive. */
export class ZipArchive {
  /** Entries in central directory order. */
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byFolded = new Map<string, ZipEntry>();

  constructor(
    /** The whole archive. */
    readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly inflateRaw?: InflateRaw,
  ) {
    this.entries = entries;
    for (const e of entries) {
      if (!this.byName.has(e.name)) this.byName.set(e.name, e);
      const folded = e.name.toLowerCase();
      if (!this.byFolded.has(folded)) this.byFolded.set(folded, e);
    }
  }

  /** The entry of that name (exact, else ignoring case as OPC part names do), or undefined. */
  entry(name: string): ZipEntry | undefined {
    const n = name.replace(/^\/+/, "");
    return this.byName.get(n) ?? this.byFolded.get(n.toLowerCase());
  }

  /** Whether the archive has that entry. */
  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /**
   * An entry's raw span, to copy it byte for byte into another archive.
   * @throws PackageError CORRUPT when the local header is not where the directory says.
   */
  rawEntry(name: string): RawEntry {
    const entry = this.need(name);
    const b = this.bytes;
    const start = entry.localHeaderOffset;
    if (start + 30 > b.length || u32(b, start) !== SIG_LOCAL) throw new PackageError("CORRUPT", "local header missing", entry.name);
    const dataStart = start + 30 + u16(b, start + 26) + u16(b, start + 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > b.length) throw new PackageError("CORRUPT", "entry data runs past the end of the file", entry.name);
    let end = dataEnd;
    if (entry.flags & 8) {
      const signed = dataEnd + 4 <= b.length && u32(b, dataEnd) === SIG_DESCRIPTOR;
      const zip64 = entry.compressedSize >= 0xffffffff || entry.size >= 0xffffffff;
      end = Math.min(b.length, dataEnd + (signed ? 4 : 0) + (zip64 ? 20 : 12));
    }
    return {
      entry,
      start,
      dataStart,
      dataEnd,
      end,
      localHeader: b.subarray(start, dataStart),
      data: b.subarray(dataStart, dataEnd),
      descriptor: end > dataEnd ? b.subarray(dataEnd, end) : null,
    };
  }

  /**
   * Inflate an entry, handing its bytes to `sink` in chunks (none larger than ~16 MiB), never more
   * than `limit` bytes in all.
   * @throws PackageError TOO_LARGE past `limit` (before inflating when the declared size says so),
   * CORRUPT for bad data, UNSUPPORTED for encryption or another method.
   */
  entryChunks(name: string, limit: number, sink: (chunk: Uint8Array) => void): void {
    const raw = this.rawEntry(name);
    const { entry, data } = raw;
    const tooLarge = () => new PackageError("TOO_LARGE", `more than ${limit} bytes inflated`, entry.name, { kind: "bytes", value: limit });
    if (entry.flags & 1) throw new PackageError("UNSUPPORTED", "encrypted entry", entry.name);
    if (entry.size > limit) throw tooLarge();
    if (entry.method === 0) {
      if (data.length > limit) throw tooLarge();
      for (let i = 0; i < data.length; i += STORED_SLICE) sink(data.subarray(i, Math.min(data.length, i + STORED_SLICE)));
      return;
    }
    if (entry.method !== 8) throw new PackageError("UNSUPPORTED", `compression method ${entry.method}`, entry.name);
    if (this.inflateRaw && entry.size <= NATIVE_MAX) {
      let out: Uint8Array | null = null;
      try {
        out = this.inflateRaw(data, Math.min(limit, NATIVE_MAX));
      } catch (e) {
        // Past the native bound: the limit decides (streaming below), or the data is bad.
        if (!(e instanceof RangeError)) throw new PackageError("CORRUPT", `bad deflate data: ${(e as Error).message}`, entry.name);
        if (limit <= NATIVE_MAX) throw tooLarge();
      }
      if (out) {
        if (out.length > 0) sink(out);
        return;
      }
    }
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > limit) throw tooLarge();
      if (chunk.length > 0) sink(chunk);
    });
    try {
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
      for (let i = 0; i < data.length; i += INPUT_SLICE) {
        const end = Math.min(data.length, i + INPUT_SLICE);
        inflater.push(data.subarray(i, end), end === data.length);
      }
    } catch (e) {
      if (e instanceof PackageError) throw e;
      throw new PackageError("CORRUPT", `bad deflate data: ${(e as Error).message}`, entry.name);
    }
  }

  /**
   * An entry's bytes, inflated, at most `limit` bytes.
   * @throws PackageError as {@link entryChunks}; CORRUPT when there is no such entry.
   */
  entryBytes(name: string, limit: number): Uint8Array {
    const chunks: Uint8Array[] = [];
    let total = 0;
    this.entryChunks(name, limit, (c) => {
      chunks.push(c);
      total += c.length;
    });
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  private need(name: string): ZipEntry {
    const e = this.entry(name);
    if (!e) throw new PackageError("CORRUPT", "no such entry", name);
    return e;
  }
}

function u16(b: Uint8Array, i: number): number {
  return (b[i] as number) | ((b[i + 1] as number) << 8);
}

function u32(b: Uint8Array, i: number): number {
  return ((b[i] as number) | ((b[i + 1] as number) << 8) | ((b[i + 2] as number) << 16) | ((b[i + 3] as number) << 24)) >>> 0;
}

function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

/** Offset of the end-of-central-directory record: searched back over its comment (≤ 65,535 bytes). */
function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (u32(b, i) === SIG_EOCD && i + 22 + u16(b, i + 20) <= b.length) return i;
  }
  return -1;
}

/**
 * Open a zip archive from its bytes: reads the central directory only (nothing is inflated).
 * @throws PackageError NOT_ZIP (no directory: not a zip, or cut short), CORRUPT (a damaged directory).
 * @example openZip(bytes).entries.map((e) => e.name) // ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", …]
 */
export function openZip(bytes: Uint8Array, opts: ZipOptions = {}): ZipArchive {
  const b = bytes;
  const eocd = findEocd(b);
  if (eocd < 0) throw new PackageError("NOT_ZIP", "no end of central directory (not a zip, or cut short)");
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && u32(b, loc) === SIG_ZIP64_LOCATOR) {
      const z = u64(b, loc + 8);
      if (z + 56 > b.length || u32(b, z) !== SIG_ZIP64_EOCD) throw new PackageError("CORRUPT", "bad zip64 end of central directory");
      count = u64(b, z + 32);
      cdSize = u64(b, z + 40);
      cdOffset = u64(b, z + 48);
    }
  }
  if (cdOffset + cdSize > b.length) throw new PackageError("NOT_ZIP", "central directory past the end of the file (cut short)");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || u32(b, p) !== SIG_CENTRAL) throw new PackageError("CORRUPT", `bad central directory entry ${k}`);
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const time = u16(b, p + 12);
    const date = u16(b, p + 14);
    const crc32 = u32(b, p + 16);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeaderOffset = u32(b, p + 42);
    const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : isAscii(nameBytes) ? latin1 : utf8).decode(nameBytes);
    // Zip64 extended information: the 32-bit fields set to 0xFFFFFFFF follow in this order.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(b, x);
      const len = u16(b, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff && q + 8 <= x + 4 + len) (size = u64(b, q)), (q += 8);
        if (compressedSize === 0xffffffff && q + 8 <= x + 4 + len) (compressedSize = u64(b, q)), (q += 8);
        if (localHeaderOffset === 0xffffffff && q + 8 <= x + 4 + len) localHeaderOffset = u64(b, q);
      }
      x += 4 + len;
    }
    if (localHeaderOffset + 30 > b.length) throw new PackageError("CORRUPT", "entry past the end of the file", name);
    entries.push({ name, nameBytes, method, flags, crc32, compressedSize, size, localHeaderOffset, time, date });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return new ZipArchive(bytes, entries, opts.inflateRaw);
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if ((b[i] as number) > 0x7f) return false;
  return true;
}
