import { catalogues, type MessageKey } from "~/locales";

export const LOCALES = ["fr", "en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  // In the browser only the reader's language is loaded (app/locales/client-catalogues.ts).
  const all = catalogues as Partial<typeof catalogues>;
  const messages = all[locale] ?? all[DEFAULT_LOCALE] ?? Object.values(all)[0];
  return (key, params) => {
    const template = messages?.[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (_, name: string) =>
      name in params ? String(params[name]) : `{${name}}`,
    );
  };
}

/**
 * Whether this language's messages (or, without a locale, any) are at hand: always on the
 * server; in the browser, the one entry.client.tsx loaded.
 */
export function hasCatalogue(locale?: Locale) {
  const all = catalogues as Partial<typeof catalogues>;
  return locale ? all[locale] !== undefined : Object.values(all).some(Boolean);
}

/** Picks the label of a trilingual record ({labelFr, labelEn, labelAr}) for the locale. */
export function localized(
  record: { labelFr: string; labelEn: string; labelAr: string },
  locale: Locale,
) {
  return locale === "ar" ? record.labelAr : locale === "en" ? record.labelEn : record.labelFr;
}

export type { MessageKey };
