import { describe, expect, it } from "vitest";
import { SKILL_CONCEPTS } from "../../../db/taxonomy";
import { closestSkill, relatedSkills, shippedTaxonomy, skillRelatedness } from "./taxonomy";

const taxonomy = shippedTaxonomy();

describe("skill relatedness", () => {
  it("grades the hierarchy symmetrically", () => {
    const r = (a: string, b: string) => skillRelatedness(taxonomy, a, b);
    expect(r("computer-vision", "computer-vision")).toBe(1);
    expect(r("machine-learning", "deep-learning")).toBe(0.7);
    expect(r("deep-learning", "machine-learning")).toBe(0.7);
    expect(r("machine-learning", "computer-vision")).toBe(0.5);
    expect(r("artificial-intelligence", "deep-learning")).toBe(0.45);
    expect(r("computer-vision", "erp-systems")).toBe(0);
  });

  it("lists exactly the related concepts, closest first", () => {
    for (const concept of SKILL_CONCEPTS.filter((_, i) => i % 7 === 0)) {
      const expected = SKILL_CONCEPTS.filter(
        (c) => skillRelatedness(taxonomy, concept.id, c.id) > 0,
      )
        .map((c) => c.id)
        .sort();
      const listed = relatedSkills(taxonomy, concept.id);
      expect(listed.map((r) => r.skillId).sort()).toEqual(expected);
      expect(listed[0]).toEqual({ skillId: concept.id, relatedness: 1 });
    }
  });

  it("finds the closest of a set", () => {
    const set = new Set(["machine-learning", "deep-learning"]);
    expect(closestSkill(taxonomy, "deep-learning", set)).toEqual({
      skillId: "deep-learning",
      relatedness: 1,
    });
    expect(closestSkill(taxonomy, "neural-networks", set)).toEqual({
      skillId: "machine-learning",
      relatedness: 0.7,
    });
    expect(closestSkill(taxonomy, "erp-systems", set)).toBeNull();
  });
});
