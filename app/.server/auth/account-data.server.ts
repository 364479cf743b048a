import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import {
  emailOutbox,
  memberships,
  notifications,
  offersNeeds,
  organizationRequests,
  organizations,
  pairingSides,
  pairings,
  personLanguages,
  personSectors,
  personSkills,
  publicationAuthors,
  publications,
  rateLimits,
  sessions,
  userRoles,
  users,
} from "../../../db/schema";
import { DomainError } from "../domain-error";
import { exportMentorshipRequests } from "../mentorship";
import { erasePerson, findOwnPerson } from "../people.server";
import { accountKey } from "./rate-limit.server";

/**
 * Everything Passerelle keeps about an account, as plain JSON (GDPR access and portability).
 * Secrets are left out: the password hash and session identifiers.
 */
export async function exportAccountData(db: Executor, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new DomainError("not_found", "error.notFound.body");
  const person = await findOwnPerson(db, userId);
  const pid = person?.id ?? "00000000-0000-0000-0000-000000000000";
  const lowerEmail = user.email.toLowerCase();
  const [
    roles,
    sessionRows,
    skills,
    languages,
    sectors,
    offers,
    orgs,
    pubs,
    requests,
    inbox,
    emails,
  ] = await Promise.all([
    db
      .select({ role: userRoles.role, grantedAt: userRoles.grantedAt })
      .from(userRoles)
      .where(eq(userRoles.userId, userId)),
    db
      .select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(eq(sessions.userId, userId)),
    db
      .select({
        skillId: personSkills.skillId,
        freeLabel: personSkills.freeLabel,
        level: personSkills.level,
      })
      .from(personSkills)
      .where(eq(personSkills.personId, pid)),
    db
      .select({ language: personLanguages.language, level: personLanguages.level })
      .from(personLanguages)
      .where(eq(personLanguages.personId, pid)),
    db
      .select({ sectorId: personSectors.sectorId })
      .from(personSectors)
      .where(eq(personSectors.personId, pid)),
    db
      .select({
        direction: offersNeeds.direction,
        kind: offersNeeds.kind,
        details: offersNeeds.details,
      })
      .from(offersNeeds)
      .where(eq(offersNeeds.personId, pid)),
    db
      .select({
        organization: organizations.name,
        role: memberships.role,
        isPrimary: memberships.isPrimary,
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(eq(memberships.personId, pid)),
    db
      .select({
        title: publications.title,
        year: publications.year,
        venue: publications.venue,
        doi: publications.doi,
        abstract: publications.abstract,
        authorPosition: publicationAuthors.position,
      })
      .from(publicationAuthors)
      .innerJoin(publications, eq(publications.id, publicationAuthors.publicationId))
      .where(eq(publicationAuthors.personId, pid)),
    db.select().from(organizationRequests).where(eq(organizationRequests.personId, pid)),
    db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(asc(notifications.createdAt)),
    db
      .select({
        subject: emailOutbox.subject,
        createdAt: emailOutbox.createdAt,
        sentAt: emailOutbox.sentAt,
      })
      .from(emailOutbox)
      .where(eq(sql`lower(${emailOutbox.to})`, lowerEmail)),
  ]);
  // Pairings the person is a side of (the pairings feature owns them; coordinators' notes stay out).
  const pairingRows = await db
    .select({
      purpose: pairings.purpose,
      status: pairings.status,
      createdAt: pairings.createdAt,
      side: pairingSides.side,
      decision: pairingSides.decision,
      decidedAt: pairingSides.decidedAt,
    })
    .from(pairingSides)
    .innerJoin(pairings, eq(pairings.id, pairingSides.pairingId))
    .where(eq(pairingSides.personId, pid));
  return {
    exportedAt: new Date().toISOString(),
    account: {
      id: user.id,
      email: user.email,
      locale: user.locale,
      createdAt: user.createdAt,
      lastLoginAt: user.lastLoginAt,
      roles,
      sessions: sessionRows,
    },
    profile: person
      ? {
          ...person,
          skills,
          languages,
          sectors: sectors.map((s) => s.sectorId),
          offersAndNeeds: offers,
          affiliations: orgs,
          publications: pubs,
          organizationRequests: requests,
          pairings: pairingRows,
          mentorshipRequests: await exportMentorshipRequests(db, pid),
        }
      : null,
    notifications: inbox,
    emails,
  };
}

/**
 * Deletes an account for good, in one transaction (docs/decisions/007-account-deletion.md):
 * the profile and everything only it owned, the account, its sessions, roles, tokens,
 * notifications, queued e-mails and rate-limit counters. What others keep is anonymized by the
 * foreign keys (set null: who granted a role, who resolved a request, pairing sides and events)
 * or by erasePerson (co-authored publications lose this author). The search index follows through
 * the outbox row written in the same transaction.
 */
export async function deleteAccount(db: Executor, userId: string) {
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!user) return;
    const person = await findOwnPerson(tx, userId);
    if (person) await erasePerson(tx, person.id);
    await tx.delete(emailOutbox).where(eq(sql`lower(${emailOutbox.to})`, user.email.toLowerCase()));
    await tx.delete(rateLimits).where(
      inArray(
        rateLimits.key,
        ["login", "reset"].map((scope) => accountKey(scope, user.email)),
      ),
    );
    await tx.delete(users).where(eq(users.id, userId));
  });
}
