import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildPlanWorld } from "~/.server/events/planning/test-world";
import { callRoute, sessionCookieFor } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { action, loader } from "./route";

let ctx: TestContext;
let w: Awaited<ReturnType<typeof buildPlanWorld>>;
const url = "/events/mc-test/participants";
const params = { slug: "mc-test" };
const page = async (userId: string) =>
  callRoute({ loader, action }, { url, cookie: await sessionCookieFor(ctx.db, userId), params });

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildPlanWorld(ctx.db);
});
afterAll(() => ctx.cleanup());

describe("/events/:slug/participants and its suggestions", () => {
  test("someone not registered finds no such page, so no suggestion either", async () => {
    expect((await page(w.outsider.userId)).status).toBe(404);
  });

  test("a coordinator who runs the event without being registered sees the list, no suggestion", async () => {
    const view = await page(w.coordinator.userId);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ suggestions: null, canRequest: false });
    expect((view.body as { participants: unknown[] }).participants).toHaveLength(5);
  });

  test("a registrant who wrote no need is invited to write one", async () => {
    const view = await page(w.people[0]!.userId);
    const body = view.body as { canRequest: boolean; suggestions: Promise<unknown> };
    expect(body.canRequest).toBe(true);
    // Streamed after the list: the page gets the ranking as a promise it awaits.
    expect(body.suggestions).toBeInstanceOf(Promise);
    expect(await body.suggestions).toMatchObject({ needMissing: true });
  });
});
