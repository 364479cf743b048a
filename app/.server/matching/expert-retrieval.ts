import type { MultiSearchQuery } from "meilisearch";
import type { MatchFilters } from "~/utils/matching-query";
import type { Database } from "../../../db/client";
import type { SearchEngine } from "../../../search/client";
import type { CorpusStats } from "./corpus-stats";
import { type HolderQuery, holdersByLevel, holdersOfAny } from "./directory-holders";
import { type Audience, poolMembersAmong, smallPool } from "./expert-pool";
import { type ExpertView, NO_DIRECTORY } from "./expert-view";
import type { AnalyzedNeed } from "./need-analysis";
import { authorsOfMatchingPapers } from "./paper-retrieval";
import type { TaxonomyGraph } from "./taxonomy-graph";

export type { Audience } from "./expert-pool";

/**
 * Filters that leave at most this many people: score them all (a few hundred milliseconds of
 * re-ranking at worst, measured in bench/), so nobody with evidence is missed.
 */
export const SCORE_ALL_MAX = 2000;
/**
 * Hits per people-index query. Meilisearch's cost grows with the documents it returns, so these
 * trade recall for latency (docs/decisions/010-matching.md, docs/matching-eval.md).
 */
const LIMITS = { concepts: 60, perConceptMin: 20, neighbours: 30, evoked: 20, keyword: 20 };
const MAX_CONCEPT_QUERIES = 4;
/** Filterable fields of a concept's holders by level (search/documents.ts), best first. */
const LEVEL_TIERS = ["topSkills", "strongSkills", "skills"] as const;
const KEYWORD_QUERIES = 3;

export type RetrievalOptions = {
  filters: MatchFilters;
  audience: Audience;
  /** Tests and the evaluation force one path; the app decides by the pool's size. */
  scoreAllMax?: number;
};

/**
 * The people to score for a need. When the filters leave at most SCORE_ALL_MAX people, all of
 * them. Otherwise the authors of papers sharing the need's words (every paper holding a rare
 * word), the holders of its concepts and of their neighbours, the profiles with its rarest words
 * (the people index), and the people written since the expert directory was read (ADR 072).
 */
export async function retrieveExpertCandidates(
  db: Database,
  search: SearchEngine,
  need: AnalyzedNeed,
  context: { graph: TaxonomyGraph; stats: CorpusStats; view?: ExpertView },
  options: RetrievalOptions,
): Promise<string[]> {
  const all = await smallPool(
    db,
    options.filters,
    options.audience,
    options.scoreAllMax ?? SCORE_ALL_MAX,
    context.view,
  );
  if (all) return all;
  const view = context.view ?? NO_DIRECTORY;
  // The people written since the directory was read (a few: expert-view.ts) are all scored,
  // whatever their evidence, so none is missed; the concepts' holders come from the directory.
  const holders =
    view.directory && view.changed
      ? { directory: view.directory, changed: view.changed, ...options }
      : null;
  const [fromPapers, fromProfiles, changed] = await Promise.all([
    authorsOfMatchingPapers(db, need.retrievalStems, context.stats, options, view),
    fromPeopleIndex(search, need, context.graph, options, holders),
    holders ? poolMembersAmong(db, [...holders.changed], options.filters, options.audience) : [],
  ]);
  return [...new Set([...fromProfiles, ...fromPapers, ...changed])];
}

/**
 * For each main concept its holders (highest level first); the holders of their neighbours;
 * the holders of concepts a single word evokes; the profiles with the rarest words outside
 * concepts. Holders come from the directory when it can answer, else from the people index;
 * the words always from the people index, in one round trip. Lists are interleaved so every
 * signal places its best first.
 */
async function fromPeopleIndex(
  search: SearchEngine,
  need: AnalyzedNeed,
  graph: TaxonomyGraph,
  options: RetrievalOptions,
  directory: HolderQuery | null,
): Promise<string[]> {
  const indexUid = search.index("people");
  const base = [...listingFilter(options.audience), ...filterClauses(options.filters)];
  const concepts = [...need.concepts]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_CONCEPT_QUERIES);
  const perConcept = Math.min(
    LIMITS.concepts,
    Math.max(LIMITS.perConceptMin, Math.ceil(LIMITS.concepts / Math.max(1, concepts.length))),
  );
  const direct = new Set(concepts.map((c) => c.id));
  const neighbours = [...new Set(concepts.flatMap((c) => graph.neighbours(c.id)))]
    .filter((id) => !direct.has(id))
    .slice(0, 60);
  // Meilisearch answers each query of a multi-search in turn: a handful, not dozens.
  const queries: MultiSearchQuery[] = [];
  const add = (query: Omit<MultiSearchQuery, "indexUid" | "attributesToRetrieve">) =>
    queries.push({ indexUid, attributesToRetrieve: ["id"], ...query });
  if (!directory) {
    // Per concept: its holders at level 5, then at level 4, then any holder to fill the list.
    for (const concept of concepts) {
      for (const field of LEVEL_TIERS) {
        add({
          q: "",
          filter: [...base, `${field} = ${quote(concept.id)}`],
          sort: ["publicationCount:desc"],
          limit: perConcept,
        });
      }
    }
    for (const [skills, limit] of [
      [neighbours, LIMITS.neighbours],
      [need.evoked, LIMITS.evoked],
    ] as const) {
      if (skills.length === 0) continue;
      add({
        q: "",
        filter: [...base, `skills IN [${skills.map(quote).join(", ")}]`],
        sort: ["publicationCount:desc"],
        limit,
      });
    }
  }
  // The rarest words one by one: a profile may use one and not the others.
  for (const word of need.keywords.slice(0, KEYWORD_QUERIES)) {
    add({ q: word, filter: base, limit: LIMITS.keyword });
  }
  const results =
    queries.length === 0 ? [] : (await search.client.multiSearch({ queries })).results;
  const lists = results.map((r) => r.hits.map((h) => String(h.id)));
  if (directory) {
    return interleave([
      ...concepts.map((c) => holdersByLevel(directory, c.id, perConcept)),
      holdersOfAny(directory, neighbours, LIMITS.neighbours),
      holdersOfAny(directory, need.evoked, LIMITS.evoked),
      ...lists,
    ]);
  }
  const tiers = LEVEL_TIERS.length;
  const perConceptLists = concepts.map((_, i) =>
    [...new Set(lists.slice(tiers * i, tiers * (i + 1)).flat())].slice(0, perConcept),
  );
  return interleave([...perConceptLists, ...lists.slice(tiers * concepts.length)]);
}

/** Listed experts and researchers only: verified, not hidden, never students. */
export function listingFilter(audience: Audience): string[] {
  return [
    'kind IN ["expert", "researcher"]',
    'verification = "verified"',
    audience === "public" ? 'visibility = "public"' : 'visibility IN ["public", "members"]',
  ];
}

/** Within a filter values are alternatives (OR); filters combine with AND. */
export function filterClauses(filters: MatchFilters): string[] {
  const clauses: string[] = [];
  const anyOf = (field: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) clauses.push(`${field} IN [${values.map(quote).join(", ")}]`);
  };
  anyOf("country", filters.country);
  anyOf("sectors", filters.sectors);
  anyOf("kind", filters.kind);
  anyOf("offers", filters.offers);
  anyOf("languages", filters.languages);
  if (filters.mentoringOpen !== undefined) clauses.push(`mentoringOpen = ${filters.mentoringOpen}`);
  return clauses;
}

function interleave(lists: string[][]): string[] {
  const seen = new Set<string>();
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let rank = 0; rank < longest; rank++) {
    for (const list of lists) {
      const id = list[rank];
      if (id !== undefined) seen.add(id);
    }
  }
  return [...seen];
}

function quote(value: string) {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}
