import type { MultiSearchQuery, SearchResponse } from "meilisearch";
import {
  DIRECTORY_FACETS,
  type DirectoryFacet,
  type DirectoryQuery,
  MAX_PAGE,
  PAGE_SIZE,
} from "~/utils/directory-query";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "~/utils/highlight";
import type { Locale } from "~/utils/i18n";
import { getSearchEngine } from "../../search/client";
import type { PersonDocument } from "../../search/documents";
import { MAX_TOTAL_HITS } from "../../search/settings";
import { type FacetCounts, indexChangeCache } from "./index-change-cache.server";
import { matchedSkills, queryTerms } from "./matched-skills.server";
import { getVocabulary, labelOf } from "./taxonomy.server";

export type DirectoryHit = {
  id: string;
  slug: string;
  name: string;
  kind: string;
  headline: string;
  country: string;
  city: string;
  organization: string | null;
  skills: { id: string | null; label: string }[];
  sectors: string[];
  languages: string[];
  offers: string[];
  mentoringOpen: boolean;
  /** Name and headline with matches wrapped in HIGHLIGHT_START/END; indices of matched skills. */
  highlighted: { name: string; headline: string; skills: number[] };
};

export type DirectoryResult = {
  hits: DirectoryHit[];
  /** Exact up to SHOWN_TOTAL_CAP; when `totalCapped`, more people match than that. */
  total: number;
  totalCapped: boolean;
  page: number;
  totalPages: number;
  /** Counts of the facets asked for, nothing else. */
  facets: Partial<Record<DirectoryFacet, FacetCounts>>;
  processingTimeMs: number;
};

/** Meilisearch counts one hit past what the directory pages through, so "more than" is honest. */
export const SHOWN_TOTAL_CAP = MAX_TOTAL_HITS - 1;

/** The public directory shows only verified, public experts and researchers. */
const PUBLIC_FILTER = "listed = true";

export type SearchOptions = {
  /**
   * Highlighted name and headline and the indices of the matched skills, which the directory page
   * shows; the JSON API, which does not return them, turns this off.
   */
  highlight?: boolean;
  /** The facets to count (default: all eight). */
  facets?: readonly DirectoryFacet[];
  /** false: counts only, no page of hits (a folded facet being opened). */
  hits?: boolean;
};

/**
 * Searches the directory. Facets are disjunctive: the counts of a facet ignore that facet's own
 * selection, so picking "Rabat" still shows how many experts are in Brussels. One HTTP round trip.
 * Without query text (browsing), answers and facet counts come from a cache the index's changes
 * clear: they are the same for every reader.
 */
export async function searchDirectory(
  query: DirectoryQuery,
  locale: Locale,
  options: SearchOptions = {},
): Promise<DirectoryResult> {
  if (query.q !== "") return runSearch(query, locale, options);
  const { lang: _, ...asked } = query;
  const key = `${getSearchEngine().index("people")}|result|${locale}|${JSON.stringify([asked, options])}`;
  return indexChangeCache("browse").remember(key, () => runSearch(query, locale, options));
}

async function runSearch(
  query: DirectoryQuery,
  locale: Locale,
  options: SearchOptions,
): Promise<DirectoryResult> {
  const engine = getSearchEngine();
  const indexUid = engine.index("people");
  const browsing = query.q === "";
  const cache = indexChangeCache("browse");
  const generation = cache.currentGeneration;
  const cacheKey = (c: FacetCount) => `${indexUid}|facet|${c.facet}|${c.filter.join(" AND ")}`;
  const known = new Map<DirectoryFacet, FacetCounts>();
  if (browsing) {
    for (const count of facetCounts(query, options)) {
      const counts = cache.get<FacetCounts>(cacheKey(count));
      if (counts) known.set(count.facet, counts);
    }
  }
  const plan = directoryQueries(query, indexUid, options, known);
  const highlight = (options.highlight ?? true) && options.hits !== false;
  const [{ results }, vocabulary, terms] = await Promise.all([
    engine.client.multiSearch({ queries: plan.queries }),
    getVocabulary(),
    highlight ? queryTerms(query.q) : null,
  ]);
  const responses = results as unknown as SearchResponse<PersonDocument>[];
  const first = responses[0]!;

  const facets: DirectoryResult["facets"] = Object.fromEntries(known);
  for (const count of plan.counted) {
    const counts = responses[count.queryIndex]?.facetDistribution?.[count.facet] ?? {};
    facets[count.facet] = counts;
    if (browsing) cache.set(cacheKey(count), counts, generation);
  }

  const found = first.totalHits ?? 0;
  const total = Math.min(found, SHOWN_TOTAL_CAP);
  return {
    hits: first.hits.map((hit) => {
      const chips = skillChips(hit, vocabulary.skills, locale);
      const matched = terms
        ? matchedSkills(
            terms,
            chips.map((chip) => ({
              id: chip.id,
              labels: chip.id ? allLabels(vocabulary.skills, chip.id) : [chip.label],
            })),
          )
        : [];
      return toHit(hit, chips, matched);
    }),
    total,
    totalCapped: found > SHOWN_TOTAL_CAP,
    page: query.page,
    totalPages: Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / PAGE_SIZE))),
    facets,
    processingTimeMs: first.processingTimeMs,
  };
}

const allLabels = (taxonomy: Parameters<typeof labelOf>[0], id: string) => {
  const concept = taxonomy.get(id);
  return concept ? [concept.labelFr, concept.labelEn, concept.labelAr] : [id];
};

/**
 * A hit's skills to show, in the reader's language: its concepts (labels from the taxonomy), then
 * its free tags, the order of `skillLabels`.
 */
export function skillChips(
  hit: Pick<PersonDocument, "skills" | "freeTags">,
  taxonomy: Parameters<typeof labelOf>[0],
  locale: Locale,
) {
  return [
    ...(hit.skills ?? []).map((id) => ({ id, label: labelOf(taxonomy, id, locale) })),
    ...(hit.freeTags ?? []).map((label) => ({ id: null, label })),
  ];
}

type FacetCount = { facet: DirectoryFacet; filter: string[]; own: boolean };

/**
 * The counts a search needs: each facet asked for under the full filter, except a facet with a
 * selection, counted without its own clause (`own`: it needs a query of its own).
 */
function facetCounts(query: DirectoryQuery, options: SearchOptions): FacetCount[] {
  const wanted = new Set(options.facets ?? DIRECTORY_FACETS);
  return DIRECTORY_FACETS.filter((facet) => wanted.has(facet)).map((facet) => {
    const selected = query[facet].length > 0;
    return { facet, filter: buildFilter(query, selected ? facet : undefined), own: selected };
  });
}

/**
 * The Meilisearch queries of a directory search: the page of hits with the counts that share its
 * filter, then one count-only query per selected facet, leaving out counts already `known`.
 * Exported for the benchmark, which sends the same ones straight to Meilisearch to measure the
 * app's overhead.
 */
export function directoryQueries(
  query: DirectoryQuery,
  indexUid: string,
  options: SearchOptions = {},
  known: ReadonlyMap<DirectoryFacet, FacetCounts> = new Map(),
): { queries: MultiSearchQuery[]; counted: (FacetCount & { queryIndex: number })[] } {
  const needed = facetCounts(query, options).filter((c) => !known.has(c.facet));
  const shared = needed.filter((c) => !c.own);
  const main: MultiSearchQuery = {
    indexUid,
    q: query.q,
    filter: buildFilter(query),
    facets: shared.map((c) => c.facet),
    hitsPerPage: options.hits === false ? 0 : PAGE_SIZE,
    page: query.page,
    attributesToRetrieve: [
      "id",
      "slug",
      "name",
      "kind",
      "headline",
      "country",
      "city",
      "organization",
      "skills",
      "sectors",
      "languages",
      "offers",
      "mentoringOpen",
      "freeTags",
    ],
    ...((options.highlight ?? true) &&
      options.hits !== false && {
        // Only the short fields a card shows; which skill chips matched is worked out here
        // (matched-skills.server.ts): highlighting every skill label in three languages took
        // Meilisearch a third of its time (10k: 19 -> 13 ms median processing, side by side).
        // Match positions instead made it compute them in every attribute, tripling its time.
        attributesToHighlight: ["name", "headline"],
        highlightPreTag: HIGHLIGHT_START,
        highlightPostTag: HIGHLIGHT_END,
      }),
  };
  const own = needed.filter((c) => c.own);
  return {
    queries: [
      main,
      ...own.map((c) => ({ indexUid, q: query.q, filter: c.filter, facets: [c.facet], limit: 0 })),
    ],
    counted: [
      ...shared.map((c) => ({ ...c, queryIndex: 0 })),
      ...own.map((c, i) => ({ ...c, queryIndex: i + 1 })),
    ],
  };
}

function toHit(
  hit: SearchResponse<PersonDocument>["hits"][number],
  skills: DirectoryHit["skills"],
  matchedSkillIndices: number[],
): DirectoryHit {
  const formatted = (hit._formatted ?? {}) as Partial<PersonDocument>;
  return {
    id: hit.id,
    slug: hit.slug,
    name: hit.name,
    kind: hit.kind,
    headline: hit.headline,
    country: hit.country,
    city: hit.city,
    organization: hit.organization?.[0] ?? null,
    skills,
    sectors: hit.sectors ?? [],
    languages: hit.languages ?? [],
    offers: hit.offers ?? [],
    mentoringOpen: hit.mentoringOpen,
    highlighted: {
      name: formatted.name ?? hit.name,
      headline: formatted.headline ?? hit.headline,
      skills: matchedSkillIndices,
    },
  };
}

/** Within a facet values are alternatives (OR); facets combine with AND. */
export function buildFilter(query: DirectoryQuery, except?: DirectoryFacet): string[] {
  const clauses = [PUBLIC_FILTER];
  for (const facet of DIRECTORY_FACETS) {
    if (facet === except || query[facet].length === 0) continue;
    clauses.push(query[facet].map((value) => `${facet} = ${quote(value)}`).join(" OR "));
  }
  return clauses;
}

function quote(value: string) {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}
