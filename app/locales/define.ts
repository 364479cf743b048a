/**
 * A message is a string, or its plural forms chosen by `Intl.PluralRules` from the `count`
 * parameter: French and English need `one` and `other`, Arabic has six forms (zero, one, two, few,
 * many, other). `other` is always required; a missing form falls back to it.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;

export type Catalogue<K extends string> = {
  fr: Record<K, Message>;
  en: Record<K, Message>;
  ar: Record<K, Message>;
};

/**
 * Declares one feature's messages in the three languages. French defines the keys; English and
 * Arabic must translate every one of them (a missing key fails the type-check).
 */
export function defineMessages<const F extends Record<string, Message>>(catalogue: {
  fr: F;
  en: Record<keyof F, Message>;
  ar: Record<keyof F, Message>;
}) {
  return catalogue as Catalogue<keyof F & string>;
}
