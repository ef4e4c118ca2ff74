/**
 * A file carried in a URL's fragment (`save.html#name=…&type=…&data=…`), for Office webviews that
 * drop downloads: the pane opens our own save page in the system browser with the file in the
 * fragment, and the page saves it there. The fragment never leaves the machine (browsers do not
 * send it to the server), so no assessment data goes over the network. Pure: no DOM, no Office.
 */

/**
 * Longest fragment we hand to the system browser. Chromium refuses URLs over 2 MB; the URL also
 * passes through the operating system's URL handler, so we stay well below (≈ 1.1 MB of file).
 */
export const MAX_FRAGMENT_CHARS = 1_500_000;

/** A file as the save page receives it. */
export interface CarriedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * Bytes → base64url without padding (RFC 4648 §5), safe in a URL fragment as it is.
 * @example base64url(new Uint8Array([0xfb, 0xff])) // "-_8"
 */
export function base64url(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/**
 * base64url (padding optional) → bytes, or null when the text is not base64url.
 * @example fromBase64url("-_8") // Uint8Array [0xfb, 0xff]
 */
export function fromBase64url(text: string): Uint8Array | null {
  const s = text.replace(/=+$/, "");
  if (s.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? DECODE[c]! : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * The fragment (without `#`) that carries a file, or null when it would be longer than
 * {@link MAX_FRAGMENT_CHARS}.
 * @example toFragment({ name: "报告.pdf", type: "application/pdf", bytes: new Uint8Array([37]) })
 * // "name=%E6%8A%A5%E5%91%8A.pdf&type=application%2Fpdf&data=JQ"
 */
export function toFragment(file: CarriedFile): string | null {
  if (Math.ceil((file.bytes.length * 4) / 3) > MAX_FRAGMENT_CHARS) return null;
  return `name=${encodeURIComponent(file.name)}&type=${encodeURIComponent(file.type)}&data=${base64url(file.bytes)}`;
}

/**
 * A fragment (with or without `#`) → the file it carries, or null when it carries none.
 * @example fromFragment("#name=a.pdf&type=application%2Fpdf&data=JQ")?.bytes // Uint8Array [37]
 */
export function fromFragment(fragment: string): CarriedFile | null {
  const params = new Map<string, string>();
  for (const part of fragment.replace(/^#/, "").split("&")) {
    const eq = part.indexOf("=");
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const data = params.get("data");
  const name = params.get("name");
  if (data === undefined || !name) return null;
  const bytes = fromBase64url(data);
  if (!bytes) return null;
  try {
    return { name: safeName(decodeURIComponent(name)), type: decodeURIComponent(params.get("type") ?? "") || "application/octet-stream", bytes };
  } catch {
    return null;
  }
}

/**
 * A file name without folders or characters Windows and macOS refuse.
 * @example safeName("../报告:1.pdf") // "报告_1.pdf"
 */
export function safeName(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const clean = base.replace(/[<>:"|?*\u0000-\u001f]/g, "_").trim();
  return clean === "" || /^\.+$/.test(clean) ? "download" : clean;
}
