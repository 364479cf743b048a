import { describe, expect, it } from "vitest";
import { shippedTaxonomy } from "../labs/taxonomy";
import { explainSuggestion } from "./explain";
import { lab } from "./lab-fixtures";
import { scorePartner } from "./score";
import { DEFAULT_COUNTRY_PREFERENCE } from "./types";
import { LAB_WEIGHTS } from "./weights";

const source = lab({
  id: "ma",
  country: "MA",
  sectors: ["health"],
  needs: [{ kind: "joint_research", details: "Nous cherchons la vision par ordinateur." }],
  members: [{ skills: { "machine-learning": 5 } }, { skills: { "machine-learning": 4 } }],
});
const partner = lab({
  id: "be",
  country: "BE",
  sectors: ["health"],
  members: [
    { skills: { "machine-learning": 4, "computer-vision": 5 } },
    { skills: { "computer-vision": 5 } },
  ],
});
const suggestion = scorePartner(source, partner, {
  purpose: "joint_research",
  weights: LAB_WEIGHTS.joint_research,
  taxonomy: shippedTaxonomy(),
  year: 2026,
  countryPreference: DEFAULT_COUNTRY_PREFERENCE,
  pairingTies: new Map(),
});

describe("explainSuggestion", () => {
  it("puts the stated need first, in the reader's language", () => {
    expect(explainSuggestion(suggestion, "fr")).toBe(
      "Apporte vision par ordinateur, un besoin déclaré · partenaire en Belgique · compétences partagées : apprentissage automatique",
    );
    expect(explainSuggestion(suggestion, "en")).toMatch(
      /^Brings computer vision, a stated need · /,
    );
    expect(explainSuggestion(suggestion, "ar")).toContain("الرؤية الحاسوبية");
  });

  it("says so when little is shared", () => {
    const weak = { breakdown: suggestion.breakdown.map((c) => ({ ...c, points: 0 })) };
    expect(explainSuggestion(weak, "en")).toBe("Little in common");
  });
});
