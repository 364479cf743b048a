import type { LoaderFunctionArgs } from "@remix-run/node";
import { searchDirectory } from "~/.server/directory-search.server";
import { describeFacets } from "~/.server/facet-options.server";
import { getLocale } from "~/.server/locale.server";
import { logError } from "~/.server/log.server";
import { isDirectoryFacet } from "~/utils/directory-query";
import { DirectoryQuerySchema, searchParamsToInput } from "~/utils/directory-query-schema";

/**
 * GET /experts/facets?facet=city&q=…&country=MA — the options of one folded facet of the
 * directory page, counted when the reader opens it (the page itself does not count them).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const facet = params.get("facet") ?? "";
  const parsed = DirectoryQuerySchema.safeParse(searchParamsToInput(params));
  if (!isDirectoryFacet(facet) || !parsed.success) {
    return Response.json({ error: "Unknown facet or bad query" }, { status: 400 });
  }
  try {
    const locale = await getLocale(request);
    const result = await searchDirectory(parsed.data, locale, { facets: [facet], hits: false });
    const groups = await describeFacets(
      { [facet]: result.facets[facet] ?? {} },
      parsed.data,
      locale,
    );
    return Response.json({ options: groups.find((g) => g.facet === facet)?.options ?? [] });
  } catch (error) {
    const requestId = logError(error, request);
    return Response.json({ error: "Search is unavailable", requestId }, { status: 503 });
  }
}
