import { Link } from "@remix-run/react";
import { useId } from "react";
import { formatPoints } from "~/components/criterion-bar";
import type { MessageKey } from "~/utils/i18n";
import type { MentorBreakdownItem, MentorCriterion } from "~/utils/matching-breakdown";
import { explainMentorSuggestion } from "~/utils/matching-explanation";
import { useLocale, useT } from "~/utils/use-i18n";
import { MentorCriteria } from "../mentors/mentor-card";

/** A suggested meeting, explained criterion by criterion as on /mentors. */
export function SuggestionCard({
  suggestion,
  max,
  children,
}: {
  suggestion: {
    slug: string;
    name: string;
    kind: string;
    score: number;
    headline: string;
    breakdown: MentorBreakdownItem[];
  };
  max: Record<MentorCriterion, number>;
  children?: React.ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  return (
    <li
      className="suggestion-card mentor-card"
      aria-labelledby={`${id}-name`}
      data-testid="meeting-suggestion"
    >
      <header>
        <h3 id={`${id}-name`}>
          <Link to={`/people/${suggestion.slug}`}>{suggestion.name}</Link>
        </h3>
        <p className="meta">
          <span>{t(`kind.${suggestion.kind}` as MessageKey)}</span>
          <span className="score">
            {t("mentorsPage.score", { score: formatPoints(suggestion.score, locale) })}
          </span>
        </p>
        {suggestion.headline ? (
          <p className="headline" dir="auto">
            {suggestion.headline}
          </p>
        ) : null}
      </header>
      <p className="explain">{explainMentorSuggestion(suggestion.breakdown, locale)}</p>
      <MentorCriteria breakdown={suggestion.breakdown} max={max} />
      {children}
    </li>
  );
}
