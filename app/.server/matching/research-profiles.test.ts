import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { publicationAuthors, publications } from "../../../db/schema";
import { enqueueIndexing } from "../../../search/outbox";
import { drainOutboxOnce } from "../../../search/outbox-worker";
import { makeExpert } from "../../../tests/factories";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { invalidateCorpusStats, matchExperts, scoreExperts } from ".";
import { getCorpusStats } from "./load-corpus-stats";

// Researchers imported the way a lab imports them: a name, a country and English papers, no
// declared skill (issue 10). Each test reads the real engines.
let ctx: TestContext;
const ids: Record<string, string> = {};

const PAPERS: Record<string, [string, string][]> = {
  "Nadia Palms": [
    [
      "Date palm disease detection from drone imagery",
      "We detect Bayoud and leaf spot on date palms in Moroccan oases from multispectral drone images with a convolutional network, and map infected trees for farmers.",
    ],
  ],
  "Omar Darija": [
    [
      "Speech recognition for Moroccan Darija",
      "An end-to-end acoustic model transcribes spoken Moroccan Darija, a dialect mixing Arabic, Amazigh and French words, trained on call-centre recordings.",
    ],
  ],
  "Eva Wheat": [
    [
      "Wheat yield forecasting from satellite time series",
      "Sentinel-2 vegetation indices and rainfall predict cereal yield per province one month before harvest.",
    ],
  ],
  "Jan Tweets": [
    [
      "Sentiment analysis of Arabic tweets",
      "A transformer fine-tuned on annotated tweets classifies opinions about public services.",
    ],
  ],
  "Lina Clinic": [
    [
      "Triage of emergency admissions with gradient boosting",
      "Hospital records predict which patients need intensive care within six hours.",
    ],
  ],
  "Rik Grid": [
    [
      "Load forecasting for smart grids",
      "Household consumption curves are clustered and forecast with recurrent networks.",
    ],
  ],
};

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

async function researcher(name: string, country: "MA" | "BE" = "MA") {
  const { id } = await makeExpert(ctx.db, {
    kind: "researcher",
    fullName: name,
    headline: "",
    country,
    skills: [],
  });
  for (const [title, abstract] of PAPERS[name] ?? []) await addPaper(id, title, abstract);
  ids[name] = id;
  return id;
}

async function settle() {
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
  invalidateCorpusStats(ctx.db);
}

beforeAll(async () => {
  ctx = await createTestContext();
  for (const name of Object.keys(PAPERS)) await researcher(name, name === "Rik Grid" ? "BE" : "MA");
  await settle();
});
afterAll(async () => {
  await ctx.cleanup();
});

const top = async (text: string, options: Partial<Parameters<typeof matchExperts>[2]> = {}) =>
  (await matchExperts(ctx.db, ctx.search, { text, ...options })).results;

describe("matching researchers known only through their papers", () => {
  test("a researcher with no declared skill and one matching paper is returned, with the paper", async () => {
    const [first] = await top("forecasting wheat yield with Sentinel-2 satellite images");
    expect(first?.personId).toBe(ids["Eva Wheat"]);
    const papers = first!.breakdown.find((b) => b.criterion === "publications");
    expect(papers?.details).toMatchObject({
      publications: [{ title: "Wheat yield forecasting from satellite time series" }],
    });
    // Also when the pool is too large to score whole: retrieval over the papers' text finds them.
    const retrieved = await top("forecasting wheat yield with Sentinel-2 satellite images", {
      scoreAllMax: 0,
    });
    expect(retrieved[0]?.personId).toBe(ids["Eva Wheat"]);
  });

  test("a paper added since the word-rarity table was built is found at once, with its title", async () => {
    await getCorpusStats(ctx.db);
    // "Bayoud" is a word the table knows (one paper); the new paper is not in its index.
    PAPERS["Hiba Oasis"] = [
      [
        "Bayoud-resistant cultivars for oasis replanting",
        "Field trials of cultivars that resist Bayoud guide the replanting of oases.",
      ],
    ];
    const person = await researcher("Hiba Oasis");
    while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
    const results = await top("Bayoud", { scoreAllMax: 0 });
    const found = results.find((r) => r.personId === person);
    expect(found?.breakdown.find((b) => b.criterion === "publications")?.details).toMatchObject({
      publications: [{ title: "Bayoud-resistant cultivars for oasis replanting" }],
    });
  });

  test("a French need reaches the author of an English paper", async () => {
    const results = await top("Détection des maladies du palmier dattier par images de drones");
    expect(results.slice(0, 3).map((r) => r.personId)).toContain(ids["Nadia Palms"]);
    expect(results[0]?.personId).toBe(ids["Nadia Palms"]);
  });

  test("an Arabic need on speech recognition for Darija reaches the English-only author", async () => {
    const results = await top("نبحث عن خبير في التعرف الآلي على الكلام بالدارجة المغربية");
    expect(results.slice(0, 3).map((r) => r.personId)).toContain(ids["Omar Darija"]);
  });

  test("a person's score for a text does not depend on who else is in the pool", async () => {
    const text = "Détection des maladies du palmier dattier par images de drones";
    const person = ids["Nadia Palms"]!;
    const inPool = (await top(text)).find((r) => r.personId === person)!.score;
    const alone = (await scoreExperts(ctx.db, { text, personIds: [person] })).get(person);
    const filtered = (await top(text, { filters: { country: ["MA"] } })).find(
      (r) => r.personId === person,
    )!.score;
    expect(alone).toBe(inPool);
    expect(filtered).toBe(inPool);
  });

  test("others joining the network change a person's score only through the corpus statistics", async () => {
    const text = "Speech recognition for Moroccan Darija call centres";
    const person = ids["Omar Darija"]!;
    const frozen = await getCorpusStats(ctx.db);
    const before = (await scoreExperts(ctx.db, { text, personIds: [person], stats: frozen })).get(
      person,
    )!;
    // Stronger candidates join: two with the same paper, one declaring the skill at level 5.
    for (const name of ["Twin One", "Twin Two"]) {
      PAPERS[name] = PAPERS["Omar Darija"]!;
      await researcher(name);
    }
    await makeExpert(ctx.db, {
      fullName: "Sara Skills",
      skills: [
        { skillId: "speech-recognition", level: 5 },
        { skillId: "darija-nlp", level: 5 },
      ],
    });
    await settle();
    // With the statistics frozen, nothing else can move the score.
    const sameStats = (
      await scoreExperts(ctx.db, { text, personIds: [person], stats: frozen })
    ).get(person);
    expect(sameStats).toBe(before);
    // With the new statistics the score moves, and only because of them: the person scored alone
    // with those statistics gets exactly what the full ranking gives. Here it drops, since the
    // paper's words are now in three papers out of ten and say less about who knows the topic.
    const results = await top(text);
    const after = results.find((r) => r.personId === person)!.score;
    const fresh = await getCorpusStats(ctx.db);
    expect(fresh).not.toBe(frozen);
    const alone = (await scoreExperts(ctx.db, { text, personIds: [person], stats: fresh })).get(
      person,
    );
    expect(alone).toBe(after);
    expect(after).toBeLessThan(before);
    expect(results.map((r) => r.personId)).toContain(ids["Twin One"]);
  });
});
