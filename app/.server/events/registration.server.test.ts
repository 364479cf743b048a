import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventAvailability, eventRegistrations, events } from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { notificationKinds } from "../mentorship/test-world";
import { loadEventAccess } from "./access.server";
import { createEvent } from "./editor.server";
import { loadParticipants, searchParticipants } from "./participants.server";
import { cancelRegistration, registerForEvent } from "./registration.server";
import { buildEventsWorld, type EventsWorld, eventFields, publishedEvent } from "./test-world";

let ctx: TestContext;
let w: EventsWorld;
beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildEventsWorld(ctx.db);
});
afterAll(() => ctx.cleanup());

const REG = { intent: "register" as const, offers: [], needs: ["internship" as const] };
const status = async (slug: string, personId: string) => {
  const [event] = await ctx.db.select().from(events).where(eq(events.slug, slug));
  const [row] = await ctx.db
    .select({ status: eventRegistrations.status })
    .from(eventRegistrations)
    .where(
      and(eq(eventRegistrations.eventId, event!.id), eq(eventRegistrations.personId, personId)),
    );
  return row?.status;
};

describe("who may see an event", () => {
  it("hides a draft from members and visitors, shows it to coordinators; slugs stay unique", async () => {
    const { slug } = await createEvent(ctx.db, w.coordinator.actor, eventFields());
    const again = await createEvent(ctx.db, w.coordinator.actor, eventFields());
    expect(slug).toBe("master-class-ia-laayoune");
    expect(again.slug).toBe("master-class-ia-laayoune-2");
    await expect(loadEventAccess(ctx.db, w.student.actor, slug)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      loadEventAccess(ctx.db, { userId: null, personId: null, roles: [] }, slug),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await loadEventAccess(ctx.db, w.coordinator.actor, slug)).canOrganise).toBe(true);
    const reserved = await createEvent(
      ctx.db,
      w.coordinator.actor,
      eventFields({ titleFr: "New" }),
    );
    expect(reserved.slug).toBe("new-2");
    await expect(createEvent(ctx.db, w.student.actor, eventFields())).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("registration", () => {
  it("fills the places first come, waitlists the rest and promotes the first on a cancellation", async () => {
    const slug = await publishedEvent(ctx.db, w, { titleFr: "Journée capacité", capacity: 2 });
    expect((await registerForEvent(ctx.db, w.student.actor, slug, REG)).status).toBe("registered");
    expect((await registerForEvent(ctx.db, w.expert.actor, slug, REG)).status).toBe("registered");
    expect((await registerForEvent(ctx.db, w.student2.actor, slug, REG)).status).toBe("waitlisted");
    expect((await registerForEvent(ctx.db, w.expert2.actor, slug, REG)).status).toBe("waitlisted");
    await cancelRegistration(ctx.db, w.expert.actor, slug);
    expect(await status(slug, w.expert.personId)).toBe("cancelled");
    expect(await status(slug, w.student2.personId)).toBe("registered");
    expect(await status(slug, w.expert2.personId)).toBe("waitlisted");
    expect(await notificationKinds(ctx.db, w.student2.userId)).toEqual(["event.waitlist_promoted"]);
    expect(await notificationKinds(ctx.db, w.expert2.userId)).toEqual([]);
    // Coming back joins the end of the queue.
    expect((await registerForEvent(ctx.db, w.expert.actor, slug, REG)).status).toBe("waitlisted");
  });

  it("keeps only slots of the meeting blocks and refuses one outside them", async () => {
    const slug = await publishedEvent(ctx.db, w, { titleFr: "Journée créneaux" });
    const page = await loadEventAccess(ctx.db, w.student.actor, slug);
    const blocks = await ctx.db.query.eventSessions.findMany({
      where: (s, { eq }) => eq(s.eventId, page.event.id),
    });
    const block = blocks[0]!;
    await expect(
      registerForEvent(ctx.db, w.student.actor, slug, { ...REG, availability: [`${block.id}:4`] }),
    ).rejects.toMatchObject({ code: "invalid_input", field: "availability" });
    await registerForEvent(ctx.db, w.student.actor, slug, {
      ...REG,
      availability: [`${block.id}:0`, `${block.id}:3`],
    });
    const rows = await ctx.db
      .select()
      .from(eventAvailability)
      .where(eq(eventAvailability.sessionId, block.id));
    expect(rows.map((r) => r.slotIndex).sort()).toEqual([0, 3]);
    const token = (await loadEventAccess(ctx.db, w.student.actor, slug)).registration!.feedToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("refuses registration to a draft or a closed event", async () => {
    const { slug } = await createEvent(
      ctx.db,
      w.coordinator.actor,
      eventFields({ titleFr: "Brouillon" }),
    );
    await expect(registerForEvent(ctx.db, w.student.actor, slug, REG)).rejects.toMatchObject({
      code: "not_found",
    });
    const closed = await publishedEvent(ctx.db, w, { titleFr: "Fermé" });
    await ctx.db.update(events).set({ registrationOpen: false }).where(eq(events.slug, closed));
    await expect(registerForEvent(ctx.db, w.student.actor, closed, REG)).rejects.toMatchObject({
      code: "registration_closed",
    });
  });
});

describe("the participants search", () => {
  it("filters by text and facets, counting a facet without its own selection", async () => {
    const slug = await publishedEvent(ctx.db, w, { titleFr: "Journée recherche" });
    await registerForEvent(ctx.db, w.student.actor, slug, { ...REG, needs: ["internship"] });
    await registerForEvent(ctx.db, w.expert.actor, slug, {
      ...REG,
      needs: [],
      offers: ["internship"],
    });
    await registerForEvent(ctx.db, w.researcher.actor, slug, {
      ...REG,
      needs: [],
      offers: ["joint_research"],
    });
    const { event } = await loadEventAccess(ctx.db, w.student.actor, slug);
    const all = await loadParticipants(ctx.db, event.id);
    const base = { q: "", role: [], country: [], sector: [], offers: [], needs: [] };
    const offering = searchParticipants(all, { ...base, offers: ["internship"] });
    expect(offering.hits.map((p) => p.name)).toEqual(["Amina Experte"]);
    expect(offering.facets.offers).toEqual({ internship: 1, joint_research: 1 });
    expect(searchParticipants(all, { ...base, q: "etudiante" }).hits.map((p) => p.name)).toEqual([
      "Salma Étudiante",
    ]);
  });
});
