import { and, count, eq, inArray } from "drizzle-orm";
import type { Database } from "~/.server/db.server";
import {
  LANGUAGE_POINTS,
  MENTOR_POINTS,
  type MentorSuggestion,
  type NearMiss,
  PLACE_POINTS,
  suggestMentors,
} from "~/.server/matching";
import {
  activeMenteesLoader,
  mentorResponsiveness,
  type Responsiveness,
} from "~/.server/mentorship";
import type { MentorCriterion } from "~/utils/matching-breakdown";
import type { ConventionKind } from "../../../db/schema";
import { offersNeeds, people, personSkills } from "../../../db/schema";
import type { MentorFilters } from "./mentor-filters";

/** Fewer skills than this and suggestions rest on too little: the page says so. */
export const MIN_SKILLS = 3;
const SHOWN = 10;
/** Ranked before filtering, so a filter still leaves a full page when it can. */
const POOL = 50;

/** The most each criterion can earn, for the bars (the engine's caps). */
export const MENTOR_MAX: Record<MentorCriterion, number> = {
  shared_skills: MENTOR_POINTS.sharedSkillsCap,
  related_skills: MENTOR_POINTS.relatedSkillsCap,
  publication_themes: MENTOR_POINTS.publicationThemesCap,
  offer: MENTOR_POINTS.offersCap,
  sectors: MENTOR_POINTS.sectorsCap,
  languages: LANGUAGE_POINTS.cap,
  place: Math.max(...Object.values(PLACE_POINTS)),
  availability: MENTOR_POINTS.availabilityCap,
};

type MentorFacts = {
  headline: string;
  country: string;
  offers: ConventionKind[];
  /** Has an account, so can answer a request (imported profiles may not yet). */
  reachable: boolean;
};
export type ShownSuggestion = MentorSuggestion & {
  headline: string;
  offers: ConventionKind[];
  /** "Usually responds within N days" / "less responsive" (app/.server/mentorship). */
  responsiveness: Responsiveness | null;
  reachable: boolean;
};
export type ShownNearMiss = NearMiss & { headline: string };

/** The student's suggestions and near misses with the URL's filters applied; null: no person. */
export async function loadMentorsPage(db: Database, personId: string, filters: MentorFilters) {
  const [result, [skills]] = await Promise.all([
    suggestMentors(db, { personId, limit: POOL, activeMentees: activeMenteesLoader(db) }),
    db.select({ n: count() }).from(personSkills).where(eq(personSkills.personId, personId)),
  ]);
  if (!result) return null;
  const all = [...result.suggestions, ...result.nearMisses];
  const [facts, responsiveness] = await Promise.all([
    loadMentorFacts(
      db,
      all.map((s) => s.personId),
    ),
    mentorResponsiveness(
      db,
      result.suggestions.map((s) => s.personId),
    ),
  ]);
  const keep = (s: MentorSuggestion) => {
    const f = facts.get(s.personId);
    if (!f) return false;
    if (filters.offer && !f.offers.includes(filters.offer)) return false;
    if (filters.country && f.country !== filters.country) return false;
    if (filters.remote === "no") {
      const place = s.breakdown.find((i) => i.criterion === "place");
      const relation = place?.criterion === "place" ? place.details.relation : "remote";
      if (relation !== "same_city" && relation !== "same_country") return false;
    }
    return true;
  };
  const suggestions: ShownSuggestion[] = result.suggestions
    .filter(keep)
    .slice(0, SHOWN)
    .map((s) => ({
      ...s,
      headline: facts.get(s.personId)?.headline ?? "",
      offers: facts.get(s.personId)?.offers ?? [],
      responsiveness: responsiveness.get(s.personId) ?? null,
      reachable: facts.get(s.personId)?.reachable ?? false,
    }));
  const nearMisses: ShownNearMiss[] = result.nearMisses
    .filter(keep)
    .map((s) => ({ ...s, headline: facts.get(s.personId)?.headline ?? "" }));
  return { suggestions, nearMisses, skillCount: skills?.n ?? 0 };
}

async function loadMentorFacts(db: Database, ids: string[]): Promise<Map<string, MentorFacts>> {
  if (ids.length === 0) return new Map();
  const [rows, offers] = await Promise.all([
    db
      .select({
        id: people.id,
        headline: people.headline,
        country: people.country,
        userId: people.userId,
      })
      .from(people)
      .where(inArray(people.id, ids)),
    db
      .select({ personId: offersNeeds.personId, kind: offersNeeds.kind })
      .from(offersNeeds)
      .where(and(inArray(offersNeeds.personId, ids), eq(offersNeeds.direction, "offer"))),
  ]);
  const facts = new Map<string, MentorFacts>(
    rows.map((r) => [
      r.id,
      { headline: r.headline, country: r.country, offers: [], reachable: r.userId !== null },
    ]),
  );
  for (const o of offers) {
    const entry = o.personId ? facts.get(o.personId) : undefined;
    if (entry && !entry.offers.includes(o.kind)) entry.offers.push(o.kind);
  }
  return facts;
}
