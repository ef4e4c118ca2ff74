/**
 * The standalone page's stand-in for Excel's selection: the rows of the cells last selected (a
 * violation clicked), with the selected cells highlighted, scrolled into view.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { format } from "../messages";
import type { CellValue, Lang } from "../engine/types";
import { rowCells } from "../engine/input/table";
import { splitCellAddress, type StandaloneHost } from "../workbook/standalone-host";

const useStyles = makeStyles({
  wrap: { paddingBlock: tokens.spacingVerticalS, overflowX: "auto", maxWidth: "100%", scrollMarginTop: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { paddingInline: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXXS, borderBottomWidth: tokens.strokeWidthThin, borderBottomStyle: "solid", borderBottomColor: tokens.colorNeutralStroke2, whiteSpace: "nowrap" },
  selected: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
});

const text = (v: CellValue) => (v === null || v === undefined ? "" : typeof v === "object" && "error" in v ? v.error : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** `I27` → { col: 8, row: 27 }. */
function parseLocal(local: string): { col: number; row: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(local);
  if (!m) return null;
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { col: col - 1, row: Number(m[2]) };
}

export function Preview({ host, lang }: { host: StandaloneHost; lang: Lang }) {
  const c = useStyles();
  const [cells, setCells] = useState<readonly string[]>(host.selection);
  const [rows, setRows] = useState<{ headers: string[]; rows: { row: number; cells: CellValue[] }[] } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => host.onSelect(setCells), [host]);
  useEffect(() => {
    if (cells.length === 0) return;
    void host.readTable().then(
      (r) => {
        const wanted = new Set(cells.map((a) => parseLocal(splitCellAddress(a).local)?.row));
        const t = r.table;
        setRows({ headers: t.headers, rows: t.rows.flatMap((row, i) => (wanted.has(row) ? [{ row, cells: rowCells(t, i) }] : [])) });
      },
      () => setRows(null),
    );
  }, [host, cells]);
  // Once drawn: the preview into view, and its first selected cell sideways inside its own scroll box.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "nearest" });
    ref.current?.querySelector<HTMLElement>("[data-selected]")?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [rows, cells]);
  if (!rows || cells.length === 0) return null;
  const picked = new Set(cells.map((a) => splitCellAddress(a).local.replace(/\$/g, "").toUpperCase()));
  const letter = (col: number) => {
    let s = "";
    for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  return (
    <div className={c.wrap} ref={ref} data-testid="preview" role="region" aria-label={format("pane.preview", lang)} tabIndex={0}>
      <h2 className={c.heading}>{format("pane.preview", lang)}</h2>
      <table className={c.table}>
        <thead>
          <tr>
            <th className={c.cell} scope="col">#</th>
            {rows.headers.map((h, i) => (
              <th key={i} className={c.cell} scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.rows.map((r) => (
            <tr key={r.row}>
              <th className={c.cell} scope="row">{r.row}</th>
              {r.cells.map((v, i) => (
                <td key={i} data-selected={picked.has(`${letter(i)}${r.row}`) ? "" : undefined} className={picked.has(`${letter(i)}${r.row}`) ? `${c.cell} ${c.selected}` : c.cell}>{text(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
