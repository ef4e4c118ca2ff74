/**
 * Writing the zip of an .xlsx/.xlsm package: entries copied raw from the archive it was read from
 * (same method, CRC and compressed bytes, read by zip.ts — the one zip reader) and changed or new
 * entries deflated with fflate, in the order given. Browser-safe: no Node imports.
 *
 * Not written: zip64 (an output past 4 GiB, or 65,535 entries, is refused).
 */
import { deflateSync } from "fflate";
import { PackageError } from "./errors";
import type { RawEntry } from "./zip";

/**
 * An entry of a zip to write: copied raw from an opened archive, or new content to deflate — given,
 * or made when its turn comes (so that a large part's bytes are held only while it is deflated).
 */
export type ZipOut = { raw: RawEntry } | { name: string; data: Uint8Array | (() => Uint8Array) };

/**
 * A host's own raw deflate and CRC-32 (Node's zlib: native, two to three times faster than fflate
 * and the JavaScript CRC on a sheet of 50 MB); fflate and {@link crc32} otherwise.
 */
export interface ZipWriteCodec {
  deflateRaw?: (data: Uint8Array) => Uint8Array;
  crc32?: (data: Uint8Array) => number;
}

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
 * @example writeZip([{ raw: zip.rawEntry("xl/styles.xml") }, { name: "xl/new.xml", data: bytes }])
 */
export function writeZip(entries: readonly ZipOut[], codec: ZipWriteCodec = {}): Uint8Array {
  const enc = new TextEncoder();
  const deflate = codec.deflateRaw ?? ((data: Uint8Array) => deflateSync(data, { level: 6 }));
  const crc = codec.crc32 ?? crc32;
  const now = dosNow();
  const parts = entries.map((e) => {
    if ("raw" in e) {
      const z = e.raw.entry;
      // The name as stored (its flags say how it is encoded); the sizes go in the local header, so
      // no data descriptor (flag bit 3) is written.
      return { method: z.method, crc: z.crc32, size: z.size, compressed: e.raw.data, flags: z.flags & ~0x8, time: z.time, date: z.date, nameBytes: z.nameBytes };
    }
    const data = typeof e.data === "function" ? e.data() : e.data;
    const compressed = deflate(data);
    const nameBytes = enc.encode(e.name);
    return { method: 8, crc: crc(data), size: data.length, compressed, flags: 0x800, ...now, nameBytes };
  });
  let total = 22;
  for (const p of parts) {
    total += 30 + 46 + 2 * p.nameBytes.length + p.compressed.length;
    if (p.size > 0xfffffffe || p.compressed.length > 0xfffffffe) throw new PackageError("UNSUPPORTED", "an entry of 4 GiB or more would need zip64");
  }
  if (total > 0xffffffff || parts.length > 0xfffe) throw new PackageError("UNSUPPORTED", "the output would need zip64");
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let o = 0;
  const offsets: number[] = [];
  for (const p of parts) {
    offsets.push(o);
    view.setUint32(o, 0x04034b50, true);
    view.setUint16(o + 4, 20, true);
    view.setUint16(o + 6, p.flags, true);
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
    view.setUint32(o, 0x02014b50, true);
    view.setUint16(o + 4, 20, true);
    view.setUint16(o + 6, 20, true);
    view.setUint16(o + 8, p.flags, true);
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
