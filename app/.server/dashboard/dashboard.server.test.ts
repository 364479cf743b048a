import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  organizationSectors,
  type PairingStatus,
  people,
  personSectors,
  sectors,
} from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { decideSide, proposePairing, recordConvention, transitionPairing } from "../pairings";
import { buildPairingWorld, lab, type PairingWorld, person } from "../pairings/test-world";
import {
  bucketDelays,
  median,
  pairingsByCountryPair,
  pairingsBySector,
  pairingsByStatus,
  pairingsPerMonth,
  timeToConvention,
} from "./pairing-stats.server";
import { mentorLoad, pendingVerifications } from "./people-stats.server";

let ctx: TestContext;
let w: PairingWorld;
const day = (iso: string) => new Date(`${iso}T09:00:00Z`);

type Party = { type: "person" | "organization"; id: string };
async function propose(a: Party, b: Party, on: string) {
  const result = await proposePairing(
    ctx.db,
    w.coordinator,
    { sideA: a, sideB: b, purpose: "joint_research", acknowledgeConflicts: true },
    { now: day(on) },
  );
  if (result.status !== "proposed") throw new Error("not proposed");
  return result.pairingId;
}
async function moveTo(id: string, path: PairingStatus[], on: string) {
  for (const to of path)
    await transitionPairing(ctx.db, w.coordinator, { pairingId: id, to }, { now: day(on) });
}

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildPairingWorld(ctx.db);
  await ctx.db
    .insert(sectors)
    .values([
      { id: "t-health", labelFr: "Santé", labelEn: "Health", labelAr: "الصحة" },
      { id: "t-energy", labelFr: "Énergie", labelEn: "Energy", labelAr: "الطاقة" },
    ])
    .onConflictDoNothing();
  await ctx.db.insert(organizationSectors).values([
    { organizationId: w.orgs.labMa, sectorId: "t-health" },
    { organizationId: w.orgs.labBe, sectorId: "t-health" },
    { organizationId: w.orgs.labBe, sectorId: "t-energy" },
  ]);
  await ctx.db
    .insert(personSectors)
    .values({ personId: w.outsider.personId!, sectorId: "t-energy" });

  // MA–BE, signed 20 days after the proposal.
  const signed = await propose(lab(w.orgs.labMa), lab(w.orgs.labBe), "2026-01-10");
  await moveTo(signed, ["contacted"], "2026-01-12");
  for (const [actor, side] of [
    [w.maHead, "a"],
    [w.beHead, "b"],
  ] as const)
    await decideSide(ctx.db, actor, { pairingId: signed, side, decision: "accepted" });
  await moveTo(signed, ["agreed"], "2026-01-30");
  await recordConvention(
    ctx.db,
    w.coordinator,
    {
      pairingId: signed,
      signedOn: day("2026-01-29"),
      signatories: "A. Rabat, L. Brussel",
      file: { name: "c.pdf", bytes: new TextEncoder().encode("%PDF-1.7\n%%EOF") },
    },
    {
      dataDir: mkdtempSync(path.join(os.tmpdir(), "passerelle-dashboard-")),
      now: day("2026-01-30"),
    },
  );
  // MA–MA, still proposed; BE person – MA lab, contacted.
  await propose(lab(w.orgs.labMa), lab(w.orgs.labMa2), "2026-02-03");
  const other = await propose(person(w.outsider), lab(w.orgs.labMa2), "2026-03-15");
  await moveTo(other, ["contacted"], "2026-03-16");
});
afterAll(() => ctx.cleanup());

describe("dashboard aggregates", () => {
  it("count pairings by status, every status listed", async () => {
    const rows = await pairingsByStatus(ctx.db);
    expect(rows.map((r) => r.status)).toEqual([
      "proposed",
      "contacted",
      "agreed",
      "convention_signed",
      "active",
      "completed",
      "abandoned",
    ]);
    expect(Object.fromEntries(rows.map((r) => [r.status, r.count]))).toMatchObject({
      proposed: 1,
      contacted: 1,
      convention_signed: 1,
      agreed: 0,
    });
  });

  it("count a pairing once per sector of its parties", async () => {
    const rows = await pairingsBySector(ctx.db);
    expect(rows.map((r) => [r.sectorId, r.count])).toEqual([
      ["t-energy", 2],
      ["t-health", 2],
    ]);
    expect(rows[0]).toMatchObject({ labelAr: "الطاقة" });
  });

  it("count pairings by country pair, order-insensitive", async () => {
    expect(await pairingsByCountryPair(ctx.db)).toEqual([
      { pair: "BE–MA", count: 2 },
      { pair: "MA–MA", count: 1 },
    ]);
  });

  it("count proposals per month, empty months included", async () => {
    const rows = await pairingsPerMonth(ctx.db, 4, day("2026-04-02"));
    expect(rows).toEqual([
      { month: "2026-01", count: 1 },
      { month: "2026-02", count: 1 },
      { month: "2026-03", count: 1 },
      { month: "2026-04", count: 0 },
    ]);
  });

  it("measure the days from proposal to signed convention", async () => {
    expect(await timeToConvention(ctx.db)).toEqual({ days: [20], median: 20 });
    expect(median([1, 3, 10, 40])).toBe(6.5);
    expect(median([])).toBeNull();
    expect(bucketDelays([0, 7, 8, 200]).map((b) => b.count)).toEqual([2, 1, 0, 0, 1]);
  });

  it("sum mentors' capacity by status and count pending verifications", async () => {
    const before = await mentorLoad(ctx.db);
    await ctx.db
      .update(people)
      .set({ mentoringStatus: "open", mentoringCapacity: 3 })
      .where(eq(people.id, w.beHead.personId!));
    const after = await mentorLoad(ctx.db);
    expect(after.open).toBe(before.open + 1);
    expect(after.paused).toBe(before.paused - 1);
    expect(after.openCapacity).toBe(before.openCapacity + 3);
    expect(await pendingVerifications(ctx.db)).toBe(0);
  });
});
