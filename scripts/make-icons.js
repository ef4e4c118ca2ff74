#!/usr/bin/env node
/*
 * Regenerates the add-in icons in assets/ (icon-16/32/64/80/128.png).
 *
 * Pure Node: shapes are drawn with 4x4 supersampling into an RGBA buffer and
 * written by a hand-written PNG encoder (zlib deflate + CRC-32). No packages.
 *
 * Design: a rounded teal square holding a white three-bar chart; the tallest
 * bar carries a small teal check mark (quota checked).
 *
 *   node scripts/make-icons.js            # writes assets/icon-*.png
 *   node scripts/make-icons.js <outDir>   # writes somewhere else
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const TEAL = [0x0f, 0x8a, 0x83];
const WHITE = [0xff, 0xff, 0xff];

// ---------- PNG encoder ----------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td), 0);
  return Buffer.concat([len, td, crc]);
}

/** Encodes an RGBA8 buffer (width*height*4 bytes) as a PNG. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------- drawing (coordinates in a 0..1 unit square) ----------

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const dx = px - (ax + t * vx);
  const dy = py - (ay + t * vy);
  return Math.sqrt(dx * dx + dy * dy);
}

/** Returns [r,g,b,a] (a 0..1) of the design at unit point (x, y), or null when transparent. */
function shade(x, y, size) {
  // Small icons get chunkier shapes so the bars stay legible at 16 px.
  const small = size <= 16;
  if (!insideRoundedRect(x, y, 0, 0, 1, 1, 0.2)) return null;
  const bars = small
    ? [
        [0.16, 0.38, 0.58],
        [0.42, 0.58, 0.38],
        [0.68, 0.84, 0.16],
      ]
    : [
        [0.18, 0.36, 0.6],
        [0.41, 0.59, 0.42],
        [0.64, 0.82, 0.2],
      ];
  const base = small ? 0.86 : 0.82;
  for (const [bx0, bx1, top] of bars) {
    if (insideRoundedRect(x, y, bx0, top, bx1, base, small ? 0.02 : 0.03)) {
      // check mark inside the tallest bar (only where there is room to see it)
      if (!small && bx0 === bars[2][0]) {
        const w = 0.035;
        const d1 = distToSegment(x, y, 0.675, 0.35, 0.72, 0.4);
        const d2 = distToSegment(x, y, 0.72, 0.4, 0.795, 0.3);
        if (Math.min(d1, d2) <= w) return TEAL;
      }
      return WHITE;
    }
  }
  return TEAL;
}

function render(size) {
  const SS = 4; // supersampling per axis
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        // colour is the average of covered samples (straight alpha)
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
  }
  return out;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, SIZES };
