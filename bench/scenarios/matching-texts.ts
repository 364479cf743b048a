import { SKILL_CONCEPTS } from "../../db/taxonomy";
import { ABSTRACT_SENTENCES } from "../../scripts/seed/templates";
import { fill } from "../../scripts/seed/texts";

/** What a student or a coordinator pastes: a line or two, in French, English or Arabic. */
export const SHORT_NEEDS = [
  "Je cherche un expert en vision par ordinateur pour un projet d'imagerie médicale.",
  "Looking for a mentor in natural language processing for Moroccan Darija.",
  "نبحث عن خبير في الأمن السيبراني لحماية البنية التحتية السحابية",
  "Maintenance prédictive dans l'industrie avec de l'apprentissage automatique.",
  "Deep learning for crop disease detection from drone images in Souss-Massa.",
  "Thèse sur l'apprentissage par renforcement pour les réseaux électriques intelligents.",
];

/**
 * A call for proposals of exactly 5,000 characters: context, objectives and expected skills,
 * written from the project's own sentences and taxonomy labels (deterministic).
 */
export function longNeed(chars = 5000): string {
  const topics = SKILL_CONCEPTS.filter((c) => ["ai", "data", "domain"].includes(c.group));
  const parts: string[] = [
    "Appel à projets de recherche conjointe Maroc–Belgique. Contexte et objectifs du projet.",
  ];
  for (let i = 0; parts.join(" ").length < chars; i++) {
    const a = topics[(i * 7) % topics.length]!;
    const b = topics[(i * 13 + 5) % topics.length]!;
    const lang = i % 3 === 2 ? "en" : "fr";
    const vars = { a: a.labels[lang], b: b.labels[lang], s: lang === "fr" ? "santé" : "health" };
    const sentences = ABSTRACT_SENTENCES[lang];
    parts.push(fill(sentences[i % sentences.length]!, vars));
    if (i % 4 === 0) {
      parts.push(
        lang === "fr"
          ? `Compétences attendues : ${a.labels.fr}, ${b.labels.fr} et gestion de projet.`
          : `Expected skills: ${a.labels.en}, ${b.labels.en} and project management.`,
      );
    }
  }
  return parts.join(" ").slice(0, chars);
}
