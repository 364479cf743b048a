import { describe, expect, it } from "vitest";
import { labData } from "../partners/lab-fixtures";
import { aggregateLab, skillStrength } from "./aggregate";
import { skillsMentioned } from "./taxonomy";

describe("skillStrength", () => {
  it("weighs the best level, the mean and the depth", () => {
    expect(skillStrength([])).toBe(0);
    expect(skillStrength([5])).toBe(0.75);
    expect(skillStrength([2])).toBe(0.3);
    // Four experts at level 5 saturate it.
    expect(skillStrength([5, 5, 5, 5])).toBe(1);
    // A second member adds depth; a weak one lowers the mean a little.
    expect(skillStrength([5, 5])).toBeGreaterThan(skillStrength([5]));
    expect(skillStrength([5, 1])).toBeLessThan(skillStrength([5, 5]));
  });
});

describe("aggregateLab", () => {
  const data = labData({
    id: "lab-a",
    country: "MA",
    sectors: ["health"],
    offers: [{ kind: "internship", details: "Stages en apprentissage automatique" }],
    needs: [
      { kind: "joint_research", details: "Nous cherchons une expertise en vision par ordinateur." },
    ],
    members: [
      {
        id: "p1",
        skills: { "machine-learning": 5, "natural-language-processing": 3 },
        sectors: ["health", "education"],
        languages: { fr: "native", ar: "native", en: "basic" },
        offers: ["thesis_cosupervision", "mentoring"],
      },
      {
        id: "p2",
        skills: { "machine-learning": 3 },
        sectors: ["health"],
        languages: { fr: "fluent", en: "professional" },
        offers: ["mentoring"],
      },
      {
        id: "p3",
        kind: "student",
        skills: { python: 2 },
        languages: { ar: "native" },
        needs: [{ kind: "internship", details: "Je cherche un stage en TAL." }],
      },
    ],
    publications: [
      {
        year: 2023,
        title: "Apprentissage automatique pour la santé au Maroc",
        authors: ["p1", "p2"],
      },
      { year: 2024, title: "Machine learning for Arabic NLP", authors: ["p1", "outsider"] },
      { year: 2024, title: "Arabic dialect corpora", authors: ["p2"] },
    ],
  });
  const profile = aggregateLab(data);

  it("sums up skills per concept, strongest first", () => {
    expect(profile.skills[0]).toEqual({
      skillId: "machine-learning",
      members: 2,
      maxLevel: 5,
      meanLevel: 4,
      strength: skillStrength([5, 3]),
    });
    // Concepts only the papers name follow, at the "has it" strength of one paper.
    expect(profile.skills.map((s) => s.skillId)).toEqual([
      "machine-learning",
      "natural-language-processing",
      "python",
      "arabic-nlp",
      "e-health",
    ]);
    expect(profile.skills.at(-2)).toEqual({
      skillId: "arabic-nlp",
      members: 0,
      maxLevel: 0,
      meanLevel: 0,
      strength: 0.3,
    });
    expect(profile.memberIds).toEqual(["p1", "p2", "p3"]);
    expect(profile.membersByKind).toEqual({ student: 1, expert: 0, researcher: 2 });
  });

  it("mixes declared sectors with the members' sectors", () => {
    expect(profile.sectors).toEqual([
      { sectorId: "health", members: 2, declared: true, weight: 0.667 },
      { sectorId: "education", members: 1, declared: false, weight: 0.333 },
    ]);
  });

  it("counts publications by year, with terms and the concepts they mention", () => {
    expect(profile.publications.total).toBe(3);
    expect(profile.publications.byYear).toEqual([
      { year: 2023, count: 1 },
      { year: 2024, count: 2 },
    ]);
    expect(profile.publications.lastYear).toBe(2024);
    expect(profile.publications.topTerms[0]).toEqual({ term: "arabic", count: 2 });
    expect(profile.publications.topics).toEqual(
      expect.arrayContaining([
        { skillId: "machine-learning", count: 2 },
        { skillId: "arabic-nlp", count: 1 },
        { skillId: "e-health", count: 1 },
      ]),
    );
  });

  it("lists offers and needs by convention kind, with the concepts the lab names", () => {
    const offer = (kind: string) => profile.offers.find((o) => o.kind === kind);
    expect(offer("internship")).toEqual({
      kind: "internship",
      statements: [
        { details: "Stages en apprentissage automatique", skillIds: ["machine-learning"] },
      ],
      members: 0,
    });
    expect(offer("mentoring")?.members).toBe(2);
    expect(offer("thesis_cosupervision")).toEqual({
      kind: "thesis_cosupervision",
      statements: [],
      members: 1,
    });
    expect(profile.needs.map((n) => [n.kind, n.statements.length, n.members])).toEqual([
      ["internship", 0, 1],
      ["joint_research", 1, 0],
    ]);
    expect(profile.statedNeedSkills).toEqual(["computer-vision"]);
  });

  it("counts countries and working languages (basic level left out)", () => {
    expect(profile.countries).toEqual([{ country: "MA", members: 3 }]);
    expect(profile.languages).toEqual([
      { language: "ar", members: 2 },
      { language: "fr", members: 2 },
      { language: "en", members: 1 },
    ]);
  });

  it("aggregates a university through its labs, each person once", () => {
    const labB = labData({
      id: "lab-b",
      country: "MA",
      sectors: ["agriculture"],
      needs: [{ kind: "mobility", details: "Accueil en télédétection" }],
      members: [{ id: "p9", skills: { "remote-sensing": 4 } }],
    });
    const university = aggregateLab({
      organization: { ...data.organization, id: "uni", slug: "uni", kind: "university" },
      units: [
        { ...data.organization, memberIds: ["p1", "p2", "p3"] },
        { ...labB.organization, memberIds: ["p1", "p9"] },
      ],
      // p1 works in both labs: loaded once, listed in both units.
      members: [...data.members, ...labB.members],
      publications: data.publications,
    });
    expect(university.unitIds).toEqual(["uni", "lab-a", "lab-b"]);
    expect(university.memberIds).toEqual(["p1", "p2", "p3", "p9"]);
    expect(university.labs.map((l) => [l.id, l.members])).toEqual([
      ["lab-a", 3],
      ["lab-b", 2],
    ]);
    expect(university.sectors.map((s) => s.sectorId)).toEqual([
      "agriculture",
      "health",
      "education",
    ]);
    expect(university.statedNeedSkills.sort()).toEqual(["computer-vision", "remote-sensing"]);
  });
});

describe("skillsMentioned", () => {
  it("finds concepts by label or synonym in the three languages", () => {
    expect(
      skillsMentioned("Le laboratoire cherche un partenaire en vision par ordinateur."),
    ).toEqual(["computer-vision"]);
    expect(skillsMentioned("Joint work on Deep Learning and computer vision")).toEqual(
      expect.arrayContaining(["deep-learning", "computer-vision"]),
    );
    expect(skillsMentioned("مشروع في التعلم الآلي")).toContain("machine-learning");
  });

  it("takes acronyms only with their case", () => {
    expect(skillsMentioned("Un projet en NLP")).toContain("natural-language-processing");
    expect(skillsMentioned("ajouter 5 ml d'eau")).not.toContain("machine-learning");
  });
});
