import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { action as dataAction } from "~/routes/settings.data";
import { loader as exportLoader } from "~/routes/settings.data.export";
import {
  emailOutbox,
  people,
  publicationAuthors,
  publications,
  sessions,
  userRoles,
  users,
} from "../../../db/schema";
import { drainOutboxOnce } from "../../../search/outbox-worker";
import { callRoute, createAccount, type TestAccount } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { addOwnPublication } from "../people-publications.server";
import { getOptionalUser } from "./require-user.server";
import { grantRole } from "./roles.server";

let ctx: TestContext;
let me: TestAccount;
let coAuthor: TestAccount;
let admin: TestAccount;
const drain = async () => {
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
};
const people_ = () => ctx.search.client.index(ctx.search.index("people"));

beforeAll(async () => {
  ctx = await createTestContext();
  [me, coAuthor, admin] = await Promise.all([
    createAccount(ctx.db, { fullName: "Leila Departure" }),
    createAccount(ctx.db),
    createAccount(ctx.db, { roles: ["admin"] }),
  ]);
  const shared = await addOwnPublication(ctx.db, me.userId, {
    title: "Shared paper",
    year: 2024,
    venue: null,
    doi: "10.5555/shared",
    abstract: "",
  });
  await addOwnPublication(ctx.db, coAuthor.userId, {
    title: "Shared paper",
    year: 2024,
    venue: null,
    doi: "10.5555/shared",
    abstract: "",
  });
  await addOwnPublication(ctx.db, me.userId, {
    title: "Solo paper",
    year: 2023,
    venue: null,
    doi: null,
    abstract: "",
  });
  expect(shared.id).toEqual(expect.any(String));
  // an admin who granted a role, to check the grant survives anonymized
  const adminUser = await getOptionalUser(
    new Request("http://localhost/", { headers: { Cookie: admin.cookie } }),
  );
  await grantRole(ctx.db, adminUser!, { email: coAuthor.email, role: "coordinator" });
  await drain();
});
afterAll(async () => {
  await ctx.cleanup();
});

describe("my data", () => {
  test("the export holds the account, the profile and its details, without secrets", async () => {
    const response = (await exportLoader({
      request: new Request("http://localhost/settings/data/export", {
        headers: { Cookie: me.cookie },
      }),
      params: {},
      context: {},
    })) as Response;
    expect(response.headers.get("Content-Disposition")).toMatch(
      /attachment; filename="passerelle-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.account.email).toBe(me.email);
    expect(body.profile).toMatchObject({
      fullName: "Leila Departure",
      skills: [{ skillId: "machine-learning" }],
    });
    expect(body.profile.publications.map((p: { title: string }) => p.title).sort()).toEqual([
      "Shared paper",
      "Solo paper",
    ]);
    expect(body.profile.pairings).toEqual([]);
    expect(text).not.toContain("argon2");
    expect(text).not.toMatch(/passwordHash/);
    const [session] = await ctx.db.select().from(sessions).where(eq(sessions.userId, me.userId));
    expect(text).not.toContain(session!.id);
  });

  test("a wrong password does not delete anything", async () => {
    const result = await callRoute(
      { action: dataAction },
      {
        method: "POST",
        url: "/settings/data",
        cookie: me.cookie,
        form: { password: "not my password" },
      },
    );
    expect(result).toMatchObject({
      status: 400,
      body: { result: { error: { password: [{ key: "data.delete.wrongPassword" }] } } },
    });
    expect(await ctx.db.select().from(users).where(eq(users.id, me.userId))).toHaveLength(1);
  });

  test("deleting the account removes it from the database and from Meilisearch; shared work stays anonymized", async () => {
    expect((await people_().getDocument(me.personId)).name).toBe("Leila Departure");
    await ctx.db.insert(emailOutbox).values({ to: me.email, subject: "old", text: "old" });

    const result = await callRoute(
      { action: dataAction },
      { method: "POST", url: "/settings/data", cookie: me.cookie, form: { password: me.password } },
    );
    expect(result.status).toBe(302);
    expect(result.headers.get("Set-Cookie")).toContain("Max-Age=0");

    expect(await ctx.db.select().from(users).where(eq(users.id, me.userId))).toEqual([]);
    expect(await ctx.db.select().from(people).where(eq(people.id, me.personId))).toEqual([]);
    expect(await ctx.db.select().from(sessions).where(eq(sessions.userId, me.userId))).toEqual([]);
    expect(await ctx.db.select().from(emailOutbox).where(eq(emailOutbox.to, me.email))).toEqual([]);
    // the solo paper is gone; the shared one stays with the co-author only
    const titles = (await ctx.db.select().from(publications)).map((p) => p.title);
    expect(titles).toEqual(["Shared paper"]);
    const authors = await ctx.db.select().from(publicationAuthors);
    expect(authors.map((a) => a.personId)).toEqual([coAuthor.personId]);
    // the old session no longer signs anyone in
    expect(
      await getOptionalUser(new Request("http://localhost/", { headers: { Cookie: me.cookie } })),
    ).toBeNull();

    // Within seconds: the outbox row written in the same transaction removes the document.
    const started = Date.now();
    await drain();
    await expect(people_().getDocument(me.personId)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await people_().getDocument(coAuthor.personId)).publicationTitles).toEqual([
      "Shared paper",
    ]);
  });

  test("what the deleted admin did for others stays, without naming them", async () => {
    const result = await callRoute(
      { action: dataAction },
      {
        method: "POST",
        url: "/settings/data",
        cookie: admin.cookie,
        form: { password: admin.password },
      },
    );
    expect(result.status).toBe(302);
    const [grant] = await ctx.db
      .select()
      .from(userRoles)
      .where(eq(userRoles.userId, coAuthor.userId));
    expect(grant).toMatchObject({ role: "coordinator", grantedBy: null });
  });
});
