/**
 * Catalogue part for multi-period faces: the periods command, the 通报 bulletin PDF and the period reader.
 * Merged into the one catalogue in `messages.ts`.
 */
import type { Entry } from "./messages";

export const bulletinMessages = {} as const satisfies Record<string, Entry>;
