import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications, type PairingStatus } from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import type { Actor } from "../actor";
import { proposePairing } from "./propose.server";
import { getPairing, listPairingReminders, listPairings } from "./queries.server";
import { buildPairingWorld, lab, type PairingWorld, person } from "./test-world";
import { decideSide, setPairingDueDate, transitionPairing } from "./workflow.server";

let ctx: TestContext;
let w: PairingWorld;
let labs: string; // Moroccan lab ↔ Belgian lab, joint research
let internship: string; // a student ↔ the Belgian lab

const refused = (code: string) => expect.objectContaining({ name: "DomainError", code });
const T0 = new Date("2026-03-01T09:00:00Z");

async function propose(actor: Actor, input: Parameters<typeof proposePairing>[2], now = T0) {
  const result = await proposePairing(
    ctx.db,
    actor,
    { acknowledgeConflicts: true, ...input },
    { now },
  );
  if (result.status !== "proposed") throw new Error("not proposed");
  return result.pairingId;
}
const move = (actor: Actor, pairingId: string, to: PairingStatus, extra = {}) =>
  transitionPairing(ctx.db, actor, { pairingId, to, ...extra });

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildPairingWorld(ctx.db);
  labs = await propose(w.coordinator, {
    sideA: lab(w.orgs.labMa),
    sideB: lab(w.orgs.labBe),
    purpose: "joint_research",
  });
  internship = await propose(w.admin, {
    sideA: person(w.student),
    sideB: lab(w.orgs.labBe),
    purpose: "internship",
    dueAt: new Date("2026-02-20T00:00:00Z"),
  });
});
afterAll(() => ctx.cleanup());

describe("who sees which pairing", () => {
  it("shows everything to staff and only their own pairings to parties", async () => {
    const ids = async (actor: Actor) => (await listPairings(ctx.db, actor)).map((p) => p.id).sort();
    expect(await ids(w.coordinator)).toEqual([labs, internship].sort());
    expect(await ids(w.admin)).toEqual([labs, internship].sort());
    expect(await ids(w.maHead)).toEqual([labs]);
    expect(await ids(w.student)).toEqual([internship]);
    expect(await ids(w.beHead)).toEqual([labs, internship].sort());
    expect(await ids(w.outsider)).toEqual([]);
    expect(await ids(w.maPeer)).toEqual([]);
    const filtered = await listPairings(ctx.db, w.coordinator, { purpose: "internship" });
    expect(filtered.map((p) => p.id)).toEqual([internship]);
  });

  it("answers 'not found' to a party asking for someone else's pairing", async () => {
    await expect(getPairing(ctx.db, w.student, labs)).rejects.toEqual(refused("not_found"));
    await expect(getPairing(ctx.db, w.outsider, internship)).rejects.toEqual(refused("not_found"));
    await expect(
      decideSide(ctx.db, w.outsider, { pairingId: labs, side: "b", decision: "accepted" }),
    ).rejects.toEqual(refused("not_found"));
    const mine = await getPairing(ctx.db, w.student, internship);
    expect(mine.mySides).toEqual(["a"]);
    expect(mine.decidableSides).toEqual(["a"]);
    expect(mine.allowedTransitions).toEqual([]);
    expect(mine.sides.map((s) => s.party?.name)).toEqual(["Salma Étudiante", "AI Lab Brussels"]);
  });
});

describe("deciding a side", () => {
  it("lets each party decide its own side only", async () => {
    await expect(
      decideSide(ctx.db, w.maHead, { pairingId: labs, side: "b", decision: "accepted" }),
    ).rejects.toEqual(refused("forbidden"));
    // Karim is a member of the Belgian lab, but it is not his primary affiliation.
    await expect(
      decideSide(ctx.db, w.beVisitor, { pairingId: labs, side: "b", decision: "accepted" }),
    ).rejects.toEqual(refused("forbidden"));
    await decideSide(ctx.db, w.maHead, {
      pairingId: labs,
      side: "a",
      decision: "declined",
      note: "Pas cette année",
    });
    await decideSide(ctx.db, w.maHead, { pairingId: labs, side: "a", decision: "accepted" });
    await decideSide(ctx.db, w.beHead, { pairingId: labs, side: "b", decision: "accepted" });
    const detail = await getPairing(ctx.db, w.coordinator, labs);
    expect(detail.sides.map((s) => s.decision)).toEqual(["accepted", "accepted"]);
    // The other side and the proposing coordinator hear about Lotte's answer; Lotte does not.
    const told = await ctx.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(
        and(
          eq(notifications.link, `/pairings/${labs}`),
          eq(notifications.kind, "pairing.side_decided"),
        ),
      );
    const byUser = (id: string) => told.filter((n) => n.userId === id).length;
    expect(byUser(w.coordinator.userId)).toBe(3);
    expect(byUser(w.beHead.userId)).toBe(2);
    expect(byUser(w.maHead.userId)).toBe(1);
  });

  it("lets a coordinator answer for a party", async () => {
    await decideSide(ctx.db, w.coordinator, {
      pairingId: internship,
      side: "b",
      decision: "accepted",
    });
    expect((await getPairing(ctx.db, w.student, internship)).sides[1]!.decision).toBe("accepted");
  });
});

describe("moving along the pipeline", () => {
  it("is for staff only", async () => {
    for (const actor of [w.maHead, w.beHead]) {
      await expect(move(actor, labs, "contacted")).rejects.toEqual(refused("forbidden"));
    }
    await expect(move(w.student, labs, "contacted")).rejects.toEqual(refused("not_found"));
  });

  it("refuses skipped steps, and agreement before both sides accept", async () => {
    await expect(move(w.coordinator, labs, "agreed")).rejects.toEqual(
      refused("invalid_transition"),
    );
    await expect(move(w.coordinator, labs, "completed")).rejects.toEqual(
      refused("invalid_transition"),
    );
    await move(w.coordinator, internship, "contacted");
    await expect(move(w.coordinator, internship, "agreed")).rejects.toEqual(
      refused("sides_not_accepted"),
    );
  });

  it("goes from proposal to completion, recording who did what", async () => {
    for (const to of ["contacted", "agreed", "convention_signed", "active", "completed"] as const) {
      await move(w.coordinator, labs, to, { note: `→ ${to}` });
    }
    await expect(
      decideSide(ctx.db, w.maHead, { pairingId: labs, side: "a", decision: "declined" }),
    ).rejects.toEqual(refused("decision_closed"));
    await expect(move(w.admin, labs, "abandoned", { reason: "late" })).rejects.toEqual(
      refused("invalid_transition"),
    );
    const detail = await getPairing(ctx.db, w.maHead, labs);
    expect(detail.status).toBe("completed");
    expect(detail.dueAt).toBeNull();
    expect(
      detail.events.map((e) => [e.kind, e.fromStatus, e.toStatus, e.side, e.decision]),
    ).toEqual([
      ["proposed", null, "proposed", null, null],
      ["side_decided", null, null, "a", "declined"],
      ["side_decided", null, null, "a", "accepted"],
      ["side_decided", null, null, "b", "accepted"],
      ["status_changed", "proposed", "contacted", null, null],
      ["status_changed", "contacted", "agreed", null, null],
      ["status_changed", "agreed", "convention_signed", null, null],
      ["status_changed", "convention_signed", "active", null, null],
      ["status_changed", "active", "completed", null, null],
    ]);
    expect(detail.events[1]).toMatchObject({ actorName: "Amina Rabat", note: "Pas cette année" });
    expect(detail.events.at(-1)).toMatchObject({
      actorName: "Coordination Test",
      note: "→ completed",
    });
  });

  it("abandons only with a reason", async () => {
    await expect(move(w.coordinator, internship, "abandoned")).rejects.toEqual(
      refused("reason_required"),
    );
    await move(w.coordinator, internship, "abandoned", { reason: "Stage trouvé ailleurs" });
    const detail = await getPairing(ctx.db, w.student, internship);
    expect(detail).toMatchObject({ status: "abandoned", abandonReason: "Stage trouvé ailleurs" });
    await expect(move(w.coordinator, internship, "contacted")).rejects.toEqual(
      refused("invalid_transition"),
    );
  });
});

describe("due dates and reminders", () => {
  it("lists open pairings due soon or overdue, soonest first, to whom they concern", async () => {
    const now = new Date("2026-03-10T09:00:00Z");
    const soon = await propose(w.coordinator, {
      sideA: person(w.maPeer),
      sideB: person(w.outsider),
      purpose: "mentoring",
      dueAt: new Date("2026-03-12T09:00:00Z"),
    });
    const late = await propose(w.coordinator, {
      sideA: lab(w.orgs.labMa2),
      sideB: lab(w.orgs.labBe),
      purpose: "mobility",
      dueAt: new Date("2026-03-01T09:00:00Z"),
    });
    const far = await propose(w.coordinator, {
      sideA: person(w.maHead),
      sideB: person(w.outsider),
      purpose: "mentoring",
      dueAt: new Date("2026-05-01T09:00:00Z"),
    });
    const reminders = await listPairingReminders(ctx.db, w.coordinator, { now, withinDays: 7 });
    expect(reminders.map((r) => [r.id, r.overdue, r.daysLeft])).toEqual([
      [late, true, -9],
      [soon, false, 2],
    ]);
    const outsider = await listPairingReminders(ctx.db, w.outsider, { now, withinDays: 7 });
    expect(outsider.map((r) => r.id)).toEqual([soon]);

    await expect(
      setPairingDueDate(ctx.db, w.outsider, {
        pairingId: far,
        dueAt: new Date("2026-03-11T00:00:00Z"),
      }),
    ).rejects.toEqual(refused("forbidden"));
    await setPairingDueDate(ctx.db, w.coordinator, {
      pairingId: far,
      dueAt: new Date("2026-03-11T00:00:00Z"),
    });
    const after = await listPairingReminders(ctx.db, w.coordinator, { now, withinDays: 7 });
    expect(after.map((r) => r.id)).toEqual([late, far, soon]);
    // A closed pairing never reminds, even when its old due date passed.
    expect(after.map((r) => r.id)).not.toContain(internship);
  });
});
