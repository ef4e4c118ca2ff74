#!/usr/bin/python3
"""
xlsxwriter fixtures (Debian python3-xlsxwriter 3.0.2, /usr/bin/python3) and the expected JSON of
every producer fixture. Run by scripts/make-producer-fixtures.sh:
  xlsxwriter_fixtures.py xlsx OUTDIR          xlsxwriter.xlsx, xlsxwriter-constant-memory.xlsx
  xlsxwriter_fixtures.py source PATH          the plain table, the input of gnumeric's conversion
  xlsxwriter_fixtures.py expected OUTDIR      <fixture>.expected.json for every fixture (openxlsx.xlsx too)
"""
import datetime
import json
import os
import sys

import xlsxwriter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import table as T  # noqa: E402


def write_table(wb, ws, constant_memory=False):
    wb.set_properties({"created": datetime.datetime(2026, 4, 1)})  # the same bytes on every run
    title = wb.add_format({"bold": True, "align": "center"})
    head = wb.add_format({"bold": True, "text_wrap": True})
    bold = wb.add_format({"bold": True})
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    merged = wb.add_format({"valign": "vcenter"})
    ws.set_column("G:G", None, None, {"hidden": True})
    # Rows in order (constant_memory flushes a row once a later one is written).
    ws.merge_range(T.MERGES[0], T.TITLE, title)
    ws.write_row(1, 0, T.HEADER, head)
    for i, row in enumerate(T.ROWS):
        r = T.FIRST_DATA_ROW - 1 + i
        if r + 1 in T.HIDDEN_ROWS:
            ws.set_row(r, None, None, {"hidden": True})
        for c, v in enumerate(row):
            addr = T.letters(c) + str(r + 1)
            if addr == "B3" and constant_memory:
                # merge_range writes blanks down to B6, which would flush rows 3-5 before their other
                # cells: write the value and record the merge as merge_range itself does.
                ws.write(r, c, v, merged)
                ws.merge.append([r, c, r + 3, c])
            elif addr == "B3":
                ws.merge_range(T.MERGES[1], v, merged)
            elif v is None:
                continue
            elif addr == "C4":
                ws.write_rich_string(r, c, T.RICH[0], bold, T.RICH[1], T.RICH[2])
            elif addr == T.FORMULA[0]:
                ws.write_formula(r, c, "=" + T.FORMULA[1], None, T.FORMULA[2])
            elif addr == T.ERROR_CELL:
                ws.write_formula(r, c, "=NA()", None, "#N/A")
            elif c == 7:
                ws.write_datetime(r, c, v, date)
            elif isinstance(v, bool):
                ws.write_boolean(r, c, v)
            else:
                ws.write(r, c, v)


def xlsx(outdir):
    # Shared strings, an Excel table with a totals row, a chart and a comment.
    wb = xlsxwriter.Workbook(os.path.join(outdir, "xlsxwriter.xlsx"))
    ws = wb.add_worksheet(T.SHEET)
    write_table(wb, ws)
    ws.write_comment("C3", "财政局：已复核")
    sm = wb.add_worksheet(T.SUMMARY_SHEET)
    head, *data = T.SUMMARY
    sm.add_table(T.SUMMARY_TABLE["ref"], {
        "name": T.SUMMARY_TABLE["name"],
        "data": data,
        "total_row": True,
        "columns": [
            {"header": head[0], "total_string": T.SUMMARY_TOTALS["A4"]},
            {"header": head[1], "total_function": "sum", "total_value": T.SUMMARY_TOTALS["B4"]},
            {"header": head[2]},
        ],
    })
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"name": "均值", "categories": "='汇总'!$A$2:$A$3", "values": "='汇总'!$C$2:$C$3"})
    sm.insert_chart("E2", chart)
    wb.close()
    # constant_memory: inline strings, each row written out as soon as the next begins.
    wb = xlsxwriter.Workbook(os.path.join(outdir, "xlsxwriter-constant-memory.xlsx"), {"constant_memory": True})
    write_table(wb, wb.add_worksheet(T.SHEET), constant_memory=True)
    wb.close()


def source(path):
    wb = xlsxwriter.Workbook(path)
    write_table(wb, wb.add_worksheet(T.SHEET))
    wb.close()


def expected(outdir):
    summary = {T.SUMMARY_SHEET: {
        "cells": {**{T.letters(c) + str(r + 1): v for r, row in enumerate(T.SUMMARY) for c, v in enumerate(row)}, **T.SUMMARY_TOTALS},
        "merges": [], "hiddenRows": [], "hiddenCols": [],
        "tables": [T.SUMMARY_TABLE],
    }}
    files = [
        T.expected("xlsxwriter.xlsx", "xlsxwriter 3.0.2 (Debian python3-xlsxwriter)",
                   "shared strings with a rich-text run; formulas with cached values (t=\"e\" for NA()); a comment (vml drawing), "
                   "a table with a totals row and a column chart on the second sheet",
                   sheets=[{"name": T.SHEET, "state": "visible"}, {"name": T.SUMMARY_SHEET, "state": "visible"}], extra=summary),
        T.expected("xlsxwriter-constant-memory.xlsx", "xlsxwriter 3.0.2, constant_memory mode",
                   "inline strings (t=\"inlineStr\", rich text inline too), rows flushed in order, no sharedStrings part"),
        T.expected("gnumeric.xlsx", "Gnumeric ssconvert (Debian gnumeric), Gnumeric_Excel:xlsx2 from a .gnumeric file",
                   "pretty-printed XML (whitespace between elements, inside <is> too); strings inline unless repeated "
                   "(then shared); rich text with empty <rPr/> and an empty last run; numbers to 21 digits "
                   "(76.4000000000000100003); formula constants rewritten (ROUND(85.4560000000000000026,1)); "
                   "a Print_Area defined name of #REF!; relationships listed in reverse order"),
    ]
    for f in files:
        # xlsxwriter writes '%.16g' of 76.4, "76.40000000000001", another double than 76.4; gnumeric keeps it.
        f["grids"][T.SHEET]["cells"]["D9"] = 76.40000000000001
        f["notes"] = "D9 is 76.40000000000001: xlsxwriter writes numbers as %.16g, so 76.4 becomes the next double up (Excel shows 76.4)"
        write(outdir, f)
    # R's openxlsx: no rich text (C4 plain); the formula D5 without a cached value (blank, told in
    # `uncached`); R prints 76.4 as 76.4; a table without totals on 汇总.
    o = T.expected("openxlsx.xlsx", "R openxlsx 4.2.5 (Debian r-cran-openxlsx)",
                   "shared strings, t=\"n\" on numbers, a formula as t=\"str\" with no <v> (no cached value), NA as t=\"e\" #N/A, "
                   "a hidden row through an outline group (outlineLevel=\"1\"), <dimension ref=\"A1\"> whatever the data, "
                   "date format mm/dd/yyyy, printerSettings .bin parts, relationship id rIdvml, table part numbered table3.xml, "
                   "and relationships of 汇总 to drawing2.xml and vmlDrawing2.vml that are not in the package",
                   sheets=[{"name": T.SHEET, "state": "visible"}, {"name": T.SUMMARY_SHEET, "state": "visible"}],
                   extra={T.SUMMARY_SHEET: {
                       "cells": {T.letters(c) + str(r + 1): v for r, row in enumerate(T.SUMMARY) for c, v in enumerate(row)},
                       "merges": [], "hiddenRows": [], "hiddenCols": [],
                       "tables": [{**T.SUMMARY_TABLE, "ref": "A1:C3", "totalsRow": False}],
                   }})
    del o["grids"][T.SHEET]["cells"][T.FORMULA[0]]
    o["grids"][T.SHEET]["uncached"] = [T.FORMULA[0]]
    o["check"]["missing"] = [T.SHEET + "!" + T.FORMULA[0]]
    o["notes"] = "D5 holds a formula with no cached value: blank in the grid and listed in uncached; check then lacks 区卫健委's score"
    write(outdir, o)
    # Go's tealeg/xlsx: no error cells (F5 blank), no rich text, and Row.Hidden is not written (no hidden row).
    g = T.expected("tealeg.xlsx", "Go github.com/tealeg/xlsx (Debian golang-github-tealeg-xlsx-dev 2018)",
                   "shared strings; blank cells typed t=\"s\" with no <v>; attributes as words (hidden=\"true\", "
                   "collapsed=\"false\", date1904=\"false\", state=\"visible\"); every <col> listed; empty elements "
                   "written open/close (<mergeCell ref=\"..\"></mergeCell>); zip entries dated 1980-00-00; the library "
                   "drops Row.Hidden, so no row is hidden")
    del g["grids"][T.SHEET]["cells"][T.ERROR_CELL]
    g["grids"][T.SHEET]["hiddenRows"] = []
    g["notes"] = "F5 blank (tealeg/xlsx cannot write an error cell); row 8 not hidden (tealeg/xlsx does not write Row.Hidden)"
    write(outdir, g)
    # LibreOffice Calc re-saving the plain table: it writes 15 significant digits, so D9 is 76.4 again.
    lo = T.expected("libreoffice-table.xlsx", "LibreOffice Calc (Debian libreoffice-calc-nogui), soffice --convert-to xlsx of the plain table",
                    "booleans as formulas (t=\"b\" with <f aca=\"false\">TRUE()</f>); t=\"n\" and s=\"0\" everywhere; word "
                    "booleans (hidden=\"true\", customHeight=\"false\"); strings split into rich-text runs per script "
                    "(CJK and Latin fonts: 九原区|2026|年一季度考核结果) with xml:space=\"preserve\"; 15 significant digits")
    write(outdir, lo)


def write(outdir, f):
    with open(os.path.join(outdir, f["file"] + ".expected.json"), "w", encoding="utf-8") as out:
        json.dump(f, out, ensure_ascii=False, indent=1)
        out.write("\n")


if __name__ == "__main__":
    {"xlsx": xlsx, "source": source, "expected": expected}[sys.argv[1]](sys.argv[2])
