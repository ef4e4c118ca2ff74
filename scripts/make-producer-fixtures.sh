#!/usr/bin/env bash
# Writes the producer fixtures of test/workbook/producers-real.test.ts into test/fixtures/producers/:
# the same assessment table (scripts/producers/table.py) as real programs write it, and the expected
# JSON of each file (from table.py, not from any reader).
#   xlsxwriter.xlsx                  Debian python3-xlsxwriter 3.0.2 (shared strings, a table with a
#                                    totals row, a chart, a comment)
#   xlsxwriter-constant-memory.xlsx  the same in constant_memory mode (inline strings)
#   gnumeric.xlsx                    Debian gnumeric's ssconvert, from a .gnumeric file (Gnumeric_Excel:xlsx2)
#   openxlsx.xlsx                    R's openxlsx 4.2.5 (Debian r-cran-openxlsx): formulas without cached
#                                    values, dangling relationships, an Excel table
#   tealeg.xlsx                      Go's github.com/tealeg/xlsx (Debian golang-github-tealeg-xlsx-dev, golang-go):
#                                    word booleans (hidden="true"), t="s" cells without a value
#   libreoffice-table.xlsx           LibreOffice Calc re-saving the plain table (booleans as TRUE() formulas,
#                                    strings split into runs per script); soffice with a fresh profile
# The files are committed: CI and `.ci/run` never run this script and need neither gnumeric nor
# xlsxwriter. To regenerate (then review `git diff` and commit; all but the xlsxwriter files hold
# the time they were written, so they change bytes on every run — keep the old ones if nothing else did):
#   apt-get install -y --no-install-recommends gnumeric python3-xlsxwriter r-cran-openxlsx \
#     golang-go golang-github-tealeg-xlsx-dev
#   bash scripts/make-producer-fixtures.sh
# Apache POI is not here: Debian's libapache-poi-java 4.0.1 cannot write .xlsx (its
# poi-ooxml-schemas.jar lacks the XMLBeans type system: `new XSSFWorkbook()` fails with
# NoClassDefFoundError …TypeSystemHolder), and no other registry is reachable from this project.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=test/fixtures/producers
PY=/usr/bin/python3 # Debian's python, where python3-xlsxwriter is installed
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

"$PY" scripts/producers/xlsxwriter_fixtures.py xlsx "$OUT"
"$PY" scripts/producers/xlsxwriter_fixtures.py source "$TMP/table.xlsx"
# xlsx → .gnumeric (gnumeric's own format) → xlsx, so the file is what gnumeric writes of its own workbook.
ssconvert "$TMP/table.xlsx" "$TMP/table.gnumeric" 2>/dev/null
ssconvert --export-type=Gnumeric_Excel:xlsx2 "$TMP/table.gnumeric" "$OUT/gnumeric.xlsx" 2>/dev/null
Rscript scripts/producers/openxlsx.R "$OUT" 2>/dev/null
mkdir -p "$TMP/lo" && cp "$TMP/table.xlsx" "$TMP/lo/libreoffice-table.xlsx"
soffice -env:UserInstallation=file://"$TMP/lo-profile" --headless --convert-to "xlsx:Calc MS Excel 2007 XML" \
  --outdir "$TMP/lo/out" "$TMP/lo/libreoffice-table.xlsx" >/dev/null 2>&1
cp "$TMP/lo/out/libreoffice-table.xlsx" "$OUT/libreoffice-table.xlsx"
GOPATH=/usr/share/gocode GO111MODULE=off GOCACHE="$TMP/go-cache" go run scripts/producers/tealeg.go "$OUT"
"$PY" scripts/producers/xlsxwriter_fixtures.py expected "$OUT"
ls -l "$OUT"/xlsxwriter*.xlsx "$OUT"/gnumeric.xlsx "$OUT"/openxlsx.xlsx "$OUT"/tealeg.xlsx "$OUT"/libreoffice-table.xlsx
