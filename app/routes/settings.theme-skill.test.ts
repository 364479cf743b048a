import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { invalidateCorpusStats } from "~/.server/matching";
import { addOwnPublication } from "~/.server/people-publications.server";
import { memberships, organizations, personSkills } from "../../db/schema";
import { callRoute, createAccount, type TestAccount } from "../../tests/accounts";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import { loader as orgLoader } from "./orgs.$slug/route";
import { loader as profileLoader } from "./people.$slug/route";
import { loader as editorLoader } from "./settings.profile/route";
import { action } from "./settings.theme-skill";

let ctx: TestContext;
let me: TestAccount;

beforeAll(async () => {
  ctx = await createTestContext();
  me = await createAccount(ctx.db, { kind: "researcher", fullName: "Salma Benali" });
  const paper = (title: string, year: number) =>
    addOwnPublication(ctx.db, me.userId, { title, year, venue: null, doi: null, abstract: "" });
  await paper("Speech recognition for Moroccan Darija call centres", 2024);
  await paper("Machine translation of Darija tweets with speech recognition transcripts", 2023);
  const [lab] = await ctx.db
    .insert(organizations)
    .values({ slug: "lab-speech", name: "Lab Speech", kind: "lab", country: "MA", city: "Rabat" })
    .returning({ id: organizations.id });
  await ctx.db.insert(memberships).values({ personId: me.personId, organizationId: lab!.id });
  invalidateCorpusStats(ctx.db);
});
afterAll(async () => {
  await ctx.cleanup();
});

type Theme = { skillId: string; papers: number; declared?: boolean };
const themesIn = (body: unknown) => (body as { themes: Theme[] }).themes;

describe("themes of one's publications", () => {
  test("the profile shows them, apart from the declared skills", async () => {
    const page = await callRoute({ loader: profileLoader } as never, {
      url: `/people/${me.slug}`,
      params: { slug: me.slug },
    });
    expect(themesIn(page.body)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ skillId: "speech-recognition", papers: 2 }),
        expect.objectContaining({ skillId: "machine-translation", papers: 1 }),
      ]),
    );
  });

  test("the lab page aggregates its members' themes", async () => {
    const page = await callRoute({ loader: orgLoader } as never, {
      url: "/orgs/lab-speech",
      params: { slug: "lab-speech" },
    });
    const { themes } = page.body as { themes: { themes: Theme[]; papers: number } };
    expect(themes.papers).toBe(2);
    expect(themes.themes.map((t) => t.skillId)).toContain("speech-recognition");
  });

  test("the editor offers each as a skill, added in one click at level 3", async () => {
    const editor = await callRoute({ loader: editorLoader } as never, {
      url: "/settings/profile",
      cookie: me.cookie,
    });
    expect(themesIn(editor.body)).toContainEqual(
      expect.objectContaining({ skillId: "speech-recognition", declared: false }),
    );
    const added = await callRoute({ action } as never, {
      method: "POST",
      url: "/settings/theme-skill",
      cookie: me.cookie,
      form: { skillId: "speech-recognition" },
    });
    expect(added.status).toBe(302);
    expect(added.headers.get("location")).toContain("themeAdded=speech-recognition");
    const [skill] = await ctx.db
      .select({ level: personSkills.level })
      .from(personSkills)
      .where(
        and(eq(personSkills.personId, me.personId), eq(personSkills.skillId, "speech-recognition")),
      );
    expect(skill?.level).toBe(3);
    const after = await callRoute({ loader: editorLoader } as never, {
      url: "/settings/profile",
      cookie: me.cookie,
    });
    expect(themesIn(after.body)).toContainEqual(
      expect.objectContaining({ skillId: "speech-recognition", declared: true }),
    );
  });

  test("a forged concept is refused with a 400; anonymous visitors are sent to log in", async () => {
    const forged = await callRoute({ action } as never, {
      method: "POST",
      url: "/settings/theme-skill",
      cookie: me.cookie,
      form: { skillId: "not-a-concept" },
    });
    expect(forged.status).toBe(400);
    const junk = await callRoute({ action } as never, {
      method: "POST",
      url: "/settings/theme-skill",
      cookie: me.cookie,
      form: { skillId: "<script>" },
    });
    expect(junk.status).toBe(400);
    const anonymous = await callRoute({ action } as never, {
      method: "POST",
      url: "/settings/theme-skill",
      form: { skillId: "speech-recognition" },
    });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toContain("/login");
  });
});
