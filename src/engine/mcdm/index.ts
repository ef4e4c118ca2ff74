/**
 * 权重设计 — weight design (issue 6): AHP judgement matrices (层次分析法), entropy weights (熵权法)
 * and TOPSIS ranking, pure functions over plain numbers that report every input problem as data.
 */
export { ahp, ahpMethods, consistencyProblem, parseJudgementText, AHP_TOLERANCE, CR_LIMIT } from "./ahp";
export type { AhpMethod, AhpOptions, AhpResult } from "./ahp";
export { entropyWeights, entropyVariants } from "./entropy";
export type { Direction, EntropyOptions, EntropyResult, EntropyVariant } from "./entropy";
export { topsis, normalizations, competitionRanks } from "./topsis";
export type { Normalization, TopsisOptions, TopsisResult } from "./topsis";
export { RI_TABLES, riTableIds, isRiTableId, maxOrder, riFor } from "./ri-tables";
export type { RiTable, RiTableId } from "./ri-tables";
export { mcdmMessage, checkTable, problemNumber, McdmOptionError } from "./problems";
export type { McdmProblem, McdmProblemCode, McdmResult } from "./problems";
