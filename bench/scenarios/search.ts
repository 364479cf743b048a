import type postgres from "postgres";
import type { GroundTruth } from "../ground-truth";
import { requestJson } from "../http";
import { measureInterleaved, type System } from "../measure";
import { meiliDirect } from "../meili-direct";
import { pgSearch } from "../pg-alternative";
import { type BenchQuery, QUERIES, QUERY_CLASSES, type QueryClass, toApiPath } from "../queries";
import { mean, recallAtK, type Summary, summarize } from "../stats";

export const SYSTEMS = ["app", "meilisearch", "postgres"] as const;
export type SystemName = (typeof SYSTEMS)[number];

export type SearchReport = {
  /** Measured rounds (each query once on each system per round). */
  repetitions: number;
  warmup: number;
  /** Latency per system, overall and per query class. */
  latency: Record<SystemName, Record<QueryClass | "all", Summary>>;
  /** Mean recall@20 per system and class (classes with intended skills only). */
  recall: Record<SystemName, Partial<Record<QueryClass, number>>>;
  /** Meilisearch's own processing time (server side) of the main query, ms. */
  meiliProcessing: Summary;
  errors: Record<SystemName, number>;
  /** Queries where the app and Meilisearch direct returned the same first page (same request). */
  sameFirstPage: number;
  perQuery: {
    id: string;
    class: QueryClass;
    truth: number;
    medians: Record<SystemName, number>;
    totals: Record<SystemName, number>;
    recall: Record<SystemName, number>;
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
  const direct = meiliDirect(ctx.meiliUrl, ctx.meiliKey);
  const processing: number[] = [];
  const pg = pgSearch(ctx.sql);
  const systems: System<BenchQuery>[] = [
    {
      name: "app",
      run: async (query) => {
        const { json } = await requestJson<{ hits: { id: string }[]; total: number }>(
          `${ctx.appUrl}${toApiPath(query)}`,
        );
        return { ids: json.hits.map((h) => h.id), total: json.total };
      },
    },
    {
      name: "meilisearch",
      run: async (query) => {
        const result = await direct(query);
        processing.push(result.processingTimeMs);
        return result;
      },
    },
    { name: "postgres", run: pg },
  ];
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

  const truths = QUERIES.map((q) =>
    q.intended.length > 0 ? ctx.truth.holders(q.intended, q.filters) : new Set<string>(),
  );
  const perQuery = QUERIES.map((q, i) => ({
    id: q.id,
    class: q.class,
    truth: truths[i]!.size,
    medians: bySystem((s) => summarize(m.samples[s]![i]!).median),
    totals: bySystem((s) => m.results[s]![i]!.total),
    recall: bySystem((s) => recallAtK(m.results[s]![i]!.ids, truths[i]!, 20)),
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
  const recall = bySystem((s) => {
    const out: Partial<Record<QueryClass, number>> = {};
    for (const c of QUERY_CLASSES) {
      const values = perQuery.filter((p) => p.class === c && p.truth > 0).map((p) => p.recall[s]);
      if (values.length > 0) out[c] = mean(values);
    }
    return out;
  });
  // processing holds warm-up samples too: keep the measured tail.
  const measured = processing.slice(processing.length - m.rounds * QUERIES.length);
  return {
    repetitions: m.rounds,
    warmup: ctx.warmup,
    latency,
    recall,
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
