/**
 * Catalogue part for the pane's analysis and charts (等次分布, 趋势, 指标贡献).
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./messages";

export const chartMessages = {} as const satisfies Record<string, Entry>;
