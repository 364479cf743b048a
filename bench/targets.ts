import type { BenchResults } from "./results";
import type { LoadReport } from "./scenarios/load";

export type TargetCheck = { target: string; measured: string; verdict: "pass" | "miss" | "n/a" };

const ms = (v: number) => `${v.toFixed(1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? "pass" : "miss");

/** The targets of issue 15 (and those of issue 6 still kept), defined at 100,000 profiles. */
export function checkTargets(r: BenchResults): TargetCheck[] {
  const { app, meilisearch: meili, postgres: pg } = r.search.latency;
  const classes = (["plain", "typo", "synonym", "browse"] as const).map((c) => ({
    c,
    p95: app[c].p95,
  }));
  const worst = classes.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  const recall = r.search.recall.narrower;
  const synonymMin = r.search.synonymMin.narrower.app;
  const checks: TargetCheck[] = [
    {
      target: "Search p95 through the app ≤ 15 ms, every query class",
      measured: `${ms(worst.p95)} (worst: ${worst.c}; all ${ms(app.all.p95)}, median ${ms(app.all.median)})`,
      verdict: verdict(worst.p95 <= 15),
    },
    {
      target: "App overhead ≤ 1.3× raw Meilisearch (median)",
      measured: `${ratio(app.all.median, meili.all.median)} (p95 ${ratio(app.all.p95, meili.all.p95)}; +${(app.all.median - meili.all.median).toFixed(1)} ms)`,
      verdict: verdict(app.all.median <= 1.3 * meili.all.median),
    },
    {
      target: "Meilisearch faster than PostgreSQL (median and p95)",
      measured: `PostgreSQL ${ratio(pg.all.median, meili.all.median)} slower (median), ${ratio(pg.all.p95, meili.all.p95)} (p95)`,
      verdict: verdict(meili.all.median < pg.all.median && meili.all.p95 < pg.all.p95),
    },
    {
      target: "Synonym recall@20 ≥ 90 % for every query, mean ≥ 95 %, ahead of PostgreSQL",
      measured: `mean ${pct(recall.app.synonym)}, lowest ${pct(synonymMin)} vs PostgreSQL ${pct(recall.postgres.synonym)} (holders of the concept or a narrower one)`,
      verdict: verdict(
        synonymMin >= 0.9 &&
          (recall.app.synonym ?? 0) >= 0.95 &&
          (recall.app.synonym ?? 0) > (recall.postgres.synonym ?? 1),
      ),
    },
    {
      target: "Typo recall@20 ahead of PostgreSQL",
      measured: `${pct(recall.app.typo)} vs ${pct(recall.postgres.typo)}`,
      verdict: verdict((recall.app.typo ?? 0) > (recall.postgres.typo ?? 0)),
    },
  ];
  const m = r.matching;
  checks.push(
    m.available
      ? {
          target: "Describe-your-need p95 ≤ 100 ms short, ≤ 250 ms at 5,000 characters",
          measured: `${ms(m.short.p95)} / ${ms(m.long.p95)}`,
          verdict: verdict(m.short.p95 <= 100 && m.long.p95 <= 250),
        }
      : { target: "Describe-your-need p95", measured: m.reason, verdict: "n/a" },
  );
  const imp = r.import;
  checks.push(
    imp.available
      ? {
          target: "Import ≥ 1,667 profiles/s (100k in ≤ 60 s)",
          measured: `${Math.round(imp.profilesPerSecond)} profiles/s (${imp.profiles} in ${imp.seconds.toFixed(1)} s${imp.searchableAfterSeconds ? `; all searchable after ${imp.searchableAfterSeconds.toFixed(1)} s` : ""})`,
          verdict: verdict(imp.profilesPerSecond >= 100_000 / 60 && imp.exitCode === 0),
        }
      : { target: "Import ≥ 1,667 profiles/s", measured: imp.reason, verdict: "n/a" },
  );
  checks.push(
    {
      target: "Full reindex ≤ 60 s",
      measured: `${r.reindex.seconds.toFixed(1)} s (${Math.round(r.reindex.documentsPerSecond)} documents/s)`,
      verdict: verdict(r.reindex.seconds <= 60),
    },
    {
      target: "Index lag p99 ≤ 0.5 s at 20 writes/s",
      measured: `${ms(r.indexLag.lag.p99)}${r.indexLag.missing ? ` (${r.indexLag.missing} never seen)` : ""}`,
      verdict: verdict(r.indexLag.lag.p99 <= 500 && r.indexLag.missing === 0),
    },
    {
      target: "Meilisearch peak memory ≤ 1 GB",
      measured: `${Math.round(r.memory.meiliMb).toLocaleString("en-US")} MB`,
      verdict: verdict(r.memory.meiliMb <= 1024),
    },
  );
  for (const load of r.loads.filter((l) => l.target !== "api")) checks.push(pageLoadCheck(load));
  const js = r.clientJs;
  checks.push({
    target: "`/experts` client JavaScript ≤ 100 KB gzipped (one language's messages)",
    measured: `${js.totalGzipKb.toFixed(1)} KB gzipped (${js.totalKb.toFixed(0)} KB, ${js.files.length} files)`,
    verdict: verdict(js.totalGzipKb <= 100),
  });
  return checks;
}

function pageLoadCheck(load: LoadReport): TargetCheck {
  return {
    target: `${LOAD_LABEL[load.target] ?? load.target} under ${load.connections} connections: ≥ 250 req/s, p99 ≤ 300 ms`,
    measured: `${Math.round(load.requestsPerSecond)} req/s, p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms${load.non2xx + load.errors ? ` (${load.non2xx + load.errors} failed)` : ""}`,
    verdict: verdict(
      load.requestsPerSecond >= 250 && load.latencyMs.p99 <= 300 && load.non2xx + load.errors === 0,
    ),
  };
}

export const LOAD_LABEL: Record<string, string> = {
  api: "GET /api/v1/search",
  experts: "`/experts` HTML",
  profile: "Profile pages (HTML)",
};

export function pct(v: number | undefined) {
  return v === undefined || Number.isNaN(v) ? "—" : `${Math.round(v * 100)} %`;
}
