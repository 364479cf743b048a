import { expect, test } from "vitest";
import { SKILL_CONCEPTS } from "../db/taxonomy";
import { generateProfiles, isListed } from "./generate-profiles";
import { GroundTruth } from "./ground-truth";

const take = (n: number, seed?: number) => [...generateProfiles(n, seed)];

test("the same seed gives the same profiles; a larger run starts with the smaller one", () => {
  const a = take(200);
  expect(take(200)).toEqual(a);
  expect(take(300).slice(0, 200)).toEqual(a);
  expect(take(50, 7)).not.toEqual(a.slice(0, 50));
});

test("profiles are drawn from the taxonomy and are unique", () => {
  const profiles = take(500);
  const concepts = new Set(SKILL_CONCEPTS.map((c) => c.id));
  expect(new Set(profiles.map((p) => p.person.id)).size).toBe(500);
  expect(new Set(profiles.map((p) => p.person.slug)).size).toBe(500);
  for (const p of profiles) {
    const ids = p.skills.flatMap((s) => (s.skillId ? [s.skillId] : []));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) expect(concepts.has(id)).toBe(true);
    expect(p.memberships.filter((m) => m.isPrimary)).toHaveLength(1);
    expect(p.organizations.length).toBe(p.memberships.length);
  }
  const listed = profiles.filter((p) => isListed(p.person)).length;
  expect(listed / profiles.length).toBeGreaterThan(0.6);
  expect(listed).toBeLessThan(profiles.length);
});

test("ground truth: listed holders of a skill, filters OR within a facet and AND across", () => {
  const profiles = take(400);
  const truth = new GroundTruth();
  for (const p of profiles) truth.add(p);
  const ml = (p: (typeof profiles)[number]) =>
    isListed(p.person) && p.skills.some((s) => s.skillId === "machine-learning");
  const expected = profiles.filter(ml).map((p) => p.person.id);
  expect([...truth.holders(["machine-learning"], {})].sort()).toEqual(expected.sort());

  const inMorocco = profiles
    .filter((p) => ml(p) && p.person.country === "MA" && p.sectors.includes("health"))
    .map((p) => p.person.id);
  const filtered = truth.holders(["machine-learning"], { country: ["MA"], sectors: ["health"] });
  expect([...filtered].sort()).toEqual(inMorocco.sort());
  expect(truth.holders(["machine-learning"], { country: ["MA", "BE"] }).size).toBe(expected.length);
});

test("research publications add papers to researchers and change nothing else", () => {
  const plain = take(300);
  const research = [...generateProfiles(300, undefined, { researchPublications: true })];
  research.forEach((p, i) => {
    const { publications, ...rest } = p;
    const { publications: before, ...same } = plain[i]!;
    expect(rest).toEqual(same);
    expect(publications.slice(0, before.length)).toEqual(before);
    const added = publications.length - before.length;
    if (p.person.kind === "researcher") expect(added).toBeGreaterThanOrEqual(6);
    else expect(added).toBe(0);
  });
});
