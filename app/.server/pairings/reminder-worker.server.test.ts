import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { notifications, pairings } from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { proposePairing } from "./propose.server";
import { startReminderWorker } from "./reminder-worker.server";
import { buildPairingWorld, type PairingWorld, person } from "./test-world";

let ctx: TestContext;
let w: PairingWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildPairingWorld(ctx.db);
});
afterAll(() => ctx.cleanup());

it("sends what is due on its first pass, then stops cleanly", async () => {
  // Due yesterday, relative to the real clock the worker uses.
  const result = await proposePairing(ctx.db, w.coordinator, {
    sideA: person(w.maPeer),
    sideB: person(w.outsider),
    purpose: "mentoring",
  });
  if (result.status !== "proposed") throw new Error("not proposed");
  // A due date cannot be set in the past: this one passed while nobody looked.
  await ctx.db
    .update(pairings)
    .set({ dueAt: new Date(Date.now() - 86_400_000) })
    .where(eq(pairings.id, result.pairingId));
  const errors: unknown[] = [];
  const worker = startReminderWorker(ctx.db, {
    intervalMs: 60_000,
    onError: (e) => errors.push(e),
  });
  await expect
    .poll(
      async () =>
        (
          await ctx.db
            .select({ id: notifications.id })
            .from(notifications)
            .where(eq(notifications.kind, "pairing.due_reminder"))
        ).length,
    )
    .toBe(3);
  await worker.stop();
  expect(errors).toEqual([]);
});
