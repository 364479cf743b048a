import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { searchDirectory } from "~/.server/directory-search.server";
import { action as profileAction } from "~/routes/settings.profile/route";
import { DirectoryQuerySchema } from "~/utils/directory-query-schema";
import {
  emailOutbox,
  memberships,
  organizationRequests,
  organizations,
  people,
} from "../../../db/schema";
import { drainOutboxOnce } from "../../../search/outbox-worker";
import { callRoute, createAccount, type TestAccount } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { action, loader } from "./route";

let ctx: TestContext;
let coordinator: TestAccount;
let student: TestAccount;
let pending: TestAccount;
const route = { loader, action };
const drain = async () => {
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
};
const directoryNames = async (q: string) =>
  (await searchDirectory(DirectoryQuerySchema.parse({ q }), "fr")).hits.map((h) => h.name);

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, student, pending] = await Promise.all([
    createAccount(ctx.db, { roles: ["coordinator"], visibility: "hidden" }),
    createAccount(ctx.db, { kind: "student" }),
    createAccount(ctx.db, {
      kind: "researcher",
      verification: "pending",
      fullName: "Yasmine Attente",
    }),
  ]);
  await drain();
});
afterAll(async () => {
  await ctx.cleanup();
});

describe("profile verification", () => {
  test("a pending profile is listed for coordinators and absent from the directory", async () => {
    const page = await callRoute(route, {
      url: "/coordinator/verification",
      cookie: coordinator.cookie,
    });
    expect((page.body as { profiles: { id: string }[] }).profiles.map((p) => p.id)).toContain(
      pending.personId,
    );
    expect(await directoryNames("Yasmine")).not.toContain("Yasmine Attente");
  });

  test("a student cannot verify anyone, even by posting the id (403, nothing changes)", async () => {
    const result = await callRoute(route, {
      method: "POST",
      url: "/coordinator/verification",
      cookie: student.cookie,
      form: { intent: "review", personId: pending.personId, decision: "verified" },
    });
    expect(result.status).toBe(403);
    const [row] = await ctx.db.select().from(people).where(eq(people.id, pending.personId));
    expect(row?.verification).toBe("pending");
  });

  test("a coordinator verifies: the person is e-mailed and appears in search", async () => {
    const result = await callRoute(route, {
      method: "POST",
      url: "/coordinator/verification",
      cookie: coordinator.cookie,
      form: { intent: "review", personId: pending.personId, decision: "verified" },
    });
    expect(result).toMatchObject({
      status: 200,
      body: { message: "verify.done.verified", ok: true },
    });
    const [mail] = await ctx.db.select().from(emailOutbox).where(eq(emailOutbox.to, pending.email));
    expect(mail?.subject).toMatch(/vérifié/);
    expect(mail?.text).toContain(`/people/${pending.slug}`);
    await drain();
    expect(await directoryNames("Yasmine")).toContain("Yasmine Attente");
    const again = await callRoute(route, {
      method: "POST",
      url: "/coordinator/verification",
      cookie: coordinator.cookie,
      form: { intent: "review", personId: pending.personId, decision: "rejected" },
    });
    expect(again.status).toBe(404);
  });

  test("a coordinator approves an organization request: the organization exists and the person belongs", async () => {
    await callRoute(
      { action: profileAction },
      {
        method: "POST",
        url: "/settings/profile",
        cookie: student.cookie,
        form: {
          intent: "save-profile",
          country: "MA",
          city: "Fès",
          organizationId: "new",
          organizationRole: "Étudiante en master",
          "newOrganization.name": "École des Données de Fès",
          "newOrganization.kind": "university",
          "newOrganization.country": "MA",
          "newOrganization.city": "Fès",
          mentoringStatus: "paused",
          mentoringCapacity: "0",
          visibility: "public",
        },
      },
    );
    const [request] = await ctx.db
      .select()
      .from(organizationRequests)
      .where(eq(organizationRequests.personId, student.personId));
    expect(request?.status).toBe("pending");
    const result = await callRoute(route, {
      method: "POST",
      url: "/coordinator/verification",
      cookie: coordinator.cookie,
      form: { intent: "resolve-request", requestId: request!.id, decision: "approved" },
    });
    expect(result.body).toMatchObject({ ok: true });
    const [org] = await ctx.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, "École des Données de Fès"));
    expect(org?.slug).toBe("ecole-des-donnees-de-fes");
    const [member] = await ctx.db
      .select()
      .from(memberships)
      .where(eq(memberships.personId, student.personId));
    expect(member).toMatchObject({
      organizationId: org!.id,
      role: "Étudiante en master",
      isPrimary: true,
    });
  });

  test("a rejected profile goes back to pending once its owner saves it", async () => {
    const other = await createAccount(ctx.db, { kind: "expert", verification: "pending" });
    await callRoute(route, {
      method: "POST",
      url: "/coordinator/verification",
      cookie: coordinator.cookie,
      form: { intent: "review", personId: other.personId, decision: "rejected" },
    });
    const status = async () =>
      (await ctx.db.select().from(people).where(eq(people.id, other.personId)))[0]?.verification;
    expect(await status()).toBe("rejected");
    await callRoute(
      { action: profileAction },
      {
        method: "POST",
        url: "/settings/profile",
        cookie: other.cookie,
        form: {
          intent: "save-profile",
          country: "MA",
          city: "Rabat",
          mentoringStatus: "paused",
          mentoringCapacity: "0",
          visibility: "public",
        },
      },
    );
    expect(await status()).toBe("pending");
  });
});
