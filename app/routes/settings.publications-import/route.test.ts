import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { publicationAuthors, publications } from "../../../db/schema";
import { createAccount, type TestAccount } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { action } from "./route";

let ctx: TestContext;
let me: TestAccount;
let coAuthor: TestAccount;

beforeAll(async () => {
  ctx = await createTestContext();
  [me, coAuthor] = await Promise.all([createAccount(ctx.db), createAccount(ctx.db)]);
});
afterAll(async () => {
  await ctx.cleanup();
});

async function upload(account: TestAccount, name: string, content: string) {
  const body = new FormData();
  body.append("file", new File([content], name, { type: "application/octet-stream" }));
  const request = new Request("http://localhost/settings/publications-import", {
    method: "POST",
    headers: { Cookie: account.cookie },
    body,
  });
  const response = (await action({ request, params: {}, context: {} })) as unknown as {
    data: {
      result: { status?: string; error?: Record<string, { key: string }[]> };
      report: unknown;
    };
    init: { status?: number } | null;
  };
  return { status: response.init?.status ?? 200, ...response.data };
}

const example = (file: string) => readFileSync(`docs/examples/${file}`, "utf8");

async function myTitles(account: TestAccount) {
  const rows = await ctx.db
    .select({ title: publications.title, doi: publications.doi, venue: publications.venue })
    .from(publicationAuthors)
    .innerJoin(publications, eq(publications.id, publicationAuthors.publicationId))
    .where(eq(publicationAuthors.personId, account.personId));
  return rows.sort((a, b) => a.title.localeCompare(b.title));
}

describe("importing publications into one's own profile", () => {
  test("a bad file gets a clear error and changes nothing", async () => {
    const notes = await upload(me, "notes.txt", "Liste de mes articles, pas du BibTeX.");
    expect(notes.status).toBe(400);
    expect(notes.result.error?.[""]).toEqual([{ key: "publicationImport.error.format" }]);
    const orcid = await upload(me, "record.json", '{"orcid": "0000"}');
    expect(orcid.result.error?.[""]).toEqual([{ key: "publicationImport.error.notOrcid" }]);
    const empty = await upload(me, "empty.bib", "");
    expect(empty.status).toBe(400);
    expect(empty.result.error?.file).toEqual([{ key: "publicationImport.error.missing" }]);
    expect(await myTitles(me)).toEqual([]);
  });

  test("a BibTeX file adds its publications and reports the duplicate and the refused entry", async () => {
    const first = await upload(me, "publications.bib", example("publications.bib"));
    expect(first.status).toBe(200);
    expect(first.report).toMatchObject({
      added: [
        { title: "Date Palm Disease Detection from UAV Imagery in Moroccan Oases", year: 2024 },
        { title: "Speech Recognition for Moroccan Darija Call Centres", year: 2023 },
        { title: "Smart Irrigation Scheduling with Soil Moisture Sensors", year: 2022 },
      ],
      merged: [{ title: "benali2024palm-preprint", by: "inFile" }],
      refused: [{ label: "benali-notes", reason: "publicationImport.refused.year" }],
    });
    expect((await myTitles(me)).map((p) => p.doi)).toEqual([
      "10.5555/passerelle.palm.2024",
      "10.5555/passerelle.irrigation.2022",
      "10.5555/passerelle.darija.2023",
    ]);
  });

  test("the ORCID record merges what is already there (same DOI) and adds the rest", async () => {
    const again = await upload(me, "orcid-record.json", example("orcid-record.json"));
    expect(again.report).toMatchObject({
      added: [
        { title: "Mapping Oasis Palm Groves with Sentinel-2 Time Series", year: 2021 },
        { title: "Teaching Data Science in Moroccan Engineering Schools", year: 2019 },
      ],
      merged: [
        { title: "Date Palm Disease Detection from UAV Imagery in Moroccan Oases", by: "doi" },
      ],
    });
    expect(await myTitles(me)).toHaveLength(5);
    // Importing the same file twice adds nothing.
    const twice = await upload(me, "publications.bib", example("publications.bib"));
    expect(twice.report).toMatchObject({ added: [] });
    expect(await myTitles(me)).toHaveLength(5);
  });

  test("a co-author importing a known DOI shares the publication instead of copying it", async () => {
    const shared = await upload(coAuthor, "publications.bib", example("publications.bib"));
    expect(shared.status).toBe(200);
    const palm = await ctx.db
      .select({ id: publications.id })
      .from(publications)
      .where(eq(publications.doi, "10.5555/passerelle.palm.2024"));
    expect(palm).toHaveLength(1);
    const authors = await ctx.db
      .select({ personId: publicationAuthors.personId })
      .from(publicationAuthors)
      .where(eq(publicationAuthors.publicationId, palm[0]!.id));
    expect(authors.map((a) => a.personId).sort()).toEqual([me.personId, coAuthor.personId].sort());
  });
});
