import { Link } from "@remix-run/react";
import { ResponsivenessNote, type ResponsivenessValue } from "~/components/responsiveness-note";
import { joinParts } from "~/utils/format-list";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";

export type MentorSummaryData = {
  slug: string;
  name: string;
  kind: string;
  headline: string;
  city: string;
  country: string;
  responsiveness: ResponsivenessValue;
};

/** The mentor's card on the request form. */
export function MentorSummary({ mentor }: { mentor: MentorSummaryData }) {
  const t = useT();
  const locale = useLocale();
  return (
    <aside className="card mentor-summary" aria-label={mentor.name}>
      <h2>
        <Link to={`/people/${mentor.slug}`}>{mentor.name}</Link>
      </h2>
      <p className="headline" dir="auto">
        {mentor.headline}
      </p>
      <p className="meta">
        <span>{t(`kind.${mentor.kind}` as MessageKey)}</span>{" "}
        <span>
          {joinParts([mentor.city, t(`country.${mentor.country}` as MessageKey)], locale)}
        </span>
      </p>
      <ResponsivenessNote value={mentor.responsiveness} />
    </aside>
  );
}
