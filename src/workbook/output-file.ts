/**
 * Writing an output file safely (Node only: the CLI). An output is created exclusively: the bytes go
 * to a temporary file in the output's folder, which is then hard-linked to the output's name — the
 * link fails if the name exists, so of two runs racing for one output exactly one writes it, and the
 * other is told it exists. With `force` the temporary file is renamed over the output (never over the
 * input). Temporary files are removed when the process ends, also on SIGINT and SIGTERM.
 */
import * as fs from "fs";
import * as path from "path";
import type { Lang } from "../engine/types";
import { format } from "../messages";
import { WorkbookError } from "./errors";

/** Options of {@link writeOutputFile}. */
export interface OutputOptions {
  /** Overwrite an existing output file (never the input). */
  force?: boolean;
  /** The file the workbook was read from: never written over. */
  inputPath?: string;
  lang?: Lang;
}

/** The real path of a file, or of its folder joined with its name when it does not exist yet. */
export function realTarget(file: string): string {
  const abs = path.resolve(file);
  try {
    return fs.realpathSync(abs);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Whether two real paths name one file (letter case folded where the file system folds it: Windows, macOS). */
export function samePath(a: string, b: string): boolean {
  const fold = process.platform === "win32" || process.platform === "darwin";
  return fold ? a.toLowerCase() === b.toLowerCase() : a === b;
}

// ── temporary files ──────────────────────────────────────────────────────────────────────

const temps = new Set<string>();
let hooked = false;

function removeTemps(): void {
  for (const t of temps) {
    try {
      fs.rmSync(t, { force: true });
    } catch {
      // nothing more to do while exiting
    }
  }
  temps.clear();
}

/** Remove temporary files on exit and on SIGINT/SIGTERM (then exit as the signal would: 130/143). */
function hookSignals(): void {
  if (hooked) return;
  hooked = true;
  process.on("exit", removeTemps);
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      removeTemps();
      process.exit(code);
    });
  }
}

/** The temporary files this process is writing now (for tests). */
export function pendingTempFiles(): string[] {
  return [...temps];
}

/**
 * Write bytes to a new output file, created exclusively.
 * @throws WorkbookError SAME_AS_INPUT, OUTPUT_EXISTS, OUTPUT_FOLDER_MISSING, OUTPUT_IS_FOLDER, OUTPUT_DENIED, WRITE_FAILED
 * @example writeOutputFile(patch.toBytes(), "out.xlsx", { inputPath: "in.xlsx", lang: "zh-CN" })
 */
export function writeOutputFile(bytes: Uint8Array, outPath: string, opts: OutputOptions = {}): void {
  const lang = opts.lang ?? "zh-CN";
  checkOutputFolder(outPath, lang);
  const target = realTarget(outPath);
  if (opts.inputPath !== undefined && samePath(target, realTarget(opts.inputPath))) throw new WorkbookError("SAME_AS_INPUT", lang, { path: outPath });
  if (!opts.force && fs.existsSync(target)) throw new WorkbookError("OUTPUT_EXISTS", lang, { path: outPath });
  hookSignals();
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  temps.add(tmp);
  try {
    fs.writeFileSync(tmp, bytes, { flag: "wx" });
    if (opts.force) fs.renameSync(tmp, target);
    else {
      try {
        fs.linkSync(tmp, target);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EEXIST") throw new WorkbookError("OUTPUT_EXISTS", lang, { path: outPath });
        // File systems without hard links (some network shares): an exclusive copy instead.
        if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "ENOSYS") fs.copyFileSync(tmp, target, fs.constants.COPYFILE_EXCL);
        else throw e;
      }
    }
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    throw writeError(e, outPath, lang);
  } finally {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // the temporary file is gone or cannot be removed; the output stands
    }
    temps.delete(tmp);
  }
}

/**
 * Whether an output can go where it is asked to, before any work is done: its folder exists, is a
 * folder and may be written (as far as access(2) tells: root passes where a write still fails, which
 * {@link writeError} then tells), and the path is not a folder itself.
 * @throws WorkbookError OUTPUT_FOLDER_MISSING, OUTPUT_IS_FOLDER, OUTPUT_DENIED
 * @example checkOutputFolder("/tmp/nope/x.xlsx", "zh-CN") // throws OUTPUT_FOLDER_MISSING: 无法写入 /tmp/nope/x.xlsx：输出文件夹 /tmp/nope 不存在…
 */
export function checkOutputFolder(outPath: string, lang: Lang): void {
  const abs = path.resolve(outPath);
  const dir = path.dirname(abs);
  let folder: fs.Stats | undefined;
  try {
    folder = fs.statSync(dir);
  } catch {
    folder = undefined;
  }
  if (!folder?.isDirectory()) throw new WorkbookError("OUTPUT_FOLDER_MISSING", lang, { path: outPath, dir });
  try {
    if (fs.statSync(abs).isDirectory()) throw new WorkbookError("OUTPUT_IS_FOLDER", lang, { path: outPath });
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    // no such file yet: the usual case
  }
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new WorkbookError("OUTPUT_DENIED", lang, { path: outPath, dir });
  }
}

/**
 * A failed write told in words — the folder is missing, no permission, the disk is full — never
 * with the errno text or the temporary file's name.
 * @example writeError(Object.assign(new Error("EACCES: permission denied, open '/sys/.x.tmp'"), { code: "EACCES" }), "/sys/x.xlsx", "zh-CN").code // "OUTPUT_DENIED"
 */
export function writeError(e: unknown, outPath: string, lang: Lang): WorkbookError {
  const code = (e as NodeJS.ErrnoException).code;
  const dir = path.dirname(path.resolve(outPath));
  switch (code) {
    case "EEXIST":
      return new WorkbookError("OUTPUT_EXISTS", lang, { path: outPath });
    case "ENOENT":
    case "ENOTDIR":
      return new WorkbookError("OUTPUT_FOLDER_MISSING", lang, { path: outPath, dir });
    case "EISDIR":
      return new WorkbookError("OUTPUT_IS_FOLDER", lang, { path: outPath });
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return new WorkbookError("OUTPUT_DENIED", lang, { path: outPath, dir });
    case "ENOSPC":
    case "EDQUOT":
      return new WorkbookError("WRITE_FAILED", lang, { path: outPath, detail: format("workbook.detail.noSpace", lang) });
    default:
      // Node's text names the temporary file ("…, open '/x/.out.xlsx.123.tmp'"): keep only its cause.
      return new WorkbookError("WRITE_FAILED", lang, { path: outPath, detail: String((e as Error).message ?? e).replace(/,\s*\w+\s+'[^']*'.*$/, "") });
  }
}
