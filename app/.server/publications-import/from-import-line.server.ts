import type { ImportIssue } from "../import/import-issues.server";
import { parseBibtex } from "./bibtex.server";
import { doiKey, titleKey } from "./keys";
import { parseOrcid } from "./orcid.server";
import { checkPublications, fillGaps, type ReadPublications } from "./read-file.server";
import { PublicationFileError } from "./types";

type LinePublication = { title: string; abstract: string; year: number; doi: string | null };

/**
 * The `bibtex` (a BibTeX file's text) and `orcid` (an ORCID record, as JSON) fields of an import
 * line (docs/import-format.md), added to its `publications`: an entry whose DOI or title the line
 * already has is merged into it (it fills what that one lacks), refused entries become warnings,
 * an unreadable file rejects the line; both said as import issues, in the reader's language.
 */
export function withFilePublications(
  publications: LinePublication[],
  files: { bibtex?: string; orcid?: unknown },
):
  | { ok: true; publications: LinePublication[]; warnings: ImportIssue[] }
  | { ok: false; issue: ImportIssue } {
  const read: [string, ReadPublications][] = [];
  const sources: [string, unknown, (text: string) => ReturnType<typeof parseBibtex>][] = [
    ["bibtex", files.bibtex, parseBibtex],
    ["orcid", files.orcid, parseOrcid],
  ];
  for (const [field, value, parse] of sources) {
    if (value === undefined) continue;
    const text = typeof value === "string" ? value : JSON.stringify(value);
    try {
      read.push([field, checkPublications(parse(text))]);
    } catch (error) {
      if (error instanceof PublicationFileError) {
        return {
          ok: false,
          issue: { code: "unreadableFile", path: [field], reason: error.messageKey },
        };
      }
      throw error;
    }
  }
  const out = publications.map((p) => ({ ...p, venue: null as string | null }));
  const byDoi = new Map(out.flatMap((p) => (p.doi ? [[doiKey(p.doi), p] as const] : [])));
  const byTitle = new Map(out.map((p) => [titleKey(p.title), p] as const));
  const warnings: ImportIssue[] = [];
  for (const [field, file] of read) {
    for (const refused of file.refused) {
      warnings.push({
        code: "publicationEntryRefused",
        path: [field],
        params: { label: refused.label },
        reason: refused.reason,
      });
    }
    for (const { label: _, ...p } of file.publications) {
      const same = (p.doi && byDoi.get(doiKey(p.doi))) || byTitle.get(titleKey(p.title));
      if (same) {
        fillGaps(same, p);
        continue;
      }
      out.push(p);
      if (p.doi) byDoi.set(doiKey(p.doi), p);
      byTitle.set(titleKey(p.title), p);
    }
  }
  return {
    ok: true,
    warnings,
    publications: out.map(({ title, abstract, year, doi }) => ({ title, abstract, year, doi })),
  };
}
