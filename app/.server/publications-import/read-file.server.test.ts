import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { readPublicationFile } from "./read-file.server";
import { PublicationFileError } from "./types";

const example = (name: string) => readFileSync(`docs/examples/${name}`, "utf8");
const failure = (text: string, name: string) => {
  try {
    readPublicationFile(text, name);
  } catch (error) {
    if (error instanceof PublicationFileError) return error.messageKey;
    throw error;
  }
  return null;
};

describe("reading a BibTeX file or an ORCID record", () => {
  test("BibTeX: each entry's title, year, venue and DOI; duplicates folded, no year refused", () => {
    const read = readPublicationFile(example("publications.bib"), "publications.bib");
    expect(read.format).toBe("bibtex");
    expect(read.publications.map((p) => [p.title, p.year, p.doi])).toEqual([
      [
        "Date Palm Disease Detection from UAV Imagery in Moroccan Oases",
        2024,
        "10.5555/passerelle.palm.2024",
      ],
      [
        "Speech Recognition for Moroccan Darija Call Centres",
        2023,
        "10.5555/passerelle.darija.2023",
      ],
      [
        "Smart Irrigation Scheduling with Soil Moisture Sensors",
        2022,
        "10.5555/passerelle.irrigation.2022",
      ],
    ]);
    expect(read.publications[0]).toMatchObject({
      venue: "Computers and Electronics in Agriculture",
      abstract: expect.stringContaining("Bayoud"),
    });
    // The preprint has the same title once case and punctuation are ignored.
    expect(read.duplicates).toEqual([{ label: "benali2024palm-preprint", by: "title" }]);
    expect(read.refused).toEqual([
      { label: "benali-notes", reason: "publicationImport.refused.year" },
    ]);
  });

  test("ORCID: one publication per group of versions, DOI from the group, no date refused", () => {
    const read = readPublicationFile(example("orcid-record.json"), "orcid-record.json");
    expect(read.format).toBe("orcid");
    expect(read.publications.map((p) => [p.title, p.year, p.doi, p.venue])).toEqual([
      [
        "Date Palm Disease Detection from UAV Imagery in Moroccan Oases",
        2024,
        "10.5555/passerelle.palm.2024",
        "Computers and Electronics in Agriculture",
      ],
      [
        "Mapping Oasis Palm Groves with Sentinel-2 Time Series",
        2021,
        "10.5555/passerelle.oases.2021",
        "Remote Sensing",
      ],
      [
        "Teaching Data Science in Moroccan Engineering Schools",
        2019,
        null,
        "Proceedings of the Maghreb Education Conference",
      ],
    ]);
    expect(read.refused).toEqual([
      { label: "A work without a publication date", reason: "publicationImport.refused.year" },
    ]);
  });

  test("a file that is neither is refused as a whole, with a reason", () => {
    expect(failure("", "empty.bib")).toBe("publicationImport.error.empty");
    expect(failure("Just some notes about my papers.", "notes.txt")).toBe(
      "publicationImport.error.format",
    );
    expect(failure('{"name": "not an ORCID record"}', "x.json")).toBe(
      "publicationImport.error.notOrcid",
    );
    expect(failure('{"group": [', "truncated.json")).toBe("publicationImport.error.unreadable");
  });

  test("an entry the parser cannot read is refused alone, once", () => {
    const read = readPublicationFile(
      "@article{good, title={A good one}, year={2020}}\n@article{bad, title={Unclosed",
      "mixed.bib",
    );
    expect(read.publications.map((p) => p.title)).toEqual(["A good one"]);
    expect(read.refused).toHaveLength(1);
    expect(read.refused[0]!.reason).toBe("publicationImport.refused.unreadable");
  });
});
