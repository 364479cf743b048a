import { Readable } from "node:stream";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  memberships,
  offersNeeds,
  organizations,
  people,
  personSkills,
  publicationAuthors,
  publications,
  searchOutbox,
} from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { importPeople } from "./import-people.server";

// The set-based merge (ADR 071) through importPeople: files larger than one chunk, the update
// path, and idempotence, with chunks of three lines so that every file here spans several.
let ctx: TestContext;
let um5: string;
let uh2c: string;
beforeAll(async () => {
  ctx = await createTestContext();
  const orgs = await ctx.db
    .insert(organizations)
    .values([
      {
        slug: "um5",
        name: "Université Mohammed V",
        acronym: "UM5",
        kind: "university",
        country: "MA",
        city: "Rabat",
      },
      {
        slug: "uh2c",
        name: "Université Hassan II",
        acronym: "UH2C",
        kind: "university",
        country: "MA",
        city: "Casablanca",
      },
    ])
    .returning({ id: organizations.id });
  um5 = orgs[0]!.id;
  uh2c = orgs[1]!.id;
});
afterAll(async () => {
  await ctx.cleanup();
});

const file = (lines: unknown[]) =>
  Readable.from(lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n"));
const importFile = (lines: unknown[]) => importPeople(ctx.db, file(lines), { chunkSize: 3 });

const person = (i: number) => ({
  externalId: `chunk-${i}`,
  kind: "researcher",
  name: `Imane Chunk ${i}`,
  country: "MA",
  organization: "UM5",
  languages: ["fr", "ar"],
  skills: ["machine learning", { name: "Agronomie de précision", level: 4 }],
  sectors: ["health"],
  offers: ["mentoring"],
  publications: [
    { title: `Shared paper ${i % 2}`, year: 2022, doi: `10.5555/chunk.shared.${i % 2}` },
    { title: `Own paper ${i}`, abstract: "Drones over oases.", year: 2023 },
  ],
});

async function outboxRows() {
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(searchOutbox);
  return row!.n;
}
async function byExternalId(externalId: string) {
  const [row] = await ctx.db.select().from(people).where(eq(people.externalId, externalId));
  return row!;
}

describe("an import larger than one chunk", () => {
  const lines = [1, 2, 3, 4, 5, 6, 7, 8].map(person);

  it("reports a line rejected in a later chunk by its own line number", async () => {
    const withBad: unknown[] = [...lines];
    withBad.splice(4, 0, { ...person(99), kind: "mentor" }); // line 5, second chunk
    withBad.splice(7, 0, { ...person(98), name: "Nul\u0000 byte" }); // line 8: PostgreSQL refuses it
    const report = await importFile(withBad);
    expect(report).toMatchObject({ lines: 10, created: 8, updated: 0, unchanged: 0 });
    expect(report.rejected.map((r) => [r.line, r.issues[0]!.code])).toEqual([
      [5, "invalidValue"],
      [8, "databaseRefused"],
    ]);
    expect(report.indexing.personIds).toHaveLength(8);
    const refused = await ctx.db
      .select()
      .from(people)
      .where(inArray(people.externalId, ["chunk-98", "chunk-99"]));
    expect(refused).toEqual([]);
    // A DOI two lines share, in different chunks, is one publication with both authors.
    const shared = await ctx.db
      .select({ personId: publicationAuthors.personId })
      .from(publications)
      .innerJoin(publicationAuthors, eq(publicationAuthors.publicationId, publications.id))
      .where(eq(publications.doi, "10.5555/chunk.shared.1"));
    expect(shared).toHaveLength(4);
    const sixth = await byExternalId("chunk-6");
    const [membership] = await ctx.db
      .select()
      .from(memberships)
      .where(eq(memberships.personId, sixth.id));
    expect(membership).toMatchObject({ organizationId: um5, isPrimary: true });
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await byExternalId("chunk-7");
    const outbox = await outboxRows();
    const report = await importFile(lines);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 8, rejected: [] });
    expect(report.indexing.personIds).toEqual([]);
    expect(await outboxRows()).toBe(outbox);
    expect((await byExternalId("chunk-7")).updatedAt).toEqual(before.updatedAt);
  });

  it("is unchanged whatever the order of a line's lists", async () => {
    const reordered = lines.map((l) => ({
      ...l,
      languages: [...l.languages].reverse(),
      skills: [...l.skills].reverse(),
      publications: [...l.publications].reverse(),
    }));
    const report = await importFile(reordered);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 8 });
  });

  it("updates an edited line's person only, and keeps what the file does not own", async () => {
    const target = await byExternalId("chunk-5");
    const other = await byExternalId("chunk-4");
    // Her own need, written in the app, is not the import's to remove.
    await ctx.db
      .insert(offersNeeds)
      .values({ personId: target.id, direction: "need", kind: "internship", details: "Un stage" });
    const [ownPaper] = await ctx.db
      .select({ id: publications.id })
      .from(publications)
      .where(eq(publications.title, "Own paper 5"));
    const outbox = await outboxRows();
    const edited = lines.map((l) =>
      l.externalId === "chunk-5"
        ? {
            ...l,
            headline: "Télédétection",
            organization: "UH2C",
            skills: ["computer vision"],
            offers: ["joint_research"],
            publications: [{ title: "Own paper 5, revised", year: 2024 }],
          }
        : l,
    );
    const report = await importFile(edited);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 7, rejected: [] });
    expect(report.indexing.personIds).toEqual([target.id]);
    expect(await outboxRows()).toBe(outbox + 1);

    const after = await byExternalId("chunk-5");
    expect(after.headline).toBe("Télédétection");
    expect(after.updatedAt.getTime()).toBeGreaterThan(target.updatedAt.getTime());
    expect((await byExternalId("chunk-4")).updatedAt).toEqual(other.updatedAt);
    const skills = await ctx.db
      .select()
      .from(personSkills)
      .where(eq(personSkills.personId, target.id));
    expect(skills.map((s) => s.skillId)).toEqual(["computer-vision"]);
    const offers = await ctx.db
      .select()
      .from(offersNeeds)
      .where(eq(offersNeeds.personId, target.id));
    expect(offers.map((o) => `${o.direction}:${o.kind}`).sort()).toEqual([
      "need:internship",
      "offer:joint_research",
    ]);
    const primary = await ctx.db
      .select()
      .from(memberships)
      .where(eq(memberships.personId, target.id));
    expect(primary).toMatchObject([{ organizationId: uh2c, isPrimary: true }]);
    // Her old paper nobody else wrote is gone; the shared DOI stays for its other authors.
    expect(
      await ctx.db.select().from(publications).where(eq(publications.id, ownPaper!.id)),
    ).toEqual([]);
    const sharedAuthors = await ctx.db
      .select({ personId: publicationAuthors.personId })
      .from(publicationAuthors)
      .innerJoin(publications, eq(publications.id, publicationAuthors.publicationId))
      .where(eq(publications.doi, "10.5555/chunk.shared.1"));
    expect(sharedAuthors.map((a) => a.personId)).not.toContain(target.id);
    expect(sharedAuthors).toHaveLength(3);

    const again = await importFile(edited);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 8 });
  });
});
