import { and, eq, ilike } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, notifications } from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { deliverNotificationEmails, QUIET_MS } from "../notices";
import { proposePairing } from "./propose.server";
import { sendDueReminders } from "./reminders.server";
import { buildPairingWorld, type PairingWorld, person } from "./test-world";
import { setPairingDueDate, transitionPairing } from "./workflow.server";

let ctx: TestContext;
let w: PairingWorld;
let pairingId: string;

const DAY = 86_400_000;
const T0 = new Date("2026-05-01T09:00:00Z");
const DUE = new Date("2026-05-11T00:00:00Z");
const at = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

async function reminders() {
  const rows = await ctx.db
    .select({ userId: notifications.userId, payload: notifications.payload })
    .from(notifications)
    .where(eq(notifications.kind, "pairing.due_reminder"));
  return rows;
}

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildPairingWorld(ctx.db);
  const result = await proposePairing(
    ctx.db,
    w.coordinator,
    {
      sideA: person(w.maPeer),
      sideB: person(w.outsider),
      purpose: "mentoring",
      dueAt: DUE,
    },
    { now: T0 },
  );
  if (result.status !== "proposed") throw new Error("not proposed");
  pairingId = result.pairingId;
});
afterAll(() => ctx.cleanup());

describe("due-date reminders", () => {
  it("sends nothing well before the due date", async () => {
    expect(await sendDueReminders(ctx.db, { now: T0 })).toEqual([]);
    expect(await sendDueReminders(ctx.db, { now: at(DUE, -4) })).toEqual([]);
    expect(await reminders()).toHaveLength(0);
  });

  it("reminds the coordinator and both parties three days before, with an e-mail each", async () => {
    expect(await sendDueReminders(ctx.db, { now: at(DUE, -3) })).toEqual([pairingId]);
    const rows = await reminders();
    expect(rows.map((r) => r.userId).sort()).toEqual(
      [w.coordinator.userId, w.maPeer.userId, w.outsider.userId].sort(),
    );
    expect(rows[0]!.payload).toMatchObject({
      pairingId,
      dueAt: DUE.toISOString(),
      status: "proposed",
    });
    await deliverNotificationEmails(ctx.db, {
      now: new Date(Date.now() + QUIET_MS),
      linkOrigin: "https://p.example",
    });
    const emails = await ctx.db
      .select({ to: emailOutbox.to, text: emailOutbox.text })
      .from(emailOutbox)
      .where(ilike(emailOutbox.text, "%rappel%"));
    expect(emails.map((e) => e.to).sort()).toEqual(
      [w.coordinator.email, w.maPeer.email, w.outsider.email].sort(),
    );
    expect(emails[0]!.text).toContain(`https://p.example/pairings/${pairingId}`);
  });

  it("does not remind twice for the same due date, even once it has passed", async () => {
    expect(await sendDueReminders(ctx.db, { now: at(DUE, -3) })).toEqual([]);
    expect(await sendDueReminders(ctx.db, { now: at(DUE, 2) })).toEqual([]);
    expect(await reminders()).toHaveLength(3);
  });

  it("reminds again when the due date changes, and never for a closed pairing", async () => {
    const next = at(DUE, 14);
    // Set on the day of the first reminder (a due date cannot be set in the past).
    await setPairingDueDate(
      ctx.db,
      w.coordinator,
      { pairingId, dueAt: next },
      { now: at(DUE, -3) },
    );
    expect(await sendDueReminders(ctx.db, { now: at(next, -5) })).toEqual([]);
    expect(await sendDueReminders(ctx.db, { now: at(next, -2) })).toEqual([pairingId]);
    const forNext = (await reminders()).filter((r) => r.payload.dueAt === next.toISOString());
    expect(forNext).toHaveLength(3);

    const later = at(next, 30);
    await setPairingDueDate(ctx.db, w.coordinator, { pairingId, dueAt: later }, { now: next });
    await transitionPairing(ctx.db, w.coordinator, {
      pairingId,
      to: "abandoned",
      reason: "Plus d'actualité",
    });
    expect(await sendDueReminders(ctx.db, { now: at(later, 1) })).toEqual([]);
    const own = await ctx.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, w.outsider.userId),
          eq(notifications.kind, "pairing.due_reminder"),
        ),
      );
    expect(own).toHaveLength(2);
  });
});
