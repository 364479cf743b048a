import { describe, expect, it } from "vitest";
import { shippedTaxonomy } from "../labs/taxonomy";
import { lab, member } from "./lab-fixtures";
import { personAsSource, rankPartners } from "./score";
import { type CriterionResult, DEFAULT_COUNTRY_PREFERENCE, type ScoringContext } from "./types";
import { PERSON_WEIGHTS } from "./weights";

const ctx = (overrides: Partial<ScoringContext> = {}): ScoringContext => ({
  purpose: "internship",
  weights: PERSON_WEIGHTS.internship,
  taxonomy: shippedTaxonomy(),
  year: 2026,
  countryPreference: DEFAULT_COUNTRY_PREFERENCE,
  pairingTies: new Map(),
  ...overrides,
});

const criterion = <I extends CriterionResult["id"]>(list: CriterionResult[], id: I) =>
  list.find((c) => c.id === id) as Extract<CriterionResult, { id: I }>;

const ml = { "machine-learning": 5, "natural-language-processing": 4 };
const twin = lab({ id: "be-twin", country: "BE", members: [{ skills: ml }, { skills: ml }] });

describe("person → lab suggestions", () => {
  it("finds a Belgian internship host strong in what a Moroccan student asks for", () => {
    const student = member(
      {
        id: "stu",
        kind: "student",
        skills: { python: 3, "machine-learning": 2 },
        languages: { fr: "fluent", ar: "native" },
        needs: [{ kind: "internship", details: "Je cherche un stage en vision par ordinateur." }],
      },
      "stu",
      "MA",
    );
    const person = personAsSource(student, [], ["ma-school"]);
    expect(person.statedNeedSkills).toEqual(["computer-vision"]);
    const host = lab({
      id: "be-cv-host",
      country: "BE",
      offers: [{ kind: "internship" }],
      members: [{ skills: { "computer-vision": 5, python: 4 } }],
    });
    const noHost = lab({
      id: "be-cv",
      country: "BE",
      members: [{ skills: { "computer-vision": 5, python: 4 } }],
    });
    const own = lab({
      id: "ma-school",
      country: "MA",
      members: [{ id: "stu", skills: { python: 3 } }],
    });
    const ranked = rankPartners(person, [noHost, own, twin, host], ctx(), 5);
    expect(ranked.map((s) => s.partner.id).slice(0, 2)).toEqual(["be-cv-host", "be-cv"]);
    expect(ranked.map((s) => s.partner.id)).not.toContain("ma-school");
    expect(criterion(ranked[0]!.breakdown, "complementarity").details.skills[0]).toMatchObject({
      skillId: "computer-vision",
      statedNeed: "computer-vision",
    });
  });
});
