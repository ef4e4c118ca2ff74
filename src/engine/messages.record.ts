/**
 * Catalogue part for the decision record (变更记录) in the workbooks, the CLI and the pane.
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./messages";

export const recordMessages = {} as const satisfies Record<string, Entry>;
