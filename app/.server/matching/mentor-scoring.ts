import type {
  ConceptRef,
  Labels,
  MentorBreakdownItem,
  NearMissReason,
  RelatedSkill,
  SharedSkill,
  ThemeMatch,
} from "~/utils/matching-breakdown";
import type { ConventionKind } from "~/vocabulary/offers";
import type { LanguageLevel } from "~/vocabulary/people";
import { type CorpusStats, conceptIdf } from "./corpus-stats";
import { type PlaceScore, scoreLanguages, scorePlace } from "./mentor-place-language";
import type { SkillRelation, TaxonomyGraph } from "./taxonomy-graph";

export type MatchingProfile = {
  personId: string;
  city: string;
  country: string;
  skills: { skillId: string; level: number }[];
  sectors: string[];
  languages: { code: string; level: LanguageLevel }[];
};
export type StudentProfile = MatchingProfile & { needs: ConventionKind[] };
export type MentorProfile = MatchingProfile & {
  slug: string;
  name: string;
  kind: string;
  mentoringStatus: "open" | "paused";
  mentoringCapacity: number;
  offers: ConventionKind[];
  /** Concepts the mentor's papers name (publication-themes.ts), with how many papers. */
  themes?: { skillId: string; papers: number }[];
};

export type MentorSuggestion = {
  personId: string;
  slug: string;
  name: string;
  kind: string;
  score: number;
  breakdown: MentorBreakdownItem[];
};
export type NearMiss = MentorSuggestion & { reasons: NearMissReason[] };

export type MentorScoringContext = {
  graph: TaxonomyGraph;
  sectors: ReadonlyMap<string, Labels>;
  /** Accepted mentorships each mentor already has. */
  activeMentees: ReadonlyMap<string, number>;
  /** Concept rarity; without it every shared skill weighs the same. */
  stats?: CorpusStats;
};

/**
 * Points per criterion, and why. A shared specific skill is the best reason to meet (up to 4 of
 * them fill the 40 points); a related skill (taxonomy neighbour) counts half; the kind of help
 * asked and offered (thesis co-supervision, internship…) is next, since a mentor who does not
 * offer it cannot help however close the skills; sector, language and place refine.
 */
export const MENTOR_POINTS = {
  sharedSkill: 10,
  sharedSkillsCap: 40,
  relatedSkill: 10,
  relatedSkillsCap: 20,
  publicationTheme: 6,
  publicationThemesCap: 10,
  firstSector: 6,
  otherSector: 3,
  sectorsCap: 12,
  offersCap: 15,
  freeSlot: 1,
  availabilityCap: 3,
} as const;
export const OFFER_POINTS: Record<ConventionKind, number> = {
  thesis_cosupervision: 12,
  internship: 10,
  incubation: 8,
  joint_research: 6,
  mobility: 6,
  mentoring: 6,
};

/** Scores every candidate, then splits those who pass the hard constraints from near misses. */
export function rankMentors(
  student: StudentProfile,
  mentors: readonly MentorProfile[],
  context: MentorScoringContext,
  options: { limit: number; nearMisses?: number; minNearMissScore?: number },
): { suggestions: MentorSuggestion[]; nearMisses: NearMiss[] } {
  const scored = mentors
    .filter((m) => m.personId !== student.personId)
    .map((mentor) => scoreMentor(student, mentor, context))
    .filter((s) => s.topical > 0)
    .sort(
      (a, b) =>
        b.suggestion.score - a.suggestion.score ||
        a.suggestion.name.localeCompare(b.suggestion.name),
    );

  const suggestions = scored
    .filter((s) => s.reasons.length === 0)
    .slice(0, options.limit)
    .map((s) => s.suggestion);
  // Near misses would have made the list: at least as good as its last entry.
  const bar = suggestions.length >= options.limit ? suggestions.at(-1)!.score : 0;
  const nearMisses = scored
    .filter((s) => s.reasons.length > 0)
    .filter((s) => s.suggestion.score >= Math.max(bar, options.minNearMissScore ?? 15))
    .slice(0, options.nearMisses ?? 3)
    .map((s) => ({ ...s.suggestion, reasons: s.reasons }));
  return { suggestions, nearMisses };
}

export function scoreMentor(
  student: StudentProfile,
  mentor: MentorProfile,
  context: MentorScoringContext,
): { suggestion: MentorSuggestion; reasons: NearMissReason[]; topical: number } {
  const { graph } = context;
  const ref = (id: string): ConceptRef => ({ id, labels: graph.labels(id) });
  const specificity = (id: string) => conceptSpecificity(context.stats, id);
  const breakdown: MentorBreakdownItem[] = [];

  const mentorSkills = new Map(mentor.skills.map((s) => [s.skillId, s.level]));
  const shared: SharedSkill[] = [];
  const related: RelatedSkill[] = [];
  for (const own of student.skills) {
    const level = mentorSkills.get(own.skillId);
    if (level !== undefined) {
      // A mentor who knows less than the student about it is a weak reason to meet.
      const behind = level < own.level ? 0.5 : 1;
      const points =
        MENTOR_POINTS.sharedSkill *
        specificity(own.skillId) *
        (level / 5) *
        (0.8 + (0.2 * own.level) / 5) *
        behind;
      shared.push({ skill: ref(own.skillId), mentorLevel: level, studentLevel: own.level, points });
      continue;
    }
    let best: RelatedSkill | null = null;
    for (const skill of mentor.skills) {
      const relation = graph.relation(own.skillId, skill.skillId);
      if (!relation || relation.kind === "same") continue;
      const points =
        MENTOR_POINTS.relatedSkill *
        mentorRelationFactor(relation) *
        (skill.level / 5) *
        specificity(own.skillId);
      if (!best || points > best.points) {
        best = {
          studentSkill: ref(own.skillId),
          mentorSkill: ref(skill.skillId),
          mentorLevel: skill.level,
          relation: relation.kind,
          points,
        };
      }
    }
    if (best) related.push(best);
  }
  const sharedPoints = capPoints(shared, MENTOR_POINTS.sharedSkillsCap);
  if (shared.length > 0) {
    breakdown.push({
      criterion: "shared_skills",
      points: sharedPoints,
      details: { skills: shared },
    });
  }
  const relatedPoints = capPoints(related, MENTOR_POINTS.relatedSkillsCap);
  if (related.length > 0) {
    breakdown.push({
      criterion: "related_skills",
      points: relatedPoints,
      details: { pairs: related },
    });
  }
  const themes = themeMatches(student, mentor, graph, specificity);
  const themePoints = capPoints(themes, MENTOR_POINTS.publicationThemesCap);
  if (themes.length > 0) {
    breakdown.push({
      criterion: "publication_themes",
      points: themePoints,
      details: { themes },
    });
  }

  const sectors = student.sectors.filter((s) => mentor.sectors.includes(s));
  const sectorPoints = Math.min(
    MENTOR_POINTS.sectorsCap,
    sectors.length === 0
      ? 0
      : MENTOR_POINTS.firstSector + MENTOR_POINTS.otherSector * (sectors.length - 1),
  );
  if (sectorPoints > 0) {
    breakdown.push({
      criterion: "sectors",
      points: round(sectorPoints),
      details: {
        sectors: sectors.map((id) => ({
          id,
          labels: context.sectors.get(id) ?? { fr: id, en: id, ar: id },
        })),
      },
    });
  }

  const languages = scoreLanguages(student.languages, mentor.languages);
  if (languages.points > 0) {
    breakdown.push({
      criterion: "languages",
      points: round(languages.points),
      details: { languages: languages.shared },
    });
  }

  const needs: ConventionKind[] = student.needs.length > 0 ? student.needs : ["mentoring"];
  const kinds = needs.filter((k) => mentor.offers.includes(k));
  const offerPoints = Math.min(
    MENTOR_POINTS.offersCap,
    kinds.reduce((sum, k) => sum + OFFER_POINTS[k], 0),
  );
  if (offerPoints > 0)
    breakdown.push({ criterion: "offer", points: offerPoints, details: { kinds } });

  const place: PlaceScore = scorePlace(student, mentor);
  breakdown.push({
    criterion: "place",
    points: place.points,
    details: {
      relation: place.relation,
      mentor: { city: mentor.city, country: mentor.country },
      student: { city: student.city, country: student.country },
    },
  });

  const active = context.activeMentees.get(mentor.personId) ?? 0;
  const free = Math.max(0, mentor.mentoringCapacity - active);
  const availabilityPoints = Math.min(MENTOR_POINTS.availabilityCap, free * MENTOR_POINTS.freeSlot);
  if (availabilityPoints > 0 && mentor.mentoringStatus === "open") {
    breakdown.push({
      criterion: "availability",
      points: availabilityPoints,
      details: { capacity: mentor.mentoringCapacity, active, free },
    });
  }

  const reasons: NearMissReason[] = [];
  if (mentor.mentoringStatus !== "open") reasons.push("mentoring_paused");
  else if (free <= 0) reasons.push("capacity_full");
  if (languages.shared.length === 0) reasons.push("no_shared_language");

  const score = round(
    Math.min(
      100,
      breakdown.reduce((sum, item) => sum + item.points, 0),
    ),
  );
  breakdown.sort((a, b) => b.points - a.points);
  return {
    suggestion: {
      personId: mentor.personId,
      slug: mentor.slug,
      name: mentor.name,
      kind: mentor.kind,
      score,
      breakdown,
    },
    reasons,
    topical: sharedPoints + relatedPoints + themePoints + sectorPoints,
  };
}

/**
 * The student's skills the mentor's papers are about, when the mentor does not declare them: a
 * researcher known through their publications is a mentor too. One paper counts half, two full.
 */
function themeMatches(
  student: StudentProfile,
  mentor: MentorProfile,
  graph: TaxonomyGraph,
  specificity: (id: string) => number,
): ThemeMatch[] {
  const declared = new Set(mentor.skills.map((s) => s.skillId));
  const matches: ThemeMatch[] = [];
  for (const own of student.skills) {
    if (declared.has(own.skillId)) continue;
    let best: ThemeMatch | null = null;
    for (const theme of mentor.themes ?? []) {
      if (declared.has(theme.skillId)) continue;
      const relation = graph.relation(own.skillId, theme.skillId);
      if (!relation) continue;
      const points =
        MENTOR_POINTS.publicationTheme *
        mentorRelationFactor(relation) *
        specificity(own.skillId) *
        Math.min(1, theme.papers / 2);
      if (!best || points > best.points) {
        best = {
          studentSkill: { id: own.skillId, labels: graph.labels(own.skillId) },
          theme: { id: theme.skillId, labels: graph.labels(theme.skillId) },
          relation: relation.kind,
          papers: theme.papers,
          points,
        };
      }
    }
    if (best) matches.push(best);
  }
  return matches;
}

/** A mentor's neighbouring skill: a specialty of the student's topic or its wider field. */
function mentorRelationFactor(relation: SkillRelation): number {
  if (relation.kind === "sibling") return 0.35;
  if (relation.kind === "same") return 1;
  return relation.distance === 1 ? 0.5 : 0.25;
}

/** Python or SQL shared by half the network says less than Amazigh NLP: 0.4 (ubiquitous) to 1. */
export function conceptSpecificity(stats: CorpusStats | undefined, id: string): number {
  if (!stats || stats.people === 0) return 1;
  const rarest = Math.log(1 + (stats.people + 0.5) / 0.5);
  return 0.4 + 0.6 * Math.min(1, conceptIdf(stats, id) / rarest);
}

/** Scales the items' points down so their sum fits the cap; sorts them, best first. */
function capPoints(items: { points: number }[], cap: number): number {
  if (items.length === 0) return 0;
  items.sort((a, b) => b.points - a.points);
  const raw = items.reduce((sum, i) => sum + i.points, 0);
  const total = Math.min(cap, raw);
  const scale = raw > 0 ? total / raw : 0;
  for (const item of items) item.points = round(item.points * scale);
  return round(total);
}

const round = (n: number) => Math.round(n * 10) / 10;
