import { afterAll, beforeAll, expect, test } from "vitest";
import { updatePerson } from "~/.server/people.server";
import { eventually, makeExpert } from "../tests/factories";
import { createTestContext, type TestContext } from "../tests/setup/test-context";
import { drainOutboxOnce } from "./outbox-worker";
import { reindexAll } from "./reindex";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.cleanup();
});

const PEOPLE = 120;

test("reindex swaps in a rebuilt index without ever exposing an empty one", async () => {
  const ids: string[] = [];
  for (let i = 0; i < PEOPLE; i++)
    ids.push((await makeExpert(ctx.db, { fullName: `Swap Person ${i}` })).id);
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
  const index = ctx.search.client.index(ctx.search.index("people"));
  const count = async () => (await index.search("", { limit: 0 })).estimatedTotalHits ?? 0;
  expect(await count()).toBe(PEOPLE);

  // Watch the live index as a user would while the rebuild runs.
  const seen: number[] = [];
  let running = true;
  const watcher = (async () => {
    while (running) seen.push(await count());
  })();
  // A write that commits during the rebuild must survive the swap.
  const rebuild = reindexAll(ctx.db, ctx.search, ({ done }) => {
    if (done === 0) void updatePerson(ctx.db, ids[0]!, { fullName: "Swap Renamed During Rebuild" });
  });
  await rebuild;
  running = false;
  await watcher;

  expect(seen.length).toBeGreaterThan(3);
  expect(Math.min(...seen)).toBe(PEOPLE);
  const { results } = await ctx.search.client.getIndexes({ limit: 100 });
  expect(results.map((r) => r.uid).filter((uid) => uid.endsWith("_new"))).toEqual([]);

  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
  await eventually(
    async () => (await index.search("Renamed During Rebuild")).hits.map((h) => h.name),
    (names) => names.includes("Swap Renamed During Rebuild"),
  );
});
