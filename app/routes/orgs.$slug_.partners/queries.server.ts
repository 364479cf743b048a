import type { Executor } from "~/.server/db.server";
import { shippedTaxonomy, skillLabel } from "~/.server/labs/taxonomy";
import { explainForReader } from "~/.server/partners/explain";
import { suggestPartnerLabs } from "~/.server/partners/suggest.server";
import type { CountryPreference } from "~/.server/partners/types";
import type { Locale } from "~/utils/i18n";
import type { PartnerQuery } from "./partner-query";

export function countryPreferenceFor(scope: PartnerQuery["scope"]): CountryPreference {
  if (scope === "any") return { pairs: [], strict: false };
  return { pairs: [["MA", "BE"]], strict: scope === "cross_only" };
}

/** Everything the partners page shows, localized on the server. Null for an unknown lab. */
export async function loadPartnersPage(
  db: Executor,
  slug: string,
  query: PartnerQuery,
  locale: Locale,
) {
  const result = await suggestPartnerLabs(db, slug, {
    purpose: query.purpose,
    limit: 10,
    countryPreference: countryPreferenceFor(query.scope),
  });
  if (!result) return null;
  const { source, suggestions } = result;
  const taxonomy = shippedTaxonomy();
  return {
    lab: {
      id: source.id,
      slug: source.slug,
      name: source.name,
      kind: source.kind,
      country: source.country,
      members: source.memberIds.length,
      topSkills: source.skills.slice(0, 6).map((s) => skillLabel(taxonomy, s.skillId, locale)),
      statedNeeds: source.statedNeedSkills.map((id) => skillLabel(taxonomy, id, locale)),
    },
    suggestions: suggestions.map((s) => ({
      partner: s.partner,
      score: s.score,
      ...explainForReader(s, locale, taxonomy),
    })),
  };
}
