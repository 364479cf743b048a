import { DIRECTORY_FACETS, type DirectoryFacet } from "~/vocabulary/directory";
import type { DirectoryQuery } from "./directory-query-schema";

export type { DirectoryQuery };

export { DIRECTORY_FACETS, type DirectoryFacet };

/**
 * Facets the directory page counts and shows open; the others are folded and counted when a
 * reader opens them (or selects one of their values): every count costs Meilisearch time.
 */
export const OPEN_FACETS: readonly DirectoryFacet[] = ["skills", "sectors", "country", "kind"];

/**
 * Open when browsing, folded on a text search: the query names its skills already, and counting
 * the skills of thousands of hits was half of Meilisearch's time per search (bench/, 10k people;
 * docs/decisions/065-search-latency-skills-facet-and-settings.md).
 */
export const BROWSE_ONLY_FACETS: readonly DirectoryFacet[] = ["skills"];

/** The facets the page counts: the open ones, those opened on request, and those in use. */
export function pageFacets(query: DirectoryQuery, opened: Iterable<string> = []) {
  const extra = new Set(opened);
  const open = (f: DirectoryFacet) =>
    OPEN_FACETS.includes(f) && (query.q === "" || !BROWSE_ONLY_FACETS.includes(f));
  return DIRECTORY_FACETS.filter((f) => open(f) || extra.has(f) || query[f].length > 0);
}

export const PAGE_SIZE = 20;
export const MAX_PAGE = 250;
/** Longer queries are cut: Meilisearch reads at most 10 words anyway. */
export const MAX_QUERY_CHARS = 300;

export function isDirectoryFacet(value: string): value is DirectoryFacet {
  return (DIRECTORY_FACETS as readonly string[]).includes(value);
}

/** Builds the shareable URL search string of a query (page 1 and empty values omitted). */
export function queryToSearchParams(query: Partial<DirectoryQuery>) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const facet of DIRECTORY_FACETS) {
    for (const value of query[facet] ?? []) params.append(facet, value);
  }
  if (query.page && query.page > 1) params.set("page", String(query.page));
  return params;
}
