import type { BenchResults } from "./results";

export type TargetCheck = { target: string; measured: string; verdict: "pass" | "miss" | "n/a" };

const ms = (v: number) => `${v.toFixed(1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** The targets of issue 6, defined at 100,000 profiles on the 2-core machine. */
export function checkTargets(r: BenchResults): TargetCheck[] {
  const { app, meilisearch: meili, postgres: pg } = r.search.latency;
  const typo = r.search.recall;
  const checks: TargetCheck[] = [
    {
      target: "Search p95 through the app ≤ 15 ms",
      measured: ms(app.all.p95),
      verdict: app.all.p95 <= 15 ? "pass" : "miss",
    },
    {
      target: "App overhead ≤ 1.5× raw Meilisearch (median)",
      measured: `${ratio(app.all.median, meili.all.median)} (p95 ${ratio(app.all.p95, meili.all.p95)}; +${(app.all.median - meili.all.median).toFixed(1)} ms)`,
      verdict: app.all.median <= 1.5 * meili.all.median ? "pass" : "miss",
    },
    {
      target: "Meilisearch faster than PostgreSQL (median and p95)",
      measured: `PostgreSQL ${ratio(pg.all.median, meili.all.median)} slower (median), ${ratio(pg.all.p95, meili.all.p95)} (p95)`,
      verdict: meili.all.median < pg.all.median && meili.all.p95 < pg.all.p95 ? "pass" : "miss",
    },
    {
      target: "Meilisearch ahead of PostgreSQL on typo recall@20",
      measured: `${pct(typo.meilisearch.typo)} vs ${pct(typo.postgres.typo)}`,
      verdict: (typo.meilisearch.typo ?? 0) > (typo.postgres.typo ?? 0) ? "pass" : "miss",
    },
  ];
  const m = r.matching;
  checks.push(
    m.available
      ? {
          target: "Describe-your-need p95 ≤ 100 ms (short texts)",
          measured: ms(m.short.p95),
          verdict: m.short.p95 <= 100 ? "pass" : "miss",
        }
      : {
          target: "Describe-your-need p95 ≤ 100 ms (short texts)",
          measured: m.reason,
          verdict: "n/a",
        },
  );
  if (m.available) {
    checks.push({
      target: `Describe-your-need, ${m.longChars.toLocaleString("en-US")}-character texts (reported, no target)`,
      measured: `p95 ${ms(m.long.p95)} (median ${ms(m.long.median)})`,
      verdict: "n/a",
    });
  }
  checks.push({
    target: "Index lag p99 ≤ 1 s",
    measured: `${ms(r.indexLag.lag.p99)}${r.indexLag.missing ? ` (${r.indexLag.missing} never seen)` : ""}`,
    verdict: r.indexLag.lag.p99 <= 1000 && r.indexLag.missing === 0 ? "pass" : "miss",
  });
  const imp = r.import;
  checks.push(
    imp.available
      ? {
          target: "Import 100k profiles ≤ 60 s (≥ 1,667 profiles/s)",
          measured: `${Math.round(imp.profilesPerSecond)} profiles/s (${imp.profiles} in ${imp.seconds.toFixed(1)} s)`,
          verdict: imp.profilesPerSecond >= 100_000 / 60 && imp.exitCode === 0 ? "pass" : "miss",
        }
      : {
          target: "Import 100k profiles ≤ 60 s (≥ 1,667 profiles/s)",
          measured: imp.reason,
          verdict: "n/a",
        },
  );
  return checks;
}

export function pct(v: number | undefined) {
  return v === undefined || Number.isNaN(v) ? "—" : `${Math.round(v * 100)} %`;
}
