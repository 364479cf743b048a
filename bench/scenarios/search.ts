import type postgres from "postgres";
import type { GroundTruth, Relevance } from "../ground-truth";
import { request, requestJson } from "../http";
import { measureInterleaved, type System } from "../measure";
import { meiliDirect } from "../meili-direct";
import { pageData } from "../page-data";
import { pgSearch } from "../pg-alternative";
import {
  type BenchQuery,
  QUERIES,
  QUERY_CLASSES,
  type QueryClass,
  toApiPath,
  toPagePath,
} from "../queries";
import { mean, recallAtK, type Summary, summarize } from "../stats";

/**
 * app: the /experts page's data request (what the browser fetches on each search);
 * meilisearch: the same Meilisearch request, sent straight; api: GET /api/v1/search with all
 * eight facets (the request measured before the facet work); postgres: the FTS alternative.
 */
export const SYSTEMS = ["app", "meilisearch", "api", "postgres"] as const;
export type SystemName = (typeof SYSTEMS)[number];
export const RELEVANCES: Relevance[] = ["narrower", "concept"];

export type SearchReport = {
  /** Measured rounds (each query once on each system per round). */
  repetitions: number;
  warmup: number;
  /** Latency per system, overall and per query class. */
  latency: Record<SystemName, Record<QueryClass | "all", Summary>>;
  /** Mean recall@20 per definition of relevance, system and class (classes with intended skills). */
  recall: Record<Relevance, Record<SystemName, Partial<Record<QueryClass, number>>>>;
  /** The lowest recall@20 of a synonym query, per definition and system. */
  synonymMin: Record<Relevance, Record<SystemName, number>>;
  /** Meilisearch's own processing time (server side, every query of the request), ms. */
  meiliProcessing: Summary;
  errors: Record<SystemName, number>;
  /** Queries where the app and Meilisearch direct returned the same first page (same request). */
  sameFirstPage: number;
  perQuery: {
    id: string;
    class: QueryClass;
    truth: Record<Relevance, number>;
    medians: Record<SystemName, number>;
    totals: Record<SystemName, number>;
    recall: Record<Relevance, Record<SystemName, number>>;
  }[];
};

type Context = {
  appUrl: string;
  meiliUrl: string;
  meiliKey: string;
  sql: postgres.Sql;
  truth: GroundTruth;
  repetitions: number;
  warmup: number;
  budgetSeconds: number;
  log: (line: string) => void;
};

export async function runSearchScenario(ctx: Context): Promise<SearchReport> {
  const direct = meiliDirect(ctx.meiliUrl, ctx.meiliKey, "page");
  const processing: number[] = [];
  const pg = pgSearch(ctx.sql);
  const systems: System<BenchQuery>[] = [
    { name: "app", run: (query) => pageData(`${ctx.appUrl}${toPagePath(query)}`) },
    {
      name: "meilisearch",
      run: async (query) => {
        const result = await direct(query);
        processing.push(result.processingTimeMs);
        return result;
      },
    },
    {
      name: "api",
      run: async (query) => {
        const { json, ms } = await requestJson<{ hits: { id: string }[]; total: number }>(
          `${ctx.appUrl}${toApiPath(query)}`,
        );
        return { ids: json.hits.map((h) => h.id), total: json.total, ms };
      },
    },
    { name: "postgres", run: pg },
  ];
  // The page fills its browse-facet cache on the first visit, as any reader's visit would.
  for (const query of QUERIES) await request(`${ctx.appUrl}${toPagePath(query)}`);
  const rounds = ctx.warmup + ctx.repetitions;
  const m = await measureInterleaved(systems, QUERIES, {
    warmup: ctx.warmup,
    repetitions: ctx.repetitions,
    budgetMs: ctx.budgetSeconds * 1000,
    minRounds: 5,
    onRound: (r) => {
      if (r % 5 === 0 || r === rounds) ctx.log(`  search: round ${r}/${rounds}`);
    },
  });

  const truths = Object.fromEntries(
    RELEVANCES.map((rel) => [
      rel,
      QUERIES.map((q) =>
        q.intended.length > 0 ? ctx.truth.holders(q.intended, q.filters, rel) : new Set<string>(),
      ),
    ]),
  ) as Record<Relevance, Set<string>[]>;
  const perQuery = QUERIES.map((q, i) => ({
    id: q.id,
    class: q.class,
    truth: byRelevance((rel) => truths[rel][i]!.size),
    medians: bySystem((s) => summarize(m.samples[s]![i]!).median),
    totals: bySystem((s) => m.results[s]![i]!.total),
    recall: byRelevance((rel) =>
      bySystem((s) => recallAtK(m.results[s]![i]!.ids, truths[rel][i]!, 20)),
    ),
  }));
  const latency = bySystem((s) => {
    const all = m.samples[s]!;
    const byClass = Object.fromEntries(
      QUERY_CLASSES.map((c) => [
        c,
        summarize(QUERIES.flatMap((q, i) => (q.class === c ? all[i]! : []))),
      ]),
    ) as Record<QueryClass, Summary>;
    return { ...byClass, all: summarize(all.flat()) };
  });
  const withTruth = (c: QueryClass, rel: Relevance) =>
    perQuery.filter((p) => p.class === c && p.truth[rel] > 0);
  const recall = byRelevance((rel) =>
    bySystem((s) => {
      const out: Partial<Record<QueryClass, number>> = {};
      for (const c of QUERY_CLASSES) {
        const values = withTruth(c, rel).map((p) => p.recall[rel][s]);
        if (values.length > 0) out[c] = mean(values);
      }
      return out;
    }),
  );
  const synonymMin = byRelevance((rel) =>
    bySystem((s) => Math.min(...withTruth("synonym", rel).map((p) => p.recall[rel][s]))),
  );
  // processing holds warm-up samples too: keep the measured tail.
  const measured = processing.slice(processing.length - m.rounds * QUERIES.length);
  return {
    repetitions: m.rounds,
    warmup: ctx.warmup,
    latency,
    recall,
    synonymMin,
    meiliProcessing: summarize(measured),
    errors: bySystem((s) => m.errors[s] ?? 0),
    sameFirstPage: QUERIES.filter(
      (_, i) => m.results.app![i]!.ids.join() === m.results.meilisearch![i]!.ids.join(),
    ).length,
    perQuery,
  };
}

function bySystem<T>(f: (s: SystemName) => T): Record<SystemName, T> {
  return Object.fromEntries(SYSTEMS.map((s) => [s, f(s)])) as Record<SystemName, T>;
}

function byRelevance<T>(f: (r: Relevance) => T): Record<Relevance, T> {
  return Object.fromEntries(RELEVANCES.map((r) => [r, f(r)])) as Record<Relevance, T>;
}
