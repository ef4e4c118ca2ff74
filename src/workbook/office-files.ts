/// <reference types="office-js" />
/**
 * Files out of Excel, through Office.js (common APIs, not Excel's): hand a file to the user, and
 * Excel's own PDF of the whole workbook. Beside office-host.ts, and as thin.
 *
 * Saving: task panes in Office for Mac (WKWebView) drop `<a download>` without an error
 * (office-js #2700 "by design", #3385, #4681); Microsoft's advice there is to open a page of the
 * add-in's own in the system browser with `Office.context.ui.openBrowserWindow` and save from it.
 * That page (save.html) gets the file in the URL's fragment, which stays on the machine. Windows
 * desktop (WebView2) and Excel on the web download normally; on Windows a dropped download cannot
 * be detected either, so the pane offers the browser route afterwards.
 */
import { saveBlob } from "../save/download";
import { toFragment } from "../save/fragment";
import { sizeText } from "../save/size";
import { WorkbookError } from "./errors";
import type { SaveOutcome, SaveRoute } from "./host";

/** Office's platform: "PC", "Mac", "OfficeOnline", "iOS"…; "" outside Office. */
function platform(): string {
  return String(Office.context?.platform ?? "");
}

/**
 * Hand a file to the user: a download where the webview allows it, else (Mac, iPad, or when asked
 * for) our save page in the system browser.
 */
export async function saveFile(file: Blob, name: string, route?: SaveRoute): Promise<SaveOutcome> {
  const p = platform();
  const chosen: SaveRoute = route ?? (p === "Mac" || p === "iOS" ? "browser" : "download");
  if (chosen === "download") {
    await saveBlob(file, name);
    return { route: "download", unsure: p !== "OfficeOnline" && p !== "" };
  }
  const open = Office.context?.ui?.openBrowserWindow;
  if (typeof open !== "function") throw new WorkbookError("NO_BROWSER_WINDOW");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const fragment = toFragment({ name, type: file.type || "application/octet-stream", bytes });
  if (fragment === null) throw new WorkbookError("FILE_TOO_LARGE", "zh-CN", { name, size: sizeText(bytes.length) });
  Office.context.ui.openBrowserWindow(new URL(`save.html#${fragment}`, location.href).href);
  return { route: "browser", unsure: false };
}

/** An Office callback API as a promise; a failure becomes OFFICE_FAILED with Office's message. */
function call<T>(start: (done: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    start((r) => (String(r.status) === "succeeded" ? resolve(r.value) : reject(new WorkbookError("OFFICE_FAILED", "zh-CN", { detail: r.error?.message ?? String(r.status) })))),
  );
}

/** Office.FileType.Pdf's value, without needing the enum object at run time (fakes, older hosts). */
const PDF = "pdf" as unknown as Office.FileType;

/** The slice size asked of Excel (its maximum is 4 MB). */
const SLICE_SIZE = 4 * 1024 * 1024;

/**
 * Excel's own PDF of the workbook (`getFileAsync(pdf)`, requirement set PdfFile): the sheets as
 * Excel prints them. Rejects with EMPTY_PDF when Excel returns an empty or non-PDF file, as Excel
 * on the web does (office-js #5950, #5473), and PDF_UNSUPPORTED where the set is missing.
 */
export async function workbookPdf(): Promise<Blob> {
  const req = Office.context?.requirements;
  if (req?.isSetSupported && !req.isSetSupported("PdfFile")) throw new WorkbookError("PDF_UNSUPPORTED");
  const file = await call<Office.File>((done) => Office.context.document.getFileAsync(PDF, { sliceSize: SLICE_SIZE }, done));
  try {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await call<Office.Slice>((done) => file.getSliceAsync(i, done));
      parts.push(Uint8Array.from(slice.data as ArrayLike<number>));
    }
    const total = parts.reduce((n, p) => n + p.length, 0);
    const head = String.fromCharCode(...(parts[0] ?? new Uint8Array()).subarray(0, 5));
    if (file.size === 0 || total === 0 || head !== "%PDF-") throw new WorkbookError("EMPTY_PDF");
    return new Blob(parts as BlobPart[], { type: "application/pdf" });
  } finally {
    // Office keeps at most two files open: always close, or the next export fails.
    await new Promise<void>((done) => file.closeAsync(() => done()));
  }
}
