import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loader as apiLoader } from "~/routes/api.v1.search";
import { DirectoryQuerySchema } from "~/utils/directory-query-schema";
import { stripHighlight } from "~/utils/highlight";
import { people } from "../../db/schema";
import { enqueueIndexing } from "../../search/outbox";
import { drainOutboxOnce } from "../../search/outbox-worker";
import { makeExpert } from "../../tests/factories";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import { searchDirectory } from "./directory-search.server";

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
  const base = { languages: [{ language: "fr", level: "native" as const }] };
  await makeExpert(ctx.db, {
    ...base,
    fullName: "Nadia Learning",
    skills: [{ skillId: "machine-learning", level: 5 }],
    city: "Rabat",
  });
  await makeExpert(ctx.db, {
    ...base,
    fullName: "Karim Deep",
    skills: [{ skillId: "deep-learning", level: 4 }],
    country: "BE",
    city: "Bruxelles",
  });
  await makeExpert(ctx.db, {
    ...base,
    fullName: "Sara Kubernetes",
    skills: [{ skillId: "kubernetes", level: 4 }],
    country: "BE",
    city: "Gand",
  });
  await makeExpert(ctx.db, {
    fullName: "Pending Machine Person",
    verification: "pending",
    skills: [{ skillId: "machine-learning", level: 5 }],
  });
  await makeExpert(ctx.db, {
    fullName: "Student Machine Person",
    kind: "student",
    skills: [{ skillId: "machine-learning", level: 2 }],
  });
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
});
afterAll(async () => {
  await ctx.cleanup();
});

const search = (input: Record<string, unknown>, locale: "fr" | "en" | "ar" = "fr") =>
  searchDirectory(DirectoryQuerySchema.parse(input), locale);
const names = async (input: Record<string, unknown>) =>
  (await search(input)).hits.map((h) => stripHighlight(h.name));

describe("directory search", () => {
  test("a typo still finds the machine-learning expert", async () => {
    expect(await names({ q: "machine lerning" })).toContain("Nadia Learning");
    expect(await names({ q: "apprentisage automatique" })).toContain("Nadia Learning");
  });

  test("an Arabic query finds experts through the taxonomy", async () => {
    expect(await names({ q: "التعلم الآلي" })).toContain("Nadia Learning");
    // deep learning sits under artificial intelligence in the taxonomy
    expect(await names({ q: "الذكاء الاصطناعي" })).toContain("Karim Deep");
  });

  test("pending profiles and students are not listed", async () => {
    const found = await names({ q: "machine" });
    expect(found).not.toContain("Pending Machine Person");
    expect(found).not.toContain("Student Machine Person");
  });

  test("a facet narrows results and its own counts stay disjunctive", async () => {
    const all = await search({});
    expect(all.total).toBe(3);
    expect(all.facets.country).toEqual({ MA: 1, BE: 2 });
    const belgium = await search({ country: ["BE"] });
    expect(belgium.hits.map((h) => h.name).sort()).toEqual(["Karim Deep", "Sara Kubernetes"]);
    // the country facet still offers Morocco with its count
    expect(belgium.facets.country).toEqual({ MA: 1, BE: 2 });
    expect(belgium.facets.city).toEqual({ Bruxelles: 1, Gand: 1 });
  });

  test("a skill matched in one language is marked in the reader's language", async () => {
    const result = await search({ q: "apprentisage automatique" }, "ar");
    const nadia = result.hits.find((h) => h.name === "Nadia Learning")!;
    const marked = nadia.highlighted.skills.map((i) => nadia.skills[i]?.label);
    expect(marked).toEqual(["التعلم الآلي"]);
    expect((await search({ q: "Nadia" })).hits[0]?.highlighted.name).toMatch(/\uE000Nadia\uE001/);
  });

  test("counts only the facets asked for, a selected one without its own filter", async () => {
    const result = await searchDirectory(DirectoryQuerySchema.parse({ country: ["BE"] }), "fr", {
      facets: ["country", "kind"],
    });
    expect(Object.keys(result.facets).sort()).toEqual(["country", "kind"]);
    expect(result.facets.country).toEqual({ MA: 1, BE: 2 });
    expect(result.facets.kind).toEqual({ expert: 2 });
  });

  test("browse answers are reused, and a change to the index shows at once", async () => {
    const before = await search({ city: ["Rabat"] });
    expect(before.facets.city).toMatchObject({ Rabat: 1 });
    // The cached answer is the same…
    expect((await search({ city: ["Rabat"] })).facets).toEqual(before.facets);
    const added = await makeExpert(ctx.db, { fullName: "Yasmine Cache", city: "Rabat" });
    while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
    // …until the outbox reaches the index: then the new expert counts.
    const after = await search({ city: ["Rabat"] });
    expect(after.total).toBe(before.total + 1);
    expect(after.hits.map((h) => h.name)).toContain("Yasmine Cache");
    expect(after.facets.city).toMatchObject({ Rabat: 2 });
    expect(after.facets.country).toMatchObject({ MA: 2 });
    await ctx.db.delete(people).where(eq(people.id, added.id));
    await enqueueIndexing(ctx.db, "person", [added.id]);
    while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
    expect((await search({ city: ["Rabat"] })).facets.city).toMatchObject({ Rabat: 1 });
  });

  test("punctuation-only and very long queries return a normal page", async () => {
    await expect(search({ q: "?!*;:()[]{}\"'" })).resolves.toHaveProperty("total");
    const long = await search({ q: "apprentissage ".repeat(150) });
    expect(long.page).toBe(1);
  });
});

describe("GET /api/v1/search", () => {
  const call = async (query: string) => {
    const response = (await apiLoader({
      request: new Request(`http://localhost/api/v1/search?${query}`),
      params: {},
      context: {},
    })) as Response;
    return { status: response.status, body: await response.json() };
  };

  test("answers hits, total and facets", async () => {
    const { status, body } = await call("q=kubernetes");
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    expect(body.hits[0]).toMatchObject({
      name: "Sara Kubernetes",
      kind: "expert",
      slug: expect.any(String),
    });
    expect(body.facets.skills).toEqual({ kubernetes: 1 });
  });

  test("returns only the facet counts named in `facets`", async () => {
    const { status, body } = await call("facets=country,kind");
    expect(status).toBe(200);
    expect(body.facets).toEqual({ country: { MA: 1, BE: 2 }, kind: { expert: 3 } });
    expect(body.totalCapped).toBe(false);
    expect((await call("facets=none")).body.facets).toEqual({});
    expect(await call("facets=colour")).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining("colour") },
    });
  });

  test("unknown parameters and bad values are a 400 with a message, never a 500", async () => {
    expect(await call("q=x&colour=red")).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining("colour") },
    });
    expect(await call("page=abc")).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining("page") },
    });
    expect(await call("page=0")).toMatchObject({ status: 400 });
  });
});
