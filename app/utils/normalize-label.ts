/**
 * Folds a label for matching: case, Latin accents, Arabic diacritics and tatweel, alef and yeh
 * variants ("Réseaux" = "reseaux", "الآلي" = "الالي"). Used by the skill autocomplete and lookup.
 */
export function normalizeLabel(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
    .replace(/\u0649/g, "\u064a")
    .toLowerCase()
    .replace(/[\s\-_/]+/g, " ")
    .trim();
}
