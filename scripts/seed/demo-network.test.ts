import { describe, expect, it } from "vitest";
import { SECTORS, SKILL_CONCEPTS } from "../../db/taxonomy";
import { countDemoNetwork, generateDemoNetwork } from "./demo-network";

const network = generateDemoNetwork();
const conceptIds = new Set(SKILL_CONCEPTS.map((c) => c.id));
const personIds = new Set(network.people.map((p) => p.id));
const orgIds = new Set(network.organizations.map((o) => o.id));

/** A concept and every concept whose broader chain leads to it. */
function withDescendants(root: string): Set<string> {
  const out = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of SKILL_CONCEPTS) {
      if (c.broader && out.has(c.broader) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}

function peopleWithSkill(ids: Set<string>): Set<string> {
  return new Set(
    network.personSkills.filter((s) => s.skillId && ids.has(s.skillId)).map((s) => s.personId),
  );
}

function peopleInSector(sectorId: string): Set<string> {
  return new Set(
    network.personSectors.filter((s) => s.sectorId === sectorId).map((s) => s.personId),
  );
}

const intersect = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => b.has(x)));
const group = (name: string) =>
  new Set(SKILL_CONCEPTS.filter((c) => c.group === name).map((c) => c.id));
const existing = (...ids: string[]) => new Set(ids.filter((id) => conceptIds.has(id)));

describe("generateDemoNetwork", () => {
  it("is deterministic for a seed and varies with it", () => {
    expect(generateDemoNetwork(2026)).toEqual(network);
    const other = generateDemoNetwork(7);
    expect(other.people.map((p) => p.slug)).not.toEqual(network.people.map((p) => p.slug));
    expect(other.organizations).toEqual(network.organizations);
  });

  it("has the expected size", () => {
    const counts = countDemoNetwork(network);
    expect(counts.experts + counts.researchers).toBeGreaterThanOrEqual(300);
    expect(counts.students).toBeGreaterThanOrEqual(150);
    const structural = network.organizations.filter((o) =>
      ["university", "lab", "company"].includes(o.kind),
    );
    expect(structural.length).toBeGreaterThanOrEqual(40);
    expect(network.organizations.filter((o) => o.kind === "lab").length).toBeGreaterThanOrEqual(20);
  });

  it("uses unique ids, slugs and emails on fictional domains", () => {
    expect(personIds.size).toBe(network.people.length);
    expect(orgIds.size).toBe(network.organizations.length);
    const slugs = network.people.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of [...slugs, ...network.organizations.map((o) => o.slug)]) {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    for (const p of network.people) expect(p.email).toMatch(/@example\.(org|ma|be)$/);
    const dois = network.publications.map((p) => p.doi);
    expect(new Set(dois).size).toBe(dois.length);
  });

  it("gives skills from the taxonomy with levels 1 to 5", () => {
    for (const s of network.personSkills) {
      expect(s.level).toBeGreaterThanOrEqual(1);
      expect(s.level).toBeLessThanOrEqual(5);
      expect((s.skillId === null) !== (s.freeLabel === null)).toBe(true);
      if (s.skillId) expect(conceptIds.has(s.skillId), s.skillId).toBe(true);
      expect(personIds.has(s.personId)).toBe(true);
    }
    expect(network.personSkills.some((s) => s.freeLabel)).toBe(true);
    const keys = network.personSkills.map((s) => `${s.personId}:${s.skillId ?? s.freeLabel}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("links memberships, sectors and offers to existing rows", () => {
    const sectorIds = new Set(SECTORS.map((s) => s.id));
    for (const m of network.memberships) {
      expect(personIds.has(m.personId)).toBe(true);
      expect(orgIds.has(m.organizationId)).toBe(true);
    }
    for (const p of network.people) {
      expect(network.memberships.filter((m) => m.personId === p.id && m.isPrimary)).toHaveLength(1);
      const sectors = network.personSectors.filter((s) => s.personId === p.id);
      expect(sectors.length).toBeGreaterThanOrEqual(1);
      expect(sectors.length).toBeLessThanOrEqual(3);
    }
    for (const s of [...network.personSectors, ...network.organizationSectors]) {
      expect(sectorIds.has(s.sectorId)).toBe(true);
    }
    for (const o of network.organizations)
      if (o.parentId) expect(orgIds.has(o.parentId)).toBe(true);
    for (const o of network.offersNeeds) {
      expect((o.personId == null) !== (o.organizationId == null)).toBe(true);
    }
    expect(network.offersNeeds.some((o) => o.organizationId && o.direction === "need")).toBe(true);
  });

  it("spreads people over Morocco and Belgium, everyone speaking French or English", () => {
    const moroccans = network.people.filter((p) => p.country === "MA").length;
    const share = moroccans / network.people.length;
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.65);
    for (const p of network.people) {
      const languages = network.personLanguages.filter((l) => l.personId === p.id);
      expect(languages.length).toBeGreaterThanOrEqual(1);
      expect(languages.some((l) => l.language === "fr" || l.language === "en")).toBe(true);
    }
  });

  it("gives researchers papers, some co-written across the two countries", () => {
    const countryOf = new Map(network.people.map((p) => [p.id, p.country]));
    const leads = new Set(
      network.publicationAuthors.filter((a) => a.position === 0).map((a) => a.personId),
    );
    for (const p of network.people.filter((p) => p.kind === "researcher")) {
      expect(leads.has(p.id)).toBe(true);
    }
    const countries = new Map<string, Set<string | undefined>>();
    for (const a of network.publicationAuthors) {
      const set = countries.get(a.publicationId) ?? new Set();
      countries.set(a.publicationId, set.add(countryOf.get(a.personId)));
    }
    const crossBorder = [...countries.values()].filter((set) => set.size > 1);
    expect(crossBorder.length).toBeGreaterThanOrEqual(10);
  });

  it("contains the skill clusters search tests rely on", () => {
    const ml = existing("machine-learning");
    if (ml.size) expect(peopleWithSkill(ml).size).toBeGreaterThanOrEqual(25);
    if (conceptIds.has("artificial-intelligence")) {
      expect(
        peopleWithSkill(withDescendants("artificial-intelligence")).size,
      ).toBeGreaterThanOrEqual(20);
    }
    const cv = existing("computer-vision");
    if (cv.size) expect(peopleWithSkill(cv).size).toBeGreaterThanOrEqual(10);
    const nlp = existing("natural-language-processing", "arabic-nlp");
    if (nlp.size) expect(peopleWithSkill(nlp).size).toBeGreaterThanOrEqual(10);
    const ai = group("ai");
    expect(intersect(peopleWithSkill(ai), peopleInSector("health")).size).toBeGreaterThanOrEqual(
      10,
    );
    const agri = existing("precision-agriculture", "remote-sensing");
    expect(
      intersect(peopleWithSkill(agri), peopleInSector("agriculture")).size,
    ).toBeGreaterThanOrEqual(10);
    expect(peopleWithSkill(group("security")).size).toBeGreaterThanOrEqual(15);
    expect(peopleWithSkill(group("cloud")).size).toBeGreaterThanOrEqual(15);
  });
});
