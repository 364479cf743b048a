import { Link } from "@remix-run/react";
import { useId } from "react";
import { CriterionRow, formatPoints } from "~/components/criterion-bar";
import { ResponsivenessNote } from "~/components/responsiveness-note";
import { joinParts } from "~/utils/format-list";
import type { MessageKey } from "~/utils/i18n";
import type {
  MentorBreakdownItem,
  MentorCriterion,
  NearMissReason,
} from "~/utils/matching-breakdown";
import { explainMentorSuggestion } from "~/utils/matching-explanation";
import { useLocale, useT } from "~/utils/use-i18n";
import { MentorEvidence } from "./mentor-evidence";

/** The same order on every card, topic first, so suggestions compare at a glance. */
const ORDER: MentorCriterion[] = [
  "shared_skills",
  "related_skills",
  "publication_themes",
  "offer",
  "sectors",
  "languages",
  "place",
  "availability",
];

type Shown = {
  personId: string;
  slug: string;
  name: string;
  kind: string;
  score: number;
  headline: string;
  breakdown: MentorBreakdownItem[];
  responsiveness?: {
    label: "within" | "less_responsive" | null;
    medianDays: number | null;
  } | null;
  /** False when the mentor has no account yet, so cannot be asked. */
  reachable?: boolean;
};

export function MentorCard({
  mentor,
  max,
  reasons,
}: {
  mentor: Shown;
  max: Record<MentorCriterion, number>;
  /** Set for a near miss: why they were left out (no "ask" button then). */
  reasons?: NearMissReason[];
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const place = mentor.breakdown.find((i) => i.criterion === "place");
  const where =
    place?.criterion === "place"
      ? joinParts([place.details.mentor.city, countryName(t, place.details.mentor.country)], locale)
      : null;
  const criteria = <MentorCriteria breakdown={mentor.breakdown} max={max} />;
  return (
    <li
      className={reasons ? "suggestion-card mentor-card near-miss" : "suggestion-card mentor-card"}
      aria-labelledby={`${id}-name`}
    >
      <header>
        <h3 id={`${id}-name`}>
          <Link to={`/people/${mentor.slug}`}>{mentor.name}</Link>
        </h3>
        <p className="meta">
          <span>{t(`kind.${mentor.kind}` as MessageKey)}</span>
          {where ? <span>{where}</span> : null}
          <span className="score">
            {t("mentorsPage.score", { score: formatPoints(mentor.score, locale) })}
          </span>
        </p>
        {mentor.headline ? (
          <p className="headline" dir="auto">
            {mentor.headline}
          </p>
        ) : null}
      </header>
      {reasons ? (
        <p className="near-miss-reasons">
          <strong>{t("mentorsPage.whyNot")}</strong>{" "}
          {reasons.map((r) => (
            <span key={r} className="badge reason" data-reason={r}>
              {t(`matching.reason.${r}`)}
            </span>
          ))}
        </p>
      ) : null}
      <p className="explain">{explainMentorSuggestion(mentor.breakdown, locale)}</p>
      <ResponsivenessNote value={mentor.responsiveness ?? null} />
      {reasons ? (
        <details>
          <summary>{t("criterion.breakdown")}</summary>
          {criteria}
        </details>
      ) : (
        criteria
      )}
      {reasons ? null : (
        <p className="inline-actions">
          {mentor.reachable === false ? (
            <span className="muted">{t("mentorsPage.notRegistered")}</span>
          ) : (
            <Link
              className="button"
              to={`/mentorship/new?mentor=${encodeURIComponent(mentor.slug)}`}
              aria-label={t("mentorsPage.askTo", { name: mentor.name })}
            >
              {t("mentorsPage.ask")}
            </Link>
          )}
          <Link to={`/people/${mentor.slug}`}>{t("matchingPages.viewProfile")}</Link>
        </p>
      )}
    </li>
  );
}

/** A suggestion's criteria as bars with their evidence, in the same order on every card. */
export function MentorCriteria({
  breakdown,
  max,
}: {
  breakdown: MentorBreakdownItem[];
  max: Record<MentorCriterion, number>;
}) {
  const t = useT();
  const locale = useLocale();
  const items = [...breakdown].sort(
    (a, b) => ORDER.indexOf(a.criterion) - ORDER.indexOf(b.criterion),
  );
  return (
    <ul className="criteria" aria-label={t("criterion.breakdown")}>
      {items.map((item) => (
        <CriterionRow
          key={item.criterion}
          criterion={item.criterion}
          name={t(`criterion.${item.criterion}`)}
          points={item.points}
          max={max[item.criterion]}
        >
          <MentorEvidence item={item} t={t} locale={locale} />
        </CriterionRow>
      ))}
    </ul>
  );
}

function countryName(t: ReturnType<typeof useT>, code: string) {
  const key = `country.${code}` as MessageKey;
  const name = t(key);
  return name === key ? code : name;
}
