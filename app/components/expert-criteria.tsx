import { CriterionRow } from "~/components/criterion-bar";
import { formatList } from "~/utils/format-list";
import type { Locale, MessageKey, Translate } from "~/utils/i18n";
import type { ExpertBreakdownItem } from "~/utils/matching-breakdown";
import { useLocale, useT } from "~/utils/use-i18n";

/**
 * Scores are out of 100 and criteria have no cap of their own (each one's points are its share of
 * the evidence), so a bar shows its share of the whole scale.
 */
const SCALE = 100;

/** An expert's score for a need, criterion by criterion with its evidence (/match, event pages). */
export function ExpertCriteria({ breakdown }: { breakdown: ExpertBreakdownItem[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="criteria" aria-label={t("criterion.breakdown")}>
      {breakdown.map((item) => (
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
                  — {t("matchPage.publicationTerms", { terms: formatList(p.terms, locale) })}
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
