import type { SearchResponse } from "meilisearch";
import { type DirectoryQuery, MAX_PAGE, PAGE_SIZE } from "~/utils/directory-query";
import type { Locale } from "~/utils/i18n";
import { getSearchEngine } from "../../search/client";
import type { PersonDocument } from "../../search/documents";
import { CSV_BOM, csvLine } from "./csv";
import { buildFilter, skillChips } from "./directory-search.server";
import { getVocabulary } from "./taxonomy.server";

/** The directory's own cap: what a visitor could page through, exported at most. */
export const EXPORT_CAP = PAGE_SIZE * MAX_PAGE;
const CHUNK = 1000;

const COLUMNS = [
  "name",
  "kind",
  "headline",
  "organization",
  "city",
  "country",
  "skills",
  "sectors",
  "languages",
  "offers",
  "mentoring",
  "profile",
] as const;

/** The directory's hits for the query (filters applied, listed people only), as CSV with a BOM. */
export async function exportDirectoryCsv(query: DirectoryQuery, locale: Locale, origin: string) {
  const engine = getSearchEngine();
  const index = engine.client.index<PersonDocument>(engine.index("people"));
  const vocabulary = await getVocabulary();
  let csv = `${CSV_BOM}${csvLine(COLUMNS)}`;
  for (let offset = 0; offset < EXPORT_CAP; offset += CHUNK) {
    const page: SearchResponse<PersonDocument> = await index.search(query.q, {
      filter: buildFilter(query),
      offset,
      limit: Math.min(CHUNK, EXPORT_CAP - offset),
    });
    for (const hit of page.hits) {
      csv += csvLine([
        hit.name,
        hit.kind,
        hit.headline,
        hit.organization?.[0] ?? "",
        hit.city,
        hit.country,
        skillChips(hit, vocabulary.skills, locale)
          .map((s) => s.label)
          .join("; "),
        (hit.sectors ?? []).join("; "),
        (hit.languages ?? []).join("; "),
        (hit.offers ?? []).join("; "),
        hit.mentoringOpen ? "open" : "paused",
        `${origin}/people/${hit.slug}`,
      ]);
    }
    if (page.hits.length < CHUNK) break;
  }
  return csv;
}
