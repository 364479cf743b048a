import type { Locale } from "~/utils/i18n";
import type { Messages } from "./index";

/**
 * What the browser build gets instead of ./index (vite.config.ts swaps the import): no message
 * is bundled; entry.client.tsx registers the reader's language, fetched as its own script
 * (/i18n/<locale>.<hash>.js), before hydrating. Every page then ships one language, not three.
 */
export const catalogues: Partial<Record<Locale, Messages>> = {};

export function provideCatalogue(locale: Locale, messages: Messages) {
  catalogues[locale] = messages;
}
