import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { type GrantedRole, people, userRoles, users } from "../../../db/schema";
import { findUserByEmail } from "./accounts.server";
import { hasRole, type SessionUser } from "./require-user.server";

function requireAdmin(actor: SessionUser) {
  if (!hasRole(actor, ["admin"])) throw new Response("Forbidden", { status: 403 });
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
      roles: { role: GrantedRole; grantedAt: string }[];
    }
  >();
  for (const row of rows) {
    const entry = byUser.get(row.userId) ?? {
      userId: row.userId,
      email: row.email,
      name: row.name,
      roles: [],
    };
    entry.roles.push({ role: row.role, grantedAt: row.grantedAt.toISOString() });
    byUser.set(row.userId, entry);
  }
  return [...byUser.values()];
}

export async function grantRole(
  db: Executor,
  actor: SessionUser,
  input: { email: string; role: GrantedRole },
): Promise<{ ok: true } | { ok: false; reason: "unknownAccount" }> {
  requireAdmin(actor);
  const user = await findUserByEmail(db, input.email);
  if (!user) return { ok: false, reason: "unknownAccount" };
  await db
    .insert(userRoles)
    .values({ userId: user.id, role: input.role, grantedBy: actor.id })
    .onConflictDoNothing();
  return { ok: true };
}

/** Revokes a role; the last admin cannot be removed, or nobody could grant roles any more. */
export async function revokeRole(
  db: Executor,
  actor: SessionUser,
  input: { userId: string; role: GrantedRole },
): Promise<{ ok: true } | { ok: false; reason: "lastAdmin" }> {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    if (input.role === "admin") {
      // Serializes concurrent revocations so two admins cannot remove each other at once.
      await tx.execute(sql`select pg_advisory_xact_lock(7305012)`);
      const [others] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(userRoles)
        .where(and(eq(userRoles.role, "admin"), ne(userRoles.userId, input.userId)));
      if ((others?.n ?? 0) === 0) return { ok: false as const, reason: "lastAdmin" as const };
    }
    await tx
      .delete(userRoles)
      .where(and(eq(userRoles.userId, input.userId), eq(userRoles.role, input.role)));
    return { ok: true as const };
  });
}
