import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { translator } from "~/utils/i18n";
import { notifications } from "../../../db/schema";
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
    dueAt: new Date(Date.now() - 86_400_000),
  });
  expect(result.status).toBe("proposed");
  const sent: string[] = [];
  const mail: MailTransport = {
    kind: "smtp",
    send: async (m) => void sent.push(m.subject),
    close: () => {},
  };
  const failures: string[] = [];
  const runner = startJobRunner(appJobs(ctx.db, { search: ctx.search, mail }), {
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
    const reminderSubject = translator("fr")("reminders.email.subject", {
      a: "Youssef Rabat",
      b: "Personne Extérieure",
    });
    await expect
      .poll(() => sent.filter((s) => s === reminderSubject).length, { timeout: 15_000 })
      .toBe(3);
  } finally {
    expect(await runner.stop()).toEqual({ abandoned: [] });
  }
  expect(failures).toEqual([]);
});
