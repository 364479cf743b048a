import { useT } from "~/utils/use-i18n";

/**
 * Where the suggested meetings will be while the engines rank them: the list below is already
 * usable, and a screen reader hears when they arrive (the live region is replaced by the list).
 */
export function SuggestionsLoading() {
  const t = useT();
  return (
    <section
      aria-labelledby="suggested-meetings"
      aria-busy="true"
      data-testid="suggestions-loading"
    >
      <h2 id="suggested-meetings">{t("events.suggestions.title")}</h2>
      <p role="status" className="muted suggestions-pending">
        <progress aria-label={t("events.suggestions.title")} /> {t("events.suggestions.loading")}
      </p>
    </section>
  );
}

/** The ranking failed (logged on the server): the page stays, with the participant list. */
export function SuggestionsFailed() {
  const t = useT();
  return (
    <section aria-labelledby="suggested-meetings">
      <h2 id="suggested-meetings">{t("events.suggestions.title")}</h2>
      <p role="alert" className="notice">
        {t("events.suggestions.failed")}
      </p>
    </section>
  );
}
