import { type PublicationFormInput, PublicationSchema } from "~/utils/profile-validation";
import { parseBibtex } from "./bibtex.server";
import { doiKey, titleKey } from "./keys";
import { parseOrcid } from "./orcid.server";
import { type ParsedPublicationFile, PublicationFileError, type RefusedEntry } from "./types";

/** A checked publication, ready for the writer, with how the file named it. */
export type CheckedPublication = PublicationFormInput & { label: string };
export type ReadPublications = {
  format: ParsedPublicationFile["format"];
  publications: CheckedPublication[];
  /** Entries that repeat an earlier one of the same file (same DOI or title): folded into it. */
  duplicates: { label: string; by: "doi" | "title" }[];
  refused: RefusedEntry[];
};

/**
 * Reads an uploaded BibTeX file or ORCID record (told apart by name and content), checks each
 * entry with the profile editor's own publication schema, and folds duplicates within the file.
 * Throws PublicationFileError when the file as a whole cannot be used.
 */
export function readPublicationFile(text: string, fileName = ""): ReadPublications {
  const content = text.replace(/^\uFEFF/, "").trim();
  if (!content) throw new PublicationFileError("publicationImport.error.empty");
  // The content decides; the file's name only says which reading to try first.
  const looksJson = /^[{[]/.test(content);
  const looksBibtex = /@\w+\s*[{(]/.test(content);
  if (looksJson && (!looksBibtex || /\.json$/i.test(fileName))) {
    return checkPublications(parseOrcid(content));
  }
  if (looksBibtex) return checkPublications(parseBibtex(content));
  throw new PublicationFileError("publicationImport.error.format");
}

export function checkPublications(parsed: ParsedPublicationFile): ReadPublications {
  const refused = [...parsed.refused];
  const kept = new Map<string, CheckedPublication>();
  const duplicates: ReadPublications["duplicates"] = [];
  for (const entry of parsed.publications) {
    const result = PublicationSchema.safeParse({
      title: entry.title,
      year: entry.year ?? "",
      venue: entry.venue?.slice(0, 200) ?? "",
      doi: entry.doi ?? "",
      // The form caps abstracts at 4,000 characters: a longer one is cut, not refused.
      abstract: entry.abstract.slice(0, 4000),
    });
    if (!result.success) {
      refused.push({ label: entry.label, reason: refusalReason(result.error.issues[0]?.path[0]) });
      continue;
    }
    const publication = { ...result.data, label: entry.label };
    const doi = publication.doi ? `doi:${doiKey(publication.doi)}` : null;
    const title = `title:${titleKey(publication.title)}`;
    const earlier = (doi && kept.get(doi)) || kept.get(title);
    if (earlier) {
      fillGaps(earlier, publication);
      duplicates.push({ label: entry.label, by: doi && kept.has(doi) ? "doi" : "title" });
      if (earlier.doi) kept.set(`doi:${doiKey(earlier.doi)}`, earlier);
      continue;
    }
    if (doi) kept.set(doi, publication);
    kept.set(title, publication);
  }
  return { format: parsed.format, publications: [...new Set(kept.values())], duplicates, refused };
}

/** What one copy of a publication lacks, another may give (a DOI, the venue, the abstract). */
export function fillGaps(into: PublicationFormInput, from: PublicationFormInput) {
  into.doi ??= from.doi;
  into.venue ??= from.venue;
  if (!into.abstract) into.abstract = from.abstract;
}

function refusalReason(field: unknown): RefusedEntry["reason"] {
  switch (field) {
    case "title":
      return "publicationImport.refused.title";
    case "year":
      return "publicationImport.refused.year";
    case "doi":
      return "publicationImport.refused.doi";
    default:
      return "publicationImport.refused.unreadable";
  }
}
