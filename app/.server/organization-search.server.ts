import { z } from "zod";
import { ORGANIZATION_KINDS } from "../../db/schema";
import { getSearchEngine } from "../../search/client";
import type { OrganizationDocument } from "../../search/documents";

export const OrganizationQuerySchema = z.object({
  q: z
    .string()
    .default("")
    .transform((q) => q.trim().slice(0, 200)),
  kind: z.enum(ORGANIZATION_KINDS).optional().catch(undefined),
  country: z.enum(["MA", "BE"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100).catch(1).default(1),
});
export type OrganizationQuery = z.infer<typeof OrganizationQuerySchema>;

const PAGE_SIZE = 24;

/** Universities, labs, companies… from the organizations index, filtered by kind and country. */
export async function searchOrganizations(query: OrganizationQuery) {
  const engine = getSearchEngine();
  const filter: string[] = [];
  if (query.kind) filter.push(`kind = "${query.kind}"`);
  if (query.country) filter.push(`country = "${query.country}"`);
  const result = await engine.client
    .index<OrganizationDocument>(engine.index("organizations"))
    .search(query.q, {
      filter,
      hitsPerPage: PAGE_SIZE,
      page: query.page,
      facets: ["kind", "country"],
      sort: query.q ? undefined : ["memberCount:desc"],
    });
  return {
    hits: result.hits.map((h) => ({
      slug: h.slug,
      name: h.name,
      acronym: h.acronym,
      kind: h.kind,
      country: h.country,
      city: h.city,
      parent: h.parent,
      memberCount: h.memberCount,
    })),
    total: result.totalHits ?? 0,
    totalPages: result.totalPages ?? 1,
    page: query.page,
    facets: result.facetDistribution ?? {},
  };
}
