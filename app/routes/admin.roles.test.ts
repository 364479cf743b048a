import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { userRoles } from "../../db/schema";
import { callRoute, createAccount, type TestAccount } from "../../tests/accounts";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import { action, loader } from "./admin.roles";

let ctx: TestContext;
let admin: TestAccount;
let coordinator: TestAccount;
let expert: TestAccount;
const route = { loader, action };
const post = (account: TestAccount, form: Record<string, string>) =>
  callRoute(route, { method: "POST", url: "/admin/roles", cookie: account.cookie, form });
const rolesOf = async (userId: string) =>
  (await ctx.db.select().from(userRoles).where(eq(userRoles.userId, userId)))
    .map((r) => r.role)
    .sort();

beforeAll(async () => {
  ctx = await createTestContext();
  [admin, coordinator, expert] = await Promise.all([
    createAccount(ctx.db, { roles: ["admin"] }),
    createAccount(ctx.db, { roles: ["coordinator"] }),
    createAccount(ctx.db),
  ]);
});
afterAll(async () => {
  await ctx.cleanup();
});

describe("/admin/roles", () => {
  test("an admin grants and revokes roles by e-mail", async () => {
    expect(
      (
        await post(admin, {
          intent: "grant",
          email: expert.email.toUpperCase(),
          role: "coordinator",
        })
      ).body,
    ).toMatchObject({
      done: "roles.granted",
    });
    expect(await rolesOf(expert.userId)).toEqual(["coordinator"]);
    const [grant] = await ctx.db
      .select()
      .from(userRoles)
      .where(eq(userRoles.userId, expert.userId));
    expect(grant?.grantedBy).toBe(admin.userId);
    expect(
      (await post(admin, { intent: "revoke", userId: expert.userId, role: "coordinator" })).body,
    ).toMatchObject({
      done: "roles.revoked",
    });
    expect(await rolesOf(expert.userId)).toEqual([]);
  });

  test("an unknown address is a field error", async () => {
    const result = await post(admin, {
      intent: "grant",
      email: "nobody@example.org",
      role: "admin",
    });
    expect(result).toMatchObject({
      status: 400,
      body: { result: { error: { email: [{ key: "roles.unknownAccount" }] } } },
    });
  });

  test("a coordinator cannot grant roles, not even to themselves", async () => {
    const result = await post(coordinator, {
      intent: "grant",
      email: coordinator.email,
      role: "admin",
    });
    expect(result.status).toBe(403);
    expect(await rolesOf(coordinator.userId)).toEqual(["coordinator"]);
  });

  test("the last admin cannot be removed", async () => {
    const result = await post(admin, { intent: "revoke", userId: admin.userId, role: "admin" });
    expect(result).toMatchObject({
      status: 409,
      body: { result: { error: { "": [{ key: "roles.lastAdmin" }] } } },
    });
    expect(await rolesOf(admin.userId)).toEqual(["admin"]);
  });
});
