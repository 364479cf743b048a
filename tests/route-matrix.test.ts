import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createOrganization } from "~/.server/organizations.server";
import { drainOutboxOnce } from "../search/outbox-worker";
import { callRoute, createAccount, type RouteOutcome, sessionCookieFor } from "./accounts";
import { routeFiles } from "./route-files";
import { createTestContext, type TestContext } from "./setup/test-context";

/**
 * Who may reach what: every route file in app/routes × six kinds of visitor. A route added without
 * an entry here fails this test, so authorization is decided for each new page.
 */
type Role = "anonymous" | "student" | "expert" | "researcher" | "coordinator" | "admin";
type Outcome =
  | "ok"
  | "login"
  | "forbidden"
  | "notFound"
  | "redirect"
  | "invalid"
  | "unauthorized"
  | "notAllowed";
type Expectation = Outcome | ({ default: Outcome } & Partial<Record<Role, Outcome>>);
type Entry = {
  url: (f: Fixtures) => string;
  params?: (f: Fixtures) => Record<string, string>;
  get: Expectation;
  /** Required when the route exports an action: the outcome of an empty POST. */
  post?: Expectation;
};
type Fixtures = { expertSlug: string; orgSlug: string };

const MISSING_ID = "00000000-0000-4000-8000-000000000000";
const ROLES: Role[] = ["anonymous", "student", "expert", "researcher", "coordinator", "admin"];
const members = (then: Outcome): Expectation => ({ default: then, anonymous: "login" });
const staff = (then: Outcome): Expectation => ({
  default: "forbidden",
  anonymous: "login",
  coordinator: then,
  admin: then,
});
const admins = (then: Outcome): Expectation => ({
  default: "forbidden",
  anonymous: "login",
  admin: then,
});
const guests = (then: Outcome): Expectation => ({ default: "redirect", anonymous: then });

const MATRIX: Record<string, Entry> = {
  $: {
    url: () => "/no/such/page",
    params: () => ({ "*": "no/such/page" }),
    get: "notFound",
    post: "notFound",
  },
  _index: { url: () => "/", get: "ok" },
  "admin.roles": { url: () => "/admin/roles", get: admins("ok"), post: admins("invalid") },
  // JSON API: a bearer token is required; a session cookie is not enough (401 with no token).
  "api.v1.match.experts": {
    url: () => "/api/v1/match/experts",
    get: "notAllowed",
    post: "unauthorized",
  },
  "api.v1.match.labs": { url: () => "/api/v1/match/labs", get: "notAllowed", post: "unauthorized" },
  // With a session, only one's own person id: every role asks for a missing id here.
  "api.v1.people.$id.mentor-suggestions": {
    url: () => `/api/v1/people/${MISSING_ID}/mentor-suggestions`,
    params: () => ({ id: MISSING_ID }),
    get: { default: "forbidden", anonymous: "unauthorized" },
  },
  "api.v1.search": { url: () => "/api/v1/search?q=data", get: "ok" },
  "api.v1.skills": { url: () => "/api/v1/skills?q=machine", get: "ok" },
  "coordinator._index": { url: () => "/coordinator", get: staff("ok") },
  "coordinator.export.$file": {
    url: () => "/coordinator/export/status.csv",
    params: () => ({ file: "status.csv" }),
    get: staff("ok"),
  },
  "coordinator.deliveries": {
    url: () => "/coordinator/deliveries",
    get: staff("ok"),
    post: staff("invalid"),
  },
  "coordinator.verification": {
    url: () => "/coordinator/verification",
    get: staff("ok"),
    post: staff("invalid"),
  },
  "coordinator.import": {
    url: () => "/coordinator/import",
    get: staff("ok"),
    post: staff("invalid"),
  },
  "coordinator.import_.format": { url: () => "/coordinator/import/format", get: staff("ok") },
  "coordinator.import_.example[.]jsonl": {
    url: () => "/coordinator/import/example.jsonl",
    get: staff("ok"),
  },
  "coordinator.export.directory[.]csv": {
    url: () => "/coordinator/export/directory.csv?q=vision",
    get: staff("ok"),
  },
  "dev.mail": { url: () => "/dev/mail", get: "ok" },
  // Only coordinators and the event's organisers; an unknown event is a 404 for everyone, and an
  // empty form fails validation before the event is looked up.
  "events.$slug_.plan": {
    url: () => "/events/no-such-event/plan",
    params: () => ({ slug: "no-such-event" }),
    get: members("notFound"),
    post: members("invalid"),
  },
  experts: { url: () => "/experts", get: "ok" },
  // A folded facet's options, counted when a reader opens it: public like the directory.
  "experts_.facets": { url: () => "/experts/facets?facet=city", get: "ok" },
  // One language's messages for the browser.
  "i18n.$file": { url: () => "/i18n/fr.js", params: () => ({ file: "fr.js" }), get: "ok" },
  inbox: { url: () => "/inbox", get: members("ok"), post: members("invalid") },
  "forgot-password": { url: () => "/forgot-password", get: "ok", post: "invalid" },
  healthz: { url: () => "/healthz", get: "ok" },
  locale: { url: () => "/locale", get: "redirect", post: "redirect" },
  login: { url: () => "/login", get: guests("ok"), post: "invalid" },
  logout: { url: () => "/logout", get: "redirect", post: "redirect" },
  // "Describe your need": every member (a researcher looking for a co-author, too).
  match: { url: () => "/match", get: members("ok"), post: members("invalid") },
  // Suggestions are computed from a student profile: staff and mentors get a 403 page.
  mentors: {
    url: () => "/mentors",
    get: { default: "forbidden", anonymous: "login", student: "ok" },
  },
  // Events: drafts and unknown slugs are the same 404; creating is for coordinators.
  "events._index": { url: () => "/events", get: "ok" },
  "events.new": { url: () => "/events/new", get: staff("ok"), post: staff("invalid") },
  "events.$slug": {
    url: () => "/events/no-such-event",
    params: () => ({ slug: "no-such-event" }),
    get: "notFound",
    post: members("notFound"),
  },
  "events.$slug_.edit": {
    url: () => "/events/no-such-event/edit",
    params: () => ({ slug: "no-such-event" }),
    get: members("notFound"),
    post: members("notFound"),
  },
  "events.$slug_.participants": {
    url: () => "/events/no-such-event/participants",
    params: () => ({ slug: "no-such-event" }),
    get: members("notFound"),
    post: members("notFound"),
  },
  "events.$slug_.meetings": {
    url: () => "/events/no-such-event/meetings",
    params: () => ({ slug: "no-such-event" }),
    get: members("notFound"),
    post: members("notFound"),
  },
  "mentorship._index": { url: () => "/mentorship", get: members("ok") },
  // Only students ask for mentoring; an empty form is refused before anything is written.
  "mentorship.new": {
    url: (f) => `/mentorship/new?mentor=${f.expertSlug}`,
    get: { default: "forbidden", anonymous: "login", student: "ok" },
    post: { default: "forbidden", anonymous: "login", student: "invalid" },
  },
  // Only the two parties and staff see a request; anyone else (and a missing id) gets 404.
  "mentorship.$id": {
    url: () => `/mentorship/${MISSING_ID}`,
    params: () => ({ id: MISSING_ID }),
    get: members("notFound"),
    post: members("notFound"),
  },
  // Events: a participant's own agenda, organisers' check-in and dashboard; an unknown event is
  // not found for everyone, and so is an unknown feed token (no session needed for the feed).
  "events.$slug_.agenda": {
    url: () => "/events/no-such-event/agenda",
    params: () => ({ slug: "no-such-event" }),
    get: members("notFound"),
    post: members("notFound"),
  },
  "events.$slug_.agenda[.]ics": {
    url: () => "/events/no-such-event/agenda.ics",
    params: () => ({ slug: "no-such-event" }),
    get: members("notFound"),
  },
  "events.feed.$token": {
    url: () => "/events/feed/abcdefghijklmnopqrstuvwxyz234567",
    params: () => ({ token: "abcdefghijklmnopqrstuvwxyz234567" }),
    get: "notFound",
  },
  "events.$slug_.check-in": {
    url: () => "/events/no-such-event/check-in",
    params: () => ({ slug: "no-such-event" }),
    get: members("notFound"),
    post: members("notFound"),
  },
  "events.$slug_.check-in_.$registrationId": {
    url: () => `/events/no-such-event/check-in/${MISSING_ID}`,
    params: () => ({ slug: "no-such-event", registrationId: MISSING_ID }),
    get: members("notFound"),
    post: members("notFound"),
  },
  "events.$slug_.dashboard": {
    url: () => "/events/no-such-event/dashboard",
    params: () => ({ slug: "no-such-event" }),
    get: members("notFound"),
    post: members("notFound"),
  },
  "orgs.$slug": {
    url: (f) => `/orgs/${f.orgSlug}`,
    params: (f) => ({ slug: f.orgSlug }),
    get: "ok",
  },
  "orgs._index": { url: () => "/orgs", get: "ok" },
  // Anyone signed in reads who represents it; an empty POST fails validation before any check.
  "orgs.$slug_.representatives": {
    url: (f) => `/orgs/${f.orgSlug}/representatives`,
    params: (f) => ({ slug: f.orgSlug }),
    get: members("ok"),
    post: members("invalid"),
  },
  "orgs.$slug_.partners": {
    url: (f) => `/orgs/${f.orgSlug}/partners`,
    params: (f) => ({ slug: f.orgSlug }),
    get: staff("ok"),
    post: staff("invalid"),
  },
  "pairings._index": { url: () => "/pairings", get: members("ok") },
  // Only the parties and coordinators: a pairing without a convention is a 404 for everyone.
  "pairings.$id_.convention[.]pdf": {
    url: () => `/pairings/${MISSING_ID}/convention.pdf`,
    params: () => ({ id: MISSING_ID }),
    get: members("notFound"),
  },
  "pairings.new": { url: () => "/pairings/new", get: staff("ok"), post: staff("invalid") },
  "pairings.$id": {
    url: () => `/pairings/${MISSING_ID}`,
    params: () => ({ id: MISSING_ID }),
    get: members("notFound"),
    // an empty form fails validation before the pairing is looked up
    post: members("invalid"),
  },
  "people.$slug": {
    url: (f) => `/people/${f.expertSlug}`,
    params: (f) => ({ slug: f.expertSlug }),
    get: "ok",
  },
  "reset-password.$token": {
    url: () => "/reset-password/abc",
    params: () => ({ token: "abc" }),
    get: "ok",
    post: "invalid",
  },
  "settings.data": { url: () => "/settings/data", get: members("ok"), post: members("invalid") },
  "settings.notifications": {
    url: () => "/settings/notifications",
    get: members("ok"),
    post: members("invalid"),
  },
  "settings.data.export": { url: () => "/settings/data/export", get: members("ok") },
  "settings.api-tokens": {
    url: () => "/settings/api-tokens",
    get: staff("ok"),
    post: staff("invalid"),
  },
  "settings.profile": {
    url: () => "/settings/profile",
    get: members("ok"),
    post: members("invalid"),
  },
  "settings.publications-import": {
    url: () => "/settings/publications-import",
    get: members("ok"),
    post: members("invalid"),
  },
  // Only the editor's "add this theme" buttons post here; nothing to show.
  "settings.theme-skill": {
    url: () => "/settings/theme-skill",
    get: "notFound",
    post: members("invalid"),
  },
  signup: { url: () => "/signup", get: guests("ok"), post: "invalid" },
  // The error page of refused requests (server/rejection-handler.ts); visited directly, a 404.
  rejected: { url: () => "/rejected", get: "notFound" },
};

function classify(outcome: RouteOutcome): Outcome {
  if (outcome.status === 401) return "unauthorized";
  if (outcome.status === 403) return "forbidden";
  if (outcome.status === 405) return "notAllowed";
  if (outcome.status === 404) return "notFound";
  if (outcome.status >= 300 && outcome.status < 400) {
    return outcome.location?.startsWith("/login") ? "login" : "redirect";
  }
  if (outcome.status === 400) return "invalid";
  if (outcome.status >= 200 && outcome.status < 300) return "ok";
  return `status ${outcome.status}` as Outcome;
}

const expected = (e: Expectation, role: Role): Outcome =>
  typeof e === "string" ? e : (e[role] ?? e.default);

let ctx: TestContext;
let fixtures: Fixtures;
const accounts: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  const [student, expert, researcher, coordinator, admin] = await Promise.all([
    createAccount(ctx.db, { kind: "student" }),
    createAccount(ctx.db, { kind: "expert" }),
    createAccount(ctx.db, { kind: "researcher" }),
    createAccount(ctx.db, { roles: ["coordinator"], visibility: "hidden" }),
    createAccount(ctx.db, { roles: ["admin"], visibility: "hidden" }),
  ]);
  Object.assign(accounts, {
    student: student.userId,
    expert: expert.userId,
    researcher: researcher.userId,
    coordinator: coordinator.userId,
    admin: admin.userId,
  });
  const org = await ctx.db.transaction((tx) =>
    createOrganization(tx, {
      name: "Laboratoire Matrice",
      kind: "lab",
      country: "MA",
      city: "Rabat",
      website: null,
    }),
  );
  fixtures = { expertSlug: expert.slug, orgSlug: org.slug };
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
});
afterAll(async () => {
  await ctx.cleanup();
});

describe("role × route matrix", () => {
  const files = routeFiles();

  test("every route file has an entry, and every entry a route file", () => {
    const ids = files.map((f) => f.id).sort();
    expect(
      ids.filter((id) => !(id in MATRIX)),
      "routes without an entry in MATRIX",
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((id) => !ids.includes(id)),
      "entries without a route",
    ).toEqual([]);
  });

  for (const { id, file } of files) {
    test(`${id}: loader and action answer each role as decided`, async () => {
      const entry = MATRIX[id];
      if (!entry) return; // reported by the test above
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      if (typeof mod.action === "function")
        expect(entry.post, `${id} has an action: add "post"`).toBeDefined();
      const url = entry.url(fixtures);
      const params = entry.params?.(fixtures) ?? {};
      const actual: Record<string, Outcome> = {};
      const wanted: Record<string, Outcome> = {};
      for (const role of ROLES) {
        // A fresh session per role and route: /logout ends the one it is given.
        const userId = accounts[role];
        const cookie = userId ? await sessionCookieFor(ctx.db, userId) : undefined;
        if (typeof mod.loader === "function") {
          actual[`GET ${role}`] = classify(await callRoute(mod as never, { url, params, cookie }));
          wanted[`GET ${role}`] = expected(entry.get, role);
        }
        if (typeof mod.action === "function" && entry.post) {
          actual[`POST ${role}`] = classify(
            await callRoute(mod as never, { method: "POST", url, params, cookie }),
          );
          wanted[`POST ${role}`] = expected(entry.post, role);
        }
      }
      expect(actual).toEqual(wanted);
    });
  }
});
