import { z } from "zod";
import {
  DIRECTORY_FACETS,
  type DirectoryFacet,
  MAX_PAGE,
  MAX_QUERY_CHARS,
} from "./directory-query";
import { LOCALES } from "./i18n";

const facetValues = z.array(z.string().trim().min(1).max(200)).max(30).default([]);

/**
 * A directory search, as carried by the URL (so it can be shared) and by the JSON API. Server
 * side only: the page's client code needs none of zod (directory-query.ts has what it uses).
 */
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

export function unknownParams(params: URLSearchParams, extra: readonly string[] = []) {
  return [...new Set(params.keys())].filter(
    (key) => !KNOWN_PARAMS.has(key) && !extra.includes(key),
  );
}
