import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiToken } from "~/.server/auth/api-tokens.server";
import { invalidateCorpusStats } from "~/.server/matching";
import { createPerson } from "~/.server/people.server";
import { organizations } from "../../db/schema";
import { drainOutboxOnce } from "../../search/outbox-worker";
import { createAccount, type TestAccount } from "../../tests/accounts";
import { makeExpert } from "../../tests/factories";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import * as experts from "./api.v1.match.experts";
import * as labs from "./api.v1.match.labs";
import * as mentors from "./api.v1.people.$id.mentor-suggestions";

let ctx: TestContext;
let token: string;
let studentToken: string;
let student: TestAccount;
let other: TestAccount;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  const [coordinator, studentAccount, otherAccount] = await Promise.all([
    createAccount(ctx.db, { roles: ["coordinator"], visibility: "hidden" }),
    createAccount(ctx.db, { kind: "student" }),
    createAccount(ctx.db, { kind: "student" }),
  ]);
  student = studentAccount;
  other = otherAccount;
  token = (await createApiToken(ctx.db, coordinator.userId, "tests")).token;
  studentToken = (await createApiToken(ctx.db, student.userId, "not staff")).token;
  const [lab, partner] = await ctx.db
    .insert(organizations)
    .values([
      { slug: "labo-vision", name: "Labo Vision", kind: "lab", country: "MA", city: "Rabat" },
      { slug: "vub-ai", name: "VUB AI Lab", kind: "lab", country: "BE", city: "Bruxelles" },
    ])
    .returning({ id: organizations.id });
  ids.lab = lab!.id;
  ids.amina = (
    await makeExpert(ctx.db, {
      fullName: "Amina Vision",
      externalId: "ext-amina",
      kind: "researcher",
      skills: [{ skillId: "computer-vision", level: 5 }],
      memberships: [{ organizationId: lab!.id, isPrimary: true }],
    })
  ).id;
  await createPerson(ctx.db, {
    kind: "researcher",
    fullName: "Bart Pixels",
    country: "BE",
    city: "Bruxelles",
    verification: "verified",
    visibility: "public",
    skills: [{ skillId: "image-processing", level: 5 }],
    languages: [{ language: "fr", level: "fluent" }],
    memberships: [{ organizationId: partner!.id, isPrimary: true }],
  });
  await makeExpert(ctx.db, {
    fullName: "Dries Cluster",
    skills: [{ skillId: "kubernetes", level: 5 }],
  });
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
  invalidateCorpusStats(ctx.db);
});
afterAll(async () => {
  await ctx.cleanup();
});

type Handler = (args: never) => unknown;
async function call(
  handler: Handler,
  init: { url: string; method?: string; auth?: string; cookie?: string; body?: string },
  params: Record<string, string> = {},
) {
  const headers = new Headers({ "Content-Type": "application/json" });
  if (init.auth) headers.set("Authorization", `Bearer ${init.auth}`);
  if (init.cookie) headers.set("Cookie", init.cookie);
  const request = new Request(new URL(init.url, "http://localhost"), {
    method: init.method ?? "POST",
    headers,
    body: init.body,
  });
  let response: unknown;
  try {
    response = await (handler as (a: unknown) => unknown)({ request, params, context: {} });
  } catch (thrown) {
    response = thrown;
  }
  expect(response).toBeInstanceOf(Response);
  const res = response as Response;
  expect(res.headers.get("Content-Type")).toContain("application/json");
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const postExperts = (body: string, auth: string | undefined = token) =>
  call(experts.action as Handler, { url: "/api/v1/match/experts", auth, body });

describe("POST /api/v1/match/experts", () => {
  test("ranks experts with their breakdowns", async () => {
    const { status, body } = await postExperts(
      JSON.stringify({ text: "vision par ordinateur pour détecter des maladies", limit: 5 }),
    );
    expect(status).toBe(200);
    const results = body.results as { name: string; breakdown: unknown[] }[];
    expect(results[0]).toMatchObject({
      personId: ids.amina,
      externalId: "ext-amina",
      name: "Amina Vision",
      slug: expect.any(String),
      score: expect.any(Number),
    });
    expect(results[0]!.breakdown.length).toBeGreaterThan(0);
    expect(results.map((r) => r.name)).not.toContain("Dries Cluster");
  });

  test("filters narrow the results", async () => {
    const { status, body } = await postExperts(
      JSON.stringify({ text: "computer vision", filters: { country: "BE" } }),
    );
    expect(status).toBe(200);
    expect((body.results as { name: string }[]).map((r) => r.name)).toEqual(["Bart Pixels"]);
  });

  test.each([
    ["not JSON", "{text:", "The request body must be JSON"],
    ["no text", JSON.stringify({ limit: 5 }), "text: text is required"],
    ["blank text", JSON.stringify({ text: "  " }), "text: text is required"],
    [
      "limit too high",
      JSON.stringify({ text: "x", limit: 101 }),
      "limit: limit must be 100 or less",
    ],
    [
      "a bad filter",
      JSON.stringify({ text: "x", filters: { country: "maroc" } }),
      "filters.country",
    ],
    ["an array", "[]", ""],
  ])("%s → 400 with a message", async (_, body, message) => {
    const res = await postExperts(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(message);
  });

  test("no token, a bad token → 401; a student's token → 403; GET → 405", async () => {
    const body = JSON.stringify({ text: "vision" });
    expect((await postExperts(body, "")).status).toBe(401);
    expect((await postExperts(body, `pas_${"b".repeat(52)}`)).status).toBe(401);
    expect((await postExperts(body, studentToken)).status).toBe(403);
    expect((await call(experts.loader as Handler, { url: "/api/v1/match/experts" })).status).toBe(
      405,
    );
  });
});

describe("GET /api/v1/people/:id/mentor-suggestions", () => {
  const get = (id: string, init: { auth?: string; cookie?: string; query?: string } = {}) =>
    call(
      mentors.loader as Handler,
      { url: `/api/v1/people/${id}/mentor-suggestions${init.query ?? ""}`, method: "GET", ...init },
      { id },
    );

  test("a coordinator's token may ask for any student", async () => {
    const { status, body } = await get(student.personId, { auth: token, query: "?limit=3" });
    expect(status).toBe(200);
    expect(body).toEqual({ suggestions: expect.any(Array), nearMisses: expect.any(Array) });
  });

  test("a student's session: their own id only", async () => {
    expect((await get(student.personId, { cookie: student.cookie })).status).toBe(200);
    expect((await get(other.personId, { cookie: student.cookie })).status).toBe(403);
  });

  test("401 anonymous or with a bad token; 400 for a bad limit; 404 for an unknown id", async () => {
    expect((await get(student.personId)).status).toBe(401);
    expect((await get(student.personId, { auth: "pas_nope" })).status).toBe(401);
    expect((await get(student.personId, { auth: studentToken })).status).toBe(403);
    const bad = await get(student.personId, { auth: token, query: "?limit=500" });
    expect(bad).toEqual({ status: 400, body: { error: "limit: limit must be 50 or less" } });
    expect((await get("not-a-uuid", { auth: token })).status).toBe(400);
    expect((await get("00000000-0000-4000-8000-000000000000", { auth: token })).status).toBe(404);
  });
});

describe("POST /api/v1/match/labs", () => {
  const postLabs = (body: string, auth: string | undefined = token) =>
    call(labs.action as Handler, { url: "/api/v1/match/labs", auth, body });

  test("partner labs for a lab, by id or slug, with breakdowns", async () => {
    for (const orgId of [ids.lab!, "labo-vision"]) {
      const { status, body } = await postLabs(
        JSON.stringify({ orgId, purpose: "joint_research", limit: 5 }),
      );
      expect(status).toBe(200);
      expect(body.source).toMatchObject({ id: ids.lab, slug: "labo-vision" });
      const results = body.results as { partner: { slug: string }; breakdown: unknown }[];
      expect(results[0]).toMatchObject({
        partner: { slug: "vub-ai" },
        score: expect.any(Number),
        explanation: expect.any(String),
        breakdown: expect.anything(),
      });
    }
  });

  test("400 for a bad body, 404 for an unknown lab, 401 without a token", async () => {
    expect((await postLabs(JSON.stringify({ orgId: "x", purpose: "holiday" }))).status).toBe(400);
    expect((await postLabs("nope")).status).toBe(400);
    const missing = await postLabs(JSON.stringify({ orgId: "no-such-lab", purpose: "mobility" }));
    expect(missing.status).toBe(404);
    expect((await postLabs(JSON.stringify({ orgId: "x", purpose: "mobility" }), "")).status).toBe(
      401,
    );
  });
});
