import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { MentorBreakdownItem } from "~/utils/matching-breakdown";
import { users } from "../../../db/schema";
import { callRoute, createAccount, sessionCookieFor } from "../../../tests/accounts";
import { makeExpert } from "../../../tests/factories";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { loader } from "./route";

let ctx: TestContext;
const cookies: Record<string, string> = {};

/** A student account owning a profile built to order (the account helper fixes the skills). */
async function studentAccount(key: string, overrides: Parameters<typeof makeExpert>[1]) {
  const [user] = await ctx.db
    .insert(users)
    .values({ email: `${key}@test.example`, passwordHash: "unused: sessions are made directly" })
    .returning({ id: users.id });
  await makeExpert(ctx.db, { userId: user!.id, kind: "student", fullName: key, ...overrides });
  cookies[key] = await sessionCookieFor(ctx.db, user!.id);
}

beforeAll(async () => {
  ctx = await createTestContext();
  await studentAccount("salma", {
    visibility: "members",
    city: "Laâyoune",
    mentoringStatus: "paused",
    mentoringCapacity: 0,
    skills: [
      { skillId: "computer-vision", level: 3 },
      { skillId: "deep-learning", level: 2 },
      { skillId: "python", level: 3 },
    ],
    sectors: ["agriculture"],
    languages: [
      { language: "ar", level: "native" },
      { language: "fr", level: "fluent" },
    ],
    offers: [{ direction: "need", kind: "thesis_cosupervision" }],
  });
  await studentAccount("yassine", { skills: [{ skillId: "computer-vision", level: 2 }] });
  const topic = { skills: [{ skillId: "computer-vision", level: 5 }], sectors: ["agriculture"] };
  const mentor = (fullName: string, o: Parameters<typeof makeExpert>[1]) =>
    makeExpert(ctx.db, { fullName, ...o });
  await mentor("Amina Mentor", {
    kind: "researcher",
    skills: [
      { skillId: "computer-vision", level: 5 },
      { skillId: "deep-learning", level: 4 },
    ],
    sectors: ["agriculture"],
    offers: [{ direction: "offer", kind: "thesis_cosupervision" }],
  });
  await mentor("Bart Related", {
    country: "BE",
    city: "Bruxelles",
    skills: [{ skillId: "image-processing", level: 5 }],
    sectors: ["agriculture"],
  });
  await mentor("Dirk Dutch", {
    ...topic,
    country: "BE",
    city: "Gand",
    languages: [{ language: "nl", level: "native" }],
  });
  await mentor("Paula Paused", { ...topic, mentoringStatus: "paused" });
  // Pending: kept out of the suggestions, so the expected lists stay exact.
  cookies.expert = (
    await createAccount(ctx.db, { kind: "expert", verification: "pending" })
  ).cookie;
  cookies.coordinator = (
    await createAccount(ctx.db, { roles: ["coordinator"], visibility: "hidden" })
  ).cookie;
});
afterAll(async () => {
  await ctx.cleanup();
});

type Page = {
  suggestions: { name: string; slug: string; breakdown: MentorBreakdownItem[] }[];
  nearMisses: { name: string; reasons: string[] }[];
  skillCount: number;
  minSkills: number;
};
const view = async (who: string | null, query = "") => {
  const outcome = await callRoute({ loader } as never, {
    url: `/mentors${query}`,
    cookie: who ? cookies[who] : undefined,
  });
  return { ...outcome, page: outcome.body as Page };
};
const names = (page: Page) => page.suggestions.map((s) => s.name);

describe("/mentors", () => {
  test("a student sees the right mentor first, explained criterion by criterion", async () => {
    const { status, page } = await view("salma");
    expect(status).toBe(200);
    expect(names(page)).toEqual(["Amina Mentor", "Bart Related"]);
    const amina = Object.fromEntries(page.suggestions[0]!.breakdown.map((i) => [i.criterion, i]));
    expect(amina.shared_skills).toMatchObject({
      details: {
        skills: expect.arrayContaining([
          expect.objectContaining({
            skill: expect.objectContaining({ id: "computer-vision" }),
            mentorLevel: 5,
            studentLevel: 3,
          }),
        ]),
      },
    });
    expect(amina.offer).toMatchObject({ details: { kinds: ["thesis_cosupervision"] } });
    expect(amina.sectors).toBeDefined();
    expect(amina.languages).toBeDefined();
    const bart = page.suggestions[1]!.breakdown.find((i) => i.criterion === "related_skills");
    expect(bart).toMatchObject({
      details: {
        pairs: [
          { studentSkill: { id: "computer-vision" }, mentorSkill: { id: "image-processing" } },
        ],
      },
    });
    const place = page.suggestions[1]!.breakdown.find((i) => i.criterion === "place");
    expect(place).toMatchObject({ details: { relation: "cross_country" } });
    expect(Object.fromEntries(page.nearMisses.map((m) => [m.name, m.reasons]))).toEqual({
      "Dirk Dutch": ["no_shared_language"],
      "Paula Paused": ["mentoring_paused"],
    });
    expect(page.skillCount).toBeGreaterThanOrEqual(page.minSkills);
  });

  test("filters from the URL: offer, country, in person only; a bad value is ignored", async () => {
    expect(names((await view("salma", "?offer=thesis_cosupervision")).page)).toEqual([
      "Amina Mentor",
    ]);
    const belgium = (await view("salma", "?country=BE")).page;
    expect(names(belgium)).toEqual(["Bart Related"]);
    expect(belgium.nearMisses.map((m) => m.name)).toEqual(["Dirk Dutch"]);
    expect(names((await view("salma", "?remote=no")).page)).toEqual(["Amina Mentor"]);
    const edited = await view("salma", "?offer=everything&country=FR&remote=maybe");
    expect(edited.status).toBe(200);
    expect(names(edited.page)).toEqual(["Amina Mentor", "Bart Related"]);
  });

  test("a profile with too few skills is told so", async () => {
    const { page } = await view("yassine");
    expect(page.skillCount).toBe(1);
    expect(page.skillCount).toBeLessThan(page.minSkills);
  });

  test("experts and staff get a 403; an anonymous visitor is sent to log in", async () => {
    expect((await view("expert")).status).toBe(403);
    expect((await view("coordinator")).status).toBe(403);
    const anonymous = await view(null, "?country=BE");
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe(
      `/login?redirectTo=${encodeURIComponent("/mentors?country=BE")}`,
    );
  });
});
