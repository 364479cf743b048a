import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMentorshipWorld } from "~/.server/mentorship/test-world";
import { callRoute } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { action as newAction, loader as newLoader } from "../mentorship.new/route";
import { loader as profileLoader } from "../people.$slug/route";
import { action, loader } from "./route";

type Route = Parameters<typeof callRoute>[0];
// The route modules' argument types name Remix's AppLoadContext; callRoute passes a plain object.
const detail = { loader, action } as unknown as Route;
const create = { loader: newLoader, action: newAction } as unknown as Route;
const profile = { loader: profileLoader } as unknown as Route;

let ctx: TestContext;
let w: Awaited<ReturnType<typeof buildMentorshipWorld>>;
let requestUrl = "";
let requestId = "";

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildMentorshipWorld(ctx.db);
});
afterAll(() => ctx.cleanup());

const MESSAGE = "Bonjour, je cherche un mentor pour mon mémoire sur la détection de maladies.";

describe("the mentorship pages", () => {
  it("shows the mentor's card to a student and keeps input on a validation error", async () => {
    const url = `/mentorship/new?mentor=${w.mentor.slug}`;
    const page = await callRoute(create, { url, cookie: w.student.cookie });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ mentor: { name: "Amina Mentor", availability: "open" } });
    expect(JSON.stringify(page.body)).not.toContain(w.mentor.email);
    const bad = await callRoute(create, {
      method: "POST",
      url,
      cookie: w.student.cookie,
      form: { goal: "", message: "trop court" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      result: {
        initialValue: { message: "trop court" },
        error: {
          goal: [{ key: "mentorship.error.goalRequired" }],
          message: [{ key: "mentorship.error.messageTooShort" }],
        },
      },
    });
    expect((await callRoute(create, { url, cookie: w.mentor2.cookie })).status).toBe(403);
    const unknown = await callRoute(create, {
      url: "/mentorship/new?mentor=nobody",
      cookie: w.student.cookie,
    });
    expect(unknown.status).toBe(404);
  });

  it("sends a request and redirects to its page; a second one is refused on the form", async () => {
    const url = `/mentorship/new?mentor=${w.mentor.slug}`;
    const form = { goal: "thesis", message: MESSAGE };
    const sent = await callRoute(create, { method: "POST", url, cookie: w.student.cookie, form });
    expect(sent.status).toBe(302);
    requestUrl = sent.location!;
    requestId = requestUrl.split("/").pop()!;
    const again = await callRoute(create, { method: "POST", url, cookie: w.student.cookie, form });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      result: { error: { "": [{ key: "mentorship.error.already_open" }] } },
    });
    const page = await callRoute(create, { url, cookie: w.student.cookie });
    expect(page.body).toMatchObject({ mentor: { openRequestId: requestId } });
  });

  it("hides the request from a third person and the contact details until acceptance", async () => {
    const params = { id: requestId };
    const outsider = await callRoute(detail, {
      url: requestUrl,
      params,
      cookie: w.outsider.cookie,
    });
    expect(outsider.status).toBe(404);
    const outsiderAct = await callRoute(detail, {
      method: "POST",
      url: requestUrl,
      params,
      cookie: w.outsider.cookie,
      form: { intent: "accept" },
    });
    expect(outsiderAct.status).toBe(404);

    const before = await callRoute(detail, { url: requestUrl, params, cookie: w.student.cookie });
    expect(before.body).toMatchObject({ status: "pending", contact: null, moves: ["withdrawn"] });
    expect(JSON.stringify(before.body)).not.toContain(w.mentor.email);
    const profileBefore = await callRoute(profile, {
      url: `/people/${w.mentor.slug}`,
      params: { slug: w.mentor.slug },
      cookie: w.student.cookie,
    });
    expect(JSON.stringify(profileBefore.body)).not.toContain(w.mentor.email);
    expect(profileBefore.body).toMatchObject({
      mentorship: { contact: null, canAsk: false, openRequestId: requestId },
    });

    // The student cannot accept their own request; a decline needs its reason.
    const wrong = await callRoute(detail, {
      method: "POST",
      url: requestUrl,
      params,
      cookie: w.student.cookie,
      form: { intent: "accept" },
    });
    expect(wrong.status).toBe(403);
    const noReason = await callRoute(detail, {
      method: "POST",
      url: requestUrl,
      params,
      cookie: w.mentor.cookie,
      form: { intent: "decline", reason: "" },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({
      result: { error: { reason: [{ key: "form.required" }] } },
    });

    const accepted = await callRoute(detail, {
      method: "POST",
      url: requestUrl,
      params,
      cookie: w.mentor.cookie,
      form: { intent: "accept" },
    });
    expect(accepted.body).toMatchObject({ done: "mentorship.done.accept" });
    const asStudent = await callRoute(detail, {
      url: requestUrl,
      params,
      cookie: w.student.cookie,
    });
    expect(asStudent.body).toMatchObject({
      status: "accepted",
      contact: { email: w.mentor.email },
    });
    const asMentor = await callRoute(detail, { url: requestUrl, params, cookie: w.mentor.cookie });
    expect(asMentor.body).toMatchObject({ contact: { email: w.student.email } });
    const profileAfter = await callRoute(profile, {
      url: `/people/${w.student.slug}`,
      params: { slug: w.student.slug },
      cookie: w.mentor.cookie,
    });
    expect(profileAfter.body).toMatchObject({
      mentorship: { contact: { email: w.student.email } },
    });
    const staff = await callRoute(detail, {
      url: requestUrl,
      params,
      cookie: w.coordinator.cookie,
    });
    expect(staff.body).toMatchObject({ party: null, moves: [], contact: null });
  });
});
