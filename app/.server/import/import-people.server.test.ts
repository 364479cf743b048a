import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberships, organizations, people, personSkills, searchOutbox } from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { updatePerson } from "../people.server";
import { describeIssue } from "./describe-issue.server";
import { importPeople } from "./import-people.server";
import { indexImported } from "./index-imported.server";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.db.insert(organizations).values([
    {
      slug: "universite-mohammed-v-de-rabat",
      name: "Université Mohammed V de Rabat",
      acronym: "UM5",
      kind: "university",
      country: "MA",
      city: "Rabat",
    },
    {
      slug: "universite-hassan-ii-de-casablanca",
      name: "Université Hassan II de Casablanca",
      acronym: "UH2C",
      kind: "university",
      country: "MA",
      city: "Casablanca",
    },
  ]);
});
afterAll(async () => {
  await ctx.cleanup();
});

const example = () =>
  createReadStream(new URL("../../../docs/examples/import-example.jsonl", import.meta.url));
const fromLines = (lines: unknown[]) =>
  Readable.from(lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n"));

async function outboxCount() {
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(searchOutbox);
  return row!.n;
}

describe("importPeople", () => {
  it("imports good lines and reports bad ones with their line number and reason", async () => {
    const report = await importPeople(ctx.db, example());
    expect(report.lines).toBe(7);
    expect(report.created).toBe(4);
    expect(report.rejected.map((r) => r.line)).toEqual([4, 5, 7]);
    expect(report.warnings).toEqual([
      { line: 6, issue: { code: "unknownOrganization", params: { name: "Some Unknown Startup" } } },
    ]);
    expect(report.rejected.map((r) => r.issues)).toEqual([
      [
        {
          code: "invalidValue",
          path: ["kind"],
          params: { received: "mentor", allowed: "student, expert, researcher" },
        },
      ],
      [{ code: "invalidJson" }],
      [{ code: "countryRequired" }],
    ]);
    const rejected = await ctx.db.select().from(people).where(eq(people.externalId, "ex-004"));
    expect(rejected).toEqual([]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await ctx.db.select().from(people).where(eq(people.externalId, "ex-001"));
    const outbox = await outboxCount();
    const report = await importPeople(ctx.db, example());
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await outboxCount()).toBe(outbox);
    const after = await ctx.db.select().from(people).where(eq(people.externalId, "ex-001"));
    expect(after[0]!.updatedAt).toEqual(before[0]!.updatedAt);
  });

  it("matches skills in French, English and Arabic and keeps unknown ones as free tags", async () => {
    const [salma] = await ctx.db.select().from(people).where(eq(people.externalId, "ex-001"));
    expect(salma!.verification).toBe("verified");
    const [affiliation] = await ctx.db
      .select()
      .from(memberships)
      .where(eq(memberships.personId, salma!.id));
    expect(affiliation).toMatchObject({ isPrimary: true });
    // Matched by its name, accent- and case-insensitively, it gives the student a country.
    const [yassine] = await ctx.db.select().from(people).where(eq(people.externalId, "ex-003"));
    expect(yassine).toMatchObject({ country: "MA", city: "Casablanca", verification: "pending" });
    const skills = await ctx.db
      .select()
      .from(personSkills)
      .where(eq(personSkills.personId, salma!.id));
    expect(skills.map((s) => s.skillId ?? `free:${s.freeLabel}`).sort()).toEqual([
      "computer-vision",
      "free:Lean startup coaching",
      "machine-learning",
    ]);
    const [pieter] = await ctx.db.select().from(people).where(eq(people.externalId, "ex-002"));
    const his = await ctx.db
      .select()
      .from(personSkills)
      .where(eq(personSkills.personId, pieter!.id));
    expect(his.map((s) => s.skillId).sort()).toEqual(["image-processing", "machine-learning"]);
  });

  it("updates a changed person once and warns about an unknown organization", async () => {
    const outbox = await outboxCount();
    const report = await importPeople(
      ctx.db,
      fromLines([
        {
          externalId: "ex-002",
          kind: "researcher",
          name: "Pieter Janssens",
          country: "BE",
          city: "Leuven",
          skills: ["CV"],
        },
        {
          externalId: "ex-008",
          kind: "expert",
          name: "Omar Tazi",
          country: "MA",
          organization: "Nowhere Inc",
        },
        { externalId: "ex-008", kind: "expert", name: "Omar Tazi bis", country: "MA" },
      ]),
    );
    expect(report).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
    expect(report.warnings.map((w) => [w.line, describeIssue(w.issue, "en")])).toEqual([
      [2, "unknown organization “Nowhere Inc”: the person is imported without an affiliation"],
    ]);
    expect(report.rejected.map((r) => [r.line, describeIssue(r.issues[0]!, "fr")])).toEqual([
      [3, "l'identifiant externe « ex-008 » figure déjà à la ligne 2"],
    ]);
    expect(await outboxCount()).toBe(outbox + 2);
  });

  it("retries a batch line by line when the database refuses one line", async () => {
    const doi = "10.5555/example.2023.001";
    const report = await importPeople(
      ctx.db,
      fromLines([
        {
          externalId: "ex-010",
          kind: "expert",
          name: "A",
          country: "MA",
          publications: [{ title: "x", year: 2020, doi }],
        },
        { externalId: "ex-011", kind: "expert", name: "B", country: "MA", email: "b@example.org" },
      ]),
    );
    // A DOI already known links the existing publication instead of failing.
    expect(report).toMatchObject({ created: 2, rejected: [] });
  });
});

describe("search indexing after an import", () => {
  it("indexes what the import wrote in bulk and leaves later edits to the outbox worker", async () => {
    const lines = [0, 1, 2].map((i) => ({
      externalId: `bulk-${i}`,
      kind: "expert",
      name: `Zineb Bulkindex ${i}`,
      country: "MA",
      skills: ["machine learning"],
    }));
    const report = await importPeople(ctx.db, fromLines(lines));
    expect(report.indexing.personIds).toHaveLength(3);
    const index = ctx.search.client.index(ctx.search.index("people"));
    // Written, queued, not yet searchable: nothing drained the outbox.
    expect((await index.search("Bulkindex")).hits).toEqual([]);
    const [edited] = await ctx.db.select().from(people).where(eq(people.externalId, "bulk-0"));
    await updatePerson(ctx.db, edited!.id, { headline: "Edited after the import" });

    const progress: number[] = [];
    await indexImported(ctx.db, ctx.search, report.indexing, (done) => progress.push(done));
    expect(progress.at(-1)).toBe(3);
    const found = await index.search("Bulkindex", { attributesToRetrieve: ["name"] });
    expect(found.hits.map((h) => h.name).sort()).toEqual(lines.map((l) => l.name));
    const pending = await ctx.db
      .select({ entityId: searchOutbox.entityId })
      .from(searchOutbox)
      .where(
        and(
          inArray(searchOutbox.entityId, report.indexing.personIds),
          isNull(searchOutbox.processedAt),
        ),
      );
    // The edit's own row is still there for the worker; the import's rows are done.
    expect(pending).toEqual([{ entityId: edited!.id }]);
  });
});
