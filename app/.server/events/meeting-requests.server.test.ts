import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventMeetingRequests, eventMeetings } from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { notificationKinds } from "../mentorship/test-world";
import { loadEventAccess } from "./access.server";
import {
  actOnMeetingRequest,
  expireMeetingRequests,
  sendMeetingRequest,
} from "./meeting-requests.server";
import { listMyRequests } from "./my-meetings.server";
import { registerForEvent } from "./registration.server";
import {
  buildEventsWorld,
  type EventsWorld,
  publishedEvent,
  type WorldAccount,
} from "./test-world";

let ctx: TestContext;
let w: EventsWorld;
let slug = "";
const reg = new Map<string, string>();
beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildEventsWorld(ctx.db);
  slug = await publishedEvent(ctx.db, w, { openRequestCap: 2, requestExpiryHours: 48 });
  for (const who of [w.student, w.student2, w.expert, w.expert2, w.researcher]) {
    await registerForEvent(ctx.db, who.actor, slug, { intent: "register" });
    reg.set(who.personId, (await loadEventAccess(ctx.db, who.actor, slug)).registration!.id);
  }
});
afterAll(() => ctx.cleanup());

const T0 = new Date("2030-05-01T09:00:00Z");
const HOUR = 3_600_000;
const send = (from: WorldAccount, to: WorldAccount, now = T0) =>
  sendMeetingRequest(
    ctx.db,
    from.actor,
    slug,
    {
      intent: "request",
      toRegistrationId: reg.get(to.personId)!,
      message: "Bonjour, parlons de stage.",
    },
    { now },
  );

describe("meeting requests", () => {
  it("is accepted by the recipient, creates an unplaced meeting and shows contacts only then", async () => {
    const { requestId } = await send(w.student, w.expert);
    const before = await listMyRequests(
      ctx.db,
      (await loadEventAccess(ctx.db, w.student.actor, slug)).event.id,
      reg.get(w.student.personId)!,
    );
    expect(before[0]).toMatchObject({ status: "pending", direction: "sent", contact: null });
    // The sender cannot accept their own request; a stranger does not even find it.
    await expect(
      actOnMeetingRequest(ctx.db, w.student.actor, slug, { intent: "accept", requestId }),
    ).rejects.toMatchObject({ code: "invalid_transition" });
    await expect(
      actOnMeetingRequest(ctx.db, w.expert2.actor, slug, { intent: "accept", requestId }),
    ).rejects.toMatchObject({ code: "not_found" });
    await actOnMeetingRequest(ctx.db, w.expert.actor, slug, { intent: "accept", requestId });
    const [meeting] = await ctx.db
      .select()
      .from(eventMeetings)
      .where(eq(eventMeetings.requestId, requestId));
    expect(meeting).toMatchObject({ sessionId: null, slotIndex: null, tableNumber: null });
    const after = await listMyRequests(ctx.db, meeting!.eventId, reg.get(w.student.personId)!);
    expect(after[0]).toMatchObject({ status: "accepted", contact: { email: w.expert.email } });
    expect(await notificationKinds(ctx.db, w.expert.userId)).toContain("event.meeting_requested");
    expect(await notificationKinds(ctx.db, w.student.userId)).toContain("event.meeting_accepted");
  });

  it("refuses a second live request for the same pair, either way round", async () => {
    await expect(send(w.student, w.expert)).rejects.toMatchObject({ code: "already_open" });
    await expect(send(w.expert, w.student)).rejects.toMatchObject({ code: "already_open" });
    await expect(send(w.student, w.student)).rejects.toMatchObject({ code: "self_request" });
  });

  it("caps the pending requests a sender has out, and frees a place once one is answered", async () => {
    const a = await send(w.researcher, w.student);
    await send(w.researcher, w.student2);
    await expect(send(w.researcher, w.expert)).rejects.toMatchObject({
      code: "request_cap",
      params: { count: 2 },
    });
    await actOnMeetingRequest(ctx.db, w.student.actor, slug, {
      intent: "decline",
      requestId: a.requestId,
      reason: "Pas mon domaine",
    });
    await expect(send(w.researcher, w.expert)).resolves.toBeTruthy();
  });

  it("expires pending requests after the event's delay and tells their senders", async () => {
    const { requestId } = await send(w.expert2, w.student2, T0);
    expect(await expireMeetingRequests(ctx.db, new Date(T0.getTime() + 47 * HOUR))).toEqual({
      expired: 0,
    });
    const late = new Date(T0.getTime() + 48 * HOUR);
    // Past its expiry it cannot be accepted, even before the job ran.
    await expect(
      actOnMeetingRequest(
        ctx.db,
        w.student2.actor,
        slug,
        { intent: "accept", requestId },
        { now: late },
      ),
    ).rejects.toMatchObject({ code: "invalid_transition" });
    const { expired } = await expireMeetingRequests(ctx.db, late);
    expect(expired).toBeGreaterThanOrEqual(1);
    const [row] = await ctx.db
      .select()
      .from(eventMeetingRequests)
      .where(eq(eventMeetingRequests.id, requestId));
    expect(row!.status).toBe("expired");
    expect(await notificationKinds(ctx.db, w.expert2.userId)).toContain("event.meeting_expired");
    // Expired: the pair may ask again.
    await expect(send(w.expert2, w.student2, late)).resolves.toBeTruthy();
  });

  it("lets either side mark a pair must-meet, and the sender withdraw", async () => {
    const { requestId } = await send(w.student2, w.expert);
    await actOnMeetingRequest(ctx.db, w.expert.actor, slug, {
      intent: "mustMeet",
      requestId,
      on: true,
    });
    await actOnMeetingRequest(ctx.db, w.student2.actor, slug, { intent: "withdraw", requestId });
    const [row] = await ctx.db
      .select()
      .from(eventMeetingRequests)
      .where(eq(eventMeetingRequests.id, requestId));
    expect(row).toMatchObject({ mustMeet: true, status: "withdrawn" });
  });
});
