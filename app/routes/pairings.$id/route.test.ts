import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPairingWorld, type PairingWorld } from "~/.server/pairings/test-world";
import { callRoute, sessionCookieFor } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { action as partnersAction } from "../orgs.$slug_.partners/route";
import { action, loader } from "./route";

let ctx: TestContext;
let w: PairingWorld;
const cookies: Record<string, string> = {};

type Route = Parameters<typeof callRoute>[0];
// The route modules' argument types name Remix's AppLoadContext; callRoute passes a plain object.
const pairingRoute = { loader, action } as unknown as Route;
const partnersRoute = { action: partnersAction } as unknown as Route;

function call(
  route: Route,
  who: keyof typeof cookies,
  url: string,
  params: Record<string, string>,
  form?: Record<string, string>,
) {
  return callRoute(route, {
    method: form ? "POST" : "GET",
    url,
    cookie: cookies[who],
    params,
    form,
  });
}

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildPairingWorld(ctx.db);
  for (const name of ["coordinator", "maHead", "beHead", "outsider"] as const) {
    cookies[name] = await sessionCookieFor(ctx.db, w[name].userId);
  }
});
afterAll(() => ctx.cleanup());

describe("proposing from the partners page, then answering and moving on the pairing page", () => {
  let pairingPath = "";

  it("shows conflict warnings first, then proposes and redirects", async () => {
    const form = {
      partnerId: w.orgs.labBe,
      purpose: "joint_research",
      note: "Projet commun",
      dueAt: "",
    };
    const params = { slug: "lab-ma" };
    const warned = await call(partnersRoute, "coordinator", "/orgs/lab-ma/partners", params, form);
    expect(warned).toMatchObject({
      status: 409,
      body: { partnerId: w.orgs.labBe, warnings: [{ code: "coauthors" }] },
    });
    const bad = await call(partnersRoute, "coordinator", "/orgs/lab-ma/partners", params, {
      ...form,
      dueAt: "31/12/2026",
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { result: { error: { dueAt: [{ key: "form.invalidFormat" }] } } },
    });
    const done = await call(partnersRoute, "coordinator", "/orgs/lab-ma/partners", params, {
      ...form,
      acknowledge: "on",
    });
    expect(done.status).toBe(302);
    pairingPath = done.location!;
    expect(pairingPath).toMatch(/^\/pairings\/[0-9a-f-]{36}$/);
    const refused = await call(partnersRoute, "maHead", "/orgs/lab-ma/partners", params, form);
    expect(refused.status).toBe(403);
  });

  it("lets each side answer, hides the pairing from others, and keeps mistakes on the form", async () => {
    const id = pairingPath.split("/").pop()!;
    const params = { id };
    expect((await call(pairingRoute, "outsider", pairingPath, params)).status).toBe(404);
    expect(
      (
        await call(pairingRoute, "outsider", pairingPath, params, {
          intent: "decide",
          side: "a",
          decision: "accepted",
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(pairingRoute, "beHead", pairingPath, params, {
          intent: "decide",
          side: "a",
          decision: "accepted",
        })
      ).status,
    ).toBe(403);
    for (const [who, side] of [
      ["maHead", "a"],
      ["beHead", "b"],
    ] as const) {
      const answered = await call(pairingRoute, who, pairingPath, params, {
        intent: "decide",
        side,
        decision: "accepted",
      });
      expect(answered).toMatchObject({ status: 200, body: { done: "pairings.done.decided" } });
    }
    const skipped = await call(pairingRoute, "coordinator", pairingPath, params, {
      intent: "move",
      to: "agreed",
    });
    expect(skipped).toMatchObject({
      status: 409,
      body: { result: { error: { "": [{ key: "pairings.error.invalid_transition" }] } } },
    });
    const noReason = await call(pairingRoute, "coordinator", pairingPath, params, {
      intent: "move",
      to: "abandoned",
    });
    expect(noReason).toMatchObject({
      status: 400,
      body: { result: { error: { reason: [{ key: "pairings.error.reason_required" }] } } },
    });
    // A day the database cannot store (year 0) is a localized form error, not a 500.
    const yearZero = await call(pairingRoute, "coordinator", pairingPath, params, {
      intent: "move",
      to: "contacted",
      dueAt: "0000-01-01",
    });
    expect(yearZero).toMatchObject({
      status: 400,
      body: {
        result: {
          error: {
            dueAt: [
              { key: "form.dayOutOfRange", params: { min: "2000-01-01", max: "2099-12-31" } },
            ],
          },
        },
      },
    });
    const moved = await call(pairingRoute, "coordinator", pairingPath, params, {
      intent: "move",
      to: "contacted",
      dueAt: "2026-12-01",
    });
    expect(moved).toMatchObject({ status: 200, body: { done: "pairings.done.moved" } });
    const page = await call(pairingRoute, "maHead", pairingPath, params);
    expect(page.body).toMatchObject({
      status: "contacted",
      dueAt: new Date("2026-12-01T00:00:00.000Z"),
      mySides: ["a"],
      allowedTransitions: [],
    });
    expect(
      (await call(pairingRoute, "coordinator", "/pairings/not-a-uuid", { id: "not-a-uuid" }))
        .status,
    ).toBe(404);
  });
});
