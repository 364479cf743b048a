import type { Database } from "~/.server/db.server";
import { type ConceptNode, contentStemsOf, extractConcepts, getTaxonomy } from "~/.server/matching";
import type { Labels } from "~/utils/matching-breakdown";

type Lang = keyof Labels;
const LANGS: Lang[] = ["fr", "en", "ar"];
const ARABIC = /[\u0600-\u06ff]/;

export type RecognisedConcept = {
  id: string;
  labels: Labels;
  /** The words as the text wrote them, and the language of the label or synonym they matched. */
  surfaces: { text: string; lang: Lang | null }[];
};

/**
 * The taxonomy concepts "describe your need" found in the text, for the page to show what it
 * understood. The engine's result names only the concepts some expert answers; this lists them
 * all, in the order they appear.
 */
export async function recogniseConcepts(db: Database, text: string): Promise<RecognisedConcept[]> {
  const { graph, matcher } = await getTaxonomy(db);
  return extractConcepts(text, matcher)
    .sort((a, b) => a.firstOffset - b.firstOffset)
    .map((c) => {
      const node = graph.get(c.id);
      return {
        id: c.id,
        labels: graph.labels(c.id),
        surfaces: c.surfaces.map((s) => ({ text: s, lang: node ? languageOf(s, node) : null })),
      };
    });
}

/** Arabic script is Arabic; otherwise the one language whose label or synonym it spells. */
function languageOf(surface: string, node: ConceptNode): Lang | null {
  if (ARABIC.test(surface)) return "ar";
  const key = contentStemsOf(surface).join(" ");
  const matching = LANGS.filter((lang) =>
    [node.labels[lang], ...(node.synonyms[lang] ?? [])].some(
      (term) => contentStemsOf(term).join(" ") === key,
    ),
  );
  // "machine learning" is a label in English and a synonym in French: say nothing rather than guess.
  return matching.length === 1 ? matching[0]! : null;
}
