// Go's github.com/tealeg/xlsx (Debian golang-github-tealeg-xlsx-dev, 2018) writing the table of
// scripts/producers/table.py: tealeg.xlsx. What Go back ends export. The library has no rich text,
// no error cells and no tables: C4 is plain 区教育局, F5 is left blank. Every cell of a row up to
// the last is written, blank ones as <c r=".." s=".."/>; a formula is written with the cached value
// set on the cell. Run by scripts/make-producer-fixtures.sh:
//   GOPATH=/usr/share/gocode GO111MODULE=off go run scripts/producers/tealeg.go OUTDIR
package main

import (
	"os"
	"path/filepath"
	"time"

	"github.com/tealeg/xlsx"
)

func main() {
	f := xlsx.NewFile()
	sh, err := f.AddSheet("考核结果")
	if err != nil {
		panic(err)
	}
	title := sh.AddRow().AddCell()
	title.SetString("九原区2026年一季度考核结果")
	title.Merge(8, 0)
	head := sh.AddRow()
	for _, h := range []string{"序号", "类别", "单位\n名称", "总分", "等次", "完成情况", "内部编号", "填报日期", "已复核"} {
		head.AddCell().SetString(h)
	}
	groups := []string{"区直单位", "", "", "", "苏木乡镇", "苏木乡镇", "苏木乡镇", "苏木乡镇"}
	names := []string{"区财政局", "区教育局", "区卫健委", "区住建局", "麻池镇", "沙河街道", "哈林格尔镇", "阿嘎如泰苏木"}
	scores := []float64{95.5, 88.25, 85.5, 79, 91.75, 83.5, 76.4, 69}
	tiers := []string{"优秀", "良好", "良好", "良好", "优秀", "良好", "良好", "一般"}
	done := []string{"按时完成", "按时完成", "", "按时完成", "按时完成", "延期完成", "按时完成", "按时完成"}
	for i := 0; i < 8; i++ {
		row := sh.AddRow()
		row.Hidden = i == 5 // row 8
		row.AddCell().SetInt(i + 1)
		g := row.AddCell()
		if groups[i] != "" {
			g.SetString(groups[i])
		}
		if i == 0 {
			g.Merge(0, 3) // B3:B6
		}
		row.AddCell().SetString(names[i])
		score := row.AddCell()
		if i == 2 {
			score.SetFormula("ROUND(85.456,1)")
			score.Value = "85.5" // the cached result
		} else {
			score.SetFloat(scores[i])
		}
		row.AddCell().SetString(tiers[i])
		d := row.AddCell()
		if done[i] != "" {
			d.SetString(done[i])
		}
		row.AddCell().SetString("Q-00" + string(rune('1'+i)))
		row.AddCell().SetDate(time.Date(2026, 3, 31-i, 0, 0, 0, 0, time.UTC))
		row.AddCell().SetBool(i%2 == 0)
	}
	sh.Col(6).Hidden = true
	if err := f.Save(filepath.Join(os.Args[1], "tealeg.xlsx")); err != nil {
		panic(err)
	}
}
