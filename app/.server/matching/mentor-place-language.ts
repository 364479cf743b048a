import type { PlaceRelation, SharedLanguage } from "~/utils/matching-breakdown";
import { LANGUAGE_LEVELS, type LanguageLevel } from "~/vocabulary/people";
import { fold } from "./text/normalize";

/**
 * Meeting in person helps, but the network exists to bridge Belgium and Morocco: a Brussels
 * mentor for a Laâyoune student is a feature, scored just under "same country", and remote
 * mentoring elsewhere still counts a little.
 */
export const PLACE_POINTS: Record<PlaceRelation, number> = {
  same_city: 6,
  same_country: 4,
  cross_country: 3,
  remote: 1,
};
const BRIDGE = new Set(["MA", "BE"]);

export type PlaceScore = { relation: PlaceRelation; points: number };

export function scorePlace(
  student: { city: string; country: string },
  mentor: { city: string; country: string },
): PlaceScore {
  const relation: PlaceRelation =
    student.country === mentor.country
      ? fold(student.city).trim() === fold(mentor.city).trim()
        ? "same_city"
        : "same_country"
      : BRIDGE.has(student.country) && BRIDGE.has(mentor.country)
        ? "cross_country"
        : "remote";
  return { relation, points: PLACE_POINTS[relation] };
}

export const LANGUAGE_POINTS = { first: 4, other: 1, bothFluent: 2, cap: 8 } as const;

const rank = (level: LanguageLevel) => LANGUAGE_LEVELS.indexOf(level);

/** Shared languages, best common level first; a conversation needs at least one. */
export function scoreLanguages(
  student: readonly { code: string; level: LanguageLevel }[],
  mentor: readonly { code: string; level: LanguageLevel }[],
): { shared: SharedLanguage[]; points: number } {
  const shared: SharedLanguage[] = [];
  for (const own of student) {
    const theirs = mentor.find((l) => l.code === own.code);
    if (theirs) shared.push({ code: own.code, studentLevel: own.level, mentorLevel: theirs.level });
  }
  const common = (l: SharedLanguage) => Math.min(rank(l.studentLevel), rank(l.mentorLevel));
  shared.sort((a, b) => common(b) - common(a));
  if (shared.length === 0) return { shared, points: 0 };
  const fluent = shared.some((l) => common(l) >= rank("fluent"));
  const points = Math.min(
    LANGUAGE_POINTS.cap,
    LANGUAGE_POINTS.first +
      LANGUAGE_POINTS.other * (shared.length - 1) +
      (fluent ? LANGUAGE_POINTS.bothFluent : 0),
  );
  return { shared, points };
}
