/**
 * Catalogue part for periods, analysis and the decision record (通报, 排名变化, 趋势, 变更记录).
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./messages";

export const periodMessages = {} as const satisfies Record<string, Entry>;
