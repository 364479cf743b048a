import os from "node:os";
import { sql } from "drizzle-orm";
import {
  analyzeNeed,
  authorsOfMatchingPapers,
  getCorpusStats,
  getTaxonomy,
} from "~/.server/matching";
import type { Database } from "../../db/client";
import type { SearchEngine } from "../../search/client";
import { mean, percentile } from "./metrics";
import { needText } from "./real-paper-eval";
import type { LeaveOneOut } from "./real-papers";

/**
 * ADR 014's measurement: retrieval over publication text for pools too large to score whole, by
 * the app's way (in memory over the word-rarity table's papers, plus PostgreSQL full-text search for
 * papers written since; ADR 059) and by a Meilisearch index of publications
 * built here for the comparison only. Same needs, same network, interleaved.
 */
export type RetrievalFigures = {
  system: string;
  needs: number;
  recall: number;
  candidates: number;
  p50: number;
  p95: number;
};
export type RetrievalComparison = {
  profiles: number;
  papers: number;
  load: number;
  cores: number;
  rows: RetrievalFigures[];
};

const MEILI_CHUNK = 10;
const MEILI_CHUNKS = 4;
const MEILI_HITS = 100;

export async function compareRetrieval(
  db: Database,
  search: SearchEngine,
  network: { split: LeaveOneOut; personOf: Map<string, string> },
  needs = 200,
): Promise<RetrievalComparison> {
  const uid = `${search.prefix}publications_comparison`;
  await buildPublicationIndex(db, search, uid);
  const [{ graph, matcher }, stats] = await Promise.all([getTaxonomy(db), getCorpusStats(db)]);
  const authors = network.split.evaluated.filter((a) => network.personOf.has(a)).slice(0, needs);
  const runs = {
    postgres: { found: [] as number[], size: [] as number[], ms: [] as number[] },
    meilisearch: { found: [] as number[], size: [] as number[], ms: [] as number[] },
  };
  for (const author of authors) {
    const person = network.personOf.get(author)!;
    const need = analyzeNeed(needText(network.split.heldOut.get(author)!), {
      graph,
      matcher,
      stats,
    });
    let started = performance.now();
    const fromPostgres = await authorsOfMatchingPapers(db, need.retrievalStems, stats, {
      filters: {},
      audience: "members",
    });
    runs.postgres.ms.push(performance.now() - started);
    runs.postgres.found.push(fromPostgres.includes(person) ? 1 : 0);
    runs.postgres.size.push(fromPostgres.length);

    started = performance.now();
    const fromMeili = await meiliAuthors(search, uid, need);
    runs.meilisearch.ms.push(performance.now() - started);
    runs.meilisearch.found.push(fromMeili.includes(person) ? 1 : 0);
    runs.meilisearch.size.push(fromMeili.length);
  }
  await search.client.deleteIndex(uid).waitTask();
  const [counts] = (await db.execute<{ people: number; papers: number }>(sql`
    select (select count(*) from people)::int as people,
           (select count(*) from publications)::int as papers`)) as unknown as [
    { people: number; papers: number },
  ];
  const row = (system: string, r: typeof runs.postgres): RetrievalFigures => ({
    system,
    needs: authors.length,
    recall: mean(r.found),
    candidates: percentile(r.size, 50),
    p50: percentile(r.ms, 50),
    p95: percentile(r.ms, 95),
  });
  return {
    profiles: counts.people,
    papers: counts.papers,
    load: os.loadavg()[0] ?? 0,
    cores: os.cpus().length,
    rows: [
      row(
        "In memory (the word-rarity table's paper index) + PostgreSQL full-text for the 8 rarest words",
        runs.postgres,
      ),
      row("Meilisearch index of publications", runs.meilisearch),
    ],
  };
}

/**
 * The need's salient words, rarest first, in queries of ten (Meilisearch reads at most ten words
 * of a query), ranked by how many words a paper holds ("frequency" drops common words first).
 */
async function meiliAuthors(
  search: SearchEngine,
  uid: string,
  need: ReturnType<typeof analyzeNeed>,
): Promise<string[]> {
  const salient = new Set(need.retrievalStems);
  const words = need.terms.filter((t) => salient.has(t.stem)).map((t) => t.surface);
  const queries = [];
  for (let i = 0; i < Math.min(words.length, MEILI_CHUNK * MEILI_CHUNKS); i += MEILI_CHUNK) {
    queries.push({
      indexUid: uid,
      q: words.slice(i, i + MEILI_CHUNK).join(" "),
      matchingStrategy: "frequency" as const,
      limit: MEILI_HITS,
      attributesToRetrieve: ["authorIds"],
    });
  }
  if (queries.length === 0) return [];
  const { results } = await search.client.multiSearch({ queries });
  return [...new Set(results.flatMap((r) => r.hits.flatMap((h) => h.authorIds as string[])))];
}

async function buildPublicationIndex(db: Database, search: SearchEngine, uid: string) {
  await search.client.deleteIndex(uid).waitTask();
  await search.client.createIndex(uid, { primaryKey: "id" }).waitTask();
  const index = search.client.index(uid);
  await index
    .updateSettings({ searchableAttributes: ["title", "abstract"], displayedAttributes: ["*"] })
    .waitTask();
  const rows = await db.execute<{
    id: string;
    title: string;
    abstract: string;
    author_ids: string[];
  }>(sql`
    select p.id, p.title, p.abstract, array_agg(pa.person_id) as author_ids
    from publications p join publication_authors pa on pa.publication_id = p.id
    group by p.id`);
  for (let i = 0; i < rows.length; i += 5000) {
    const docs = rows.slice(i, i + 5000).map((r) => ({
      id: r.id,
      title: r.title,
      abstract: r.abstract,
      authorIds: r.author_ids,
    }));
    await index.addDocuments(docs).waitTask({ timeout: 600_000 });
  }
}
