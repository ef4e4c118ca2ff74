/**
 * The whole pipeline over one table, as every face runs it: read subjects → assess → check.
 */
import { assess, type Assessment } from "../rules/assess";
import { check, type CheckResult } from "./check";
import type { Decisions } from "../record/decided";
import type { Scheme } from "../scheme/scheme";
import { readSubjects, type SubjectsRead } from "../input/subjects";
import type { ColumnMap, Lang, Table } from "../types";

export interface Evaluation {
  scheme: Scheme;
  read: SubjectsRead;
  assessment: Assessment;
  check: CheckResult;
  /** The decision record (变更记录) applied by `decide` (decided.ts); absent without a record. */
  decisions?: Decisions;
}

/**
 * Evaluate a table under a scheme: scores, ranks, tiers, lights, flags and the check of the typed
 * tier column. Missing columns the scheme needs are in `read.missingColumns`: callers treat the
 * table as unusable then.
 * @example const ev = evaluate(table, map, presets.jiuyuan, "zh-CN"); ev.check.violations
 */
export function evaluate(table: Table, map: ColumnMap, scheme: Scheme, lang: Lang = scheme.lang): Evaluation {
  const read = readSubjects(table, map, scheme);
  const assessment = assess(read.subjects, scheme);
  return { scheme, read, assessment, check: check(scheme, { ...read, assessment }, lang) };
}
