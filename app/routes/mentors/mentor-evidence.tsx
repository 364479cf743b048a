import { languageName } from "~/utils/display-names";
import type { Locale, MessageKey, Translate } from "~/utils/i18n";
import type { MentorBreakdownItem } from "~/utils/matching-breakdown";

/** What backs one criterion, in words a student reads at a glance. */
export function MentorEvidence({
  item,
  t,
  locale,
}: {
  item: MentorBreakdownItem;
  t: Translate;
  locale: Locale;
}) {
  const level = (n: number) => t(`level.${n}` as MessageKey);
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  switch (item.criterion) {
    case "shared_skills":
      return (
        <ul className="chips">
          {item.details.skills.map((s) => (
            <li key={s.skill.id}>
              {t("mentorsPage.sharedSkill", {
                skill: s.skill.labels[locale],
                mentorLevel: level(s.mentorLevel),
                studentLevel: level(s.studentLevel),
              })}
            </li>
          ))}
        </ul>
      );
    case "related_skills":
      return (
        <ul className="evidence-list">
          {item.details.pairs.map((p) => (
            <li key={`${p.studentSkill.id}-${p.mentorSkill.id}`}>
              {t("mentorsPage.relatedSkill", {
                student: p.studentSkill.labels[locale],
                mentor: p.mentorSkill.labels[locale],
                level: level(p.mentorLevel),
              })}{" "}
              <span className="muted">({t(`mentorsPage.relation.${p.relation}`)})</span>
            </li>
          ))}
        </ul>
      );
    case "publication_themes":
      return (
        <ul className="evidence-list">
          {item.details.themes.map((m) => (
            <li key={`${m.studentSkill.id}-${m.theme.id}`}>
              {t("mentorsPage.publicationTheme", {
                student: m.studentSkill.labels[locale],
                theme: m.theme.labels[locale],
                count: t("themes.papers", { count: m.papers }),
              })}
            </li>
          ))}
        </ul>
      );
    case "sectors":
      return (
        <ul className="chips">
          {item.details.sectors.map((s) => (
            <li key={s.id}>{s.labels[locale]}</li>
          ))}
        </ul>
      );
    case "languages":
      return (
        <ul className="chips">
          {item.details.languages.map((l) => (
            <li key={l.code}>
              {t("mentorsPage.language", {
                language: languageName(l.code, locale),
                studentLevel: t(`languageLevel.${l.studentLevel}` as MessageKey),
                mentorLevel: t(`languageLevel.${l.mentorLevel}` as MessageKey),
              })}
            </li>
          ))}
        </ul>
      );
    case "offer":
      return (
        <p>
          {t("mentorsPage.offerKinds", {
            kinds: list.format(item.details.kinds.map((k) => t(`offer.${k}` as MessageKey))),
          })}
        </p>
      );
    case "place": {
      const { relation, mentor, student } = item.details;
      return (
        <p>
          {t(`mentorsPage.place.${relation}`, {
            student: student.city,
            mentor: mentor.city,
          })}
        </p>
      );
    }
    case "availability":
      return (
        <p>
          {t("mentorsPage.free", {
            count: item.details.free,
            capacity: item.details.capacity,
          })}
        </p>
      );
    default:
      return null;
  }
}
