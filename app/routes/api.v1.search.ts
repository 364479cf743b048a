import type { LoaderFunctionArgs } from "@remix-run/node";
import { searchDirectoryOrFallback } from "~/.server/directory-search-fallback.server";
import { getLocale } from "~/.server/locale.server";
import { logError } from "~/.server/log.server";
import { DIRECTORY_FACETS, isDirectoryFacet } from "~/utils/directory-query";
import {
  DirectoryQuerySchema,
  searchParamsToInput,
  unknownParams,
} from "~/utils/directory-query-schema";

const FALLBACK_NOTICE =
  "Reduced search mode: the search engine is restarting; results come from the database (limited typo tolerance)";

/**
 * GET /api/v1/search?q=…&skills=…&country=MA&page=2[&facets=skills,country] — the public
 * directory as JSON. `facets` names the counts wanted (`none` for none): each one costs time.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const unknown = unknownParams(params, ["facets"]);
  if (unknown.length > 0) {
    return Response.json({ error: `Unknown parameter(s): ${unknown.join(", ")}` }, { status: 400 });
  }
  const parsed = DirectoryQuerySchema.safeParse(searchParamsToInput(params));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return Response.json({ error: `${issue.path.join(".")}: ${issue.message}` }, { status: 400 });
  }
  const facets = parseFacets(params.get("facets"));
  if ("error" in facets) return Response.json(facets, { status: 400 });
  const query = parsed.data;
  try {
    const locale = query.lang ?? (await getLocale(request));
    const result = await searchDirectoryOrFallback(query, locale, {
      highlight: false,
      facets: facets.list,
    });
    return Response.json({
      hits: result.hits.map(({ highlighted: _, ...hit }) => hit),
      total: result.total,
      totalCapped: result.totalCapped,
      page: result.page,
      totalPages: result.totalPages,
      facets: result.facets,
      // Meilisearch is down: PostgreSQL answered (README, "How the app heals").
      ...(result.fallback ? { fallback: true, notice: FALLBACK_NOTICE } : {}),
    });
  } catch (error) {
    const id = logError(error, request);
    return Response.json({ error: "Search is unavailable", requestId: id }, { status: 503 });
  }
}

function parseFacets(value: string | null) {
  if (value === null || value === "all") return { list: DIRECTORY_FACETS };
  if (value === "none" || value === "") return { list: [] };
  const names = value.split(",").map((name) => name.trim());
  const bad = names.filter((name) => !isDirectoryFacet(name));
  if (bad.length > 0) {
    return {
      error: `facets: unknown facet(s) ${bad.join(", ")}; use ${DIRECTORY_FACETS.join(", ")}, all or none`,
    };
  }
  return { list: names.filter(isDirectoryFacet) };
}
