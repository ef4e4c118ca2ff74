/**
 * The zip container of an .xlsx/.xlsm package, for patching: entries are read from the central
 * directory with their compressed bytes untouched, and a new zip is written in which unchanged
 * entries are copied raw (same method, same CRC, same compressed bytes) and changed or new entries
 * are deflated with fflate. Browser-safe: no Node imports.
 *
 * Not handled (refused with a {@link ZipFormatError}): zip64, encrypted entries, multi-disk zips.
 */
import { deflateSync, inflateSync } from "fflate";

/** A zip that cannot be read (not a zip, truncated, zip64, encrypted…). */
export class ZipFormatError extends Error {
  constructor(detail: string) {
    super(`not a readable zip: ${detail}`);
    this.name = "ZipFormatError";
  }
}

/** One entry as stored: its compressed bytes and what the central directory says of them. */
export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The stored bytes (compressed when method is 8). */
  compressed: Uint8Array;
  /** General purpose flags (bit 11: UTF-8 name), without the data-descriptor bit. */
  flags: number;
  time: number;
  date: number;
}

/** An entry of a zip to write: copied raw, or new content to deflate. */
export type ZipOut = { raw: RawEntry } | { name: string; data: Uint8Array };

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/**
 * CRC-32 of bytes (the zip one).
 * @example crc32(new TextEncoder().encode("abc")) // 0x352441c2
 */
export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ data[i]!) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/**
 * The entries of a zip, in central-directory order, with their stored bytes (nothing inflated).
 * @throws ZipFormatError when the bytes are not a zip this reader handles.
 */
export function readRawEntries(bytes: Uint8Array): RawEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65,535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipFormatError("zip64 is not supported");
  const entries: RawEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new ZipFormatError(`bad central directory entry ${k}`);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const time = view.getUint16(p + 12, true);
    const date = view.getUint16(p + 14, true);
    const crc = view.getUint32(p + 16, true);
    const csize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : isAscii(nameBytes) ? utf8 : latin1).decode(nameBytes);
    if (flags & 1) throw new ZipFormatError(`${name} is encrypted`);
    if (csize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) throw new ZipFormatError("zip64 is not supported");
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new ZipFormatError(`bad local header for ${name}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + csize > bytes.length) throw new ZipFormatError(`${name} is truncated`);
    entries.push({ name, method, crc, size, compressed: bytes.subarray(start, start + csize), flags: flags & ~0x8, time, date });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! > 0x7f) return false;
  return true;
}

/**
 * The content of an entry, inflated.
 * @throws ZipFormatError for a compression method other than stored or deflate.
 */
export function inflateRaw(e: RawEntry): Uint8Array {
  if (e.method === 0) return e.compressed;
  if (e.method !== 8) throw new ZipFormatError(`${e.name} uses compression method ${e.method}`);
  return inflateSync(e.compressed, { out: new Uint8Array(e.size) });
}

/** Today as a DOS date and time. */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * Write a zip of the entries in the order given: raw entries are copied byte for byte (their
 * compressed data, method and CRC), the others deflated.
 * @example writeZip([{ raw: entries[0] }, { name: "xl/new.xml", data: bytes }])
 */
export function writeZip(entries: readonly ZipOut[]): Uint8Array {
  const enc = new TextEncoder();
  const now = dosNow();
  const parts = entries.map((e) => {
    if ("raw" in e) return { ...e.raw, nameBytes: enc.encode(e.raw.name) };
    const compressed = deflateSync(e.data, { level: 6 });
    return { name: e.name, method: 8, crc: crc32(e.data), size: e.data.length, compressed, flags: 0x800, ...now, nameBytes: enc.encode(e.name) };
  });
  let total = 22;
  for (const p of parts) total += 30 + 46 + 2 * p.nameBytes.length + p.compressed.length;
  if (total > 0xffffffff || parts.length > 0xfffe) throw new ZipFormatError("output would need zip64");
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let o = 0;
  const offsets: number[] = [];
  for (const p of parts) {
    offsets.push(o);
    const flags = p.flags | (isAscii(p.nameBytes) ? 0 : 0x800);
    view.setUint32(o, 0x04034b50, true);
    view.setUint16(o + 4, 20, true);
    view.setUint16(o + 6, flags, true);
    view.setUint16(o + 8, p.method, true);
    view.setUint16(o + 10, p.time, true);
    view.setUint16(o + 12, p.date, true);
    view.setUint32(o + 14, p.crc, true);
    view.setUint32(o + 18, p.compressed.length, true);
    view.setUint32(o + 22, p.size, true);
    view.setUint16(o + 26, p.nameBytes.length, true);
    view.setUint16(o + 28, 0, true);
    out.set(p.nameBytes, o + 30);
    out.set(p.compressed, o + 30 + p.nameBytes.length);
    o += 30 + p.nameBytes.length + p.compressed.length;
  }
  const cd = o;
  parts.forEach((p, k) => {
    const flags = p.flags | (isAscii(p.nameBytes) ? 0 : 0x800);
    view.setUint32(o, 0x02014b50, true);
    view.setUint16(o + 4, 20, true);
    view.setUint16(o + 6, 20, true);
    view.setUint16(o + 8, flags, true);
    view.setUint16(o + 10, p.method, true);
    view.setUint16(o + 12, p.time, true);
    view.setUint16(o + 14, p.date, true);
    view.setUint32(o + 16, p.crc, true);
    view.setUint32(o + 20, p.compressed.length, true);
    view.setUint32(o + 24, p.size, true);
    view.setUint16(o + 28, p.nameBytes.length, true);
    // extra, comment, disk, internal and external attributes: 0
    view.setUint32(o + 42, offsets[k]!, true);
    out.set(p.nameBytes, o + 46);
    o += 46 + p.nameBytes.length;
  });
  view.setUint32(o, 0x06054b50, true);
  view.setUint16(o + 8, parts.length, true);
  view.setUint16(o + 10, parts.length, true);
  view.setUint32(o + 12, o - cd, true);
  view.setUint32(o + 16, cd, true);
  return out.subarray(0, o + 22);
}
