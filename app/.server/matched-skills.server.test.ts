import { describe, expect, test } from "vitest";
import { matchedSkills, type QueryTerms } from "./matched-skills.server";

const skills = [
  { id: "python", labels: ["Python", "Python", "بايثون"] },
  {
    id: "ai",
    labels: ["intelligence artificielle", "artificial intelligence", "الذكاء الاصطناعي"],
  },
  { id: "ml", labels: ["apprentissage automatique", "machine learning", "التعلم الآلي"] },
  { id: null, labels: ["Interaction homme-machine"] },
];
const terms = (words: string[], named: string[] = []): QueryTerms => ({
  words,
  named: new Set(named),
});

describe("which skill chips a query matched", () => {
  test("a concept the query names by a synonym, although no word of it appears", () => {
    expect(matchedSkills(terms(["ia"], ["ai"]), skills)).toEqual([1]);
  });

  test("a typo Meilisearch forgives marks the chip too", () => {
    expect(matchedSkills(terms(["pyhton"]), skills)).toEqual([0]);
  });

  test("the chip matching more query words comes first", () => {
    expect(matchedSkills(terms(["machine", "learning"]), skills)).toEqual([2, 3]);
  });

  test("short words need to be exact", () => {
    expect(matchedSkills(terms(["ml"]), skills)).toEqual([]);
    expect(matchedSkills(terms([]), skills)).toEqual([]);
  });

  test("a concept on several cards is marked on each, and a new query is read afresh", () => {
    const page = [...skills, skills[2]!, skills[0]!];
    expect(matchedSkills(terms(["machine", "learning"]), page)).toEqual([2, 4, 3]);
    expect(matchedSkills(terms(["python"]), page)).toEqual([0, 5]);
  });
});
