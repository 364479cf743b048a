import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildPlanWorld } from "~/.server/events/planning/test-world";
import { sessionCookieFor } from "../accounts";
import { rawRequest } from "./raw-request";
import { NO_RATE_LIMITS, startTestApp, type TestApp } from "./test-app";

// An event's participants page sends its list at once and its suggested meetings when the
// engines have ranked them, in the same response: a browser that runs scripts swaps them in; any
// other reader gets the whole page in one piece, suggestions in place (entry.server.tsx).

let app: TestApp;
let cookie = "";

beforeAll(async () => {
  app = await startTestApp({ limits: NO_RATE_LIMITS });
  const world = await buildPlanWorld(app.ctx.db);
  cookie = await sessionCookieFor(app.ctx.db, world.people[0]!.userId);
}, 180_000);
afterAll(async () => {
  await app?.close();
});

const participantsPage = (cookies: string) =>
  rawRequest(app.url, { path: "/events/mc-test/participants", headers: { cookie: cookies } });
const at = (body: string, testId: string) => body.indexOf(`data-testid="${testId}"`);

describe("the participants page and its suggested meetings", () => {
  test("a browser that runs scripts gets the list with a loading note, the suggestions after it", async () => {
    const { status, body } = await participantsPage(`${cookie}; scripts=on`);
    expect(status).toBe(200);
    expect(at(body, "suggestions-loading")).toBeGreaterThan(0);
    expect(at(body, "participant")).toBeGreaterThan(at(body, "suggestions-loading"));
    // This registrant wrote no need: the invitation to write one is what arrives later.
    expect(at(body, "need-missing")).toBeGreaterThan(at(body, "participant"));
  });

  test("a reader whose scripts never ran gets the suggestions in place, no loading note", async () => {
    const { status, body } = await participantsPage(cookie);
    expect(status).toBe(200);
    expect(at(body, "suggestions-loading")).toBe(-1);
    expect(at(body, "need-missing")).toBeGreaterThan(0);
    expect(at(body, "need-missing")).toBeLessThan(at(body, "participant"));
  });
});
