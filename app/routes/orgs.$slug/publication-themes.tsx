import type { ShownTheme } from "~/.server/publication-themes.server";
import { PublicationThemeChips } from "~/components/publication-theme-chips";
import { useT } from "~/utils/use-i18n";

/** The themes of the lab's publications, aggregated over its members' papers. */
export function LabPublicationThemes({ themes, papers }: { themes: ShownTheme[]; papers: number }) {
  const t = useT();
  if (themes.length === 0) return null;
  return (
    <section aria-labelledby="org-themes" className="publication-themes">
      <h2 id="org-themes">{t("themes.labTitle")}</h2>
      <p className="muted">{t("themes.labHint", { count: papers })}</p>
      <PublicationThemeChips themes={themes} />
    </section>
  );
}
