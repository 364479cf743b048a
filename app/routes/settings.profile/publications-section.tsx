import { Form } from "@remix-run/react";
import { Field, FormAlert, TextAreaField } from "~/components/forms";
import { type FieldErrors, type FormValues, stringAt } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";
import type { EditorActionData } from "./actions.server";
import type { ProfileEditorData } from "./queries.server";

type Publication = ProfileEditorData["publications"][number];

/** Publications: each saved one can be edited or removed; a form below adds one. */
export function PublicationsSection({
  publications,
  action,
}: {
  publications: Publication[];
  action: EditorActionData | undefined;
}) {
  const t = useT();
  const addFailed = action?.intent === "add-publication" && action.errors;
  const done = action?.done;
  return (
    <section className="editor-section publications-editor" aria-labelledby="publications-title">
      <h2 id="publications-title">{t("settings.section.publications")}</h2>
      {done === "added" || done === "updated" || done === "removed" ? (
        <FormAlert tone="success">{t(`settings.publication.${done}`)}</FormAlert>
      ) : null}
      {publications.length === 0 ? <p className="muted">{t("settings.publication.none")}</p> : null}
      <ul className="publication-editor-list">
        {publications.map((p) => {
          const failed =
            action?.intent === "update-publication" &&
            action.publicationId === p.id &&
            action.errors;
          return (
            <li key={`${p.id}-${action?.at ?? ""}`}>
              <p className="publication-title" dir="auto">
                {p.title} <span className="muted">({p.year})</span>
              </p>
              {p.coAuthors > 0 ? (
                <p className="muted">
                  {t("settings.publication.coAuthors", { count: p.coAuthors })}
                </p>
              ) : null}
              <details open={failed ? true : undefined}>
                <summary>{t("settings.edit")}</summary>
                <Form method="post" noValidate className="stacked-form">
                  <input type="hidden" name="intent" value="update-publication" />
                  <input type="hidden" name="publicationId" value={p.id} />
                  <PublicationFields
                    values={failed ? action.values : toValues(p)}
                    errors={failed ? action.errors : undefined}
                  />
                  <button type="submit">{t("settings.publication.save")}</button>
                </Form>
              </details>
              <Form method="post">
                <input type="hidden" name="intent" value="delete-publication" />
                <input type="hidden" name="publicationId" value={p.id} />
                <button type="submit" className="secondary">
                  {t("settings.publication.delete")}
                </button>
              </Form>
            </li>
          );
        })}
      </ul>
      <h3>{t("settings.publication.addTitle")}</h3>
      {addFailed ? <FormAlert>{t("form.fixErrors")}</FormAlert> : null}
      <Form method="post" noValidate className="stacked-form" key={`add-${action?.at ?? ""}`}>
        <input type="hidden" name="intent" value="add-publication" />
        <PublicationFields
          values={addFailed ? action.values : undefined}
          errors={addFailed ? action.errors : undefined}
        />
        <button type="submit">{t("settings.publication.add")}</button>
      </Form>
    </section>
  );
}

function toValues(p: Publication): FormValues {
  return {
    title: p.title,
    year: String(p.year),
    venue: p.venue ?? "",
    doi: p.doi ?? "",
    abstract: p.abstract,
  };
}

function PublicationFields({ values, errors }: { values?: FormValues; errors?: FieldErrors }) {
  const t = useT();
  return (
    <>
      <Field
        label={t("settings.publication.title")}
        name="title"
        dir="auto"
        maxLength={300}
        errors={errors}
        defaultValue={stringAt(values, "title")}
      />
      <div className="field-row">
        <Field
          label={t("settings.publication.year")}
          name="year"
          type="number"
          inputMode="numeric"
          errors={errors}
          defaultValue={stringAt(values, "year")}
        />
        <Field
          label={t("settings.publication.venue")}
          name="venue"
          dir="auto"
          errors={errors}
          defaultValue={stringAt(values, "venue")}
        />
        <Field
          label={t("settings.publication.doi")}
          name="doi"
          dir="ltr"
          errors={errors}
          defaultValue={stringAt(values, "doi")}
        />
      </div>
      <TextAreaField
        label={t("settings.publication.abstract")}
        name="abstract"
        rows={3}
        dir="auto"
        errors={errors}
        defaultValue={stringAt(values, "abstract")}
      />
    </>
  );
}
