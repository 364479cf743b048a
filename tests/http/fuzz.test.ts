import fc from "fast-check";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createApiToken } from "~/.server/auth/api-tokens.server";
import { createOrganization } from "~/.server/organizations.server";
import { drainOutboxOnce } from "../../search/outbox-worker";
import { createAccount, sessionCookieFor } from "../accounts";
import { routeAddress, routeFiles } from "../route-files";
import { hostileRequest } from "./hostile-requests";
import { rawRequest } from "./raw-request";
import { rowCounts } from "./row-counts";
import { NO_RATE_LIMITS, startTestApp, type TestApp } from "./test-app";

/**
 * Every route × every method × generated hostile input, through the real HTTP pipeline: no
 * answer is a 5xx, the API answers errors in JSON, and a refused request changes no row.
 * Bounded in time (FUZZ_SECONDS, default 30) and seeded (FUZZ_SEED), so a failure replays.
 */
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const MISSING_ID = "00000000-0000-4000-8000-000000000000";

let app: TestApp;
let addresses: string[];
const visitors: { role: string; headers: () => Promise<Record<string, string>> }[] = [];

beforeAll(async () => {
  app = await startTestApp({ limits: NO_RATE_LIMITS });
  const db = app.ctx.db;
  const [student, expert, coordinator, admin] = await Promise.all([
    createAccount(db, { kind: "student" }),
    createAccount(db, { kind: "expert" }),
    createAccount(db, { roles: ["coordinator"], visibility: "hidden" }),
    createAccount(db, { roles: ["admin"], visibility: "hidden" }),
  ]);
  const token = (await createApiToken(db, coordinator.userId, "fuzz")).token;
  const org = await db.transaction((tx) =>
    createOrganization(tx, {
      name: "Labo Fuzz",
      kind: "lab",
      country: "MA",
      city: "Fès",
      website: null,
    }),
  );
  while ((await drainOutboxOnce(db, app.ctx.search)).more) {}
  // A fresh session per request: /logout and account deletion may end the one they are given.
  const as = (userId: string) => async () => ({ cookie: await sessionCookieFor(db, userId) });
  visitors.push(
    { role: "anonymous", headers: async () => ({}) },
    { role: "student", headers: as(student.userId) },
    { role: "expert", headers: as(expert.userId) },
    {
      role: "coordinator",
      headers: async () => ({
        ...(await as(coordinator.userId)()),
        authorization: `Bearer ${token}`,
      }),
    },
    { role: "admin", headers: as(admin.userId) },
  );
  addresses = routeFiles().map(({ id }) =>
    routeAddress(id, (param, before) => {
      if (param === "slug") return before === "people" ? expert.slug : org.slug;
      if (param === "id") return before === "people" ? student.personId : MISSING_ID;
      if (param === "file") return "status.csv";
      return "abc";
    }),
  );
}, 120_000);
afterAll(async () => {
  await app?.close();
});

test("every route file has an address to fuzz", () => {
  expect(addresses.length).toBe(routeFiles().length);
  expect(addresses).toContain("/orgs/labo-fuzz/partners");
});

test(
  `hostile requests for ${SECONDS} s: no 5xx, JSON errors from the API, nothing written when refused`,
  async () => {
    const statuses = new Map<number, number>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        hostileRequest(addresses),
        fc.nat(visitors.length - 1),
        async (request, who) => {
          const visitor = visitors[who]!;
          const headers = { ...(await visitor.headers()), ...request.headers };
          // Only a request with a body can write (GET handlers read); counting costs ~10 ms.
          const before = request.body ? await rowCounts(app.ctx.db) : null;
          const response = await rawRequest(app.url, { ...request, headers });
          sent += 1;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const what = `${visitor.role}: ${request.describe} → ${response.status}`;
          expect(response.status, what).toBeLessThan(500);
          if (
            request.path.startsWith("/api/") &&
            response.status >= 400 &&
            request.method !== "HEAD"
          ) {
            expect(response.headers["content-type"], what).toContain("application/json");
            expect(JSON.parse(response.body), what).toHaveProperty("error");
          }
          if (before && response.status >= 400) {
            expect(await rowCounts(app.ctx.db), what).toEqual(before);
          }
        },
      ),
      {
        seed: SEED,
        numRuns: 100_000,
        interruptAfterTimeLimit: SECONDS * 1000,
        markInterruptAsFailure: false,
      },
    );
    console.log(`fuzz: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(sent).toBeGreaterThan(100);
  },
  (SECONDS + 120) * 1000,
);
