import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { type OrganizationKind, organizationRequests, people } from "../../db/schema";
import { createOrganization } from "./organizations.server";
import { addMembership } from "./people.server";

export type OrganizationRequestInput = {
  name: string;
  kind: OrganizationKind;
  country: string;
  city: string;
  website: string | null;
  role: string;
};

/** Records a request for a missing organization; asking twice for the same name is one request. */
export async function createOrganizationRequest(
  tx: Executor,
  personId: string,
  input: OrganizationRequestInput,
) {
  const [pending] = await tx
    .select({ id: organizationRequests.id })
    .from(organizationRequests)
    .where(
      and(
        eq(organizationRequests.personId, personId),
        eq(organizationRequests.status, "pending"),
        eq(sql`lower(${organizationRequests.name})`, input.name.toLowerCase()),
      ),
    );
  if (pending) return;
  await tx.insert(organizationRequests).values({ personId, ...input });
}

export async function listOwnOrganizationRequests(db: Executor, personId: string) {
  return db
    .select({
      id: organizationRequests.id,
      name: organizationRequests.name,
      status: organizationRequests.status,
      createdAt: organizationRequests.createdAt,
    })
    .from(organizationRequests)
    .where(eq(organizationRequests.personId, personId))
    .orderBy(desc(organizationRequests.createdAt))
    .limit(10);
}

/** Pending requests for coordinators, oldest first, with who asked. */
export async function listPendingOrganizationRequests(db: Executor) {
  return db
    .select({
      id: organizationRequests.id,
      name: organizationRequests.name,
      kind: organizationRequests.kind,
      country: organizationRequests.country,
      city: organizationRequests.city,
      website: organizationRequests.website,
      role: organizationRequests.role,
      createdAt: organizationRequests.createdAt,
      personName: people.fullName,
      personSlug: people.slug,
    })
    .from(organizationRequests)
    .innerJoin(people, eq(people.id, organizationRequests.personId))
    .where(eq(organizationRequests.status, "pending"))
    .orderBy(asc(organizationRequests.createdAt));
}

/**
 * A coordinator's decision (the caller checks the role). Approving creates the organization and
 * makes the requester a member, all in one transaction with the index work.
 */
export async function resolveOrganizationRequest(
  db: Executor,
  actorUserId: string,
  requestId: string,
  decision: "approved" | "rejected",
) {
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(organizationRequests)
      .where(
        and(eq(organizationRequests.id, requestId), eq(organizationRequests.status, "pending")),
      )
      .for("update");
    if (!request) return false;
    let organizationId: string | null = null;
    if (decision === "approved") {
      const organization = await createOrganization(tx, {
        name: request.name,
        kind: request.kind,
        country: request.country,
        city: request.city,
        website: request.website,
      });
      organizationId = organization.id;
      await addMembership(tx, request.personId, {
        organizationId,
        role: request.role,
        represents: true,
      });
    }
    await tx
      .update(organizationRequests)
      .set({ status: decision, organizationId, resolvedAt: sql`now()`, resolvedBy: actorUserId })
      .where(eq(organizationRequests.id, requestId));
    return true;
  });
}
