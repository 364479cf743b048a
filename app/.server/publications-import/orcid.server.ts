import { z } from "zod";
import {
  type ImportedPublication,
  MAX_ENTRIES,
  type ParsedPublicationFile,
  PublicationFileError,
} from "./types";

const Value = z.object({ value: z.union([z.string(), z.number()]).nullish() }).nullish();
const ExternalIds = z
  .object({
    "external-id": z
      .array(
        z.object({
          "external-id-type": z.string().nullish(),
          "external-id-value": z.string().nullish(),
          "external-id-relationship": z.string().nullish(),
        }),
      )
      .nullish(),
  })
  .nullish();
const WorkSummary = z.object({
  "put-code": z.union([z.number(), z.string()]).nullish(),
  title: z.object({ title: Value }).nullish(),
  "publication-date": z.object({ year: Value }).nullish(),
  "journal-title": Value,
  "external-ids": ExternalIds,
});
const Works = z.object({
  group: z.array(
    z.object({
      "external-ids": ExternalIds,
      "work-summary": z.array(WorkSummary).min(1),
    }),
  ),
});
/** The public record (/v3.0/{id}/record) or its works alone (/v3.0/{id}/works). */
const OrcidFile = z.union([z.object({ "activities-summary": z.object({ works: Works }) }), Works]);

/**
 * The JSON of a public ORCID record (API v3.0): each group of works is one publication (ORCID
 * groups the versions of a work); its first summary gives the title, year and journal, its DOI
 * comes from the group's or the summary's external identifiers. ORCID summaries carry no abstract.
 */
export function parseOrcid(text: string): ParsedPublicationFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PublicationFileError("publicationImport.error.unreadable");
  }
  const parsed = OrcidFile.safeParse(json);
  if (!parsed.success) throw new PublicationFileError("publicationImport.error.notOrcid");
  const works = "group" in parsed.data ? parsed.data : parsed.data["activities-summary"].works;
  if (works.group.length === 0) throw new PublicationFileError("publicationImport.error.noEntries");
  if (works.group.length > MAX_ENTRIES) {
    throw new PublicationFileError("publicationImport.error.tooManyEntries");
  }
  const publications: ImportedPublication[] = works.group.map((group) => {
    const summary = group["work-summary"][0]!;
    const ids = [
      ...(group["external-ids"]?.["external-id"] ?? []),
      ...(summary["external-ids"]?.["external-id"] ?? []),
    ];
    const doi = ids.find((id) => id["external-id-type"]?.toLowerCase() === "doi");
    const year = Number(summary["publication-date"]?.year?.value ?? Number.NaN);
    const title = String(summary.title?.title?.value ?? "").trim();
    return {
      label: title || `put-code ${summary["put-code"] ?? "?"}`,
      title,
      year: Number.isInteger(year) ? year : null,
      venue: String(summary["journal-title"]?.value ?? "").trim() || null,
      doi: doi?.["external-id-value"]?.trim() || null,
      abstract: "",
    };
  });
  return { format: "orcid", publications, refused: [] };
}
