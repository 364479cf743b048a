import { Link } from "@remix-run/react";
import { useId } from "react";
import type { MeetingSuggestion } from "~/.server/events";
import { formatPoints } from "~/components/criterion-bar";
import { ExpertCriteria } from "~/components/expert-criteria";
import { PartnerCriteria } from "~/components/partner-criteria";
import type { MessageKey } from "~/utils/i18n";
import type { MentorCriterion } from "~/utils/matching-breakdown";
import { explainExpertMatch, explainMentorSuggestion } from "~/utils/matching-explanation";
import { useLocale, useT } from "~/utils/use-i18n";
import { MentorCriteria } from "../mentors/mentor-card";

/**
 * A suggested meeting, explained criterion by criterion with the component of the page its engine
 * serves: /mentors for a mentor, /match for an expert, /orgs/:slug/partners for a partner lab.
 */
export function SuggestionCard({
  suggestion: s,
  max,
  children,
}: {
  suggestion: MeetingSuggestion;
  max: Record<MentorCriterion, number>;
  children?: React.ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const score = formatPoints(s.score, locale);
  return (
    <li
      className="suggestion-card mentor-card"
      aria-labelledby={`${id}-name`}
      data-testid="meeting-suggestion"
      data-reason={s.reason}
    >
      <header>
        <p className="badge">{t(`events.suggestions.reason.${s.reason}`)}</p>
        <h3 id={`${id}-name`}>
          <Link to={`/people/${s.slug}`}>{s.name}</Link>
        </h3>
        <p className="meta">
          <span>{t(`kind.${s.kind}` as MessageKey)}</span>
          {s.reason === "partner_lab" ? (
            <span>
              <Link to={`/orgs/${s.lab.slug}`}>{s.lab.acronym || s.lab.name}</Link>
            </span>
          ) : null}
          <span className="score">{t("mentorsPage.score", { score })}</span>
        </p>
        {s.headline ? (
          <p className="headline" dir="auto">
            {s.headline}
          </p>
        ) : null}
      </header>
      {s.reason === "mentor" ? (
        <>
          <p className="explain">{explainMentorSuggestion(s.breakdown, locale)}</p>
          <MentorCriteria breakdown={s.breakdown} max={max} />
        </>
      ) : s.reason === "expert" ? (
        <>
          <p className="explain">{explainExpertMatch(s.breakdown, locale)}</p>
          <ExpertCriteria breakdown={s.breakdown} />
        </>
      ) : (
        <>
          <p className="explain">{s.explanation}</p>
          <PartnerCriteria rows={s.rows} />
        </>
      )}
      {children}
    </li>
  );
}
