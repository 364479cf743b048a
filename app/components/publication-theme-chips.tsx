import type { Labels } from "~/utils/matching-breakdown";
import { useLocale, useT } from "~/utils/use-i18n";

/** Publication themes as chips, each with how many papers name it (profiles and lab pages). */
export function PublicationThemeChips({
  themes,
}: {
  themes: { skillId: string; labels: Labels; papers: number }[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="chips">
      {themes.map((theme) => (
        <li key={theme.skillId}>
          {theme.labels[locale]}{" "}
          <span className="muted">({t("themes.papers", { count: theme.papers })})</span>
        </li>
      ))}
    </ul>
  );
}
