import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { publicationAuthors, publications } from "../../../db/schema";
import { SECTORS } from "../../../db/taxonomy";
import { enqueueIndexing } from "../../../search/outbox";
import { drainOutboxOnce } from "../../../search/outbox-worker";
import { makeExpert } from "../../../tests/factories";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { updatePerson } from "../people.server";
import { getCorpusStats, invalidateCorpusStats, matchExperts } from ".";
import { smallPool } from "./expert-pool";
import { retrieveExpertCandidates } from "./expert-retrieval";
import { expertView, NO_DIRECTORY } from "./expert-view";
import { getTaxonomy } from "./load-taxonomy";
import { analyzeNeed } from "./need-analysis";

let ctx: TestContext;
const ids: Record<string, string> = {};
const [sectorA, sectorB] = SECTORS.map((s) => s.id);
const [offerA, offerB] = CONVENTION_KINDS;

const drain = async () => {
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
};
const names = async (text: string, options: Partial<Parameters<typeof matchExperts>[2]> = {}) =>
  (await matchExperts(ctx.db, ctx.search, { text, ...options })).results.map((r) => r.name);

beforeAll(async () => {
  ctx = await createTestContext();
  const people: [string, Parameters<typeof makeExpert>[1]][] = [
    // Her headline makes the saffron words known to the word table (a need's words must be).
    [
      "Amal",
      {
        headline: "Imagerie hyperspectrale du safran",
        // The one holder at level 5: the people index lists such holders first.
        skills: [{ skillId: "computer-vision", level: 5 }],
        country: "MA",
        sectors: [sectorA!],
        offers: [{ direction: "offer", kind: offerA! }],
      },
    ],
    ["Bram", { country: "BE", kind: "researcher", sectors: [sectorB!], mentoringStatus: "paused" }],
    ["Chama", { visibility: "members", languages: [{ language: "ar", level: "native" }] }],
    [
      "Dirk",
      { country: "BE", mentoringCapacity: 0, offers: [{ direction: "offer", kind: offerB! }] },
    ],
    ["Elif", { offers: [{ direction: "need", kind: offerA! }], sectors: [sectorA!, sectorB!] }],
    ["Pending", { verification: "pending" }],
    ["Hidden", { visibility: "hidden" }],
    ["Student", { kind: "student" }],
  ];
  for (const [name, overrides] of people) {
    ids[name] = (
      await makeExpert(ctx.db, {
        fullName: name,
        skills: [{ skillId: "computer-vision", level: 4 }],
        ...overrides,
      })
    ).id;
  }
  await drain();
  invalidateCorpusStats(ctx.db);
});
afterAll(async () => {
  await ctx.cleanup();
});

describe("the expert directory kept in memory for describe-your-need", () => {
  test("answers who is in the pool exactly as PostgreSQL does, for any filters", async () => {
    const stats = await getCorpusStats(ctx.db);
    const view = await expertView(ctx.db, stats.directory);
    expect(view.directory?.entries.has(ids.Amal!)).toBe(true);
    const some = <T>(values: readonly T[]) =>
      fc.option(fc.subarray([...values], { minLength: 1 }), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          country: some(["MA", "BE", "FR"]),
          sectors: some([sectorA!, sectorB!]),
          kind: some(["expert", "researcher"] as const),
          offers: some([offerA!, offerB!]),
          languages: some(["fr", "ar", "en"]),
          mentoringOpen: fc.option(fc.boolean(), { nil: undefined }),
        }),
        fc.constantFrom("members" as const, "public" as const),
        async (filters, audience) => {
          const fromMemory = await smallPool(ctx.db, filters, audience, 100, view);
          const fromDb = await smallPool(ctx.db, filters, audience, 100, NO_DIRECTORY);
          expect(new Set(fromMemory)).toEqual(new Set(fromDb));
        },
      ),
      { numRuns: 60 },
    );
  });

  test("retrieval finds the same candidates through the directory as through the people index", async () => {
    const stats = await getCorpusStats(ctx.db);
    const { graph, matcher } = await getTaxonomy(ctx.db);
    const view = await expertView(ctx.db, stats.directory);
    let found = 0;
    for (const text of ["vision par ordinateur", "imagerie hyperspectrale", "computer vision"]) {
      const need = analyzeNeed(text, { graph, matcher, stats });
      for (const filters of [{}, { country: ["BE"] }, { offers: [offerA!] }]) {
        const options = { filters, audience: "public" as const, scoreAllMax: 0 };
        const through = (v: typeof view) =>
          retrieveExpertCandidates(ctx.db, ctx.search, need, { graph, stats, view: v }, options);
        const fromDirectory = await through(view);
        found += fromDirectory.length;
        expect(new Set(fromDirectory)).toEqual(new Set(await through(NO_DIRECTORY)));
      }
    }
    expect(found).toBeGreaterThan(10);
  });

  test("a profile written after the directory was read is matched as it is now", async () => {
    await names("vision par ordinateur"); // the directory is read
    expect(await names("vision par ordinateur", { limit: 50 })).toContain("Bram");
    // Hidden, with its outbox row still pending: gone at once.
    await updatePerson(ctx.db, ids.Bram!, { visibility: "hidden" });
    expect(await names("vision par ordinateur", { limit: 50 })).not.toContain("Bram");
    // A new skill, outbox drained: found for it, in the whole-pool path and through retrieval.
    await updatePerson(ctx.db, ids.Dirk!, { skills: [{ skillId: "kubernetes", level: 5 }] });
    await drain();
    const view = await expertView(ctx.db, (await getCorpusStats(ctx.db)).directory);
    expect([...(view.changed ?? [])].sort()).toEqual([ids.Bram, ids.Dirk].sort());
    expect(await names("Kubernetes")).toEqual(["Dirk"]);
    expect(await names("Kubernetes", { scoreAllMax: 0 })).toEqual(["Dirk"]);
    expect(await names("vision par ordinateur", { limit: 50 })).not.toContain("Dirk");
  });

  test("a paper added after the directory was read finds its author through retrieval", async () => {
    await names("vision par ordinateur");
    await ctx.db.transaction(async (tx) => {
      const [paper] = await tx
        .insert(publications)
        .values({
          title: "Cartographie hyperspectrale du safran à Taliouine",
          abstract: "Les parcelles de safran cartographiées par imagerie hyperspectrale.",
          year: 2025,
        })
        .returning({ id: publications.id });
      await tx.insert(publicationAuthors).values({ publicationId: paper!.id, personId: ids.Elif! });
      await enqueueIndexing(tx, "person", [ids.Elif!]);
    });
    // Only PostgreSQL's full-text index knows the paper: neither the table nor the search index
    // (the outbox is not drained) holds it.
    expect(await names("safran hyperspectrale", { scoreAllMax: 0 })).toContain("Elif");
  });
});
