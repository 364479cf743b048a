import type { ConceptMatch, ExpertBreakdownItem } from "~/utils/matching-breakdown";
import { scoreFromEvidence } from "~/utils/score-scale";
import type { CorpusStats } from "./corpus-stats";
import type { AnalyzedNeed } from "./need-analysis";
import { recencyFactor } from "./recency";
import type { SkillRelation, TaxonomyGraph } from "./taxonomy-graph";
import {
  prepareQuery,
  scoreOnly,
  scoreProfile,
  scoreVector,
  type TextQuery,
  vectorOf,
} from "./text-evidence";

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
 * How much evidence makes one unit on the score scale (score = 100 × (1 − e^−units), see
 * app/utils/score-scale.ts). Publications: BM25 points in idf units beyond chance; 22 of them
 * (e.g. a paper whose title holds the need's rare words, or an abstract sharing a dozen of its
 * uncommon words and phrases) reach 63. Skills: the need's concepts weighted by their rarity
 * among experts; a level-5 claim on a concept held by one expert in 45 (idf 4) reaches 70.
 * Profile words count half as much as paper words: a headline claims, a paper shows.
 */
export const EVIDENCE_SCALE = { publications: 22, concepts: 3.3, profile_text: 44 };
/**
 * The best paper counts fully, each next one a third of the one before: a second paper on the
 * topic confirms it, a tenth adds little (depth, not volume).
 */
const PUBLICATION_DECAY = [1, 1 / 3, 1 / 9, 1 / 27];
/**
 * Chance correction: a person's best papers (several of them) beat a random paper's expected
 * score by luck alone; three times the random paper's expectation is subtracted (and once for
 * the single profile text).
 */
const CHANCE = { publications: 3, profile_text: 1 };

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

type ScoringContext = { graph: TaxonomyGraph; stats: CorpusStats };

/**
 * Scores each candidate on its own evidence against the need: nothing is divided by the best
 * candidate or by what the need could reach, so a person's score for a text is the same whoever
 * else is in the pool, and comparable across texts (docs/decisions/014-research-matching.md).
 */
export function rankExperts(
  candidates: readonly ExpertCandidate[],
  need: AnalyzedNeed,
  context: ScoringContext,
): RankedExpert[] {
  const query = prepareQuery(need.terms, need.bigrams, context.stats.termIds);
  const relations = memoizedRelations(context.graph);
  return candidates
    .map((c) => scoreExpert(c, need, query, relations, context))
    .filter((r): r is Scored => r !== null)
    .sort((a, b) => b.units - a.units || b.raw - a.raw || a.name.localeCompare(b.name))
    .map(({ units: _, raw: __, ...r }) => r);
}

/** Units of evidence beyond chance (the score), and before it (orders people scoring 0). */
type Scored = RankedExpert & { units: number; raw: number };

function scoreExpert(
  candidate: ExpertCandidate,
  need: AnalyzedNeed,
  query: TextQuery,
  relations: Relations,
  { graph, stats }: ScoringContext,
): Scored | null {
  const concepts = conceptEvidence(candidate, need, relations, graph);
  const papers = publicationEvidence(candidate, need, query, stats);
  const profile = profileEvidence(candidate, need, query, stats);
  const units = {
    concepts: concepts.evidence / EVIDENCE_SCALE.concepts,
    publications: papers.evidence / EVIDENCE_SCALE.publications,
    profile_text: profile.evidence / EVIDENCE_SCALE.profile_text,
  };
  const total = units.concepts + units.publications + units.profile_text;
  // Evidence that chance alone would give still makes a candidate (score 0): a small pool shows
  // everyone who shares a word with the need.
  const raw =
    concepts.evidence / EVIDENCE_SCALE.concepts +
    papers.raw / EVIDENCE_SCALE.publications +
    profile.raw / EVIDENCE_SCALE.profile_text;
  if (raw <= 0) return null;
  const score = scoreFromEvidence(total);
  // Each criterion's share of the score is its share of the evidence: the points add up.
  const share = (u: number) => (total > 0 ? (score * u) / total : 0);
  const breakdown: ExpertBreakdownItem[] = [];
  if (units.concepts > 0) {
    const points = share(units.concepts);
    breakdown.push({
      criterion: "concepts",
      points: round(points),
      details: {
        matches: concepts.matches.map(({ value, ...m }) => ({
          ...m,
          points: round((points * value) / concepts.evidence),
        })),
      },
    });
  }
  if (papers.raw > 0) {
    const points = share(units.publications);
    breakdown.push({
      criterion: "publications",
      points: round(points),
      details: {
        publications: papers.items.map(({ value, ...p }) => ({
          ...p,
          points: round((points * value) / papers.raw),
        })),
      },
    });
  }
  if (profile.raw > 0) {
    breakdown.push({
      criterion: "profile_text",
      points: round(share(units.profile_text)),
      details: { terms: profile.terms },
    });
  }
  return {
    personId: candidate.personId,
    externalId: candidate.externalId,
    slug: candidate.slug,
    name: candidate.name,
    score: round(score),
    breakdown,
    units: total,
    raw,
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

/** For each concept of the need, the candidate's best skill for it, weighted by its rarity. */
function conceptEvidence(
  candidate: ExpertCandidate,
  need: AnalyzedNeed,
  relations: Relations,
  graph: TaxonomyGraph,
) {
  const matches: (Omit<ConceptMatch, "points"> & { value: number })[] = [];
  for (const concept of need.concepts) {
    let best: (typeof matches)[number] | null = null;
    for (const skill of candidate.skills) {
      const relation = relations(concept.id, skill.skillId);
      if (!relation) continue;
      const value = concept.weight * relationFactor(relation) * levelFactor(skill.level);
      if (!best || value > best.value) {
        best = {
          concept: { id: concept.id, labels: graph.labels(concept.id) },
          skill: { id: skill.skillId, labels: graph.labels(skill.skillId) },
          level: skill.level,
          relation: relation.kind,
          value,
        };
      }
    }
    if (best && best.value > 0) matches.push(best);
  }
  matches.sort((a, b) => b.value - a.value);
  return { evidence: matches.reduce((sum, m) => sum + m.value, 0), matches };
}

/**
 * Each paper scored against the need (title weighted, recent work counting more); the best one
 * counts fully and the next ones less and less; what chance alone would give is taken off.
 */
function publicationEvidence(
  candidate: ExpertCandidate,
  need: AnalyzedNeed,
  query: TextQuery,
  stats: CorpusStats,
) {
  const currentYear = new Date(stats.builtAt).getUTCFullYear();
  // Every paper is scored; the words it shares with the need are listed for the kept ones only.
  const vectors = candidate.publications.map((p) => ({
    p,
    vector: stats.publications.get(p.id) ?? vectorOf(query, p.title, p.abstract ?? ""),
  }));
  const average = stats.averageLength.publication;
  const scored = vectors
    .map((v) => ({
      ...v,
      value:
        scoreOnly(v.vector.terms, v.vector.titleLength, query, average) *
        recencyFactor(v.p.year, currentYear),
    }))
    .filter((s) => s.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, PUBLICATION_DECAY.length);
  const items = scored.map((s, i) => ({
    id: s.p.id,
    title: s.p.title,
    year: s.p.year,
    terms: scoreVector(s.vector.terms, s.vector.titleLength, query, average).matched,
    value: PUBLICATION_DECAY[i]! * s.value,
  }));
  const raw = items.reduce((sum, p) => sum + p.value, 0);
  const evidence = Math.max(0, raw - CHANCE.publications * need.chance);
  return { raw, evidence, items };
}

function profileEvidence(
  candidate: ExpertCandidate,
  need: AnalyzedNeed,
  query: TextQuery,
  stats: CorpusStats,
) {
  const stored =
    candidate.updatedAt < stats.builtAt ? stats.profiles.get(candidate.personId) : undefined;
  const match = stored
    ? scoreProfile(stored, query, stats)
    : (() => {
        const v = vectorOf(
          query,
          "",
          `${candidate.headline} ${candidate.bio} ${candidate.freeTags.join(" ")}`,
        );
        return scoreVector(v.terms, 0, query, stats.averageLength.profile);
      })();
  const evidence = Math.max(0, match.score - CHANCE.profile_text * need.chance);
  return { raw: match.score, evidence, terms: match.matched };
}

const round = (n: number) => Math.round(n * 10) / 10;
