import { getFormProps, getInputProps } from "@conform-to/react";
import { Form, Link, useSearchParams } from "@remix-run/react";
import { useSchemaForm } from "~/utils/forms";
import type { Labels } from "~/utils/matching-breakdown";
import { ThemeSkillSchema } from "~/utils/theme-skill";
import { useLocale, useT } from "~/utils/use-i18n";

type Theme = { skillId: string; labels: Labels; papers: number; declared: boolean };

/**
 * Under the publications: importing them from a file, and the themes the papers show, each one a
 * skill to add in one click (its own small form: the editor's main form is not involved).
 */
export function PublicationTools({ themes }: { themes: Theme[] }) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const added = themes.find((theme) => theme.skillId === params.get("themeAdded"));
  return (
    <section className="editor-section publication-tools" aria-labelledby="publication-themes">
      <p>
        <Link to="/settings/publications-import">{t("publicationImport.link")}</Link>
      </p>
      {themes.length > 0 ? (
        <>
          <h2 id="publication-themes">{t("themes.editorTitle")}</h2>
          <p className="muted">{t("themes.editorHint")}</p>
          {added ? (
            <p className="form-success" role="status">
              {t("themes.added", { skill: added.labels[locale] })}
            </p>
          ) : null}
          <ul className="theme-list">
            {themes.map((theme) => (
              <li key={theme.skillId}>
                <span>
                  {theme.labels[locale]}{" "}
                  <span className="muted">({t("themes.papers", { count: theme.papers })})</span>
                </span>
                {theme.declared ? (
                  <span className="muted">{t("themes.declared")}</span>
                ) : (
                  <AddThemeForm skillId={theme.skillId} label={theme.labels[locale]} />
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function AddThemeForm({ skillId, label }: { skillId: string; label: string }) {
  const t = useT();
  const [form, fields] = useSchemaForm(ThemeSkillSchema, {
    id: `theme-${skillId}`,
    defaultValue: { skillId },
  });
  return (
    <Form method="post" action="/settings/theme-skill" {...getFormProps(form)}>
      <input {...getInputProps(fields.skillId, { type: "hidden" })} />
      <button
        type="submit"
        className="secondary"
        aria-label={t("themes.addLabel", { skill: label })}
      >
        {t("themes.add")}
      </button>
    </Form>
  );
}
