import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerForEvent } from "~/.server/events";
import { buildEventsWorld, type EventsWorld, publishedEvent } from "~/.server/events/test-world";
import { callRoute } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { action as meetingsAction } from "../events.$slug_.meetings/route";
import {
  action as participantsAction,
  loader as participantsLoader,
} from "../events.$slug_.participants/route";
import { action as newAction } from "../events.new";
import { action, loader } from "./route";

type Route = Parameters<typeof callRoute>[0];
// The route modules' argument types name Remix's AppLoadContext; callRoute passes a plain object.
const page = { loader, action } as unknown as Route;
const create = { action: newAction } as unknown as Route;
const participants = { loader: participantsLoader, action: participantsAction } as unknown as Route;
const meetings = { action: meetingsAction } as unknown as Route;

let ctx: TestContext;
let w: EventsWorld;
let slug = "";
beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildEventsWorld(ctx.db);
  slug = await publishedEvent(ctx.db, w);
  await registerForEvent(ctx.db, w.expert.actor, slug, { intent: "register" });
});
afterAll(() => ctx.cleanup());

describe("the events forms refuse bad input with localized field errors and keep what was typed", () => {
  it("a new event with impossible dates and no language", async () => {
    const res = await callRoute(create, {
      method: "POST",
      url: "/events/new",
      cookie: w.coordinator.cookie,
      form: {
        kind: "master_class",
        titleFr: "Journée IA",
        descriptionFr: "Une journée de conférences.",
        startsOn: "2030-05-15",
        endsOn: "2030-05-13",
        timeZone: "Mars/Olympus",
        city: "Rabat",
        capacity: "-3",
      },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      result: {
        initialValue: { titleFr: "Journée IA", capacity: "-3" },
        error: {
          timeZone: [{ key: "form.invalidChoice" }],
          languages: [{ key: "events.form.languagesRequired" }],
          capacity: [{ key: "form.tooSmall" }],
        },
      },
    });
    const backwards = await callRoute(create, {
      method: "POST",
      url: "/events/new",
      cookie: w.coordinator.cookie,
      form: {
        kind: "master_class",
        titleFr: "Journée IA",
        descriptionFr: "Une journée de conférences.",
        startsOn: "2030-05-15",
        endsOn: "2030-05-13",
        timeZone: "Africa/Casablanca",
        city: "Rabat",
        languages: "fr",
      },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({
      result: { error: { endsOn: [{ key: "events.form.endsBeforeStart" }] } },
    });
  });

  it("a registration naming a slot outside the meeting blocks, or junk", async () => {
    const bad = await callRoute(page, {
      method: "POST",
      url: `/events/${slug}`,
      params: { slug },
      cookie: w.student.cookie,
      form: {
        intent: "register",
        availability: "00000000-0000-4000-8000-000000000000:0",
        offers: "internship",
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      result: { error: { availability: [{ key: "events.form.slotOutsideBlocks" }] } },
    });
    const junk = await callRoute(page, {
      method: "POST",
      url: `/events/${slug}`,
      params: { slug },
      cookie: w.student.cookie,
      form: { intent: "register", needs: "world_domination", note: "x".repeat(1001) },
    });
    expect(junk.status).toBe(400);
  });

  it("the participants page is not found for a member who is not registered", async () => {
    const res = await callRoute(participants, {
      url: `/events/${slug}/participants`,
      params: { slug },
      cookie: w.student.cookie,
    });
    expect(res.status).toBe(404);
  });

  it("a meeting request too short, and a decline without a reason", async () => {
    await registerForEvent(ctx.db, w.student.actor, slug, { intent: "register" });
    const list = await callRoute(participants, {
      url: `/events/${slug}/participants`,
      params: { slug },
      cookie: w.student.cookie,
    });
    const expert = (
      list.body as { participants: { name: string; registrationId: string }[] }
    ).participants.find((p) => p.name === "Amina Experte")!;
    const short = await callRoute(participants, {
      method: "POST",
      url: `/events/${slug}/participants`,
      params: { slug },
      cookie: w.student.cookie,
      form: { intent: "request", toRegistrationId: expert.registrationId, message: "Salut" },
    });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({
      to: expert.registrationId,
      result: {
        initialValue: { message: "Salut" },
        error: { message: [{ key: "form.tooShort" }] },
      },
    });
    const decline = await callRoute(meetings, {
      method: "POST",
      url: `/events/${slug}/meetings`,
      params: { slug },
      cookie: w.expert.cookie,
      form: { intent: "decline", requestId: "not-a-uuid" },
    });
    expect(decline.status).toBe(400);
    expect(decline.body).toMatchObject({
      result: { error: { reason: [{ key: "events.form.reasonRequired" }] } },
    });
  });
});
