import type { ReactNode } from "react";
import { useT } from "~/utils/use-i18n";

/**
 * Filters that stay out of the way on a phone: a closed panel ("Filtres · 2") above the results,
 * opened on demand; on a wide screen the stylesheet shows them always (app/styles/layout.css).
 */
export function FiltersPanel({ selected, children }: { selected: number; children: ReactNode }) {
  const t = useT();
  return (
    <details className="filters-panel">
      <summary>
        {selected > 0 ? t("filters.toggleSelected", { count: selected }) : t("directory.filters")}
      </summary>
      <div className="filters-body">{children}</div>
    </details>
  );
}
