import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../db/client";
import {
  type NewOrganization,
  offersNeeds,
  organizationSectors,
  organizations,
  pairingSides,
  pairings,
  publicationAuthors,
  publications,
} from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { getLabProfile } from "../labs/profiles.server";
import { createPerson, type NewPersonInput } from "../people.server";
import { explainSuggestion } from "./explain";
import { suggestLabsForPerson, suggestPartnerLabs } from "./suggest.server";
import type { CriterionResult } from "./types";

let ctx: TestContext;
const ids: Record<string, string> = {};

async function org(db: Database, values: Omit<NewOrganization, "id">, sectors: string[] = []) {
  const [row] = await db.insert(organizations).values(values).returning({ id: organizations.id });
  ids[values.slug] = row!.id;
  if (sectors.length) {
    await db
      .insert(organizationSectors)
      .values(sectors.map((sectorId) => ({ organizationId: row!.id, sectorId })));
  }
  return row!.id;
}

async function member(
  db: Database,
  orgSlug: string,
  skills: Record<string, number>,
  extra: Partial<NewPersonInput> = {},
) {
  const isBe = extra.country === "BE";
  const created = await createPerson(db, {
    kind: "researcher",
    fullName: `${orgSlug} ${Object.keys(skills).join(" ")}`,
    country: isBe ? "BE" : "MA",
    city: isBe ? "Bruxelles" : "Rabat",
    verification: "verified",
    visibility: "public",
    skills: Object.entries(skills).map(([skillId, level]) => ({ skillId, level })),
    languages: [{ language: "fr", level: "fluent" }],
    memberships: [{ organizationId: ids[orgSlug]!, isPrimary: true }],
    ...extra,
  });
  return created.id;
}

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.db;
  const uni = await org(db, {
    slug: "univ",
    name: "Université",
    kind: "university",
    country: "MA",
    city: "Rabat",
  });
  await org(
    db,
    { slug: "lab-ma", name: "Labo IA", kind: "lab", country: "MA", city: "Rabat", parentId: uni },
    ["health"],
  );
  await org(db, {
    slug: "lab-ma-net",
    name: "Labo Réseaux",
    kind: "lab",
    country: "MA",
    city: "Rabat",
    parentId: uni,
  });
  await org(
    db,
    { slug: "be-vision", name: "Vision Lab", kind: "lab", country: "BE", city: "Leuven" },
    ["health"],
  );
  await org(db, { slug: "be-twin", name: "Twin Lab", kind: "lab", country: "BE", city: "Gent" });
  await org(db, { slug: "be-net", name: "Net Lab", kind: "lab", country: "BE", city: "Liège" });
  await org(db, {
    slug: "be-company",
    name: "Vision SA",
    kind: "company",
    country: "BE",
    city: "Bruxelles",
  });
  await db.insert(offersNeeds).values([
    {
      organizationId: ids["lab-ma"]!,
      direction: "need",
      kind: "joint_research",
      details: "Partenaire en vision par ordinateur.",
    },
    {
      organizationId: ids["be-company"]!,
      direction: "offer",
      kind: "internship",
      details: "Stages en vision par ordinateur",
    },
  ]);

  const ma1 = await member(
    db,
    "lab-ma",
    { "machine-learning": 5, "natural-language-processing": 4 },
    { sectors: ["health"] },
  );
  await member(db, "lab-ma", { "machine-learning": 4 });
  await member(db, "lab-ma", { "computer-vision": 5 }, { verification: "pending" });
  await member(db, "lab-ma", { "computer-vision": 5 }, { visibility: "hidden" });
  await member(db, "lab-ma-net", { "computer-networks": 5 });
  await member(
    db,
    "be-vision",
    { "computer-vision": 5, "machine-learning": 4 },
    { country: "BE", sectors: ["health"] },
  );
  await member(db, "be-vision", { "image-processing": 5 }, { country: "BE" });
  const twin = await member(
    db,
    "be-twin",
    { "machine-learning": 5, "natural-language-processing": 5 },
    { country: "BE" },
  );
  const net = await member(
    db,
    "be-net",
    { "computer-networks": 5, "machine-learning": 3 },
    { country: "BE" },
  );
  await member(
    db,
    "be-company",
    { "computer-vision": 4, python: 4 },
    { country: "BE", kind: "expert" },
  );
  ids.student = (
    await createPerson(db, {
      kind: "student",
      fullName: "Étudiante Rabat",
      verification: "verified",
      country: "MA",
      city: "Rabat",
      visibility: "members",
      skills: [{ skillId: "python", level: 3 }],
      offers: [
        { direction: "need", kind: "internship", details: "Un stage en vision par ordinateur." },
      ],
      memberships: [{ organizationId: ids["lab-ma"]!, isPrimary: true }],
    })
  ).id;

  const [paper] = await db
    .insert(publications)
    .values({ title: "Machine learning for Arabic text", year: 2025 })
    .returning();
  await db.insert(publicationAuthors).values([
    { publicationId: paper!.id, personId: ma1, position: 0 },
    { publicationId: paper!.id, personId: twin, position: 1 },
  ]);
  const [pairing] = await db.insert(pairings).values({ purpose: "mobility" }).returning();
  await db.insert(pairingSides).values([
    { pairingId: pairing!.id, side: "a", organizationId: ids["lab-ma"]! },
    { pairingId: pairing!.id, side: "b", personId: net },
  ]);
});
afterAll(() => ctx.cleanup());

const criterion = <I extends CriterionResult["id"]>(list: CriterionResult[], id: I) =>
  list.find((c) => c.id === id) as Extract<CriterionResult, { id: I }>;

describe("getLabProfile", () => {
  it("aggregates verified, visible members beside the lab's own needs", async () => {
    const profile = await getLabProfile(ctx.db, "lab-ma");
    expect(profile).not.toBeNull();
    expect(await getLabProfile(ctx.db, ids["lab-ma"]!)).toEqual(profile);
    // Three counted members: two researchers and the student; pending and hidden people are out.
    expect(profile!.memberIds).toHaveLength(3);
    expect(profile!.skills.map((s) => s.skillId)).toEqual([
      "machine-learning",
      "natural-language-processing",
      "python",
    ]);
    expect(profile!.statedNeedSkills).toEqual(["computer-vision"]);
    expect(profile!.publications.total).toBe(1);
    expect(profile!.sectors[0]).toMatchObject({ sectorId: "health", declared: true });
    expect(await getLabProfile(ctx.db, "no-such-lab")).toBeNull();
  });

  it("aggregates a university through its labs", async () => {
    const profile = await getLabProfile(ctx.db, "univ");
    expect(profile!.labs.map((l) => [l.slug, l.members])).toEqual([
      ["lab-ma", 3],
      ["lab-ma-net", 1],
    ]);
    expect(profile!.skills.map((s) => s.skillId)).toContain("computer-networks");
    expect(profile!.memberIds).toHaveLength(4);
  });
});

describe("suggestPartnerLabs", () => {
  it("puts the Belgian lab that brings the stated need first, with its breakdown", async () => {
    const result = await suggestPartnerLabs(ctx.db, "lab-ma", {
      purpose: "joint_research",
      limit: 10,
      year: 2026,
    });
    const [best] = result!.suggestions;
    expect(best!.partner.slug).toBe("be-vision");
    // Vision, and image processing (a specialty of vision): both answer the stated need.
    expect(criterion(best!.breakdown, "complementarity").details.skills).toEqual([
      expect.objectContaining({ skillId: "image-processing", statedNeed: "computer-vision" }),
      expect.objectContaining({ skillId: "computer-vision", statedNeed: "computer-vision" }),
    ]);
    expect(explainSuggestion(best!, "fr")).toMatch(
      /^Apporte vision par ordinateur, traitement d’images, pour le besoin déclaré en vision par ordinateur · /,
    );
    // Companies are not candidates for joint research; the lab's own university never is.
    const slugs = result!.suggestions.map((s) => s.partner.slug);
    expect(slugs).not.toContain("be-company");
    expect(slugs).not.toContain("univ");
    expect(slugs).not.toContain("lab-ma");
  });

  it("counts co-authored papers and earlier pairings as ties", async () => {
    const result = await suggestPartnerLabs(ctx.db, ids["lab-ma"]!, {
      purpose: "joint_research",
      limit: 10,
      year: 2026,
    });
    const ties = (slug: string) =>
      criterion(result!.suggestions.find((s) => s.partner.slug === slug)!.breakdown, "ties")
        .details;
    expect(ties("be-twin")).toEqual({ coauthored: 1, pairings: 0 });
    expect(ties("be-net")).toEqual({ coauthored: 0, pairings: 1 });
  });

  it("follows a per-call country preference", async () => {
    const result = await suggestPartnerLabs(ctx.db, "lab-ma", {
      purpose: "joint_research",
      limit: 10,
      countryPreference: { pairs: [["MA", "MA"]], strict: true },
    });
    expect(result!.suggestions.map((s) => s.partner.slug)).toEqual(["lab-ma-net"]);
    expect(
      await suggestPartnerLabs(ctx.db, "nowhere", { purpose: "mobility", limit: 5 }),
    ).toBeNull();
  });
});

describe("suggestLabsForPerson", () => {
  it("finds a Belgian internship host for a student, outside her own lab", async () => {
    const result = await suggestLabsForPerson(ctx.db, ids.student!, {
      purpose: "internship",
      limit: 3,
      year: 2026,
    });
    expect(result!.suggestions[0]!.partner.slug).toBe("be-company");
    expect(criterion(result!.suggestions[0]!.breakdown, "purpose").details.organization).toBe(true);
    expect(result!.suggestions.map((s) => s.partner.slug)).not.toContain("lab-ma");
  });
});
