import { afterAll, beforeAll, expect, test } from "vitest";
import { DirectoryQuerySchema } from "~/utils/directory-query-schema";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import { SHOWN_TOTAL_CAP, searchDirectory } from "./directory-search.server";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  // More listed people than Meilisearch counts, written straight to the index: the count is
  // what is under test, not the outbox.
  const docs = Array.from({ length: SHOWN_TOTAL_CAP + 200 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    slug: `person-${i}`,
    name: `Person ${i}`,
    kind: "expert",
    headline: i % 2 ? "Data engineer" : "Ingénieure cloud",
    country: "MA",
    city: "Rabat",
    listed: true,
  }));
  const task = await ctx.search.client.index(ctx.search.index("people")).addDocuments(docs);
  await ctx.search.client.tasks.waitForTask(task.taskUid, { timeout: 60_000 });
});
afterAll(async () => {
  await ctx.cleanup();
});

const search = (input: Record<string, unknown>) =>
  searchDirectory(DirectoryQuerySchema.parse(input), "fr");

test("a count Meilisearch caps is reported as a lower bound, never as exact", async () => {
  const all = await search({});
  expect(all).toMatchObject({ total: 5000, totalCapped: true, totalPages: 250 });
  const half = await search({ q: "engineer" });
  expect(half).toMatchObject({ total: (SHOWN_TOTAL_CAP + 200) / 2, totalCapped: false });
});
