import { eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { notifications } from "../../../db/schema";
import { createAccount, type TestAccount } from "../../../tests/accounts";
import type { Actor } from "../actor";

export type WorldAccount = TestAccount & { actor: Actor };

const withActor = (a: TestAccount, roles: Actor["roles"] = []): WorldAccount => ({
  ...a,
  actor: { userId: a.userId, personId: a.personId, roles },
});

/** Two students, a mentor with one place, a second mentor, an outsider and a coordinator. */
export async function buildMentorshipWorld(db: Database) {
  const [student, student2, mentor, mentor2, outsider, coordinator] = await Promise.all([
    createAccount(db, { kind: "student", fullName: "Salma Étudiante" }),
    createAccount(db, { kind: "student", fullName: "Yassine Étudiant" }),
    createAccount(db, { kind: "expert", fullName: "Amina Mentor" }),
    createAccount(db, { kind: "researcher", fullName: "Lotte Mentor" }),
    createAccount(db, { kind: "expert", fullName: "Karim Extérieur" }),
    createAccount(db, { kind: "expert", roles: ["coordinator"], visibility: "hidden" }),
  ]);
  return {
    student: withActor(student),
    student2: withActor(student2),
    mentor: withActor(mentor),
    mentor2: withActor(mentor2),
    outsider: withActor(outsider),
    coordinator: withActor(coordinator, ["coordinator"]),
  };
}

export const REQUEST = {
  goal: "thesis" as const,
  message: "Je prépare un mémoire sur la vision par ordinateur appliquée aux cultures.",
};

/** The kinds of a user's notifications, oldest first. */
export async function notificationKinds(db: Database, userId: string) {
  const rows = await db
    .select({ kind: notifications.kind })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(notifications.id);
  return rows.map((n) => n.kind);
}
