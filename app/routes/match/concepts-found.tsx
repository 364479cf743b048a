import { languageName } from "~/utils/display-names";
import { useLocale, useT } from "~/utils/use-i18n";
import type { MatchOutcome } from "./queries.server";

/** What the engine understood: each concept in the reader's language, tagged with the text's language. */
export function ConceptsFound({ concepts }: { concepts: MatchOutcome["concepts"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="need-concepts" className="need-concepts">
      <h2 id="need-concepts">{t("matchPage.concepts")}</h2>
      {concepts.length === 0 ? (
        <p className="muted">{t("matchPage.noConcepts")}</p>
      ) : (
        <ul className="chips concept-chips">
          {concepts.map((c) => {
            const surface = c.surfaces[0];
            return (
              <li key={c.id} data-concept={c.id}>
                {c.labels[locale]}
                {surface?.lang ? (
                  <>
                    {" "}
                    <span
                      className="concept-lang"
                      aria-hidden="true"
                      title={t("matchPage.foundIn", {
                        language: languageName(surface.lang, locale),
                        surface: surface.text,
                      })}
                    >
                      {surface.lang.toUpperCase()}
                    </span>
                    <span className="visually-hidden">
                      {" "}
                      (
                      {t("matchPage.foundIn", {
                        language: languageName(surface.lang, locale),
                        surface: surface.text,
                      })}
                      )
                    </span>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
