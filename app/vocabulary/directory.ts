/**
 * The people index's facets: filterable in Meilisearch (search/settings.ts) and offered as the
 * directory's filters (app/utils/directory-query.ts).
 */
export const DIRECTORY_FACETS = [
  "skills",
  "sectors",
  "country",
  "city",
  "languages",
  "offers",
  "organization",
  "kind",
] as const;
export type DirectoryFacet = (typeof DIRECTORY_FACETS)[number];
