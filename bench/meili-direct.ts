import { directoryQueries } from "~/.server/directory-search.server";
import type { FacetCounts } from "~/.server/index-change-cache.server";
import { DIRECTORY_FACETS, type DirectoryFacet, pageFacets } from "~/utils/directory-query";
import { DirectoryQuerySchema } from "~/utils/directory-query-schema";
import { request } from "./http";
import type { BenchQuery } from "./queries";

export type DirectResult = { ids: string[]; total: number; processingTimeMs: number };

/**
 * What the app sends Meilisearch for a query, built by the app's own code (locale fr):
 * - "page": the /experts page — its open facets and those in use, highlighting, and no facet
 *   counts for a browse query (the app's cache has them once warm, as in the measured rounds);
 * - "api": GET /api/v1/search as before this change — all eight facets, no highlighting.
 */
export function directoryMultiSearchBody(
  query: BenchQuery,
  mode: "page" | "api",
  indexUid = "people",
) {
  const parsed = DirectoryQuerySchema.parse({ q: query.q, ...query.filters });
  const facets = mode === "page" ? pageFacets(parsed) : DIRECTORY_FACETS;
  const known = new Map<DirectoryFacet, FacetCounts>(
    mode === "page" && parsed.q === "" ? facets.map((f) => [f, {}]) : [],
  );
  const { queries } = directoryQueries(
    parsed,
    indexUid,
    { highlight: mode === "page", facets },
    known,
  );
  return JSON.stringify({ queries });
}

export function meiliDirect(url: string, key: string, mode: "page" | "api") {
  const headers = { authorization: `Bearer ${key}` };
  return async (query: BenchQuery): Promise<DirectResult & { ms: number }> => {
    const res = await request(`${url}/multi-search`, {
      method: "POST",
      headers,
      body: directoryMultiSearchBody(query, mode),
    });
    if (res.status !== 200) throw new Error(`Meilisearch ${res.status}: ${res.text.slice(0, 200)}`);
    const { results } = JSON.parse(res.text) as {
      results: { hits: { id: string }[]; totalHits?: number; processingTimeMs: number }[];
    };
    return {
      ids: results[0]!.hits.map((h) => h.id),
      total: results[0]!.totalHits ?? 0,
      processingTimeMs: results.reduce((sum, r) => sum + r.processingTimeMs, 0),
      ms: res.ms,
    };
  };
}
