// The matching engine's entry points: pages, the JSON API and the mentorship workflow use these.
export type { Audience } from "./expert-retrieval";
export type { RankedExpert } from "./expert-scoring";
export { invalidateCorpusStats } from "./load-corpus-stats";
export {
  type MatchExpertsInput,
  type MatchExpertsResult,
  matchExperts,
  scoreExperts,
} from "./match-experts";
export type { MentorSuggestion, NearMiss } from "./mentor-scoring";
export {
  type ActiveMenteesLoader,
  activeMenteesNotTrackedYet,
  type MentorSuggestions,
  suggestMentors,
} from "./suggest-mentors";
