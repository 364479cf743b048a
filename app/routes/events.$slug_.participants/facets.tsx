import { Form } from "@remix-run/react";
import { FiltersPanel } from "~/components/filters-panel";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

const FACETS = ["role", "country", "sector", "offers", "needs"] as const;
type Facet = (typeof FACETS)[number];

/**
 * The search box and the facets, as a GET form: a search is a shareable URL. On a phone the facets
 * fold behind "Filtres" as on /experts, so the results come first.
 */
export function ParticipantFilters({
  query,
  facets,
  sectorLabels,
}: {
  query: Record<Facet, string[]> & { q: string };
  facets: Record<Facet, Record<string, number>>;
  sectorLabels: Record<string, string>;
}) {
  const t = useT();
  const label = (facet: Facet, value: string) => {
    const key = (
      facet === "role"
        ? `events.role.${value}`
        : facet === "country"
          ? `country.${value}`
          : `offer.${value}`
    ) as MessageKey;
    if (facet === "sector") return sectorLabels[value] ?? value;
    const text = t(key);
    return text === key ? value : text;
  };
  return (
    <Form method="get" className="facets participant-filters">
      <div className="field">
        <label htmlFor="participant-q">{t("events.participants.search")}</label>
        <input id="participant-q" type="search" name="q" defaultValue={query.q} maxLength={200} />
      </div>
      <FiltersPanel selected={FACETS.reduce((n, f) => n + query[f].length, 0)}>
        {FACETS.map((facet) => {
          const values = Object.entries(facets[facet]).sort((a, b) => b[1] - a[1]);
          const selected = query[facet].filter((v) => !(v in facets[facet]));
          if (values.length === 0 && selected.length === 0) return null;
          return (
            <fieldset key={facet}>
              <legend>{t(`events.participants.facet.${facet}`)}</legend>
              {[...values, ...selected.map((v) => [v, 0] as [string, number])].map(([value, n]) => (
                <label key={value} className="facet-option">
                  <input
                    type="checkbox"
                    name={facet}
                    value={value}
                    defaultChecked={query[facet].includes(value)}
                  />{" "}
                  <span className="facet-label">{label(facet, value)}</span>{" "}
                  <span className="facet-count">{n}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
      </FiltersPanel>
      <button type="submit">{t("events.participants.filter")}</button>
    </Form>
  );
}
