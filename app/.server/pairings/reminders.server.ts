import { and, asc, eq, inArray, isNotNull, lte, notExists } from "drizzle-orm";
import { type Locale, type MessageKey, translator } from "~/utils/i18n";
import type { Database, Executor } from "../../../db/client";
import {
  notifications,
  type Pairing,
  pairingReminders,
  pairingSides,
  pairings,
} from "../../../db/schema";
import { enqueueEmail } from "../email/outbox.server";
import { loadParties, loadRecipients, loadUserEmails, refOfSide } from "./parties.server";
import { OPEN_STATUSES } from "./transitions";

/** A reminder goes out this many days before the due date (or as soon as it has passed). */
export const REMINDER_LEAD_DAYS = 3;
const BATCH = 100;
const LOCALES: Locale[] = ["fr", "en", "ar"];

export type ReminderOptions = { now?: Date; linkOrigin?: string };

/**
 * Reminds of open pairings due within REMINDER_LEAD_DAYS (or overdue): the coordinator who
 * proposed it and both parties get a notification and an e-mail. A row in pairing_reminders per
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
    if (await remindOne(db, id, horizon, now, options.linkOrigin)) reminded.push(id);
  }
  return reminded;
}

async function remindOne(
  db: Database,
  pairingId: string,
  horizon: Date,
  now: Date,
  linkOrigin = "",
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
    await notifyReminder(tx, pairing, linkOrigin);
    return true;
  });
}

async function notifyReminder(tx: Executor, pairing: Pairing, linkOrigin: string) {
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
  const coordinator = pairing.proposedBy
    ? await loadUserEmails(
        tx,
        recipients.some((r) => r.userId === pairing.proposedBy) ? [] : [pairing.proposedBy],
      )
    : [];
  const to = [...recipients, ...coordinator];
  if (to.length === 0) return;
  const dueAt = pairing.dueAt!;
  const link = `/pairings/${pairing.id}`;
  const names = { a: name("a"), b: name("b") };
  await tx.insert(notifications).values(
    to.map((r) => ({
      userId: r.userId,
      kind: "pairing.due_reminder",
      payload: {
        pairingId: pairing.id,
        purpose: pairing.purpose,
        status: pairing.status,
        dueAt: dueAt.toISOString(),
        ...names,
      },
      link,
    })),
  );
  const text = LOCALES.map((locale) => {
    const t = translator(locale);
    return t("reminders.email.body", {
      ...names,
      purpose: t(`offer.${pairing.purpose}` as MessageKey),
      status: t(`pairings.status.${pairing.status}`),
      due: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(dueAt),
      link: `${linkOrigin}${link}`,
    });
  }).join("\n\n—\n\n");
  const subject = translator("fr")("reminders.email.subject", names);
  for (const r of to) await enqueueEmail(tx, { to: r.email, subject, text });
}
