import { languageName } from "./display-names";
import { listSeparator } from "./format-list";
import { type Locale, type MessageKey, translator } from "./i18n";
import type {
  ExpertBreakdownItem,
  Labels,
  MentorBreakdownItem,
  MentorCriterion,
  NearMissReason,
} from "./matching-breakdown";

const SHOWN = 3;
/** Topic first, then what the mentor offers, then the practicalities. */
const MENTOR_ORDER: MentorCriterion[] = [
  "shared_skills",
  "related_skills",
  "publication_themes",
  "offer",
  "sectors",
  "languages",
  "place",
  "availability",
];

/**
 * "4 compétences partagées (…), parlent tous deux français, propose le co-encadrement de thèse,
 * même ville (Rabat)": a suggestion's breakdown as one line in the reader's language, strongest
 * reasons first.
 */
export function explainMentorSuggestion(breakdown: readonly MentorBreakdownItem[], locale: Locale) {
  const t = translator(locale);
  const list = listFormat(locale);
  const label = (l: Labels) => l[locale];
  const parts = [...breakdown]
    .filter((item) => item.points > 0)
    .sort((a, b) => MENTOR_ORDER.indexOf(a.criterion) - MENTOR_ORDER.indexOf(b.criterion))
    .map((item): string => {
      switch (item.criterion) {
        case "shared_skills": {
          const skills = item.details.skills;
          return plural(t, "matching.sharedSkills", skills.length, {
            skills: shortList(
              list,
              skills.map((s) => label(s.skill.labels)),
              locale,
            ),
          });
        }
        case "related_skills": {
          const pairs = item.details.pairs.map((p) =>
            t("matching.relatedPair", {
              mentor: label(p.mentorSkill.labels),
              student: label(p.studentSkill.labels),
            }),
          );
          return plural(t, "matching.relatedSkills", pairs.length, {
            pairs: shortList(list, pairs, locale),
          });
        }
        case "publication_themes": {
          const themes = item.details.themes.map((m) => label(m.theme.labels));
          return plural(t, "matching.publicationThemes", themes.length, {
            themes: shortList(list, themes, locale),
          });
        }
        case "sectors":
          return t("matching.sectors", {
            sectors: list.format(item.details.sectors.map((s) => label(s.labels))),
          });
        case "languages":
          return t("matching.languages", {
            languages: list.format(item.details.languages.map((l) => languageName(l.code, locale))),
          });
        case "offer":
          return t("matching.offer", {
            kinds: list.format(
              item.details.kinds.map((k) => t(`matching.kind.${k}` as MessageKey)),
            ),
          });
        case "place": {
          const { relation, mentor, student } = item.details;
          return t(`matching.place.${relation}`, {
            city: mentor.city,
            country: countryName(t, mentor.country),
            from: student.city,
            to: mentor.city,
          });
        }
        case "availability":
          return plural(t, "matching.availability", item.details.free, {});
        default:
          return unknownCriterion(item);
      }
    });
  return parts.join(listSeparator(locale));
}

/** "capacité atteinte, aucune langue commune" behind "écarté·e : …". */
export function explainNearMiss(reasons: readonly NearMissReason[], locale: Locale) {
  const t = translator(locale);
  return t("matching.nearMiss", {
    reasons: reasons.map((r) => t(`matching.reason.${r}`)).join(listSeparator(locale)),
  });
}

/** An expert match as one line: matching skills with levels, publications, profile words. */
export function explainExpertMatch(breakdown: readonly ExpertBreakdownItem[], locale: Locale) {
  const t = translator(locale);
  const list = listFormat(locale);
  const parts = breakdown
    .filter((item) => item.points > 0)
    .map((item): string | null => {
      switch (item.criterion) {
        case "concepts": {
          const shown = item.details.matches.map((m) => {
            const level = t("matching.level", { level: m.level });
            const skill = m.skill.labels[locale];
            return m.relation === "same"
              ? t("matching.conceptMatch", { skill, level })
              : t("matching.conceptClose", { skill, level, concept: m.concept.labels[locale] });
          });
          return plural(t, "matching.concepts", shown.length, {
            concepts: shortList(list, shown, locale),
          });
        }
        case "publications": {
          const items = item.details.publications;
          return plural(t, "matching.publications", items.length, { title: items[0]?.title ?? "" });
        }
        case "profile_text":
          return t("matching.profileText", {
            terms: item.details.terms.slice(0, SHOWN).join(listSeparator(locale)),
          });
        default:
          return unknownCriterion(item);
      }
    });
  return parts.filter((p): p is string => p !== null).join(" · ");
}

/** A criterion added to the breakdown types but not here fails the type-check. */
function unknownCriterion(item: never): never {
  throw new Error(`No explanation for ${JSON.stringify(item)}`);
}

function plural(
  t: ReturnType<typeof translator>,
  base: string,
  count: number,
  params: Record<string, string | number>,
) {
  const key = `${base}.${count === 1 ? "one" : "other"}` as MessageKey;
  return t(key, { count, ...params });
}

/** "a, b and c", or "a, b, c…" when there are more. */
function shortList(list: Intl.ListFormat, items: string[], locale: Locale) {
  if (items.length <= SHOWN) return list.format(items);
  return `${items.slice(0, SHOWN).join(listSeparator(locale))}…`;
}

function countryName(t: ReturnType<typeof translator>, code: string) {
  const key = `country.${code}` as MessageKey;
  const name = t(key);
  return name === key ? code : name;
}

const formats = new Map<Locale, Intl.ListFormat>();
function listFormat(locale: Locale) {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: "conjunction" });
    formats.set(locale, format);
  }
  return format;
}
