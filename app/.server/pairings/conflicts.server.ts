import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import {
  memberships,
  organizations,
  pairingSides,
  pairings,
  publicationAuthors,
} from "../../../db/schema";
import { type Actor, isStaff } from "../actor";
import { DomainError } from "../domain-error";
import type { PartyRef } from "./schemas";
import { OPEN_STATUSES } from "./transitions";

/** Reasons to think twice before proposing, shown to the coordinator; none of them blocks. */
export type ConflictWarning =
  /** The two sides belong to the same organization (a lab, or the university above it). */
  | { code: "same_organization"; organizationIds: string[] }
  /** People on the two sides already wrote papers together. */
  | { code: "coauthors"; publications: number }
  /** The same two parties already have a pairing under way. */
  | { code: "open_pairing"; pairingIds: string[] };

/** Conflict-of-interest checks before proposing; coordinators and admins only. */
export async function checkPairingConflicts(
  db: Executor,
  actor: Actor,
  input: { sideA: PartyRef; sideB: PartyRef },
): Promise<ConflictWarning[]> {
  if (!isStaff(actor)) throw new DomainError("forbidden", "pairings.error.forbidden");
  return findConflicts(db, input.sideA, input.sideB);
}

export async function findConflicts(
  db: Executor,
  a: PartyRef,
  b: PartyRef,
): Promise<ConflictWarning[]> {
  const orgRows = await db
    .select({ id: organizations.id, parentId: organizations.parentId })
    .from(organizations);
  const parentOf = new Map(orgRows.map((o) => [o.id, o.parentId]));
  const withAncestors = (ids: string[]) => {
    const out = new Set<string>();
    for (const id of ids) {
      let current: string | null | undefined = id;
      while (current && !out.has(current)) {
        out.add(current);
        current = parentOf.get(current);
      }
    }
    return out;
  };
  const below = (id: string) =>
    orgRows.filter((o) => withAncestors([o.id]).has(id)).map((o) => o.id);

  const [affA, affB, peopleA, peopleB, open] = await Promise.all([
    affiliations(db, a),
    affiliations(db, b),
    peopleOf(db, a, below),
    peopleOf(db, b, below),
    openPairingsBetween(db, a, b),
  ]);
  const warnings: ConflictWarning[] = [];
  const orgsB = withAncestors(affB);
  const shared = [...withAncestors(affA)].filter((id) => orgsB.has(id));
  if (shared.length > 0) warnings.push({ code: "same_organization", organizationIds: shared });
  const coauthored = await countCoauthored(db, peopleA, peopleB);
  if (coauthored > 0) warnings.push({ code: "coauthors", publications: coauthored });
  if (open.length > 0) warnings.push({ code: "open_pairing", pairingIds: open });
  return warnings;
}

async function affiliations(db: Executor, ref: PartyRef): Promise<string[]> {
  if (ref.type === "organization") return [ref.id];
  const rows = await db
    .select({ id: memberships.organizationId })
    .from(memberships)
    .where(eq(memberships.personId, ref.id));
  return rows.map((r) => r.id);
}

/** The person, or everyone in the organization and the labs under it. */
async function peopleOf(
  db: Executor,
  ref: PartyRef,
  below: (id: string) => string[],
): Promise<string[]> {
  if (ref.type === "person") return [ref.id];
  const rows = await db
    .select({ id: memberships.personId })
    .from(memberships)
    .where(inArray(memberships.organizationId, below(ref.id)));
  return [...new Set(rows.map((r) => r.id))];
}

async function countCoauthored(db: Executor, a: string[], b: string[]): Promise<number> {
  if (a.length === 0 || b.length === 0) return 0;
  const rows = await db
    .select({
      publicationId: publicationAuthors.publicationId,
      personId: publicationAuthors.personId,
    })
    .from(publicationAuthors)
    .where(inArray(publicationAuthors.personId, [...new Set([...a, ...b])]));
  const setA = new Set(a);
  const setB = new Set(b);
  const authors = new Map<string, string[]>();
  for (const r of rows)
    authors.set(r.publicationId, [...(authors.get(r.publicationId) ?? []), r.personId]);
  let count = 0;
  for (const list of authors.values()) {
    if (list.some((x) => setA.has(x) && list.some((y) => y !== x && setB.has(y)))) count += 1;
  }
  return count;
}

const column = (ref: PartyRef) =>
  ref.type === "person" ? pairingSides.personId : pairingSides.organizationId;

/** Open pairings whose two sides are exactly these two parties, in either order. */
export async function openPairingsBetween(
  db: Executor,
  a: PartyRef,
  b: PartyRef,
): Promise<string[]> {
  const withA = await db
    .select({ pairingId: pairingSides.pairingId, side: pairingSides.side })
    .from(pairingSides)
    .innerJoin(pairings, eq(pairings.id, pairingSides.pairingId))
    .where(and(eq(column(a), a.id), inArray(pairings.status, [...OPEN_STATUSES])));
  if (withA.length === 0) return [];
  const withB = await db
    .select({ pairingId: pairingSides.pairingId, side: pairingSides.side })
    .from(pairingSides)
    .where(
      and(
        eq(column(b), b.id),
        inArray(
          pairingSides.pairingId,
          withA.map((r) => r.pairingId),
        ),
      ),
    );
  const sideOfA = new Map(withA.map((r) => [r.pairingId, r.side]));
  return [
    ...new Set(withB.filter((r) => sideOfA.get(r.pairingId) !== r.side).map((r) => r.pairingId)),
  ];
}
