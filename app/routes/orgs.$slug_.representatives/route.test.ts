import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { memberships, notifications, organizations } from "../../../db/schema";
import { callRoute, createAccount, type TestAccount } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { action, loader } from "./route";

let ctx: TestContext;
let coordinator: TestAccount;
let head: TestAccount;
let member: TestAccount;
let outsider: TestAccount;
let organizationId: string;
const SLUG = "lab-representants";
const route = { loader, action };

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, head, member, outsider] = await Promise.all([
    createAccount(ctx.db, { roles: ["coordinator"], visibility: "hidden" }),
    createAccount(ctx.db, { kind: "researcher", fullName: "Houda Directrice" }),
    createAccount(ctx.db, { kind: "researcher", fullName: "Mehdi Membre" }),
    createAccount(ctx.db, { kind: "researcher", fullName: "Olivier Ailleurs" }),
  ]);
  const [org] = await ctx.db
    .insert(organizations)
    .values({ slug: SLUG, name: "Laboratoire Test", kind: "lab", country: "MA", city: "Rabat" })
    .returning({ id: organizations.id });
  organizationId = org!.id;
  await ctx.db.insert(memberships).values([
    { personId: head.personId, organizationId, role: "Directrice", represents: true },
    { personId: member.personId, organizationId, role: "Doctorant" },
  ]);
});
afterAll(async () => {
  await ctx.cleanup();
});

const change = (account: TestAccount, intent: "name" | "remove", personId: string) =>
  callRoute(route, {
    method: "POST",
    url: `/orgs/${SLUG}/representatives`,
    params: { slug: SLUG },
    cookie: account.cookie,
    form: { intent, personId },
  });
const representing = async () =>
  (
    await ctx.db
      .select({ personId: memberships.personId })
      .from(memberships)
      .where(and(eq(memberships.organizationId, organizationId), eq(memberships.represents, true)))
  )
    .map((r) => r.personId)
    .sort();
const page = async (account: TestAccount) =>
  (
    await callRoute(route, {
      url: `/orgs/${SLUG}/representatives`,
      params: { slug: SLUG },
      cookie: account.cookie,
    })
  ).body as { canManage: boolean; members: { personId: string; represents: boolean }[] };

describe("naming an organization's representatives", () => {
  test("an outsider and a plain member see no controls and are refused (403), nothing changes", async () => {
    expect(await page(outsider)).toMatchObject({ canManage: false });
    // They see who represents it, not the whole member list.
    expect((await page(member)).members.map((m) => m.personId)).toEqual([head.personId]);
    expect((await change(outsider, "name", outsider.personId)).status).toBe(403);
    expect((await change(member, "name", member.personId)).status).toBe(403);
    expect((await change(member, "remove", head.personId)).status).toBe(403);
    expect(await representing()).toEqual([head.personId]);
  });

  test("the last representative cannot be removed: a localized refusal (409)", async () => {
    const refused = await change(coordinator, "remove", head.personId);
    expect(refused.status).toBe(409);
    expect((refused.body as { result: { error: Record<string, unknown> } }).result.error).toEqual({
      "": [{ key: "representatives.error.last" }],
    });
    expect(await representing()).toEqual([head.personId]);
  });

  test("a representative names a member, who is told; then either can step down", async () => {
    expect(await page(head)).toMatchObject({ canManage: true });
    expect((await change(head, "name", member.personId)).status).toBe(200);
    expect(await representing()).toEqual([head.personId, member.personId].sort());
    const told = await ctx.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, member.userId));
    expect(told).toMatchObject([
      {
        kind: "pairing.representative_named",
        payload: { organization: "Laboratoire Test" },
        link: `/orgs/${SLUG}/representatives`,
      },
    ]);
    // The new representative may now manage too, and the former one may be removed.
    expect((await change(member, "remove", head.personId)).status).toBe(200);
    expect(await representing()).toEqual([member.personId]);
    expect((await change(head, "name", head.personId)).status).toBe(403);
  });

  test("a coordinator names anyone who is a member, and only members (404)", async () => {
    expect((await change(coordinator, "name", head.personId)).status).toBe(200);
    expect((await change(coordinator, "name", outsider.personId)).status).toBe(404);
    expect(await representing()).toEqual([head.personId, member.personId].sort());
  });
});
