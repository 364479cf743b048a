import type { RealPaperResult, RealPaperRow } from "./real-paper-eval";
import type { RetrievalComparison } from "./retrieval-comparison";

const f = (n: number) => n.toFixed(3);
const win = (engine: number, baseline: number) =>
  engine > baseline ? `**${f(engine)}**` : f(engine);

export function realPaperTable(rows: readonly RealPaperRow[]): string {
  return [
    "| needs | n | recall@10 engine | recall@10 BM25 | MRR engine | MRR BM25 | calibration engine | calibration BM25 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.engine.n} | ${win(r.engine.recall10, r.baseline.recall10)} | ${f(r.baseline.recall10)} | ${win(r.engine.mrr, r.baseline.mrr)} | ${f(r.baseline.mrr)} | ${win(r.engine.calibration, r.baseline.calibration)} | ${f(r.baseline.calibration)} |`,
    ),
  ].join("\n");
}

export function rewriteTable(result: RealPaperResult): string {
  const rank = (r: number | null) => (r === null ? "> 100" : String(r));
  return [
    "| author (held-out paper) | lang | half | rank engine | rank BM25 |",
    "| --- | --- | --- | ---: | ---: |",
    ...result.rewrites.map(
      (r) =>
        `| ${r.rewrite.author} | ${r.rewrite.lang} | ${r.rewrite.half} | ${rank(r.engine)} | ${rank(r.baseline)} |`,
    ),
  ].join("\n");
}

export function retrievalTable(comparisons: readonly RetrievalComparison[]): string {
  return [
    "| network | system | needs | author among candidates | candidates (median) | p50 ms | p95 ms | load / cores |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...comparisons.flatMap((c) =>
      c.rows.map(
        (r) =>
          `| ${c.profiles} profiles, ${c.papers} papers | ${r.system} | ${r.needs} | ${f(r.recall)} | ${r.candidates} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${c.load.toFixed(1)} / ${c.cores} |`,
      ),
    ),
  ].join("\n");
}

/** The real-paper part of docs/matching-eval.md. */
export function realPaperSection(input: {
  result: RealPaperResult;
  retrieval: readonly RetrievalComparison[];
}): string {
  const { result } = input;
  const fr = result.rewrites.filter((r) => r.rewrite.lang === "fr").length;
  const ar = result.rewrites.length - fr;
  return `## Real papers: leave-one-out on the ACL Anthology

### Set-up

- **Data**: ${result.papers} real papers (title, abstract, year) of the 498 authors with five
  papers or more in a subset of the ACL Anthology (https://aclanthology.org, CC BY 4.0; metadata
  from acl-org/acl-anthology at commit b2627038), copied into
  \`scripts/eval-matching/data/\` with its attribution. Mostly 2020, plus 2017–2019 papers on Arabic
  or French language processing.
- **Leave-one-out**: each author holds out one of their papers (a fixed hash picks it; held-out
  papers are distinct and leave the network for everyone, co-authors included). The network is
  then imported as a lab would import it: ${result.profiles} researchers with a name, a country,
  one sector (a fixed hash; it is the narrowing filter below) and their remaining papers, **no
  declared skill**. ${result.authors} authors keep two papers or more and are evaluated.
- **Needs**: the held-out paper's title and abstract, sent to \`matchExperts\` (limit 100) as a
  coordinator would, on the whole network and with a filter that narrows the pool (the author's
  sector: about one researcher in 13).
- **Metrics**: *author recall@10* (the author is in the first 10) and *MRR* (1 / the author's
  rank, 0 beyond 100); the held-out paper's other authors are right answers too, so they are left
  out of the ranking. *Calibration*: for each author, the share of pairs (own held-out paper,
  another evaluated author's held-out paper) in which the author's score for their own paper is
  higher (ties count half; 0.5 is chance), averaged over authors. It uses the scores shown to
  users (\`scoreExperts\`, rounded to 0.1), and tells whether one person's scores order texts by
  fit, whatever the text: the property that makes a score comparable across needs.
- **Baseline**: plain BM25 (k1 1.2, b 0.75) of every paper against all the words of the need,
  with the engine's own folding, stemming and function words; a person scores their best
  paper's BM25. No title weighting, no phrases, no translations.
- **Dev and held-out halves**: evaluated authors alternate. Changes were chosen on the dev half
  (how much the next papers count, phrases, how translations weigh, the glossary entries for
  the dev rewrites' gaps); the held-out half was only printed.

### Results

${realPaperTable(result.rows)}

Matching one held-out need took ${result.msPerNeed.toFixed(0)} ms on average here (two
\`matchExperts\` calls and one \`scoreExperts\` call over ${result.authors} people, scoring the
whole pool: the filters leave fewer than 2,000 people).

### French and Arabic needs for English papers

${result.rewrites.length} rewrites (${fr} French, ${ar} Arabic) of held-out needs, written for
Passerelle in a colleague's own words (\`real-paper-rewrites.ts\`), half of them dev (their gaps
grew the glossary: *rétro-traduction*, *expressions polylexicales*, *étiquetage de séquences*…),
half held-out. The network writes in English only: an Arabic need reaches it through the
taxonomy's labels and the glossary (\`db/data/glossary.json\`). Calibration here compares the
author's score for the rewrite of their own paper with their scores for the other authors'
English held-out papers.

${realPaperTable(result.crossLanguage)}

<details><summary>Per rewrite: the author's rank</summary>

${rewriteTable(result)}

</details>

### Retrieval over publication text: the app's index or Meilisearch

When the filters leave more than 2,000 people, candidates come from the people index (concept
holders, profile words) and from the authors of papers sharing the need's words. Both ways to
search publication text were run on the same needs (the first 200 held-out needs), one after the
other per need: the app's way (every paper holding one of the need's rare words, plus the papers
sharing the most of its other salient words, found in memory in the word-rarity table's paper
index; PostgreSQL full-text search over \`publications.search_vector\` for the 8 rarest words, so
papers written since the table was built are found too), and a
Meilisearch index of publications built for this comparison (the salient words, rarest first, in
queries of ten words with the \`frequency\` matching strategy, 100 hits each). "Author among
candidates" is retrieval's recall: a missing author cannot be ranked.

${retrievalTable(input.retrieval)}

The app uses its in-memory paper index with PostgreSQL for new papers (ADR 014, ADR 059).
`;
}
