import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { actOnMeetingRequest } from "~/.server/events";
import { buildPlanWorld } from "~/.server/events/planning/test-world";
import { eventMeetingRequests, eventMeetings } from "../../../db/schema";
import { callRoute, sessionCookieFor } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { action, loader } from "./route";

// One table and four slots for five accepted meetings: one of them cannot be placed.
let ctx: TestContext;
let w: Awaited<ReturnType<typeof buildPlanWorld>>;
const cookies: Record<string, string> = {};
let others: string;
const url = "/events/mc-test/plan";
const params = { slug: "mc-test" };
const post = (cookie: string, form: Record<string, string>) =>
  callRoute({ loader, action }, { method: "POST", url, cookie, form, params });

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildPlanWorld(ctx.db, { tables: 1, participants: 4 });
  for (const [from, to] of [
    [0, 1],
    [0, 2],
    [1, 2],
    [1, 3],
  ] as const) {
    await w.accept(from, to);
  }
  others = await w.accept(2, 3);
  cookies.organiser = await sessionCookieFor(ctx.db, w.organiser.userId);
  cookies.amina = await sessionCookieFor(ctx.db, w.people[0]!.userId);
});
afterAll(() => ctx.cleanup());

async function meetings() {
  return ctx.db
    .select({
      id: eventMeetings.id,
      placed: eventMeetings.sessionId,
      mustMeet: eventMeetingRequests.mustMeet,
    })
    .from(eventMeetings)
    .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId));
}

describe("the organiser's 'must meet' marks on the plan page", () => {
  test("a participant cannot mark here, not even their own meeting, nor a pair they are not in anywhere", async () => {
    await post(cookies.organiser!, { intent: "plan" });
    const [own] = await meetings();
    const refused = await post(cookies.amina!, {
      intent: "mustMeet",
      meetingId: own!.id,
      on: "true",
    });
    expect(refused.status).toBe(404);
    // Amina is not in Chloé ↔ Driss: the meeting-request domain refuses her as well.
    await expect(
      actOnMeetingRequest(ctx.db, w.people[0]!, "mc-test", {
        intent: "mustMeet",
        requestId: others,
        on: true,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await meetings()).every((m) => !m.mustMeet)).toBe(true);
  });

  test("a marked meeting that lost its place to another is placed first by the next plan", async () => {
    const first = await meetings();
    const left = first.filter((m) => !m.placed);
    expect(left).toHaveLength(1);

    const marked = await post(cookies.organiser!, {
      intent: "mustMeet",
      meetingId: left[0]!.id,
      on: "true",
    });
    expect(marked.body).toMatchObject({ done: { key: "events.plan.done.mustMeetOn" } });
    const view = await callRoute({ loader, action }, { url, cookie: cookies.organiser!, params });
    expect(view.body).toMatchObject({
      meetings: expect.arrayContaining([
        expect.objectContaining({ id: left[0]!.id, mustMeet: true }),
      ]),
    });

    const replanned = await post(cookies.organiser!, { intent: "plan" });
    expect(replanned.body).toMatchObject({ done: { params: { placed: 4, unplaced: 1 } } });
    const after = await meetings();
    expect(after.find((m) => m.id === left[0]!.id)?.placed).not.toBeNull();
    expect(after.filter((m) => !m.placed)).toHaveLength(1);
  });

  test("the mark can be removed, and junk is a 400 that changes nothing", async () => {
    const [must] = (await meetings()).filter((m) => m.mustMeet);
    const off = await post(cookies.organiser!, {
      intent: "mustMeet",
      meetingId: must!.id,
      on: "false",
    });
    expect(off.body).toMatchObject({ done: { key: "events.plan.done.mustMeetOff" } });
    const junk = await post(cookies.organiser!, {
      intent: "mustMeet",
      meetingId: must!.id,
      on: "maybe",
    });
    expect(junk.status).toBe(400);
    expect((await meetings()).every((m) => !m.mustMeet)).toBe(true);
  });
});
