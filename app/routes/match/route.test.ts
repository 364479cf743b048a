import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { invalidateCorpusStats } from "~/.server/matching";
import type { ExpertBreakdownItem } from "~/utils/matching-breakdown";
import { publicationAuthors, publications } from "../../../db/schema";
import { enqueueIndexing } from "../../../search/outbox";
import { drainOutboxOnce } from "../../../search/outbox-worker";
import { callRoute, createAccount } from "../../../tests/accounts";
import { makeExpert } from "../../../tests/factories";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { EXAMPLE_NEED } from "./example-need";
import { action, loader } from "./route";

let ctx: TestContext;
const cookies: Record<string, string> = {};
const route = { loader, action } as never;

beforeAll(async () => {
  ctx = await createTestContext();
  const amina = await makeExpert(ctx.db, {
    fullName: "Amina Vision",
    kind: "researcher",
    skills: [
      { skillId: "computer-vision", level: 5 },
      { skillId: "precision-agriculture", level: 4 },
    ],
    sectors: ["agriculture"],
  });
  await ctx.db.transaction(async (tx) => {
    const [paper] = await tx
      .insert(publications)
      .values({
        title: "Détection des maladies de la tomate sur images de feuilles",
        abstract: "Un réseau convolutif reconnaît les maladies foliaires sur smartphone.",
        year: 2024,
      })
      .returning({ id: publications.id });
    await tx.insert(publicationAuthors).values({ publicationId: paper!.id, personId: amina.id });
    await enqueueIndexing(tx, "person", [amina.id]);
  });
  await makeExpert(ctx.db, {
    fullName: "Bart Pixels",
    country: "BE",
    city: "Gand",
    skills: [{ skillId: "image-processing", level: 5 }],
  });
  await makeExpert(ctx.db, {
    fullName: "Chaima Langues",
    skills: [{ skillId: "natural-language-processing", level: 5 }],
  });
  // Background: word rarity needs a few documents (a word in a fifth of them says nothing).
  for (const [fullName, skillId] of [
    ["Dries Cluster", "kubernetes"],
    ["Eva Chaîne", "blockchain"],
    ["Farid Réseaux", "network-security"],
  ] as const) {
    await makeExpert(ctx.db, { fullName, country: "BE", skills: [{ skillId, level: 4 }] });
  }
  const [coordinator, student] = await Promise.all([
    createAccount(ctx.db, { roles: ["coordinator"], visibility: "hidden" }),
    createAccount(ctx.db, { kind: "student", visibility: "hidden" }),
  ]);
  cookies.coordinator = coordinator.cookie;
  cookies.student = student.cookie;
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
  invalidateCorpusStats(ctx.db);
});
afterAll(async () => {
  await ctx.cleanup();
});

type Result = {
  result: {
    initialValue: Record<string, string>;
    error?: Record<string, { key: string; params?: Record<string, unknown> }[]>;
  };
  outcome?: {
    experts: { name: string; kind: string; city: string; breakdown: ExpertBreakdownItem[] }[];
    concepts: { id: string; surfaces: { text: string; lang: string | null }[] }[];
  };
};
const submit = async (who: string | null, form: Record<string, string>) => {
  const outcome = await callRoute(route, {
    method: "POST",
    url: "/match",
    cookie: who ? cookies[who] : undefined,
    form,
  });
  return { ...outcome, result: outcome.body as Result };
};

describe("/match (describe your need)", () => {
  test("a French text ranks the expert with the skill and the paper first, explained", async () => {
    const { status, result } = await submit("coordinator", {
      text: "Thèse : détection des maladies des cultures par vision par ordinateur",
    });
    expect(status).toBe(200);
    const experts = result.outcome!.experts;
    expect(experts[0]).toMatchObject({ name: "Amina Vision", kind: "researcher", city: "Rabat" });
    expect(experts.map((e) => e.name)).toContain("Bart Pixels");
    const criteria = experts[0]!.breakdown.map((i) => i.criterion);
    expect(criteria).toEqual(expect.arrayContaining(["concepts", "publications"]));
    expect(result.outcome!.concepts).toContainEqual({
      id: "computer-vision",
      labels: expect.any(Object),
      surfaces: [{ text: "vision par ordinateur", lang: "fr" }],
    });
    expect(result.result.initialValue.text).toContain("vision par ordinateur");
  });

  test("an Arabic text finds the same expert, and says the concept was found in Arabic", async () => {
    const { result } = await submit("student", { text: "الرؤية الحاسوبية في الزراعة الدقيقة" });
    expect(result.outcome!.experts[0]!.name).toBe("Amina Vision");
    const vision = result.outcome!.concepts.find((c) => c.id === "computer-vision");
    expect(vision?.surfaces[0]?.lang).toBe("ar");
  });

  test("filters narrow the ranking", async () => {
    const { result } = await submit("coordinator", {
      text: "vision par ordinateur",
      country: "BE",
    });
    expect(result.outcome!.experts.map((e) => e.name)).toEqual(["Bart Pixels"]);
  });

  test("an empty or too long text is refused next to the field, and kept", async () => {
    const empty = await submit("student", { text: "   " });
    expect(empty.status).toBe(400);
    expect(empty.result.result.error?.text).toEqual([{ key: "matchPage.error.textRequired" }]);
    const long = "a".repeat(5001);
    const tooLong = await submit("student", { text: long, country: "MA" });
    expect(tooLong.status).toBe(400);
    expect(tooLong.result.result.error?.text).toEqual([
      { key: "matchPage.error.textTooLong", params: { max: 5000 } },
    ]);
    expect(tooLong.result.result.initialValue).toMatchObject({ text: long, country: "MA" });
    expect(tooLong.result.outcome).toBeUndefined();
  });

  test("the example button works without JavaScript", async () => {
    const { status, result } = await submit("student", { intent: "example", text: "" });
    expect(status).toBe(200);
    expect(result.result.initialValue.text).toBe(EXAMPLE_NEED);
  });

  test("an anonymous visitor is sent to log in", async () => {
    const page = await callRoute(route, { url: "/match" });
    expect(page.status).toBe(302);
    expect(page.location).toBe("/login?redirectTo=%2Fmatch");
    expect((await submit(null, { text: "vision" })).location).toMatch(/^\/login/);
  });
});
