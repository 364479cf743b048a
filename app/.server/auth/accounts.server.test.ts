import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { action as forgotAction } from "~/routes/forgot-password";
import { action as loginAction } from "~/routes/login";
import { action as resetAction, loader as resetLoader } from "~/routes/reset-password.$token";
import { action as signupAction } from "~/routes/signup";
import {
  emailOutbox,
  passwordResetTokens,
  people,
  searchOutbox,
  sessions,
  users,
} from "../../../db/schema";
import { callRoute } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { hashToken } from "./tokens.server";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.cleanup();
});

const signup = (form: Record<string, string>, ip = "192.0.2.20") =>
  callRoute({ action: signupAction }, { method: "POST", url: "/signup", form, ip });
const newcomer = (email: string, kind = "expert") => ({
  fullName: "Omar Nouveau",
  email,
  password: "une phrase de passe solide",
  kind,
  country: "MA",
  city: "Tanger",
});

describe("sign-up", () => {
  test("creates the account and its profile together, signs in, and queues indexing", async () => {
    const result = await signup(newcomer("Omar@Example.org"));
    expect(result.status).toBe(302);
    expect(result.location).toBe("/settings/profile?welcome=1");
    expect(result.headers.get("Set-Cookie")).toMatch(
      /^passerelle_session=[a-z2-7]{32}; HttpOnly; SameSite=Lax; Path=\//,
    );
    const [user] = await ctx.db.select().from(users).where(eq(users.email, "omar@example.org"));
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    const [person] = await ctx.db.select().from(people).where(eq(people.userId, user!.id));
    expect(person).toMatchObject({
      kind: "expert",
      verification: "pending",
      fullName: "Omar Nouveau",
      city: "Tanger",
    });
    expect(
      await ctx.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, person!.id)),
    ).toHaveLength(1);
    expect(await ctx.db.select().from(sessions).where(eq(sessions.userId, user!.id))).toHaveLength(
      1,
    );
  });

  test("students need no verification", async () => {
    await signup(newcomer("etu@example.org", "student"));
    const [user] = await ctx.db.select().from(users).where(eq(users.email, "etu@example.org"));
    const [person] = await ctx.db.select().from(people).where(eq(people.userId, user!.id));
    expect(person?.verification).toBe("verified");
  });

  test("errors come back by field, input kept except the password; a taken address is a field error", async () => {
    const bad = await signup({ ...newcomer("not-an-email"), password: "short", fullName: "" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      result: {
        error: {
          email: [{ key: "form.invalidEmail" }],
          password: [{ key: "form.tooShort", params: { min: 12 } }],
          fullName: [{ key: "form.required" }],
        },
        initialValue: { email: "not-an-email", city: "Tanger" },
      },
    });
    const sent = (bad.body as { result: { initialValue: Record<string, unknown> } }).result;
    expect(sent.initialValue.password).toBeUndefined();
    const taken = await signup(newcomer("OMAR@example.org"));
    expect(taken).toMatchObject({
      status: 400,
      body: { result: { error: { email: [{ key: "auth.signup.emailTaken" }] } } },
    });
  });

  test("two people with the same name get distinct profiles", async () => {
    const results = await Promise.all([
      signup({ ...newcomer("twin1@example.org"), fullName: "Sara Jumelle" }),
      signup({ ...newcomer("twin2@example.org"), fullName: "Sara Jumelle" }),
    ]);
    expect(results.map((r) => r.status)).toEqual([302, 302]);
    const slugs = (await ctx.db.select().from(people).where(eq(people.fullName, "Sara Jumelle")))
      .map((p) => p.slug)
      .sort();
    expect(slugs).toEqual(["sara-jumelle", "sara-jumelle-2"]);
  });
});

describe("login", () => {
  test("the right password signs in and follows a same-site redirect only", async () => {
    const ok = await callRoute(
      { action: loginAction },
      {
        method: "POST",
        url: "/login",
        form: {
          email: "omar@example.org",
          password: "une phrase de passe solide",
          redirectTo: "/settings/data",
        },
      },
    );
    expect(ok).toMatchObject({ status: 302, location: "/settings/data" });
    const open = await callRoute(
      { action: loginAction },
      {
        method: "POST",
        url: "/login",
        form: {
          email: "omar@example.org",
          password: "une phrase de passe solide",
          redirectTo: "//evil.example",
        },
      },
    );
    expect(open.location).toBe("/");
    const wrong = await callRoute(
      { action: loginAction },
      { method: "POST", url: "/login", form: { email: "omar@example.org", password: "nope" } },
    );
    expect(wrong).toMatchObject({
      status: 400,
      body: {
        result: {
          error: { "": [{ key: "auth.login.invalid" }] },
          initialValue: { email: "omar@example.org" },
        },
      },
    });
  });
});

describe("password reset", () => {
  const forgot = (email: string) =>
    callRoute(
      { action: forgotAction },
      { method: "POST", url: "/forgot-password", form: { email }, ip: "192.0.2.30" },
    );
  const linkFor = async (email: string) => {
    const mails = await ctx.db.select().from(emailOutbox).where(eq(emailOutbox.to, email));
    const link = mails.at(-1)?.text.match(/http:\/\/localhost\/reset-password\/([a-z2-7]{32})/);
    return link?.[1];
  };

  test("the same answer whether or not the account exists; only a hash is stored", async () => {
    const known = await forgot("omar@example.org");
    const unknown = await forgot("nobody@example.org");
    expect(known.body).toMatchObject({ sent: true });
    expect(unknown.body).toMatchObject({ sent: true });
    expect(
      await ctx.db.select().from(emailOutbox).where(eq(emailOutbox.to, "nobody@example.org")),
    ).toEqual([]);
    const token = await linkFor("omar@example.org");
    expect(token).toBeDefined();
    const rows = await ctx.db.select().from(passwordResetTokens);
    expect(rows.map((r) => r.id)).toEqual([hashToken(token!)]);
    const expiresIn = rows[0]!.expiresAt.getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(59 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(60 * 60_000);
  });

  test("the link works once, signs out everywhere and signs in with the new password", async () => {
    const token = (await linkFor("omar@example.org"))!;
    const route = { loader: resetLoader, action: resetAction };
    expect(
      (await callRoute(route, { url: `/reset-password/${token}`, params: { token } })).body,
    ).toMatchObject({ usable: true });
    const mismatch = await callRoute(route, {
      method: "POST",
      url: "/",
      params: { token },
      form: { password: "nouvelle phrase secrète", confirm: "autre chose" },
    });
    expect(mismatch).toMatchObject({
      status: 400,
      body: { result: { error: { confirm: [{ key: "form.passwordMismatch" }] } } },
    });
    const [user] = await ctx.db.select().from(users).where(eq(users.email, "omar@example.org"));
    const done = await callRoute(route, {
      method: "POST",
      url: "/",
      params: { token },
      form: { password: "nouvelle phrase secrète", confirm: "nouvelle phrase secrète" },
    });
    expect(done).toMatchObject({ status: 302, location: "/settings/profile" });
    const remaining = await ctx.db.select().from(sessions).where(eq(sessions.userId, user!.id));
    expect(remaining).toHaveLength(1); // only the new one
    const again = await callRoute(route, {
      method: "POST",
      url: "/",
      params: { token },
      form: { password: "encore une autre phrase", confirm: "encore une autre phrase" },
    });
    expect(again).toMatchObject({ status: 400, body: { invalidLink: true } });
    expect((await callRoute(route, { url: "/", params: { token } })).body).toMatchObject({
      usable: false,
    });
    const login = await callRoute(
      { action: loginAction },
      {
        method: "POST",
        url: "/login",
        form: { email: "omar@example.org", password: "nouvelle phrase secrète" },
      },
    );
    expect(login.status).toBe(302);
  });

  test("an expired link is refused", async () => {
    await forgot("omar@example.org");
    const token = (await linkFor("omar@example.org"))!;
    await ctx.db.update(passwordResetTokens).set({ expiresAt: new Date(Date.now() - 1000) });
    const result = await callRoute(
      { action: resetAction },
      {
        method: "POST",
        url: "/",
        params: { token },
        form: { password: "encore une autre phrase", confirm: "encore une autre phrase" },
      },
    );
    expect(result.body).toMatchObject({ invalidLink: true });
  });
});
