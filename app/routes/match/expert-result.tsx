import { Link } from "@remix-run/react";
import { useId } from "react";
import { formatPoints } from "~/components/criterion-bar";
import { ExpertCriteria } from "~/components/expert-criteria";
import { ScoreBand } from "~/components/score-scale";
import { joinParts } from "~/utils/format-list";
import type { MessageKey } from "~/utils/i18n";
import { explainExpertMatch } from "~/utils/matching-explanation";
import { useLocale, useT } from "~/utils/use-i18n";
import { useOptionalUser } from "~/utils/use-user";
import type { MatchOutcome } from "./queries.server";

type Expert = MatchOutcome["experts"][number];

export function ExpertResult({ expert, rank }: { expert: Expert; rank: number }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const viewer = useOptionalUser();
  const countryKey = `country.${expert.country}` as MessageKey;
  const country = t(countryKey) === countryKey ? expert.country : t(countryKey);
  return (
    <li className="suggestion-card expert-result" aria-labelledby={`${id}-name`}>
      <header>
        <h3 id={`${id}-name`}>
          <span className="rank">{t("matchPage.rank", { rank })}</span>{" "}
          <Link to={`/people/${expert.slug}`}>{expert.name}</Link>
        </h3>
        <p className="meta">
          <span>{t(`kind.${expert.kind}` as MessageKey)}</span>
          {expert.city ? <span>{joinParts([expert.city, country], locale)}</span> : null}
          <span className="score">
            {t("matchPage.score", { score: formatPoints(expert.score, locale) })}
          </span>
          <ScoreBand score={expert.score} />
        </p>
        {expert.headline ? (
          <p className="headline" dir="auto">
            {expert.headline}
          </p>
        ) : null}
      </header>
      <p className="explain">{explainExpertMatch(expert.breakdown, locale)}</p>
      <ExpertCriteria breakdown={expert.breakdown} />
      <p className="inline-actions">
        {/* A student asks from here, as from the profile (/mentorship/new checks again). */}
        {viewer?.kind === "student" && expert.mentoringOpen ? (
          <Link to={`/mentorship/new?mentor=${encodeURIComponent(expert.slug)}`} className="button">
            {t("mentorship.ask")}
          </Link>
        ) : null}
        <Link to={`/people/${expert.slug}`}>{t("matchingPages.viewProfile")}</Link>
      </p>
    </li>
  );
}
