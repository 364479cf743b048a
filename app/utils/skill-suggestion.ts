/** One answer of GET /api/v1/skills: the label in the reader's language and what matched. */
export type SkillSuggestion = { id: string; label: string; matched: string | null };
