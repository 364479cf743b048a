import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { notifications, pairings } from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import type { MailTransport } from "../email/transport.server";
import { proposePairing } from "../pairings";
import { buildPairingWorld, type PairingWorld, person } from "../pairings/test-world";
import { appJobs } from "./app-jobs.server";
import { startJobRunner } from "./runner.server";

let ctx: TestContext;
let w: PairingWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildPairingWorld(ctx.db);
});
afterAll(() => ctx.cleanup());

it("the app's jobs on one runner: a due pairing is reminded on the first pass and the e-mails go out", async () => {
  // Due yesterday, relative to the real clock the jobs use.
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
  const sent: { to: string; text: string }[] = [];
  const mail: MailTransport = {
    kind: "smtp",
    send: async (m) => void sent.push(m),
    close: () => {},
  };
  const failures: string[] = [];
  const runner = startJobRunner(appJobs(ctx.db, { search: ctx.search, mail, noticeQuietMs: 200 }), {
    notifications: ctx.db.sql,
    logFailure: (line) => failures.push(line),
  });
  try {
    // Generous: on a loaded machine the first pass can take seconds.
    await expect
      .poll(
        async () =>
          (
            await ctx.db
              .select({ id: notifications.id })
              .from(notifications)
              .where(eq(notifications.kind, "pairing.due_reminder"))
          ).length,
        { timeout: 15_000 },
      )
      .toBe(3);
    // The notices become one e-mail each, in French, once the burst is quiet.
    await expect
      .poll(() => sent.filter((m) => m.text.includes("Rappel : le binôme")).length, {
        timeout: 15_000,
      })
      .toBe(3);
    // On a loaded machine the proposal's own notices may leave in an earlier burst: who gets the
    // reminder is what this checks.
    const reminded = sent.filter((m) => m.text.includes("Rappel : le binôme"));
    expect(reminded.map((m) => m.to).sort()).toEqual(
      [w.coordinator.email, w.maPeer.email, w.outsider.email].sort(),
    );
  } finally {
    expect(await runner.stop()).toEqual({ abandoned: [] });
  }
  expect(failures).toEqual([]);
});
