import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { memberships, organizations, people } from "../../db/schema";
import { type Actor, isStaff } from "./actor";
import { DomainError } from "./domain-error";
import { notify } from "./notices";
import { setVerification } from "./people.server";

/** Experts and researchers waiting for a coordinator, oldest first, with their main organization. */
export async function listPendingProfiles(db: Executor) {
  const rows = await db
    .select({
      id: people.id,
      slug: people.slug,
      name: people.fullName,
      kind: people.kind,
      headline: people.headline,
      country: people.country,
      city: people.city,
      createdAt: people.createdAt,
    })
    .from(people)
    .where(and(eq(people.verification, "pending"), inArray(people.kind, ["expert", "researcher"])))
    .orderBy(asc(people.createdAt))
    .limit(200);
  const orgRows = rows.length
    ? await db
        .select({ personId: memberships.personId, name: organizations.name })
        .from(memberships)
        .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
        .where(
          and(
            inArray(
              memberships.personId,
              rows.map((r) => r.id),
            ),
            eq(memberships.isPrimary, true),
          ),
        )
    : [];
  return rows.map((r) => ({
    ...r,
    organization: orgRows.find((o) => o.personId === r.id)?.name ?? null,
  }));
}

/**
 * A coordinator verifies or rejects a profile. A refusal says why: the reason is kept on the
 * profile (its owner sees it in their settings) and sent to them in a notice, so in their own
 * language by e-mail too. Only staff may decide (checked here too, not only in the route).
 */
export async function reviewProfile(
  db: Executor,
  actor: Actor,
  input: { personId: string; decision: "verified" | "rejected"; reason?: string },
) {
  if (!isStaff(actor)) throw new DomainError("forbidden", "error.forbidden.body");
  const reason = input.reason?.trim() ?? "";
  if (input.decision === "rejected" && !reason)
    throw new DomainError("reason_required", "verify.reject.reasonRequired", { field: "reason" });
  return db.transaction(async (tx) => {
    const verified = input.decision === "verified";
    const updated = await setVerification(
      tx,
      input.personId,
      input.decision,
      verified ? null : reason,
    );
    if (!updated) return null;
    if (updated.userId) {
      await notify(tx, [
        {
          userId: updated.userId,
          kind: verified ? "account.verified" : "account.rejected",
          payload: { name: updated.name, reason: verified ? null : reason },
          link: verified ? `/people/${updated.slug}` : "/settings/profile",
        },
      ]);
    }
    return updated;
  });
}
