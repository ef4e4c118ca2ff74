/**
 * Text written straight into UTF-8 bytes, piece by piece: a worksheet part of hundreds of
 * megabytes is put together without ever being one JavaScript string (which, holding any Chinese
 * character, takes two bytes a character) — each piece is short-lived garbage instead.
 */
const encoder = new TextEncoder();

/** Long strings are encoded this many UTF-16 code units at a time (room is made for 3 bytes each). */
const CHUNK = 1024 * 1024;

export class Utf8Sink {
  private buf: Uint8Array;
  private length = 0;

  /** `capacity`: the bytes expected (the buffer grows by half when they are passed). */
  constructor(capacity = 64 * 1024) {
    this.buf = new Uint8Array(Math.max(1024, Math.ceil(capacity)));
  }

  /** Append a string's UTF-8 bytes. */
  write(s: string): void {
    for (let from = 0; from < s.length; ) {
      let to = Math.min(s.length, from + CHUNK);
      // Never cut a surrogate pair: its halves alone would be written as U+FFFD.
      if (to < s.length && (s.charCodeAt(to - 1) & 0xfc00) === 0xd800) to--;
      const piece = from === 0 && to === s.length ? s : s.slice(from, to);
      const need = this.length + piece.length * 3;
      if (need > this.buf.length) {
        const bigger = new Uint8Array(Math.max(need, Math.ceil(this.buf.length * 1.5)));
        bigger.set(this.buf.subarray(0, this.length));
        this.buf = bigger;
      }
      this.length += encoder.encodeInto(piece, this.buf.subarray(this.length)).written;
      from = to;
    }
  }

  /** The bytes written (the sink is not written to afterwards): a view, or a copy when much of the buffer is unused. */
  bytes(): Uint8Array {
    return this.buf.length > this.length * 1.25 + 4096 ? this.buf.slice(0, this.length) : this.buf.subarray(0, this.length);
  }
}
