import type { Database } from "../../../db/client";
import {
  type GrantedRole,
  type NewOrganization,
  organizations,
  publicationAuthors,
  publications,
  userRoles,
  users,
} from "../../../db/schema";
import type { Actor } from "../actor";
import { createPerson, type NewPersonInput } from "../people.server";

/**
 * A small network for the pipeline's integration tests: a Moroccan university with two labs, a
 * Belgian lab, people with accounts on each side, a coordinator, an admin and an outsider.
 */
export async function buildPairingWorld(db: Database) {
  const org = async (values: Omit<NewOrganization, "id">) => {
    const [row] = await db.insert(organizations).values(values).returning({ id: organizations.id });
    return row!.id;
  };
  const uni = await org({
    slug: "univ-ma",
    name: "Université MA",
    kind: "university",
    country: "MA",
    city: "Rabat",
  });
  const labMa = await org({
    slug: "lab-ma",
    name: "Labo IA Rabat",
    kind: "lab",
    country: "MA",
    city: "Rabat",
    parentId: uni,
  });
  const labMa2 = await org({
    slug: "lab-ma-2",
    name: "Labo Réseaux Rabat",
    kind: "lab",
    country: "MA",
    city: "Rabat",
    parentId: uni,
  });
  const labBe = await org({
    slug: "lab-be",
    name: "AI Lab Brussels",
    kind: "lab",
    country: "BE",
    city: "Bruxelles",
  });

  let n = 0;
  const account = async (roles: GrantedRole[] = []) => {
    n += 1;
    const [user] = await db
      .insert(users)
      .values({ email: `user${n}@example.org`, passwordHash: "x" })
      .returning({ id: users.id, email: users.email });
    if (roles.length)
      await db.insert(userRoles).values(roles.map((role) => ({ userId: user!.id, role })));
    return user!;
  };
  const person = async (
    name: string,
    roles: GrantedRole[],
    details: Partial<NewPersonInput> = {},
  ): Promise<Actor & { userId: string; email: string }> => {
    const user = await account(roles);
    const created = await createPerson(db, {
      kind: "researcher",
      fullName: name,
      country: "MA",
      city: "Rabat",
      verification: "verified",
      visibility: "public",
      userId: user.id,
      ...details,
    });
    return { userId: user.id, email: user.email, personId: created.id, roles };
  };

  const coordinator = await person("Coordination Test", ["coordinator"], { visibility: "hidden" });
  const admin = await person("Admin Test", ["admin"], { visibility: "hidden" });
  const maHead = await person("Amina Rabat", [], {
    memberships: [{ organizationId: labMa, isPrimary: true }],
  });
  const maPeer = await person("Youssef Rabat", [], {
    memberships: [{ organizationId: labMa2, isPrimary: true }],
  });
  const beHead = await person("Lotte Brussel", [], {
    country: "BE",
    city: "Bruxelles",
    memberships: [{ organizationId: labBe, isPrimary: true }],
  });
  // Visiting the Belgian lab: sees its pairings, cannot commit it.
  const beVisitor = await person("Karim Visiteur", [], {
    memberships: [
      { organizationId: labMa, isPrimary: true },
      { organizationId: labBe, isPrimary: false },
    ],
  });
  const student = await person("Salma Étudiante", [], {
    kind: "student",
    memberships: [{ organizationId: labMa2, isPrimary: true }],
  });
  const outsider = await person("Personne Extérieure", [], { country: "BE", city: "Gent" });

  // Amina and Lotte already wrote a paper together.
  const [paper] = await db
    .insert(publications)
    .values({ title: "Joint paper", year: 2024 })
    .returning({ id: publications.id });
  await db.insert(publicationAuthors).values([
    { publicationId: paper!.id, personId: maHead.personId!, position: 0 },
    { publicationId: paper!.id, personId: beHead.personId!, position: 1 },
  ]);

  return {
    orgs: { uni, labMa, labMa2, labBe },
    coordinator,
    admin,
    maHead,
    maPeer,
    beHead,
    beVisitor,
    student,
    outsider,
  };
}

export type PairingWorld = Awaited<ReturnType<typeof buildPairingWorld>>;

export const lab = (id: string) => ({ type: "organization" as const, id });
export const person = (actor: Actor) => ({ type: "person" as const, id: actor.personId! });
