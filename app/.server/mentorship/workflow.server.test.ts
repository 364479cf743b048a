import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, mentorshipEvents, notifications, people } from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { deliverNotificationEmails, QUIET_MS } from "../notices";
import { contactVisibleTo } from "./contact.server";
import { createMentorshipRequest } from "./create.server";
import { getMentorshipRequest, listMentorshipRequests } from "./queries.server";
import { buildMentorshipWorld, notificationKinds, REQUEST } from "./test-world";
import { actOnMentorshipRequest } from "./workflow.server";

let ctx: TestContext;
let w: Awaited<ReturnType<typeof buildMentorshipWorld>>;

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildMentorshipWorld(ctx.db);
});
afterAll(async () => {
  await ctx.cleanup();
});

const kindsOf = (userId: string) => notificationKinds(ctx.db, userId);

const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );

describe("creating a request", () => {
  it("lets a student ask a listed mentor, once, and tells the mentor", async () => {
    const { requestId } = await createMentorshipRequest(
      ctx.db,
      w.student.actor,
      w.mentor2.personId,
      REQUEST,
    );
    const detail = await getMentorshipRequest(ctx.db, w.mentor2.actor, requestId);
    expect(detail).toMatchObject({ status: "pending", party: "mentor", goal: "thesis" });
    expect(detail.moves).toEqual(["accepted", "declined", "more_info"]);
    expect(detail.expiresAt.getTime() - detail.createdAt.getTime()).toBe(14 * 86_400_000);
    const notes = await ctx.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, w.mentor2.userId));
    expect(notes.map((n) => [n.kind, n.link])).toEqual([
      ["mentorship.requested", `/mentorship/${requestId}`],
    ]);
    await deliverNotificationEmails(ctx.db, { now: new Date(Date.now() + QUIET_MS) });
    const mails = await ctx.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.to, w.mentor2.email));
    expect(mails[0]?.text).toContain("Salma Étudiante vous demande un mentorat.");
    expect(
      await code(createMentorshipRequest(ctx.db, w.student.actor, w.mentor2.personId, REQUEST)),
    ).toBe("already_open");
  });

  it("refuses non-students, self requests, paused mentors and bad input", async () => {
    const ask = (actor = w.student.actor, mentorId = w.mentor.personId, input = REQUEST) =>
      code(createMentorshipRequest(ctx.db, actor, mentorId, input));
    expect(await ask(w.outsider.actor)).toBe("not_a_student");
    expect(await ask(w.student.actor, w.student.personId)).toBe("self_request");
    expect(await ask(w.student.actor, w.student2.personId)).toBe("mentor_unavailable");
    expect(
      await ask(w.student.actor, w.mentor.personId, { goal: "thesis", message: "court" }),
    ).toBe("invalid_input");
    await ctx.db
      .update(people)
      .set({ mentoringStatus: "paused" })
      .where(eq(people.id, w.outsider.personId));
    expect(await ask(w.student.actor, w.outsider.personId)).toBe("mentoring_paused");
  });
});

describe("answering a request", () => {
  it("lets only the parties see it, and only the right party act", async () => {
    const { requestId } = await createMentorshipRequest(
      ctx.db,
      w.student2.actor,
      w.mentor2.personId,
      REQUEST,
    );
    expect(await code(getMentorshipRequest(ctx.db, w.outsider.actor, requestId))).toBe("not_found");
    const asStaff = await getMentorshipRequest(ctx.db, w.coordinator.actor, requestId);
    expect(asStaff.moves).toEqual([]);
    const act = (actor: typeof w.student.actor, intent: "accept" | "withdraw") =>
      code(actOnMentorshipRequest(ctx.db, actor, requestId, { intent }));
    expect(await act(w.outsider.actor, "accept")).toBe("not_found");
    expect(await act(w.coordinator.actor, "accept")).toBe("forbidden");
    expect(await act(w.student2.actor, "accept")).toBe("forbidden");
    expect(await act(w.mentor2.actor, "withdraw")).toBe("forbidden");
  });

  it("runs a question and an answer, restarting the clock, then a decline with its reason", async () => {
    const t0 = new Date("2026-03-01T10:00:00Z");
    const { requestId } = await createMentorshipRequest(
      ctx.db,
      w.student.actor,
      w.outsider.personId === "" ? "" : w.mentor.personId,
      REQUEST,
      { now: t0 },
    );
    const t1 = new Date("2026-03-05T10:00:00Z");
    await actOnMentorshipRequest(
      ctx.db,
      w.mentor.actor,
      requestId,
      { intent: "ask", question: "Quel jeu de données comptez-vous utiliser ?" },
      { now: t1 },
    );
    let detail = await getMentorshipRequest(ctx.db, w.student.actor, requestId);
    expect(detail).toMatchObject({ status: "more_info", respondedAt: t1 });
    expect(detail.moves).toEqual(["pending", "withdrawn"]);
    expect(detail.expiresAt).toEqual(new Date("2026-03-19T10:00:00Z"));
    const t2 = new Date("2026-03-08T10:00:00Z");
    await actOnMentorshipRequest(
      ctx.db,
      w.student.actor,
      requestId,
      { intent: "answer", answer: "PlantVillage, complété par nos photos." },
      { now: t2 },
    );
    detail = await getMentorshipRequest(ctx.db, w.mentor.actor, requestId);
    expect(detail).toMatchObject({ status: "pending", respondedAt: t1 });
    expect(detail.expiresAt).toEqual(new Date("2026-03-22T10:00:00Z"));
    await actOnMentorshipRequest(ctx.db, w.mentor.actor, requestId, {
      intent: "decline",
      reason: "Je n'ai plus de temps ce semestre.",
    });
    detail = await getMentorshipRequest(ctx.db, w.student.actor, requestId);
    expect(detail).toMatchObject({
      status: "declined",
      declineReason: "Je n'ai plus de temps ce semestre.",
      contact: null,
    });
    expect(detail.events.map((e) => e.kind)).toEqual([
      "requested",
      "question",
      "answer",
      "declined",
    ]);
    expect(
      await code(
        actOnMentorshipRequest(ctx.db, w.student.actor, requestId, { intent: "withdraw" }),
      ),
    ).toBe("invalid_transition");
    const kinds = await ctx.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.userId, w.student.userId));
    expect(kinds.map((k) => k.kind)).toEqual(["mentorship.more_info", "mentorship.declined"]);
  });
});

describe("accepting", () => {
  it("gives the last place to exactly one of two concurrent accepts", async () => {
    // mentor has one place; both students ask, the mentor accepts both at the same moment.
    const a = await createMentorshipRequest(ctx.db, w.student.actor, w.mentor.personId, REQUEST);
    const b = await createMentorshipRequest(ctx.db, w.student2.actor, w.mentor.personId, REQUEST);
    const outcomes = await Promise.all(
      [a, b].map((r) =>
        code(actOnMentorshipRequest(ctx.db, w.mentor.actor, r.requestId, { intent: "accept" })),
      ),
    );
    expect(outcomes.sort()).toEqual(["capacity_full", "ok"]);
    const statuses = await Promise.all(
      [a, b].map(
        async (r) => (await getMentorshipRequest(ctx.db, w.mentor.actor, r.requestId)).status,
      ),
    );
    expect(statuses.sort()).toEqual(["accepted", "pending"]);
    const list = await listMentorshipRequests(ctx.db, w.mentor.actor);
    expect(list.capacity).toEqual({ used: 1, total: 1, open: true });
    expect(list.waiting).toBe(1);
  });

  it("frees the place when either party ends the mentorship; contact stays visible", async () => {
    const list = await listMentorshipRequests(ctx.db, w.mentor.actor);
    const accepted = list.received.find((r) => r.status === "accepted")!;
    const waiting = list.received.find((r) => r.status === "pending")!;
    const student = accepted.studentId === w.student.personId ? w.student : w.student2;
    expect(
      await code(actOnMentorshipRequest(ctx.db, w.outsider.actor, accepted.id, { intent: "end" })),
    ).toBe("not_found");
    await actOnMentorshipRequest(ctx.db, student.actor, accepted.id, { intent: "end" });
    const ended = await getMentorshipRequest(ctx.db, w.mentor.actor, accepted.id);
    expect(ended).toMatchObject({ status: "ended", moves: [], contact: { email: student.email } });
    await actOnMentorshipRequest(ctx.db, w.mentor.actor, waiting.id, { intent: "accept" });
    expect((await listMentorshipRequests(ctx.db, w.mentor.actor)).capacity).toMatchObject({
      used: 1,
    });
    expect((await kindsOf(w.mentor.userId)).at(-1)).toBe("mentorship.ended");
  });

  it("reveals contact details to both parties only once accepted", async () => {
    expect(await contactVisibleTo(ctx.db, w.student2.personId, w.mentor2.personId)).toBeNull();
    const list = await listMentorshipRequests(ctx.db, w.mentor2.actor, { status: "pending" });
    const fromStudent2 = list.received.find((r) => r.studentId === w.student2.personId)!;
    const before = await getMentorshipRequest(ctx.db, w.student2.actor, fromStudent2.id);
    expect(before.contact).toBeNull();
    expect(JSON.stringify(before)).not.toContain(w.mentor2.email);
    await actOnMentorshipRequest(ctx.db, w.mentor2.actor, fromStudent2.id, { intent: "accept" });
    const asStudent = await getMentorshipRequest(ctx.db, w.student2.actor, fromStudent2.id);
    const asMentor = await getMentorshipRequest(ctx.db, w.mentor2.actor, fromStudent2.id);
    expect(asStudent.contact?.email).toBe(w.mentor2.email);
    expect(asMentor.contact?.email).toBe(w.student2.email);
    expect(await contactVisibleTo(ctx.db, w.student2.personId, w.mentor2.personId)).toMatchObject({
      email: w.mentor2.email,
    });
    expect(await contactVisibleTo(ctx.db, w.outsider.personId, w.mentor2.personId)).toBeNull();
    const staff = await getMentorshipRequest(ctx.db, w.coordinator.actor, fromStudent2.id);
    expect(staff.contact).toBeNull();
    const events = await ctx.db
      .select()
      .from(mentorshipEvents)
      .where(eq(mentorshipEvents.requestId, fromStudent2.id));
    expect(events.map((e) => e.kind)).toEqual(["requested", "accepted"]);
  });
});
