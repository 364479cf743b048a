import type { Locale } from "~/utils/i18n";
import type { ExpertBreakdownItem, MentorBreakdownItem } from "~/utils/matching-breakdown";
import type { ConventionKind } from "~/vocabulary/offers";
import type { Database } from "../../../db/client";
import type { SearchEngine } from "../../../search/client";
import { suggestMentors } from "../matching";
import { activeMenteesLoader } from "../mentorship";
import type { Participant } from "./participants.server";
import { expertsForNeed, needText } from "./suggest-experts.server";
import { type PartnerLabMeeting, partnerLabsAtEvent } from "./suggest-partner-labs.server";

/** Ranked before keeping the registrants: the network's best mentors may not be at the event. */
const POOL = 300;
/** Shown per reason. */
const SHOWN = 5;
const SHOWN_LABS = 3;

type Person = {
  personId: string;
  registrationId: string;
  slug: string;
  name: string;
  kind: string;
  headline: string;
};
export type MeetingSuggestion = Person &
  (
    | { reason: "mentor"; score: number; breakdown: MentorBreakdownItem[] }
    | { reason: "expert"; score: number; breakdown: ExpertBreakdownItem[] }
    | ({ reason: "partner_lab" } & Omit<PartnerLabMeeting, "personId">)
  );

export type MeetingSuggestions = {
  suggestions: MeetingSuggestion[];
  /** The viewer wrote nothing they look for: no expert can be ranked for them. */
  needMissing: boolean;
};

type Viewer = {
  personId: string;
  kind: string;
  registration: { note: string; needs: readonly ConventionKind[] };
};

/**
 * Meetings the engines suggest to a registered participant among the other registrants: mentors
 * for a student (as on /mentors), experts for what they wrote they come for (as on /match), and
 * members of partner labs for a lab member (as on /orgs/:slug/partners). Each person once, under
 * the first of those reasons (docs/decisions/060-event-meeting-suggestions.md).
 */
export async function suggestMeetings(
  db: Database,
  search: SearchEngine,
  viewer: Viewer,
  participants: Participant[],
  locale: Locale,
): Promise<MeetingSuggestions> {
  const here = new Map(
    participants.filter((p) => p.personId !== viewer.personId).map((p) => [p.personId, p]),
  );
  const text = await needText(db, viewer.personId, viewer.registration);
  const needMissing = text === "";
  if (here.size === 0) return { suggestions: [], needMissing };
  const ids = new Set(here.keys());
  const [mentors, experts, labs] = await Promise.all([
    viewer.kind === "student" ? mentorsAtEvent(db, viewer.personId, ids) : [],
    expertsForNeed(db, search, text, ids),
    partnerLabsAtEvent(
      db,
      { personId: viewer.personId, needs: viewer.registration.needs },
      ids,
      locale,
    ),
  ]);
  const seen = new Set<string>();
  const person = (personId: string): Person | null => {
    const p = here.get(personId);
    if (!p || seen.has(personId)) return null;
    seen.add(personId);
    const { registrationId, slug, name, kind, headline } = p;
    return { personId, registrationId, slug, name, kind, headline };
  };
  const suggestions: MeetingSuggestion[] = [];
  for (const m of mentors.slice(0, SHOWN)) {
    const p = person(m.personId);
    if (p) suggestions.push({ ...p, reason: "mentor", score: m.score, breakdown: m.breakdown });
  }
  for (const e of experts.filter((e) => !seen.has(e.personId)).slice(0, SHOWN)) {
    const p = person(e.personId);
    if (p) suggestions.push({ ...p, reason: "expert", score: e.score, breakdown: e.breakdown });
  }
  for (const { personId, ...lab } of labs
    .filter((l) => !seen.has(l.personId))
    .slice(0, SHOWN_LABS)) {
    const p = person(personId);
    if (p) suggestions.push({ ...p, reason: "partner_lab", ...lab });
  }
  return { suggestions, needMissing };
}

/** A full mentoring capacity does not matter for a meeting: the engine's near misses count too. */
async function mentorsAtEvent(db: Database, personId: string, here: ReadonlySet<string>) {
  const result = await suggestMentors(db, {
    personId,
    limit: POOL,
    activeMentees: activeMenteesLoader(db),
  });
  if (!result) return [];
  return [...result.suggestions, ...result.nearMisses]
    .filter((s) => here.has(s.personId))
    .sort((a, b) => b.score - a.score);
}
