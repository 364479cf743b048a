import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { logIn } from "~/.server/auth/accounts.server";
import { memberships, organizations, people, userRoles, users } from "../../db/schema";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import { DEMO_ACCOUNT_EMAILS, DEMO_PASSWORD, pickLinkedPeople } from "./demo-accounts";
import { generateDemoNetwork } from "./demo-network";
import { seedDemoNetwork } from "./seed";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoNetwork(ctx.db);
});
afterAll(async () => {
  await ctx.cleanup();
});

describe("demo accounts", () => {
  test("one admin and two coordinators, with the documented password", async () => {
    const roles = await ctx.db
      .select({ email: users.email, role: userRoles.role })
      .from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId));
    expect(roles.sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { email: "admin@passerelle.example", role: "admin" },
      { email: "coordination.bruxelles@passerelle.example", role: "coordinator" },
      { email: "coordination.rabat@passerelle.example", role: "coordinator" },
    ]);
    for (const email of DEMO_ACCOUNT_EMAILS) {
      expect(
        await logIn(
          ctx.db,
          { email, password: DEMO_PASSWORD },
          `192.0.2.${DEMO_ACCOUNT_EMAILS.indexOf(email)}`,
        ),
      ).toMatchObject({ ok: true });
    }
  });

  test("student, expert and researcher accounts own existing demo profiles; staff profiles are hidden", async () => {
    const linked = pickLinkedPeople(generateDemoNetwork());
    const rows = await ctx.db
      .select({ email: users.email, kind: people.kind, visibility: people.visibility })
      .from(people)
      .innerJoin(users, eq(users.id, people.userId))
      .where(inArray(users.email, DEMO_ACCOUNT_EMAILS));
    expect(rows).toHaveLength(DEMO_ACCOUNT_EMAILS.length);
    const byEmail = Object.fromEntries(rows.map((r) => [r.email, r]));
    expect(byEmail["etudiant@passerelle.example"]?.kind).toBe("student");
    expect(byEmail["expert@passerelle.example"]?.kind).toBe("expert");
    expect(byEmail["chercheur@passerelle.example"]?.kind).toBe("researcher");
    expect(byEmail["chercheur.leuven@passerelle.example"]?.kind).toBe("researcher");
    expect(byEmail["admin@passerelle.example"]?.visibility).toBe("hidden");
    const owned = await ctx.db
      .select({ id: people.id })
      .from(people)
      .where(
        inArray(
          people.id,
          linked.map((l) => l.personId),
        ),
      );
    expect(owned).toHaveLength(4);
  });

  test("the Belgian lab member's account owns a primary member of DTAI (KU Leuven)", async () => {
    const [row] = await ctx.db
      .select({ slug: organizations.slug, country: organizations.country })
      .from(users)
      .innerJoin(people, eq(people.userId, users.id))
      .innerJoin(
        memberships,
        and(eq(memberships.personId, people.id), eq(memberships.isPrimary, true)),
      )
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(eq(users.email, "chercheur.leuven@passerelle.example"));
    expect(row).toEqual({ slug: "dtai", country: "BE" });
  });

  test("reseeding replaces the accounts with the same ids", async () => {
    const before = await ctx.db.select({ id: users.id }).from(users);
    await seedDemoNetwork(ctx.db, { reset: true });
    const after = await ctx.db.select({ id: users.id }).from(users);
    expect(after.map((u) => u.id).sort()).toEqual(before.map((u) => u.id).sort());
  });
});
