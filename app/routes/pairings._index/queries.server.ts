import { z } from "zod";
import { type Actor, isStaff } from "~/.server/actor";
import type { Executor } from "~/.server/db.server";
import { listPairingReminders, listPairings, type PairingSummary } from "~/.server/pairings";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { PAIRING_STATUSES } from "~/vocabulary/pairings";

/** The list's filters from the query string; a bad value means "no filter", never an error. */
export const PairingListQuerySchema = z.object({
  status: z.enum(PAIRING_STATUSES).optional().catch(undefined),
  purpose: z.enum(CONVENTION_KINDS).optional().catch(undefined),
});

export type PairingRow = ReturnType<typeof toRow>;

function toRow(p: PairingSummary) {
  return {
    id: p.id,
    purpose: p.purpose,
    status: p.status,
    dueAt: p.dueAt,
    updatedAt: p.updatedAt,
    parties: p.sides.map((s) => ({
      side: s.side,
      decision: s.decision,
      name: s.party?.name ?? null,
      href: s.party ? `/${s.party.type === "person" ? "people" : "orgs"}/${s.party.slug}` : null,
    })),
    mine: p.mySides.length > 0,
  };
}

export async function loadPairingList(
  db: Executor,
  actor: Actor,
  query: z.infer<typeof PairingListQuerySchema>,
) {
  const [pairings, reminders] = await Promise.all([
    listPairings(db, actor, query),
    isStaff(actor) ? listPairingReminders(db, actor, { withinDays: 7 }) : Promise.resolve([]),
  ]);
  return {
    staff: isStaff(actor),
    pairings: pairings.map(toRow),
    reminders: reminders.map((r) => ({ ...toRow(r), overdue: r.overdue, daysLeft: r.daysLeft })),
  };
}
