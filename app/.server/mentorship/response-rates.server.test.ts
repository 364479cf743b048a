import { afterAll, beforeAll, expect, test } from "vitest";
import { mentorshipRequests } from "../../../db/schema";
import { makeExpert } from "../../../tests/factories";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { createPerson } from "../people.server";
import { mentorResponseRateBuckets } from "./responsiveness.server";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.cleanup();
});

const DAY = 86_400_000;

test("mentors are counted by the share of requests they answered over the last 180 days", async () => {
  const now = new Date("2026-11-20T10:00:00Z");
  const student = await createPerson(ctx.db, {
    kind: "student",
    fullName: "Étudiante Taux",
    country: "MA",
    city: "Fès",
  });
  const [always, half, never, waiting, longAgo] = await Promise.all(
    [1, 2, 3, 4, 5].map(() => makeExpert(ctx.db)),
  );
  const request = (
    mentorId: string,
    status: "declined" | "expired" | "pending",
    options: { answered?: boolean; daysAgo?: number } = {},
  ) => {
    const createdAt = new Date(now.getTime() - (options.daysAgo ?? 20) * DAY);
    return {
      studentId: student.id,
      mentorId,
      goal: "thesis" as const,
      message: "Bonjour, accepteriez-vous de m'accompagner ?",
      status,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 14 * DAY),
      respondedAt: options.answered ? new Date(createdAt.getTime() + 2 * DAY) : null,
      declineReason: status === "declined" ? "Mon agenda est complet ce semestre." : null,
    };
  };
  await ctx.db.insert(mentorshipRequests).values([
    ...[1, 2, 3].map(() => request(always!.id, "declined", { answered: true })),
    request(half!.id, "declined", { answered: true }),
    request(half!.id, "expired"),
    request(never!.id, "expired"),
    request(never!.id, "expired"),
    request(waiting!.id, "pending", { daysAgo: 2 }),
    // Outside the window: says nothing about this mentor today.
    request(longAgo!.id, "expired", { daysAgo: 200 }),
  ]);

  expect(await mentorResponseRateBuckets(ctx.db, { now })).toEqual({
    high: 1,
    medium: 1,
    low: 0,
    veryLow: 1,
    unsettled: 1,
  });
});
