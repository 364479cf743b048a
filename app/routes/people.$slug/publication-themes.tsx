import type { ShownTheme } from "~/.server/publication-themes.server";
import { PublicationThemeChips } from "~/components/publication-theme-chips";
import { useT } from "~/utils/use-i18n";

/**
 * "Thèmes de ses publications": what the person's papers are about, read from the papers
 * themselves, shown apart from the skills they declare.
 */
export function PublicationThemes({ themes }: { themes: ShownTheme[] }) {
  const t = useT();
  if (themes.length === 0) return null;
  return (
    <section aria-labelledby="publication-themes" className="publication-themes">
      <h2 id="publication-themes">{t("themes.profileTitle")}</h2>
      <p className="muted">{t("themes.profileHint")}</p>
      <PublicationThemeChips themes={themes} />
    </section>
  );
}
