import { Form, Link, useSubmit } from "@remix-run/react";
import type { FacetGroup } from "~/.server/facet-options.server";
import { FiltersPanel } from "~/components/filters-panel";
import type { DirectoryQuery } from "~/utils/directory-query";
import type { MessageKey } from "~/utils/i18n";
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
          {facets.map((group) => (
            <fieldset key={group.facet} data-facet={group.facet}>
              <legend>{t(`facet.${group.facet}` as MessageKey)}</legend>
              {group.options.map((option) => (
                <label key={option.value} className="facet-option">
                  <input
                    type="checkbox"
                    name={group.facet}
                    value={option.value}
                    defaultChecked={option.selected}
                    key={`${option.value}:${option.selected}`}
                  />
                  <span className="facet-label">{option.label}</span>
                  <span className="facet-count">{option.count}</span>
                </label>
              ))}
            </fieldset>
          ))}
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
