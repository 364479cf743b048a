import type { Database } from "../../../db/client";
import { conceptIdf } from "./corpus-stats";
import { getCorpusStats } from "./load-corpus-stats";
import {
  findMentorCandidateIds,
  findThemeMentorIds,
  loadMentorProfiles,
  loadMentorThemes,
  loadStudentProfile,
} from "./load-mentor-candidates";
import { getTaxonomy } from "./load-taxonomy";
import { type MentorSuggestion, type NearMiss, rankMentors } from "./mentor-scoring";
import { stemConceptReader } from "./publication-themes";

/** How many accepted mentees each of these people currently has (absent = 0). */
export type ActiveMenteesLoader = (personIds: string[]) => Promise<ReadonlyMap<string, number>>;

/**
 * PLACEHOLDER until the mentorship-request workflow exists: no mentorship is tracked yet, so
 * everyone's capacity is fully free. The workflow passes its own loader counting accepted
 * mentorships (or replaces this default once its table exists).
 */
export const activeMenteesNotTrackedYet: ActiveMenteesLoader = async (personIds) =>
  new Map(personIds.map((id) => [id, 0]));

const RETRIEVAL_SKILLS = 5;

export type MentorSuggestions = { suggestions: MentorSuggestion[]; nearMisses: NearMiss[] };

/**
 * Mentors for a student (GET /api/v1/people/:id/mentor-suggestions, the student dashboard).
 * Null when the person does not exist. Authorization (who may ask for whom) is the caller's job.
 */
export async function suggestMentors(
  db: Database,
  options: { personId: string; limit?: number; activeMentees?: ActiveMenteesLoader },
): Promise<MentorSuggestions | null> {
  const [student, { graph, sectors, matcher }, stats] = await Promise.all([
    loadStudentProfile(db, options.personId),
    getTaxonomy(db),
    getCorpusStats(db),
  ]);
  if (!student) return null;
  // Retrieval starts from the student's most specific skills: holders of Python or SQL number in
  // thousands and say little. Scoring still weighs every skill.
  const specific = [...student.skills]
    .sort((a, b) => conceptIdf(stats, b.skillId) - conceptIdf(stats, a.skillId))
    .slice(0, RETRIEVAL_SKILLS);
  const focused = { ...student, skills: specific };
  const [bySkills, byPapers] = await Promise.all([
    findMentorCandidateIds(db, focused, graph),
    findThemeMentorIds(db, focused, stats),
  ]);
  const ids = [...new Set([...bySkills, ...byPapers])];
  const [mentors, activeMentees, themes] = await Promise.all([
    loadMentorProfiles(db, ids),
    (options.activeMentees ?? activeMenteesNotTrackedYet)(ids),
    loadMentorThemes(db, ids, stats, stemConceptReader(matcher)),
  ]);
  return rankMentors(
    student,
    mentors.map((m) => ({ ...m, themes: themes.get(m.personId) ?? [] })),
    { graph, sectors, activeMentees, stats },
    { limit: options.limit ?? 10 },
  );
}
