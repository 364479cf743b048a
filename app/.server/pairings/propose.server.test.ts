import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  emailOutbox,
  notifications,
  pairingEvents,
  pairingSides,
  pairings,
} from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { DomainError } from "../domain-error";
import { checkPairingConflicts } from "./conflicts.server";
import { proposePairing } from "./propose.server";
import { buildPairingWorld, lab, type PairingWorld, person } from "./test-world";

let ctx: TestContext;
let w: PairingWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildPairingWorld(ctx.db);
});
afterAll(() => ctx.cleanup());

const refused = (code: string) => expect.objectContaining({ name: "DomainError", code });

describe("conflict-of-interest checks", () => {
  it("are for coordinators and admins only", async () => {
    await expect(
      checkPairingConflicts(ctx.db, w.maHead, {
        sideA: lab(w.orgs.labMa),
        sideB: lab(w.orgs.labBe),
      }),
    ).rejects.toEqual(refused("forbidden"));
  });

  it("warn about two labs of the same university", async () => {
    const warnings = await checkPairingConflicts(ctx.db, w.coordinator, {
      sideA: lab(w.orgs.labMa),
      sideB: lab(w.orgs.labMa2),
    });
    expect(warnings).toEqual([{ code: "same_organization", organizationIds: [w.orgs.uni] }]);
  });

  it("warn about a person proposed to their own lab, and about co-authors", async () => {
    const own = await checkPairingConflicts(ctx.db, w.admin, {
      sideA: person(w.maHead),
      sideB: lab(w.orgs.labMa),
    });
    expect(own).toEqual([
      {
        code: "same_organization",
        organizationIds: expect.arrayContaining([w.orgs.labMa, w.orgs.uni]),
      },
    ]);
    const coauthors = await checkPairingConflicts(ctx.db, w.coordinator, {
      sideA: person(w.maHead),
      sideB: person(w.beHead),
    });
    expect(coauthors).toEqual([{ code: "coauthors", publications: 1 }]);
    // Through the labs, the same paper ties the two labs.
    const labs = await checkPairingConflicts(ctx.db, w.coordinator, {
      sideA: lab(w.orgs.labBe),
      sideB: lab(w.orgs.uni),
    });
    expect(labs).toEqual([{ code: "coauthors", publications: 1 }]);
  });

  it("find nothing between unrelated parties", async () => {
    expect(
      await checkPairingConflicts(ctx.db, w.coordinator, {
        sideA: person(w.outsider),
        sideB: lab(w.orgs.labMa2),
      }),
    ).toEqual([]);
  });
});

describe("proposing a pairing", () => {
  it("is refused to anyone but coordinators and admins", async () => {
    for (const actor of [w.maHead, w.beHead, w.student, w.outsider]) {
      await expect(
        proposePairing(ctx.db, actor, {
          sideA: person(w.student),
          sideB: lab(w.orgs.labBe),
          purpose: "internship",
        }),
      ).rejects.toBeInstanceOf(DomainError);
    }
    expect(await ctx.db.select().from(pairings)).toHaveLength(0);
  });

  it("refuses the same party twice and unknown parties", async () => {
    await expect(
      proposePairing(ctx.db, w.coordinator, {
        sideA: lab(w.orgs.labBe),
        sideB: lab(w.orgs.labBe),
        purpose: "mobility",
      }),
    ).rejects.toEqual(refused("same_party"));
    await expect(
      proposePairing(ctx.db, w.coordinator, {
        sideA: lab(w.orgs.labBe),
        sideB: lab("00000000-0000-4000-8000-000000000000"),
        purpose: "mobility",
      }),
    ).rejects.toEqual(refused("unknown_party"));
  });

  it("shows the warnings first, then proposes once they are acknowledged", async () => {
    const input = {
      sideA: lab(w.orgs.labMa),
      sideB: lab(w.orgs.labBe),
      purpose: "joint_research" as const,
    };
    const first = await proposePairing(ctx.db, w.coordinator, { ...input, note: "Vision et TAL" });
    expect(first).toEqual({
      status: "needs_confirmation",
      warnings: [{ code: "coauthors", publications: 1 }],
    });
    expect(await ctx.db.select().from(pairings)).toHaveLength(0);

    const now = new Date("2026-03-01T10:00:00Z");
    const done = await proposePairing(
      ctx.db,
      w.coordinator,
      { ...input, note: "Vision et TAL", acknowledgeConflicts: true },
      { now, linkOrigin: "https://passerelle.example" },
    );
    expect(done.status).toBe("proposed");
    const id = done.status === "proposed" ? done.pairingId : "";
    const [row] = await ctx.db.select().from(pairings).where(eq(pairings.id, id));
    expect(row).toMatchObject({
      status: "proposed",
      purpose: "joint_research",
      note: "Vision et TAL",
      proposedBy: w.coordinator.userId,
      dueAt: new Date("2026-03-15T10:00:00Z"),
    });
    const sides = await ctx.db.select().from(pairingSides).where(eq(pairingSides.pairingId, id));
    expect(sides.map((s) => [s.side, s.organizationId, s.decision]).sort()).toEqual([
      ["a", w.orgs.labMa, "pending"],
      ["b", w.orgs.labBe, "pending"],
    ]);
    const events = await ctx.db.select().from(pairingEvents).where(eq(pairingEvents.pairingId, id));
    expect(events).toMatchObject([
      { kind: "proposed", toStatus: "proposed", actorUserId: w.coordinator.userId },
    ]);

    // Both sides hear about it: the primary members of each lab (Karim's lab is the Moroccan one),
    // not the proposer.
    const told = await ctx.db
      .select()
      .from(notifications)
      .where(eq(notifications.link, `/pairings/${id}`));
    expect(told.map((n) => n.userId).sort()).toEqual(
      [w.maHead.userId, w.beVisitor.userId, w.beHead.userId].sort(),
    );
    expect(told[0]).toMatchObject({
      kind: "pairing.proposed",
      payload: { pairingId: id, a: "Labo IA Rabat", b: "AI Lab Brussels" },
    });
    const mails = await ctx.db
      .select()
      .from(emailOutbox)
      .where(
        inArray(emailOutbox.to, [
          w.maHead.email,
          w.beHead.email,
          w.beVisitor.email,
          w.coordinator.email,
        ]),
      );
    expect(mails.map((m) => m.to).sort()).toEqual(
      [w.maHead.email, w.beVisitor.email, w.beHead.email].sort(),
    );
    expect(mails[0]!.text).toContain(`https://passerelle.example/pairings/${id}`);
    expect(mails[0]!.text).toContain("Recherche conjointe");
    expect(mails[0]!.text).toContain("Joint research");

    // A second proposal between the same labs now also warns about the open one.
    const again = await proposePairing(ctx.db, w.coordinator, {
      ...input,
      sideA: input.sideB,
      sideB: input.sideA,
    });
    expect(again).toEqual({
      status: "needs_confirmation",
      warnings: [
        { code: "coauthors", publications: 1 },
        { code: "open_pairing", pairingIds: [id] },
      ],
    });
  });
});
