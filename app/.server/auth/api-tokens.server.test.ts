import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { apiTokens, userRoles } from "../../../db/schema";
import { createAccount, type TestAccount } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import {
  API_TOKEN_PATTERN,
  createApiToken,
  createApiTokenForEmail,
  listApiTokens,
  requireApiUser,
  revokeApiToken,
  verifyApiToken,
} from "./api-tokens.server";
import { hashToken } from "./tokens.server";

let ctx: TestContext;
let coordinator: TestAccount;
let student: TestAccount;

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, student] = await Promise.all([
    createAccount(ctx.db, { roles: ["coordinator"], visibility: "hidden" }),
    createAccount(ctx.db, { kind: "student" }),
  ]);
});
afterAll(async () => {
  await ctx.cleanup();
});

const bearer = (token?: string) =>
  new Request("http://localhost/api/v1/match/experts", {
    method: "POST",
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });

async function rejection(request: Request) {
  const thrown = await requireApiUser(request).then(
    () => null,
    (e: unknown) => e,
  );
  expect(thrown).toBeInstanceOf(Response);
  const response = thrown as Response;
  return { status: response.status, body: (await response.json()) as { error: string } };
}

describe("API tokens", () => {
  test("a new token is shown once; only its SHA-256 is stored", async () => {
    const created = await createApiToken(ctx.db, coordinator.userId, "Tableau de bord");
    expect(created.token).toMatch(API_TOKEN_PATTERN);
    const [row] = await ctx.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row!.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(4));
    expect(row!.lastUsedAt).toBeNull();
  });

  test("a valid token identifies its coordinator and records its use", async () => {
    const { token, id } = await createApiToken(ctx.db, coordinator.userId, "script");
    const user = await requireApiUser(bearer(token));
    expect(user).toMatchObject({ id: coordinator.userId, roles: ["coordinator"], tokenId: id });
    const listed = (await listApiTokens(ctx.db, coordinator.userId)).find((t) => t.id === id);
    expect(listed?.lastUsedAt).toBeInstanceOf(Date);
  });

  test("missing, malformed, unknown and revoked tokens get a JSON 401", async () => {
    expect(await rejection(bearer())).toMatchObject({ status: 401 });
    expect(await rejection(bearer("nonsense"))).toMatchObject({ status: 401 });
    const unknown = `pas_${"a".repeat(52)}`;
    expect(await rejection(bearer(unknown))).toEqual({
      status: 401,
      body: { error: "Unknown API token" },
    });
    const { token, id } = await createApiToken(ctx.db, coordinator.userId, "to revoke");
    expect(await revokeApiToken(ctx.db, student.userId, id)).toBe(false); // not theirs
    expect(await revokeApiToken(ctx.db, coordinator.userId, id)).toBe(true);
    expect(await revokeApiToken(ctx.db, coordinator.userId, id)).toBe(false); // already
    expect(await rejection(bearer(token))).toEqual({
      status: 401,
      body: { error: "This API token has been revoked" },
    });
  });

  test("a token whose owner lost the coordinator role stops working", async () => {
    const account = await createAccount(ctx.db, { roles: ["coordinator"] });
    const { token } = await createApiToken(ctx.db, account.userId, "former");
    expect((await verifyApiToken(ctx.db, token)).ok).toBe(true);
    await ctx.db.delete(userRoles).where(eq(userRoles.userId, account.userId));
    expect(await verifyApiToken(ctx.db, token)).toEqual({ ok: false, reason: "notStaff" });
    expect((await rejection(bearer(token))).status).toBe(403);
  });

  test("the command-line path: staff only, found by email in any case", async () => {
    const ok = await createApiTokenForEmail(ctx.db, coordinator.email.toUpperCase(), "CLI");
    expect(ok.ok && ok.token).toMatch(API_TOKEN_PATTERN);
    expect(await createApiTokenForEmail(ctx.db, student.email, "CLI")).toEqual({
      ok: false,
      reason: "notStaff",
    });
    expect(await createApiTokenForEmail(ctx.db, "nobody@test.example", "CLI")).toEqual({
      ok: false,
      reason: "unknownAccount",
    });
  });
});
