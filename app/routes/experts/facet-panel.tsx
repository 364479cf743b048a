import { Form, Link, useFetcher, useSubmit } from "@remix-run/react";
import type { FacetGroup, FacetOption } from "~/.server/facet-options.server";
import { FiltersPanel } from "~/components/filters-panel";
import {
  type DirectoryFacet,
  type DirectoryQuery,
  queryToSearchParams,
} from "~/utils/directory-query";
import type { MessageKey } from "~/utils/i18n";
import { useHydrated } from "~/utils/use-hydrated";
import { useT } from "~/utils/use-i18n";

/** Checkbox facets in a GET form: works without JavaScript, and submits on change with it. */
export function FacetPanel({ query, facets }: { query: DirectoryQuery; facets: FacetGroup[] }) {
  const t = useT();
  const submit = useSubmit();
  const selected = facets.reduce((n, g) => n + g.options.filter((o) => o.selected).length, 0);
  const anySelected = selected > 0;
  return (
    <aside className="facets" aria-label={t("directory.filters")}>
      <FiltersPanel selected={selected}>
        <Form method="get" onChange={(e) => submit(e.currentTarget, { preventScrollReset: true })}>
          {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
          {facets.map((group) =>
            group.counted ? (
              <fieldset key={group.facet} data-facet={group.facet}>
                <legend>{t(`facet.${group.facet}` as MessageKey)}</legend>
                <FacetOptions facet={group.facet} options={group.options} />
              </fieldset>
            ) : (
              <FoldedFacet key={group.facet} facet={group.facet} query={query} />
            ),
          )}
          <noscript>
            <button type="submit">{t("directory.applyFilters")}</button>
          </noscript>
        </Form>
        {anySelected ? (
          <Link to={query.q ? `?q=${encodeURIComponent(query.q)}` : "?"}>
            {t("directory.clearFilters")}
          </Link>
        ) : null}
      </FiltersPanel>
    </aside>
  );
}

function FacetOptions({ facet, options }: { facet: DirectoryFacet; options: FacetOption[] }) {
  return options.map((option) => (
    <label key={option.value} className="facet-option">
      <input
        type="checkbox"
        name={facet}
        value={option.value}
        defaultChecked={option.selected}
        key={`${option.value}:${option.selected}`}
      />
      <span className="facet-label">{option.label}</span>
      <span className="facet-count">{option.count}</span>
    </label>
  ));
}

/**
 * A facet the page does not count: opening it fetches its options. Without JavaScript the link
 * reloads the page with the facet counted (`open=`).
 */
function FoldedFacet({ facet, query }: { facet: DirectoryFacet; query: DirectoryQuery }) {
  const t = useT();
  const hydrated = useHydrated();
  const fetcher = useFetcher<{ options?: FacetOption[] }>();
  const params = queryToSearchParams(query);
  const options = fetcher.data?.options;
  return (
    <details
      className="folded-facet"
      data-facet={facet}
      onToggle={(e) => {
        if (e.currentTarget.open && fetcher.state === "idle" && !fetcher.data) {
          fetcher.load(`/experts/facets?facet=${facet}&${params}`);
        }
      }}
    >
      <summary>{t(`facet.${facet}` as MessageKey)}</summary>
      {options ? (
        <FacetOptions facet={facet} options={options} />
      ) : hydrated && fetcher.state !== "idle" ? (
        <p className="facet-loading">{t("directory.loadingFacet")}</p>
      ) : (
        <a href={`?${params}${params.size ? "&" : ""}open=${facet}`}>{t("directory.showFacet")}</a>
      )}
    </details>
  );
}
