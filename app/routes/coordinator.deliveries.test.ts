import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { enqueueEmail } from "~/.server/email/outbox.server";
import { emailOutbox, searchOutbox } from "../../db/schema";
import { callRoute, createAccount, type TestAccount } from "../../tests/accounts";
import { makeExpert } from "../../tests/factories";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import { action, loader } from "./coordinator.deliveries";

let ctx: TestContext;
let admin: TestAccount;
let coordinator: TestAccount;
let expert: TestAccount;
const route = { loader, action };
const post = (account: TestAccount, form: Record<string, string>) =>
  callRoute(route, {
    method: "POST",
    url: "/coordinator/deliveries",
    cookie: account.cookie,
    form,
  });
const overview = async () =>
  (
    (await callRoute(route, { url: "/coordinator/deliveries", cookie: admin.cookie }))
      .body as Awaited<ReturnType<typeof loader>>
  ).overview;

/** Dead letters as the workers leave them after the last refused attempt. */
const killed = { deadAt: sql`now()`, attempts: 5, lastError: "refused for the test" };

beforeAll(async () => {
  ctx = await createTestContext();
  [admin, coordinator, expert] = await Promise.all([
    createAccount(ctx.db, { roles: ["admin"], visibility: "hidden" }),
    createAccount(ctx.db, { roles: ["coordinator"], visibility: "hidden" }),
    createAccount(ctx.db, { kind: "expert" }),
  ]);
  const { id } = await makeExpert(ctx.db, { fullName: "Lettre Morte" });
  await ctx.db.update(searchOutbox).set(killed).where(eq(searchOutbox.entityId, id));
  await ctx.db.transaction(async (tx) => {
    for (const n of [1, 2])
      await enqueueEmail(tx, {
        to: `reset${n}@example.org`,
        subject: `Réinitialisation ${n}`,
        text: `https://passerelle.example/reset-password/SECRET-${n}`,
      });
  });
  await ctx.db.update(emailOutbox).set(killed);
});
afterAll(async () => {
  await ctx.cleanup();
});

describe("/coordinator/deliveries", () => {
  test("lists the dead letters of both outboxes, without the e-mails' bodies", async () => {
    const { search, email } = await overview();
    expect(search.letters.map((l) => [l.name, l.href?.startsWith("/people/"), l.attempts])).toEqual(
      [["Lettre Morte", true, 5]],
    );
    expect(search.dead).toBe(1);
    expect(email.letters.map((l) => l.subject).sort()).toEqual([
      "Réinitialisation 1",
      "Réinitialisation 2",
    ]);
    expect(JSON.stringify(email)).not.toContain("SECRET");
  });

  test("staff only: a coordinator sees the page, an expert gets a 403 and re-queues nothing", async () => {
    const asCoordinator = await callRoute(route, {
      url: "/coordinator/deliveries",
      cookie: coordinator.cookie,
    });
    expect(asCoordinator.status).toBe(200);
    expect(
      (await callRoute(route, { url: "/coordinator/deliveries", cookie: expert.cookie })).status,
    ).toBe(403);
    expect((await post(expert, { intent: "retry-all", queue: "email" })).status).toBe(403);
    expect((await overview()).email.dead).toBe(2);
  });

  test("junk is a localized 400 and changes nothing", async () => {
    const junk: Record<string, string>[] = [
      {},
      { intent: "retry", queue: "email", id: "abc" },
      { intent: "retry", queue: "email", id: "99999999999999999999" },
      { intent: "retry-all", queue: "sms" },
    ];
    for (const form of junk) {
      const result = await post(admin, form);
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({
        result: { error: { "": [{ key: "outbox.invalid" }] } },
      });
    }
    expect((await overview()).email.dead).toBe(2);
  });

  test("“Réessayer” re-queues one row, “Réessayer tout” the rest, and a stale button says so", async () => {
    const { search, email } = await overview();
    const one = await post(coordinator, {
      intent: "retry",
      queue: "search",
      id: String(search.letters[0]!.id),
    });
    expect(one.body).toMatchObject({ requeued: 1 });
    const [row] = await ctx.db
      .select()
      .from(searchOutbox)
      .where(eq(searchOutbox.id, search.letters[0]!.id));
    expect(row).toMatchObject({ deadAt: null, attempts: 0, processedAt: null });

    const all = await post(admin, { intent: "retry-all", queue: "email" });
    expect(all.body).toMatchObject({ requeued: 2 });
    expect((await overview()).email).toMatchObject({ dead: 0, pending: 2, letters: [] });

    const stale = await post(admin, {
      intent: "retry",
      queue: "email",
      id: String(email.letters[0]!.id),
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ result: { error: { "": [{ key: "outbox.gone" }] } } });
  });
});
