import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventMeetings, eventRegistrations, notifications } from "../../../db/schema";
import { callRoute } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import * as agendaRoute from "../../routes/events.$slug_.agenda/route";
import * as icsRoute from "../../routes/events.$slug_.agenda[.]ics";
import * as feedRoute from "../../routes/events.feed.$token";
import { renderNotification } from "../inbox/render-notification";
import { loadAgenda } from "./agenda.server";
import { buildEventWorld, type EventWorld } from "./agenda-test-world";
import { sendMeetingReminders } from "./meeting-reminders.server";

type Route = Parameters<typeof callRoute>[0];
const agenda = agendaRoute as unknown as Route;
const ics = icsRoute as unknown as Route;
const feed = feedRoute as unknown as Route;

let ctx: TestContext;
let w: EventWorld;
const SLUG = "master-class-test";
const params = { slug: SLUG };
const url = `/events/${SLUG}/agenda`;

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildEventWorld(ctx.db);
});
afterAll(() => ctx.cleanup());

describe("the participant's agenda", () => {
  it("lists published meetings only, with counterpart, table and contact, in both zones", async () => {
    const own = await loadAgenda(ctx.db, w.amina, SLUG);
    expect(own.meetings.map((m) => [m.counterpart.name, m.table])).toEqual([
      ["Lotte Brussel", 3],
      ["Karim Laâyoune", 5],
    ]);
    expect(own.meetings[0]!.counterpart).toMatchObject({
      organization: "AI Lab Brussels",
      email: w.lotte.email,
    });
    expect(own.sessions.find((s) => s.kind === "plenary")?.speaking).toBe(true);

    // Lotte lives in Belgium: her page says the Casablanca time and her own.
    const page = await callRoute(agenda, { url, params, cookie: w.lotte.cookie });
    expect(page.status).toBe(200);
    const body = page.body as { meetings: { time: string; ownTime: string | null }[] };
    expect(body.meetings).toHaveLength(1);
    const start = w.sessions.pastBlock.startsAt;
    const hhmm = (timeZone: string) =>
      new Intl.DateTimeFormat("fr-BE", {
        timeZone,
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).format(start);
    expect(body.meetings[0]!.time.startsWith(hhmm("Africa/Casablanca"))).toBe(true);
    expect(body.meetings[0]!.ownTime?.startsWith(hhmm("Europe/Brussels"))).toBe(true);
    // Amina lives in Morocco, like the event: one time only.
    const hers = await callRoute(agenda, { url, params, cookie: w.amina.cookie });
    expect((hers.body as typeof body).meetings[0]!.ownTime).toBeNull();
  });

  it("is nobody else's: not registered, or registered elsewhere, is not found", async () => {
    expect((await callRoute(agenda, { url, params, cookie: w.outsider.cookie })).status).toBe(404);
    expect((await callRoute(ics, { url, params, cookie: w.outsider.cookie })).status).toBe(404);
    const anonymous = await callRoute(agenda, { url, params });
    expect(anonymous.status).toBe(302);
  });

  it("exports an iCalendar file in the event's zone, with counterpart, table and stable UIDs", async () => {
    const res = await callRoute(ics, { url: `${url}.ics`, params, cookie: w.amina.cookie });
    expect(res.status).toBe(200);
    const response = (await icsRoute.loader({
      request: new Request(`http://localhost${url}.ics`, {
        headers: { Cookie: w.amina.cookie },
      }),
      params,
      context: {},
    })) as Response;
    const text = await response.text();
    expect(response.headers.get("Content-Type")).toContain("text/calendar");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Africa/Casablanca");
    expect(text).toMatch(/DTSTART;TZID=Africa\/Casablanca:\d{8}T\d{6}\r\n/);
    expect(text).toContain(`UID:meeting-${w.meetings.held.id}@passerelle`);
    expect(text).toContain("Lotte Brussel");
    expect(text).toMatch(/table 3/i);
    expect(text).not.toContain(w.meetings.draft.id);
    // The wall time is the slot's start in Casablanca, whatever the server's zone.
    const start = w.sessions.pastBlock.startsAt;
    const wall = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Africa/Casablanca",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .format(start)
      .replace(":", "");
    expect(text).toContain(`T${wall}00\r\n`);
    // A second export of the same agenda keeps the same UIDs: a re-import updates.
    const again = await (
      (await icsRoute.loader({
        request: new Request(`http://localhost${url}.ics`, { headers: { Cookie: w.amina.cookie } }),
        params,
        context: {},
      })) as Response
    ).text();
    const uids = (s: string) => s.match(/UID:.*/g)?.sort();
    expect(uids(again)).toEqual(uids(text));
  });

  it("serves the private feed by token without a session, and 404 once the token is reset", async () => {
    const token = w.registrations.a.feedToken;
    const ok = (await feedRoute.loader({
      request: new Request(`http://localhost/events/feed/${token}`),
      params: { token },
      context: { clientIp: "198.51.100.7" },
    })) as Response;
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("Karim Laâyoune");
    expect(
      (await callRoute(feed, { url: "/events/feed/nope", params: { token: "nope" } })).status,
    ).toBe(404);

    const reset = await callRoute(agenda, {
      method: "POST",
      url,
      params,
      cookie: w.amina.cookie,
      form: { intent: "reset-feed" },
    });
    expect(reset.status).toBe(200);
    const old = await callRoute(feed, { url: `/events/feed/${token}`, params: { token } });
    expect(old.status).toBe(404);
    const [row] = await ctx.db
      .select({ feedToken: eventRegistrations.feedToken })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.id, w.registrations.a.id));
    expect(row!.feedToken).not.toBe(token);
    const fresh = await callRoute(feed, {
      url: `/events/feed/${row!.feedToken}`,
      params: { token: row!.feedToken },
    });
    expect(fresh.status).toBe(200);
  });
});

describe("attendance and outcome", () => {
  const post = (cookie: string, form: Record<string, string>) =>
    callRoute(agenda, { method: "POST", url, params, cookie, form });

  it("only the two sides mark a meeting, and only once it has started", async () => {
    const held = w.meetings.held.id;
    expect(
      (await post(w.karim.cookie, { intent: "attendance", meetingId: held, mark: "held" })).status,
    ).toBe(404);
    expect(
      (await post(w.outsider.cookie, { intent: "attendance", meetingId: held, mark: "held" }))
        .status,
    ).toBe(404);
    const early = await post(w.amina.cookie, {
      intent: "attendance",
      meetingId: w.meetings.soon.id,
      mark: "held",
    });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      result: { error: { "": [{ key: "agenda.error.notStarted" }] } },
    });

    expect(
      (await post(w.amina.cookie, { intent: "attendance", meetingId: held, mark: "held" })).status,
    ).toBe(200);
    expect(
      (await post(w.lotte.cookie, { intent: "attendance", meetingId: held, mark: "no_show" }))
        .status,
    ).toBe(200);
    const [row] = await ctx.db.select().from(eventMeetings).where(eq(eventMeetings.id, held));
    expect([row!.fromAttendance, row!.toAttendance]).toEqual(["held", "no_show"]);
  });

  it("asks the outcome of a held meeting; an agreement needs its kind; input is kept on error", async () => {
    const held = w.meetings.held.id;
    const noKind = await post(w.amina.cookie, {
      intent: "outcome",
      meetingId: held,
      outcome: "agreement_reached",
      note: "Stage de 3 mois",
    });
    expect(noKind.status).toBe(400);
    expect(noKind.body).toMatchObject({
      result: {
        initialValue: { note: "Stage de 3 mois" },
        error: { agreementKind: [{ key: "agenda.error.kindRequired" }] },
      },
    });
    const junk = await post(w.amina.cookie, {
      intent: "outcome",
      meetingId: held,
      outcome: "maybe",
    });
    expect(junk.status).toBe(400);
    // Lotte said no-show: she has no outcome to give.
    const notHeld = await post(w.lotte.cookie, {
      intent: "outcome",
      meetingId: held,
      outcome: "keep_in_touch",
    });
    expect(notHeld.status).toBe(409);
    const ok = await post(w.amina.cookie, {
      intent: "outcome",
      meetingId: held,
      outcome: "agreement_reached",
      agreementKind: "internship",
      note: "Stage de 3 mois",
    });
    expect(ok.status).toBe(200);
    const own = await loadAgenda(ctx.db, w.amina, SLUG);
    expect(own.meetings[0]!.outcome).toEqual({
      outcome: "agreement_reached",
      agreementKind: "internship",
      note: "Stage de 3 mois",
    });
  });
});

describe("meeting reminders", () => {
  it("reminds both sides once, only within the window, never with a cancelled side", async () => {
    const now = new Date();
    const reminders = async () =>
      ctx.db.select().from(notifications).where(eq(notifications.kind, "event.meeting_reminder"));
    // The soon meeting starts in 20 minutes: not yet within a 10-minute window.
    expect(await sendMeetingReminders(ctx.db, { leadMinutes: 10, now })).toBe(0);
    expect(await sendMeetingReminders(ctx.db, { leadMinutes: 30, now })).toBe(1);
    const sent = await reminders();
    expect(sent.map((n) => n.userId).sort()).toEqual([w.amina.userId, w.karim.userId].sort());
    const toAmina = sent.find((n) => n.userId === w.amina.userId)!;
    expect(toAmina.payload).toMatchObject({ name: "Karim Laâyoune", table: "5" });
    // Each reader sees the event's title in their language, not the French one.
    expect(renderNotification("ar", toAmina)).toContain("ماستر كلاس الذكاء الاصطناعي التطبيقي");
    expect(renderNotification("en", toAmina)).toContain("Applied AI master class");
    // Once: the next pass finds nothing.
    expect(await sendMeetingReminders(ctx.db, { leadMinutes: 30, now })).toBe(0);
    expect(await reminders()).toHaveLength(2);

    // A meeting with a cancelled side is never reminded.
    await ctx.db
      .update(eventMeetings)
      .set({ reminderSentAt: null })
      .where(eq(eventMeetings.id, w.meetings.soon.id));
    await ctx.db
      .update(eventRegistrations)
      .set({ status: "cancelled", cancelledAt: now })
      .where(eq(eventRegistrations.id, w.registrations.c.id));
    expect(await sendMeetingReminders(ctx.db, { leadMinutes: 30, now })).toBe(0);
    await ctx.db
      .update(eventRegistrations)
      .set({ status: "registered", cancelledAt: null })
      .where(eq(eventRegistrations.id, w.registrations.c.id));
  });
});
