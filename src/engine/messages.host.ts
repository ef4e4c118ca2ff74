/**
 * Catalogue part for the hosts and faces: the workbook reader and writer, and the `assess` command.
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./messages";

export const hostMessages = {
  "host.placeholder": { "zh-CN": "（占位）", "en-US": "(placeholder)" },
} satisfies Record<string, Entry>;
