/**
 * Catalogue part for weight design (层次分析法 AHP, 熵权法, TOPSIS): engine problems, CLI and pane texts.
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./messages";

export const weightMessages = {} as const satisfies Record<string, Entry>;
