import type { MatchFilters } from "~/utils/matching-query";
import type { Database } from "../../../db/client";
import type { SearchEngine } from "../../../search/client";
import type { CorpusStats } from "./corpus-stats";
import { type Audience, retrieveExpertCandidates } from "./expert-retrieval";
import { expertScores, type RankedExpert, rankExperts } from "./expert-scoring";
import { expertView } from "./expert-view";
import { getCorpusStats } from "./load-corpus-stats";
import { loadExpertCandidates, withPaperTitles } from "./load-expert-candidates";
import { getTaxonomy } from "./load-taxonomy";
import { analyzeNeed } from "./need-analysis";

export type MatchExpertsInput = {
  /** Validated by MatchExpertsRequestSchema (≤ 5,000 characters). */
  text: string;
  filters?: MatchFilters;
  limit?: number;
  /** "members" (default) for signed-in users and the API; "public" for anonymous pages. */
  audience?: Audience;
  /** Pools up to this size are scored whole (default SCORE_ALL_MAX); tests force a path. */
  scoreAllMax?: number;
};

/** The shape of POST /api/v1/match/experts: the HTTP layer only serializes it. */
export type MatchExpertsResult = { results: RankedExpert[] };

/**
 * "Describe your need": ranks experts and researchers for a free text in French, English or
 * Arabic. Candidates are the whole pool when the filters leave a few thousand people, otherwise
 * the authors of papers sharing the need's words and the holders of its concepts; each is scored
 * on its own evidence (docs/decisions/014-research-matching.md).
 */
export async function matchExperts(
  db: Database,
  search: SearchEngine,
  input: MatchExpertsInput,
): Promise<MatchExpertsResult> {
  const [{ graph, matcher }, stats] = await Promise.all([getTaxonomy(db), getCorpusStats(db)]);
  const need = analyzeNeed(input.text, { graph, matcher, stats });
  if (need.concepts.length === 0 && need.terms.length === 0 && need.bigrams.length === 0) {
    return { results: [] };
  }
  const view = await expertView(db, stats.directory);
  const ids = await retrieveExpertCandidates(
    db,
    search,
    need,
    { graph, stats, view },
    {
      filters: input.filters ?? {},
      audience: input.audience ?? "members",
      scoreAllMax: input.scoreAllMax,
    },
  );
  const candidates = await loadExpertCandidates(db, ids, stats, view);
  const ranked = rankExperts(candidates, need, { graph, stats }, input.limit ?? 20);
  return { results: await withPaperTitles(db, ranked) };
}

/**
 * The scores of the given people for a text, whoever else is in the network: what a person's
 * score depends on, and nothing more (the evaluation's calibration and the stability test).
 * `stats` freezes the corpus statistics; by default the current ones are used.
 */
export async function scoreExperts(
  db: Database,
  input: { text: string; personIds: readonly string[]; stats?: CorpusStats },
): Promise<Map<string, number>> {
  const [{ graph, matcher }, stats] = await Promise.all([
    getTaxonomy(db),
    input.stats ?? getCorpusStats(db),
  ]);
  const need = analyzeNeed(input.text, { graph, matcher, stats });
  const view = await expertView(db, stats.directory);
  const candidates = await loadExpertCandidates(db, input.personIds, stats, view);
  const scores = expertScores(candidates, need, { graph, stats });
  return new Map(input.personIds.map((id) => [id, scores.get(id) ?? 0]));
}
