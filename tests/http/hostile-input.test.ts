import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiToken } from "~/.server/auth/api-tokens.server";
import { createOrganization } from "~/.server/organizations.server";
import { createAccount, type TestAccount } from "../accounts";
import { logLines } from "../setup/fail-on-console-error";
import { rawRequest } from "./raw-request";
import { rowCounts } from "./row-counts";
import { NO_RATE_LIMITS, startTestApp, type TestApp } from "./test-app";

/**
 * The six causes of the 42 responses 500 of issue #14, as they reached the app, each answered
 * now with a 4xx (JSON under /api/, the localized error page elsewhere) and nothing written.
 */
let app: TestApp;
let student: TestAccount;
let expert: TestAccount;
let coordinator: TestAccount;
let token: string;
let orgSlug: string;

beforeAll(async () => {
  app = await startTestApp({ limits: NO_RATE_LIMITS });
  [student, expert, coordinator] = await Promise.all([
    createAccount(app.ctx.db, { kind: "student" }),
    createAccount(app.ctx.db, { kind: "expert" }),
    createAccount(app.ctx.db, { roles: ["coordinator"], visibility: "hidden" }),
  ]);
  token = (await createApiToken(app.ctx.db, coordinator.userId, "fuzz")).token;
  orgSlug = (
    await app.ctx.db.transaction((tx) =>
      createOrganization(tx, {
        name: "Labo Hostile",
        kind: "lab",
        country: "MA",
        city: "Rabat",
        website: null,
      }),
    )
  ).slug;
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** Sends a request and checks it was refused before anything was written. */
async function refused(request: Parameters<typeof rawRequest>[1]) {
  const before = await rowCounts(app.ctx.db);
  const response = await rawRequest(app.url, request);
  expect(response.status, `${request.method ?? "GET"} ${request.path}`).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(await rowCounts(app.ctx.db)).toEqual(before);
  return response;
}

function expectErrorPage(response: { headers: Record<string, unknown>; body: string }) {
  expect(response.headers["content-type"]).toContain("text/html");
  expect(response.body).toContain('class="error-page"');
  const id = response.headers["x-request-id"] as string;
  expect(response.body).toContain(`Référence : ${id}`);
}

describe("1. a NUL byte never reaches PostgreSQL", () => {
  test.each(["/people/a%00b", "/orgs/a%00b"])("GET %s: 400 error page", async (path) => {
    expectErrorPage(await refused({ path }));
  });

  test("GET /mentorship/new?mentor=%00 as a student", async () => {
    expectErrorPage(
      await refused({ path: "/mentorship/new?mentor=%00", headers: { cookie: student.cookie } }),
    );
  });

  test.each([
    ["signup name", "/signup", undefined, { fullName: "a\u0000b", email: "n@x.example" }],
    ["profile bio", "/settings/profile", "expert", { intent: "save-profile", bio: "a\u0000b" }],
    [
      "skill label",
      "/settings/profile",
      "expert",
      { "skills[0].label": "ml\u0000", "skills[0].level": "3" },
    ],
    ["offer details", "/settings/profile", "expert", { "offers.mentoring.details": "\u0000" }],
    [
      "API token name",
      "/settings/api-tokens",
      "coordinator",
      { intent: "create", name: "t\u0000" },
    ],
  ] as const)("%s (form field)", async (_label, path, who, fields) => {
    const cookie =
      who === "expert" ? expert.cookie : who === "coordinator" ? coordinator.cookie : "";
    const response = await refused({
      method: "POST",
      path,
      headers: { ...FORM, cookie },
      body: form(fields),
    });
    expect(response.status).toBe(400);
    expectErrorPage(response);
  });

  test("POST /api/v1/match/labs with orgId a\\u0000b, sent as text/plain: JSON 400", async () => {
    const response = await refused({
      method: "POST",
      path: "/api/v1/match/labs",
      headers: { "content-type": "text/plain", authorization: `Bearer ${token}` },
      body: JSON.stringify({ orgId: `${orgSlug}\u0000`, purpose: "joint_research" }),
    });
    expect(response.status).toBe(400);
    expect(response.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(response.body)).toMatchObject({ error: expect.stringContaining("control") });
  });
});

describe("2. redirectTo values that are not valid header values, or lead off-site", () => {
  test.each([
    ["/%0A/x", "/"],
    ["/%E3%80%82/", "/%E3%80%82/"],
    ["/%09/evil.example/phish", "/"],
    ["/\\evil.example", "/"],
    ["//evil.example", "/"],
  ])("login with redirectTo=%s goes to %s", async (redirectTo, location) => {
    const response = await rawRequest(app.url, {
      method: "POST",
      path: "/login",
      headers: FORM,
      body: form({ email: student.email, password: student.password, redirectTo }),
    });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(location);
  });

  test("the locale switch keeps a visitor on this site", async () => {
    const response = await rawRequest(app.url, {
      method: "POST",
      path: "/locale",
      headers: FORM,
      body: form({ locale: "en", redirectTo: "/\\evil.example" }),
    });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe("/");
  });
});

describe("3. a JSON or boundary-less multipart body sent to a form action", () => {
  test("JSON to /login: 415 error page", async () => {
    const response = await refused({
      method: "POST",
      path: "/login",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: student.email, password: "x" }),
    });
    expect(response.status).toBe(415);
    expectErrorPage(response);
  });

  test("an empty text/plain body to /forgot-password: 415 error page (found by the fuzz suite)", async () => {
    const response = await refused({
      method: "POST",
      path: "/forgot-password",
      headers: { "content-type": "text/plain" },
      body: "",
    });
    expect(response.status).toBe(415);
    expectErrorPage(response);
  });

  test("multipart without a boundary to /signup: 400", async () => {
    const response = await refused({
      method: "POST",
      path: "/signup",
      headers: { "content-type": "multipart/form-data" },
      body: "fullName=x",
    });
    expect(response.status).toBe(400);
  });
});

test("4. a truncated multipart upload to /coordinator/import: 400, nobody imported", async () => {
  const boundary = "----passerelle";
  const line = JSON.stringify({ externalId: "x-1", fullName: "Tronqué", kind: "expert" });
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.jsonl"\r\nContent-Type: application/octet-stream\r\n\r\n${line}\n${line}`;
  const response = await refused({
    method: "POST",
    path: "/coordinator/import",
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      cookie: coordinator.cookie,
    },
    body,
  });
  expect(response.status).toBe(400);
  expectErrorPage(response);
});

describe("5. out-of-range numbers and dates (refused by the shared field schemas)", () => {
  test("POST /inbox id=99999999999999999999: 400", async () => {
    await refused({
      method: "POST",
      path: "/inbox",
      headers: { ...FORM, cookie: student.cookie },
      body: form({ intent: "open", id: "99999999999999999999" }),
    });
  });
});

test("6. TRACE /api/v1/search: 405 in JSON, with Allow", async () => {
  const response = await refused({ method: "TRACE", path: "/api/v1/search" });
  expect(response.status).toBe(405);
  expect(response.headers.allow).toBe("GET, HEAD, POST");
  expect(JSON.parse(response.body)).toEqual({
    error: expect.any(String),
    requestId: response.headers["x-request-id"],
  });
});

test("a client's mistake is one log line, with the request id and reason, and no stack", async () => {
  const response = await rawRequest(app.url, { path: "/people/%zz" });
  const id = response.headers["x-request-id"];
  const lines = logLines.filter((line) => line.requestId === id);
  expect(lines).toEqual([
    expect.objectContaining({ level: "warn", status: 400, reason: "badEncoding", msg: "request" }),
  ]);
  expect(JSON.stringify(lines)).not.toContain("stack");
});
