import {
  DIRECTORY_FACETS,
  type DirectoryFacet,
  type DirectoryQuery,
} from "~/utils/directory-query";
import { languageName } from "~/utils/display-names";
import { type Locale, type MessageKey, translator } from "~/utils/i18n";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { COUNTRIES, PERSON_KINDS } from "~/vocabulary/people";
import type { DirectoryResult } from "./directory-search.server";
import { getVocabulary, labelOf } from "./taxonomy.server";

export type FacetOption = { value: string; label: string; count: number; selected: boolean };
/** A facet with its options, or folded (`counted: false`): counted when the reader opens it. */
export type FacetGroup = { facet: DirectoryFacet; counted: boolean; options: FacetOption[] };

const SHOWN_PER_FACET = 12;

/** Turns facet counts into labelled options in the reader's language, selected values first. */
export async function describeFacets(
  facets: DirectoryResult["facets"],
  query: DirectoryQuery,
  locale: Locale,
): Promise<FacetGroup[]> {
  const vocabulary = await getVocabulary();
  const t = translator(locale);
  const known = (key: string, fallback: string) => {
    const text = t(key as MessageKey);
    return text === key ? fallback : text;
  };
  const label = (facet: DirectoryFacet, value: string) => {
    switch (facet) {
      case "skills":
        return labelOf(vocabulary.skills, value, locale);
      case "sectors":
        return labelOf(vocabulary.sectors, value, locale);
      case "languages":
        return languageName(value, locale);
      case "country":
        return known(`country.${value}`, value);
      case "offers":
        return known(`offer.${value}`, value);
      case "kind":
        return known(`kind.${value}`, value);
      default:
        return value;
    }
  };
  return DIRECTORY_FACETS.map((facet) => {
    const counts = facets[facet];
    if (!counts) return { facet, counted: false, options: [] };
    const selected = new Set(query[facet]);
    const counted = Object.entries(counts).map(([value, count]) => ({
      value,
      label: label(facet, value),
      count,
      selected: selected.has(value),
    }));
    // A selected value with no hit left must stay visible, or it could not be unticked.
    for (const value of selected) {
      if (!counted.some((o) => o.value === value)) {
        counted.push({ value, label: label(facet, value), count: 0, selected: true });
      }
    }
    counted.sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count);
    return {
      facet,
      counted: true,
      options: counted.slice(0, Math.max(SHOWN_PER_FACET, selected.size)),
    };
  }).filter((group) => !group.counted || group.options.length > 0);
}

const among = (list: readonly string[]) => (value: string) => list.includes(value);

/**
 * Drops the filter values of closed vocabularies that do not exist (a shared link with
 * country=XX): they would filter everything out and show as an option "XX 0". Cities and
 * organizations are open lists and stay as given.
 */
export async function withKnownFacetValues(query: DirectoryQuery): Promise<DirectoryQuery> {
  const vocabulary = await getVocabulary();
  const known: Partial<Record<DirectoryFacet, (value: string) => boolean>> = {
    country: among(COUNTRIES),
    kind: among(PERSON_KINDS),
    offers: among(CONVENTION_KINDS),
    skills: (value) => vocabulary.skills.has(value),
    sectors: (value) => vocabulary.sectors.has(value),
  };
  const cleaned = { ...query };
  for (const [facet, isKnown] of Object.entries(known) as [
    DirectoryFacet,
    (v: string) => boolean,
  ][]) {
    cleaned[facet] = query[facet].filter(isKnown);
  }
  return cleaned;
}
