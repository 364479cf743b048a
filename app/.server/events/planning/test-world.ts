import { randomBytes } from "node:crypto";
import type { Database } from "../../../../db/client";
import {
  eventAvailability,
  eventMeetingRequests,
  eventRegistrations,
  eventSessions,
  events,
  type GrantedRole,
  userRoles,
  users,
} from "../../../../db/schema";
import type { Actor } from "../../actor";
import { createPerson } from "../../people.server";

type Member = Actor & { userId: string; personId: string; name: string };

/**
 * A published master class with one meeting block (9:00, 4 slots of 20 minutes, `tables`
 * tables), a coordinator, an organiser registered as such, an outsider, and participants.
 */
export async function buildPlanWorld(db: Database, { tables = 2, participants = 4 } = {}) {
  let n = 0;
  const member = async (name: string, roles: GrantedRole[] = []): Promise<Member> => {
    n += 1;
    const [user] = await db
      .insert(users)
      .values({ email: `plan${n}@example.org`, passwordHash: "x" })
      .returning({ id: users.id });
    if (roles.length)
      await db.insert(userRoles).values(roles.map((role) => ({ userId: user!.id, role })));
    const person = await createPerson(db, {
      kind: "researcher",
      fullName: name,
      country: "MA",
      city: "Laâyoune",
      verification: "verified",
      visibility: "public",
      userId: user!.id,
    });
    return { userId: user!.id, personId: person.id, roles, name };
  };
  const coordinator = await member("Coordination Test", ["coordinator"]);
  const organiser = await member("Organisatrice Locale");
  const outsider = await member("Personne Extérieure");
  const names = ["Amina Idrissi", "Bart Peeters", "Chloé Martin", "Driss Alaoui", "Emma Janssens"];
  const people: Member[] = [];
  for (const name of names.slice(0, participants)) people.push(await member(name));

  const [event] = await db
    .insert(events)
    .values({
      slug: "mc-test",
      kind: "master_class",
      titleFr: "Master class test",
      startsOn: "2025-05-13",
      endsOn: "2025-05-13",
      timeZone: "Africa/Casablanca",
      city: "Laâyoune",
      publishedAt: new Date("2025-04-01T00:00:00Z"),
    })
    .returning();
  const [block] = await db
    .insert(eventSessions)
    .values({
      eventId: event!.id,
      kind: "meeting_block",
      titleFr: "Rendez-vous 1:1",
      startsAt: new Date("2025-05-13T08:00:00Z"),
      endsAt: new Date("2025-05-13T09:20:00Z"),
      slotMinutes: 20,
      tables,
    })
    .returning();
  const register = async (m: Member, role: "participant" | "organiser", slots: number[]) => {
    const [registration] = await db
      .insert(eventRegistrations)
      .values({
        eventId: event!.id,
        personId: m.personId,
        role,
        feedToken: randomBytes(12).toString("hex"),
      })
      .returning({ id: eventRegistrations.id });
    if (slots.length) {
      await db.insert(eventAvailability).values(
        slots.map((slotIndex) => ({
          registrationId: registration!.id,
          sessionId: block!.id,
          slotIndex,
        })),
      );
    }
    return registration!.id;
  };
  await register(organiser, "organiser", []);
  const registrations: string[] = [];
  for (const p of people) registrations.push(await register(p, "participant", [0, 1, 2, 3]));
  const accept = async (from: number, to: number, mustMeet = false) => {
    const [request] = await db
      .insert(eventMeetingRequests)
      .values({
        eventId: event!.id,
        fromRegistrationId: registrations[from]!,
        toRegistrationId: registrations[to]!,
        status: "accepted",
        mustMeet,
        expiresAt: new Date("2025-05-10T00:00:00Z"),
        answeredAt: new Date("2025-05-02T00:00:00Z"),
      })
      .returning({ id: eventMeetingRequests.id });
    return request!.id;
  };
  return {
    event: event!,
    block: block!,
    coordinator,
    organiser,
    outsider,
    people,
    registrations,
    accept,
  };
}
