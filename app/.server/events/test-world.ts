import { eq } from "drizzle-orm";
import type { GrantedRole } from "~/vocabulary/roles";
import type { Database } from "../../../db/client";
import { memberships, organizations, people } from "../../../db/schema";
import { createAccount, type TestAccount } from "../../../tests/accounts";
import { insertAgendaEvent } from "./test-event";

/**
 * Accounts around one published event (test-event.ts): Amina (Morocco, speaks, met Lotte and
 * meets Karim soon), Lotte (Belgium), Karim, an organiser member, a coordinator, an outsider.
 */
export async function buildEventWorld(db: Database, options: { now?: Date } = {}) {
  const [lab] = await db
    .insert(organizations)
    .values({
      slug: "ai-lab-be",
      name: "AI Lab Brussels",
      kind: "lab",
      country: "BE",
      city: "Bruxelles",
    })
    .returning({ id: organizations.id });
  // Each account is also the Actor domain functions take.
  const account = async (fullName: string, roles: GrantedRole[] = []) => ({
    ...(await createAccount(db, { fullName, roles })),
    roles,
  });
  const amina = await account("Amina Rabat");
  const lotte = await account("Lotte Brussel");
  await db
    .update(people)
    .set({ country: "BE", city: "Bruxelles" })
    .where(eq(people.id, lotte.personId));
  await db
    .insert(memberships)
    .values({ personId: lotte.personId, organizationId: lab!.id, isPrimary: true });
  const karim = await account("Karim Laâyoune");
  const organiser = await account("Organisatrice Événement");
  const coordinator = await account("Coordination", ["coordinator"]);
  const outsider = await account("Personne Extérieure");
  const seeded = await insertAgendaEvent(db, {
    slug: "master-class-test",
    a: amina.personId,
    b: lotte.personId,
    c: karim.personId,
    organiser: organiser.personId,
    now: options.now,
  });
  return { ...seeded, amina, lotte, karim, organiser, coordinator, outsider };
}

export type EventWorld = Awaited<ReturnType<typeof buildEventWorld>>;
export type { TestAccount };
