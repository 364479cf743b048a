import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people, searchOutbox } from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { createMentorshipRequest } from "./create.server";
import { runMentorshipDeadlines } from "./deadlines.server";
import { getMentorshipRequest } from "./queries.server";
import { mentorResponsiveness, unansweredRequestStats } from "./responsiveness.server";
import { buildMentorshipWorld, notificationKinds, REQUEST } from "./test-world";
import { actOnMentorshipRequest } from "./workflow.server";

let ctx: TestContext;
let w: Awaited<ReturnType<typeof buildMentorshipWorld>>;
const DAY = 86_400_000;
const T0 = new Date("2026-01-05T09:00:00Z");
const at = (days: number, from = T0) => new Date(from.getTime() + days * DAY);

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildMentorshipWorld(ctx.db);
  await ctx.db.update(people).set({ mentoringCapacity: 5 }).where(eq(people.id, w.mentor.personId));
});
afterAll(async () => {
  await ctx.cleanup();
});

const kindsFor = (userId: string) => notificationKinds(ctx.db, userId);

describe("the deadline job", () => {
  it("reminds the mentor once at 7 days and expires at 14, idempotently", async () => {
    const { requestId } = await createMentorshipRequest(
      ctx.db,
      w.student.actor,
      w.mentor.personId,
      REQUEST,
      { now: T0 },
    );
    expect(await runMentorshipDeadlines(ctx.db, { now: at(6.9) })).toEqual({
      expired: 0,
      reminded: 0,
      paused: 0,
    });
    expect(await runMentorshipDeadlines(ctx.db, { now: at(7) })).toMatchObject({ reminded: 1 });
    expect(await runMentorshipDeadlines(ctx.db, { now: at(7.5) })).toMatchObject({ reminded: 0 });
    expect(await kindsFor(w.mentor.userId)).toEqual([
      "mentorship.requested",
      "mentorship.reminder",
    ]);
    expect(await runMentorshipDeadlines(ctx.db, { now: at(13.9) })).toMatchObject({ expired: 0 });
    expect(await runMentorshipDeadlines(ctx.db, { now: at(14) })).toMatchObject({ expired: 1 });
    expect(await runMentorshipDeadlines(ctx.db, { now: at(14) })).toEqual({
      expired: 0,
      reminded: 0,
      paused: 0,
    });
    const detail = await getMentorshipRequest(ctx.db, w.student.actor, requestId);
    expect(detail.status).toBe("expired");
    expect(detail.events.map((e) => e.kind)).toEqual(["requested", "reminder", "expired"]);
    expect(await kindsFor(w.student.userId)).toEqual(["mentorship.expired"]);
  });

  it("reminds the student when a question waits for their answer", async () => {
    const t = at(20);
    const { requestId } = await createMentorshipRequest(
      ctx.db,
      w.student2.actor,
      w.mentor2.personId,
      REQUEST,
      { now: t },
    );
    await actOnMentorshipRequest(
      ctx.db,
      w.mentor2.actor,
      requestId,
      { intent: "ask", question: "Quel est votre calendrier ?" },
      { now: at(2, t) },
    );
    expect(await runMentorshipDeadlines(ctx.db, { now: at(8, t) })).toMatchObject({ reminded: 0 });
    expect(await runMentorshipDeadlines(ctx.db, { now: at(9, t) })).toMatchObject({ reminded: 1 });
    expect(await kindsFor(w.student2.userId)).toEqual([
      "mentorship.more_info",
      "mentorship.reminder",
    ]);
    // The student never answers: it expires, but it does not count against the mentor.
    expect(await runMentorshipDeadlines(ctx.db, { now: at(16, t) })).toMatchObject({ expired: 1 });
    const stats = await mentorResponsiveness(ctx.db, [w.mentor2.personId], { now: at(17, t) });
    expect(stats.get(w.mentor2.personId)).toMatchObject({ answered: 1, missed: 0, medianDays: 2 });
  });

  it("pauses mentoring after three requests in a row expire unanswered", async () => {
    // The first expiry above counts; two more from fresh requests make three.
    const t = at(40);
    const students = [w.student, w.student2];
    for (const s of students) {
      await createMentorshipRequest(ctx.db, s.actor, w.mentor.personId, REQUEST, { now: t });
    }
    expect(await runMentorshipDeadlines(ctx.db, { now: at(14, t) })).toMatchObject({
      expired: 2,
      paused: 1,
    });
    const [mentor] = await ctx.db.select().from(people).where(eq(people.id, w.mentor.personId));
    expect(mentor).toMatchObject({ mentoringStatus: "paused", mentoringAutoPausedAt: at(14, t) });
    expect((await kindsFor(w.mentor.userId)).at(-1)).toBe("mentorship.paused");
    const outbox = await ctx.db
      .select()
      .from(searchOutbox)
      .where(eq(searchOutbox.entityId, w.mentor.personId));
    expect(outbox.length).toBeGreaterThan(0);
    const stats = await mentorResponsiveness(ctx.db, [w.mentor.personId], { now: at(15, t) });
    expect(stats.get(w.mentor.personId)).toMatchObject({
      answered: 0,
      missed: 3,
      label: "less_responsive",
    });
    const network = await unansweredRequestStats(ctx.db, { now: at(15, t) });
    expect(network).toMatchObject({ expiredUnanswered: 3, answered: 1, pending: 0 });

    // Reopened: a new streak is needed before another pause.
    await ctx.db
      .update(people)
      .set({ mentoringStatus: "open" })
      .where(eq(people.id, w.mentor.personId));
    const t2 = at(20, t);
    await createMentorshipRequest(ctx.db, w.student.actor, w.mentor.personId, REQUEST, { now: t2 });
    expect(await runMentorshipDeadlines(ctx.db, { now: at(14, t2) })).toMatchObject({
      expired: 1,
      paused: 0,
    });
  });
});
