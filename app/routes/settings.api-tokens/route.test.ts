import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { requireApiUser } from "~/.server/auth/api-tokens.server";
import { callRoute, createAccount, type TestAccount } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import * as route from "./route";

let ctx: TestContext;
let admin: TestAccount;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await createAccount(ctx.db, { roles: ["admin"], visibility: "hidden" });
});
afterAll(async () => {
  await ctx.cleanup();
});

const post = (form: Record<string, string>) =>
  callRoute(route, { method: "POST", url: "/settings/api-tokens", cookie: admin.cookie, form });
const list = async () =>
  (
    (await callRoute(route, { url: "/settings/api-tokens", cookie: admin.cookie })).body as {
      tokens: { id: string; name: string; lastUsedAt: Date | null; revokedAt: Date | null }[];
    }
  ).tokens;

describe("/settings/api-tokens", () => {
  test("creates a token shown once, lists it, revokes it", async () => {
    const created = await post({ intent: "create", name: "  Export nocturne  " });
    expect(created.status).toBe(200);
    const { token, name } = (created.body as { created: { token: string; name: string } }).created;
    expect(name).toBe("Export nocturne");
    const auth = () =>
      requireApiUser(
        new Request("http://localhost/x", { headers: { Authorization: `Bearer ${token}` } }),
      );
    await auth();
    const [listed] = await list();
    expect(listed).toMatchObject({ name, lastUsedAt: expect.any(Date), revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(token);

    const revoked = await post({ intent: "revoke", tokenId: listed!.id });
    expect(revoked).toMatchObject({ status: 200, body: { revoked: name } });
    expect((await list())[0]!.revokedAt).toEqual(expect.any(Date));
    await expect(auth()).rejects.toMatchObject({ status: 401 });
    expect((await post({ intent: "revoke", tokenId: listed!.id })).status).toBe(404);
  });

  test("a blank name is refused next to the field, input kept", async () => {
    const outcome = await post({ intent: "create", name: " " });
    expect(outcome).toMatchObject({
      status: 400,
      body: {
        result: { error: { name: [{ key: "form.required" }] }, initialValue: { intent: "create" } },
      },
    });
    const bad = await post({ intent: "revoke", tokenId: "nope" });
    expect(bad.status).toBe(400);
  });
});
