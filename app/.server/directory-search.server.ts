import type { MultiSearchQuery, SearchResponse } from "meilisearch";
import {
  DIRECTORY_FACETS,
  type DirectoryFacet,
  type DirectoryQuery,
  PAGE_SIZE,
} from "~/utils/directory-query";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "~/utils/highlight";
import type { Locale } from "~/utils/i18n";
import { getSearchEngine } from "../../search/client";
import type { PersonDocument } from "../../search/documents";

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
  total: number;
  page: number;
  totalPages: number;
  facets: Record<DirectoryFacet, Record<string, number>>;
  processingTimeMs: number;
};

/** The public directory shows only verified, public experts and researchers. */
const PUBLIC_FILTER = "listed = true";

export type SearchOptions = {
  /**
   * Highlighted name and headline and the indices of the matched skills, which the directory page
   * shows. Meilisearch then computes match positions in every attribute of every hit, about half
   * of its work (bench/): the JSON API, which does not return them, turns this off.
   */
  highlight?: boolean;
};

/**
 * Searches the directory. Facets are disjunctive: the counts of a facet ignore that facet's own
 * selection, so picking "Rabat" still shows how many experts are in Brussels. One HTTP round trip.
 */
export async function searchDirectory(
  query: DirectoryQuery,
  locale: Locale,
  options: SearchOptions = {},
): Promise<DirectoryResult> {
  const engine = getSearchEngine();
  const selected = DIRECTORY_FACETS.filter((facet) => query[facet].length > 0);
  const labels = labelsFor(locale);
  const queries = directoryQueries(query, locale, engine.index("people"), options);

  const { results } = await engine.client.multiSearch({ queries });
  const [first, ...others] = results as unknown as SearchResponse<PersonDocument>[];
  const facets = Object.fromEntries(
    DIRECTORY_FACETS.map((facet) => [facet, first!.facetDistribution?.[facet] ?? {}]),
  ) as DirectoryResult["facets"];
  selected.forEach((facet, i) => {
    facets[facet] = others[i]?.facetDistribution?.[facet] ?? {};
  });

  const total = first!.totalHits ?? 0;
  return {
    hits: first!.hits.map((hit) => toHit(hit, labels)),
    total,
    page: query.page,
    totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    facets,
    processingTimeMs: first!.processingTimeMs,
  };
}

const labelsFor = (locale: Locale) =>
  locale === "ar" ? "skillsAr" : locale === "en" ? "skillsEn" : "skillsFr";

/**
 * The Meilisearch queries of a directory search: the page with every facet, then one facet-only
 * query per selected facet. Exported for the benchmark, which sends the same ones straight to
 * Meilisearch to measure the app's overhead.
 */
export function directoryQueries(
  query: DirectoryQuery,
  locale: Locale,
  indexUid: string,
  options: SearchOptions = {},
): MultiSearchQuery[] {
  const selected = DIRECTORY_FACETS.filter((facet) => query[facet].length > 0);
  const highlight = options.highlight ?? true;
  const main: MultiSearchQuery = {
    indexUid,
    q: query.q,
    filter: buildFilter(query),
    facets: [...DIRECTORY_FACETS],
    hitsPerPage: PAGE_SIZE,
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
      labelsFor(locale),
    ],
    ...(highlight && {
      attributesToHighlight: ["name", "headline"],
      // Which skills matched, in whatever language: the chip is then marked in the reader's
      // language.
      showMatchesPosition: true,
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
    }),
  };
  const perFacet: MultiSearchQuery[] = selected.map((facet) => ({
    indexUid,
    q: query.q,
    filter: buildFilter(query, facet),
    facets: [facet],
    limit: 0,
  }));
  return [main, ...perFacet];
}

function toHit(
  hit: SearchResponse<PersonDocument>["hits"][number],
  labels: "skillsFr" | "skillsEn" | "skillsAr",
): DirectoryHit {
  const formatted = (hit._formatted ?? {}) as Partial<PersonDocument>;
  const skillLabels = hit[labels] ?? [];
  return {
    id: hit.id,
    slug: hit.slug,
    name: hit.name,
    kind: hit.kind,
    headline: hit.headline,
    country: hit.country,
    city: hit.city,
    organization: hit.organization?.[0] ?? null,
    skills: skillLabels.map((label, i) => ({ id: hit.skills?.[i] ?? null, label })),
    sectors: hit.sectors ?? [],
    languages: hit.languages ?? [],
    offers: hit.offers ?? [],
    mentoringOpen: hit.mentoringOpen,
    highlighted: {
      name: formatted.name ?? hit.name,
      headline: formatted.headline ?? hit.headline,
      skills: matchedIndices(hit._matchesPosition?.skillLabels),
    },
  };
}

/** Indices of the skills that matched, the one matching most query words first. */
function matchedIndices(positions: { indices?: number[] }[] | undefined) {
  const counts = new Map<number, number>();
  for (const index of (positions ?? []).flatMap((p) => p.indices ?? [])) {
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([index]) => index);
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
