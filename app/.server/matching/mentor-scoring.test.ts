import { describe, expect, test } from "vitest";
import type { MentorBreakdownItem } from "~/utils/matching-breakdown";
import { explainMentorSuggestion, explainNearMiss } from "~/utils/matching-explanation";
import { SECTORS, SKILL_CONCEPTS } from "../../../db/taxonomy";
import { type MentorProfile, rankMentors, type StudentProfile } from "./mentor-scoring";
import { graphFromConcepts } from "./taxonomy-graph";

const graph = graphFromConcepts(SKILL_CONCEPTS);
const sectors = new Map(SECTORS.map((s) => [s.id, s.labels]));

const student: StudentProfile = {
  personId: "student",
  city: "Laâyoune",
  country: "MA",
  skills: [
    { skillId: "computer-vision", level: 3 },
    { skillId: "python", level: 3 },
  ],
  sectors: ["agriculture"],
  languages: [
    { code: "ar", level: "native" },
    { code: "fr", level: "fluent" },
  ],
  needs: ["thesis_cosupervision"],
};

function mentor(name: string, overrides: Partial<MentorProfile>): MentorProfile {
  return {
    personId: name.toLowerCase(),
    slug: name.toLowerCase(),
    name,
    kind: "researcher",
    city: "Rabat",
    country: "MA",
    skills: [],
    sectors: [],
    languages: [{ code: "fr", level: "fluent" }],
    offers: ["mentoring"],
    mentoringStatus: "open",
    mentoringCapacity: 3,
    ...overrides,
  };
}

const network = [
  mentor("Amal", {
    skills: [
      { skillId: "computer-vision", level: 5 },
      { skillId: "deep-learning", level: 4 },
    ],
    sectors: ["agriculture"],
    languages: [
      { code: "ar", level: "native" },
      { code: "fr", level: "fluent" },
    ],
    offers: ["mentoring", "thesis_cosupervision"],
  }),
  mentor("Bruno", {
    city: "Bruxelles",
    country: "BE",
    skills: [{ skillId: "image-processing", level: 5 }],
    sectors: ["agriculture"],
  }),
  mentor("Chloe", {
    skills: [
      { skillId: "kubernetes", level: 5 },
      { skillId: "python", level: 5 },
    ],
    sectors: ["finance"],
  }),
  mentor("Dirk", {
    city: "Gand",
    country: "BE",
    skills: [
      { skillId: "computer-vision", level: 5 },
      { skillId: "image-segmentation", level: 5 },
    ],
    sectors: ["agriculture"],
    languages: [
      { code: "nl", level: "native" },
      { code: "en", level: "fluent" },
    ],
    offers: ["thesis_cosupervision"],
  }),
  mentor("Eva", {
    skills: [{ skillId: "computer-vision", level: 5 }],
    sectors: ["agriculture"],
    offers: ["thesis_cosupervision"],
    mentoringStatus: "paused",
  }),
  mentor("Farid", {
    skills: [{ skillId: "computer-vision", level: 4 }],
    sectors: ["agriculture"],
    offers: ["thesis_cosupervision"],
    mentoringCapacity: 1,
  }),
  mentor("Gaspard", { skills: [{ skillId: "php", level: 5 }], sectors: ["tourism-culture"] }),
];

const rank = (
  mentors = network,
  activeMentees: Map<string, number> = new Map([["farid", 1]]),
  limit = 3,
) => rankMentors(student, mentors, { graph, sectors, activeMentees }, { limit });

const item = <C extends MentorBreakdownItem["criterion"]>(
  breakdown: MentorBreakdownItem[],
  criterion: C,
) =>
  breakdown.find((i) => i.criterion === criterion) as Extract<
    MentorBreakdownItem,
    { criterion: C }
  >;

describe("mentor suggestions on a hand-built network", () => {
  test("the mentor who shares the topic, the sector and the offer comes first", () => {
    const { suggestions } = rank();
    expect(suggestions.map((s) => s.name)).toEqual(["Amal", "Bruno", "Chloe"]);
    const amal = suggestions[0]!;
    expect(item(amal.breakdown, "shared_skills").details.skills[0]).toMatchObject({
      skill: { id: "computer-vision", labels: { fr: "vision par ordinateur" } },
      mentorLevel: 5,
      studentLevel: 3,
    });
    expect(item(amal.breakdown, "offer").details.kinds).toEqual(["thesis_cosupervision"]);
    expect(item(amal.breakdown, "languages").details.languages.map((l) => l.code)).toEqual([
      "ar",
      "fr",
    ]);
  });

  test("a related skill counts through the taxonomy: image processing ↔ computer vision", () => {
    const bruno = rank().suggestions.find((s) => s.name === "Bruno")!;
    expect(item(bruno.breakdown, "related_skills").details.pairs).toEqual([
      expect.objectContaining({
        studentSkill: expect.objectContaining({ id: "computer-vision" }),
        mentorSkill: expect.objectContaining({ id: "image-processing" }),
        relation: "narrower",
      }),
    ]);
    expect(item(bruno.breakdown, "place").details.relation).toBe("cross_country");
    expect(bruno.breakdown.some((i) => i.criterion === "shared_skills")).toBe(false);
  });

  test("hard constraints leave strong candidates out, as near misses with the reason", () => {
    const { suggestions, nearMisses } = rank();
    const left = ["Dirk", "Eva", "Farid"];
    expect(suggestions.map((s) => s.name)).not.toEqual(expect.arrayContaining(left));
    expect(Object.fromEntries(nearMisses.map((m) => [m.name, m.reasons]))).toEqual({
      Dirk: ["no_shared_language"],
      Eva: ["mentoring_paused"],
      Farid: ["capacity_full"],
    });
  });

  test("capacity comes from the active-mentees loader: a free slot lets the mentor back in", () => {
    const { suggestions, nearMisses } = rank(network, new Map(), 10);
    expect(suggestions.map((s) => s.name)).toContain("Farid");
    expect(nearMisses.map((m) => m.name)).not.toContain("Farid");
  });

  test("someone with nothing in common with the topic is never suggested", () => {
    const { suggestions, nearMisses } = rank(network, new Map(), 10);
    expect([...suggestions, ...nearMisses].map((s) => s.name)).not.toContain("Gaspard");
  });

  test("a mentor who knows less than the student about a skill counts for less", () => {
    const [ahead, behind] = [5, 2].map(
      (level) =>
        rank([mentor("X", { skills: [{ skillId: "computer-vision", level }] })], new Map())
          .suggestions[0]!,
    );
    expect(item(behind!.breakdown, "shared_skills").points).toBeLessThan(
      item(ahead!.breakdown, "shared_skills").points / 2 + 0.1,
    );
  });

  test("the breakdown reads as one line in French, English and Arabic", () => {
    const amal = rank().suggestions[0]!;
    const fr = explainMentorSuggestion(amal.breakdown, "fr");
    expect(fr).toContain("1 compétence partagée (vision par ordinateur)");
    expect(fr).toContain("parlent tous deux arabe et français");
    expect(fr).toContain("propose le co-encadrement de thèse");
    expect(fr).toContain("même secteur (Agriculture)");
    expect(explainMentorSuggestion(amal.breakdown, "en")).toContain("both speak Arabic and French");
    expect(explainMentorSuggestion(amal.breakdown, "ar")).toContain("الرؤية الحاسوبية");
    const bruno = rank().suggestions[1]!;
    expect(explainMentorSuggestion(bruno.breakdown, "fr")).toContain(
      "traitement d’images ↔ vision par ordinateur",
    );
    expect(explainMentorSuggestion(bruno.breakdown, "fr")).toContain(
      "passerelle Laâyoune ↔ Bruxelles",
    );
    expect(explainNearMiss(["capacity_full"], "fr")).toBe("écarté·e : capacité atteinte");
  });
});
