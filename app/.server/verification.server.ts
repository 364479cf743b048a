import { and, asc, eq, inArray } from "drizzle-orm";
import { isLocale, type Locale, translator } from "~/utils/i18n";
import type { Executor } from "../../db/client";
import { memberships, organizations, people, users } from "../../db/schema";
import { type Actor, isStaff } from "./actor";
import { DomainError } from "./domain-error";
import { enqueueEmail } from "./email/outbox.server";
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
 * A coordinator verifies or rejects a profile; the person is told by e-mail, in their language,
 * from the same transaction. Only staff may decide (checked here too, not only in the route).
 */
export async function reviewProfile(
  db: Executor,
  actor: Actor,
  input: { personId: string; decision: "verified" | "rejected"; origin: string },
) {
  if (!isStaff(actor)) throw new DomainError("forbidden", "error.forbidden.body");
  return db.transaction(async (tx) => {
    const updated = await setVerification(tx, input.personId, input.decision);
    if (!updated) return null;
    if (updated.userId) {
      const [owner] = await tx
        .select({ email: users.email, locale: users.locale })
        .from(users)
        .where(eq(users.id, updated.userId));
      if (owner) {
        const locale: Locale = isLocale(owner.locale) ? owner.locale : "fr";
        const t = translator(locale);
        const verified = input.decision === "verified";
        await enqueueEmail(tx, {
          to: owner.email,
          subject: t(verified ? "email.verified.subject" : "email.rejected.subject"),
          text: t(verified ? "email.verified.body" : "email.rejected.body", {
            name: updated.name,
            link: `${input.origin}${verified ? `/people/${updated.slug}` : "/settings/profile"}`,
          }),
        });
      }
    }
    return updated;
  });
}
