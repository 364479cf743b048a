import { directoryQueries } from "~/.server/directory-search.server";
import { DirectoryQuerySchema } from "~/utils/directory-query";
import { request } from "./http";
import type { BenchQuery } from "./queries";

export type DirectResult = { ids: string[]; total: number; processingTimeMs: number };

/**
 * Exactly the multi-search the JSON API sends for a query (the app's own builder, locale fr, no
 * highlighting), sent straight to Meilisearch.
 */
export function directoryMultiSearchBody(query: BenchQuery, indexUid = "people") {
  const parsed = DirectoryQuerySchema.parse({ q: query.q, ...query.filters });
  return JSON.stringify({
    queries: directoryQueries(parsed, "fr", indexUid, { highlight: false }),
  });
}

export function meiliDirect(url: string, key: string) {
  const headers = { authorization: `Bearer ${key}` };
  return async (query: BenchQuery): Promise<DirectResult & { ms: number }> => {
    const res = await request(`${url}/multi-search`, {
      method: "POST",
      headers,
      body: directoryMultiSearchBody(query),
    });
    if (res.status !== 200) throw new Error(`Meilisearch ${res.status}: ${res.text.slice(0, 200)}`);
    const [first] = (
      JSON.parse(res.text) as {
        results: { hits: { id: string }[]; totalHits?: number; processingTimeMs: number }[];
      }
    ).results;
    return {
      ids: first!.hits.map((h) => h.id),
      total: first!.totalHits ?? 0,
      processingTimeMs: first!.processingTimeMs,
      ms: res.ms,
    };
  };
}
