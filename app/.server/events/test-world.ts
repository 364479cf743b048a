import { EventSchema, SessionSchema } from "~/utils/event-validation";
import type { Database } from "../../../db/client";
import { createAccount, type TestAccount } from "../../../tests/accounts";
import type { Actor } from "../actor";
import { createEvent, setEventPublished } from "./editor.server";
import { addSession } from "./programme.server";

export type WorldAccount = TestAccount & { actor: Actor };
const withActor = (a: TestAccount, roles: Actor["roles"] = []): WorldAccount => ({
  ...a,
  actor: { userId: a.userId, personId: a.personId, roles },
});

/** A coordinator, two students, two experts and a researcher. */
export async function buildEventsWorld(db: Database) {
  const [coordinator, student, student2, expert, expert2, researcher] = await Promise.all([
    createAccount(db, { kind: "expert", roles: ["coordinator"], fullName: "Nadia Coordinatrice" }),
    createAccount(db, { kind: "student", fullName: "Salma Étudiante" }),
    createAccount(db, { kind: "student", fullName: "Yassine Étudiant" }),
    createAccount(db, { kind: "expert", fullName: "Amina Experte" }),
    createAccount(db, { kind: "expert", fullName: "Lotte Experte" }),
    createAccount(db, { kind: "researcher", fullName: "Karim Chercheur" }),
  ]);
  return {
    coordinator: withActor(coordinator, ["coordinator"]),
    student: withActor(student),
    student2: withActor(student2),
    expert: withActor(expert),
    expert2: withActor(expert2),
    researcher: withActor(researcher),
  };
}
export type EventsWorld = Awaited<ReturnType<typeof buildEventsWorld>>;

export const EVENT = {
  kind: "master_class" as const,
  titleFr: "Master class IA Laâyoune",
  descriptionFr: "Trois jours de conférences, d'ateliers et de rendez-vous.",
  startsOn: "2030-05-13",
  endsOn: "2030-05-15",
  timeZone: "Africa/Casablanca" as const,
  city: "Laâyoune",
  languages: ["fr", "ar"] as ("fr" | "ar")[],
};

/** The event's fields as the form's schema gives them to the domain. */
export const eventFields = (overrides: Partial<Record<string, unknown>> = {}) =>
  EventSchema.parse({ ...EVENT, ...overrides });

/** A published event with one meeting block of 4 slots × 2 tables; returns its slug. */
export async function publishedEvent(
  db: Database,
  w: EventsWorld,
  overrides: Partial<Record<string, unknown>> = {},
) {
  const { slug } = await createEvent(db, w.coordinator.actor, eventFields(overrides));
  await addSession(
    db,
    w.coordinator.actor,
    slug,
    SessionSchema.parse({
      intent: "addSession",
      kind: "meeting_block",
      titleFr: "Rendez-vous",
      startsAt: "2030-05-14T14:00",
      endsAt: "2030-05-14T16:00",
      room: "Hall",
      slotMinutes: 30,
      tables: 2,
    }),
  );
  await setEventPublished(db, w.coordinator.actor, slug, true);
  return slug;
}
