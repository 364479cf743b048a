import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerOutcome, markAttendance } from "~/.server/events/outcomes.server";
import { buildEventWorld, type EventWorld } from "~/.server/events/test-world";
import { eventMeetings, eventRegistrations, pairings } from "../../../db/schema";
import { callRoute } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import * as checkInRoute from "../events.$slug_.check-in/route";
import * as confirmRoute from "../events.$slug_.check-in_.$registrationId/route";
import * as pairingRoute from "../pairings.$id/route";
import * as dashboardRoute from "./route";

type Route = Parameters<typeof callRoute>[0];
const dashboard = dashboardRoute as unknown as Route;
const checkIn = checkInRoute as unknown as Route;
const confirm = confirmRoute as unknown as Route;
const pairingPage = pairingRoute as unknown as Route;

let ctx: TestContext;
let w: EventWorld;
const SLUG = "master-class-test";
const params = { slug: SLUG };

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildEventWorld(ctx.db);
  // The past meeting was held; Amina reports an internship agreement, Lotte keeps in touch.
  const held = w.meetings.held.id;
  await markAttendance(ctx.db, w.amina, SLUG, { meetingId: held, mark: "held" });
  await markAttendance(ctx.db, w.lotte, SLUG, { meetingId: held, mark: "held" });
  await answerOutcome(ctx.db, w.amina, SLUG, {
    meetingId: held,
    outcome: "agreement_reached",
    agreementKind: "internship",
  });
  await answerOutcome(ctx.db, w.lotte, SLUG, { meetingId: held, outcome: "keep_in_touch" });
});
afterAll(() => ctx.cleanup());

type Bars = { label: string; value: number }[];
const values = (bars: Bars) => bars.map((b) => b.value);

describe("the event dashboard", () => {
  it("is for the event's organisers and coordinators only", async () => {
    const url = `/events/${SLUG}/dashboard`;
    for (const who of [w.amina, w.outsider]) {
      expect((await callRoute(dashboard, { url, params, cookie: who.cookie })).status).toBe(404);
    }
    expect((await callRoute(dashboard, { url, params, cookie: w.organiser.cookie })).status).toBe(
      200,
    );
  });

  it("counts registrations, requests and meetings, by country pair, with the agreements", async () => {
    await ctx.db
      .update(eventRegistrations)
      .set({ checkedInAt: new Date() })
      .where(eq(eventRegistrations.id, w.registrations.a.id));
    const page = await callRoute(dashboard, {
      url: `/events/${SLUG}/dashboard`,
      params,
      cookie: w.coordinator.cookie,
    });
    const d = page.body as {
      registrations: Bars;
      requests: Bars;
      meetings: Bars;
      countries: Bars;
      agreements: { names: string[]; kinds: string[]; pairingId: string | null }[];
    };
    // registered, waitlisted, cancelled, checked in
    expect(values(d.registrations)).toEqual([4, 0, 0, 1]);
    // sent, pending, accepted, declined, expired
    expect(values(d.requests)).toEqual([3, 0, 3, 0, 0]);
    // accepted, planned (published), held, no-show
    expect(values(d.meetings)).toEqual([3, 2, 1, 0]);
    expect(d.countries).toEqual(
      expect.arrayContaining([
        { label: "Belgique – Maroc", value: 1 },
        { label: "Maroc – Maroc", value: 2 },
      ]),
    );
    expect(d.agreements).toEqual([
      expect.objectContaining({
        names: ["Amina Rabat", "Lotte Brussel"],
        kinds: ["internship"],
        pairingId: null,
      }),
    ]);
  });

  it("lets a coordinator, not an organiser, open the pairing once, linked to the event", async () => {
    const url = `/events/${SLUG}/dashboard`;
    const form = { intent: "open-pairing", meetingId: w.meetings.held.id };
    const refused = await callRoute(dashboard, {
      method: "POST",
      url,
      params,
      cookie: w.organiser.cookie,
      form,
    });
    expect(refused.status).toBe(403);
    const junk = await callRoute(dashboard, {
      method: "POST",
      url,
      params,
      cookie: w.coordinator.cookie,
      form: { intent: "open-pairing", meetingId: "not-a-uuid" },
    });
    expect(junk.status).toBe(400);

    const [first, second] = await Promise.all([
      callRoute(dashboard, { method: "POST", url, params, cookie: w.coordinator.cookie, form }),
      callRoute(dashboard, { method: "POST", url, params, cookie: w.coordinator.cookie, form }),
    ]);
    expect(first.status).toBe(302);
    expect(second.location).toBe(first.location);
    const all = await ctx.db.select().from(pairings);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ purpose: "internship", status: "proposed" });
    expect(all[0]!.note).toContain("Master class IA appliquée");
    const [meeting] = await ctx.db
      .select()
      .from(eventMeetings)
      .where(eq(eventMeetings.id, w.meetings.held.id));
    expect(meeting!.pairingId).toBe(all[0]!.id);

    const pairing = await callRoute(pairingPage, {
      url: first.location!,
      params: { id: all[0]!.id },
      cookie: w.coordinator.cookie,
    });
    expect(pairing.body).toMatchObject({
      fromEvent: { slug: SLUG, title: "Master class IA appliquée" },
    });
  });
});

describe("check-in", () => {
  const url = `/events/${SLUG}/check-in`;

  it("lists registrants for organisers, searchable, and counts who arrived", async () => {
    expect((await callRoute(checkIn, { url, params, cookie: w.amina.cookie })).status).toBe(404);
    const page = await callRoute(checkIn, {
      url: `${url}?q=lotte`,
      params,
      cookie: w.organiser.cookie,
    });
    const body = page.body as { registrants: { name: string; organization: string | null }[] };
    expect(body.registrants).toEqual([
      expect.objectContaining({ name: "Lotte Brussel", organization: "AI Lab Brussels" }),
    ]);
  });

  it("checks in and undoes; the QR page is not found for anyone but organisers", async () => {
    const id = w.registrations.b.id;
    const post = (intent: string) =>
      callRoute(checkIn, {
        method: "POST",
        url,
        params,
        cookie: w.organiser.cookie,
        form: { intent, registrationId: id },
      });
    expect((await post("check-in")).status).toBe(200);
    const counts = async () =>
      (
        (await callRoute(checkIn, { url, params, cookie: w.organiser.cookie })).body as {
          counts: unknown;
        }
      ).counts;
    expect(await counts()).toEqual({ registered: 4, checkedIn: 2 });
    expect((await post("undo")).status).toBe(200);
    expect(await counts()).toEqual({ registered: 4, checkedIn: 1 });
    expect((await post("teleport")).status).toBe(400);

    const qrUrl = `${url}/${id}`;
    const qrParams = { slug: SLUG, registrationId: id };
    expect(
      (await callRoute(confirm, { url: qrUrl, params: qrParams, cookie: w.lotte.cookie })).status,
    ).toBe(404);
    expect(
      (await callRoute(confirm, { url: qrUrl, params: qrParams, cookie: w.outsider.cookie }))
        .status,
    ).toBe(404);
    const shown = await callRoute(confirm, {
      url: qrUrl,
      params: qrParams,
      cookie: w.organiser.cookie,
    });
    expect(shown.body).toMatchObject({ registrant: { name: "Lotte Brussel", checkedInAt: null } });
    const done = await callRoute(confirm, {
      method: "POST",
      url: qrUrl,
      params: qrParams,
      cookie: w.coordinator.cookie,
      form: { intent: "check-in" },
    });
    expect(done.status).toBe(200);
    expect(await counts()).toEqual({ registered: 4, checkedIn: 2 });
  });
});
