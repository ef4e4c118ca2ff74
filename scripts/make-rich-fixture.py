#!/usr/bin/python3
"""
test/fixtures/rich.xlsm: a workbook holding what a real office file holds besides its table, for the
package patcher's tests (every part Assess does not write must come out byte for byte).

Run with Debian's python3-openpyxl:  /usr/bin/python3 scripts/make-rich-fixture.py
It also writes test/fixtures/rich-lo.xlsx: the same workbook re-saved by LibreOffice
(soffice --headless --convert-to xlsx, fresh profile) — relative targets, shared strings, no VBA;
exceljs reads that one (not the openpyxl one), so the standalone page's tests use it.
openpyxl writes the table, a chart, an image, comments, conditional formats, data validation, a
defined name, frozen panes, an auto-filter, a protected sheet and a hidden sheet (with absolute
relationship targets, as openpyxl does). Then, by hand, since openpyxl cannot create them:
- a pivot table (pivotCacheDefinition, pivotCacheRecords, pivotTable parts) over the table;
- an external link (externalLink part to other.xlsx) and a formula using it with a cached value;
- VBA: a vbaProject.bin part with the real content type and relationship; its bytes are a DUMMY
  (not a compiled VBA project), which is enough to check it is copied byte for byte.
The result is deterministic (fixed zip dates), so re-running gives the same file.
"""
import io
import os
import shutil
import subprocess
import tempfile
import struct
import sys
import zipfile
import zlib

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

OUT = sys.argv[1] if len(sys.argv) > 1 else "test/fixtures/rich.xlsm"
OUT_LO = os.path.join(os.path.dirname(OUT), "rich-lo.xlsx")
SHEET = "2026年第一季度"


def png(width, height, rgb):
    """A solid-colour PNG, written without Pillow."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


class PngImage(Image):
    """openpyxl's Image without Pillow: the PNG bytes and size are given."""

    def __init__(self, data, width, height):
        self.ref = io.BytesIO(data)
        self.width, self.height = width, height
        self.format = "png"
        self._bytes = data

    def _data(self):
        return self._bytes


ROWS = [
    ("区直单位", "区委办公室", 91.5, "优秀"),
    ("区直单位", "区财政局", 88.2, "良好"),
    ("区直单位", "区发改委", 84.0, "良好"),
    ("区直单位", "区教育局", 79.6, "良好"),
    ("区直单位", "区卫健委", 76.1, "一般"),
    ("区直单位", "区民政局", 72.4, "一般"),
    ("苏木乡镇街道", "沙河街道", 90.2, "优秀"),
    ("苏木乡镇街道", "麻池镇", 86.3, "良好"),
    ("苏木乡镇街道", "哈林格尔镇", 83.9, "良好"),
    ("苏木乡镇街道", "白音席勒街道", 80.0, "良好"),
    ("苏木乡镇街道", "赛罕街道", 75.5, "一般"),
    ("苏木乡镇街道", "兴胜镇", 70.8, "一般"),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
ws.append(["2026年第一季度考核汇总"])
ws.merge_cells("A1:E1")
ws.append(["序号", "类别", "单位名称", "总分", "等次"])
for c in ws[2]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="FFDDEBF7")
for i, (group, name, score, tier) in enumerate(ROWS, start=1):
    ws.append([i, group, name, score, tier])
last = 2 + len(ROWS)
ws.freeze_panes = "A3"
ws.auto_filter.ref = f"A2:E{last}"
ws["C3"].comment = Comment("办公室牵头单位", "考核办")
ws["D9"].comment = Comment("含加分 2 分", "考核办")
ws.conditional_formatting.add(f"D3:D{last}", ColorScaleRule(start_type="min", start_color="FFF8696B", end_type="max", end_color="FF63BE7B"))
ws.conditional_formatting.add(f"D3:D{last}", CellIsRule(operator="lessThan", formula=["75"], font=Font(color="FF9C0006")))
dv = DataValidation(type="list", formula1='"优秀,良好,一般,较差"', allow_blank=True)
dv.add(f"E3:E{last}")
ws.add_data_validation(dv)
ws.column_dimensions["C"].width = 16
chart = BarChart()
chart.title = "总分"
chart.add_data(Reference(ws, min_col=4, min_row=2, max_row=last), titles_from_data=True)
chart.set_categories(Reference(ws, min_col=3, min_row=3, max_row=last))
ws.add_chart(chart, "H3")
ws.add_image(PngImage(png(40, 20, (200, 30, 30)), 40, 20), "H20")
wb.defined_names.append(DefinedName("总分区域", attr_text=f"'{SHEET}'!$D$3:$D${last}"))

note = wb.create_sheet("说明")
note.append(["本表受保护：考核办填写"])
note.append(["外部引用", None])
note["B2"] = "=[1]Sheet1!$A$1"
note.protection.sheet = True
note.protection.password = "assess"

hidden = wb.create_sheet("底稿")
hidden.append(["隐藏的底稿"])
hidden.sheet_state = "hidden"

pivot = wb.create_sheet("透视")
pivot.append(["数据透视表在下方"])

import datetime
wb.properties.created = wb.properties.modified = datetime.datetime(2026, 4, 1, 9, 0, 0)
buf = io.BytesIO()
wb.save(buf)

# ── parts openpyxl cannot create ──────────────────────────────────────────────────────────
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
groups = sorted({g for g, *_ in ROWS}, key=[g for g, *_ in ROWS].index)

cache_def = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<pivotCacheDefinition xmlns="{MAIN}" xmlns:r="{REL}" r:id="rId1" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="{len(ROWS)}">'
    f'<cacheSource type="worksheet"><worksheetSource ref="A2:E{last}" sheet="{SHEET}"/></cacheSource>'
    f'<cacheFields count="5">'
    f'<cacheField name="序号" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="{len(ROWS)}"/></cacheField>'
    f'<cacheField name="类别" numFmtId="0"><sharedItems count="{len(groups)}">' + "".join(f'<s v="{g}"/>' for g in groups) + "</sharedItems></cacheField>"
    f'<cacheField name="单位名称" numFmtId="0"><sharedItems/></cacheField>'
    f'<cacheField name="总分" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="70.8" maxValue="91.5"/></cacheField>'
    f'<cacheField name="等次" numFmtId="0"><sharedItems/></cacheField>'
    f"</cacheFields></pivotCacheDefinition>"
)
cache_records = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="{MAIN}" xmlns:r="{REL}" count="{len(ROWS)}">'
    + "".join(f'<r><n v="{i}"/><x v="{groups.index(g)}"/><s v="{n}"/><n v="{s}"/><s v="{t}"/></r>' for i, (g, n, s, t) in enumerate(ROWS, start=1))
    + "</pivotCacheRecords>"
)
pivot_table = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<pivotTableDefinition xmlns="{MAIN}" name="数据透视表1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1">'
    f'<location ref="A3:B{3 + len(groups) + 1}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>'
    f'<pivotFields count="5"><pivotField showAll="0"/>'
    f'<pivotField axis="axisRow" showAll="0"><items count="{len(groups) + 1}">' + "".join(f'<item x="{k}"/>' for k in range(len(groups))) + '<item t="default"/></items></pivotField>'
    f'<pivotField showAll="0"/><pivotField dataField="1" showAll="0"/><pivotField showAll="0"/></pivotFields>'
    f'<rowFields count="1"><field x="1"/></rowFields>'
    f'<rowItems count="{len(groups) + 1}"><i><x/></i>' + "".join(f'<i><x v="{k}"/></i>' for k in range(1, len(groups))) + '<i t="grand"><x/></i></rowItems>'
    f'<colItems count="1"><i/></colItems>'
    f'<dataFields count="1"><dataField name="求和项:总分" fld="3" baseField="0" baseItem="0"/></dataFields>'
    f'<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>'
    f"</pivotTableDefinition>"
)
external = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="{MAIN}" xmlns:r="{REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames>'
    f'<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>'
)


EXTERNAL = ' TargetMode="External"'


def rels(*items):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL}">' + "".join(
        f'<Relationship Id="{i}" Type="{t}" Target="{g}"{EXTERNAL if ext else ""}/>' for i, t, g, ext in items
    ) + "</Relationships>"


src = zipfile.ZipFile(buf)
files = {n: src.read(n) for n in src.namelist()}
wb_xml = files["xl/workbook.xml"].decode()
sheet_names = [n for n in files if n.startswith("xl/worksheets/sheet")]
# openpyxl names sheets sheet1..4 in tab order; 透视 is the fourth.
pivot_sheet = "xl/worksheets/sheet4.xml"
note_sheet = "xl/worksheets/sheet2.xml"
assert pivot_sheet in files and note_sheet in files, sheet_names

wb_rels = files["xl/_rels/workbook.xml.rels"].decode()
wb_rels = wb_rels.replace(
    "</Relationships>",
    f'<Relationship Id="rIdPivotCache1" Type="{REL}/pivotCacheDefinition" Target="/xl/pivotCache/pivotCacheDefinition1.xml"/>'
    f'<Relationship Id="rIdExt1" Type="{REL}/externalLink" Target="/xl/externalLinks/externalLink1.xml"/>'
    f'<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="/xl/vbaProject.bin"/>'
    "</Relationships>",
)
files["xl/_rels/workbook.xml.rels"] = wb_rels.encode()
# externalReferences goes after sheets, pivotCaches after calcPr (CT_Workbook order).
# openpyxl declares the r: prefix on each <sheet>, not on <workbook>: do the same here.
wb_xml = wb_xml.replace("</sheets>", f'</sheets><externalReferences><externalReference xmlns:r="{REL}" r:id="rIdExt1"/></externalReferences>')
wb_xml = wb_xml.replace("</workbook>", f'<pivotCaches><pivotCache xmlns:r="{REL}" cacheId="1" r:id="rIdPivotCache1"/></pivotCaches></workbook>')
assert "<workbook " in wb_xml and 'xmlns:r="' not in wb_xml[: wb_xml.index(">", wb_xml.index("<workbook "))]
files["xl/workbook.xml"] = wb_xml.encode()

files["xl/pivotCache/pivotCacheDefinition1.xml"] = cache_def.encode()
files["xl/pivotCache/pivotCacheRecords1.xml"] = cache_records.encode()
files["xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels"] = rels(("rId1", f"{REL}/pivotCacheRecords", "pivotCacheRecords1.xml", False)).encode()
files["xl/pivotTables/pivotTable1.xml"] = pivot_table.encode()
files["xl/pivotTables/_rels/pivotTable1.xml.rels"] = rels(("rId1", f"{REL}/pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml", False)).encode()
files["xl/worksheets/_rels/sheet4.xml.rels"] = rels(("rId1", f"{REL}/pivotTable", "/xl/pivotTables/pivotTable1.xml", False)).encode()
files["xl/externalLinks/externalLink1.xml"] = external.encode()
files["xl/externalLinks/_rels/externalLink1.xml.rels"] = rels(("rId1", f"{REL}/externalLinkPath", "other.xlsx", True)).encode()
files["xl/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"ASSESS DUMMY VBA PROJECT (not compiled VBA)" + bytes(range(256))

# The external formula's cached value, as Excel would have saved it.
note_xml = files[note_sheet].decode()
note_xml = note_xml.replace("<f>[1]Sheet1!$A$1</f><v></v>", "<f>[1]Sheet1!$A$1</f><v>42</v>").replace("<f>[1]Sheet1!$A$1</f><v/>", "<f>[1]Sheet1!$A$1</f><v>42</v>")
files[note_sheet] = note_xml.encode()

ct = files["[Content_Types].xml"].decode()
ct = ct.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
ct = ct.replace(
    "</Types>",
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
    '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>'
    '<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>'
    '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>'
    '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>'
    "</Types>",
)
assert "macroEnabled.main" in ct
files["[Content_Types].xml"] = ct.encode()

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
    for name in ["[Content_Types].xml"] + [n for n in files if n != "[Content_Types].xml"]:
        info = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(info, files[name])
print(OUT)

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "xlsx", "--outdir", tmp, OUT],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=300,
    )
    shutil.copyfile(os.path.join(tmp, os.path.splitext(os.path.basename(OUT))[0] + ".xlsx"), OUT_LO)
print(OUT_LO)
