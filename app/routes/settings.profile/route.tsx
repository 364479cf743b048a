import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { getLocale } from "~/.server/locale.server";
import { ownThemeSuggestions } from "~/.server/publication-themes.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert, FormErrorAlert } from "~/components/forms";
import { SettingsNav } from "~/components/settings-nav";
import { useSchemaForm } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { ProfileSchema } from "~/utils/profile-validation";
import { invariantResponse } from "~/utils/responses";
import { useT } from "~/utils/use-i18n";
import {
  addPublication,
  deletePublication,
  saveProfile,
  updatePublication,
} from "./actions.server";
import { AffiliationSection } from "./affiliation-section";
import { ContactSection, IdentitySection } from "./identity-section";
import { LanguagesSection } from "./languages-section";
import { OffersSection, PreferencesSection, SectorsSection } from "./offers-section";
import { withBlankRows } from "./profile-form";
import { PublicationTools } from "./publication-tools";
import { PublicationsSection } from "./publications-section";
import { loadProfileEditor } from "./queries.server";
import { SkillsSection } from "./skills-section";
import { VerificationStatus } from "./verification-status";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = await getLocale(request);
  return {
    ...(await loadProfileEditor(user.userId, locale)),
    themes: await ownThemeSuggestions(getDb(), user.userId),
    title: translator(locale)("settings.title"),
  };
}

const EditorIntentSchema = z.enum([
  "save-profile",
  "add-publication",
  "update-publication",
  "delete-publication",
]);

/** Every change is made to the signed-in user's own profile: no person id is read from the form. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const intent = EditorIntentSchema.safeParse(formData.get("intent"));
  invariantResponse(intent.success, "Unknown intent", { status: 400 });
  switch (intent.data) {
    case "save-profile":
      return saveProfile(user, formData);
    case "add-publication":
      return addPublication(user, formData);
    case "update-publication":
      return updatePublication(user, formData);
    case "delete-publication":
      return deletePublication(user, formData);
  }
}

export default function ProfileEditorPage() {
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const t = useT();
  const [form, fields] = useSchemaForm(ProfileSchema, {
    id: "profile",
    lastResult: reply?.intent === "save-profile" ? reply.result : null,
    defaultValue: withBlankRows(data.values),
  });
  return (
    <div className="settings-page">
      <SettingsNav />
      <h1>{t("settings.title")}</h1>
      <VerificationStatus kind={data.person.kind} verification={data.person.verification} />
      <p>
        <Link to={`/people/${data.person.slug}`}>{t("settings.viewProfile")}</Link>
      </p>
      {params.get("welcome") && !reply ? (
        <FormAlert tone="success">{t("settings.welcome")}</FormAlert>
      ) : null}
      {reply?.done === "saved" ? <FormAlert tone="success">{t("form.saved")}</FormAlert> : null}
      <FormErrorAlert form={form} />
      <Form method="post" className="profile-editor" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="save-profile" />
        <IdentitySection fields={fields} />
        <AffiliationSection
          fields={fields}
          organizations={data.organizations}
          requests={data.requests}
        />
        <LanguagesSection form={form} fields={fields} />
        <SkillsSection form={form} fields={fields} freeTags={data.freeTags} />
        <SectorsSection fields={fields} sectors={data.sectors} />
        <OffersSection fields={fields} />
        <PreferencesSection fields={fields} />
        <ContactSection fields={fields} />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("settings.save")}
        </button>
      </Form>
      <PublicationsSection publications={data.publications} reply={reply} />
      <PublicationTools themes={data.themes} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
