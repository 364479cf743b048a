import { and, eq, isNull, ne } from "drizzle-orm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { logIn } from "~/.server/auth/accounts.server";
import { requestPasswordReset, resetPassword } from "~/.server/auth/password-reset.server";
import { emailOutbox, people, users } from "../../db/schema";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import { seedDemoNetwork } from "./seed";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoNetwork(ctx.db);
});
afterAll(async () => {
  await ctx.cleanup();
});

test("every demo mentor can be asked: each has an account at their profile's address", async () => {
  const withoutAccount = await ctx.db
    .select({ id: people.id })
    .from(people)
    .where(
      and(ne(people.kind, "student"), eq(people.mentoringStatus, "open"), isNull(people.userId)),
    );
  expect(withoutAccount).toEqual([]);
});

test("an unclaimed account takes no password until a reset link sets one", async () => {
  const [mentor] = await ctx.db
    .select({ email: users.email })
    .from(people)
    .innerJoin(users, eq(users.id, people.userId))
    .where(and(ne(people.kind, "student"), eq(users.passwordHash, "!unclaimed")))
    .limit(1);
  const email = mentor!.email;
  for (const password of ["", "!unclaimed", "passerelle-demo-2026"]) {
    expect((await logIn(ctx.db, { email, password }, "192.0.2.7")).ok).toBe(false);
  }

  await requestPasswordReset(ctx.db, {
    email,
    ip: "192.0.2.7",
    locale: "fr",
    origin: "http://localhost",
  });
  const [mail] = await ctx.db.select().from(emailOutbox).where(eq(emailOutbox.to, email));
  const token = /reset-password\/([\w-]+)/.exec(mail!.text)![1]!;
  expect(
    await resetPassword(ctx.db, { token, password: "un-nouveau-mot-de-passe" }),
  ).not.toBeNull();
  expect(
    (await logIn(ctx.db, { email, password: "un-nouveau-mot-de-passe" }, "192.0.2.8")).ok,
  ).toBe(true);
});
