import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listMentorshipRequests } from "~/.server/mentorship";
import { people, users } from "../../db/schema";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import { seedDemoNetwork } from "./seed";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoNetwork(ctx.db);
}, 120_000);
afterAll(() => ctx.cleanup());

const actorFor = async (email: string) => {
  const [row] = await ctx.db
    .select({ userId: users.id, personId: people.id })
    .from(users)
    .innerJoin(people, eq(people.userId, users.id))
    .where(eq(users.email, email));
  return { userId: row!.userId, personId: row!.personId, roles: [] };
};

it("seeds a request from the demo student waiting for the demo researcher", async () => {
  const researcher = await listMentorshipRequests(
    ctx.db,
    await actorFor("chercheur@passerelle.example"),
  );
  expect(researcher.waiting).toBe(1);
  expect(researcher.received.map((r) => r.status).sort()).toEqual(["accepted", "pending"]);
  expect(researcher.capacity).toMatchObject({ used: 1, total: 2, open: true });
  const student = await listMentorshipRequests(
    ctx.db,
    await actorFor("etudiant@passerelle.example"),
  );
  expect(student.sent.map((r) => [r.status, r.waitingForMe])).toEqual([["pending", false]]);
  const expert = await listMentorshipRequests(ctx.db, await actorFor("expert@passerelle.example"));
  expect(expert.received.map((r) => r.status).sort()).toEqual(["declined", "expired"]);
  expect(expert.capacity).toMatchObject({ used: 0, total: 2 });
});

it("is removed with the network on a reset", async () => {
  await seedDemoNetwork(ctx.db, { reset: true });
  const researcher = await listMentorshipRequests(
    ctx.db,
    await actorFor("chercheur@passerelle.example"),
  );
  expect(researcher.received).toHaveLength(2);
}, 120_000);
