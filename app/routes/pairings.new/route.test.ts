import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPairingWorld, type PairingWorld } from "~/.server/pairings/test-world";
import { notifications, pairingSides } from "../../../db/schema";
import { callRoute, sessionCookieFor } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { action, loader } from "./route";

type Route = Parameters<typeof callRoute>[0];
const route = { loader, action } as unknown as Route;

let ctx: TestContext;
let w: PairingWorld;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildPairingWorld(ctx.db);
  for (const name of ["coordinator", "maHead", "outsider"] as const) {
    cookies[name] = await sessionCookieFor(ctx.db, w[name].userId);
  }
});
afterAll(() => ctx.cleanup());

const get = (who: string, url: string) => callRoute(route, { url, cookie: cookies[who] });
const post = (who: string, form: Record<string, string>) =>
  callRoute(route, { method: "POST", url: "/pairings/new", cookie: cookies[who], form });

type Page = {
  candidates: { a: { id: string; name: string }[]; b: { id: string; name: string }[] };
};

describe("proposing a pairing from /pairings/new", () => {
  it("searches people and organizations by name, accents and case ignored", async () => {
    const people = await get(
      "coordinator",
      "/pairings/new?kind=person_person&qa=amina&qb=PERSONNE EXTERIEURE",
    );
    const body = people.body as Page;
    expect(body.candidates.a.map((c) => c.name)).toEqual(["Amina Rabat"]);
    expect(body.candidates.b.map((c) => c.name)).toEqual(["Personne Extérieure"]);
    const labs = await get(
      "coordinator",
      `/pairings/new?kind=person_lab&qa=x&qb=brussels&sideA=${w.student.personId}`,
    );
    expect((labs.body as Page).candidates.a.map((c) => c.name)).toEqual(["Salma Étudiante"]);
    expect((labs.body as Page).candidates.b.map((c) => c.id)).toEqual([w.orgs.labBe]);
    // Hidden profiles (the coordinator's own) are not offered; LIKE wildcards are literal.
    const hidden = await get("coordinator", "/pairings/new?qa=Coordination&qb=%25");
    expect((hidden.body as Page).candidates).toEqual({ a: [], b: [] });
  });

  it("refuses non-coordinators", async () => {
    expect((await get("maHead", "/pairings/new")).status).toBe(403);
    const refused = await post("outsider", {
      kind: "person_person",
      sideA: w.maPeer.personId!,
      sideB: w.outsider.personId!,
      purpose: "mentoring",
    });
    expect(refused.status).toBe(403);
  });

  it("keeps input and localizes errors next to the fields", async () => {
    const bad = await post("coordinator", {
      kind: "person_person",
      sideA: w.maPeer.personId!,
      purpose: "nonsense",
      note: "Une note",
      dueAt: "31/12/2026",
    });
    expect(bad).toMatchObject({
      status: 400,
      body: {
        result: {
          initialValue: { sideA: w.maPeer.personId, note: "Une note" },
          error: {
            sideB: [{ key: "form.required" }],
            purpose: [{ key: "form.invalidChoice" }],
            dueAt: [{ key: "form.invalidFormat" }],
          },
        },
      },
    });
    const same = await post("coordinator", {
      kind: "person_person",
      sideA: w.maPeer.personId!,
      sideB: w.maPeer.personId!,
      purpose: "mentoring",
    });
    expect(same.body).toMatchObject({
      result: { error: { sideB: [{ key: "pairings.error.same_party" }] } },
    });
    // A person id where an organization is expected: a form error, not a 500.
    const wrongType = await post("coordinator", {
      kind: "lab_lab",
      sideA: w.maPeer.personId!,
      sideB: w.orgs.labBe,
      purpose: "joint_research",
    });
    expect(wrongType).toMatchObject({
      status: 400,
      body: { result: { error: { "": [{ key: "pairings.error.unknown_party" }] } } },
    });
  });

  it("warns about conflicts first, then proposes person–person and person–lab pairings", async () => {
    const form = {
      kind: "person_person",
      sideA: w.maHead.personId!,
      sideB: w.beHead.personId!,
      purpose: "thesis_cosupervision",
      note: "Co-encadrement",
    };
    const warned = await post("coordinator", form);
    expect(warned).toMatchObject({ status: 409, body: { warnings: [{ code: "coauthors" }] } });
    const done = await post("coordinator", { ...form, acknowledge: "on" });
    expect(done.status).toBe(302);
    const pairingId = done.location!.split("/").pop()!;
    const sides = await ctx.db
      .select()
      .from(pairingSides)
      .where(eq(pairingSides.pairingId, pairingId));
    expect(sides.map((s) => s.personId).sort()).toEqual(
      [w.maHead.personId, w.beHead.personId].sort(),
    );
    const told = await ctx.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(eq(notifications.link, done.location!));
    expect(told.map((n) => n.userId).sort()).toEqual([w.maHead.userId, w.beHead.userId].sort());

    const personLab = await post("coordinator", {
      kind: "person_lab",
      sideA: w.student.personId!,
      sideB: w.orgs.labBe,
      purpose: "internship",
    });
    expect(personLab.status).toBe(302);
  });
});
