import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people, publicationAuthors, publications } from "../../../db/schema";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { describeIssue } from "../import/describe-issue.server";
import { importPeople } from "../import/import-people.server";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.cleanup();
});

const example = (file: string) => readFileSync(`docs/examples/${file}`, "utf8");
const lines = (rows: unknown[]) => Readable.from(rows.map((r) => JSON.stringify(r)).join("\n"));
const base = { kind: "researcher", name: "Salma Benali", country: "MA" };

async function titlesOf(externalId: string) {
  const rows = await ctx.db
    .select({ title: publications.title, doi: publications.doi })
    .from(people)
    .innerJoin(publicationAuthors, eq(publicationAuthors.personId, people.id))
    .innerJoin(publications, eq(publications.id, publicationAuthors.publicationId))
    .where(eq(people.externalId, externalId));
  return rows.map((r) => r.title).sort();
}

describe("JSONL import lines with a BibTeX file and an ORCID record", () => {
  it("adds their works to the line's publications, merging duplicates by DOI or title", async () => {
    const report = await importPeople(
      ctx.db,
      lines([
        {
          ...base,
          externalId: "hal-1",
          publications: [
            { title: "Speech recognition for Moroccan Darija call centres", year: 2023 },
          ],
          bibtex: example("publications.bib"),
          orcid: JSON.parse(example("orcid-record.json")),
        },
      ]),
    );
    expect(report).toMatchObject({ created: 1, rejected: [] });
    expect(await titlesOf("hal-1")).toEqual([
      "Date Palm Disease Detection from UAV Imagery in Moroccan Oases",
      "Mapping Oasis Palm Groves with Sentinel-2 Time Series",
      "Smart Irrigation Scheduling with Soil Moisture Sensors",
      "Speech recognition for Moroccan Darija call centres",
      "Teaching Data Science in Moroccan Engineering Schools",
    ]);
    // Refused entries are warnings naming the file and the entry; the line is imported.
    expect(report.warnings.map((w) => describeIssue(w.issue, "en"))).toEqual([
      "the BibTeX file (bibtex): entry “benali-notes” left out: year missing or invalid",
      "the ORCID record (orcid): entry “A work without a publication date” left out: year missing or invalid",
    ]);
  });

  it("rejects a line whose file cannot be read, and writes nothing for it", async () => {
    const report = await importPeople(
      ctx.db,
      lines([
        { ...base, externalId: "hal-2", bibtex: "not a bibtex file" },
        { ...base, externalId: "hal-3", orcid: { name: "not an ORCID record" } },
      ]),
    );
    expect(report.rejected.map((r) => r.line)).toEqual([1, 2]);
    expect(report.rejected.flatMap((r) => r.issues.map((i) => describeIssue(i, "fr")))).toEqual([
      "impossible de lire le fichier BibTeX (bibtex) : Aucune publication dans ce fichier.",
      expect.stringMatching(/^impossible de lire la fiche ORCID \(orcid\) : /),
    ]);
    expect(await ctx.db.select().from(people).where(eq(people.externalId, "hal-2"))).toEqual([]);
  });
});
