import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { type GrantedRole, people, userRoles, users } from "../../../db/schema";
import { type Actor, hasRole } from "../actor";
import { DomainError } from "../domain-error";
import { findUserByEmail } from "./accounts.server";

function requireAdmin(actor: Actor) {
  if (!hasRole(actor, ["admin"])) throw new DomainError("forbidden", "error.forbidden.body");
}

/** Accounts holding a granted role, with their profile name. */
export async function listStaff(db: Executor) {
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      name: people.fullName,
      role: userRoles.role,
      grantedAt: userRoles.grantedAt,
    })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .leftJoin(people, eq(people.userId, users.id))
    .orderBy(asc(users.email), asc(userRoles.role));
  const byUser = new Map<
    string,
    {
      userId: string;
      email: string;
      name: string | null;
      roles: { role: GrantedRole; grantedAt: Date }[];
    }
  >();
  for (const row of rows) {
    const entry = byUser.get(row.userId) ?? {
      userId: row.userId,
      email: row.email,
      name: row.name,
      roles: [],
    };
    entry.roles.push({ role: row.role, grantedAt: row.grantedAt });
    byUser.set(row.userId, entry);
  }
  return [...byUser.values()];
}

export async function grantRole(
  db: Executor,
  actor: Actor & { userId: string },
  input: { email: string; role: GrantedRole },
) {
  requireAdmin(actor);
  const user = await findUserByEmail(db, input.email);
  if (!user) throw new DomainError("unknown_account", "roles.unknownAccount", { field: "email" });
  await db
    .insert(userRoles)
    .values({ userId: user.id, role: input.role, grantedBy: actor.userId })
    .onConflictDoNothing();
}

/** Revokes a role; the last admin cannot be removed, or nobody could grant roles any more. */
export async function revokeRole(
  db: Executor,
  actor: Actor & { userId: string },
  input: { userId: string; role: GrantedRole },
) {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    if (input.role === "admin") {
      // Serializes concurrent revocations so two admins cannot remove each other at once.
      await tx.execute(sql`select pg_advisory_xact_lock(7305012)`);
      const [others] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(userRoles)
        .where(and(eq(userRoles.role, "admin"), ne(userRoles.userId, input.userId)));
      if ((others?.n ?? 0) === 0) throw new DomainError("last_admin", "roles.lastAdmin");
    }
    await tx
      .delete(userRoles)
      .where(and(eq(userRoles.userId, input.userId), eq(userRoles.role, input.role)));
  });
}
