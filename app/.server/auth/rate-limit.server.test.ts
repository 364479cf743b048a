import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { action as loginAction } from "~/routes/login";
import { rateLimits } from "../../../db/schema";
import { callRoute, createAccount, type TestAccount } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { logIn } from "./accounts.server";
import { accountKey, hitRateLimit, RATE_LIMITS } from "./rate-limit.server";

let ctx: TestContext;
let account: TestAccount;

beforeAll(async () => {
  ctx = await createTestContext();
  account = await createAccount(ctx.db);
});
afterAll(async () => {
  await ctx.cleanup();
});

describe("rate limits", () => {
  test("a fixed window counts hits and says when to retry", async () => {
    const rule = { max: 3, windowMs: 60_000 };
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(ctx.db, "test:window", rule));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.count).toBe(4);
    expect(results[3]!.retryAfterMs).toBeGreaterThan(50_000);
    expect(results[3]!.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  test("the window restarts once it has passed", async () => {
    const rule = { max: 1, windowMs: 60_000 };
    await hitRateLimit(ctx.db, "test:restart", rule);
    expect((await hitRateLimit(ctx.db, "test:restart", rule)).allowed).toBe(false);
    await ctx.db.update(rateLimits).set({ windowStart: sql`now() - interval '2 minutes'` });
    expect(await hitRateLimit(ctx.db, "test:restart", rule)).toMatchObject({
      allowed: true,
      count: 1,
    });
  });

  test("concurrent hits are counted atomically: exactly max get through", async () => {
    const rule = { max: 5, windowMs: 60_000 };
    const results = await Promise.all(
      Array.from({ length: 30 }, () => hitRateLimit(ctx.db, "test:burst", rule)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
  });

  test("keys never hold an e-mail address in clear", () => {
    expect(accountKey("login", "Someone@Example.org ")).toBe(
      accountKey("login", "someone@example.org"),
    );
    expect(accountKey("login", "someone@example.org")).not.toContain("example");
  });
});

describe("login rate limits", () => {
  test("5 failures per account in 15 minutes, then a clear message, even with the right password", async () => {
    const ip = "198.51.100.10";
    for (let i = 0; i < RATE_LIMITS.loginAccount.max; i++) {
      expect(
        await logIn(ctx.db, { email: account.email, password: "wrong password!" }, ip),
      ).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const blocked = await logIn(ctx.db, { email: account.email, password: account.password }, ip);
    expect(blocked).toMatchObject({ ok: false, reason: "rateLimited" });
    const page = await callRoute({ action: loginAction } as never, {
      method: "POST",
      url: "/login",
      form: { email: account.email, password: account.password },
      ip: "198.51.100.11",
    });
    expect(page.status).toBe(429);
    expect(page.body).toMatchObject({
      result: { error: { "": [{ key: "auth.login.tooMany", params: { minutes: 15 } }] } },
    });
  });

  test("20 failures per address across accounts; unknown accounts count too", async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < RATE_LIMITS.loginIp.max; i++) {
      const result = await logIn(ctx.db, { email: `nobody-${i}@example.org`, password: "x" }, ip);
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const other = await createAccount(ctx.db);
    expect(await logIn(ctx.db, { email: other.email, password: other.password }, ip)).toMatchObject(
      {
        reason: "rateLimited",
      },
    );
    // the same account from another address is fine
    expect(
      await logIn(ctx.db, { email: other.email, password: other.password }, "203.0.113.78"),
    ).toMatchObject({
      ok: true,
    });
  });

  test("successful logins do not use up the allowance", async () => {
    const person = await createAccount(ctx.db);
    for (let i = 0; i < 12; i++) {
      expect(
        await logIn(ctx.db, { email: person.email, password: person.password }, "192.0.2.50"),
      ).toMatchObject({
        ok: true,
      });
    }
  });
});
