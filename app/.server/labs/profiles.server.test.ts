import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizations } from "../../../db/schema";
import { drainOutboxOnce } from "../../../search/outbox-worker";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { suggestPartnerLabs } from "../partners/suggest.server";
import { createPerson, updatePerson } from "../people.server";
import { getLabProfile } from "./profiles.server";

// Lab profiles are kept in memory until the search index changes: what a member or a skill change
// does to a lab must show on the partner pages once the outbox has drained, not later.
let ctx: TestContext;
const labIds: Record<string, string> = {};
let networker = "";

async function researcher(lab: string, skills: Record<string, number>, country = "BE") {
  const created = await createPerson(ctx.db, {
    kind: "researcher",
    fullName: `${lab} ${Object.keys(skills).join(" ")}`,
    country,
    city: country === "BE" ? "Liège" : "Rabat",
    verification: "verified",
    visibility: "public",
    skills: Object.entries(skills).map(([skillId, level]) => ({ skillId, level })),
    memberships: [{ organizationId: labIds[lab]!, isPrimary: true }],
  });
  return created.id;
}

async function drain() {
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
}

const partnersOfRabat = async () =>
  (await suggestPartnerLabs(ctx.db, "rabat-ai", { purpose: "joint_research", limit: 10 }))!
    .suggestions;

beforeAll(async () => {
  ctx = await createTestContext();
  const labs = [
    { slug: "rabat-ai", name: "Labo IA Rabat", country: "MA", city: "Rabat" },
    { slug: "liege-net", name: "Net Lab", country: "BE", city: "Liège" },
    { slug: "gent-data", name: "Data Lab", country: "BE", city: "Gent" },
  ];
  for (const lab of labs) {
    const [row] = await ctx.db
      .insert(organizations)
      .values({ ...lab, kind: "lab" })
      .returning({ id: organizations.id });
    labIds[lab.slug] = row!.id;
  }
  await researcher("rabat-ai", { "machine-learning": 5, "computer-vision": 4 }, "MA");
  networker = await researcher("liege-net", { "computer-networks": 5 });
  await researcher("gent-data", { "machine-learning": 3 });
  await drain();
});
afterAll(() => ctx.cleanup());

describe("lab profiles kept until the index changes", () => {
  it("counts a researcher who joins a lab once the outbox has drained", async () => {
    expect((await getLabProfile(ctx.db, "liege-net"))!.memberIds).toEqual([networker]);
    const joined = await researcher("liege-net", { "computer-vision": 5 });
    await drain();
    const profile = await getLabProfile(ctx.db, "liege-net");
    expect(profile!.memberIds.toSorted()).toEqual([networker, joined].toSorted());
    expect(profile!.skills.map((s) => s.skillId)).toContain("computer-vision");
  });

  it("ranks a lab by the skills its members have now, not those read before", async () => {
    await partnersOfRabat(); // read (and kept) before the change
    await updatePerson(ctx.db, networker, {
      skills: [
        { skillId: "machine-learning", level: 5 },
        { skillId: "computer-vision", level: 5 },
      ],
    });
    await drain();
    const profile = await getLabProfile(ctx.db, "liege-net");
    expect(profile!.skills.find((s) => s.skillId === "computer-networks")).toBeUndefined();
    expect(profile!.skills.find((s) => s.skillId === "machine-learning")?.maxLevel).toBe(5);
    const after = await partnersOfRabat();
    expect(after[0]!.partner.slug).toBe("liege-net");
  });
});
