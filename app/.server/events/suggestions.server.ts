import type { Database } from "../../../db/client";
import { type MentorSuggestion, suggestMentors } from "../matching";
import { activeMenteesLoader } from "../mentorship";
import type { Participant } from "./participants.server";

/** Ranked before keeping the registrants: the network's best mentors may not be at the event. */
const POOL = 300;
const SHOWN = 5;

export type MeetingSuggestion = MentorSuggestion & { registrationId: string; headline: string };

/**
 * Meetings the matching engine suggests to the viewer among the event's participants: for a
 * student, the mentors it ranks (a full mentoring capacity does not matter for a meeting, so the
 * engine's near misses count too), explained criterion by criterion as on /mentors. Empty for
 * others: the engine ranks people for a student or for a written need, and a registration holds
 * neither (docs/decisions/050-event-participants-search.md).
 */
export async function suggestMeetings(
  db: Database,
  viewer: { personId: string; kind: string },
  participants: Participant[],
): Promise<MeetingSuggestion[]> {
  if (viewer.kind !== "student") return [];
  const here = new Map(
    participants.filter((p) => p.personId !== viewer.personId).map((p) => [p.personId, p]),
  );
  if (here.size === 0) return [];
  const result = await suggestMentors(db, {
    personId: viewer.personId,
    limit: POOL,
    activeMentees: activeMenteesLoader(db),
  });
  if (!result) return [];
  return [...result.suggestions, ...result.nearMisses]
    .filter((s) => here.has(s.personId))
    .sort((a, b) => b.score - a.score)
    .slice(0, SHOWN)
    .map(({ personId, slug, name, kind, score, breakdown }) => {
      const p = here.get(personId)!;
      return {
        personId,
        slug,
        name,
        kind,
        score,
        breakdown,
        registrationId: p.registrationId,
        headline: p.headline,
      };
    });
}
