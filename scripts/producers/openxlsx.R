# R's openxlsx (Debian r-cran-openxlsx 4.2.5) writing the table of scripts/producers/table.py:
# openxlsx.xlsx. What R users in statistics offices export. openxlsx writes formulas WITHOUT a cached
# value, NA as the error #N/A (keepNA), hidden rows through an outline group, and an Excel table.
# Run by scripts/make-producer-fixtures.sh: Rscript scripts/producers/openxlsx.R OUTDIR
library(openxlsx)
out <- commandArgs(trailingOnly = TRUE)[1]
wb <- createWorkbook(creator = "Assess")
s <- "考核结果"
addWorksheet(wb, s)
put <- function(v, col, row) writeData(wb, s, v, startCol = col, startRow = row, colNames = FALSE, keepNA = TRUE)
put("九原区2026年一季度考核结果", 1, 1)
mergeCells(wb, s, cols = 1:9, rows = 1)
header <- c("序号", "类别", "单位\n名称", "总分", "等次", "完成情况", "内部编号", "填报日期", "已复核")
writeData(wb, s, t(header), startCol = 1, startRow = 2, colNames = FALSE)
addStyle(wb, s, createStyle(wrapText = TRUE, textDecoration = "bold"), rows = 2, cols = 1:9)
groups <- c("区直单位", NA, NA, NA, "苏木乡镇", "苏木乡镇", "苏木乡镇", "苏木乡镇")
names <- c("区财政局", "区教育局", "区卫健委", "区住建局", "麻池镇", "沙河街道", "哈林格尔镇", "阿嘎如泰苏木")
scores <- c(95.5, 88.25, NA, 79, 91.75, 83.5, 76.4, 69)
tiers <- c("优秀", "良好", "良好", "良好", "优秀", "良好", "良好", "一般")
done <- c("按时完成", "按时完成", NA, "按时完成", "按时完成", "延期完成", "按时完成", "按时完成")
for (i in 1:8) {
  r <- i + 2
  put(i, 1, r)
  if (!is.na(groups[i])) put(groups[i], 2, r)
  put(names[i], 3, r)
  if (i == 3) writeFormula(wb, s, "ROUND(85.456,1)", startCol = 4, startRow = r) else put(scores[i], 4, r)
  put(tiers[i], 5, r)
  put(done[i], 6, r) # NA: the error #N/A
  put(sprintf("Q-%03d", i), 7, r)
  put(as.Date("2026-03-31") - (i - 1), 8, r)
  put(i %% 2 == 1, 9, r)
}
mergeCells(wb, s, cols = 2, rows = 3:6)
setColWidths(wb, s, cols = 7, widths = 8, hidden = TRUE)
groupRows(wb, s, rows = 8, hidden = TRUE)
writeComment(wb, s, col = 3, row = 3, comment = createComment("财政局：已复核", author = "审核人"))
addWorksheet(wb, "汇总")
writeDataTable(wb, "汇总", data.frame(项目 = c("区直单位", "苏木乡镇"), 计数 = c(4, 4), 均值 = c(87.06, 80.16), check.names = FALSE),
               tableName = "汇总表", withFilter = TRUE)
saveWorkbook(wb, file.path(out, "openxlsx.xlsx"), overwrite = TRUE)
