import type {
  ConceptMatch,
  ExpertBreakdownItem,
  ExpertCriterion,
  PublicationMatch,
} from "~/utils/matching-breakdown";
import { bagOfWords, bm25, bm25Vector, type IndexedTerms, indexTerms } from "./bm25";
import type { CorpusStats } from "./corpus-stats";
import type { AnalyzedNeed } from "./need-analysis";
import type { SkillRelation, TaxonomyGraph } from "./taxonomy-graph";

export type ExpertCandidate = {
  personId: string;
  externalId: string | null;
  slug: string;
  name: string;
  headline: string;
  bio: string;
  freeTags: string[];
  /** Last change of the profile (ms): newer than the corpus statistics means re-read its text. */
  updatedAt: number;
  mentoringOpen: boolean;
  skills: { skillId: string; level: number }[];
  /** The abstract is needed only for papers newer than the corpus statistics. */
  publications: { id: string; title: string; year: number; abstract?: string }[];
};

export type RankedExpert = {
  personId: string;
  externalId: string | null;
  slug: string;
  name: string;
  score: number;
  breakdown: ExpertBreakdownItem[];
};

/**
 * Points out of 100. Skills are curated, levelled claims on the taxonomy: the strongest signal.
 * Publications prove depth but only researchers have them, so they cannot dominate without
 * burying practitioners. Profile words catch what neither says; priors only break ties.
 */
export const EXPERT_WEIGHTS = { concepts: 56, publications: 30, profile_text: 10, priors: 4 };

/** A skill answers a concept fully, as a specialty of it, as the field around it, or next to it. */
export function relationFactor(relation: SkillRelation): number {
  switch (relation.kind) {
    case "same":
      return 1;
    case "narrower":
      return relation.distance === 1 ? 0.7 : 0.5;
    case "broader":
      return relation.distance === 1 ? 0.45 : 0.25;
    case "sibling":
      return 0.35;
  }
}

/** Level 1 (notions) still counts a little; level 5 (reference) counts fully. */
export const levelFactor = (level: number) =>
  0.4 + (0.6 * (Math.min(5, Math.max(1, level)) - 1)) / 4;

/**
 * Evidence is normalized by the best candidate of the pool, but never by less than these shares
 * of a perfect match: a pool of weak matches is not inflated into strong ones.
 */
const FLOORS = { concepts: 0.35, publications: 0.15, profile_text: 0.15 };
const PUBLICATION_DECAY = [1, 0.5, 0.25];

type Evidence = {
  candidate: ExpertCandidate;
  concepts: { raw: number; matches: (Omit<ConceptMatch, "points"> & { share: number })[] };
  publications: { raw: number; items: (Omit<PublicationMatch, "points"> & { share: number })[] };
  profile: { raw: number; terms: string[] };
};

export function rankExperts(
  candidates: readonly ExpertCandidate[],
  need: AnalyzedNeed,
  context: { graph: TaxonomyGraph; stats: CorpusStats },
): RankedExpert[] {
  const query = indexTerms(need.terms, context.stats.termIds);
  const relations = memoizedRelations(context.graph);
  const evidence = candidates
    .map((c) => gatherEvidence(c, need, query, relations, context))
    .filter((e) => e.concepts.raw + e.publications.raw + e.profile.raw > 0);
  const weights = effectiveWeights(need);
  const denominator = (pick: (e: Evidence) => number, floor: number) =>
    Math.max(floor, ...evidence.map(pick));
  const d = {
    concepts: denominator((e) => e.concepts.raw, FLOORS.concepts),
    publications: denominator((e) => e.publications.raw, FLOORS.publications),
    profile: denominator((e) => e.profile.raw, FLOORS.profile_text),
  };

  const ranked = evidence.map(({ candidate, concepts, publications, profile }) => {
    const breakdown: ExpertBreakdownItem[] = [];
    const conceptPoints = (weights.concepts * concepts.raw) / d.concepts;
    if (conceptPoints > 0) {
      breakdown.push({
        criterion: "concepts",
        points: round(conceptPoints),
        details: {
          matches: concepts.matches.map(({ share, ...m }) => ({
            ...m,
            points: round((weights.concepts * share) / d.concepts),
          })),
        },
      });
    }
    const publicationPoints = (weights.publications * publications.raw) / d.publications;
    if (publicationPoints > 0) {
      breakdown.push({
        criterion: "publications",
        points: round(publicationPoints),
        details: {
          publications: publications.items.map(({ share, ...p }) => ({
            ...p,
            points: round((weights.publications * share) / d.publications),
          })),
        },
      });
    }
    const profilePoints = (weights.profile_text * profile.raw) / d.profile;
    if (profilePoints > 0) {
      breakdown.push({
        criterion: "profile_text",
        points: round(profilePoints),
        details: { terms: profile.terms },
      });
    }
    const count = candidate.publications.length;
    const priorPoints =
      (weights.priors / 2) * Number(candidate.mentoringOpen) +
      (weights.priors / 2) * Math.min(1, Math.log2(1 + count) / Math.log2(9));
    if (priorPoints > 0) {
      breakdown.push({
        criterion: "priors",
        points: round(priorPoints),
        details: { mentoringOpen: candidate.mentoringOpen, publicationCount: count },
      });
    }
    const score = round(conceptPoints + publicationPoints + profilePoints + priorPoints);
    return {
      personId: candidate.personId,
      externalId: candidate.externalId,
      slug: candidate.slug,
      name: candidate.name,
      score,
      breakdown,
    };
  });
  return ranked.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}

/**
 * Skills can only speak for the part of the text the taxonomy understood ("deep learning" in
 * "segmenting brain tumours in MRI with deep learning"): the rest of the skill weight moves to
 * the words, in papers and profiles.
 */
export function effectiveWeights(need: AnalyzedNeed): Record<ExpertCriterion, number> {
  const { concepts, publications, profile_text, priors } = EXPERT_WEIGHTS;
  const moved = concepts * (1 - need.conceptShare);
  const words = publications + profile_text;
  return {
    concepts: concepts - moved,
    publications: publications + (moved * publications) / words,
    profile_text: profile_text + (moved * profile_text) / words,
    priors,
  };
}

type Relations = (concept: string, skill: string) => SkillRelation | null;

/** The pool shares most skills: each (concept, skill) pair is placed in the taxonomy once. */
function memoizedRelations(graph: TaxonomyGraph): Relations {
  const known = new Map<string, SkillRelation | null>();
  return (concept, skill) => {
    const key = `${concept} ${skill}`;
    let relation = known.get(key);
    if (relation === undefined) {
      relation = graph.relation(concept, skill);
      known.set(key, relation);
    }
    return relation;
  };
}

function gatherEvidence(
  candidate: ExpertCandidate,
  need: AnalyzedNeed,
  query: IndexedTerms,
  relations: Relations,
  { graph, stats }: { graph: TaxonomyGraph; stats: CorpusStats },
): Evidence {
  const totalWeight = need.concepts.reduce((sum, c) => sum + c.weight, 0);
  const matches: Evidence["concepts"]["matches"] = [];
  for (const concept of need.concepts) {
    let best: (typeof matches)[number] | null = null;
    for (const skill of candidate.skills) {
      const relation = relations(concept.id, skill.skillId);
      if (!relation) continue;
      const value = relationFactor(relation) * levelFactor(skill.level);
      const share = totalWeight > 0 ? (concept.weight * value) / totalWeight : 0;
      if (!best || share > best.share) {
        best = {
          concept: { id: concept.id, labels: graph.labels(concept.id) },
          skill: { id: skill.skillId, labels: graph.labels(skill.skillId) },
          level: skill.level,
          relation: relation.kind,
          share,
        };
      }
    }
    if (best && best.share > 0) matches.push(best);
  }
  matches.sort((a, b) => b.share - a.share);

  const average = stats.averageLength.publication;
  const scored = candidate.publications
    .map((p) => {
      const stored = stats.publications.get(p.id);
      const result = stored
        ? bm25Vector(stored, query, average)
        : bm25(bagOfWords(p.title, p.title, p.abstract ?? ""), need.terms, average);
      return { p, ...result };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, PUBLICATION_DECAY.length);
  const items = scored.map((s, i) => ({
    id: s.p.id,
    title: s.p.title,
    year: s.p.year,
    terms: unique(s.matched.map((t) => t.surface)),
    share: PUBLICATION_DECAY[i]! * s.score,
  }));

  const storedProfile =
    candidate.updatedAt < stats.builtAt ? stats.profiles.get(candidate.personId) : undefined;
  const profile = storedProfile
    ? bm25Vector(storedProfile, query, stats.averageLength.profile)
    : bm25(
        bagOfWords(candidate.headline, candidate.bio, candidate.freeTags.join(" ")),
        need.terms,
        stats.averageLength.profile,
      );
  return {
    candidate,
    concepts: { raw: matches.reduce((sum, m) => sum + m.share, 0), matches },
    publications: { raw: items.reduce((sum, p) => sum + p.share, 0), items },
    profile: { raw: profile.score, terms: unique(profile.matched.map((t) => t.surface)) },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
const unique = <T>(values: T[]) => [...new Set(values)];
