import glossaryData from "../../../db/data/glossary.json" with { type: "json" };
import { buildConceptMatcher, type ConceptMatcher, extractConcepts } from "./concept-extraction";
import { TaxonomyGraph } from "./taxonomy-graph";

/** One meaning in the three languages: each list holds the forms a writer may use. */
export type GlossaryEntry = { fr: string[]; en: string[]; ar: string[] };

export const GLOSSARY = glossaryData as GlossaryEntry[];

/**
 * The words of the network's fields (agriculture, health, speech, dialects, remote sensing,
 * language technology…) in French, English and Arabic, read with the taxonomy's own phrase
 * matcher (longest phrase first, abbreviations only as written). Taxonomy labels carry skills
 * across languages; this carries the everyday words of a need ("palmier dattier", "drones",
 * "الدارجة") to the papers that use them in another language.
 */
export type Glossary = { matcher: ConceptMatcher; entries: readonly GlossaryEntry[] };

let shipped: Glossary | null = null;

export function shippedGlossary(): Glossary {
  shipped ??= buildGlossary(GLOSSARY);
  return shipped;
}

export function buildGlossary(entries: readonly GlossaryEntry[]): Glossary {
  const graph = new TaxonomyGraph(
    entries.map((entry, i) => ({
      id: String(i),
      group: "glossary",
      labels: { fr: entry.fr[0] ?? "", en: entry.en[0] ?? "", ar: entry.ar[0] ?? "" },
      synonyms: { fr: entry.fr.slice(1), en: entry.en.slice(1), ar: entry.ar.slice(1) },
      broader: null,
    })),
  );
  return { matcher: buildConceptMatcher(graph), entries };
}

/** The glossary meanings a text uses, each with its forms and where the text says it. */
export function glossaryMeanings(
  text: string,
  glossary = shippedGlossary(),
): { entry: GlossaryEntry; spans: [number, number][] }[] {
  return extractConcepts(text, glossary.matcher).map((found) => ({
    entry: glossary.entries[Number(found.id)]!,
    spans: found.spans,
  }));
}
