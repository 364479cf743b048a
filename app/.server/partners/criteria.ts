import type { ConventionKind } from "../../../db/schema";
import { closestSkill, relatedSkills, type SkillTaxonomy, skillGroup } from "../labs/taxonomy";
import type { LabProfile } from "../labs/types";
import type {
  ComplementarySkill,
  CountryPreference,
  CriterionResult,
  SkillMatch,
  SourceProfile,
} from "./types";

/** Each criterion yields a fraction of its weight (0–1) and the evidence behind it. */
export type Fraction<R extends CriterionResult> = { fraction: number; details: R["details"] };
type Of<I extends CriterionResult["id"]> = Extract<CriterionResult, { id: I }>;

/** A lab "has" a skill from this strength on (about one member at level 2, or a student at 3). */
export const HAS = 0.3;
/** A partner is "strong" in a skill from this strength on (one member at level 4). */
export const STRONG = 0.5;
const DETAILS = 5;

const saturate = (raw: number, scale: number) => 1 - Math.exp(-raw / scale);

export type SkillWeights = ReadonlyMap<string, number>;
const NO_WEIGHTS: SkillWeights = new Map();
const weightOf = (weights: SkillWeights, skillId: string) => weights.get(skillId) ?? 1;

/**
 * How telling each skill is among the candidates: 1 for a skill no candidate has, down to 0.25
 * for one every candidate has (Linux, SQL, project management). Needs three candidates or more.
 */
export function skillRarity(candidates: Pick<LabProfile, "skills">[]): SkillWeights {
  const weights = new Map<string, number>();
  if (candidates.length < 3) return weights;
  const df = new Map<string, number>();
  for (const c of candidates) {
    for (const s of c.skills)
      if (s.strength >= HAS) df.set(s.skillId, (df.get(s.skillId) ?? 0) + 1);
  }
  for (const [skillId, n] of df) {
    weights.set(skillId, Math.round((0.25 + 0.75 * (1 - n / candidates.length)) * 1000) / 1000);
  }
  return weights;
}

const strengthMaps = new WeakMap<Pick<SourceProfile, "skills">, Map<string, number>>();

function strengthMap(profile: Pick<SourceProfile, "skills">) {
  let map = strengthMaps.get(profile);
  if (!map) {
    map = new Map(profile.skills.map((s) => [s.skillId, s.strength]));
    strengthMaps.set(profile, map);
  }
  return map;
}

/** The best strength a profile brings to a concept, counting related concepts at a discount. */
export function effectiveStrength(
  taxonomy: SkillTaxonomy,
  profile: Pick<SourceProfile, "skills">,
  skillId: string,
): { strength: number; viaSkillId: string } {
  const strengths = strengthMap(profile);
  let best = { strength: 0, viaSkillId: skillId };
  for (const r of relatedSkills(taxonomy, skillId)) {
    const strength = (strengths.get(r.skillId) ?? 0) * r.relatedness;
    if (strength > best.strength) best = { strength, viaSkillId: r.skillId };
  }
  return best;
}

/** What both sides are good at: the source's skills the partner also masters. */
export function overlapCriterion(
  taxonomy: SkillTaxonomy,
  source: SourceProfile,
  partner: LabProfile,
  weights: SkillWeights = NO_WEIGHTS,
): Fraction<Of<"overlap">> {
  const matches: SkillMatch[] = [];
  for (const s of source.skills) {
    if (s.strength < HAS) continue;
    const p = effectiveStrength(taxonomy, partner, s.skillId);
    if (p.strength <= 0) continue;
    matches.push({
      skillId: s.skillId,
      ...(p.viaSkillId !== s.skillId ? { viaSkillId: p.viaSkillId } : {}),
      source: s.strength,
      partner: round(p.strength),
    });
  }
  const value = (m: SkillMatch) => Math.min(m.source, m.partner) * weightOf(weights, m.skillId);
  matches.sort((a, b) => value(b) - value(a));
  const raw = matches.reduce((sum, m) => sum + value(m), 0);
  return { fraction: saturate(raw, 1.5), details: { skills: matches.slice(0, DETAILS) } };
}

/**
 * Where the partner is strong and the source is weak. A gap on a concept the source says it needs
 * counts fully; a gap next to what the source already does counts 40 %; an unrelated one
 * barely counts (a strong accounting team is not what an NLP lab lacks).
 */
export function complementarityCriterion(
  taxonomy: SkillTaxonomy,
  source: SourceProfile,
  partner: LabProfile,
  weights: SkillWeights = NO_WEIGHTS,
): Fraction<Of<"complementarity">> {
  const known = source.skills.filter((s) => s.strength >= HAS).map((s) => s.skillId);
  // The source's field: the groups of its most telling skills, not of the Python everyone lists.
  const telling = [...known].sort((a, b) => weightOf(weights, b) - weightOf(weights, a));
  const topGroups = new Set(telling.slice(0, 5).map((id) => skillGroup(taxonomy, id)));
  const knownSet = new Set(known);
  const needs = new Set(source.statedNeedSkills);
  const scored: (ComplementarySkill & { value: number })[] = [];
  for (const p of partner.skills) {
    if (p.strength < STRONG) continue;
    const s = effectiveStrength(taxonomy, source, p.skillId).strength;
    const gap = p.strength - s;
    if (gap < 0.25) continue;
    const need = closestSkill(taxonomy, p.skillId, needs);
    const statedNeed = need && need.relatedness >= 0.5 ? need.skillId : null;
    const adjacent =
      closestSkill(taxonomy, p.skillId, knownSet) !== null ||
      topGroups.has(skillGroup(taxonomy, p.skillId));
    const relevance = statedNeed ? (need!.relatedness === 1 ? 1 : 0.7) : adjacent ? 0.4 : 0.05;
    scored.push({
      skillId: p.skillId,
      source: round(s),
      partner: p.strength,
      statedNeed,
      value: gap * relevance * weightOf(weights, p.skillId),
    });
  }
  scored.sort((a, b) => b.value - a.value);
  const raw = scored.reduce((sum, c) => sum + c.value, 0);
  return {
    fraction: saturate(raw, 0.8),
    details: { skills: scored.slice(0, DETAILS).map(({ value: _, ...c }) => c) },
  };
}

export function sectorsCriterion(
  source: SourceProfile,
  partner: LabProfile,
): Fraction<Of<"sectors">> {
  const partnerWeight = new Map(partner.sectors.map((s) => [s.sectorId, s.weight]));
  const shared = source.sectors
    .filter((s) => s.weight >= 0.2 && (partnerWeight.get(s.sectorId) ?? 0) >= 0.2)
    .map((s) => ({ id: s.sectorId, value: Math.min(s.weight, partnerWeight.get(s.sectorId)!) }))
    .sort((a, b) => b.value - a.value);
  const raw = shared.reduce((sum, s) => sum + s.value, 0);
  return { fraction: Math.min(1, raw / 1.2), details: { sectorIds: shared.map((s) => s.id) } };
}

/** Kinds where looking for the same thing is a match (both want joint research). */
const RECIPROCAL = new Set<ConventionKind>(["joint_research", "thesis_cosupervision", "mobility"]);

/** Does the partner offer this kind of convention, as an organization or through its members? */
export function purposeCriterion(
  partner: LabProfile,
  kind: ConventionKind,
): Fraction<Of<"purpose">> {
  const offer = partner.offers.find((o) => o.kind === kind);
  const organization = (offer?.statements.length ?? 0) > 0;
  const members = offer?.members ?? 0;
  const reciprocal =
    RECIPROCAL.has(kind) &&
    (partner.needs.find((n) => n.kind === kind)?.statements.length ?? 0) > 0;
  const fraction = organization ? 1 : Math.max(Math.min(1, members * 0.35), reciprocal ? 0.8 : 0);
  return { fraction, details: { kind, organization, members, reciprocal } };
}

/** The partner's papers on the source's topics, recent ones counting most. */
export function publicationsCriterion(
  taxonomy: SkillTaxonomy,
  source: SourceProfile,
  partner: LabProfile,
  year: number,
): Fraction<Of<"publications">> {
  const topics = new Set([
    ...source.skills.filter((s) => s.strength >= HAS).map((s) => s.skillId),
    ...source.publications.topics.map((t) => t.skillId),
  ]);
  let raw = 0;
  let matching = 0;
  let recent = 0;
  const hits = new Map<string, number>();
  const near = new Map<string, boolean>();
  const isNear = (id: string) => {
    let hit = near.get(id);
    if (hit === undefined) {
      hit = (closestSkill(taxonomy, id, topics)?.relatedness ?? 0) >= 0.5;
      near.set(id, hit);
    }
    return hit;
  };
  for (const item of partner.publications.items) {
    const onTopic = item.skillIds.filter(isNear);
    if (onTopic.length === 0) continue;
    const age = Math.max(0, year - item.year);
    raw += 0.85 ** age;
    matching += 1;
    if (age <= 5) recent += 1;
    for (const id of onTopic) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  const skillIds = [...hits].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return {
    fraction: saturate(raw, 3),
    details: { matching, recent, skillIds: skillIds.slice(0, DETAILS) },
  };
}

/** Languages a good share of each side works in (a third of the members, or anyone in a duo). */
export function languagesCriterion(
  source: SourceProfile,
  partner: LabProfile,
): Fraction<Of<"languages">> {
  const working = (p: Pick<SourceProfile, "languages" | "memberIds">) => {
    const n = Math.max(1, p.memberIds.length);
    return new Set(p.languages.filter((l) => l.members / n >= 1 / 3).map((l) => l.language));
  };
  const theirs = working(partner);
  const common = [...working(source)].filter((l) => theirs.has(l));
  return { fraction: Math.min(1, common.length / 2), details: { languages: common } };
}

/** Papers co-written by the two sides' members, and pairings they already had. */
export function tiesCriterion(
  source: SourceProfile,
  partner: LabProfile,
  pairings: number,
): Fraction<Of<"ties">> {
  const ours = new Set(source.memberIds);
  const theirs = new Set(partner.memberIds);
  const coauthored = partner.publications.items.filter((item) =>
    item.authorIds.some(
      (a) => ours.has(a) && item.authorIds.some((b) => b !== a && theirs.has(b) && !ours.has(b)),
    ),
  ).length;
  return {
    fraction: Math.min(1, coauthored * 0.25 + pairings * 0.5),
    details: { coauthored, pairings },
  };
}

export function isPreferredCountryPair(preference: CountryPreference, from: string, to: string) {
  return preference.pairs.some(([a, b]) => (a === from && b === to) || (a === to && b === from));
}

export function countryCriterion(
  preference: CountryPreference,
  source: SourceProfile,
  partner: LabProfile,
): Fraction<Of<"country">> {
  const preferred = isPreferredCountryPair(preference, source.country, partner.country);
  return {
    fraction: preferred ? 1 : 0,
    details: { from: source.country, to: partner.country, preferred },
  };
}

function round(x: number) {
  return Math.round(x * 1000) / 1000;
}
