import type { LoaderFunctionArgs } from "@remix-run/node";
import { searchDirectoryOrFallback } from "~/.server/directory-search-fallback.server";
import { getLocale } from "~/.server/locale.server";
import { logError } from "~/.server/log.server";
import { DirectoryQuerySchema, searchParamsToInput, unknownParams } from "~/utils/directory-query";

const FALLBACK_NOTICE =
  "Reduced search mode: the search engine is restarting; results come from the database (limited typo tolerance)";

/** GET /api/v1/search?q=…&skills=…&country=MA&page=2 — the public directory as JSON. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const unknown = unknownParams(params);
  if (unknown.length > 0) {
    return Response.json({ error: `Unknown parameter(s): ${unknown.join(", ")}` }, { status: 400 });
  }
  const parsed = DirectoryQuerySchema.safeParse(searchParamsToInput(params));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return Response.json({ error: `${issue.path.join(".")}: ${issue.message}` }, { status: 400 });
  }
  const query = parsed.data;
  try {
    const locale = query.lang ?? (await getLocale(request));
    // The API returns no highlighting: not asking for it halves Meilisearch's work.
    const result = await searchDirectoryOrFallback(query, locale, { highlight: false });
    return Response.json({
      hits: result.hits.map(({ highlighted: _, ...hit }) => hit),
      total: result.total,
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
