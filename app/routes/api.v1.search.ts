import type { LoaderFunctionArgs } from "@remix-run/node";
import { searchDirectory } from "~/.server/directory-search.server";
import { getLocale } from "~/.server/locale.server";
import { logError } from "~/.server/log.server";
import { DirectoryQuerySchema, searchParamsToInput, unknownParams } from "~/utils/directory-query";

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
    const result = await searchDirectory(query, locale, { highlight: false });
    return Response.json({
      hits: result.hits.map(({ highlighted: _, ...hit }) => hit),
      total: result.total,
      page: result.page,
      totalPages: result.totalPages,
      facets: result.facets,
    });
  } catch (error) {
    const id = logError(error, request);
    return Response.json({ error: "Search is unavailable", requestId: id }, { status: 503 });
  }
}
