import { catalogues, type MessageKey } from "~/locales";
import type { Message } from "~/locales/define";

export const LOCALES = ["fr", "en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * The BCP 47 tag numbers, plurals and dates are formatted with. Arabic keeps Latin digits, as in
 * Morocco and in the profiles people write (docs/decisions/040-plurals-numbers-bidi.md).
 */
export function intlLocale(locale: Locale): string {
  return locale === "ar" ? "ar-MA-u-nu-latn" : locale === "en" ? "en-GB" : "fr-BE";
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A number as the reader writes it: "86,8" in French, "1 234" with a narrow space, Latin digits. */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** The form of a plural message for `count` in the locale's rules (Arabic: six forms). */
export function pluralForm(message: Message, count: number, locale: Locale): string {
  if (typeof message === "string") return message;
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(locale));
    pluralRules.set(locale, rules);
  }
  return message[rules.select(count)] ?? message.other;
}

export function translator(locale: Locale): Translate {
  // In the browser only the reader's language is loaded (app/locales/client-catalogues.ts).
  const all = catalogues as Partial<typeof catalogues>;
  const messages = all[locale] ?? all[DEFAULT_LOCALE] ?? Object.values(all)[0];
  return (key, params) => {
    const message = messages?.[key];
    if (message === undefined) return key;
    const count = params?.count;
    const template = pluralForm(message, typeof count === "number" ? count : Number.NaN, locale);
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in params)) return `{${name}}`;
      const value = params[name];
      return typeof value === "number" ? formatNumber(value, locale) : String(value);
    });
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
