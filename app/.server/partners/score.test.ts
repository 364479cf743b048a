import { describe, expect, it } from "vitest";
import type { ConventionKind } from "../../../db/schema";
import { shippedTaxonomy } from "../labs/taxonomy";
import { skillRarity } from "./criteria";
import { lab } from "./lab-fixtures";
import { rankPartners, scorePartner } from "./score";
import {
  type CriterionId,
  type CriterionResult,
  DEFAULT_COUNTRY_PREFERENCE,
  type ScoringContext,
} from "./types";
import { LAB_WEIGHTS } from "./weights";

function ctx(purpose: ConventionKind, overrides: Partial<ScoringContext> = {}): ScoringContext {
  return {
    purpose,
    weights: LAB_WEIGHTS[purpose],
    taxonomy: shippedTaxonomy(),
    year: 2026,
    countryPreference: DEFAULT_COUNTRY_PREFERENCE,
    pairingTies: new Map(),
    ...overrides,
  };
}

function criterion<I extends CriterionId>(breakdown: CriterionResult[], id: I) {
  return breakdown.find((c) => c.id === id) as Extract<CriterionResult, { id: I }>;
}

// A Moroccan machine-learning and NLP lab that says it needs computer vision.
const source = lab({
  id: "ma-ml",
  country: "MA",
  sectors: ["health"],
  needs: [
    {
      kind: "joint_research",
      details: "Le laboratoire cherche un partenaire en Belgique en vision par ordinateur.",
    },
  ],
  members: [
    { id: "s1", skills: { "machine-learning": 5, "natural-language-processing": 4 } },
    { id: "s2", skills: { "machine-learning": 4, "natural-language-processing": 4 } },
  ],
});

const ml = { "machine-learning": 5, "natural-language-processing": 4 };
// Belgian labs where the right partner is known: "complement" shares ML and brings vision.
const twin = lab({
  id: "be-twin",
  country: "BE",
  sectors: ["health"],
  members: [{ skills: ml }, { skills: ml }],
});
const complement = lab({
  id: "be-complement",
  country: "BE",
  sectors: ["health"],
  members: [
    { skills: { "machine-learning": 4, "computer-vision": 5 } },
    { skills: { "computer-vision": 5, "image-processing": 4 } },
  ],
});
const visionOnly = lab({
  id: "be-vision",
  country: "BE",
  members: [{ skills: { "computer-vision": 5 } }, { skills: { "computer-vision": 4 } }],
});
const erp = lab({
  id: "be-erp",
  country: "BE",
  members: [{ skills: { "erp-systems": 5 } }, { skills: { "erp-systems": 5 } }],
});
const localComplement = lab({
  id: "ma-complement",
  country: "MA",
  sectors: ["health"],
  members: [
    { skills: { "machine-learning": 4, "computer-vision": 5 } },
    { skills: { "computer-vision": 5, "image-processing": 4 } },
  ],
});
const candidates = [twin, complement, visionOnly, erp, localComplement];

describe("lab → lab partner scoring", () => {
  it("ranks the lab that shares our science and brings the stated need first", () => {
    const ranked = rankPartners(source, candidates, ctx("joint_research"), 10);
    expect(ranked[0]!.partner.id).toBe("be-complement");
    // The same lab in Morocco loses the cross-country points, and only those.
    const be = ranked.find((s) => s.partner.id === "be-complement")!;
    const ma = ranked.find((s) => s.partner.id === "ma-complement")!;
    expect(be.score - ma.score).toBeCloseTo(LAB_WEIGHTS.joint_research.country, 5);
  });

  it("says which skills complement us, and that one of them is a stated need", () => {
    const s = scorePartner(source, complement, ctx("joint_research"));
    const comp = criterion(s.breakdown, "complementarity");
    expect(comp.details.skills[0]).toMatchObject({
      skillId: "computer-vision",
      statedNeed: "computer-vision",
    });
    expect(comp.details.skills.map((c) => c.skillId)).toContain("image-processing");
    // Machine learning is shared, not complementary.
    expect(comp.details.skills.map((c) => c.skillId)).not.toContain("machine-learning");
    expect(criterion(s.breakdown, "overlap").details.skills[0]!.skillId).toBe("machine-learning");
  });

  it("scores complementarity where the partner is strong and we are weak, not overlap", () => {
    const score = (p: typeof twin) => scorePartner(source, p, ctx("joint_research")).breakdown;
    expect(criterion(score(twin), "complementarity").points).toBe(0);
    expect(criterion(score(visionOnly), "complementarity").points).toBeGreaterThan(
      criterion(score(twin), "complementarity").points,
    );
    expect(criterion(score(twin), "overlap").points).toBeGreaterThan(
      criterion(score(visionOnly), "overlap").points,
    );
    // A strength far from anything we do barely counts.
    expect(criterion(score(erp), "complementarity").points).toBeLessThan(
      criterion(score(visionOnly), "complementarity").points / 3,
    );
  });

  it("without a stated need, prefers a gap next to our field over an unrelated one", () => {
    const noNeeds = { ...source, statedNeedSkills: [] };
    const deep = lab({
      id: "be-deep",
      country: "BE",
      members: [{ skills: { "speech-recognition": 5 } }],
    });
    const far = lab({ id: "be-far", country: "BE", members: [{ skills: { "erp-systems": 5 } }] });
    const comp = (p: typeof deep) =>
      criterion(scorePartner(noNeeds, p, ctx("joint_research")).breakdown, "complementarity");
    expect(comp(deep).details.skills[0]).toMatchObject({
      skillId: "speech-recognition",
      statedNeed: null,
    });
    expect(comp(deep).points).toBeGreaterThan(comp(far).points * 2);
  });

  it("weighs a shared skill by its rarity: Linux everywhere tells little", () => {
    const withLinux = (id: string, extra: Record<string, number>) =>
      lab({ id, country: "BE", members: [{ skills: { linux: 5, ...extra } }] });
    const pool = [
      withLinux("be-l1", {}),
      withLinux("be-l2", {}),
      withLinux("be-l3", {}),
      withLinux("be-nlp", { "natural-language-processing": 4 }),
    ];
    const weights = skillRarity(pool);
    expect(weights.get("linux")).toBe(0.25);
    expect(weights.get("natural-language-processing")).toBe(0.813);
    const me = lab({
      id: "ma-me",
      country: "MA",
      members: [{ skills: { linux: 5, "natural-language-processing": 4 } }],
    });
    const [best] = rankPartners(me, pool, ctx("joint_research"), 4);
    expect(best!.partner.id).toBe("be-nlp");
    expect(criterion(best!.breakdown, "overlap").details.skills[0]!.skillId).toBe(
      "natural-language-processing",
    );
  });

  it("counts shared sectors, common languages and the purpose offer", () => {
    const host = lab({
      id: "be-host",
      country: "BE",
      sectors: ["health", "education"],
      offers: [{ kind: "internship" }],
      members: [{ skills: ml, languages: { fr: "native", en: "fluent" } }],
    });
    const s = scorePartner(source, host, ctx("internship"));
    expect(criterion(s.breakdown, "sectors").details.sectorIds).toEqual(["health"]);
    expect(criterion(s.breakdown, "languages").details.languages).toEqual(["fr"]);
    expect(criterion(s.breakdown, "purpose")).toMatchObject({
      points: LAB_WEIGHTS.internship.purpose,
      details: { kind: "internship", organization: true, members: 0 },
    });
    // Looking for joint research too is a match for joint research, not for an internship.
    const seeker = lab({
      id: "be-seeker",
      country: "BE",
      needs: [{ kind: "joint_research", details: "" }],
      members: [{ skills: ml }],
    });
    expect(
      criterion(scorePartner(source, seeker, ctx("joint_research")).breakdown, "purpose").details
        .reciprocal,
    ).toBe(true);
    expect(
      criterion(scorePartner(source, seeker, ctx("internship")).breakdown, "purpose").points,
    ).toBe(0);
  });

  it("rewards recent papers on our topics more than old ones", () => {
    const paper = (year: number) =>
      lab({
        id: `be-${year}`,
        country: "BE",
        members: [{ id: "a", skills: { statistics: 3 } }],
        publications: [
          { year, title: "Machine learning for health records", authors: ["a"] },
          { year, title: "Traitement automatique des langues arabes", authors: ["a"] },
          { year, title: "Bridges and concrete", authors: ["a"] },
        ],
      });
    const pubs = (p: ReturnType<typeof paper>) =>
      criterion(scorePartner(source, p, ctx("joint_research")).breakdown, "publications");
    expect(pubs(paper(2025)).details).toEqual({
      matching: 2,
      recent: 2,
      skillIds: ["machine-learning", "arabic-nlp"],
    });
    expect(pubs(paper(2025)).points).toBeGreaterThan(pubs(paper(2012)).points);
    expect(pubs(paper(2012)).details.recent).toBe(0);
  });

  it("counts co-authored papers and earlier pairings as ties", () => {
    const friend = lab({
      id: "be-friend",
      country: "BE",
      members: [{ id: "f1", skills: ml }],
      publications: [
        { year: 2024, title: "A joint paper", authors: ["f1", "s1"] },
        { year: 2024, title: "A solo paper", authors: ["f1"] },
      ],
    });
    const s = scorePartner(
      source,
      friend,
      ctx("joint_research", { pairingTies: new Map([["be-friend", 1]]) }),
    );
    const ties = criterion(s.breakdown, "ties");
    expect(ties.details).toEqual({ coauthored: 1, pairings: 1 });
    expect(ties.points).toBeCloseTo(LAB_WEIGHTS.joint_research.ties * 0.75, 1);
  });

  it("follows the country preference given per call", () => {
    const none = ctx("joint_research", { countryPreference: { pairs: [], strict: false } });
    expect(criterion(scorePartner(source, complement, none).breakdown, "country").points).toBe(0);
    const strict = ctx("joint_research", {
      countryPreference: { pairs: [["MA", "BE"]], strict: true },
    });
    expect(
      rankPartners(source, candidates, strict, 10).map((s) => s.partner.country),
    ).not.toContain("MA");
    const domestic = ctx("joint_research", {
      countryPreference: { pairs: [["MA", "MA"]], strict: true },
    });
    expect(rankPartners(source, candidates, domestic, 10).map((s) => s.partner.id)).toEqual([
      "ma-complement",
    ]);
  });

  it("leaves out the lab itself, its university, and partners with nothing in common", () => {
    const university = {
      ...lab({ id: "uni", country: "MA", kind: "university", members: [] }),
      unitIds: ["uni", "ma-ml"],
    };
    const nothing = lab({ id: "be-empty", country: "BE", members: [] });
    const ranked = rankPartners(
      source,
      [source, university, nothing, ...candidates],
      ctx("joint_research"),
      10,
    );
    expect(ranked.map((s) => s.partner.id)).not.toEqual(expect.arrayContaining(["ma-ml"]));
    expect(ranked.map((s) => s.partner.id)).not.toContain("uni");
    expect(ranked.map((s) => s.partner.id)).not.toContain("be-empty");
    expect(rankPartners(source, candidates, ctx("joint_research"), 2)).toHaveLength(2);
  });

  it("gives every suggestion a full breakdown that adds up to its score", () => {
    for (const s of rankPartners(source, candidates, ctx("mobility"), 10)) {
      expect(s.breakdown.map((c) => c.id).sort()).toEqual(Object.keys(LAB_WEIGHTS.mobility).sort());
      const sum = s.breakdown.reduce((acc, c) => acc + c.points, 0);
      expect(s.score).toBeCloseTo(sum, 1);
      for (const c of s.breakdown) expect(c.points).toBeLessThanOrEqual(c.max);
    }
  });
});
