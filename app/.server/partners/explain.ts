import { languageName } from "~/utils/display-names";
import { type Locale, type MessageKey, translator } from "~/utils/i18n";
import { SECTORS } from "../../../db/taxonomy";
import { type SkillTaxonomy, shippedTaxonomy, skillLabel } from "../labs/taxonomy";
import type { CriterionResult, PartnerSuggestion } from "./types";

const sectorLabels = new Map(SECTORS.map((s) => [s.id, s.labels]));

export function countryName(code: string, locale: Locale): string {
  const t = translator(locale);
  const key = `country.${code}` as MessageKey;
  const known = t(key);
  if (known !== key) return known;
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One criterion as a short localized phrase, or null when it has nothing to say. */
export function describeCriterion(
  c: CriterionResult,
  locale: Locale,
  taxonomy: SkillTaxonomy = shippedTaxonomy(),
): string | null {
  const t = translator(locale);
  const list = (items: string[]) => items.slice(0, 3).join(locale === "ar" ? "، " : ", ");
  const skills = (ids: string[]) => list(ids.map((id) => skillLabel(taxonomy, id, locale)));
  switch (c.id) {
    case "complementarity": {
      if (c.details.skills.length === 0) return null;
      const needed = c.details.skills.filter((s) => s.statedNeed);
      if (needed.length === 0) {
        return t("partners.why.complementarity", {
          skills: skills(c.details.skills.map((s) => s.skillId)),
        });
      }
      // The need itself first ("computer vision"), then its specialties ("image processing").
      const exact = (s: (typeof needed)[number]) => s.statedNeed === s.skillId;
      needed.sort((a, b) => Number(exact(b)) - Number(exact(a)));
      const ids = needed.map((s) => s.skillId);
      return needed.every(exact)
        ? t("partners.why.complementarityNeed", { skills: skills(ids) })
        : t("partners.why.complementarityNearNeed", {
            skills: skills(ids),
            needs: skills([...new Set(needed.map((s) => s.statedNeed!))]),
          });
    }
    case "overlap":
      return c.details.skills.length > 0
        ? t("partners.why.overlap", { skills: skills(c.details.skills.map((s) => s.skillId)) })
        : null;
    case "sectors":
      return c.details.sectorIds.length > 0
        ? t("partners.why.sectors", {
            sectors: list(c.details.sectorIds.map((id) => sectorLabels.get(id)?.[locale] ?? id)),
          })
        : null;
    case "purpose": {
      const kind = t(`offer.${c.details.kind}` as MessageKey);
      if (c.details.organization || c.details.members > 0)
        return t("partners.why.purpose", { kind });
      return c.details.reciprocal ? t("partners.why.purposeReciprocal", { kind }) : null;
    }
    case "publications":
      return c.details.matching > 0
        ? t("partners.why.publications", { count: c.details.matching })
        : null;
    case "languages":
      return c.details.languages.length > 0
        ? t("partners.why.languages", {
            languages: list(c.details.languages.map((l) => languageName(l, locale))),
          })
        : null;
    case "ties":
      return c.details.coauthored + c.details.pairings > 0
        ? t("partners.why.ties", {
            coauthored: t("count.coPublications", { count: c.details.coauthored }),
            pairings: t("count.pairings", { count: c.details.pairings }),
          })
        : null;
    case "country":
      return c.details.preferred
        ? t("partners.why.country", { country: countryName(c.details.to, locale) })
        : null;
  }
}

/**
 * The suggestion in one line: its three strongest criteria (a stated need met always comes first),
 * in the reader's language.
 */
export function explainSuggestion(
  suggestion: Pick<PartnerSuggestion, "breakdown">,
  locale: Locale,
  taxonomy: SkillTaxonomy = shippedTaxonomy(),
): string {
  const meetsNeed = (c: CriterionResult) =>
    c.id === "complementarity" && c.details.skills.some((s) => s.statedNeed);
  const phrases = [...suggestion.breakdown]
    .filter((c) => c.max > 0 && c.points / c.max >= 0.25)
    .sort((a, b) => Number(meetsNeed(b)) - Number(meetsNeed(a)) || b.points - a.points)
    .map((c) => describeCriterion(c, locale, taxonomy))
    .filter((p): p is string => p !== null)
    .slice(0, 3);
  const line = phrases.length > 0 ? phrases.join(" · ") : translator(locale)("partners.why.weak");
  return line.charAt(0).toLocaleUpperCase(locale) + line.slice(1);
}

/** A suggestion as the partner explanation shows it: the one line, then each criterion's evidence. */
export function explainForReader(
  suggestion: Pick<PartnerSuggestion, "breakdown">,
  locale: Locale,
  taxonomy: SkillTaxonomy = shippedTaxonomy(),
) {
  return {
    explanation: explainSuggestion(suggestion, locale, taxonomy),
    rows: suggestion.breakdown.map((c) => ({
      id: c.id,
      points: c.points,
      max: c.max,
      evidence: c.points > 0 ? describeCriterion(c, locale, taxonomy) : null,
    })),
  };
}
