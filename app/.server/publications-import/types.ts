import type { MessageKey } from "~/utils/i18n";

/** A publication read from a file, not yet checked against the profile's schema. */
export type ImportedPublication = {
  title: string;
  year: number | null;
  venue: string | null;
  doi: string | null;
  abstract: string;
  /** How the file names the entry (a BibTeX key, an ORCID put-code), for the report. */
  label: string;
};

/** An entry of the file that cannot become a publication, and why (a message key). */
export type RefusedEntry = { label: string; reason: MessageKey };

export type ParsedPublicationFile = {
  format: "bibtex" | "orcid";
  publications: ImportedPublication[];
  refused: RefusedEntry[];
};

/**
 * The whole file is unusable (not BibTeX, not an ORCID record, empty, too large): nothing is
 * imported and the reader is told why, in their language.
 */
export class PublicationFileError extends Error {
  constructor(readonly messageKey: MessageKey) {
    super(messageKey);
    this.name = "PublicationFileError";
  }
}

/** At most this many entries per file: a profile, not a library. */
export const MAX_ENTRIES = 500;
