/**
 * Character folding shared by the taxonomy, the corpus statistics and the query: case, Latin
 * accents and ligatures, and the Arabic spelling variants writers use interchangeably (alef with
 * hamza or madda, alef maqsura, ta marbuta, hamza carriers), diacritics and tatweel.
 */
export function fold(text: string): string {
  return (
    text
      .normalize("NFD")
      // Latin combining marks, Arabic harakat, hamza/madda marks, dagger alef, Quranic marks.
      .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]/g, "")
      .replace(/\u0640/g, "") // tatweel
      .replace(/[\u0671\u0672\u0673\u0675]/g, "\u0627") // alef wasla and variants → alef
      .replace(/\u0649/g, "\u064a") // alef maqsura → ya
      .replace(/\u06cc/g, "\u064a") // Persian ya
      .replace(/\u06a9/g, "\u0643") // Persian kaf
      .replace(/\u0629/g, "\u0647") // ta marbuta → ha
      .replace(/\u0621/g, "") // lone hamza
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/œ/g, "oe")
      .replace(/Œ/g, "OE")
      .replace(/æ/g, "ae")
      .replace(/Æ/g, "AE")
      .toLowerCase()
  );
}

const ARABIC = /[\u0600-\u06ff]/;

export function isArabic(token: string): boolean {
  return ARABIC.test(token);
}
