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
  const messages = catalogues[locale];
  return (key, params) => {
    const template = messages[key] ?? catalogues.fr[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (_, name: string) =>
      name in params ? String(params[name]) : `{${name}}`,
    );
  };
}

/** Picks the label of a trilingual record ({labelFr, labelEn, labelAr}) for the locale. */
export function localized(
  record: { labelFr: string; labelEn: string; labelAr: string },
  locale: Locale,
) {
  return locale === "ar" ? record.labelAr : locale === "en" ? record.labelEn : record.labelFr;
}

export type { MessageKey };
