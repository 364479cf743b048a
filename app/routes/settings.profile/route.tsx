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
import { getLocale } from "~/.server/locale.server";
import { ownThemeSuggestions } from "~/.server/publication-themes.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { SettingsNav } from "~/components/settings-nav";
import { translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { getDb } from "../../../db/client";
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
    ...(await loadProfileEditor(user.id, locale)),
    themes: await ownThemeSuggestions(getDb(), user.id),
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
  if (!intent.success) throw new Response("Unknown intent", { status: 400 });
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
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const t = useT();
  const failed = result?.intent === "save-profile" && result.errors ? result : null;
  const values = failed?.values ?? data.values;
  const errors = failed?.errors;
  return (
    <div className="settings-page">
      <SettingsNav />
      <h1>{t("settings.title")}</h1>
      <VerificationStatus kind={data.person.kind} verification={data.person.verification} />
      <p>
        <Link to={`/people/${data.person.slug}`}>{t("settings.viewProfile")}</Link>
      </p>
      {params.get("welcome") && !result ? (
        <FormAlert tone="success">{t("settings.welcome")}</FormAlert>
      ) : null}
      {result?.done === "saved" ? <FormAlert tone="success">{t("form.saved")}</FormAlert> : null}
      {failed ? <FormAlert>{t("form.fixErrors")}</FormAlert> : null}
      <Form
        method="post"
        noValidate
        className="profile-editor"
        key={result?.done === "saved" ? result.at : "editor"}
      >
        <input type="hidden" name="intent" value="save-profile" />
        <IdentitySection values={values} errors={errors} />
        <AffiliationSection
          values={values}
          errors={errors}
          organizations={data.organizations}
          requests={data.requests}
        />
        <LanguagesSection values={values} errors={errors} />
        <SkillsSection values={values} errors={errors} freeTags={data.freeTags} />
        <SectorsSection values={values} errors={errors} sectors={data.sectors} />
        <OffersSection values={values} errors={errors} />
        <PreferencesSection values={values} errors={errors} />
        <ContactSection values={values} errors={errors} />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("settings.save")}
        </button>
      </Form>
      <PublicationsSection publications={data.publications} action={result} />
      <PublicationTools themes={data.themes} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
