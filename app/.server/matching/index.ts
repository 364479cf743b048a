// The matching engine's entry points: pages, the JSON API, the mentorship workflow and the lab
// profiles use these.
export {
  buildConceptMatcher,
  type ConceptMatcher,
  extractConcepts,
} from "./concept-extraction";
export { bm25Idf, contentStems } from "./corpus-stats";
export { type Audience, listingFilter } from "./expert-retrieval";
export type { RankedExpert } from "./expert-scoring";
export {
  corpusStatsBuiltAt,
  getCorpusStats,
  invalidateCorpusStats,
  keepCorpusStatsFresh,
} from "./load-corpus-stats";
export { getTaxonomy } from "./load-taxonomy";
export {
  type MatchExpertsInput,
  type MatchExpertsResult,
  matchExperts,
  scoreExperts,
} from "./match-experts";
export { LANGUAGE_POINTS, PLACE_POINTS } from "./mentor-place-language";
export { MENTOR_POINTS, type MentorSuggestion, type NearMiss } from "./mentor-scoring";
export { analyzeNeed } from "./need-analysis";
export { authorsOfMatchingPapers } from "./paper-retrieval";
export {
  type ActiveMenteesLoader,
  activeMenteesNotTrackedYet,
  type MentorSuggestions,
  suggestMentors,
} from "./suggest-mentors";
export { type ConceptNode, graphFromConcepts, type TaxonomyGraph } from "./taxonomy-graph";
export { fold } from "./text/normalize";
export { contentStemsOf } from "./text/tokenize";
