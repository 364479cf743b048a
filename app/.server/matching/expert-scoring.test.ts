import { describe, expect, test } from "vitest";
import type { ExpertBreakdownItem } from "~/utils/matching-breakdown";
import { explainExpertMatch } from "~/utils/matching-explanation";
import { SKILL_CONCEPTS } from "../../../db/taxonomy";
import { buildConceptMatcher } from "./concept-extraction";
import { buildCorpusStats } from "./corpus-stats";
import { type ExpertCandidate, rankExperts } from "./expert-scoring";
import { analyzeNeed } from "./need-analysis";
import { graphFromConcepts } from "./taxonomy-graph";

const graph = graphFromConcepts(SKILL_CONCEPTS);
const matcher = buildConceptMatcher(graph);

function candidate(name: string, overrides: Partial<ExpertCandidate>): ExpertCandidate {
  return {
    personId: name.toLowerCase(),
    externalId: null,
    slug: name.toLowerCase(),
    name,
    headline: "",
    bio: "",
    freeTags: [],
    updatedAt: 0,
    mentoringOpen: true,
    skills: [],
    publications: [],
    ...overrides,
  };
}

const paper = (title: string, abstract = "") => ({ id: title, title, abstract, year: 2024 });

const pool = [
  candidate("Vision", {
    skills: [{ skillId: "computer-vision", level: 5 }],
    publications: [paper("Crop disease detection from leaf images", "Tomato leaves, smartphone.")],
  }),
  candidate("Segmenter", { skills: [{ skillId: "image-segmentation", level: 5 }] }),
  candidate("Generalist", { skills: [{ skillId: "artificial-intelligence", level: 5 }] }),
  candidate("Novice", { skills: [{ skillId: "computer-vision", level: 1 }] }),
  candidate("Chef", {
    skills: [{ skillId: "project-management", level: 5 }],
    headline: "Crop insurance",
  }),
  candidate("Nobody", { skills: [{ skillId: "php", level: 5 }] }),
];

// A small corpus: rarity comes from the network itself.
const stats = buildCorpusStats({
  profiles: ["Data engineer", "Crop insurance", "Web developer", "Project manager"].map(
    (text, i) => ({ id: `p${i}`, text }),
  ),
  publications: [
    {
      id: "Crop disease detection from leaf images",
      title: "Crop disease detection from leaf images",
      abstract: "Tomato leaves, smartphone.",
    },
    { id: "survey", title: "A survey of databases", abstract: "" },
    { id: "banks", title: "Project management in banks", abstract: "" },
  ],
  people: 40,
  conceptHolders: [
    ["computer-vision", 4],
    ["image-segmentation", 2],
    ["artificial-intelligence", 20],
    ["project-management", 15],
  ],
});

const rank = (text: string, candidates = pool) =>
  rankExperts(candidates, analyzeNeed(text, { graph, matcher, stats }), { graph, stats });

const item = <C extends ExpertBreakdownItem["criterion"]>(
  breakdown: ExpertBreakdownItem[],
  criterion: C,
) =>
  breakdown.find((i) => i.criterion === criterion) as Extract<
    ExpertBreakdownItem,
    { criterion: C }
  >;

describe("expert ranking on a hand-built pool", () => {
  test("the holder of the concept with a paper on the topic comes first", () => {
    const ranked = rank("Computer vision to detect crop diseases on tomato leaves");
    expect(ranked[0]!.name).toBe("Vision");
    const concepts = item(ranked[0]!.breakdown, "concepts").details.matches;
    expect(concepts[0]).toMatchObject({
      concept: { id: "computer-vision" },
      skill: { id: "computer-vision" },
      level: 5,
      relation: "same",
    });
    const papers = item(ranked[0]!.breakdown, "publications").details.publications;
    expect(papers[0]!.title).toBe("Crop disease detection from leaf images");
    // Phrases of the need first, then its other words found in the paper.
    expect(papers[0]!.terms).toEqual(expect.arrayContaining(["crop diseases", "tomato leaves"]));
  });

  test("a specialty (narrower) beats the wide field (broader); level counts", () => {
    const names = rank("computer vision").map((r) => r.name);
    expect(names.indexOf("Segmenter")).toBeLessThan(names.indexOf("Generalist"));
    expect(names.indexOf("Vision")).toBeLessThan(names.indexOf("Novice"));
    expect(names).not.toContain("Nobody");
  });

  test("points of the breakdown add up to the score, at most 100", () => {
    for (const result of rank("vision par ordinateur pour les maladies des cultures")) {
      const sum = result.breakdown.reduce((s, i) => s + i.points, 0);
      expect(Math.abs(sum - result.score)).toBeLessThan(0.5);
      expect(result.score).toBeLessThanOrEqual(100);
    }
  });

  test("the same need in Arabic finds the same expert through the taxonomy", () => {
    expect(rank("الرؤية الحاسوبية لكشف أمراض المحاصيل")[0]!.name).toBe("Vision");
  });

  test("a paper newer than the statistics is read from its own text", () => {
    const newcomer = candidate("Newcomer", {
      publications: [paper("Tomato leaf blight", "Leaves of tomato plants.")],
    });
    const ranked = rank("tomato leaves", [newcomer]);
    expect(ranked[0]!.breakdown[0]).toMatchObject({ criterion: "publications" });
  });

  test("words alone rank when no concept is named", () => {
    const ranked = rank("tomato leaves");
    expect(ranked[0]!.name).toBe("Vision");
    expect(ranked[0]!.breakdown.some((i) => i.criterion === "concepts")).toBe(false);
  });

  test("the explanation names the skill with its level and the paper", () => {
    const line = explainExpertMatch(rank("computer vision for tomato leaves")[0]!.breakdown, "fr");
    expect(line).toContain("vision par ordinateur (niv. 5)");
    expect(line).toContain("« Crop disease detection from leaf images »");
  });
});
