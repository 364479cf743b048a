import type { MatchFilters } from "~/utils/matching-query";
import type { Database } from "../../../db/client";
import type { SearchEngine } from "../../../search/client";
import { type Audience, retrieveExpertCandidates } from "./expert-retrieval";
import { type RankedExpert, rankExperts } from "./expert-scoring";
import { getCorpusStats } from "./load-corpus-stats";
import { loadExpertCandidates } from "./load-expert-candidates";
import { getTaxonomy } from "./load-taxonomy";
import { analyzeNeed } from "./need-analysis";

export type MatchExpertsInput = {
  /** Validated by MatchExpertsRequestSchema (≤ 5,000 characters). */
  text: string;
  filters?: MatchFilters;
  limit?: number;
  /** "members" (default) for signed-in users and the API; "public" for anonymous pages. */
  audience?: Audience;
};

/** The shape of POST /api/v1/match/experts: the HTTP layer only serializes it. */
export type MatchExpertsResult = { results: RankedExpert[] };

/**
 * "Describe your need": ranks experts and researchers for a free text in French, English or
 * Arabic. Concepts and rare words are extracted from the text, candidates are retrieved from
 * Meilisearch (≤ 200), then re-ranked on skills and publications (docs/decisions/007-matching.md).
 */
export async function matchExperts(
  db: Database,
  search: SearchEngine,
  input: MatchExpertsInput,
): Promise<MatchExpertsResult> {
  const [{ graph, matcher }, stats] = await Promise.all([getTaxonomy(db), getCorpusStats(db)]);
  const need = analyzeNeed(input.text, { graph, matcher, stats });
  if (need.concepts.length === 0 && need.terms.length === 0) return { results: [] };

  const ids = await retrieveExpertCandidates(search, need, graph, {
    filters: input.filters ?? {},
    audience: input.audience ?? "members",
  });
  const candidates = await loadExpertCandidates(db, ids, (id) => stats.publications.has(id));
  const ranked = rankExperts(candidates, need, { graph, stats });
  return { results: ranked.slice(0, input.limit ?? 20) };
}
