import { readFileSync } from "node:fs";
import path from "node:path";
import { asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { pairingsByStatus } from "~/.server/dashboard/pairing-stats.server";
import { dataDirectory } from "~/.server/data-directory.server";
import { checkConventionFile, checkTransition, conventionDirectory } from "~/.server/pairings";
import { PAIRING_STATUSES } from "~/vocabulary/pairings";
import {
  organizations,
  pairingConventions,
  pairingEvents,
  pairingSides,
  pairings,
} from "../../db/schema";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import { seedDemoNetwork } from "./seed";

// The PDFs go to this test file's throwaway DATA_DIR (tests/setup/throwaway-data-dir.ts).
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoNetwork(ctx.db);
}, 120_000);
afterAll(async () => {
  await ctx.cleanup();
});

it("puts pairings at every stage of the pipeline on the coordinator dashboard", async () => {
  const counts = await pairingsByStatus(ctx.db);
  expect(counts.map((c) => c.status)).toEqual([...PAIRING_STATUSES]);
  for (const c of counts) expect(c.count, c.status).toBeGreaterThan(0);
});

it("pairs people with people, and Moroccan labs with Belgian labs", async () => {
  const sides = await ctx.db
    .select({
      pairingId: pairingSides.pairingId,
      side: pairingSides.side,
      personId: pairingSides.personId,
      kind: organizations.kind,
      country: organizations.country,
    })
    .from(pairingSides)
    .leftJoin(organizations, eq(organizations.id, pairingSides.organizationId))
    .orderBy(asc(pairingSides.pairingId), asc(pairingSides.side));
  const byPairing = new Map<string, string[]>();
  for (const s of sides) {
    const shape = s.personId ? "person" : `${s.kind}-${s.country}`;
    byPairing.set(s.pairingId, [...(byPairing.get(s.pairingId) ?? []), shape]);
  }
  const shapes = [...byPairing.values()].map((pair) => pair.join(" + "));
  expect(shapes).toContain("person + person");
  expect(shapes).toContain("lab-MA + lab-BE");
  expect(shapes.every((s) => s === "person + person" || s === "lab-MA + lab-BE")).toBe(true);
});

it("gives each pairing the history its moves would have written", async () => {
  const rows = await ctx.db.select().from(pairings);
  for (const pairing of rows) {
    const events = await ctx.db
      .select()
      .from(pairingEvents)
      .where(eq(pairingEvents.pairingId, pairing.id))
      .orderBy(asc(pairingEvents.createdAt));
    const sides = await ctx.db
      .select()
      .from(pairingSides)
      .where(eq(pairingSides.pairingId, pairing.id));
    expect(events[0]).toMatchObject({ kind: "proposed", toStatus: "proposed" });
    // Replaying the history through the workflow's rules ends at the pairing's status.
    let status = "proposed" as (typeof PAIRING_STATUSES)[number];
    const decisions = { a: "pending", b: "pending" } as Record<
      string,
      "pending" | "accepted" | "declined"
    >;
    let convention = false;
    for (const e of events.slice(1)) {
      if (e.kind === "side_decided") {
        expect(["proposed", "contacted"]).toContain(status);
        expect(e.onBehalf && e.note.length > 0).toBe(true);
        decisions[e.side!] = e.decision!;
      }
      if (e.kind === "status_changed") {
        if (e.toStatus === "convention_signed") convention = true;
        const check = checkTransition({
          from: status,
          to: e.toStatus!,
          reason: e.note,
          decisions: Object.values(decisions),
          conventionRecorded: convention,
        });
        expect(check, `${pairing.id} ${status}→${e.toStatus}`).toEqual({ ok: true });
        status = e.toStatus!;
      }
    }
    expect(status).toBe(pairing.status);
    expect(sides.map((s) => s.decision).sort()).toEqual(Object.values(decisions).sort());
    expect(pairing.abandonReason !== null).toBe(pairing.status === "abandoned");
  }
});

it("has due dates soon and one overdue, on open pairings only", async () => {
  const now = Date.now();
  const rows = await ctx.db.select().from(pairings);
  const days = rows
    .filter((p) => p.dueAt)
    .map((p) => Math.round((p.dueAt!.getTime() - now) / 86_400_000));
  expect(days.filter((d) => d < 0)).toHaveLength(1);
  expect(days.some((d) => d >= 0 && d <= 7)).toBe(true);
  for (const p of rows.filter((r) => r.status === "completed" || r.status === "abandoned")) {
    expect(p.dueAt).toBeNull();
  }
});

it("records every signed convention with a PDF under $DATA_DIR/conventions", async () => {
  const signed = await ctx.db
    .select({ id: pairings.id })
    .from(pairings)
    .where(inArray(pairings.status, ["convention_signed", "active", "completed"]));
  const conventions = await ctx.db.select().from(pairingConventions);
  expect(conventions.map((c) => c.pairingId).sort()).toEqual(signed.map((s) => s.id).sort());
  for (const c of conventions) {
    const bytes = readFileSync(path.join(conventionDirectory(dataDirectory()), c.fileKey));
    expect(bytes.length).toBe(c.fileSize);
    expect(() => checkConventionFile({ name: c.fileName, bytes })).not.toThrow();
    expect(bytes.toString("latin1")).toMatch(/%%EOF\n$/);
  }
});

it("is replaced, not duplicated, on a reset", async () => {
  const before = await ctx.db.select({ id: pairings.id }).from(pairings);
  await seedDemoNetwork(ctx.db, { reset: true });
  const after = await ctx.db.select({ id: pairings.id }).from(pairings);
  expect(after.map((p) => p.id).sort()).toEqual(before.map((p) => p.id).sort());
});
