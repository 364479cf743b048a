import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Field, FormAlert, FormErrorAlert, TextAreaField } from "~/components/forms";
import { type FormResult, useSchemaForm } from "~/utils/forms";
import { PublicationIdSchema, PublicationSchema } from "~/utils/profile-validation";
import { useT } from "~/utils/use-i18n";
import type { ProfileEditorData } from "./queries.server";

type Publication = ProfileEditorData["publications"][number];
/** What the editor's action answered, as far as the publication forms care. */
export type PublicationReply =
  | { intent: string; publicationId?: string; done?: string; result: FormResult }
  | undefined;

/** Publications: each saved one can be edited or removed; a form below adds one. */
export function PublicationsSection({
  publications,
  reply,
}: {
  publications: Publication[];
  reply: PublicationReply;
}) {
  const t = useT();
  const done = reply?.done;
  const [form, fields] = useSchemaForm(PublicationSchema, {
    id: "add-publication",
    lastResult: reply?.intent === "add-publication" ? reply.result : null,
  });
  return (
    <section className="editor-section publications-editor" aria-labelledby="publications-title">
      <h2 id="publications-title">{t("settings.section.publications")}</h2>
      {done === "added" || done === "updated" || done === "removed" ? (
        <FormAlert tone="success">{t(`settings.publication.${done}`)}</FormAlert>
      ) : null}
      {publications.length === 0 ? <p className="muted">{t("settings.publication.none")}</p> : null}
      <ul className="publication-editor-list">
        {publications.map((p) => (
          <PublicationItem
            key={p.id}
            publication={p}
            reply={reply?.publicationId === p.id ? reply : undefined}
          />
        ))}
      </ul>
      <h3>{t("settings.publication.addTitle")}</h3>
      <FormErrorAlert form={form} />
      <Form method="post" className="stacked-form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="add-publication" />
        <PublicationFields fields={fields} />
        <button type="submit">{t("settings.publication.add")}</button>
      </Form>
    </section>
  );
}

function PublicationItem({
  publication: p,
  reply,
}: {
  publication: Publication;
  reply: PublicationReply;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(PublicationSchema, {
    id: `publication-${p.id}`,
    lastResult: reply?.intent === "update-publication" ? reply.result : null,
    defaultValue: {
      title: p.title,
      year: String(p.year),
      venue: p.venue ?? "",
      doi: p.doi ?? "",
      abstract: p.abstract,
    },
  });
  const [removal] = useSchemaForm(PublicationIdSchema, { id: `remove-publication-${p.id}` });
  return (
    <li>
      <p className="publication-title" dir="auto">
        {p.title} <span className="muted">({p.year})</span>
      </p>
      {p.coAuthors > 0 ? (
        <p className="muted">{t("settings.publication.coAuthors", { count: p.coAuthors })}</p>
      ) : null}
      <details open={form.status === "error" ? true : undefined}>
        <summary>{t("settings.edit")}</summary>
        <Form method="post" className="stacked-form" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="update-publication" />
          <input type="hidden" name="publicationId" value={p.id} />
          <PublicationFields fields={fields} />
          <button type="submit">{t("settings.publication.save")}</button>
        </Form>
      </details>
      <Form method="post" {...getFormProps(removal)}>
        <input type="hidden" name="intent" value="delete-publication" />
        <input type="hidden" name="publicationId" value={p.id} />
        <button type="submit" className="secondary">
          {t("settings.publication.delete")}
        </button>
      </Form>
    </li>
  );
}

function PublicationFields({
  fields,
}: {
  fields: ReturnType<typeof useSchemaForm<typeof PublicationSchema>>[1];
}) {
  const t = useT();
  return (
    <>
      <Field
        meta={fields.title}
        label={t("settings.publication.title")}
        dir="auto"
        maxLength={300}
      />
      <div className="field-row">
        <Field
          meta={fields.year}
          label={t("settings.publication.year")}
          type="number"
          inputMode="numeric"
        />
        <Field meta={fields.venue} label={t("settings.publication.venue")} dir="auto" />
        <Field meta={fields.doi} label={t("settings.publication.doi")} dir="ltr" />
      </div>
      <TextAreaField
        meta={fields.abstract}
        label={t("settings.publication.abstract")}
        rows={3}
        dir="auto"
      />
    </>
  );
}
