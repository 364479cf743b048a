import type { ExpertBreakdownItem } from "~/utils/matching-breakdown";
import { scoreFromEvidence } from "~/utils/score-scale";
import type { CorpusStats, PaperVector } from "./corpus-stats";
import { lateTexts, remember } from "./late-texts";
import type { AnalyzedNeed } from "./need-analysis";
import { recencyFactor } from "./recency";
import type { SkillRelation, TaxonomyGraph } from "./taxonomy-graph";
import { prepareQuery, scoreOnly, scoreVector, type TextQuery, vectorOf } from "./text-evidence";

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
 * Every candidate is scored; only the first `limit` are explained criterion by criterion (the
 * words each paper shares with the need, the concepts' labels): the explanation costs more than
 * the score and nobody reads it below the results shown (ADR 063).
 */
export function rankExperts(
  candidates: readonly ExpertCandidate[],
  need: AnalyzedNeed,
  context: ScoringContext,
  limit = Number.POSITIVE_INFINITY,
): RankedExpert[] {
  const query = prepareQuery(need.terms, need.bigrams, context.stats.termIds);
  const relations = relationsToNeed(context.graph, need);
  return candidates
    .map((c) => evidenceOf(c, need, query, relations, context.stats))
    .filter((e): e is Evidence => e !== null)
    .sort(
      (a, b) =>
        b.units - a.units || b.raw - a.raw || a.candidate.name.localeCompare(b.candidate.name),
    )
    .slice(0, limit)
    .map((e) => explain(e, query, context));
}

/** The scores alone (0–100, rounded as shown), by person: what the evaluation compares. */
export function expertScores(
  candidates: readonly ExpertCandidate[],
  need: AnalyzedNeed,
  context: ScoringContext,
): Map<string, number> {
  const query = prepareQuery(need.terms, need.bigrams, context.stats.termIds);
  const relations = relationsToNeed(context.graph, need);
  const scores = new Map<string, number>();
  for (const c of candidates) {
    const e = evidenceOf(c, need, query, relations, context.stats);
    if (e) scores.set(c.personId, round(scoreFromEvidence(e.units)));
  }
  return scores;
}

type ConceptEvidence = ReturnType<typeof conceptEvidence>;
type PaperEvidence = ReturnType<typeof publicationEvidence>;
type ProfileEvidence = ReturnType<typeof profileEvidence>;

/**
 * A candidate's evidence in numbers: units beyond chance (the score), and before it (orders
 * people scoring 0). Null when the candidate shares nothing with the need.
 */
type Evidence = {
  candidate: ExpertCandidate;
  concepts: ConceptEvidence;
  papers: PaperEvidence;
  profile: ProfileEvidence;
  units: number;
  raw: number;
};

function evidenceOf(
  candidate: ExpertCandidate,
  need: AnalyzedNeed,
  query: TextQuery,
  relations: Relations,
  stats: CorpusStats,
): Evidence | null {
  const concepts = conceptEvidence(candidate, need, relations);
  const papers = publicationEvidence(candidate, need, query, stats);
  const profile = profileEvidence(candidate, need, query, stats);
  const units =
    concepts.evidence / EVIDENCE_SCALE.concepts +
    papers.evidence / EVIDENCE_SCALE.publications +
    profile.evidence / EVIDENCE_SCALE.profile_text;
  // Evidence that chance alone would give still makes a candidate (score 0): a small pool shows
  // everyone who shares a word with the need.
  const raw =
    concepts.evidence / EVIDENCE_SCALE.concepts +
    papers.raw / EVIDENCE_SCALE.publications +
    profile.raw / EVIDENCE_SCALE.profile_text;
  if (raw <= 0) return null;
  return { candidate, concepts, papers, profile, units, raw };
}

/** The score and its breakdown: each criterion's share of the score is its share of the evidence. */
function explain(
  { candidate, concepts, papers, profile }: Evidence,
  query: TextQuery,
  { graph, stats }: ScoringContext,
): RankedExpert {
  const units = {
    concepts: concepts.evidence / EVIDENCE_SCALE.concepts,
    publications: papers.evidence / EVIDENCE_SCALE.publications,
    profile_text: profile.evidence / EVIDENCE_SCALE.profile_text,
  };
  const total = units.concepts + units.publications + units.profile_text;
  const score = scoreFromEvidence(total);
  const share = (u: number) => (total > 0 ? (score * u) / total : 0);
  const breakdown: ExpertBreakdownItem[] = [];
  if (units.concepts > 0) {
    const points = share(units.concepts);
    breakdown.push({
      criterion: "concepts",
      points: round(points),
      details: {
        matches: concepts.matches.map((m) => ({
          concept: { id: m.concept, labels: graph.labels(m.concept) },
          skill: { id: m.skill, labels: graph.labels(m.skill) },
          level: m.level,
          relation: m.relation,
          points: round((points * m.value) / concepts.evidence),
        })),
      },
    });
  }
  if (papers.raw > 0) {
    const points = share(units.publications);
    const average = stats.averageLength.publication;
    breakdown.push({
      criterion: "publications",
      points: round(points),
      details: {
        publications: papers.items.map(({ paper, vector, value }) => ({
          id: paper.id,
          title: paper.title,
          year: paper.year,
          terms: scoreVector(vector.terms, vector.titleLength, query, average).matched,
          points: round((points * value) / papers.raw),
        })),
      },
    });
  }
  if (profile.raw > 0) {
    breakdown.push({
      criterion: "profile_text",
      points: round(share(units.profile_text)),
      details: {
        terms: scoreVector(profile.vector.terms, 0, query, stats.averageLength.profile).matched,
      },
    });
  }
  return {
    personId: candidate.personId,
    externalId: candidate.externalId,
    slug: candidate.slug,
    name: candidate.name,
    score: round(score),
    breakdown,
  };
}

/** For a skill id: the need's concepts it answers (by place among them) and how. */
type Relations = (skill: string) => readonly SkillAnswer[];
type SkillAnswer = { concept: number; relation: SkillRelation; factor: number };

/**
 * The pool shares most skills: each skill is placed once against all the need's concepts, so a
 * candidate's skills cost one lookup each (a long need names dozens of concepts).
 */
function relationsToNeed(graph: TaxonomyGraph, need: AnalyzedNeed): Relations {
  const known = new Map<string, readonly SkillAnswer[]>();
  const none: readonly SkillAnswer[] = [];
  return (skill) => {
    let answers = known.get(skill);
    if (answers === undefined) {
      const found: SkillAnswer[] = [];
      need.concepts.forEach((concept, i) => {
        const relation = graph.relation(concept.id, skill);
        if (relation) found.push({ concept: i, relation, factor: relationFactor(relation) });
      });
      answers = found.length > 0 ? found : none;
      known.set(skill, answers);
    }
    return answers;
  };
}

type ConceptMatchValue = {
  concept: string;
  skill: string;
  level: number;
  relation: SkillRelation["kind"];
  value: number;
};

/** For each concept of the need, the candidate's best skill for it, weighted by its rarity. */
function conceptEvidence(candidate: ExpertCandidate, need: AnalyzedNeed, relations: Relations) {
  const best: (ConceptMatchValue | undefined)[] = [];
  for (const skill of candidate.skills) {
    for (const answer of relations(skill.skillId)) {
      const concept = need.concepts[answer.concept]!;
      const value = concept.weight * answer.factor * levelFactor(skill.level);
      const current = best[answer.concept];
      if (!current || value > current.value) {
        best[answer.concept] = {
          concept: concept.id,
          skill: skill.skillId,
          level: skill.level,
          relation: answer.relation.kind,
          value,
        };
      }
    }
  }
  const matches = best.filter((m): m is ConceptMatchValue => m !== undefined && m.value > 0);
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
  const average = stats.averageLength.publication;
  // Every paper is scored; the words it shares with the need are listed by `explain` only.
  const scored: {
    paper: ExpertCandidate["publications"][number];
    vector: PaperVector;
    value: number;
  }[] = [];
  for (const paper of candidate.publications) {
    const vector = stats.publications.get(paper.id) ?? latePaperVector(paper, query, stats);
    const value =
      scoreOnly(vector.terms, vector.titleLength, query, average) *
      recencyFactor(paper.year, currentYear);
    if (value > 0) scored.push({ paper, vector, value });
  }
  const items = scored
    .sort((a, b) => b.value - a.value)
    .slice(0, PUBLICATION_DECAY.length)
    .map((s, i) => ({ ...s, value: PUBLICATION_DECAY[i]! * s.value }));
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
  const vector = stored ?? lateProfileVector(candidate, query, stats);
  const raw = scoreOnly(vector.terms, 0, query, stats.averageLength.profile);
  const evidence = Math.max(0, raw - CHANCE.profile_text * need.chance);
  return { raw, evidence, vector };
}

/** A paper the table does not hold: tokenised from its abstract once, then kept with the table. */
function latePaperVector(
  paper: ExpertCandidate["publications"][number],
  query: TextQuery,
  stats: CorpusStats,
): PaperVector {
  const { papers } = lateTexts(stats);
  const kept = papers.get(paper.id);
  if (kept || paper.abstract === undefined) return kept ?? vectorOf(query, paper.title);
  return remember(papers, paper.id, {
    ...vectorOf(query, paper.title, paper.abstract),
    year: paper.year,
  });
}

function lateProfileVector(candidate: ExpertCandidate, query: TextQuery, stats: CorpusStats) {
  const { profiles } = lateTexts(stats);
  const kept = profiles.get(candidate.personId);
  if (kept && kept.updatedAt === candidate.updatedAt) return kept.vector;
  const text = `${candidate.headline} ${candidate.bio} ${candidate.freeTags.join(" ")}`;
  const vector = vectorOf(query, "", text);
  return remember(profiles, candidate.personId, { updatedAt: candidate.updatedAt, vector }).vector;
}

const round = (n: number) => Math.round(n * 10) / 10;
