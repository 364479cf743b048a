import { readdirSync } from "node:fs";
import path from "node:path";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { dataDirectory } from "~/.server/data-directory.server";
import { conventionDirectory } from "~/.server/pairings";
import {
  eventAvailability,
  eventMeetingOutcomes,
  eventMeetingRequests,
  eventMeetings,
  eventRegistrations,
  eventSessions,
  events,
  pairingConventions,
  pairings,
  people,
  users,
} from "../../db/schema";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import { AI_DAY_SLUG, MASTER_CLASS_SLUG } from "./events";
import { seedDemoNetwork } from "./seed";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoNetwork(ctx.db);
}, 180_000);
afterAll(() => ctx.cleanup());

async function eventBySlug(slug: string) {
  const [event] = await ctx.db.select().from(events).where(eq(events.slug, slug));
  return event!;
}

async function meetingsOf(eventId: string) {
  return ctx.db
    .select({
      id: eventMeetings.id,
      from: eventMeetingRequests.fromRegistrationId,
      to: eventMeetingRequests.toRegistrationId,
      sessionId: eventMeetings.sessionId,
      slotIndex: eventMeetings.slotIndex,
      tableNumber: eventMeetings.tableNumber,
      publishedSessionId: eventMeetings.publishedSessionId,
      publishedSlotIndex: eventMeetings.publishedSlotIndex,
      publishedTableNumber: eventMeetings.publishedTableNumber,
      fromAttendance: eventMeetings.fromAttendance,
      pairingId: eventMeetings.pairingId,
    })
    .from(eventMeetings)
    .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId))
    .where(eq(eventMeetings.eventId, eventId))
    .orderBy(eventMeetings.id);
}

it("holds the past master class at EST Laâyoune, 13–15 May 2025, with its programme and the demo accounts", async () => {
  const event = await eventBySlug(MASTER_CLASS_SLUG);
  expect(event).toMatchObject({
    titleFr: "Master class IA & co-développement — EST Laâyoune",
    startsOn: "2025-05-13",
    endsOn: "2025-05-15",
    timeZone: "Africa/Casablanca",
    city: "Laâyoune",
    registrationOpen: false,
  });
  const sessions = await ctx.db
    .select()
    .from(eventSessions)
    .where(eq(eventSessions.eventId, event.id));
  expect(new Set(sessions.map((s) => s.kind))).toEqual(
    new Set(["plenary", "panel", "workshop", "meeting_block"]),
  );
  expect(sessions.filter((s) => s.kind === "meeting_block")).toHaveLength(3);
  const registrations = await ctx.db
    .select({ personId: eventRegistrations.personId, email: users.email })
    .from(eventRegistrations)
    .innerJoin(people, eq(people.id, eventRegistrations.personId))
    .leftJoin(users, eq(users.id, people.userId))
    .where(eq(eventRegistrations.eventId, event.id));
  expect(registrations.length).toBeGreaterThanOrEqual(40);
  expect(registrations.length).toBeLessThanOrEqual(60);
  expect(registrations.map((r) => r.email)).toEqual(
    expect.arrayContaining([
      "etudiant@passerelle.example",
      "expert@passerelle.example",
      "chercheur@passerelle.example",
    ]),
  );
});

it("places the master class's meetings with the planner's hard constraints, published as planned", async () => {
  const event = await eventBySlug(MASTER_CLASS_SLUG);
  const meetings = await meetingsOf(event.id);
  const placed = meetings.filter((m) => m.sessionId);
  expect(placed.length).toBeGreaterThanOrEqual(40);
  // Every afternoon has its meetings.
  expect(new Set(placed.map((m) => m.sessionId)).size).toBe(3);
  const available = new Set(
    (
      await ctx.db
        .select()
        .from(eventAvailability)
        .where(
          inArray(
            eventAvailability.registrationId,
            placed.flatMap((m) => [m.from, m.to]),
          ),
        )
    ).map((a) => `${a.registrationId}@${a.sessionId}#${a.slotIndex}`),
  );
  const busy = new Set<string>();
  const tables = new Set<string>();
  for (const m of placed) {
    const slot = `${m.sessionId}#${m.slotIndex}`;
    for (const side of [m.from, m.to]) {
      expect(available.has(`${side}@${slot}`)).toBe(true);
      expect(busy.has(`${side}@${slot}`)).toBe(false);
      busy.add(`${side}@${slot}`);
    }
    expect(tables.has(`${slot}:${m.tableNumber}`)).toBe(false);
    tables.add(`${slot}:${m.tableNumber}`);
    expect([m.publishedSessionId, m.publishedSlotIndex, m.publishedTableNumber]).toEqual([
      m.sessionId,
      m.slotIndex,
      m.tableNumber,
    ]);
  }
  // Most were held, some were not; held ones have outcomes, some of them agreements.
  const marks = placed.map((m) => m.fromAttendance);
  expect(marks.filter((a) => a === "held").length).toBeGreaterThan(marks.length / 2);
  expect(marks).toContain("no_show");
  const agreements = await ctx.db
    .select()
    .from(eventMeetingOutcomes)
    .where(
      and(
        inArray(
          eventMeetingOutcomes.meetingId,
          placed.map((m) => m.id),
        ),
        isNotNull(eventMeetingOutcomes.agreementKind),
      ),
    );
  expect(agreements.length).toBeGreaterThanOrEqual(8);
});

it("opens pairings from the master class's agreements that reached a signed convention", async () => {
  const event = await eventBySlug(MASTER_CLASS_SLUG);
  const linked = (await meetingsOf(event.id)).filter((m) => m.pairingId);
  expect(linked.length).toBeGreaterThanOrEqual(3);
  expect(linked.length).toBeLessThanOrEqual(4);
  const rows = await ctx.db
    .select({ status: pairings.status, signedOn: pairingConventions.signedOn })
    .from(pairings)
    .innerJoin(pairingConventions, eq(pairingConventions.pairingId, pairings.id))
    .where(
      inArray(
        pairings.id,
        linked.map((m) => m.pairingId!),
      ),
    );
  expect(rows).toHaveLength(linked.length);
  for (const r of rows) expect(["convention_signed", "active"]).toContain(r.status);
});

it("writes the conventions' PDFs under the test's own DATA_DIR, never in the checkout's .data", () => {
  const dir = conventionDirectory(dataDirectory());
  expect(path.relative(process.cwd(), dir)).toMatch(/^\.\.\//);
  expect(readdirSync(dir)).toEqual(expect.arrayContaining(["demo-event-convention-1.pdf"]));
});

it("holds an upcoming AI day about six weeks ahead, open for registration, with requests waiting", async () => {
  const event = await eventBySlug(AI_DAY_SLUG);
  const days = (Date.parse(event.startsOn) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(40);
  expect(days).toBeLessThan(44);
  expect(event.registrationOpen).toBe(true);
  const requests = await ctx.db
    .select({ status: eventMeetingRequests.status })
    .from(eventMeetingRequests)
    .where(eq(eventMeetingRequests.eventId, event.id));
  const statuses = requests.map((r) => r.status);
  expect(statuses).toContain("pending");
  expect(statuses).toContain("accepted");
});

it("is the same after a reset: the plan is deterministic", async () => {
  const before = await meetingsOf((await eventBySlug(MASTER_CLASS_SLUG)).id);
  await seedDemoNetwork(ctx.db, { reset: true });
  const after = await meetingsOf((await eventBySlug(MASTER_CLASS_SLUG)).id);
  expect(after).toEqual(before);
}, 180_000);
