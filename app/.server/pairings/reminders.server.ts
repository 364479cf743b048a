import { and, asc, eq, inArray, isNotNull, lte, notExists } from "drizzle-orm";
import type { Database, Executor } from "../../../db/client";
import { type Pairing, pairingReminders, pairingSides, pairings } from "../../../db/schema";
import { notify } from "../notices";
import { loadParties, loadRecipients, loadUserEmails, refOfSide } from "./parties.server";
import { OPEN_STATUSES } from "./transitions";

/** A reminder goes out this many days before the due date (or as soon as it has passed). */
export const REMINDER_LEAD_DAYS = 3;
const BATCH = 100;

export type ReminderOptions = { now?: Date };

/**
 * Reminds of open pairings due within REMINDER_LEAD_DAYS (or overdue): the coordinator who
 * proposed it and the people who answer for each side get a notification (and so an e-mail). A row in pairing_reminders per
 * pairing and due date, inserted in the same transaction, makes it at most once per due date;
 * a new due date reminds again. Returns the ids of the pairings reminded.
 */
export async function sendDueReminders(
  db: Database,
  options: ReminderOptions = {},
): Promise<string[]> {
  const now = options.now ?? new Date();
  const horizon = new Date(now.getTime() + REMINDER_LEAD_DAYS * 86_400_000);
  const due = await db
    .select({ id: pairings.id })
    .from(pairings)
    .where(
      and(
        inArray(pairings.status, [...OPEN_STATUSES]),
        isNotNull(pairings.dueAt),
        lte(pairings.dueAt, horizon),
        notExists(
          db
            .select({ one: pairingReminders.pairingId })
            .from(pairingReminders)
            .where(
              and(
                eq(pairingReminders.pairingId, pairings.id),
                eq(pairingReminders.dueAt, pairings.dueAt),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(pairings.dueAt), asc(pairings.id))
    .limit(BATCH);
  const reminded: string[] = [];
  for (const { id } of due) {
    if (await remindOne(db, id, horizon, now)) reminded.push(id);
  }
  return reminded;
}

async function remindOne(
  db: Database,
  pairingId: string,
  horizon: Date,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Re-read under lock: a coordinator may have moved it or changed the date meanwhile.
    const [pairing] = await tx
      .select()
      .from(pairings)
      .where(eq(pairings.id, pairingId))
      .for("update");
    if (!pairing?.dueAt || !OPEN_STATUSES.includes(pairing.status)) return false;
    if (pairing.dueAt.getTime() > horizon.getTime()) return false;
    const claimed = await tx
      .insert(pairingReminders)
      .values({ pairingId, dueAt: pairing.dueAt, sentAt: now })
      .onConflictDoNothing()
      .returning({ pairingId: pairingReminders.pairingId });
    if (claimed.length === 0) return false;
    await notifyReminder(tx, pairing);
    return true;
  });
}

async function notifyReminder(tx: Executor, pairing: Pairing) {
  const sides = await tx.select().from(pairingSides).where(eq(pairingSides.pairingId, pairing.id));
  const refs = sides.flatMap((s) => refOfSide(s) ?? []);
  const parties = await loadParties(tx, refs);
  const name = (side: "a" | "b") => {
    const ref = refOfSide(
      sides.find((s) => s.side === side) ?? { personId: null, organizationId: null },
    );
    return (ref && parties.get(`${ref.type}:${ref.id}`)?.name) ?? "—";
  };
  const recipients = await loadRecipients(tx, sides);
  const coordinator = pairing.proposedBy ? await loadUserEmails(tx, [pairing.proposedBy]) : [];
  const payload = {
    pairingId: pairing.id,
    purpose: pairing.purpose,
    status: pairing.status,
    dueAt: pairing.dueAt!.toISOString(),
    a: name("a"),
    b: name("b"),
  };
  await notify(
    tx,
    [...recipients, ...coordinator].map((r) => ({
      userId: r.userId,
      kind: "pairing.due_reminder",
      payload,
      link: `/pairings/${pairing.id}`,
    })),
  );
}
