import { parse } from "@retorquere/bibtex-parser";
import {
  type ImportedPublication,
  MAX_ENTRIES,
  type ParsedPublicationFile,
  PublicationFileError,
  type RefusedEntry,
} from "./types";

/**
 * A BibTeX file (Zotero, JabRef, Google Scholar, HAL exports) read with @retorquere/bibtex-parser:
 * title, year, venue (journal, book title or publisher), DOI (or a doi.org URL) and abstract of
 * each entry. Entries the parser cannot read are refused one by one; a file with no entry at all
 * is not BibTeX.
 */
export function parseBibtex(text: string): ParsedPublicationFile {
  let library: ReturnType<typeof parse>;
  try {
    library = parse(text, { sentenceCase: false, unsupported: "ignore", raw: false });
  } catch {
    throw new PublicationFileError("publicationImport.error.unreadable");
  }
  const refused: RefusedEntry[] = library.errors.map((e) => ({
    label: firstLine(e.input ?? e.error),
    reason: "publicationImport.refused.unreadable",
  }));
  // An entry the parser stopped inside comes back without its input: reported once, unreadable.
  const entries = library.entries.filter(
    (e) => Object.keys(e.fields).length > 0 && (e.input !== "" || library.errors.length === 0),
  );
  if (entries.length === 0 && refused.length === 0) {
    throw new PublicationFileError("publicationImport.error.noEntries");
  }
  if (entries.length > MAX_ENTRIES) {
    throw new PublicationFileError("publicationImport.error.tooManyEntries");
  }
  const publications: ImportedPublication[] = entries.map((entry) => {
    const f = entry.fields as Record<string, unknown>;
    const field = (name: string) => (typeof f[name] === "string" ? clean(f[name]) : "");
    const url = field("url");
    return {
      label: entry.key || field("title"),
      title: field("title"),
      year: yearOf(field("year") || field("date")),
      venue: field("journal") || field("journaltitle") || field("booktitle") || null,
      doi: field("doi") || (/doi\.org\//i.test(url) ? url : "") || null,
      abstract: field("abstract"),
    };
  });
  return { format: "bibtex", publications, refused };
}

/** The parser keeps light markup (<i>, <sup>) and case-protection spans: text only here. */
function clean(value: unknown): string {
  return String(value)
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function yearOf(value: string): number | null {
  const match = value.match(/\b(1[89]\d\d|2\d\d\d)\b/);
  return match ? Number(match[1]) : null;
}

const firstLine = (text: string) => text.split("\n")[0]!.slice(0, 80);
