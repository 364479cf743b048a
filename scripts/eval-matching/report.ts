import { mean } from "./metrics";
import { isHeldOut } from "./network";
import type { QueryRun } from "./run-queries";

export type Row = {
  label: string;
  n: number;
  engineP5: number;
  baselineP5: number;
  engineNdcg: number;
  baselineNdcg: number;
};

export type Latency = {
  label: string;
  profiles: number;
  samples: number;
  p50: number;
  p95: number;
  /** 1-minute load average while measuring, and the machine's cores: latency depends on both. */
  load: number;
  cores: number;
};

export function summarize(runs: readonly QueryRun[]): Row[] {
  const groups: [string, (r: QueryRun) => boolean][] = [
    ["all queries", () => true],
    ["dev half (tuning allowed)", (r) => !isHeldOut(r.query.topic)],
    ["held-out half", (r) => isHeldOut(r.query.topic)],
    ["French", (r) => r.query.lang === "fr"],
    ["English", (r) => r.query.lang === "en"],
    ["Arabic", (r) => r.query.lang === "ar"],
    ["French, held-out", (r) => r.query.lang === "fr" && isHeldOut(r.query.topic)],
    ["English, held-out", (r) => r.query.lang === "en" && isHeldOut(r.query.topic)],
    ["Arabic, held-out", (r) => r.query.lang === "ar" && isHeldOut(r.query.topic)],
    ["short texts", (r) => r.query.length === "short"],
    ["long texts (calls, thesis topics)", (r) => r.query.length === "long"],
  ];
  return groups.map(([label, keep]) => {
    const selected = runs.filter(keep);
    return {
      label,
      n: selected.length,
      engineP5: mean(selected.map((r) => r.engine.p5)),
      baselineP5: mean(selected.map((r) => r.baseline.p5)),
      engineNdcg: mean(selected.map((r) => r.engine.ndcg10)),
      baselineNdcg: mean(selected.map((r) => r.baseline.ndcg10)),
    };
  });
}

const f = (n: number) => n.toFixed(3);

export function qualityTable(rows: readonly Row[]): string {
  const lines = [
    "| queries | n | P@5 engine | P@5 keyword baseline | nDCG@10 engine | nDCG@10 keyword baseline |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.n} | **${f(r.engineP5)}** | ${f(r.baselineP5)} | **${f(r.engineNdcg)}** | ${f(r.baselineNdcg)} |`,
    ),
  ];
  return lines.join("\n");
}

export function latencyTable(latencies: readonly Latency[]): string {
  return [
    "| request | profiles | samples | p50 ms | p95 ms | load average / cores |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...latencies.map(
      (l) =>
        `| ${l.label} | ${l.profiles} | ${l.samples} | ${l.p50.toFixed(1)} | ${l.p95.toFixed(1)} | ${l.load.toFixed(1)} / ${l.cores} |`,
    ),
  ].join("\n");
}

export function perQueryTable(runs: readonly QueryRun[]): string {
  return [
    "| query | lang | length | half | P@5 engine | P@5 baseline | nDCG@10 engine | nDCG@10 baseline |",
    "| --- | --- | --- | --- | ---: | ---: | ---: | ---: |",
    ...runs.map(
      (r) =>
        `| ${r.query.id} | ${r.query.lang} | ${r.query.length} | ${isHeldOut(r.query.topic) ? "held-out" : "dev"} | ${f(r.engine.p5)} | ${f(r.baseline.p5)} | ${f(r.engine.ndcg10)} | ${f(r.baseline.ndcg10)} |`,
    ),
  ].join("\n");
}
