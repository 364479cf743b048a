import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { hasRole } from "~/.server/actor";
import { getOptionalUser } from "~/.server/auth/require-user.server";
import { searchDirectoryOrFallback } from "~/.server/directory-search-fallback.server";
import { describeFacets, withKnownFacetValues } from "~/.server/facet-options.server";
import { getLocale } from "~/.server/locale.server";
import { logError } from "~/.server/log.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { type DirectoryQuery, pageFacets, queryToSearchParams } from "~/utils/directory-query";
import { DirectoryQuerySchema, searchParamsToInput } from "~/utils/directory-query-schema";
import { translator } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { STAFF_ROLES } from "~/vocabulary/roles";
import { ExpertCard } from "./expert-card";
import { FacetPanel } from "./facet-panel";
import { Pagination } from "./pagination";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · Passerelle` : "Passerelle" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request);
  const params = new URL(request.url).searchParams;
  // A bad parameter in a shared link falls back to its default instead of failing the page.
  const parsed = DirectoryQuerySchema.safeParse(searchParamsToInput(params));
  const query: DirectoryQuery = await withKnownFacetValues(
    parsed.success ? parsed.data : DirectoryQuerySchema.parse({ q: params.get("q") ?? "" }),
  );
  const title = translator(locale)("directory.title");
  // Coordinators may export what they see; the export route checks the role again.
  const canExport = hasRole(await getOptionalUser(request), STAFF_ROLES);
  // Folded facets are counted when opened (`open`, the no-JavaScript way) or when in use.
  const facets = pageFacets(query, params.getAll("open"));
  try {
    const result = await searchDirectoryOrFallback(query, locale, { facets });
    // A page past the last one (an old link, ?page=99) goes to the last page.
    if (result.totalPages > 0 && query.page > result.totalPages) {
      throw redirect(`/experts?${queryToSearchParams({ ...query, page: result.totalPages })}`);
    }
    const groups = await describeFacets(result.facets, query, locale);
    // The raw counts stay on the server: the page shows the labelled groups.
    const { facets: _counts, ...shown } = result;
    return { title, query, result: shown, facets: groups, canExport, unavailable: false as const };
  } catch (error) {
    if (error instanceof Response) throw error;
    logError(error, request);
    return { title, query, result: null, facets: [], canExport, unavailable: true as const };
  }
}

export default function ExpertsPage() {
  const { query, result, facets, unavailable, canExport } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const navigation = useNavigation();
  const busy = navigation.state === "loading" && navigation.location?.pathname === "/experts";

  return (
    <div className="directory">
      <h1>{t("directory.title")}</h1>
      <Form method="get" role="search" className="search-bar">
        <label htmlFor="directory-q" className="visually-hidden">
          {t("directory.searchLabel")}
        </label>
        <input
          id="directory-q"
          type="search"
          name="q"
          defaultValue={query.q}
          placeholder={t("directory.searchPlaceholder")}
          maxLength={2000}
          key={query.q}
        />
        {facets.flatMap((group) =>
          group.options
            .filter((o) => o.selected)
            .map((o) => (
              <input
                key={`${group.facet}:${o.value}`}
                type="hidden"
                name={group.facet}
                value={o.value}
              />
            )),
        )}
        <button type="submit">{t("directory.submit")}</button>
      </Form>

      <div className="directory-body">
        <FacetPanel query={query} facets={facets} />
        <section className="results" aria-live="polite" aria-busy={busy}>
          {unavailable ? (
            <p role="alert" className="notice">
              {t("directory.unavailable")}
            </p>
          ) : result ? (
            <>
              {result.fallback ? (
                <p role="status" className="notice">
                  {t("directory.fallbackNotice")}
                </p>
              ) : null}
              <p className="result-count" data-testid="result-count">
                {resultCount(t, locale, result, query.q)}
                {canExport ? (
                  <>
                    {" "}
                    <a
                      className="export-link"
                      href={`/coordinator/export/directory.csv?${queryToSearchParams({ ...query, page: 1 })}`}
                      download
                    >
                      {t("directory.exportCsv")}
                    </a>
                  </>
                ) : null}
              </p>
              {result.hits.length === 0 ? (
                <p className="empty">{t("directory.noResults")}</p>
              ) : (
                <ol className="hit-list">
                  {result.hits.map((hit) => (
                    <li key={hit.id}>
                      <ExpertCard hit={hit} />
                    </li>
                  ))}
                </ol>
              )}
              <Pagination query={query} page={result.page} totalPages={result.totalPages} />
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}

/** "More than 5,000" when Meilisearch stopped counting: never a capped number shown as exact. */
function resultCount(
  t: ReturnType<typeof useT>,
  locale: string,
  result: { total: number; totalCapped: boolean },
  q: string,
) {
  const count = new Intl.NumberFormat(locale === "ar" ? "ar-MA" : locale).format(result.total);
  if (result.totalCapped) {
    return q ? t("directory.moreResultsFor", { count, q }) : t("directory.moreResults", { count });
  }
  return q ? t("directory.resultsFor", { count, q }) : t("directory.results", { count });
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
