import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { searchOutboxJob } from "~/.server/jobs/app-jobs.server";
import { startJobRunner } from "~/.server/jobs/runner.server";
import { updatePerson } from "~/.server/people.server";
import { searchOutbox } from "../db/schema";
import { freePort } from "../server/free-port";
import { eventually, makeExpert } from "../tests/factories";
import { createTestContext, type TestContext } from "../tests/setup/test-context";
import { createSearchEngine } from "./client";
import { startMeilisearch } from "./meili-process";
import { drainOutboxOnce } from "./outbox-worker";
import { reconcileIndexSettings } from "./settings";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.cleanup();
});

const searchNames = async (engine: TestContext["search"], q: string) =>
  (await engine.client.index(engine.index("people")).search(q, { limit: 100 })).hits.map(
    (h) => h.name as string,
  );

describe("search outbox", () => {
  test("a committed profile becomes searchable, and an update replaces it", async () => {
    const worker = startJobRunner([searchOutboxJob(ctx.db, ctx.search, { pollMs: 200 })], {
      notifications: ctx.db.sql,
    });
    try {
      const { id } = await makeExpert(ctx.db, { fullName: "Zineb Outboxia" });
      await eventually(
        () => searchNames(ctx.search, "Outboxia"),
        (names) => names.includes("Zineb Outboxia"),
      );

      await updatePerson(ctx.db, id, { fullName: "Zineb Renamedia" });
      await eventually(
        () => searchNames(ctx.search, "Renamedia"),
        (n) => n.length === 1,
      );
      expect(await searchNames(ctx.search, "Outboxia")).toEqual([]);
    } finally {
      await worker.stop();
    }
  });

  test("a rolled-back write leaves no index job behind", async () => {
    const before = await ctx.db.select().from(searchOutbox);
    await expect(
      ctx.db.transaction(async (tx) => {
        await makeExpert(tx as never, { fullName: "Never Committed" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    const after = await ctx.db.select().from(searchOutbox);
    expect(after.length).toBe(before.length);
  });

  test("writes made while Meilisearch is down are all searchable once it is back", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "passerelle-meili-outage-"));
    const port = await freePort();
    let meili = await startMeilisearch({ dataDir: dir, port });
    const engine = createSearchEngine({
      url: meili.url,
      apiKey: meili.masterKey,
      prefix: "outage_",
    });
    await reconcileIndexSettings(engine, ctx.db);
    await drainOutboxOnce(ctx.db, engine); // start from an empty queue
    await meili.stop();

    const WRITES = 25;
    for (let i = 0; i < WRITES; i++)
      await makeExpert(ctx.db, { fullName: `Panne Resiliente ${i}` });

    const failed = await drainOutboxOnce(ctx.db, engine, { maxBackoffMs: 200 });
    expect(failed.failed).toBe(WRITES);
    const pending = await ctx.db
      .select()
      .from(searchOutbox)
      .where(isNull(searchOutbox.processedAt));
    expect(pending.every((row) => row.attempts >= 1 && row.lastError)).toBe(true);

    // Same port again: under load the old socket can linger for a moment, so allow one retry.
    meili = await startMeilisearch({ dataDir: dir, port }).catch(async () => {
      await new Promise((r) => setTimeout(r, 1000));
      return startMeilisearch({ dataDir: dir, port });
    });
    const worker = startJobRunner(
      [searchOutboxJob(ctx.db, engine, { pollMs: 100, policy: { maxBackoffMs: 200 } })],
      { notifications: ctx.db.sql },
    );
    try {
      const hits = await eventually(
        () => searchNames(engine, "Resiliente"),
        (names) => names.length === WRITES,
        30_000,
      );
      expect(new Set(hits).size).toBe(WRITES);
      // Documents become visible a moment before the worker commits its bookkeeping.
      await eventually(
        () => ctx.db.select().from(searchOutbox).where(isNull(searchOutbox.processedAt)),
        (left) => left.length === 0,
      );
    } finally {
      await worker.stop();
      await meili.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("replaying an index job is harmless (idempotent)", async () => {
    const { id } = await makeExpert(ctx.db, { fullName: "Idem Potentia" });
    await drainOutboxOnce(ctx.db, ctx.search);
    await ctx.db.insert(searchOutbox).values([
      { entity: "person", entityId: id },
      { entity: "person", entityId: id },
    ]);
    await drainOutboxOnce(ctx.db, ctx.search);
    expect(await searchNames(ctx.search, "Potentia")).toEqual(["Idem Potentia"]);
    const rows = await ctx.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, id));
    expect(rows.every((r) => r.processedAt !== null)).toBe(true);
  });
});
