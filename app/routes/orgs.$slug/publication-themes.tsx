import type { ShownTheme } from "~/.server/publication-themes.server";
import { useLocale, useT } from "~/utils/use-i18n";

/** The themes of the lab's publications, aggregated over its members' papers. */
export function LabPublicationThemes({ themes, papers }: { themes: ShownTheme[]; papers: number }) {
  const t = useT();
  const locale = useLocale();
  if (themes.length === 0) return null;
  return (
    <section aria-labelledby="org-themes" className="publication-themes">
      <h2 id="org-themes">{t("themes.labTitle")}</h2>
      <p className="muted">{t("themes.labHint", { count: papers })}</p>
      <ul className="chips">
        {themes.map((theme) => (
          <li key={theme.skillId}>
            {theme.labels[locale]}{" "}
            <span className="muted">({t("themes.papers", { count: theme.papers })})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
