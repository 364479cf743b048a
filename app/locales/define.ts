export type Catalogue<K extends string> = {
  fr: Record<K, string>;
  en: Record<K, string>;
  ar: Record<K, string>;
};

/**
 * Declares one feature's messages in the three languages. French defines the keys; English and
 * Arabic must translate every one of them (a missing key fails the type-check).
 */
export function defineMessages<const F extends Record<string, string>>(catalogue: {
  fr: F;
  en: Record<keyof F, string>;
  ar: Record<keyof F, string>;
}) {
  return catalogue as Catalogue<keyof F & string>;
}
