import { Link } from "@remix-run/react";
import { useId } from "react";
import { CriterionRow, formatPoints } from "~/components/criterion-bar";
import { ScoreBand } from "~/components/score-scale";
import type { Locale, MessageKey, Translate } from "~/utils/i18n";
import type { ExpertBreakdownItem } from "~/utils/matching-breakdown";
import { explainExpertMatch } from "~/utils/matching-explanation";
import { useLocale, useT } from "~/utils/use-i18n";
import { useOptionalUser } from "~/utils/use-user";
import type { MatchOutcome } from "./queries.server";

type Expert = MatchOutcome["experts"][number];
/**
 * Scores are out of 100 and criteria have no cap of their own (each one's points are its share of
 * the evidence), so a bar shows its share of the whole scale.
 */
const SCALE = 100;

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
          {expert.city ? (
            <span>
              {expert.city}, {country}
            </span>
          ) : null}
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
      <ul className="criteria" aria-label={t("criterion.breakdown")}>
        {expert.breakdown.map((item) => (
          <CriterionRow
            key={item.criterion}
            criterion={item.criterion}
            name={t(`criterion.${item.criterion}`)}
            points={item.points}
            max={SCALE}
            showMax={false}
          >
            <ExpertEvidence item={item} t={t} locale={locale} />
          </CriterionRow>
        ))}
      </ul>
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

function ExpertEvidence({
  item,
  t,
  locale,
}: {
  item: ExpertBreakdownItem;
  t: Translate;
  locale: Locale;
}) {
  switch (item.criterion) {
    case "concepts":
      return (
        <ul className="chips">
          {item.details.matches.map((m) => {
            const params = {
              skill: m.skill.labels[locale],
              level: t(`level.${m.level}` as MessageKey),
              concept: m.concept.labels[locale],
            };
            return (
              <li key={m.concept.id} data-relation={m.relation}>
                {t(
                  m.relation === "same" ? "matching.conceptMatch" : "matchPage.conceptClose",
                  params,
                )}
              </li>
            );
          })}
        </ul>
      );
    case "publications":
      return (
        <ul className="evidence-list">
          {item.details.publications.map((p) => (
            <li key={p.id}>
              <cite>{p.title}</cite> ({p.year})
              {p.terms.length > 0 ? (
                <span className="muted">
                  {" "}
                  — {t("matchPage.publicationTerms", { terms: p.terms.join(", ") })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      );
    case "profile_text":
      return (
        <>
          <span className="muted">{t("matchPage.profileTerms")}</span>
          <ul className="chips">
            {item.details.terms.map((term) => (
              <li key={term} dir="auto">
                {term}
              </li>
            ))}
          </ul>
        </>
      );
    default:
      return null;
  }
}
