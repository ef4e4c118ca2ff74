/**
 * workbook.xml: the sheets in tab order (name, state, relationship id) and the date system.
 */
import { XmlScanner, attrs, xmlTrue } from "./xml";

/** A sheet as workbook.xml lists it. */
export interface WorkbookSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The relationship id (`r:id`) of its part. */
  rel: string;
}

/**
 * The sheets and date system of a workbook part.
 * @example parseWorkbook('<workbook><workbookPr date1904="1"/><sheets><sheet name="Q1" sheetId="1" r:id="rId1"/></sheets></workbook>')
 * // { date1904: true, sheets: [{ name: "Q1", state: "visible", rel: "rId1" }] }
 */
export function parseWorkbook(text: string): { date1904: boolean; sheets: WorkbookSheet[] } {
  let date1904 = false;
  const sheets: WorkbookSheet[] = [];
  const scanner = new XmlScanner({
    wantText: false,
    open(name, src, from, to) {
      if (name === "workbookPr") date1904 = xmlTrue(attrs(src, from, to).date1904);
      else if (name === "sheet") {
        const a = attrs(src, from, to);
        const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        sheets.push({ name: a.name ?? "", state, rel: a.id ?? "" });
      }
    },
    close() {},
    text() {},
  });
  scanner.push(text, true);
  return { date1904, sheets };
}
