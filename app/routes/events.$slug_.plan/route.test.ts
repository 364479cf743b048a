import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildPlanWorld } from "~/.server/events/planning/test-world";
import { callRoute, createAccount, type TestAccount } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { action, loader } from "./route";

let ctx: TestContext;
let coordinator: TestAccount;
let member: TestAccount;
const url = "/events/mc-test/plan";
const params = { slug: "mc-test" };
const post = (account: TestAccount, form: Record<string, string>) =>
  callRoute({ loader, action }, { method: "POST", url, cookie: account.cookie, form, params });

beforeAll(async () => {
  ctx = await createTestContext();
  const world = await buildPlanWorld(ctx.db);
  await world.accept(0, 1);
  coordinator = await createAccount(ctx.db, { roles: ["coordinator"] });
  member = await createAccount(ctx.db);
});
afterAll(() => ctx.cleanup());

describe("/events/:slug/plan", () => {
  test("is not found for a member who does not run the event, page and actions alike", async () => {
    const page = await callRoute({ loader, action }, { url, cookie: member.cookie, params });
    expect(page.status).toBe(404);
    expect((await post(member, { intent: "plan" })).status).toBe(404);
    expect((await post(member, { intent: "publish" })).status).toBe(404);
  });

  test("junk is a 400 with a message in words, and changes nothing", async () => {
    const unknown = await post(coordinator, { intent: "drop-tables" });
    expect(unknown.status).toBe(400);
    const junkId = await post(coordinator, {
      intent: "lock",
      meetingId: "1 or 1=1",
      locked: "true",
    });
    expect(junkId.status).toBe(400);
    expect(JSON.stringify(junkId.body)).toContain("events.plan.error.meeting_not_found");
    const view = await callRoute({ loader, action }, { url, cookie: coordinator.cookie, params });
    expect(view.body).toMatchObject({ unpublishedChanges: 0 });
  });

  test("a coordinator plans, then publishes", async () => {
    const planned = await post(coordinator, { intent: "plan" });
    expect(planned.status).toBe(200);
    expect(planned.body).toMatchObject({
      done: { key: "events.plan.done.planned", params: { placed: 1, unplaced: 0 } },
    });
    const published = await post(coordinator, { intent: "publish" });
    expect(published.body).toMatchObject({
      done: { key: "events.plan.done.published", params: { scheduled: 1 } },
    });
  });
});
