import { z } from "zod";
import { DIRECTORY_FACETS, type DirectoryFacet } from "~/vocabulary/directory";
import { LOCALES } from "./i18n";

export { DIRECTORY_FACETS, type DirectoryFacet };

export const PAGE_SIZE = 20;
export const MAX_PAGE = 250;
/** Longer queries are cut: Meilisearch reads at most 10 words anyway. */
export const MAX_QUERY_CHARS = 300;

const facetValues = z.array(z.string().trim().min(1).max(200)).max(30).default([]);

/** A directory search, as carried by the URL (so it can be shared) and by the JSON API. */
export const DirectoryQuerySchema = z.object({
  q: z
    .string()
    .default("")
    .transform((q) => q.trim().slice(0, MAX_QUERY_CHARS)),
  page: z.coerce
    .number({ invalid_type_error: "page must be a number" })
    .int("page must be a whole number")
    .min(1, "page must be 1 or more")
    .max(MAX_PAGE, `page must be ${MAX_PAGE} or less`)
    .default(1),
  lang: z.enum(LOCALES).optional(),
  skills: facetValues,
  sectors: facetValues,
  country: facetValues,
  city: facetValues,
  languages: facetValues,
  offers: facetValues,
  organization: facetValues,
  kind: facetValues,
}) satisfies z.ZodType<Record<DirectoryFacet, string[]>, z.ZodTypeDef, unknown>;

export type DirectoryQuery = z.infer<typeof DirectoryQuerySchema>;

export const KNOWN_PARAMS = new Set(["q", "page", "lang", ...DIRECTORY_FACETS]);

/** Reads URL search params: repeated keys become arrays for facets, the last value otherwise. */
export function searchParamsToInput(params: URLSearchParams) {
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(key)) continue;
    const values = params.getAll(key);
    input[key] = (DIRECTORY_FACETS as readonly string[]).includes(key)
      ? values.filter((v) => v.trim() !== "")
      : (values[values.length - 1] ?? "");
  }
  return input;
}

export function unknownParams(params: URLSearchParams) {
  return [...new Set(params.keys())].filter((key) => !KNOWN_PARAMS.has(key));
}

/** Builds the shareable URL search string of a query (page 1 and empty values omitted). */
export function queryToSearchParams(query: Partial<DirectoryQuery>) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const facet of DIRECTORY_FACETS) {
    for (const value of query[facet] ?? []) params.append(facet, value);
  }
  if (query.page && query.page > 1) params.set("page", String(query.page));
  return params;
}
