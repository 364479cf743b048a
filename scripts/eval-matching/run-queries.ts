import { listingFilter, matchExperts } from "~/.server/matching";
import type { Database } from "../../db/client";
import type { SearchEngine } from "../../search/client";
import type { Judgments } from "./judgments";
import { ndcgAt, precisionAt } from "./metrics";
import type { EvalQuery } from "./topic-types";

export type QueryRun = {
  query: EvalQuery;
  engine: { p5: number; ndcg10: number; ms: number; top: string[] };
  baseline: { p5: number; ndcg10: number; top: string[] };
};

/** Runs every query through the engine and through plain Meilisearch, and scores both. */
export async function runQueries(
  db: Database,
  search: SearchEngine,
  queries: readonly EvalQuery[],
  judgments: ReadonlyMap<string, Judgments>,
): Promise<QueryRun[]> {
  const runs: QueryRun[] = [];
  for (const query of queries) {
    const grades = judgments.get(query.topic)!;
    const started = performance.now();
    const { results } = await matchExperts(db, search, { text: query.text, limit: 10 });
    const ms = performance.now() - started;
    const engineTop = results.map((r) => r.personId);
    const baselineTop = await keywordBaseline(search, query.text);
    runs.push({
      query,
      engine: {
        p5: precisionAt(5, engineTop, grades),
        ndcg10: ndcgAt(10, engineTop, grades),
        ms,
        top: engineTop,
      },
      baseline: {
        p5: precisionAt(5, baselineTop, grades),
        ndcg10: ndcgAt(10, baselineTop, grades),
        top: baselineTop,
      },
    });
  }
  return runs;
}

/**
 * The plain keyword baseline: the raw text sent to the people index as a query, with the same
 * listing filter. Meilisearch itself keeps the first 10 words and drops the rest.
 */
export async function keywordBaseline(search: SearchEngine, text: string): Promise<string[]> {
  const response = await search.client.index(search.index("people")).search(text, {
    filter: listingFilter("members"),
    limit: 10,
    attributesToRetrieve: ["id"],
  });
  return response.hits.map((h) => String(h.id));
}
