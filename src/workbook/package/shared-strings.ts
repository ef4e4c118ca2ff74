/**
 * The shared strings table (sharedStrings.xml): each `<si>` is plain (`<t>`) or rich text
 * (`<r><t>…</t></r>` runs, joined); phonetic guides (`<rPh>`, furigana) are left out.
 */
import { XmlScanner, decodeText, type XmlHandler } from "./xml";

/** A handler collecting the strings; feed it with a scanner, read `strings` at the end. */
export class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  wantText = false;
  private cur = "";
  private inSi = false;
  private inRph = 0;

  open(name: string): void {
    if (name === "si") {
      this.inSi = true;
      this.cur = "";
    } else if (name === "rPh") this.inRph++;
    else if (name === "t" && this.inSi && this.inRph === 0) this.wantText = true;
  }

  close(name: string): void {
    if (name === "t") this.wantText = false;
    else if (name === "rPh") this.inRph--;
    else if (name === "si") {
      this.strings.push(decodeText(this.cur));
      this.inSi = false;
      this.cur = "";
    }
  }

  text(raw: string): void {
    this.cur += raw;
  }
}

/**
 * The strings of a shared strings part, in order.
 * @example parseSharedStrings('<sst><si><t>单位</t></si><si><r><t>区</t></r><r><t>财政局</t></r></si></sst>') // ["单位", "区财政局"]
 */
export function parseSharedStrings(text: string): string[] {
  const r = new SharedStringsReader();
  new XmlScanner(r).push(text, true);
  return r.strings;
}
