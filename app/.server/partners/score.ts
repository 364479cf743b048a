import { aggregatePublications, aggregateSectors, skillStrength } from "../labs/aggregate";
import { skillsMentioned } from "../labs/taxonomy";
import type { LabProfile, MemberData, PublicationData } from "../labs/types";
import {
  complementarityCriterion,
  countryCriterion,
  type Fraction,
  isPreferredCountryPair,
  languagesCriterion,
  overlapCriterion,
  publicationsCriterion,
  purposeCriterion,
  sectorsCriterion,
  skillRarity,
  tiesCriterion,
} from "./criteria";
import {
  CRITERIA,
  type CriterionId,
  type CriterionResult,
  type PartnerSuggestion,
  type ScoringContext,
  type SourceProfile,
} from "./types";

/** Scores one partner for the source: every criterion, weighted for the purpose. Pure. */
export function scorePartner(
  source: SourceProfile,
  partner: LabProfile,
  ctx: ScoringContext,
): PartnerSuggestion {
  const fractions: { [I in CriterionId]: Fraction<Extract<CriterionResult, { id: I }>> } = {
    complementarity: complementarityCriterion(ctx.taxonomy, source, partner, ctx.skillWeights),
    overlap: overlapCriterion(ctx.taxonomy, source, partner, ctx.skillWeights),
    sectors: sectorsCriterion(source, partner),
    purpose: purposeCriterion(partner, ctx.purpose),
    publications: publicationsCriterion(ctx.taxonomy, source, partner, ctx.year),
    languages: languagesCriterion(source, partner),
    ties: tiesCriterion(source, partner, ctx.pairingTies.get(partner.id) ?? 0),
    country: countryCriterion(ctx.countryPreference, source, partner),
  };
  const breakdown = CRITERIA.map((id) => {
    const max = ctx.weights[id];
    const { fraction, details } = fractions[id];
    return { id, max, points: Math.round(fraction * max * 10) / 10, details } as CriterionResult;
  });
  const score = Math.round(breakdown.reduce((sum, c) => sum + c.points, 0) * 10) / 10;
  return {
    partner: {
      id: partner.id,
      slug: partner.slug,
      name: partner.name,
      acronym: partner.acronym,
      kind: partner.kind,
      country: partner.country,
      city: partner.city,
      members: partner.memberIds.length,
    },
    purpose: ctx.purpose,
    score,
    breakdown,
  };
}

/**
 * Ranks candidates for the source, best first; skills weigh by their rarity among the candidates
 * unless the context says otherwise. Leaves out the source itself, its own family
 * (a university and its labs, a lab the person belongs to), partners outside the preferred country
 * pairs when the preference is strict, and partners with nothing in common.
 */
export function rankPartners(
  source: SourceProfile,
  candidates: LabProfile[],
  ctx: ScoringContext,
  limit: number,
): PartnerSuggestion[] {
  const own = new Set(source.unitIds);
  const weighted = { ...ctx, skillWeights: ctx.skillWeights ?? skillRarity(candidates) };
  return candidates
    .filter(
      (c) =>
        !c.unitIds.some((id) => own.has(id)) &&
        (!ctx.countryPreference.strict ||
          isPreferredCountryPair(ctx.countryPreference, source.country, c.country)),
    )
    .map((c) => scorePartner(source, c, weighted))
    .filter((s) => s.breakdown.some((c) => c.id !== "country" && c.points > 0))
    .sort((a, b) => b.score - a.score || (a.partner.slug < b.partner.slug ? -1 : 1))
    .slice(0, limit);
}

/**
 * A person seen as a one-member lab, so person → lab suggestions reuse the same criteria. The
 * person's needs (what they look for, in their words) are the "stated needs".
 */
export function personAsSource(
  person: MemberData,
  publications: PublicationData[],
  unitIds: string[],
): SourceProfile {
  const working = person.languages.filter((l) => l.level !== "basic").map((l) => l.language);
  return {
    id: person.personId,
    country: person.country,
    unitIds,
    memberIds: [person.personId],
    skills: person.skills
      .map((s) => ({
        skillId: s.skillId,
        members: 1,
        maxLevel: s.level,
        meanLevel: s.level,
        strength: skillStrength([s.level]),
      }))
      .sort((a, b) => b.strength - a.strength),
    sectors: aggregateSectors([person], []),
    languages: working.map((language) => ({ language, members: 1 })),
    statedNeedSkills: [
      ...new Set(
        person.offersNeeds
          .filter((o) => o.direction === "need")
          .flatMap((o) => skillsMentioned(o.details)),
      ),
    ],
    publications: aggregatePublications(publications),
  };
}
