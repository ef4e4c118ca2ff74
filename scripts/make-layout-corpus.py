#!/usr/bin/python3
"""
The layout acceptance corpus (issue 12, "Corpus and acceptance"): workbooks laid out the way offices
keep their assessment tables, written by openpyxl (as many export tools write them) and, for some,
re-saved by LibreOffice — each with `<name>.expected.json`, what a correct reading gives.

Run with Debian's python (openpyxl 3.0.9), from the repository root:

    /usr/bin/python3 scripts/make-layout-corpus.py

Writes test/fixtures/layouts/*.xlsx, *.expected.json and README.md (all committed: the tests need
neither python nor LibreOffice). The LibreOffice variants (lo-*.xlsx) are made with
`soffice --headless -env:UserInstallation=file:///tmp/lo-corpus --convert-to xlsx`; without soffice
(or with --no-libreoffice) they are skipped with a message and the committed ones are left as they are.
The openpyxl files are byte-for-byte reproducible; LibreOffice stamps its own save time, so after a run
restore (git checkout) the lo- files whose base workbook did not change.

How the expectations are made
-----------------------------
Not by running Assess. Each workbook is designed here: its subjects (name, group, score, the tier typed
by hand, veto, non-participation) and where each row goes. The expected groups, n, limits and tier
counts follow from that design with the scheme's rule (n = subjects that take a tier; 优秀 limit =
floor(n × share) in integers). The violations are written out by hand in each design (`expect=`), and
`oracle()` below re-derives them from the data as a second count; the script stops if the two differ.
Scores are distinct within every group, so no tie straddles a boundary (no TIE_AT_BOUNDARY), and
typed tiers follow the scores within each group unless a design says otherwise (no ORDER_INVERSION).

Expectation schema (`<name>.expected.json`)
-------------------------------------------
{
  "workbook": "01-merged-category.xlsx",
  "about": "what the workbook is and why it is hard (Chinese/English prose)",
  "classes": ["merged-group-column", ...],        layout classes of issue 12 it covers
  "args": ["--preset", "jiuyuan"],                 options after `check <file> --json`
  "exit": 1,                                       0 clean, 1 error-level violations, 2 unusable/ambiguous
  "mentions": ["初评得分", "--columns"],           exit 2 only: texts stderr must contain
  "sheets": [ {                                   one entry per assessment sheet (usually one):
  "sheet": "2026年第一季度",                       the sheet assessed
  "headerRows": [2, 3],                            1-based sheet rows of the header
  "subjectColumn": {"letter": "C", "header": "单位名称"},
  "groupsFrom": "column B" | "label rows" | "none",
  "groups": [ {"group": "政府部门", "n": 14, "limits": {"优秀": 4},
               "counts": {"优秀": 5, "良好": 6, "一般": 2, "较差": 1}} ],
            group names as a correct reading names them: a label row's text without its enumeration
            (一、 （一） 1.), its count （14个） and a trailing colon; "" where the table has no groups.
  "violations": [ {"code": "QUOTA_EXCEEDED", "group": "政府部门", "subjects": [...]} ],
            every error/warning the engine's check must give (subjects listed where they matter, as a
            set); no other violation with an engine code (QUOTA_EXCEEDED … DUPLICATE_SUBJECT) may
            appear. Warnings with other codes (LAYOUT_ASSUMPTION, a label's count …) may appear freely.
  "warnings": [ {"mentions": ["区直部门", "32", "30"]} ],
            warnings a correct reading must add (any code): one warning whose message has every text.
  "subjectNames": ["张伟", ...],                   optional: every subject a violation names is one of these
  "leftOut": [12, 20],                             rows that must be listed as left out
  "leftOutOptional": [3, 11],                      rows that may be listed or not (label rows, blank rows)
  "pending": [7, 15],                              rows read as non-participants (pending), exactly
  } ],      several assessment sheets: each checked and reported on its own
  "withOptions": [ {"args": [...], ...same fields...} ],  the same workbook read with options given
  "mutationOf": "08-two-row-header.xlsx",          a mutation: must give the same groups and violations
  "mutation": "类别 merged instead of repeated"
}
Row numbers are 1-based sheet rows. A `lo-` workbook is the base workbook re-saved by LibreOffice:
same expectation, `"resavedBy": "LibreOffice"`.
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "fixtures", "layouts")

# ── schemes (the presets of src/engine/scheme/presets.ts, as their sources state them) ───────────────────
SCHEMES = {
    # 优秀 ≤ 30% (floor); a veto caps at 一般
    "jiuyuan": {"tiers": ["优秀", "良好", "一般", "较差"], "quota": (0, 30), "vetoCap": 2, "bottom": None},
    # 优秀 ≤ 20% (floor); a veto caps at 称职
    "civil-servant": {"tiers": ["优秀", "称职", "基本称职", "不称职"], "quota": (0, 20), "vetoCap": 1, "bottom": None},
    # no first-tier quota; the bottom 10% (floor) of each group 第三等次
    "zhejiang": {"tiers": ["第一等次", "第二等次", "第三等次"], "quota": None, "vetoCap": 1, "bottom": 10},
}

# ── names ─────────────────────────────────────────────────────────────────────────────────────
PARTY = ["区委办公室", "区人大常委会办公室", "区政协办公室", "区纪委监委", "区委组织部", "区委宣传部", "区委统战部",
         "区委政法委", "区委编办", "区总工会", "团区委", "区妇联"]
GOV = ["区政府办公室", "区发展和改革委员会", "区教育局", "区科学技术局", "区工业和信息化局", "区民政局", "区司法局",
       "区财政局", "区人力资源和社会保障局", "区自然资源局", "区住房和城乡建设局", "区交通运输局", "区水利局",
       "区农业农村局", "区商务局", "区文化旅游体育局", "区卫生健康委员会", "区退役军人事务局", "区应急管理局",
       "区审计局", "区市场监督管理局", "区统计局", "区医疗保障局", "区城市管理综合执法局", "区信访局", "区政务服务局"]
TOWNS = ["城关镇", "河西镇", "东风镇", "青山镇", "白云镇", "柳树乡", "新华街道", "人民路街道", "建设路街道", "朝阳街道",
         "和平街道", "光明街道"]
PEOPLE = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞", "徐斌", "孙丽", "马超", "朱红",
          "胡军", "郭琳", "何勇", "高燕", "林涛", "罗兰", "郑浩", "梁晨", "谢婷", "宋佳", "唐亮", "韩雪", "冯刚", "于倩",
          "董鹏", "萧然", "曹颖", "邓凯"]
POSTS = ["科长", "副科长", "一级主任科员", "二级主任科员", "四级主任科员", "一级科员"]
MOUNTAIN = ["淳安县", "永嘉县", "文成县", "泰顺县", "武义县", "磐安县", "衢江区", "龙游县", "江山市", "常山县", "开化县",
            "天台县", "仙居县", "莲都区", "龙泉市"]
PLAIN = ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "临安区", "桐庐县",
         "建德市", "海曙区", "江北区", "北仑区", "镇海区", "鄞州区", "奉化区"]


def scores(rng, n, lo=72.0, hi=97.5):
    """n distinct scores with two decimals."""
    seen = set()
    out = []
    while len(out) < n:
        x = round(rng.uniform(lo, hi), 2)
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def subjects(names, group, rng, **extra):
    return [dict(name=nm, group=group, score=s, **extra) for nm, s in zip(names, scores(rng, len(names)))]


def type_tiers(members, scheme, first, last=1, third_share=0.2):
    """Type tiers by score, best first: `first` in the first tier, `last` in the last, about
    `third_share` of the group in the one above the last (four tiers), the rest in the second."""
    labels = SCHEMES[scheme]["tiers"]
    ranked = sorted([m for m in members if not m.get("pending")], key=lambda m: -m["score"])
    n = len(ranked)
    third = int(n * third_share) if len(labels) == 4 else 0
    for i, m in enumerate(ranked):
        if i < first:
            t = 0
        elif i >= n - last:
            t = len(labels) - 1
        elif len(labels) == 4 and i >= n - last - third:
            t = 2
        else:
            t = 1
        m["tier"] = labels[t]
    return members


def by_name(members, name):
    return next(m for m in members if m["name"] == name)


def top(members, k):
    return sorted([m for m in members if not m.get("pending")], key=lambda m: -m["score"])[:k]


# ── the oracle: violations from the design (a second count of what `expect=` states) ──────────────
def oracle(groups, scheme_id):
    sch = SCHEMES[scheme_id]
    labels = sch["tiers"]
    out_groups = []
    violations = []
    for gname, members in groups:
        taking = [m for m in members if not m.get("pending")]
        n = len(taking)
        sc = [m["score"] for m in taking]
        assert len(set(sc)) == len(sc), f"scores tie in group {gname}"
        assert all(m.get("tier") in labels for m in taking), f"untyped subject in {gname}"
        counts = {lab: sum(1 for m in taking if m["tier"] == lab) for lab in labels}
        limits = {}
        if sch["quota"]:
            t, pct = sch["quota"]
            limits[labels[t]] = n * pct // 100
            if counts[labels[t]] > limits[labels[t]]:
                violations.append(dict(code="QUOTA_EXCEEDED", group=gname,
                                       subjects=sorted(m["name"] for m in taking if m["tier"] == labels[t])))
        for m in taking:
            if m.get("veto") and labels.index(m["tier"]) < sch["vetoCap"]:
                violations.append(dict(code="TIER_ABOVE_CAP", group=gname, subjects=[m["name"]]))
        ranked = sorted(taking, key=lambda m: -m["score"])
        if sch["bottom"]:
            k = n * sch["bottom"] // 100
            missing = [m["name"] for m in ranked[n - k:] if m["tier"] != labels[-1]] if k > 0 else []
            if missing:
                violations.append(dict(code="FORCED_BOTTOM_MISSING", group=gname, subjects=sorted(missing)))
        worst, holder = -1, None
        for m in ranked:
            t = labels.index(m["tier"])
            if worst >= 0 and t < worst:
                violations.append(dict(code="ORDER_INVERSION", group=gname, subjects=sorted([m["name"], holder])))
            if not m.get("veto") and t > worst:
                worst, holder = t, m["name"]
        out_groups.append(dict(group=gname, n=n, limits=limits, counts=counts))
    return out_groups, violations


def key(v):
    return (v["code"], v["group"], tuple(sorted(v.get("subjects") or [])))


# ── writing sheets ─────────────────────────────────────────────────────────────────────────────
THIN = Alignment(vertical="center", wrap_text=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


class SheetWriter:
    """Writes rows top to bottom and records where the subjects and the other rows went."""

    def __init__(self, ws, width):
        self.ws = ws
        self.width = width
        self.r = 0
        self.left_out = []
        self.left_optional = []
        self.pending = []
        self.placed = []  # (member, row)
        self.header_rows = []

    def put(self, values, row=None):
        self.r = row or self.r + 1
        for c, v in enumerate(values, start=1):
            if v is not None and v != "":
                cell = self.ws.cell(row=self.r, column=c, value=v)
                if isinstance(v, float):
                    cell.number_format = "0.00"
        return self.r

    def title(self, text):
        r = self.put([text])
        self.ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=self.width)
        self.ws.cell(row=r, column=1).font = Font(bold=True, size=16)
        self.ws.cell(row=r, column=1).alignment = CENTER
        self.ws.row_dimensions[r].height = 30
        return r

    def across(self, text, kind="required", first=1, last=None):
        """A row whose text is merged across the width (label, footnote, 合计…)."""
        r = self.put([None] * (first - 1) + [text])
        self.ws.merge_cells(start_row=r, start_column=first, end_row=r, end_column=last or self.width)
        self.ws.cell(row=r, column=first).alignment = Alignment(vertical="center", wrap_text=True)
        (self.left_out if kind == "required" else self.left_optional).append(r)
        return r

    def plain(self, values, kind="required"):
        r = self.put(values)
        if kind == "required":
            self.left_out.append(r)
        elif kind == "optional":
            self.left_optional.append(r)
        return r

    def blank(self):
        self.r += 1
        self.left_optional.append(self.r)
        return self.r

    def header(self, values):
        r = self.put(values)
        for c in range(1, len(values) + 1):
            cell = self.ws.cell(row=r, column=c)
            cell.font = Font(bold=True)
            cell.alignment = CENTER
        self.header_rows.append(r)
        return r

    def members(self, cols, members, seq=1, merge_group=False, merge_unit=False):
        """One row per member. `cols`: functions of (member, seq) → value. Returns the next seq."""
        first_row = self.r + 1
        for m in members:
            vals = [f(m, seq) for f in cols]
            r = self.put(vals)
            self.placed.append((m, r))
            if m.get("pending"):
                self.pending.append(r)
            seq += 1
        for flag, field in ((merge_group, "group"), (merge_unit, "unit")):
            if not flag:
                continue
            col = flag  # 1-based column to merge
            start = first_row
            for i in range(1, len(members) + 1):
                if i == len(members) or members[i].get(field) != members[start - first_row].get(field):
                    end = first_row + i - 1
                    for rr in range(start + 1, end + 1):
                        self.ws.cell(row=rr, column=col).value = None
                    if end > start:
                        self.ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
                        self.ws.cell(row=start, column=col).alignment = CENTER
                    start = end + 1
        return seq

    def widths(self, widths):
        for i, w in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w


# column makers
SEQ = lambda m, s: s
NAME = lambda m, s: m["name"]
GROUP = lambda m, s: m["group"]
UNIT = lambda m, s: m.get("unit")
POST = lambda m, s: m.get("post")
SCORE = lambda m, s: m.get("score") if not m.get("pending") else None
TIER = lambda m, s: m.get("tier") if not m.get("pending") else m.get("pendingTier")
VETO = lambda m, s: "是" if m.get("veto") else None
REMARK = lambda m, s: m.get("remark") or (m.get("pending") if m.get("pendingIn") == "remark" else None)


def comp(index, maxima):
    """A section score: the total split in proportion to the sections' points (last takes the rest)."""
    def f(m, s):
        if m.get("pending"):
            return None
        total = m["score"]
        parts = [round(total * mx / 100, 2) for mx in maxima[:-1]]
        parts.append(round(total - sum(parts), 2))
        return parts[index]
    return f


# ── the corpus ─────────────────────────────────────────────────────────────────────────────────
CORPUS = []


def workbook(name):
    def register(fn):
        CORPUS.append((name, fn))
        return fn
    return register


def finish(w, scheme, groups, expect, **fields):
    """The expectation of one sheet: groups and violations from the design, checked against `expect`."""
    ogroups, oviol = oracle(groups, scheme)
    stated = sorted(key(v) for v in expect)
    derived = sorted(key(v) for v in oviol)
    if stated != derived:
        sys.exit(f"{w.ws.title}: stated violations {stated} differ from the design's {derived}")
    e = dict(sheet=w.ws.title)
    e.update(fields)
    e["headerRows"] = w.header_rows
    e["groups"] = ogroups
    e["violations"] = expect
    e["leftOut"] = sorted(w.left_out)
    e["leftOutOptional"] = sorted(w.left_optional)
    e["pending"] = sorted(w.pending)
    return e


def exit_of(sheets):
    return 1 if any(v["code"] != "TIE_AT_BOUNDARY" for s in sheets for v in s["violations"]) else 0


def V(code, group, subjects=None):
    v = dict(code=code, group=group)
    if subjects is not None:
        v["subjects"] = sorted(subjects)
    return v


def standard_units(rng, party=9, gov=14, towns=8):
    g1 = subjects(PARTY[:party], "党群部门", rng)
    g2 = subjects(GOV[:gov], "政府部门", rng)
    g3 = subjects(TOWNS[:towns], "乡镇街道", rng)
    return g1, g2, g3


@workbook("01-merged-category")
def merged_category(variant=None):
    """类别 merged down each group (silently wrong case 1 of issue 12)."""
    rng = random.Random(1)
    g1, g2, g3 = standard_units(rng)
    type_tiers(g1, "jiuyuan", 2)          # floor(9×30%) = 2
    type_tiers(g2, "jiuyuan", 5)          # floor(14×30%) = 4: one too many
    type_tiers(g3, "jiuyuan", 2)          # floor(8×30%) = 2
    if variant == "shuffled":
        for g in (g1, g2, g3):
            random.Random(11).shuffle(g)
    wb = Workbook()
    ws = wb.active
    ws.title = "2026年第一季度"
    w = SheetWriter(ws, 9)
    w.title("九原区2026年第一季度区直部门及乡镇街道考核结果")
    w.header(["序号", "类别", "单位名称", "招商引资", "项目建设", "乡村振兴", "总分", "一票否决", "等次"])
    cols = [SEQ, GROUP, NAME, comp(0, [40, 35, 25]), comp(1, [40, 35, 25]), comp(2, [40, 35, 25]), SCORE, VETO, TIER]
    seq = 1
    for g in (g1, g2, g3):
        seq = w.members(cols, g, seq, merge_group=2)
    w.widths([6, 10, 22, 10, 10, 10, 9, 9, 8])
    expect = [V("QUOTA_EXCEEDED", "政府部门", [m["name"] for m in top(g2, 5)])]
    e = finish(w, "jiuyuan", [("党群部门", g1), ("政府部门", g2), ("乡镇街道", g3)], expect,
               subjectColumn=dict(letter="C", header="单位名称"), groupsFrom="column B")
    about = ("类别 merged down each group (B3:B11, B12:B25, B26:B33), as offices format it. Silently wrong case 1 of "
             "issue 12: read cell by cell, only the first row of each group has a 类别. Right: three groups of 9, 14 "
             "and 8; 政府部门 has 5 优秀 for 4 places.")
    return wb, dict(about=about, classes=["merged-group-column", "title-row", "silent-wrong-1"],
                    args=["--preset", "jiuyuan"], sheets=[e])


@workbook("02-individuals-name-and-unit")
def individuals(variant=None):
    """姓名 and 单位 both present: 姓名 is the subject (silently wrong case 2)."""
    rng = random.Random(2)
    units = ["区财政局"] * 7 + ["区教育局"] * 6 + ["区民政局"] * 6 + ["区司法局"] * 6
    people = [dict(name=p, group="", unit=u, post=POSTS[i % len(POSTS)], score=s)
              for i, (p, u, s) in enumerate(zip(PEOPLE, units, scores(rng, 25, 75, 96)))]
    type_tiers(people, "civil-servant", 6, last=1)   # floor(25×20%) = 5: one too many
    if variant == "shuffled":
        random.Random(12).shuffle(people)
    wb = Workbook()
    ws = wb.active
    ws.title = "2025年度公务员考核"
    w = SheetWriter(ws, 7)
    w.title("2025年度机关公务员年度考核情况汇总表")
    w.header(["序号", "单位", "姓名", "职务（职级）", "考核得分", "考核等次", "备注"])
    w.members([SEQ, UNIT, NAME, POST, SCORE, TIER, REMARK], people)
    w.widths([6, 14, 10, 16, 10, 10, 12])
    expect = [V("QUOTA_EXCEEDED", "", [m["name"] for m in top(people, 6)])]
    e = finish(w, "civil-servant", [("", people)], expect,
               subjectColumn=dict(letter="C", header="姓名"), groupsFrom="none",
               subjectNames=[p["name"] for p in people])
    about = ("25 civil servants of four bureaus: 单位 in B, 姓名 in C. Silently wrong case 2 of issue 12: 单位 taken as "
             "the subject gives 25 people named 区财政局 etc. Right: 姓名 is the subject; one group of 25 under the "
             "civil-servant preset, 优秀 limit floor(25×20%) = 5, typed 6.")
    return wb, dict(about=about, classes=["individuals", "header-vocabulary", "silent-wrong-2"],
                    args=["--preset", "civil-servant"], sheets=[e])


@workbook("03-average-row-merged")
def average_row(variant=None):
    """A 平均分 row in a merged cell under the table (silently wrong case 3), then 最高分 / 最低分."""
    rng = random.Random(3)
    units = subjects(GOV[:16], "", rng)
    type_tiers(units, "jiuyuan", 5)   # floor(16×30%) = 4: one too many (with the 3 rows as units: 19 → 5, none)
    wb = Workbook()
    ws = wb.active
    ws.title = "考核结果"
    w = SheetWriter(ws, 7)
    w.title("2025年度区直部门绩效考核结果")
    w.header(["序号", "单位名称", "目标任务", "共性指标", "满意度", "总分", "等次"])
    mx = [60, 25, 15]
    w.members([SEQ, NAME, comp(0, mx), comp(1, mx), comp(2, mx), SCORE, TIER], units)
    avg = round(sum(u["score"] for u in units) / len(units), 2)
    for label, value in (("平均分", avg), ("最高分", max(u["score"] for u in units)), ("最低分", min(u["score"] for u in units))):
        r = w.plain([label, None, None, None, None, value], kind="required")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(row=r, column=1).alignment = CENTER
    w.widths([6, 22, 10, 10, 10, 9, 8])
    e = finish(w, "jiuyuan", [("", units)], [V("QUOTA_EXCEEDED", "", [m["name"] for m in top(units, 5)])],
               subjectColumn=dict(letter="B", header="单位名称"), groupsFrom="none")
    about = ("16 units, one group, then 平均分, 最高分, 最低分 rows with the label merged over A:E and the value under 总分. "
             "Silently wrong case 3 of issue 12: the 平均分 row assessed as a unit. Right: the three rows are left out; "
             "5 优秀 for floor(16×30%) = 4 places. Read as units, n = 19 gives 5 places and hides the excess.")
    return wb, dict(about=about, classes=["summary-rows", "merged-summary-label", "silent-wrong-3"],
                    args=["--preset", "jiuyuan"], sheets=[e])


@workbook("04-unit-merged-over-cadres")
def unit_over_cadres(variant=None):
    """单位 merged down over each unit's cadres; 姓名 the subject."""
    rng = random.Random(4)
    plan = [("区发展和改革委员会", 4), ("区教育局", 3), ("区财政局", 4), ("区商务局", 3), ("区审计局", 3), ("区统计局", 3)]
    people = []
    names = iter(PEOPLE)
    for unit, k in plan:
        for _ in range(k):
            people.append(dict(name=next(names), group="", unit=unit))
    for p, s in zip(people, scores(rng, len(people), 78, 95)):
        p["score"] = s
        p["post"] = POSTS[len(p["name"]) % len(POSTS)]
    type_tiers(people, "civil-servant", 4, last=0)   # floor(20×20%) = 4
    wb = Workbook()
    ws = wb.active
    ws.title = "科级干部考核"
    w = SheetWriter(ws, 6)
    w.title("2025年度区直部门科级干部年度考核结果")
    w.header(["序号", "单位", "姓名", "职务", "得分", "等次"])
    w.members([SEQ, UNIT, NAME, POST, SCORE, TIER], people, merge_unit=2)
    w.widths([6, 20, 10, 14, 9, 8])
    e = finish(w, "civil-servant", [("", people)], [], subjectColumn=dict(letter="C", header="姓名"), groupsFrom="none",
               subjectNames=[p["name"] for p in people])
    # By unit (the scheme or the user says 单位 is the group): six groups.
    by_unit = [(u, [p for p in people if p["unit"] == u]) for u, _ in plan]
    with_units = finish(w, "civil-servant", by_unit, [
        V("QUOTA_EXCEEDED", u, [p["name"] for p in ps if p["tier"] == "优秀"])
        for u, ps in by_unit if sum(1 for p in ps if p["tier"] == "优秀") > len(ps) * 20 // 100
    ], subjectColumn=dict(letter="C", header="姓名"), groupsFrom="column B")
    about = ("20 cadres of six units; 单位 merged down over each unit's cadres (B3:B6 …). Right: 姓名 is the subject, one "
             "group of 20, 优秀 4 of 4. With `--columns group=单位` the merged 单位 belongs to every row: six groups "
             "whose 优秀 limits (floor(n×20%) = 0) the typed 优秀 exceed.")
    return wb, dict(about=about, classes=["individuals", "merged-unit-over-cadres", "title-row"],
                    args=["--preset", "civil-servant"], sheets=[e],
                    withOptions=[dict(args=["--preset", "civil-servant", "--columns", "group=单位"], sheets=[with_units],
                                      exit=exit_of([with_units]))])


def label_rows_book(title, labels, groups, scheme, veto_col, sheet, extra_note=None, merge_labels=True,
                    blank_between=False, notes=()):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    headers = ["序号", "单位名称", "工作实绩", "党建工作", "群众评议", "总分"] + (["一票否决"] if veto_col else []) + ["等次"]
    w = SheetWriter(ws, len(headers))
    w.title(title)
    w.header(headers)
    mx = [50, 30, 20]
    cols = [SEQ, NAME, comp(0, mx), comp(1, mx), comp(2, mx), SCORE] + ([VETO] if veto_col else []) + [TIER]
    for k, (label, members) in enumerate(zip(labels, groups)):
        if blank_between and k > 0:
            w.blank()
        if merge_labels:
            w.across(label, kind="optional")
        else:
            w.plain([label], kind="optional")
        w.members(cols, members, 1)
    for n in notes:
        w.across(n)
    w.widths([6, 24, 10, 10, 10, 9] + ([9] if veto_col else []) + [8])
    return wb, w


@workbook("05-group-label-rows")
def group_label_rows(variant=None):
    """Group label rows merged across (一、区直部门（14个）), no 类别 column; a vetoed unit typed 优秀."""
    rng = random.Random(5)
    g1 = subjects(GOV[:14], "区直部门", rng)
    g2 = subjects(TOWNS[:8], "乡镇街道", rng)
    type_tiers(g1, "jiuyuan", 4)
    type_tiers(g2, "jiuyuan", 2)
    vetoed = top(g1, 2)[1]
    vetoed["veto"] = True                      # typed 优秀 (rank 2): above its cap 一般
    notes = ()
    if variant == "blank-and-notes":
        notes = ("注：1.总分=工作实绩×50%+党建工作×30%+群众评议×20%；2.被一票否决的单位等次不得高于一般。",
                 "填表人：王芳        审核人：李娜        填报日期：2026年1月10日")
    wb, w = label_rows_book("2025年度区直部门和乡镇街道综合考核结果", ["一、区直部门（14个）", "二、乡镇街道（8个）"],
                            [g1, g2], "jiuyuan", True, "综合考核", blank_between=variant == "blank-and-notes", notes=notes)
    e = finish(w, "jiuyuan", [("区直部门", g1), ("乡镇街道", g2)],
               [V("TIER_ABOVE_CAP", "区直部门", [vetoed["name"]])],
               subjectColumn=dict(letter="B", header="单位名称"), groupsFrom="label rows")
    about = ("No 类别 column: rows 3 and 18 are group labels merged across (一、区直部门（14个）, 二、乡镇街道（8个）) that set "
             "the group of the rows below. 区直部门: 4 优秀 of 4; " + vetoed["name"] + " (一票否决 是) typed 优秀 above its cap 一般.")
    return wb, dict(about=about, classes=["group-label-rows", "title-row", "veto"], args=["--preset", "jiuyuan"], sheets=[e])


@workbook("06-label-count-wrong")
def label_count_wrong(variant=None):
    """（一）党群部门（10个） over 9 rows: a warning; the groups are the rows."""
    rng = random.Random(6)
    g1 = subjects(PARTY[:9], "党群部门", rng)
    g2 = subjects(GOV[:13], "政府部门", rng)
    type_tiers(g1, "jiuyuan", 2)
    type_tiers(g2, "jiuyuan", 3)
    wb, w = label_rows_book("2025年度机关部门绩效考核得分及等次", ["（一）党群部门（10个）", "（二）政府部门（13个）"],
                            [g1, g2], "jiuyuan", False, "绩效考核")
    e = finish(w, "jiuyuan", [("党群部门", g1), ("政府部门", g2)], [],
               subjectColumn=dict(letter="B", header="单位名称"), groupsFrom="label rows",
               warnings=[dict(mentions=["党群部门", "10", "9"])])
    about = ("Label rows （一）党群部门（10个） and （二）政府部门（13个）; the first group has only 9 rows. Right: groups of 9 and 13 "
             "as the rows say, and a warning naming the label, 10 and 9. No quota problem (2 of 2, 3 of 3).")
    return wb, dict(about=about, classes=["group-label-rows", "label-count-wrong"], args=["--preset", "jiuyuan"], sheets=[e])


@workbook("07-label-colon-unmerged")
def label_colon(variant=None):
    """区直单位： and 乡镇（街道）： in column A, not merged, the rest of the row blank."""
    rng = random.Random(7)
    g1 = subjects(GOV[2:14], "区直单位", rng)
    g2 = subjects(TOWNS[:10], "乡镇（街道）", rng)
    type_tiers(g1, "jiuyuan", 3)      # 12 → 3
    type_tiers(g2, "jiuyuan", 4)      # 10 → 3: one too many
    wb, w = label_rows_book("2025年度考核结果汇总", ["区直单位：", "乡镇（街道）："], [g1, g2], "jiuyuan", False, "汇总",
                            merge_labels=False)
    e = finish(w, "jiuyuan", [("区直单位", g1), ("乡镇（街道）", g2)],
               [V("QUOTA_EXCEEDED", "乡镇（街道）", [m["name"] for m in top(g2, 4)])],
               subjectColumn=dict(letter="B", header="单位名称"), groupsFrom="label rows")
    about = ("Group labels typed in column A only (区直单位：, 乡镇（街道）：), not merged. Right: groups of 12 and 10; 乡镇（街道） "
             "has 4 优秀 for floor(10×30%) = 3.")
    return wb, dict(about=about, classes=["group-label-rows", "label-colon"], args=["--preset", "jiuyuan"], sheets=[e])


def two_row_header(ws_title, rng, merge_category=False, three_rows=False):
    g1 = subjects(PARTY[:10], "党群部门", rng)
    g2 = subjects(GOV[:15], "政府部门", rng)
    type_tiers(g1, "jiuyuan", 3)   # 10 → 3
    type_tiers(g2, "jiuyuan", 4)   # 15 → 4
    wb = Workbook()
    ws = wb.active
    ws.title = ws_title
    w = SheetWriter(ws, 11)
    w.title("2025年度区直部门目标责任考核得分汇总表")
    top_row = w.header(["序号", "类别", "单位名称", "党建工作(30分)", None, "经济发展(50分)", None, None, "群众满意度(20分)", "总分", "等次"])
    sub = w.header([None, None, None, "基层组织", "党风廉政", "招商引资", "项目建设", "财政收入", None, None, None])
    last_header = sub
    if three_rows:
        last_header = w.header([None, None, None, "(分)", "(分)", "(分)", "(分)", "(分)", "(分)", "(分)", None])
    for c in (1, 2, 3, 9, 10, 11):
        if c == 9 and three_rows:
            ws.merge_cells(start_row=top_row, start_column=c, end_row=sub, end_column=c)
        elif c in (10, 11) and three_rows:
            ws.merge_cells(start_row=top_row, start_column=c, end_row=sub if c == 10 else last_header, end_column=c)
        else:
            ws.merge_cells(start_row=top_row, start_column=c, end_row=last_header, end_column=c)
    ws.merge_cells(start_row=top_row, start_column=4, end_row=top_row, end_column=5)
    ws.merge_cells(start_row=top_row, start_column=6, end_row=top_row, end_column=8)
    mx = [15, 15, 20, 15, 15, 20]
    cols = [SEQ, GROUP, NAME] + [comp(i, mx) for i in range(6)] + [SCORE, TIER]
    seq = 1
    for g in (g1, g2):
        seq = w.members(cols, g, seq, merge_group=2 if merge_category else False)
    w.widths([6, 10, 22, 9, 9, 9, 9, 9, 10, 9, 8])
    return wb, w, g1, g2


@workbook("08-two-row-header")
def two_rows(variant=None):
    """Two header rows: 党建工作(30分) over 基层组织/党风廉政; single headers merged down both rows."""
    wb, w, g1, g2 = two_row_header("目标考核", random.Random(8), merge_category=variant == "merged-category")
    e = finish(w, "jiuyuan", [("党群部门", g1), ("政府部门", g2)], [],
               subjectColumn=dict(letter="C", header="单位名称"), groupsFrom="column B")
    about = ("Header in rows 2–3: 党建工作(30分) merged over 基层组织 and 党风廉政, 经济发展(50分) over three columns; 序号, 类别, "
             "单位名称, 群众满意度(20分), 总分, 等次 merged down both rows. 类别 repeated on every row. Right: 10 党群部门 and 15 "
             "政府部门, 3 and 4 优秀 for 3 and 4 places, no violation.")
    return wb, dict(about=about, classes=["multi-row-header", "merged-parent-header", "title-row"],
                    args=["--preset", "jiuyuan"], sheets=[e])


@workbook("09-three-row-header-units")
def three_rows(variant=None):
    """Three header rows: parents, children and a "(分)" units row."""
    wb, w, g1, g2 = two_row_header("目标考核", random.Random(9), three_rows=True)
    e = finish(w, "jiuyuan", [("党群部门", g1), ("政府部门", g2)], [],
               subjectColumn=dict(letter="C", header="单位名称"), groupsFrom="column B")
    about = ("Header in rows 2–4: parents (党建工作(30分) …), children (基层组织 …) and a units row \"(分)\" under every score "
             "column; 总分 merged over rows 2–3 with \"(分)\" below it. Right: data from row 5, groups of 10 and 15, no "
             "violation.")
    return wb, dict(about=about, classes=["multi-row-header", "units-row", "merged-parent-header"],
                    args=["--preset", "jiuyuan"], sheets=[e])


def vocab_book(name_header, score_header, tier_header, scheme, rng, kind="units", sheet="考核结果", group_header="类别",
               title=None, seq_header="序号", extra=None):
    """A plain table with the given header texts: two groups (units, counties or towns)."""
    if kind == "counties":
        g1 = subjects(MOUNTAIN[:12], "山区县", rng)
        g2 = subjects(PLAIN[:15], "非山区县", rng)
    elif kind == "towns":
        g1 = subjects(TOWNS[:6], "乡镇", rng)
        g2 = subjects(TOWNS[6:12], "街道", rng)
    else:
        g1 = subjects(PARTY[:10], "党群部门", rng)
        g2 = subjects(GOV[:12], "政府部门", rng)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    headers = [seq_header, group_header, name_header, score_header, tier_header]
    w = SheetWriter(ws, len(headers))
    w.title(title or "2025年度考核结果")
    w.header(headers)
    seq = 1
    for g in (g1, g2):
        seq = w.members([SEQ, GROUP, NAME, SCORE, TIER], g, seq)
    w.widths([6, 10, 22, 12, 12])
    return wb, w, g1, g2


def vocab_case(name, number, headers, scheme, kind, title, tiers1, tiers2, expect_fn, about, mutate=None):
    @workbook(name)
    def make(variant=None):
        rng = random.Random(number)
        wb, w, g1, g2 = vocab_book(*headers, scheme, rng, kind=kind, title=title)
        # vocab_book wrote the rows before the tiers were typed: type them now and fill the tier column (E).
        for g, (first, last) in ((g1, tiers1), (g2, tiers2)):
            type_tiers(g, scheme, first, last=last)
        for m, r in w.placed:
            w.ws.cell(row=r, column=5, value=m["tier"])
        if mutate:
            mutate(w, g1, g2)
        expect = expect_fn(g1, g2)
        e = finish(w, scheme, [(g1[0]["group"], g1), (g2[0]["group"], g2)], expect,
                   subjectColumn=dict(letter="C", header=headers[0]), groupsFrom="column B")
        return wb, dict(about=about, classes=["header-vocabulary"], args=["--preset", scheme], sheets=[e])
    return make


def bottom_missing(g):
    ranked = sorted(g, key=lambda m: -m["score"])
    k = len(g) * 10 // 100
    return [m["name"] for m in ranked[len(g) - k:]]


def zj_skip_bottom(w, g1, g2):
    """非山区县: the last one typed 第二等次 instead of 第三等次."""
    last = min(g2, key=lambda m: m["score"])
    last["tier"] = "第二等次"
    r = next(r for m, r in w.placed if m is last)
    w.ws.cell(row=r, column=5, value="第二等次")


vocab_case("10-vocab-county-fullwidth", 10, ("县（市、区）", "综合得分", "考核等次"), "zhejiang", "counties",
           "2025年度县（市、区）综合考核结果", (4, 1), (5, 1),
           lambda g1, g2: [V("FORCED_BOTTOM_MISSING", "非山区县", bottom_missing(g2))],
           "Subject header 县（市、区） with full-width brackets, score 综合得分, tier 考核等次; zhejiang preset. 12 山区县 (bottom "
           "floor(12×10%) = 1 第三等次, as typed) and 15 非山区县 whose last county is typed 第二等次: FORCED_BOTTOM_MISSING.",
           mutate=zj_skip_bottom)
vocab_case("11-vocab-county-halfwidth", 11, ("县(市、区)", "最终得分", "评定等次"), "zhejiang", "counties",
           "2025年度县(市、区)综合考核结果", (3, 1), (4, 1), lambda g1, g2: [],
           "Subject header 县(市、区) with half-width brackets, score 最终得分, tier 评定等次; zhejiang preset; the bottom 10% "
           "of each group typed 第三等次: no violation.")
vocab_case("12-vocab-township", 12, ("乡镇（街道）", "考核得分", "拟定等次"), "jiuyuan", "towns",
           "2025年度乡镇（街道）年度考核拟定等次", (2, 1), (1, 1),
           lambda g1, g2: [V("QUOTA_EXCEEDED", "乡镇", [m["name"] for m in top(g1, 2)])],
           "Subject header 乡镇（街道）, score 考核得分, tier 拟定等次 (a proposed tier). 6 乡镇 and 6 街道: 1 place each "
           "(floor(6×30%) = 1); 乡镇 has 2 typed 优秀: QUOTA_EXCEEDED.")
vocab_case("13-vocab-unit-dept", 13, ("单位（部门）", "合计得分", "考核结果"), "jiuyuan", "units",
           "2025年度部门考核结果", (3, 1), (3, 1), lambda g1, g2: [],
           "Subject header 单位（部门）, score 合计得分, tier 考核结果. 10 党群部门 and 12 政府部门, 3 of 3 优秀 each.")
vocab_case("14-vocab-dept-name-linebreaks", 14, ("部门\n名称", "考核\n得分", "等　级"), "jiuyuan", "units",
           "2025年度部门考核结果", (3, 1), (4, 1),
           lambda g1, g2: [V("QUOTA_EXCEEDED", "政府部门", [m["name"] for m in top(g2, 4)])],
           "Headers typed with Alt+Enter line breaks (部门⏎名称, 考核⏎得分) and a full-width space (等　级). 政府部门: 4 优秀 "
           "for floor(12×30%) = 3.")
vocab_case("15-vocab-assessed-unit", 15, ("被考核单位", "总分", "等次"), "jiuyuan", "units",
           "2025年度被考核单位得分情况", (3, 1), (3, 2), lambda g1, g2: [],
           "Subject header 被考核单位 with 总分 and 等次: groups of 10 and 12, no violation.")
vocab_case("16-vocab-assessment-object", 16, ("考核对象", "考核得分", "等级"), "jiuyuan", "units",
           "2025年度考核对象等级评定表", (2, 1), (3, 1), lambda g1, g2: [],
           "Subject header 考核对象, score 考核得分, tier 等级 (a four-level 等级 with the 优秀 … 较差 labels).")


@workbook("17-subtotal-total-rows")
def subtotal_rows(variant=None):
    """小计 after each group and 总计 at the end (in the name column), 类别 column repeated."""
    rng = random.Random(17)
    g1 = subjects(PARTY[:8], "党群部门", rng)
    g2 = subjects(GOV[:12], "政府部门", rng)
    type_tiers(g1, "jiuyuan", 2)
    type_tiers(g2, "jiuyuan", 3)
    wb = Workbook()
    ws = wb.active
    ws.title = "得分汇总"
    w = SheetWriter(ws, 6)
    w.title("2025年度区直部门考核得分汇总")
    w.header(["序号", "类别", "单位名称", "考核得分", "排名", "等次"])
    seq = 1
    for g in (g1, g2):
        ranked = sorted(g, key=lambda m: -m["score"])
        seq = w.members([SEQ, GROUP, NAME, SCORE, lambda m, s, rk=ranked: rk.index(m) + 1, TIER], g, seq)
        w.plain([None, g[0]["group"], "小计", round(sum(m["score"] for m in g), 2)])
    w.plain([None, None, "总计", round(sum(m["score"] for m in g1 + g2), 2)])
    w.widths([6, 10, 22, 10, 6, 8])
    e = finish(w, "jiuyuan", [("党群部门", g1), ("政府部门", g2)], [],
               subjectColumn=dict(letter="C", header="单位名称"), groupsFrom="column B")
    about = ("A 小计 row after each group (with the group's 类别 and the sum of its scores) and a 总计 row at the end, all "
             "typed in the name column; a 排名 column within each group. Right: the three rows left out, groups of 8 and 12, "
             "2 and 3 优秀 for 2 and 3 places.")
    return wb, dict(about=about, classes=["summary-rows", "rank-column", "serial-column"], args=["--preset", "jiuyuan"],
                    sheets=[e])


@workbook("18-footers-blank-rows")
def footers(variant=None):
    """Blank separator rows between groups; 注：/说明：/填表人 … 审核人 footers."""
    rng = random.Random(18)
    g1 = subjects(GOV[:13], "政府部门", rng)
    g2 = subjects(TOWNS[:9], "乡镇街道", rng)
    type_tiers(g1, "jiuyuan", 3)
    type_tiers(g2, "jiuyuan", 2)
    if variant == "shuffled":
        random.Random(28).shuffle(g1)
        random.Random(29).shuffle(g2)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    w = SheetWriter(ws, 5)
    w.title("2025年度综合考核结果公示")
    w.header(["序号", "类别", "单位", "得分", "等次"])
    w.members([SEQ, GROUP, NAME, SCORE, TIER], g1, 1)
    w.blank()
    w.members([SEQ, GROUP, NAME, SCORE, TIER], g2, 14)
    w.blank()
    w.plain(["注：得分保留两位小数，等次按各类别分别评定。"])
    w.plain(["说明：优秀等次比例不超过30%。"])
    w.plain(["填表人：王芳", None, "审核人：李娜", None, "2026年1月15日"])
    w.widths([6, 10, 20, 10, 8])
    e = finish(w, "jiuyuan", [("政府部门", g1), ("乡镇街道", g2)], [],
               subjectColumn=dict(letter="C", header="单位"), groupsFrom="column B")
    about = ("Blank rows between the groups and after the table, then 注：…, 说明：… and a 填表人：王芳 审核人：李娜 line spread "
             "over three cells. Right: those rows left out; groups of 13 and 9, no violation.")
    return wb, dict(about=about, classes=["footnotes", "blank-rows", "signature-line"], args=["--preset", "jiuyuan"],
                    sheets=[e])


@workbook("19-header-repeated-for-printing")
def repeated_header(variant=None):
    """The header repeated mid-table (a page break typed by hand)."""
    rng = random.Random(19)
    g1 = subjects(GOV[:26], "区直部门", rng)
    g2 = subjects(TOWNS[:10], "乡镇街道", rng)
    type_tiers(g1, "jiuyuan", 7)     # floor(26×30%) = 7
    type_tiers(g2, "jiuyuan", 3)     # 3
    wb = Workbook()
    ws = wb.active
    ws.title = "考核结果"
    w = SheetWriter(ws, 6)
    w.title("2025年度区直部门和乡镇街道考核结果")
    hdr = ["序号", "类别", "单位名称", "总分", "一票否决", "等次"]
    w.header(hdr)
    cols = [SEQ, GROUP, NAME, SCORE, VETO, TIER]
    w.members(cols, g1[:20], 1)
    w.plain(hdr)                                   # page 2 starts with the header again
    w.members(cols, g1[20:], 21)
    w.members(cols, g2, 27)
    w.widths([6, 10, 22, 9, 9, 8])
    e = finish(w, "jiuyuan", [("区直部门", g1), ("乡镇街道", g2)], [],
               subjectColumn=dict(letter="C", header="单位名称"), groupsFrom="column B")
    about = ("36 rows with the header row typed again after row 22 (where the printed page breaks). Right: the repeated "
             "header left out, not a subject or a second table; groups of 26 and 10, 7 and 3 优秀 for 7 and 3 places.")
    return wb, dict(about=about, classes=["repeated-header"], args=["--preset", "jiuyuan"], sheets=[e])


@workbook("20-nonparticipants-in-tier")
def nonparticipants_tier(variant=None):
    """不参加考核 / 不确定等次 / 新组建 typed in the tier column with a blank score."""
    rng = random.Random(20)
    g1 = subjects(GOV[:15], "政府部门", rng)
    g2 = subjects(TOWNS[:8], "乡镇街道", rng)
    g1[6]["pending"] = "不参加考核"
    g1[11]["pending"] = "新组建"
    g2[3]["pending"] = "不确定等次"
    for m in (g1[6], g1[11], g2[3]):
        m["pendingTier"] = m["pending"]
    type_tiers(g1, "jiuyuan", 4)     # n = 13 → 3: one too many
    type_tiers(g2, "jiuyuan", 2)     # n = 7 → 2
    if variant == "shuffled":
        random.Random(40).shuffle(g1)
        random.Random(41).shuffle(g2)
    wb = Workbook()
    ws = wb.active
    ws.title = "年度考核"
    w = SheetWriter(ws, 6)
    w.title("2025年度综合考核结果")
    w.header(["序号", "类别", "单位名称", "总分", "等次", "备注"])
    w.members([SEQ, GROUP, NAME, SCORE, TIER, REMARK], g1 + g2)
    w.widths([6, 10, 22, 9, 12, 16])
    e = finish(w, "jiuyuan", [("政府部门", g1), ("乡镇街道", g2)],
               [V("QUOTA_EXCEEDED", "政府部门", [m["name"] for m in top(g1, 4)])],
               subjectColumn=dict(letter="C", header="单位名称"), groupsFrom="column B")
    about = ("Three units take no tier, with a blank 总分: 不参加考核 and 新组建 (政府部门) and 不确定等次 (乡镇街道) typed in the "
             "等次 column. Right: pending, not in n (13 and 7), no MISSING_VALUE for their blank score; 政府部门 has 4 优秀 for "
             "floor(13×30%) = 3 (with 15 it would have been 4).")
    return wb, dict(about=about, classes=["non-participants"], args=["--preset", "jiuyuan"], sheets=[e])


@workbook("21-nonparticipants-in-remarks")
def nonparticipants_remarks(variant=None):
    """新任职 / 免考 / 不参加考核 in a 备注 column; score and tier blank (individuals)."""
    rng = random.Random(21)
    people = [dict(name=p, group="", unit=("区教育局" if i < 11 else "区卫生健康委员会"), post=POSTS[i % 6], score=s)
              for i, (p, s) in enumerate(zip(PEOPLE[:22], scores(rng, 22, 76, 95)))]
    for i, why in ((4, "新任职"), (9, "免考（病假）"), (16, "不参加考核（借调）")):
        people[i]["pending"] = why
        people[i]["pendingIn"] = "remark"
    type_tiers(people, "civil-servant", 3, last=0)   # n = 19 → 3
    wb = Workbook()
    ws = wb.active
    ws.title = "年度考核"
    w = SheetWriter(ws, 7)
    w.title("2025年度事业单位工作人员年度考核登记表")
    w.header(["序号", "姓名", "单位", "岗位", "考核得分", "考核等次", "备注"])
    w.members([SEQ, NAME, UNIT, POST, SCORE, TIER, REMARK], people)
    w.widths([6, 10, 18, 14, 10, 10, 18])
    e = finish(w, "civil-servant", [("", people)], [], subjectColumn=dict(letter="B", header="姓名"), groupsFrom="none")
    about = ("22 people; three have a blank score and tier with 新任职, 免考（病假） or 不参加考核（借调） in 备注. Right: pending, "
             "n = 19, 优秀 3 of floor(19×20%) = 3, no MISSING_VALUE.")
    return wb, dict(about=about, classes=["non-participants", "remarks-column", "individuals"],
                    args=["--preset", "civil-servant"], sheets=[e])


@workbook("22-instructions-sheet-first")
def instructions_first(variant=None):
    """A 填报说明 sheet first, with a small example table; the assessment on the second sheet."""
    rng = random.Random(22)
    g1 = subjects(GOV[:14], "政府部门", rng)
    g2 = subjects(TOWNS[:8], "乡镇街道", rng)
    type_tiers(g1, "jiuyuan", 5)     # 14 → 4: one too many
    type_tiers(g2, "jiuyuan", 2)
    wb = Workbook()
    ins = wb.active
    ins.title = "填报说明"
    ins["A1"] = "填报说明"
    ins["A2"] = "1. 请在“考核结果”工作表中逐项填写，不得增删列。"
    ins["A3"] = "2. 等次按类别分别评定，优秀等次不超过本类别单位数的30%。"
    ins["A5"] = "填报示例："
    for r, row in enumerate([["单位名称", "总分", "等次"], ["区XX局", 92.5, "优秀"], ["XX镇", 85.0, "良好"]], start=6):
        for c, v in enumerate(row, start=1):
            ins.cell(row=r, column=c, value=v)
    ws = wb.create_sheet("考核结果")
    w = SheetWriter(ws, 5)
    w.title("2025年度综合考核结果")
    w.header(["序号", "类别", "单位名称", "总分", "等次"])
    w.members([SEQ, GROUP, NAME, SCORE, TIER], g1 + g2)
    w.widths([6, 10, 22, 9, 8])
    e = finish(w, "jiuyuan", [("政府部门", g1), ("乡镇街道", g2)],
               [V("QUOTA_EXCEEDED", "政府部门", [m["name"] for m in top(g1, 5)])],
               subjectColumn=dict(letter="C", header="单位名称"), groupsFrom="column B")
    about = ("Sheet 填报说明 comes first and holds a 3-row example table (单位名称 | 总分 | 等次: 区XX局 92.5 优秀, XX镇 85 良好). "
             "Right: the assessment is sheet 考核结果 (22 units), never the instructions; 政府部门 5 优秀 for 4 places.")
    return wb, dict(about=about, classes=["instructions-sheet", "which-sheet"], args=["--preset", "jiuyuan"], sheets=[e])


@workbook("23-two-assessment-sheets")
def two_sheets(variant=None):
    """区直单位 and 乡镇 on two sheets (not periods): each checked and reported."""
    rng = random.Random(23)
    g1 = subjects(GOV[:20], "", rng)
    g2 = subjects(TOWNS[:11], "", rng)
    type_tiers(g1, "jiuyuan", 7)      # 20 → 6: one too many
    type_tiers(g2, "jiuyuan", 3)      # 11 → 3
    wb = Workbook()
    sheets = []
    for k, (title, g, expect) in enumerate((
            ("区直单位", g1, [V("QUOTA_EXCEEDED", "", [m["name"] for m in top(g1, 7)])]),
            ("乡镇", g2, []))):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = title
        w = SheetWriter(ws, 4)
        w.title(f"2025年度{title}考核结果")
        w.header(["序号", "单位名称", "总分", "等次"])
        w.members([SEQ, NAME, SCORE, TIER], g)
        w.widths([6, 22, 9, 8])
        sheets.append(finish(w, "jiuyuan", [("", g)], expect, subjectColumn=dict(letter="B", header="单位名称"),
                             groupsFrom="none"))
    about = ("Two assessment sheets that are not periods: 区直单位 (20 units, 7 优秀 for 6 places) and 乡镇 (11, 3 of 3). "
             "Right: each sheet checked and reported on its own; the first alone is not the whole answer.")
    return wb, dict(about=about, classes=["several-sheets", "which-sheet"], args=["--preset", "jiuyuan"], sheets=sheets)


@workbook("24-excel-table-totals-row")
def excel_table(variant=None):
    """An Excel table (ListObject) with a totals row labelled 汇总 (not a summary word)."""
    rng = random.Random(24)
    g1 = subjects(PARTY[:9], "党群部门", rng)
    g2 = subjects(GOV[:13], "政府部门", rng)
    type_tiers(g1, "jiuyuan", 2)
    type_tiers(g2, "jiuyuan", 4)     # 13 → 3: one too many
    wb = Workbook()
    ws = wb.active
    ws.title = "考核表"
    w = SheetWriter(ws, 5)
    hdr = ["序号", "类别", "单位名称", "总分", "等次"]
    w.header(hdr)
    w.members([SEQ, GROUP, NAME, SCORE, TIER], g1 + g2)
    avg = round(sum(m["score"] for m in g1 + g2) / 22, 2)
    totals = w.plain([None, None, "汇总", avg, None])
    t = Table(displayName="考核结果表", ref=f"A1:E{totals}", totalsRowCount=1)
    t.tableColumns = [TableColumn(id=i + 1, name=h) for i, h in enumerate(hdr)]
    t.tableColumns[2].totalsRowLabel = "汇总"
    t.tableColumns[3].totalsRowFunction = "average"
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    w.widths([6, 10, 22, 9, 8])
    e = finish(w, "jiuyuan", [("党群部门", g1), ("政府部门", g2)],
               [V("QUOTA_EXCEEDED", "政府部门", [m["name"] for m in top(g2, 4)])],
               subjectColumn=dict(letter="C", header="单位名称"), groupsFrom="column B")
    about = ("An Excel table 考核结果表 (A1:E24) with a totals row: 汇总 under 单位名称 and the average under 总分. 汇总 is no "
             "summary word: only the table's totals row says it is not a unit. Right: row 24 left out; 政府部门 4 优秀 for 3.")
    return wb, dict(about=about, classes=["excel-table", "totals-row"], args=["--preset", "jiuyuan"], sheets=[e])


@workbook("25-hidden-rows")
def hidden_rows(variant=None):
    """Two subject rows hidden (as a filter or a tidy-up leaves them): still subjects."""
    rng = random.Random(25)
    g = subjects(GOV[:20], "", rng)
    type_tiers(g, "jiuyuan", 7)       # 20 → 6: one too many, the extra one hidden
    wb = Workbook()
    ws = wb.active
    ws.title = "考核结果"
    w = SheetWriter(ws, 4)
    w.title("2025年度区直部门考核结果")
    w.header(["序号", "单位名称", "总分", "等次"])
    w.members([SEQ, NAME, SCORE, TIER], g)
    hidden = [r for m, r in w.placed if m is top(g, 7)[6] or m is top(g, 20)[19]]
    for r in hidden:
        ws.row_dimensions[r].hidden = True
    w.widths([6, 22, 9, 8])
    e = finish(w, "jiuyuan", [("", g)], [V("QUOTA_EXCEEDED", "", [m["name"] for m in top(g, 7)])],
               subjectColumn=dict(letter="B", header="单位名称"), groupsFrom="none")
    about = (f"20 units; rows {hidden[0]} and {hidden[1]} are hidden (one of them typed 优秀). Hiding a row does not take a "
             "unit out of the assessment (Excel's SUM counts it too): right is n = 20 and 7 优秀 for 6 places. A reading "
             "that drops hidden rows would say 6 of 5 (n = 19 → 5) or, worse, hide the excess.")
    return wb, dict(about=about, classes=["hidden-rows"], args=["--preset", "jiuyuan"], sheets=[e])


@workbook("26-serial-and-rank-columns")
def serial_rank(variant=None):
    """序号 and 排名 columns (numbers) beside 总分; 排名 must not be a score."""
    rng = random.Random(26)
    g = subjects(GOV[:18], "", rng)
    type_tiers(g, "jiuyuan", 5)       # 18 → 5
    ranked = sorted(g, key=lambda m: -m["score"])
    wb = Workbook()
    ws = wb.active
    ws.title = "排名表"
    adj = lambda m, s: round(((s * 7) % 5 - 2) * 0.5, 1)
    columns = [("序号", SEQ), ("单位名称", NAME), ("工作得分", lambda m, s: round(m["score"] - adj(m, s), 2)),
               ("加减分", adj), ("总分", SCORE), ("排名", lambda m, s: ranked.index(m) + 1), ("等次", TIER)]
    if variant == "columns-reordered":
        order = ["单位名称", "等次", "排名", "总分", "序号", "加减分", "工作得分"]
        columns = sorted(columns, key=lambda c: order.index(c[0]))
    letter = get_column_letter([h for h, _ in columns].index("单位名称") + 1)
    w = SheetWriter(ws, len(columns))
    w.title("2025年度区直部门考核得分及排名")
    w.header([h for h, _ in columns])
    w.members([f for _, f in columns], g)
    w.widths([12 if h != "单位名称" else 22 for h, _ in columns])
    e = finish(w, "jiuyuan", [("", g)], [], subjectColumn=dict(letter=letter, header="单位名称"), groupsFrom="none",
               warnings=[dict(mentions=["总分", "工作得分"])])
    about = ("18 units with 序号, 单位名称, 工作得分, 加减分, 总分, 排名 and 等次. Right: 总分 is the score (not 排名, not 工作得分), "
             "stated as an assumption that names the alternative 工作得分 (a total beside a section score); 5 优秀 for 5 "
             "places.")
    return wb, dict(about=about, classes=["serial-column", "rank-column", "layout-assumption"],
                    args=["--preset", "jiuyuan"], sheets=[e])


@workbook("27-ambiguous-two-scores")
def ambiguous(variant=None):
    """初评得分 and 复核得分, no 总分: the reading cannot choose → exit 2 naming both and --columns."""
    rng = random.Random(27)
    g = subjects(GOV[:16], "", rng)
    type_tiers(g, "jiuyuan", 5)       # by 复核得分: 16 → 4, one too many
    wb = Workbook()
    ws = wb.active
    ws.title = "考核得分"
    w = SheetWriter(ws, 5)
    w.title("2025年度区直部门考核得分（初评、复核）")
    w.header(["序号", "单位名称", "初评得分", "复核得分", "等次"])
    first = scores(random.Random(127), 16, 70, 97)
    w.members([SEQ, NAME, lambda m, s: first[s - 1], SCORE, TIER], g)
    w.widths([6, 22, 10, 10, 8])
    e = finish(w, "jiuyuan", [("", g)], [V("QUOTA_EXCEEDED", "", [m["name"] for m in top(g, 5)])],
               subjectColumn=dict(letter="B", header="单位名称"), groupsFrom="none")
    about = ("Two score-like columns, 初评得分 (C) and 复核得分 (D), and no 总分. Which one the tiers rest on is the office's "
             "decision: right is exit 2 naming both columns and the --columns option. With `--columns score=复核得分` "
             "(or score=D): 16 units, 5 优秀 for 4 places.")
    with_opt = dict(args=["--preset", "jiuyuan", "--columns", "score=复核得分"], sheets=[e], exit=1)
    with_letter = dict(args=["--preset", "jiuyuan", "--columns", "score=D"], sheets=[e], exit=1)
    return wb, dict(about=about, classes=["ambiguous", "exit-2"], args=["--preset", "jiuyuan"], exit=2,
                    mentions=["初评得分", "复核得分", "--columns"], withOptions=[with_opt, with_letter])


@workbook("28-prenumbered-empty-rows")
def prenumbered(variant=None):
    """A template with 序号 typed down to 25 and only 18 rows filled (no name, no score below)."""
    rng = random.Random(31)
    g = subjects(GOV[:18], "", rng)
    type_tiers(g, "jiuyuan", 5)       # 18 → 5
    wb = Workbook()
    ws = wb.active
    ws.title = "考核结果"
    w = SheetWriter(ws, 4)
    w.title("2025年度区直部门考核结果")
    w.header(["序号", "单位名称", "总分", "等次"])
    w.members([SEQ, NAME, SCORE, TIER], g)
    for s in range(19, 26):
        w.plain([s], kind="optional")
    w.widths([6, 22, 9, 8])
    e = finish(w, "jiuyuan", [("", g)], [], subjectColumn=dict(letter="B", header="单位名称"), groupsFrom="none")
    about = ("A template whose 序号 runs to 25 with only 18 units filled: rows 21–27 hold just a number. Issue 12 saw an "
             "internal error (Cannot access 'rowIndex' before initialization) for rows with no name and a blank score. "
             "Right: those rows are not subjects; 18 units, 5 优秀 of 5, exit 0.")
    return wb, dict(about=about, classes=["never-internal-error", "serial-column", "blank-rows"],
                    args=["--preset", "jiuyuan"], sheets=[e])


@workbook("29-average-in-group-label-table")
def average_in_groups(variant=None):
    """Label rows, a merged 平均分 row after each group, and a 合计 row: everything together."""
    rng = random.Random(29)
    g1 = subjects(GOV[:12], "区直部门", rng)
    g2 = subjects(TOWNS[:10], "乡镇街道", rng)
    type_tiers(g1, "jiuyuan", 3)
    type_tiers(g2, "jiuyuan", 3)
    wb = Workbook()
    ws = wb.active
    ws.title = "考核"
    w = SheetWriter(ws, 5)
    w.title("2025年度目标管理考核结果")
    w.header(["序号", "单位名称", "考核得分", "一票否决", "考核等次"])
    for label, g in (("一、区直部门（12个）", g1), ("二、乡镇街道（10个）", g2)):
        w.across(label, kind="optional")
        w.members([SEQ, NAME, SCORE, VETO, TIER], g, 1)
        r = w.plain(["平均分", None, round(sum(m["score"] for m in g) / len(g), 2)])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    w.plain(["合计", None, round(sum(m["score"] for m in g1 + g2), 2)])
    ws.merge_cells(start_row=w.r, start_column=1, end_row=w.r, end_column=2)
    w.widths([6, 22, 10, 9, 10])
    e = finish(w, "jiuyuan", [("区直部门", g1), ("乡镇街道", g2)], [],
               subjectColumn=dict(letter="B", header="单位名称"), groupsFrom="label rows")
    about = ("Label rows 一、区直部门（12个） and 二、乡镇街道（10个）, each group closed by a 平均分 row merged over A:B, and a 合计 row "
             "merged over A:B at the end. Right: groups of 12 and 10, the 平均分 and 合计 rows left out, no violation.")
    return wb, dict(about=about, classes=["group-label-rows", "summary-rows", "merged-summary-label"],
                    args=["--preset", "jiuyuan"], sheets=[e])


@workbook("30-vetoed-and-inversion")
def veto_inversion(variant=None):
    """A vetoed unit typed 一般 (right), and a hand-typed inversion (a lower score typed better)."""
    rng = random.Random(30)
    g = subjects(GOV[:20], "区直部门", rng)
    type_tiers(g, "jiuyuan", 6)       # 20 → 6
    ranked = top(g, 20)
    ranked[0]["veto"] = True
    ranked[0]["tier"] = "一般"         # the best score, vetoed: 一般 is its cap — right
    a, b = ranked[13], ranked[14]     # a (better score) typed 一般, b (lower) typed 良好: an inversion
    a["tier"], b["tier"] = "一般", "良好"
    towns = subjects(TOWNS[:8], "乡镇街道", rng)
    type_tiers(towns, "jiuyuan", 2)
    wb = Workbook()
    ws = wb.active
    ws.title = "考核结果"
    w = SheetWriter(ws, 6)
    w.title("2025年度考核结果")
    w.header(["序号", "类别", "单位名称", "总分", "一票否决", "等次"])
    w.members([SEQ, GROUP, NAME, SCORE, VETO, TIER], g + towns, merge_group=2)
    w.widths([6, 10, 22, 9, 9, 8])
    expect = [V("ORDER_INVERSION", "区直部门", [b["name"], a["name"]])]
    e = finish(w, "jiuyuan", [("区直部门", g), ("乡镇街道", towns)], expect,
               subjectColumn=dict(letter="C", header="单位名称"), groupsFrom="column B")
    about = (f"类别 merged. 区直部门: the best score ({ranked[0]['name']}) is vetoed and typed 一般 — its cap, no problem; "
             f"{b['name']} (rank 15) is typed 良好 below {a['name']} (rank 14) typed 一般: ORDER_INVERSION. 5 优秀 for 6 places.")
    return wb, dict(about=about, classes=["veto", "order-inversion", "merged-group-column"], args=["--preset", "jiuyuan"],
                    sheets=[e])


@workbook("31-spaced-headers")
def spaced_headers(variant=None):
    """Headers spaced out to look even on paper: 单 位 名 称, 总  分, 等  次 (half- and full-width spaces)."""
    rng = random.Random(32)
    g1 = subjects(PARTY[:10], "党群部门", rng)
    g2 = subjects(GOV[:16], "政府部门", rng)
    type_tiers(g1, "jiuyuan", 4)      # 10 → 3: one too many
    type_tiers(g2, "jiuyuan", 4)      # 16 → 4
    wb = Workbook()
    ws = wb.active
    ws.title = "考核结果"
    w = SheetWriter(ws, 5)
    w.title("2025 年度 机关部门 考核结果")
    w.header(["序  号", "类  别", "单 位 名 称", "总　　分", "等　　次"])
    w.members([SEQ, GROUP, NAME, SCORE, TIER], g1 + g2)
    w.widths([6, 10, 22, 9, 8])
    e = finish(w, "jiuyuan", [("党群部门", g1), ("政府部门", g2)],
               [V("QUOTA_EXCEEDED", "党群部门", [m["name"] for m in top(g1, 4)])],
               subjectColumn=dict(letter="C", header="单 位 名 称"), groupsFrom="column B")
    about = ("Headers typed with spaces to look even (序  号, 单 位 名 称, and 总　　分, 等　　次 with full-width spaces). Right: the "
             "usual roles; 党群部门 4 优秀 for floor(10×30%) = 3.")
    return wb, dict(about=about, classes=["header-vocabulary", "spaces-in-headers"], args=["--preset", "jiuyuan"], sheets=[e])


@workbook("32-ambiguous-two-tier-columns")
def ambiguous_tiers(variant=None):
    """拟定等次 and 审定等次 side by side: which typed tier to check is the user's choice → exit 2."""
    rng = random.Random(33)
    g = subjects(GOV[:20], "", rng)
    type_tiers(g, "jiuyuan", 6)       # 审定等次: 20 → 6, within the quota
    proposed = {m["name"]: m["tier"] for m in g}
    for m in top(g, 8)[6:]:
        proposed[m["name"]] = "优秀"   # 拟定等次: 8 优秀 (over the quota before review)
    wb = Workbook()
    ws = wb.active
    ws.title = "等次审定"
    w = SheetWriter(ws, 5)
    w.title("2025年度区直部门考核等次审定表")
    w.header(["序号", "单位名称", "考核得分", "拟定等次", "审定等次"])
    w.members([SEQ, NAME, SCORE, lambda m, s: proposed[m["name"]], TIER], g)
    w.widths([6, 22, 10, 10, 10])
    e = finish(w, "jiuyuan", [("", g)], [], subjectColumn=dict(letter="B", header="单位名称"), groupsFrom="none")
    about = ("Two tier columns, 拟定等次 (D, 8 优秀) and 审定等次 (E, 6 优秀), for 20 units: which one the check is about is the "
             "user's question. Right: exit 2 naming both and --columns; with `--columns tier=审定等次`, 6 优秀 for 6 places, "
             "exit 0.")
    return wb, dict(about=about, classes=["ambiguous", "exit-2"], args=["--preset", "jiuyuan"], exit=2,
                    mentions=["拟定等次", "审定等次", "--columns"],
                    withOptions=[dict(args=["--preset", "jiuyuan", "--columns", "tier=审定等次"], sheets=[e], exit=0)])


@workbook("33-cell-comments")
def cell_comments(variant=None):
    """Reviewers' notes as cell comments (批注) on a plain table, as openpyxl-based export tools write them."""
    rng = random.Random(34)
    g1 = subjects(GOV[:14], "政府部门", rng)
    g2 = subjects(TOWNS[:9], "乡镇街道", rng)
    type_tiers(g1, "jiuyuan", 4)      # 14 → 4
    type_tiers(g2, "jiuyuan", 3)      # 9 → 2: one too many
    wb = Workbook()
    ws = wb.active
    ws.title = "考核结果"
    w = SheetWriter(ws, 5)
    w.title("2025年度综合考核结果（征求意见稿）")
    w.header(["序号", "类别", "单位名称", "总分", "等次"])
    w.members([SEQ, GROUP, NAME, SCORE, TIER], g1 + g2)
    notes = {0: "含加分2分（省级表彰）", 5: "扣分已复核", 16: "等次待党委会审定"}
    for i, text in notes.items():
        m, r = w.placed[i]
        ws.cell(row=r, column=4 if i != 16 else 5).comment = Comment(text, "考核办")
    w.widths([6, 10, 22, 9, 8])
    e = finish(w, "jiuyuan", [("政府部门", g1), ("乡镇街道", g2)],
               [V("QUOTA_EXCEEDED", "乡镇街道", [m["name"] for m in top(g2, 3)])],
               subjectColumn=dict(letter="C", header="单位名称"), groupsFrom="column B")
    about = ("A plain table with three cell comments (批注) from the assessment office. openpyxl, like many export tools, "
             "points to the comments part with an absolute path (/xl/comments/comment1.xml). Right: comments change "
             "nothing; 乡镇街道 3 优秀 for floor(9×30%) = 2.")
    return wb, dict(about=about, classes=["producer-openpyxl", "cell-comments"], args=["--preset", "jiuyuan"], sheets=[e])


@workbook("34-side-by-side-panels")
def side_by_side(variant=None):
    """A long list printed in two panels (左右分栏) to fit one page: read as one table, half is lost → exit 2."""
    rng = random.Random(35)
    g = subjects(TOWNS[:9] + GOV[:8], "", rng)
    type_tiers(g, "jiuyuan", 5)
    ranked = top(g, len(g))
    wb = Workbook()
    ws = wb.active
    ws.title = "考核结果"
    w = SheetWriter(ws, 9)
    w.title("2025年度乡镇街道和区直部门综合考核结果")
    w.header(["序号", "单位名称", "综合得分", "等次", None, "序号", "单位名称", "综合得分", "等次"])
    half = (len(ranked) + 1) // 2
    for i in range(half):
        row = [i + 1, ranked[i]["name"], ranked[i]["score"], ranked[i]["tier"], None]
        j = i + half
        if j < len(ranked):
            row += [j + 1, ranked[j]["name"], ranked[j]["score"], ranked[j]["tier"]]
        w.put(row)
    w.widths([6, 18, 10, 8, 2, 6, 18, 10, 8])
    about = ("17 units ranked and printed in two panels side by side (A–D and F–I, a blank column between), as offices "
             "fit a long list on one page. Read as one table the right panel (8 units) would be dropped and the quota "
             "computed on 9. Right: exit 2 naming the panels, also when --columns names the left panel's columns.")
    return wb, dict(about=about, classes=["side-by-side-panels", "exit-2"], args=["--preset", "jiuyuan"], exit=2,
                    mentions=["左右分栏", "A–D", "F–I"],
                    withOptions=[dict(args=["--preset", "jiuyuan", "--columns", "name=B,score=C,tier=D"], exit=2,
                                      mentions=["左右分栏"])])


@workbook("35-tier-column-named-by-year")
def year_tier(variant=None):
    """No 等次 column: 2023年等次, 2024年等次 (history) and 2025年等次, the tier typed this year (the title says 2025)."""
    rng = random.Random(36)
    g = subjects(GOV[:14], "", rng)
    type_tiers(g, "jiuyuan", 5)       # 14 → floor(4.2) = 4 places: one too many
    past = {m["name"]: (rng.choice(["优秀", "良好", "良好", "一般"]), rng.choice(["优秀", "良好", "良好", "一般"])) for m in g}
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    w = SheetWriter(ws, 6)
    w.title("2025年度区直部门综合考核结果")
    w.header(["序号", "单位名称", "综合得分", "2023年等次", "2024年等次", "2025年等次"])
    w.members([SEQ, NAME, SCORE, lambda m, s: past[m["name"]][0], lambda m, s: past[m["name"]][1], TIER], g)
    w.widths([6, 22, 10, 11, 11, 11])
    e = finish(w, "jiuyuan", [("", g)], [V("QUOTA_EXCEEDED", "", [m["name"] for m in top(g, 5)])],
               subjectColumn=dict(letter="B", header="单位名称"), groupsFrom="none",
               warnings=[dict(mentions=["2025年等次", "2025"])])
    about = ("The tier typed this year sits in a column named by its year (2025年等次) beside two past years', with no plain "
             "等次 column; the title says 2025年度. Read as history only, the typed tiers would not be checked at all and "
             "the check would say nothing is wrong. Right: F is this year's tier (said as an assumption), D and E are "
             "history; 5 优秀 for floor(14×30%) = 4 places.")
    return wb, dict(about=about, classes=["header-vocabulary", "year-named-tier"], args=["--preset", "jiuyuan"], sheets=[e])


# ── mutations and LibreOffice re-saves ─────────────────────────────────────────────────────────
MUTATIONS = [
    ("01-merged-category", "shuffled", "rows shuffled within each group (类别 still merged)"),
    ("02-individuals-name-and-unit", "shuffled", "rows shuffled"),
    ("05-group-label-rows", "blank-and-notes", "a blank row before the second label, a 注： footnote and a 填表人 line"),
    ("08-two-row-header", "merged-category", "类别 merged down each group instead of repeated"),
    ("18-footers-blank-rows", "shuffled", "rows shuffled within each group"),
    ("20-nonparticipants-in-tier", "shuffled", "rows shuffled within each group (the pending rows move)"),
    ("26-serial-and-rank-columns", "columns-reordered", "columns in another order (单位名称 first, 等次 before 总分)"),
]
RESAVED = ["01-merged-category", "02-individuals-name-and-unit", "03-average-row-merged", "05-group-label-rows",
           "08-two-row-header", "20-nonparticipants-in-tier", "24-excel-table-totals-row", "33-cell-comments"]

FIXED_TIME = datetime(2026, 1, 15, 9, 0, 0)


def fix_zip_times(path):
    """Give every zip entry the same time, so that regenerating changes no byte."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            z.writestr(fixed, data)


def save(wb, meta, name):
    wb.properties.creator = "考核办"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    path = os.path.join(OUT, name + ".xlsx")
    wb.save(path)
    fix_zip_times(path)
    meta = dict(meta)
    meta.setdefault("exit", exit_of(meta.get("sheets", [])))
    for o in meta.get("withOptions", []):
        o.setdefault("exit", exit_of(o.get("sheets", [])))
    ordered = dict(workbook=name + ".xlsx")
    ordered.update(meta)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(ordered, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return ordered


def resave(names, expectations):
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: the LibreOffice variants (lo-*.xlsx) are left as they are", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            src = os.path.join(tmp, "src")
            os.makedirs(src, exist_ok=True)
            shutil.copy(os.path.join(OUT, name + ".xlsx"), os.path.join(src, name + ".xlsx"))
            r = subprocess.run([soffice, "--headless", "-env:UserInstallation=file:///tmp/lo-corpus", "--convert-to",
                                "xlsx", "--outdir", os.path.join(tmp, "out"), os.path.join(src, name + ".xlsx")],
                               capture_output=True, text=True, timeout=180)
            made = os.path.join(tmp, "out", name + ".xlsx")
            if r.returncode != 0 or not os.path.exists(made):
                sys.exit(f"LibreOffice could not re-save {name}: {r.stderr.strip()}")
            shutil.copy(made, os.path.join(OUT, "lo-" + name + ".xlsx"))
            e = dict(expectations[name])
            e["workbook"] = "lo-" + name + ".xlsx"
            e["resavedBy"] = "LibreOffice (soffice --headless --convert-to xlsx)"
            e["classes"] = e["classes"] + ["libreoffice"]
            with open(os.path.join(OUT, "lo-" + name + ".expected.json"), "w", encoding="utf-8") as f:
                json.dump(e, f, ensure_ascii=False, indent=2)
                f.write("\n")
            print("re-saved by LibreOffice:", "lo-" + name + ".xlsx")


def write_index(made):
    """test/fixtures/layouts/README.md: what each workbook is, from its design."""
    lines = ["# Layout acceptance corpus (issue 12)", "",
             "Generated by `/usr/bin/python3 scripts/make-layout-corpus.py` (openpyxl 3.0.9; the `lo-` files re-saved by",
             "LibreOffice). Each `<name>.xlsx` has `<name>.expected.json`: what a correct reading gives, worked out from",
             "the workbook's design (schema at the top of the script). Checked by `test/workbook/layout-corpus.test.ts`.",
             "`m-` files are mutations of a base workbook and must read exactly as it does.", "",
             "| workbook | check with | exit | classes | what it is |", "|---|---|---|---|---|"]
    for name, e in made.items():
        about = e["about"].replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {name}.xlsx | `{' '.join(e['args'])}` | {e['exit']} | {', '.join(e['classes'])} | {about} |")
    lines += ["", "Mutations: " + "; ".join(f"`m-{b}-{v}` ({w})" for b, v, w in MUTATIONS) + ".",
              "", "Re-saved by LibreOffice: " + ", ".join(f"`lo-{n}`" for n in RESAVED) + ".", ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    os.makedirs(OUT, exist_ok=True)
    made = {}
    for name, fn in CORPUS:
        wb, meta = fn()
        made[name] = save(wb, meta, name)
    write_index(made)
    for base, variant, what in MUTATIONS:
        fn = dict(CORPUS)[base]
        wb, meta = fn(variant)
        meta["mutationOf"] = base + ".xlsx"
        meta["mutation"] = what
        meta["classes"] = meta["classes"] + ["mutation"]
        save(wb, meta, "m-" + base + "-" + variant)
    print(f"{len(CORPUS)} workbooks and {len(MUTATIONS)} mutations in {os.path.relpath(OUT, ROOT)}")
    if "--no-libreoffice" not in sys.argv:
        resave(RESAVED, made)


if __name__ == "__main__":
    main()
