import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ExpertBreakdownItem } from "~/utils/matching-breakdown";
import { publicationAuthors, publications } from "../../../db/schema";
import { enqueueIndexing } from "../../../search/outbox";
import { drainOutboxOnce } from "../../../search/outbox-worker";
import { makeExpert } from "../../../tests/factories";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { invalidateCorpusStats, matchExperts } from ".";

let ctx: TestContext;
const ids: Record<string, string> = {};

async function addPaper(personId: string, title: string, abstract: string) {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(publications)
      .values({ title, abstract, year: 2024 })
      .returning({ id: publications.id });
    await tx.insert(publicationAuthors).values({ publicationId: row!.id, personId });
    await enqueueIndexing(tx, "person", [personId]);
  });
}

beforeAll(async () => {
  ctx = await createTestContext();
  const expert = async (key: string, overrides: Parameters<typeof makeExpert>[1]) => {
    ids[key] = (
      await makeExpert(ctx.db, { fullName: key, externalId: `ext-${key}`, ...overrides })
    ).id;
  };
  await expert("Amina Vision", {
    kind: "researcher",
    skills: [
      { skillId: "computer-vision", level: 5 },
      { skillId: "precision-agriculture", level: 4 },
    ],
    sectors: ["agriculture"],
  });
  await addPaper(
    ids["Amina Vision"]!,
    "Détection des maladies de la tomate sur images de feuilles",
    "Un réseau convolutif reconnaît les maladies foliaires sur smartphone.",
  );
  await expert("Bart Pixels", {
    country: "BE",
    city: "Gand",
    headline: "Image processing for industrial inspection",
    skills: [{ skillId: "image-processing", level: 5 }],
  });
  await expert("Chaima Langues", {
    skills: [
      { skillId: "natural-language-processing", level: 5 },
      { skillId: "arabic-nlp", level: 5 },
    ],
  });
  await expert("Dries Cluster", { country: "BE", skills: [{ skillId: "kubernetes", level: 5 }] });
  await expert("Mia Members", {
    visibility: "members",
    skills: [{ skillId: "computer-vision", level: 4 }],
  });
  await expert("Pia Pending", {
    verification: "pending",
    skills: [{ skillId: "computer-vision", level: 5 }],
  });
  await expert("Hugo Hidden", {
    visibility: "hidden",
    skills: [{ skillId: "computer-vision", level: 5 }],
  });
  await expert("Sami Student", {
    kind: "student",
    skills: [{ skillId: "computer-vision", level: 3 }],
  });
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
  invalidateCorpusStats(ctx.db);
});
afterAll(async () => {
  await ctx.cleanup();
});

const names = async (text: string, options: Partial<Parameters<typeof matchExperts>[2]> = {}) =>
  (await matchExperts(ctx.db, ctx.search, { text, ...options })).results.map((r) => r.name);

describe("matchExperts on a small network (PostgreSQL + Meilisearch)", () => {
  test("a French thesis topic ranks the expert with the skill and the paper first", async () => {
    const { results } = await matchExperts(ctx.db, ctx.search, {
      text: "Thèse : détection des maladies des plantes par vision par ordinateur",
    });
    expect(results[0]).toEqual({
      personId: ids["Amina Vision"],
      externalId: "ext-Amina Vision",
      slug: expect.any(String),
      name: "Amina Vision",
      score: expect.any(Number),
      breakdown: expect.any(Array),
    });
    const [concepts, papers] = ["concepts", "publications"].map((c) =>
      results[0]!.breakdown.find((i) => i.criterion === c),
    ) as [
      Extract<ExpertBreakdownItem, { criterion: "concepts" }>,
      Extract<ExpertBreakdownItem, { criterion: "publications" }>,
    ];
    expect(concepts.details.matches[0]).toMatchObject({
      concept: { id: "computer-vision" },
      level: 5,
      relation: "same",
    });
    expect(papers.details.publications[0]!.title).toContain("maladies de la tomate");
    // Related through the taxonomy: image processing is a specialty of computer vision.
    expect(results.map((r) => r.name)).toContain("Bart Pixels");
  });

  test("English and Arabic texts find the same expert", async () => {
    expect((await names("computer vision to detect crop diseases"))[0]).toBe("Amina Vision");
    expect((await names("الرؤية الحاسوبية في الزراعة الدقيقة"))[0]).toBe("Amina Vision");
  });

  test("a long call for proposals is not cut at Meilisearch's ten words", async () => {
    const boilerplate =
      "Appel à projets 2026 du programme de coopération, ouvert aux consortiums belgo-marocains, budget plafonné, durée de trente-six mois, dossier complet exigé. ".repeat(
        12,
      );
    const found = await names(`${boilerplate} Thème : vision par ordinateur pour l'agriculture.`);
    expect(found[0]).toBe("Amina Vision");
  });

  test("only listed experts and researchers: never pending, hidden or student profiles", async () => {
    const found = await names("vision par ordinateur", { limit: 100 });
    expect(found).toContain("Mia Members");
    expect(found).not.toContain("Pia Pending");
    expect(found).not.toContain("Hugo Hidden");
    expect(found).not.toContain("Sami Student");
    expect(await names("vision par ordinateur", { audience: "public" })).not.toContain(
      "Mia Members",
    );
  });

  test("filters narrow the candidates", async () => {
    expect(await names("vision par ordinateur", { filters: { country: ["BE"] } })).toEqual([
      "Bart Pixels",
    ]);
    expect(await names("Kubernetes", { filters: { country: ["MA"] } })).toEqual([]);
  });

  test("a text with nothing to match returns no result", async () => {
    expect(await names("le la les de des et ou")).toEqual([]);
  });
});
