/** @jest-environment jsdom */
/**
 * Files out of Excel (src/workbook/office-files.ts) against a fake `Office`: on a Mac the file goes
 * to our save page in the system browser, carried whole in the fragment; on Windows desktop it is
 * downloaded and marked unsure (the pane then offers the browser); Excel on the web downloads.
 * Excel's own workbook PDF is assembled from its slices, the file is always closed, and an empty
 * or non-PDF result (Excel on the web) is an EMPTY_PDF error, never a blank file.
 */
import { Blob as NodeBlob } from "node:buffer";
import { fromFragment } from "../../src/save/fragment";
import { saveFile, workbookPdf } from "../../src/workbook/office-files";
import { isWorkbookError } from "../../src/workbook/errors";

type Slice = { data: number[] };
interface FakeOffice {
  opened: string[];
  closed: number;
  platform: string;
  slices: number[][];
  size?: number;
  fail?: string;
  pdfFile?: boolean;
  browser?: boolean;
}

function installOffice(f: FakeOffice) {
  const ok = <T>(value: T) => ({ status: "succeeded", value });
  (globalThis as Record<string, unknown>).Office = {
    context: {
      platform: f.platform,
      requirements: { isSetSupported: (name: string) => (name === "PdfFile" ? f.pdfFile !== false : true) },
      ui: f.browser === false ? {} : { openBrowserWindow: (url: string) => f.opened.push(url) },
      document: {
        getFileAsync: (type: string, opts: { sliceSize: number }, cb: (r: unknown) => void) => {
          expect(type).toBe("pdf");
          expect(opts.sliceSize).toBeLessThanOrEqual(4 * 1024 * 1024);
          if (f.fail) return cb({ status: "failed", error: { message: f.fail } });
          const size = f.size ?? f.slices.reduce((n, s) => n + s.length, 0);
          cb(
            ok({
              size,
              sliceCount: f.slices.length,
              getSliceAsync: (i: number, done: (r: unknown) => void) => done(ok<Slice>({ data: f.slices[i]! })),
              closeAsync: (done: () => void) => {
                f.closed++;
                done();
              },
            }),
          );
        },
      },
    },
  };
}

function fake(over: Partial<FakeOffice> = {}): FakeOffice {
  const f: FakeOffice = { opened: [], closed: 0, platform: "PC", slices: [], ...over };
  installOffice(f);
  return f;
}

const pdfBytes = Array.from(Buffer.from("%PDF-1.7\n晾晒表\n%%EOF"));
let clicked: string[];

/** The WorkbookError code a promise rejects with ("resolved" / "other" otherwise). */
async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "resolved";
  } catch (e) {
    return isWorkbookError(e) ? e.code : "other";
  }
}

beforeEach(() => {
  clicked = [];
  // jsdom's Blob has no arrayBuffer() (every webview Office uses has it): Node's Blob stands in.
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
  // jsdom has no object URLs and does not navigate on a download click: record instead.
  URL.createObjectURL = () => "blob:fake";
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  };
});

describe("saveFile", () => {
  test("on a Mac the save page opens in the system browser with the whole file in its fragment", async () => {
    const f = fake({ platform: "Mac" });
    const blob = new Blob([Uint8Array.from(pdfBytes)], { type: "application/pdf" });
    expect(await saveFile(blob, "考核报告.pdf")).toEqual({ route: "browser", unsure: false });
    expect(clicked).toEqual([]);
    expect(f.opened).toHaveLength(1);
    const url = new URL(f.opened[0]!);
    expect(url.pathname).toBe("/save.html");
    expect(url.origin).toBe(location.origin); // our own page, beside the pane
    const file = fromFragment(url.hash)!;
    expect(file.name).toBe("考核报告.pdf");
    expect(file.type).toBe("application/pdf");
    expect(Array.from(file.bytes)).toEqual(pdfBytes);
  });

  test.each([
    ["PC", true],
    ["OfficeOnline", false],
  ])("on %s the file is downloaded (unsure: %s)", async (platform, unsure) => {
    const f = fake({ platform });
    expect(await saveFile(new Blob(["x"]), "a.pdf")).toEqual({ route: "download", unsure });
    expect(clicked).toEqual(["a.pdf"]);
    expect(f.opened).toEqual([]);
  });

  test("the browser route can be asked for on Windows too (after a dropped download)", async () => {
    const f = fake({ platform: "PC" });
    expect((await saveFile(new Blob(["x"]), "a.pdf", "browser")).route).toBe("browser");
    expect(f.opened).toHaveLength(1);
  });

  test("without openBrowserWindow the browser route is a NO_BROWSER_WINDOW error", async () => {
    fake({ platform: "Mac", browser: false });
    expect(await failure(saveFile(new Blob(["x"]), "a.pdf"))).toBe("NO_BROWSER_WINDOW");
  });

  test("a file too large for a URL is a FILE_TOO_LARGE error naming its size", async () => {
    const f = fake({ platform: "Mac" });
    const err = await saveFile(new Blob([new Uint8Array(2_000_000)]), "大.pdf").catch((e: unknown) => e);
    expect(isWorkbookError(err, "FILE_TOO_LARGE")).toBe(true);
    expect((err as Error).message).toContain("大.pdf（1.9 MB）");
    expect(f.opened).toEqual([]);
  });
});

describe("workbookPdf", () => {
  test("joins Excel's slices into one PDF and closes the file", async () => {
    const f = fake({ slices: [pdfBytes.slice(0, 7), pdfBytes.slice(7)] });
    const blob = await workbookPdf();
    expect(blob.type).toBe("application/pdf");
    expect(Array.from(new Uint8Array(await blob.arrayBuffer()))).toEqual(pdfBytes);
    expect(f.closed).toBe(1);
  });

  test.each([
    ["no slices (Excel on the web)", { slices: [], size: 0 }],
    ["slices of nothing", { slices: [[]] }],
    ["bytes that are not a PDF", { slices: [Array.from(Buffer.from("<html>error</html>"))] }],
  ])("%s is an EMPTY_PDF error, and the file is still closed", async (_name, over) => {
    const f = fake(over);
    expect(await failure(workbookPdf())).toBe("EMPTY_PDF");
    expect(f.closed).toBe(1);
  });

  test("without the PdfFile requirement set: PDF_UNSUPPORTED, Excel not asked", async () => {
    fake({ pdfFile: false, fail: "must not be called" });
    expect(await failure(workbookPdf())).toBe("PDF_UNSUPPORTED");
  });

  test("Excel's own failure is OFFICE_FAILED with its message", async () => {
    fake({ fail: "Internal Error" });
    const err = await workbookPdf().catch((e: unknown) => e);
    expect(isWorkbookError(err, "OFFICE_FAILED")).toBe(true);
    expect((err as Error).message).toContain("Internal Error");
  });
});
