import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { updatePerson } from "~/.server/people.server";
import { drainOutboxOnce } from "../../../search/outbox-worker";
import { callRoute, createAccount, type TestAccount } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { loader } from "./route";

let ctx: TestContext;
let pending: TestAccount;
let membersOnly: TestAccount;
let student: TestAccount;
let coordinator: TestAccount;

beforeAll(async () => {
  ctx = await createTestContext();
  [pending, membersOnly, student, coordinator] = await Promise.all([
    createAccount(ctx.db, { verification: "pending" }),
    createAccount(ctx.db, { visibility: "members" }),
    createAccount(ctx.db, { kind: "student" }),
    createAccount(ctx.db, { roles: ["coordinator"] }),
  ]);
});
afterAll(async () => {
  await ctx.cleanup();
});

const view = (who: TestAccount | null, slug: string) =>
  callRoute({ loader }, { url: `/people/${slug}`, params: { slug }, cookie: who?.cookie });

describe("a profile page follows the visibility rules", () => {
  test("a pending profile: its owner and coordinators, nobody else", async () => {
    expect((await view(null, pending.slug)).status).toBe(404);
    expect((await view(student, pending.slug)).status).toBe(404);
    expect((await view(coordinator, pending.slug)).status).toBe(200);
    const own = await view(pending, pending.slug);
    expect(own.body).toMatchObject({
      profile: { verification: "pending", viewerIsOwner: true, contact: { email: pending.email } },
    });
  });

  test("a members-only profile: signed-in users, without contact details", async () => {
    expect((await view(null, membersOnly.slug)).status).toBe(404);
    const seen = await view(student, membersOnly.slug);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ profile: { contact: null, viewerIsOwner: false } });
    expect(JSON.stringify(seen.body)).not.toContain(membersOnly.email);
  });
});

describe("anonymous visitors share one read of a profile", () => {
  test("an edit shows once it reaches the index; a verification makes the page public", async () => {
    const expert = await createAccount(ctx.db, { verification: "pending" });
    expect((await view(null, expert.slug)).status).toBe(404);
    await updatePerson(ctx.db, expert.personId, { verification: "verified" });
    while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
    const first = await view(null, expert.slug);
    expect(first.status).toBe(200);
    await updatePerson(ctx.db, expert.personId, { headline: "Nouvelle accroche" });
    while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
    expect(await view(null, expert.slug)).toMatchObject({
      status: 200,
      body: { profile: { headline: "Nouvelle accroche" } },
    });
  });
});
