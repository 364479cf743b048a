import { afterAll, beforeAll, expect, test } from "vitest";
import { createDatabase, type Database } from "../db/client";
import { createTestContext, type TestContext } from "../tests/setup/test-context";
import { announceIndexChange, listenForIndexChanges, onIndexChanged } from "./index-changes";

let ctx: TestContext;
let other: Database;
beforeAll(async () => {
  ctx = await createTestContext();
  // Another app instance: its own connections to the same database.
  other = createDatabase(ctx.databaseUrl, { max: 2 });
});
afterAll(async () => {
  await other.sql.end();
  await ctx.cleanup();
});

test("an index change announced in a transaction reaches other instances on commit", async () => {
  const listening = await listenForIndexChanges(other);
  let heard = 0;
  const stop = onIndexChanged(() => heard++);
  try {
    let heardBeforeCommit = -1;
    await ctx.db.transaction(async (tx) => {
      await announceIndexChange(tx);
      await new Promise((r) => setTimeout(r, 100));
      heardBeforeCommit = heard;
    });
    expect(heardBeforeCommit).toBe(0);
    await expect.poll(() => heard).toBe(1);
  } finally {
    stop();
    await listening.stop();
  }
});
