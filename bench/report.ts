import { QUERY_CLASSES } from "./queries";
import type { BenchResults } from "./results";
import { SYSTEMS } from "./scenarios/search";
import type { Summary } from "./stats";
import { checkTargets, pct } from "./targets";

const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "—");
const int = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString("en-US") : "—");
const mp = (s: Summary) => `${f1(s.median)} / ${f1(s.p95)}`;
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");

const LABEL = {
  app: "App (GET /api/v1/search)",
  meilisearch: "Meilisearch direct",
  postgres: "PostgreSQL FTS + pg_trgm",
};

/** The Markdown report: targets first, then one section per scenario. */
export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const s = r.search;
  const out: string[] = [
    `# Passerelle benchmark — ${int(r.size)} profiles`,
    "",
    `${m.date.slice(0, 16).replace("T", " ")} UTC · ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB · ${m.os} · Node ${m.node} · PostgreSQL ${m.postgres} · Meilisearch ${m.meilisearch} · ${r.build} · run took ${int(r.runSeconds)} s`,
    "",
    `Machine load (1-min load average) during the run: mean ${m.load.mean.toFixed(1)}, max ${m.load.max.toFixed(1)} on ${m.cores} cores${m.load.mean > m.cores ? " — other work shared the machine: figures are pessimistic" : ""}.`,
    "",
    ...(r.variant ? [`**Variant run, not the shipped configuration: ${r.variant}.**`, ""] : []),
    "Targets are defined at 100,000 profiles on this 2-core machine.",
    "",
    table(
      ["target", "measured", "verdict"],
      checkTargets(r).map((c) => [c.target, c.measured, c.verdict]),
    ),
    "",
    "## 1. Directory search",
    "",
    `${QUERY_CLASSES.map((c) => `${s.perQuery.filter((q) => q.class === c).length} ${c}`).join(", ")} queries (some with facet filters), all eight facets counted, page of 20; ${s.warmup} warm-up rounds then ${s.repetitions} measured rounds, the three systems interleaved per query, one request at a time. Latency in ms, median / p95, from the bench process (keep-alive HTTP, response parsed).`,
    "",
    table(
      ["system", ...QUERY_CLASSES, "all", "errors"],
      SYSTEMS.map((sys) => [
        LABEL[sys],
        ...QUERY_CLASSES.map((c) => mp(s.latency[sys][c])),
        `**${mp(s.latency[sys].all)}**`,
        s.errors[sys],
      ]),
    ),
    "",
    `Meilisearch's own processing time for the main query: ${mp(s.meiliProcessing)} ms. The app and Meilisearch direct returned the same first page for ${s.sameFirstPage} of ${s.perQuery.length} queries (same request, as it should be).`,
    "",
    "Recall@20: share of the top 20 (or of all, when fewer) who really hold the intended skill, against the generator's ground truth; mean over the queries of a class.",
    "",
    table(
      ["system", ...QUERY_CLASSES.filter((c) => c !== "browse")],
      SYSTEMS.map((sys) => [
        LABEL[sys],
        ...QUERY_CLASSES.filter((c) => c !== "browse").map((c) => pct(s.recall[sys][c])),
      ]),
    ),
    "",
    "<details><summary>Per query: median ms (app / Meilisearch / PostgreSQL), hits, recall@20</summary>",
    "",
    table(
      ["query", "holders", "median ms", "hits", "recall@20"],
      s.perQuery.map((q) => [
        `\`${q.id}\``,
        q.truth || "—",
        SYSTEMS.map((x) => f1(q.medians[x])).join(" / "),
        SYSTEMS.map((x) => int(q.totals[x])).join(" / "),
        q.truth ? SYSTEMS.map((x) => pct(q.recall[x])).join(" / ") : "—",
      ]),
    ),
    "",
    "</details>",
    "",
    ...matchingSection(r),
    ...lagAndImportSections(r),
  ];
  return `${out.join("\n")}\n`;
}

function matchingSection(r: BenchResults): string[] {
  const m = r.matching;
  const body = m.available
    ? table(
        ["text", "median ms", "p95 ms", "requests"],
        [
          ["short (6 texts, FR/EN/AR)", f1(m.short.median), f1(m.short.p95), m.short.n],
          [`long (${int(m.longChars)} characters)`, f1(m.long.median), f1(m.long.p95), m.long.n],
        ],
      )
    : `**Not measured: ${m.reason}.** The scenario runs as soon as the endpoint answers.`;
  return ["## 2. Describe-your-need matching (POST /api/v1/match/experts)", "", body, ""];
}

function lagAndImportSections(r: BenchResults): string[] {
  const lag = r.indexLag;
  const g = r.generation;
  const imp = r.import;
  const mem = r.memory;
  const load = r.load;
  return [
    "## 3. Index lag",
    "",
    `${lag.writes} profile edits through updatePerson (data + outbox row in one transaction) at ${lag.ratePerSecond}/s for ${lag.durationSeconds} s; one loop asks Meilisearch about every unseen edit every 20 ms (the resolution). Commit acknowledged → visible in search: p50 **${f1(lag.lag.median)} ms**, p95 ${f1(lag.lag.p95)} ms, p99 **${f1(lag.lag.p99)} ms**, max ${f1(lag.lag.max)} ms; never seen: ${lag.missing}; failed writes: ${lag.writeErrors}.`,
    "",
    "## 4. Import, reindex, generator",
    "",
    table(
      ["operation", "profiles", "seconds", "profiles/s"],
      [
        [
          "`npm run import` (JSONL)",
          imp.available ? int(imp.profiles) : "—",
          imp.available ? f1(imp.seconds) : "—",
          imp.available
            ? `${int(imp.profilesPerSecond)}${imp.exitCode ? ` (exit ${imp.exitCode})` : ""}`
            : imp.reason,
        ],
        [
          "full reindex (reindexAll, swap)",
          int(r.reindex.people),
          f1(r.reindex.seconds),
          int(r.reindex.documentsPerSecond),
        ],
        [
          "generator: generate + COPY with outbox rows",
          int(g.profiles),
          f1(g.seconds),
          int(g.profilesPerSecond),
        ],
        [
          "… of which COPY transactions (all tables)",
          int(g.profiles),
          f1(g.insertSeconds),
          `${int(g.profiles / g.insertSeconds)} (${int(g.rowsPerSecond)} rows/s)`,
        ],
        [
          "initial indexing by the app's outbox worker",
          int(g.profiles),
          f1(g.indexedAfterSeconds),
          int(g.profiles / g.indexedAfterSeconds),
        ],
        [
          "PostgreSQL alternative: view + indexes + word list",
          int(r.pgAlternative.rows),
          f1(r.pgAlternative.buildSeconds),
          "—",
        ],
      ],
    ),
    "",
    "## 5. Memory (peak during the run)",
    "",
    table(
      ["process", "peak MB"],
      [
        ["app (node, RSS high-water mark)", int(mem.appMb)],
        ["PostgreSQL (postmaster + backends, sum of PSS)", int(mem.postgresMb)],
        ["Meilisearch (RSS high-water mark)", int(mem.meiliMb)],
      ],
    ),
    "",
    "## 6. Load on GET /api/v1/search",
    "",
    `autocannon in a second process, ${load.connections} connections for ${f1(load.durationSeconds)} s, cycling through the ${r.search.perQuery.length} queries: **${int(load.requestsPerSecond)} requests/s** (${int(load.requests)} requests), latency p50 ${f1(load.latencyMs.p50)} ms, p90 ${f1(load.latencyMs.p90)} ms, p99 ${f1(load.latencyMs.p99)} ms, max ${f1(load.latencyMs.max)} ms; errors ${load.errors}, timeouts ${load.timeouts}, non-2xx ${load.non2xx}.`,
  ];
}
