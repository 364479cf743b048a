import { Link } from "@remix-run/react";
import type { MeetingSuggestion } from "~/.server/events";
import type { MentorCriterion } from "~/utils/matching-breakdown";
import { useT } from "~/utils/use-i18n";
import { SuggestionCard } from "./suggestion-card";

/**
 * The viewer's suggested meetings, one list labelled by why; when they wrote nothing they come
 * for, an invitation to write it (their sectors and skills are not a need).
 */
export function SuggestedMeetings({
  slug,
  suggestions,
  needMissing,
  mentorMax,
  requestFor,
}: {
  slug: string;
  suggestions: MeetingSuggestion[];
  needMissing: boolean;
  mentorMax: Record<MentorCriterion, number>;
  requestFor: (registrationId: string, name: string) => React.ReactNode;
}) {
  const t = useT();
  if (suggestions.length === 0 && !needMissing) return null;
  return (
    <section aria-labelledby="suggested-meetings">
      <h2 id="suggested-meetings">{t("events.suggestions.title")}</h2>
      <p className="muted">{t("events.suggestions.lead")}</p>
      {needMissing ? (
        <p className="notice" data-testid="need-missing">
          {t("events.suggestions.needMissing")}{" "}
          <Link to={`/events/${slug}#registration-title`}>{t("events.suggestions.writeNeed")}</Link>
        </p>
      ) : null}
      {suggestions.length > 0 ? (
        <ul className="suggestion-list">
          {suggestions.map((s) => (
            <SuggestionCard key={s.personId} suggestion={s} max={mentorMax}>
              {requestFor(s.registrationId, s.name)}
            </SuggestionCard>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("events.suggestions.none")}</p>
      )}
    </section>
  );
}
