/**
 * The 更正读取方式 form as data: the options a reading used shown in the form (a column remembered
 * by its header text, as `--columns score=复核得分` writes it, shown by its letter), and the form
 * back to options — automatic fields left out, so all-automatic is {} and remembering it forgets.
 */
import { columnChoices, formFromOptions, optionsFromForm } from "../../src/taskpane/layout-form";

const headers = ["序号", "单位名称", "初评得分", "复核得分", "等次"];

test("options → form: letters as they are, header texts by their letter, unknown texts kept", () => {
  const form = formFromOptions({ headerRow: 2, columns: { score: "复核得分", tier: "e", veto: "否决情况" }, groupRows: false }, headers);
  expect(form).toEqual({ headerRow: "2", columns: { name: "", group: "", score: "D", tier: "E", veto: "否决情况" }, groupRows: "no" });
  expect(formFromOptions(undefined, headers)).toEqual({ headerRow: "", columns: { name: "", group: "", score: "", tier: "", veto: "" }, groupRows: "auto" });
});

test("form → options: automatic left out; a header row must be a row number (full-width digits too)", () => {
  const blank = formFromOptions({}, headers);
  expect(optionsFromForm(blank)).toEqual({ ok: true, options: {} });
  expect(optionsFromForm({ ...blank, headerRow: "３", groupRows: "yes", columns: { ...blank.columns, score: "D" } })).toEqual({
    ok: true,
    options: { headerRow: 3, columns: { score: "D" }, groupRows: true },
  });
  for (const bad of ["0", "-1", "2.5", "第二行"]) expect(optionsFromForm({ ...blank, headerRow: bad })).toEqual({ ok: false, headerRow: false });
});

test("the columns offered: those with a header text; by letter alone when no header was found", () => {
  expect(columnChoices(["单位", "", "总分"])).toEqual([
    { letter: "A", header: "单位" },
    { letter: "C", header: "总分" },
  ]);
  expect(columnChoices(["", "", ""]).map((c) => c.letter)).toEqual(["A", "B", "C"]);
});
