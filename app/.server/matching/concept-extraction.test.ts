import { describe, expect, test } from "vitest";
import { SKILL_CONCEPTS } from "../../../db/taxonomy";
import { buildConceptMatcher, extractConcepts } from "./concept-extraction";
import { graphFromConcepts } from "./taxonomy-graph";
import { fold } from "./text/normalize";
import { stem } from "./text/stem";

const matcher = buildConceptMatcher(graphFromConcepts(SKILL_CONCEPTS));
const ids = (text: string) => extractConcepts(text, matcher).map((c) => c.id);

describe("folding and stemming", () => {
  test("case, accents and ligatures fold away", () => {
    expect(fold("Réseaux de NEURONES")).toBe("reseaux de neurones");
    expect(fold("Œuvre")).toBe("oeuvre");
  });

  test("Arabic alef, hamza, ta marbuta, alef maqsura and diacritics are unified", () => {
    expect(fold("إِنْتَرْنِت")).toBe(fold("انترنت"));
    expect(fold("أ")).toBe(fold("آ"));
    expect(fold("مدرسة")).toBe("مدرسه");
    expect(fold("على")).toBe("علي");
    expect(fold("الـذكاء")).toBe(fold("الذكاء"));
  });

  test("plurals and agreement meet their singular", () => {
    expect(stem(fold("réseaux"))).toBe(stem(fold("réseau")));
    expect(stem(fold("médicales"))).toBe(stem(fold("médical")));
    expect(stem(fold("images"))).toBe(stem(fold("image")));
    expect(stem(fold("technologies"))).toBe(stem(fold("technology")));
    expect(stem(fold("والصور"))).toBe(stem(fold("الصورة")));
    expect(stem(fold("للذكاء"))).toBe(stem(fold("الذكاء")));
  });
});

describe("concept extraction", () => {
  test("French: labels and synonyms as phrases, across articles and plurals", () => {
    expect(
      ids(
        "Sujet : segmentation des images médicales par apprentissage profond et réseaux de neurones convolutifs.",
      ),
    ).toEqual(["image-segmentation", "deep-learning", "convolutional-neural-networks"]);
    expect(ids("traitement automatique de la langue arabe")).toEqual(["arabic-nlp"]);
    expect(ids("la vision artificielle pour l'agriculture de précision")).toEqual([
      "computer-vision",
      "precision-agriculture",
    ]);
  });

  test("English: longest phrase wins and each word serves one concept", () => {
    expect(ids("We need retrieval-augmented generation on large language models.")).toEqual([
      "retrieval-augmented-generation",
      "large-language-models",
    ]);
    expect(ids("medical image analysis")).toEqual(["medical-image-analysis"]);
  });

  test("Arabic: with prefixes, diacritics and spelling variants", () => {
    expect(ids("أطروحة في الرؤية الحاسوبية ومعالجة الصور بالتعلم العميق")).toEqual([
      "computer-vision",
      "image-processing",
      "deep-learning",
    ]);
    expect(ids("تطبيقات الذكاء الإصطناعي في الزراعة الدقيقة")).toEqual([
      "artificial-intelligence",
      "precision-agriculture",
    ]);
    expect(ids("نظام لتحليل المشاعر في النصوص")).toContain("sentiment-analysis");
  });

  test("abbreviations count in upper case only: IA, AI, ML, NLP, CV", () => {
    expect(ids("Un projet en IA et ML")).toEqual(["artificial-intelligence", "machine-learning"]);
    expect(ids("An AI and NLP project, with a CV module.")).toEqual([
      "artificial-intelligence",
      "natural-language-processing",
      "computer-vision",
    ]);
    expect(ids("la via ferrata ia ml cv")).toEqual([]);
    expect(ids("Expert en IA.")).toEqual(["artificial-intelligence"]);
    expect(ids("We train LLMs")).toEqual(["large-language-models"]);
  });

  test("one-letter names stand alone: R but not R&D, C++ but not C", () => {
    expect(ids("Analyse statistique sous R, puis C++.")).toEqual([
      "statistical-analysis",
      "r-language",
      "cpp",
    ]);
    expect(ids("un service R&D")).toEqual([]);
    expect(ids("L'apprentissage automatique")).toEqual(["machine-learning"]);
  });

  test("names that are also common words need their capital", () => {
    expect(ids("un tableau de bord et de la rouille")).toEqual([]);
    expect(ids("dashboards in Tableau")).toEqual(["tableau"]);
  });

  test("phrases do not cross sentence punctuation", () => {
    expect(ids("la vision. Par ordinateur")).toEqual([]);
  });

  test("occurrences are counted with their surfaces", () => {
    const [ml] = extractConcepts("machine learning, ML and apprentissage automatique", matcher);
    expect(ml).toMatchObject({ id: "machine-learning", count: 3 });
    expect(ml!.surfaces).toEqual(["machine learning", "ML", "apprentissage automatique"]);
  });
});
