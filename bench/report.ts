import { QUERY_CLASSES } from "./queries";
import type { BenchResults } from "./results";
import { plannerSection } from "./scenarios/planner";
import { RELEVANCES, SYSTEMS } from "./scenarios/search";
import type { Summary } from "./stats";
import { checkTargets, LOAD_LABEL, pct } from "./targets";

const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "—");
const int = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString("en-US") : "—");
const mp = (s: Summary) => `${f1(s.median)} / ${f1(s.p95)}`;
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");

const LABEL = {
  app: "App: /experts page data",
  meilisearch: "Meilisearch direct, same request",
  api: "App: GET /api/v1/search, all eight facets",
  postgres: "PostgreSQL FTS + pg_trgm",
};
const SHORT = { app: "app", meilisearch: "Meili", api: "API", postgres: "PG" };
const RELEVANCE_LABEL = {
  narrower: "holders of the concept or a narrower one",
  concept: "holders of the concept itself (the definition before 2026-12)",
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
    `${QUERY_CLASSES.map((c) => `${s.perQuery.filter((q) => q.class === c).length} ${c}`).join(", ")} queries (some with facet filters), page of 20; ${s.warmup} warm-up rounds then ${s.repetitions} measured rounds, the systems interleaved per query, one request at a time. The page counts its open facets (sectors, country, kind; skills too when browsing) and those in use, highlights the short fields it shows, and takes browse counts from its cache (warm, as after any first visit); Meilisearch direct gets exactly the page's request. Latency in ms, median / p95, from the bench process to the last byte (keep-alive HTTP).`,
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
    `Meilisearch's own processing time (every query of the page's request): ${mp(s.meiliProcessing)} ms. The app and Meilisearch direct returned the same first page for ${s.sameFirstPage} of ${s.perQuery.length} queries (same request, as it should be).`,
    "",
    "Recall@20: share of the top 20 (or of all, when fewer) who are relevant, against the generator's ground truth; mean over the queries of a class (lowest synonym query in brackets). Two definitions of relevant, side by side:",
    "",
    table(
      ["relevant", "system", ...QUERY_CLASSES.filter((c) => c !== "browse")],
      RELEVANCES.flatMap((rel) =>
        SYSTEMS.filter((sys) => sys !== "meilisearch").map((sys) => [
          RELEVANCE_LABEL[rel],
          LABEL[sys],
          ...QUERY_CLASSES.filter((c) => c !== "browse").map(
            (c) =>
              `${pct(s.recall[rel][sys][c])}${c === "synonym" ? ` (${pct(s.synonymMin[rel][sys])})` : ""}`,
          ),
        ]),
      ),
    ),
    "",
    `<details><summary>Per query: median ms (${SYSTEMS.map((x) => SHORT[x]).join(" / ")}), hits, recall@20 (app / PG) per definition</summary>`,
    "",
    table(
      [
        "query",
        "relevant people (narrower / concept)",
        "median ms",
        "hits",
        "recall@20 narrower",
        "recall@20 concept",
      ],
      s.perQuery.map((q) => [
        `\`${q.id}\``,
        q.truth.concept ? `${q.truth.narrower} / ${q.truth.concept}` : "—",
        SYSTEMS.map((x) => f1(q.medians[x])).join(" / "),
        SYSTEMS.map((x) => int(q.totals[x])).join(" / "),
        ...RELEVANCES.map((rel) =>
          q.truth[rel] ? `${pct(q.recall[rel].app)} / ${pct(q.recall[rel].postgres)}` : "—",
        ),
      ]),
    ),
    "",
    "</details>",
    "",
    ...matchingSection(r),
    ...lagAndImportSections(r),
    ...(r.planner ? plannerSection(r.planner) : []),
  ];
  return `${out.join("\n")}\n`;
}

function matchingSection(r: BenchResults): string[] {
  const m = r.matching;
  if (!m.available) {
    const body = `**Not measured: ${m.reason}.** The scenario runs as soon as the endpoint answers.`;
    return ["## 2. Describe-your-need matching (POST /api/v1/match/experts)", "", body, ""];
  }
  const first = m.firstRequests;
  const rows: (string | number)[][] = [
    ["short (6 texts, FR/EN/AR)", f1(m.short.median), f1(m.short.p95), m.short.n],
    [`long (${int(m.longChars)} characters)`, f1(m.long.median), f1(m.long.p95), m.long.n],
  ];
  if (first) {
    rows.push(
      [
        "first requests after the load, short",
        f1(first.short.median),
        f1(first.short.p95),
        first.short.n,
      ],
      [
        "first requests after the load, long",
        f1(first.long.median),
        f1(first.long.p95),
        first.long.n,
      ],
    );
  }
  const note = !first
    ? ""
    : `\n\nThe first two rows are measured once the word table was rebuilt over the loaded network (${
        first.tableWaitSeconds === null
          ? "not reported in time: the table in use"
          : `${first.tableWaitSeconds.toFixed(0)} s after the first requests`
      }); the last two, right after the load, before that rebuild (ADR 063).`;
  const body = table(["text", "median ms", "p95 ms", "requests"], rows) + note;
  const perText = !m.perText
    ? ""
    : `\n\nEach short text on its own (median / slowest of its ${m.perText[0]?.summary.n ?? 0} requests):\n\n${table(
        ["text", "median ms", "slowest ms"],
        m.perText.map((t) => [
          t.text.length > 60 ? `${t.text.slice(0, 57)}…` : t.text,
          f1(t.summary.median),
          f1(t.summary.p99),
        ]),
      )}`;
  return ["## 2. Describe-your-need matching (POST /api/v1/match/experts)", "", body + perText, ""];
}

function lagAndImportSections(r: BenchResults): string[] {
  const lag = r.indexLag;
  const g = r.generation;
  const imp = r.import;
  const mem = r.memory;
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
          "`npm run import` (JSONL): read, checked, written, committed",
          imp.available ? int(imp.profiles) : "—",
          imp.available ? f1(imp.seconds) : "—",
          imp.available
            ? `${int(imp.profilesPerSecond)}${imp.exitCode ? ` (exit ${imp.exitCode})` : ""}`
            : imp.reason,
        ],
        [
          "… then indexed in bulk and statistics refreshed: all searchable",
          imp.available ? int(imp.profiles) : "—",
          imp.available && imp.searchableAfterSeconds ? f1(imp.searchableAfterSeconds) : "—",
          imp.available && imp.searchableAfterSeconds
            ? int(imp.profiles / imp.searchableAfterSeconds)
            : "—",
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
    "## 6. Pages and API under load",
    "",
    "autocannon in a second process on 127.0.0.1, keep-alive connections, each cycling through the URLs; anonymous visitors, French.",
    "",
    table(
      [
        "target",
        "URLs",
        "connections",
        "seconds",
        "requests/s",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "max ms",
        "failed",
      ],
      r.loads.map((l) => [
        LOAD_LABEL[l.target] ?? l.target,
        l.paths,
        l.connections,
        f1(l.durationSeconds),
        `**${int(l.requestsPerSecond)}**`,
        f1(l.latencyMs.p50),
        f1(l.latencyMs.p90),
        `**${f1(l.latencyMs.p99)}**`,
        f1(l.latencyMs.max),
        l.errors + l.timeouts + l.non2xx,
      ]),
    ),
    "",
    "## 7. Client JavaScript of `/experts`",
    "",
    `A first visit downloads ${r.clientJs.files.length} scripts: **${r.clientJs.totalGzipKb.toFixed(1)} KB gzipped** (${r.clientJs.totalKb.toFixed(0)} KB). Largest: ${r.clientJs.files
      .slice(0, 4)
      .map((f) => `\`${f.path.replace(/^\/assets\//, "")}\` ${f.gzipKb.toFixed(1)} KB`)
      .join(", ")}.`,
  ];
}
