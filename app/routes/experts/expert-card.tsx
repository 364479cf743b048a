import { Link } from "@remix-run/react";
import type { DirectoryHit } from "~/.server/directory-search.server";
import { Highlighted } from "~/components/highlighted";
import { joinParts } from "~/utils/format-list";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";

const SHOWN_SKILLS = 6;

export function ExpertCard({ hit }: { hit: DirectoryHit }) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className="expert-card">
      <h2>
        <Link to={`/people/${hit.slug}`}>
          <Highlighted value={hit.highlighted.name} />
        </Link>
      </h2>
      <p className="headline" dir="auto">
        <Highlighted value={hit.highlighted.headline} />
      </p>
      <p className="meta">
        <span>{t(`kind.${hit.kind}` as MessageKey)}</span>
        {hit.organization ? <span>{hit.organization}</span> : null}
        <span>{joinParts([hit.city, t(`country.${hit.country}` as MessageKey)], locale)}</span>
        {hit.mentoringOpen ? <span className="badge">{t("directory.mentoringOpen")}</span> : null}
      </p>
      <ul className="chips" aria-label={t("profile.skills")}>
        {skillsToShow(hit).map(({ label, matched }) => (
          <li key={label}>{matched ? <mark>{label}</mark> : label}</li>
        ))}
      </ul>
    </article>
  );
}

/** Matched skills first, best match first (the reason the hit is here), then the strongest. */
function skillsToShow(hit: DirectoryHit) {
  const rank = new Map(hit.highlighted.skills.map((index, order) => [index, order]));
  return hit.skills
    .map((skill, i) => ({
      label: skill.label,
      matched: rank.has(i),
      order: rank.get(i) ?? 1000 + i,
    }))
    .sort((a, b) => a.order - b.order)
    .slice(0, SHOWN_SKILLS);
}
