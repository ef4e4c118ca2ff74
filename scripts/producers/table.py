"""
The assessment table every producer fixture holds (scripts/make-producer-fixtures.sh), and the
expected JSON of each fixture written from it. PoiFixture.java writes the same table by hand:
change both together.

Sheet 考核结果 (1-based rows):
  1       title, merged A1:I1
  2       header 序号 类别 单位⏎名称 总分 等次 完成情况 内部编号 填报日期 已复核 (line break in C2)
  3-6     区直单位 — B3:B6 merged (the value in B3 only); C4 rich text 区 **教育** 局;
          D5 the formula ROUND(85.456,1) with its cached 85.5; F5 the error #N/A
  7-10    苏木乡镇 — written in every row; row 8 hidden
  G       hidden column; H dates (yyyy-mm-dd); I booleans; F the repeated (shared) 按时完成
"""
import datetime

SHEET = "考核结果"
TITLE = "九原区2026年一季度考核结果"
HEADER = ["序号", "类别", "单位\n名称", "总分", "等次", "完成情况", "内部编号", "填报日期", "已复核"]
LAST_COL = "I"
# 序号, 类别 (None under the merge), 单位, 总分, 等次, 完成情况, 内部编号, 填报日期, 已复核
ROWS = [
    [1, "区直单位", "区财政局", 95.5, "优秀", "按时完成", "Q-001", datetime.date(2026, 3, 31), True],
    [2, None, "区教育局", 88.25, "良好", "按时完成", "Q-002", datetime.date(2026, 3, 30), False],
    [3, None, "区卫健委", 85.5, "良好", "#N/A", "Q-003", datetime.date(2026, 3, 29), True],
    [4, None, "区住建局", 79, "良好", "按时完成", "Q-004", datetime.date(2026, 3, 28), False],
    [5, "苏木乡镇", "麻池镇", 91.75, "优秀", "按时完成", "Q-005", datetime.date(2026, 3, 27), True],
    [6, "苏木乡镇", "沙河街道", 83.5, "良好", "延期完成", "Q-006", datetime.date(2026, 3, 26), False],
    [7, "苏木乡镇", "哈林格尔镇", 76.4, "良好", "按时完成", "Q-007", datetime.date(2026, 3, 25), True],
    [8, "苏木乡镇", "阿嘎如泰苏木", 69, "一般", "按时完成", "Q-008", datetime.date(2026, 3, 24), False],
]
FIRST_DATA_ROW = 3  # 1-based
RICH = ("区", "教育", "局")  # C4: plain, bold, plain
FORMULA = ("D5", "ROUND(85.456,1)", 85.5)
ERROR_CELL = "F5"
MERGES = ["A1:I1", "B3:B6"]
HIDDEN_ROWS = [8]  # 1-based
HIDDEN_COLS = ["G"]
SUBJECTS = len(ROWS)

# The 汇总 sheet of xlsxwriter-tables.xlsx: an Excel table with a totals row (and a chart beside it).
SUMMARY_SHEET = "汇总"
SUMMARY = [["项目", "计数", "均值"], ["区直单位", 4, 87.06], ["苏木乡镇", 4, 80.16]]
SUMMARY_TABLE = {"name": "汇总表", "ref": "A1:C4", "headerRow": True, "totalsRow": True}
SUMMARY_TOTALS = {"A4": "合计", "B4": 8}


def letters(col):
    s = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        s = chr(65 + rem) + s
    return s


def expected_cells():
    """Cell address → the value a reader must give (dates as {"date": ISO}, errors as {"error": …})."""
    cells = {"A1": TITLE}
    for c, h in enumerate(HEADER):
        cells[letters(c) + "2"] = h
    for i, row in enumerate(ROWS):
        r = FIRST_DATA_ROW + i
        for c, v in enumerate(row):
            addr = letters(c) + str(r)
            if v is None:
                continue
            if addr == ERROR_CELL:
                cells[addr] = {"error": "#N/A"}
            elif isinstance(v, datetime.date):
                cells[addr] = {"date": datetime.datetime(v.year, v.month, v.day).isoformat() + ".000Z"}
            else:
                cells[addr] = v
    return cells


def expected(file, producer, writes, sheets=None, extra=None):
    """The expected JSON of one fixture: every non-blank cell of each listed sheet, merges, hidden rows and columns, tables."""
    main = {"cells": expected_cells(), "merges": MERGES, "hiddenRows": HIDDEN_ROWS, "hiddenCols": HIDDEN_COLS, "tables": []}
    out = {
        "file": file,
        "producer": producer,
        "writes": writes,
        "sheets": sheets or [{"name": SHEET, "state": "visible"}],
        "grids": {SHEET: main},
        "check": {"sheet": SHEET, "subjects": SUBJECTS},
    }
    if extra:
        out["grids"].update(extra)
    return out
