import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, notifications, users } from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import type { Actor } from "../actor";
import { decideSide, proposePairing, recordConvention, transitionPairing } from "../pairings";
import { buildPairingWorld, lab, type PairingWorld } from "../pairings/test-world";
import { deliverNotificationEmails, lastDailyBoundary, markSubjectRead, QUIET_MS } from ".";

let ctx: TestContext;
let w: PairingWorld;
let dataDir: string;
const PDF = new TextEncoder().encode("%PDF-1.7\n%%EOF\n");
const ARABIC = /[\u0600-\u06FF]/;

beforeAll(async () => {
  ctx = await createTestContext();
  dataDir = mkdtempSync(path.join(os.tmpdir(), "passerelle-notices-"));
  w = await buildPairingWorld(ctx.db);
  // Amina reads Arabic, Lotte English, the coordinator French.
  await ctx.db.update(users).set({ locale: "ar" }).where(eq(users.id, w.maHead.userId));
  await ctx.db.update(users).set({ locale: "en" }).where(eq(users.id, w.beHead.userId));
});
afterAll(async () => {
  await ctx.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A whole lab–lab pipeline, proposed → completed; `step` runs after each event. */
async function runPipeline(step: () => Promise<void> = async () => {}) {
  const proposed = await proposePairing(ctx.db, w.coordinator, {
    sideA: lab(w.orgs.labMa),
    sideB: lab(w.orgs.labBe),
    purpose: "joint_research",
    acknowledgeConflicts: true,
  });
  if (proposed.status !== "proposed") throw new Error("not proposed");
  const pairingId = proposed.pairingId;
  await step();
  const accept = async (actor: Actor, side: "a" | "b") => {
    await decideSide(ctx.db, actor, { pairingId, side, decision: "accepted" });
    await step();
  };
  const move = async (to: "contacted" | "agreed" | "active" | "completed") => {
    await transitionPairing(ctx.db, w.coordinator, { pairingId, to });
    await step();
  };
  await accept(w.maHead, "a");
  await accept(w.beHead, "b");
  await move("contacted");
  await move("agreed");
  await recordConvention(
    ctx.db,
    w.coordinator,
    {
      pairingId,
      signedOn: new Date(),
      signatories: "A. Rabat, L. Brussel",
      file: { name: "c.pdf", bytes: PDF },
    },
    { dataDir },
  );
  await step();
  await move("active");
  await move("completed");
  return pairingId;
}

const settled = () => new Date(Date.now() + QUIET_MS + 1000);
const flush = () =>
  deliverNotificationEmails(ctx.db, { now: settled(), linkOrigin: "https://p.example" });

async function mailsTo(...people: { email: string }[]) {
  return ctx.db
    .select()
    .from(emailOutbox)
    .where(
      inArray(
        emailOutbox.to,
        people.map((p) => p.email),
      ),
    )
    .orderBy(emailOutbox.id);
}
const clearMail = () => ctx.db.delete(emailOutbox);
const everyone = () => [
  w.maHead,
  w.beHead,
  w.beMember,
  w.beVisitor,
  w.maPeer,
  w.coordinator,
  w.admin,
];

describe("the e-mails of a full lab–lab pipeline", () => {
  it("run in one sitting: one e-mail per person concerned, in their language only (was 112)", async () => {
    await clearMail();
    const pairingId = await runPipeline();
    expect(await flush()).toBe(3);
    const mails = await mailsTo(...everyone());
    const byRecipient = Object.fromEntries(mails.map((m) => [m.to, m]));
    expect(Object.keys(byRecipient).sort()).toEqual(
      [w.maHead.email, w.beHead.email, w.coordinator.email].sort(),
    );
    expect(mails).toHaveLength(3);
    const ar = byRecipient[w.maHead.email]!;
    const en = byRecipient[w.beHead.email]!;
    const fr = byRecipient[w.coordinator.email]!;
    expect(ar.text).toMatch(ARABIC);
    expect(ar.text).not.toMatch(/binôme|The pairing/);
    expect(en.text).toContain("please answer on behalf of AI Lab Brussels");
    expect(en.text).not.toMatch(ARABIC);
    expect(en.text).not.toContain("binôme");
    expect(fr.text).toContain("Labo IA Rabat a répondu « Accepté »");
    expect(fr.text).not.toMatch(ARABIC);
    expect(fr.text).not.toContain("The pairing");
    expect(en.text).toContain(`https://p.example/pairings/${pairingId}`);
    expect(en.text).toContain("https://p.example/settings/notifications");
    // Nothing left to send, and a second run sends nothing twice.
    expect(await flush()).toBe(0);
  });

  it("spread over time: one e-mail per event that concerns each, never for one's own act", async () => {
    await clearMail();
    await runPipeline(async () => {
      await flush();
    });
    const mails = await mailsTo(...everyone());
    const count = (who: { email: string }) => mails.filter((m) => m.to === who.email).length;
    // Asked to answer, told of the other side's answer, then the 5 steps.
    expect(count(w.maHead)).toBe(7);
    expect(count(w.beHead)).toBe(7);
    // The coordinator moved it: told only of the two answers.
    expect(count(w.coordinator)).toBe(2);
    // Ordinary members and visitors of the labs are not e-mailed at all.
    expect([w.beMember, w.beVisitor, w.maPeer, w.admin].map(count)).toEqual([0, 0, 0, 0]);
  });

  it("honours each person's choice: a daily digest, or no e-mail", async () => {
    await clearMail();
    await ctx.db
      .update(users)
      .set({ emailPreferences: { pairing: "daily" } })
      .where(eq(users.id, w.beHead.userId));
    await ctx.db
      .update(users)
      .set({ emailPreferences: { pairing: "off" } })
      .where(eq(users.id, w.maHead.userId));
    await runPipeline();
    await flush();
    expect(await mailsTo(w.maHead, w.beHead)).toHaveLength(0);
    // Amina's are done with (off); Lotte's wait for the next daily boundary, then go as one.
    const nextMorning = new Date(lastDailyBoundary(new Date()).getTime() + 86_400_000 + 60_000);
    await deliverNotificationEmails(ctx.db, { now: nextMorning, linkOrigin: "https://p.example" });
    const digest = await mailsTo(w.maHead, w.beHead);
    expect(digest.map((m) => m.to)).toEqual([w.beHead.email]);
    expect(digest[0]!.subject).toBe("Passerelle — your daily summary");
    expect(digest[0]!.text.match(/^• /gm)).toHaveLength(7);
  });

  it("does not e-mail what was already read by opening its page", async () => {
    await clearMail();
    await ctx.db.update(users).set({ emailPreferences: {} });
    const pairingId = await runPipeline();
    await markSubjectRead(ctx.db, w.beHead.userId, `/pairings/${pairingId}`);
    await flush();
    expect((await mailsTo(w.beHead, w.maHead)).map((m) => m.to)).toEqual([w.maHead.email]);
    const unread = await ctx.db
      .select({ readAt: notifications.readAt, emailStatus: notifications.emailStatus })
      .from(notifications)
      .where(eq(notifications.link, `/pairings/${pairingId}`));
    expect(unread.filter((n) => n.readAt !== null).every((n) => n.emailStatus === "skipped")).toBe(
      true,
    );
  });
});
